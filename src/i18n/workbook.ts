// Strings for the workbook section: sheet names, headers, notes, validation messages written
// into the workbook (src/plan/), and the messages of the CLI commands that write and check
// workbooks (src/cli/workbook.ts, validate.ts, xlsx-input.ts). Add keys to `sv` first; `en`
// must then have the same keys. Keys start with "wb." so they cannot collide with the other
// sections when src/i18n/index.ts merges them.
//
// Limits that Excel enforces on some of these (checked in test/plan): sheet names ≤ 31
// characters without : \ / ? * [ ]; validation titles ≤ 32; input messages ≤ 255; error
// messages ≤ 225 characters.
export const sv = {
  "wb.sheet.goals": "Mål",
  "wb.sheet.summary": "Sammanfattning",
  "wb.sheet.structure": "Struktur",

  "wb.col.id": "Mål-ID",
  "wb.col.program": "Program",
  "wb.col.area": "Målområde",
  "wb.col.text": "Mål",
  "wb.col.responsible": "Ansvarig",
  "wb.col.sdgs": "Agenda 2030",
  "wb.col.status": "Status",
  "wb.col.trend": "Trend",
  "wb.col.comment": "Kommentar och analys",
  "wb.col.activities": "Aktiviteter",

  "wb.goals.title": "{organisation}: måluppföljning {year}",
  "wb.goals.exampleNote":
    "Exempeldata: mål som är markerade som exempel i källfilen är påhittade och inte hämtade ur källdokumentet.",

  "wb.dv.status.title": "Status",
  "wb.dv.status.prompt": "Välj {labels} i listan. Lämna tomt om målet inte är bedömt.",
  "wb.dv.status.errorTitle": "Ogiltig status",
  "wb.dv.status.error": "Status måste vara {labels} eller tom. Välj i listan.",
  "wb.dv.trend.title": "Trend",
  "wb.dv.trend.prompt": "Välj {labels} i listan. Lämna tomt om trenden saknas.",
  "wb.dv.trend.errorTitle": "Ogiltig trend",
  "wb.dv.trend.error": "Trend måste vara {labels} eller tom. Välj i listan.",

  "wb.summary.title": "Sammanfattning: {organisation}, måluppföljning {year}",
  "wb.summary.intro":
    "Antalen räknas med formler ur tabellen på bladet {sheet} och följer varje ändring direkt. Ej bedömd är antal mål minus röda, gula och gröna, och Trend saknas antal mål minus uppåt, oförändrad och nedåt, så att varje rad går jämnt ut; en status eller trend som inte är stavad som i listan räknas där. Kommandot validate visar sådana celler.",
  "wb.summary.area": "Målområde",
  "wb.summary.goals": "Antal mål",
  "wb.summary.notAssessed": "Ej bedömd",
  "wb.summary.trendMissing": "Trend saknas",
  "wb.summary.total": "Totalt",
  "wb.summary.reported": "Publicerat i källdokumentet",
  "wb.summary.difference": "Skillnad mot publicerat",
  "wb.summary.crossTitle": "Status och trend: {program}",
  "wb.summary.crossCorner": "Status \\ trend",
  "wb.summary.reportTitle": "Rapporttext",
  "wb.summary.reportNote":
    "Texten skrevs när bladet skapades och följer inte ändringar förrän sammanfattningen skapas om.",

  "wb.structure.title": "Struktur: program och målområden",
  "wb.structure.intro":
    "Tillägget och kommandoraden läser tillbaka bladet {sheet} mot den här strukturen. Ändra inte ID:n.",
  "wb.structure.item": "Uppgift",
  "wb.structure.value": "Värde",
  "wb.structure.organisation": "Organisation",
  "wb.structure.year": "År",
  "wb.structure.source": "Källa",
  "wb.structure.note": "Anmärkning",
  "wb.structure.language": "Språk",
  "wb.structure.programId": "Program-ID",
  "wb.structure.program": "Program",
  "wb.structure.kind": "Typ",
  "wb.structure.kind.program": "program",
  "wb.structure.kind.actionPlan": "handlingsplan",
  "wb.structure.adopted": "Antaget",
  "wb.structure.reference": "Diarienummer",
  "wb.structure.parent": "Genomför program",
  "wb.structure.reported": "Publicerat: {what}",
  "wb.structure.reportedSource": "Källa för publicerade siffror",
  "wb.structure.areaId": "Målområde-ID",
  "wb.structure.area": "Målområde",
  "wb.structure.sdgs": "Agenda 2030",

  "wb.cli.workbook.usage": "Användning: maluppfoljning workbook [FIL.json] --out UT.xlsx [--lang sv|en]",
  "wb.cli.workbook.needOut": "Ange var arbetsboken ska sparas med --out UT.xlsx.",
  "wb.cli.workbook.badLang": "Okänt språk {lang}: välj sv eller en.",
  "wb.cli.workbook.unknownOption": "Okänt argument: {arg}",
  "wb.cli.workbook.notXlsx": "Utfilen måste sluta på .xlsx: {file}",
  "wb.cli.workbook.wrote": "Skrev {file}: {goals} mål, {programs} program, språk {lang}.",
  "wb.cli.workbook.invalid": "{file} är ingen giltig målstruktur:",
  "wb.cli.workbook.writeFailed": "Kunde inte skriva {file}: {reason}",
  "wb.cli.read.failed": "Kunde inte läsa {file}: {reason}",
  "wb.cli.read.noGoalTable":
    "Hittade ingen måltabell i {file}: varken tabellen {table} eller en tabell med kolumnerna {columns}.",
  "wb.cli.read.missingColumns": "Måltabellen i {file} saknar kolumnerna {columns}.",
  "wb.cli.read.noStructure":
    "Bladet {sheet} saknas; program och målområden tas från måltabellen själv, så okända namn kan inte upptäckas.",
  "wb.cli.validate.usage": "Användning: maluppfoljning validate FIL.xlsx|FIL.json [--lang sv|en]",
  "wb.cli.validate.none": "Inga problem i {file} ({goals} mål).",
  "wb.cli.validate.count":
    "{count} problem i {file} ({goals} mål): {errors} fel, {warnings} varningar, {infos} upplysningar.",
  "wb.cli.validate.suggestion": "förslag: {value}",
  "wb.cli.validate.unsupported": "Okänd filtyp: {file} (använd .xlsx eller .json).",
  "wb.severity.error": "fel",
  "wb.severity.warning": "varning",
  "wb.severity.info": "info",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "wb.sheet.goals": "Goals",
  "wb.sheet.summary": "Summary",
  "wb.sheet.structure": "Structure",

  "wb.col.id": "Goal ID",
  "wb.col.program": "Programme",
  "wb.col.area": "Target area",
  "wb.col.text": "Goal",
  "wb.col.responsible": "Responsible",
  "wb.col.sdgs": "Agenda 2030",
  "wb.col.status": "Status",
  "wb.col.trend": "Trend",
  "wb.col.comment": "Comment and analysis",
  "wb.col.activities": "Activities",

  "wb.goals.title": "{organisation}: goal follow-up {year}",
  "wb.goals.exampleNote":
    "Example data: goals marked as examples in the source file are made up, not taken from the source document.",

  "wb.dv.status.title": "Status",
  "wb.dv.status.prompt": "Choose {labels} from the list. Leave it empty if the goal has not been assessed.",
  "wb.dv.status.errorTitle": "Invalid status",
  "wb.dv.status.error": "The status must be {labels} or empty. Choose from the list.",
  "wb.dv.trend.title": "Trend",
  "wb.dv.trend.prompt": "Choose {labels} from the list. Leave it empty if there is no trend.",
  "wb.dv.trend.errorTitle": "Invalid trend",
  "wb.dv.trend.error": "The trend must be {labels} or empty. Choose from the list.",

  "wb.summary.title": "Summary: {organisation}, goal follow-up {year}",
  "wb.summary.intro":
    "The counts are formulas over the table on the sheet {sheet} and follow every edit at once. Not assessed is the number of goals minus red, yellow and green, and Trend missing the number of goals minus up, flat and down, so every row adds up; a status or trend not spelled as in the list is counted there. The validate command lists such cells.",
  "wb.summary.area": "Target area",
  "wb.summary.goals": "Goals",
  "wb.summary.notAssessed": "Not assessed",
  "wb.summary.trendMissing": "Trend missing",
  "wb.summary.total": "Total",
  "wb.summary.reported": "Published in the source document",
  "wb.summary.difference": "Difference from published",
  "wb.summary.crossTitle": "Status and trend: {program}",
  "wb.summary.crossCorner": "Status \\ trend",
  "wb.summary.reportTitle": "Report text",
  "wb.summary.reportNote":
    "Written when the sheet was created; it does not follow edits until the summary is created again.",

  "wb.structure.title": "Structure: programmes and target areas",
  "wb.structure.intro":
    "The add-in and the command line read the sheet {sheet} back against this structure. Do not change the IDs.",
  "wb.structure.item": "Item",
  "wb.structure.value": "Value",
  "wb.structure.organisation": "Organisation",
  "wb.structure.year": "Year",
  "wb.structure.source": "Source",
  "wb.structure.note": "Note",
  "wb.structure.language": "Language",
  "wb.structure.programId": "Programme ID",
  "wb.structure.program": "Programme",
  "wb.structure.kind": "Kind",
  "wb.structure.kind.program": "programme",
  "wb.structure.kind.actionPlan": "action plan",
  "wb.structure.adopted": "Adopted",
  "wb.structure.reference": "Reference number",
  "wb.structure.parent": "Implements programme",
  "wb.structure.reported": "Published: {what}",
  "wb.structure.reportedSource": "Source of published figures",
  "wb.structure.areaId": "Target area ID",
  "wb.structure.area": "Target area",
  "wb.structure.sdgs": "Agenda 2030",

  "wb.cli.workbook.usage": "Usage: maluppfoljning workbook [FILE.json] --out OUT.xlsx [--lang sv|en]",
  "wb.cli.workbook.needOut": "Say where to save the workbook with --out OUT.xlsx.",
  "wb.cli.workbook.badLang": "Unknown language {lang}: choose sv or en.",
  "wb.cli.workbook.unknownOption": "Unknown argument: {arg}",
  "wb.cli.workbook.notXlsx": "The output file must end in .xlsx: {file}",
  "wb.cli.workbook.wrote": "Wrote {file}: {goals} goals, {programs} programmes, language {lang}.",
  "wb.cli.workbook.invalid": "{file} is not a valid goal structure:",
  "wb.cli.workbook.writeFailed": "Could not write {file}: {reason}",
  "wb.cli.read.failed": "Could not read {file}: {reason}",
  "wb.cli.read.noGoalTable":
    "No goal table in {file}: neither the table {table} nor a table with the columns {columns}.",
  "wb.cli.read.missingColumns": "The goal table in {file} lacks the columns {columns}.",
  "wb.cli.read.noStructure":
    "The sheet {sheet} is missing; programmes and target areas are taken from the goal table itself, so unknown names cannot be detected.",
  "wb.cli.validate.usage": "Usage: maluppfoljning validate FILE.xlsx|FILE.json [--lang sv|en]",
  "wb.cli.validate.none": "No problems in {file} ({goals} goals).",
  "wb.cli.validate.count":
    "{count} problems in {file} ({goals} goals): {errors} errors, {warnings} warnings, {infos} notes.",
  "wb.cli.validate.suggestion": "suggestion: {value}",
  "wb.cli.validate.unsupported": "Unknown file type: {file} (use .xlsx or .json).",
  "wb.severity.error": "error",
  "wb.severity.warning": "warning",
  "wb.severity.info": "info",
};
