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
  "wb.sheet.history": "Historik",

  "wb.col.id": "Mål-ID",
  "wb.col.program": "Program",
  "wb.col.area": "Målområde",
  "wb.col.text": "Mål",
  "wb.col.responsible": "Ansvarig",
  "wb.col.sdgs": "Agenda 2030",
  "wb.col.status": "Status",
  "wb.col.trend": "Trend",
  "wb.col.previousStatus": "Status förra året",
  "wb.col.previousTrend": "Trend förra året",
  "wb.col.comment": "Kommentar och analys",
  "wb.col.done": "Klar",
  "wb.col.activities": "Aktiviteter",
  "wb.col.suggestedStatus": "Förslag status",
  "wb.col.suggestedTrend": "Förslag trend",

  "wb.goals.title": "{organisation}: måluppföljning {year}",
  "wb.goals.exampleNote":
    "Exempeldata: mål som är markerade som exempel i källfilen är påhittade och inte hämtade ur källdokumentet.",

  "wb.dv.status.prompt": "Välj {labels} i listan. Lämna tomt om målet inte är bedömt.",
  "wb.dv.status.errorTitle": "Ogiltig status",
  "wb.dv.status.error": "Status måste vara {labels} eller tom. Välj i listan.",
  "wb.dv.trend.prompt": "Välj {labels} i listan. Lämna tomt om trenden saknas.",
  "wb.dv.trend.errorTitle": "Ogiltig trend",
  "wb.dv.trend.error": "Trend måste vara {labels} eller tom. Välj i listan.",
  "wb.dv.done.prompt": "Välj {labels} när målets bedömning är klar. Lämna tomt annars.",
  "wb.dv.done.errorTitle": "Ogiltigt värde i Klar",
  "wb.dv.done.error": "Klar måste vara {labels} eller tom. Välj i listan.",

  "wb.summary.title": "Sammanfattning: {organisation}, måluppföljning {year}",
  "wb.summary.intro":
    "Antalen räknas med formler ur tabellen på bladet {sheet} och följer varje ändring direkt. En status eller trend räknas som tillägget läser den, med valfria versaler och mellanslag, på svenska eller engelska eller som symbol (↑). Ej bedömd är antal mål minus röda, gula och gröna, och Trend saknas antal mål minus uppåt, oförändrad och nedåt, så att varje rad går jämnt ut; ett värde som inte går att läsa räknas där, och raden under programmets tabell säger hur många celler det gäller. Knappen Validera i panelen Måluppföljning, eller kommandot ”maluppfoljning validate” på kommandoraden, visar sådana celler.",
  "wb.summary.goals": "Antal mål",
  "wb.summary.total": "Totalt",
  "wb.summary.reported": "Publicerat i källdokumentet",
  "wb.summary.difference": "Skillnad mot publicerat",
  "wb.summary.crossTitle": "Status och trend: {program}",
  "wb.summary.yearsTitle": "Per år: {program}",
  "wb.summary.crossCorner": "Status \\ trend",
  "wb.summary.responsibleTitle": "Per ansvarig",
  "wb.summary.reportTitle": "Rapporttext",
  "wb.summary.reportNote":
    "Texten skrevs när bladet skapades och följer inte ändringar förrän sammanfattningen skapas om.",
  "wb.summary.share": "{label} (andel)",
  "wb.summary.nonLabel":
    "Celler i måltabellen som inte är skrivna exakt som i listorna (de räknas ändå, men omräkningen tar längre tid)",
  "wb.summary.qualityCorner": "Celler i måltabellen",
  "wb.summary.unreadable": "Celler med ett värde som inte går att läsa: {program}",
  "wb.summary.unknown.status.one": "1 cell har en okänd status: kör Validera.",
  "wb.summary.unknown.status.many": "{n} celler har en okänd status: kör Validera.",
  "wb.summary.unknown.trend.one": "1 cell har en okänd trend: kör Validera.",
  "wb.summary.unknown.trend.many": "{n} celler har en okänd trend: kör Validera.",
  "wb.summary.responsibleUnlisted.one":
    "1 mål har en ansvarig som tabellen ovan saknar (skriven efter att sammanfattningen gjordes): välj Uppdatera sammanfattning.",
  "wb.summary.responsibleUnlisted.many":
    "{n} mål har en ansvarig som tabellen ovan saknar (skriven efter att sammanfattningen gjordes): välj Uppdatera sammanfattning.",
  "wb.summary.reportNoteLive":
    "Texten är en formel över summaraden ovan och följer varje ändring av status och trend i måltabellen.",

  "wb.history.title": "Historik: tidigare års bedömningar",
  "wb.history.intro":
    "Bladet tillhör tillägget: att läsa in eller slå samman en struktur ändrar det aldrig. Varje rad är ett måls bedömning ett tidigare år, och jämförelser med tidigare år görs mot raderna här.",
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
  "wb.structure.kind": "Typ",
  "wb.structure.kind.program": "program",
  "wb.structure.kind.actionPlan": "handlingsplan",
  "wb.structure.adopted": "Antaget",
  "wb.structure.reference": "Diarienummer",
  "wb.structure.parent": "Genomför program",
  "wb.structure.reported": "Publicerat: {what}",
  "wb.structure.reportedSource": "Källa för publicerade siffror",
  "wb.structure.areaId": "Målområde-ID",

  "wb.cli.command.workbook":
    "skriv en Excel-arbetsbok (.xlsx) med måltabell, listor, färger och sammanfattning",
  "wb.cli.command.validate":
    "kontrollera en arbetsbok eller JSON-fil och visa varje problem med sin cell eller sökväg",
  "wb.cli.workbook.usage":
    "Användning: maluppfoljning workbook [FIL.json] --out UT.xlsx [--history KÄLLA [--force]] [--lang sv|en]\n  Utan FIL används det medföljande exemplet. En befintlig UT.xlsx ersätts.\n  --history KÄLLA hämtar ett tidigare års uppföljning (.json eller .xlsx) till historiken, per mål-ID;\n  en KÄLLA med fel avvisas (slutkod 1) om inte --force anges.",
  "wb.cli.validate.usage":
    "Användning: maluppfoljning validate FIL.xlsx|FIL.json [--lang sv|en]\n  Slutkod 0: inga problem, 1: problem hittades, 2: filen kunde inte läsas.",
  "wb.cli.error.needOut": "ange var arbetsboken ska sparas med --out UT.xlsx",
  "wb.cli.error.notXlsx": "utfilen måste sluta på .xlsx: {file}",
  "wb.cli.error.writeFailed": "kunde inte skriva {file} ({detail})",
  "wb.cli.error.needFile": "ange filen som ska kontrolleras",
  "wb.cli.error.notXlsxFile": "{file} är ingen läsbar Excel-arbetsbok (.xlsx) ({detail})",
  "wb.cli.error.noGoalTable":
    "{file} har ingen måltabell: varken tabellen {table} eller en tabell med kolumnerna {columns}",
  "wb.cli.error.missingColumns": "måltabellen i {file} saknar kolumnerna {columns}",
  "wb.cli.wrote": "Skrev {file}: {goals} mål i {programs} program, på {language}.",
  "wb.cli.validate.none": "Inga problem i {file} ({goals} mål).",
  "wb.cli.validate.count":
    "{count} problem i {file} ({goals} mål): {errors} fel, {warnings} varningar, {infos} info.",
  "wb.cli.validate.schema": "{count} fel i {file}: filen följer inte formatet för målstrukturer.",
  "wb.chart.status.title": "Status per målområde: {program}",
  "wb.chart.trend.title": "Trend per målområde: {program}",
  "wb.chart.years.title": "Status per år: {program}",
  "wb.chart.years.alt":
    "Liggande stapeldiagram för {program}: en stapel per uppföljningsår som visar hur stor andel av målen som hade status {series}, med antalet mål i varje del. Siffrorna finns i tabellen Per år.",
  "wb.chart.status.alt":
    "Liggande stapeldiagram för {program}: en stapel per målområde som visar hur stor andel av målen som har status {series}, med antalet mål i varje del. Siffrorna finns i tabellen till vänster.",
  "wb.chart.trend.alt":
    "Liggande stapeldiagram för {program}: en stapel per målområde som visar hur stor andel av målen som har trenden {series}, med antalet mål i varje del. Siffrorna finns i tabellen till vänster.",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "wb.sheet.goals": "Goals",
  "wb.sheet.summary": "Summary",
  "wb.sheet.structure": "Structure",
  // Not "History": Excel reserves that sheet name (its change tracking) and refuses it.
  "wb.sheet.history": "Goal history",

  "wb.col.id": "Goal ID",
  "wb.col.program": "Programme",
  "wb.col.area": "Target area",
  "wb.col.text": "Goal",
  "wb.col.responsible": "Responsible",
  "wb.col.sdgs": "Agenda 2030",
  "wb.col.status": "Status",
  "wb.col.trend": "Trend",
  "wb.col.previousStatus": "Status last year",
  "wb.col.previousTrend": "Trend last year",
  "wb.col.comment": "Comment and analysis",
  "wb.col.done": "Done",
  "wb.col.activities": "Activities",
  "wb.col.suggestedStatus": "Suggested status",
  "wb.col.suggestedTrend": "Suggested trend",

  "wb.goals.title": "{organisation}: goal follow-up {year}",
  "wb.goals.exampleNote":
    "Example data: goals marked as examples in the source file are made up, not taken from the source document.",

  "wb.dv.status.prompt": "Choose {labels} from the list. Leave it empty if the goal has not been assessed.",
  "wb.dv.status.errorTitle": "Invalid status",
  "wb.dv.status.error": "The status must be {labels} or empty. Choose from the list.",
  "wb.dv.trend.prompt": "Choose {labels} from the list. Leave it empty if there is no trend.",
  "wb.dv.trend.errorTitle": "Invalid trend",
  "wb.dv.trend.error": "The trend must be {labels} or empty. Choose from the list.",
  "wb.dv.done.prompt": "Choose {labels} when the goal's assessment is done. Leave it empty otherwise.",
  "wb.dv.done.errorTitle": "Invalid value in Done",
  "wb.dv.done.error": "Done must be {labels} or empty. Choose from the list.",

  "wb.summary.title": "Summary: {organisation}, goal follow-up {year}",
  "wb.summary.intro":
    "The counts are formulas over the table on the sheet {sheet} and follow every edit at once. A status or trend counts as the add-in reads it, in any case and with stray spaces, in Swedish or English or as a symbol (↑). Not assessed is the number of goals minus red, yellow and green, and Trend missing the number of goals minus up, flat and down, so every row adds up; a value that cannot be read is counted there, and the line under the programme's table says how many cells hold one. The Validate button in the Goal follow-up pane, or the command “maluppfoljning validate” on the command line, lists such cells.",
  "wb.summary.goals": "Goals",
  "wb.summary.total": "Total",
  "wb.summary.reported": "Published in the source document",
  "wb.summary.difference": "Difference from published",
  "wb.summary.crossTitle": "Status and trend: {program}",
  "wb.summary.yearsTitle": "By year: {program}",
  "wb.summary.crossCorner": "Status \\ trend",
  "wb.summary.responsibleTitle": "By responsible body",
  "wb.summary.reportTitle": "Report text",
  "wb.summary.reportNote":
    "Written when the sheet was created; it does not follow edits until the summary is created again.",
  "wb.summary.share": "{label} (share)",
  "wb.summary.nonLabel":
    "Cells of the goal table not written exactly as in the lists (they count all the same, but recalculation takes longer)",
  "wb.summary.qualityCorner": "Cells of the goal table",
  "wb.summary.unreadable": "Cells holding a value that cannot be read: {program}",
  "wb.summary.unknown.status.one": "1 cell has an unknown status: run Validate.",
  "wb.summary.unknown.status.many": "{n} cells have an unknown status: run Validate.",
  "wb.summary.unknown.trend.one": "1 cell has an unknown trend: run Validate.",
  "wb.summary.unknown.trend.many": "{n} cells have an unknown trend: run Validate.",
  "wb.summary.responsibleUnlisted.one":
    "1 goal has a responsible body the table above lacks (typed in after the summary was made): choose Refresh summary.",
  "wb.summary.responsibleUnlisted.many":
    "{n} goals have a responsible body the table above lacks (typed in after the summary was made): choose Refresh summary.",
  "wb.summary.reportNoteLive":
    "The text is a formula over the total row above and follows every edit of a status or trend in the goal table.",

  "wb.history.title": "History: earlier years' assessments",
  "wb.history.intro":
    "This sheet belongs to the add-in: loading or merging a structure never changes it. Each row is a goal's assessment in an earlier year, and comparisons with earlier years are made against the rows here.",
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
  "wb.structure.kind": "Kind",
  "wb.structure.kind.program": "programme",
  "wb.structure.kind.actionPlan": "action plan",
  "wb.structure.adopted": "Adopted",
  "wb.structure.reference": "Reference number",
  "wb.structure.parent": "Implements programme",
  "wb.structure.reported": "Published: {what}",
  "wb.structure.reportedSource": "Source of published figures",
  "wb.structure.areaId": "Target area ID",

  "wb.cli.command.workbook":
    "write an Excel workbook (.xlsx) with the goal table, lists, colours and summary",
  "wb.cli.command.validate": "check a workbook or JSON file and show every problem with its cell or path",
  "wb.cli.workbook.usage":
    "Usage: maluppfoljning workbook [FILE.json] --out OUT.xlsx [--history SOURCE [--force]] [--lang sv|en]\n  Without FILE the bundled example is used. An existing OUT.xlsx is replaced.\n  --history SOURCE brings an earlier year's follow-up (.json or .xlsx) into the history, by goal ID;\n  a SOURCE with errors is refused (exit code 1) unless --force is given.",
  "wb.cli.validate.usage":
    "Usage: maluppfoljning validate FILE.xlsx|FILE.json [--lang sv|en]\n  Exit code 0: no problems, 1: problems found, 2: the file could not be read.",
  "wb.cli.error.needOut": "say where to save the workbook with --out OUT.xlsx",
  "wb.cli.error.notXlsx": "the output file must end in .xlsx: {file}",
  "wb.cli.error.writeFailed": "could not write {file} ({detail})",
  "wb.cli.error.needFile": "give the file to check",
  "wb.cli.error.notXlsxFile": "{file} is not a readable Excel workbook (.xlsx) ({detail})",
  "wb.cli.error.noGoalTable":
    "{file} has no goal table: neither the table {table} nor a table with the columns {columns}",
  "wb.cli.error.missingColumns": "the goal table in {file} lacks the columns {columns}",
  "wb.cli.wrote": "Wrote {file}: {goals} goals in {programs} programmes, in {language}.",
  "wb.cli.validate.none": "No problems in {file} ({goals} goals).",
  "wb.cli.validate.count":
    "{count} problems in {file} ({goals} goals): {errors} errors, {warnings} warnings, {infos} info.",
  "wb.cli.validate.schema": "{count} errors in {file}: the file does not follow the goal-structure format.",
  "wb.chart.status.title": "Status by target area: {program}",
  "wb.chart.trend.title": "Trend by target area: {program}",
  "wb.chart.years.title": "Status by year: {program}",
  "wb.chart.years.alt":
    "Horizontal bar chart for {program}: one bar per follow-up year showing the share of its goals with the status {series}, with the number of goals in each part. The figures are in the table By year.",
  "wb.chart.status.alt":
    "Horizontal bar chart for {program}: one bar per target area showing the share of its goals with the status {series}, with the number of goals in each part. The figures are in the table to the left.",
  "wb.chart.trend.alt":
    "Horizontal bar chart for {program}: one bar per target area showing the share of its goals with the trend {series}, with the number of goals in each part. The figures are in the table to the left.",
};
