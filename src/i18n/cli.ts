// Strings for the cli section. Add keys to `sv` first; `en` must then have the same keys.
// Keys start with "cli." because all sections share one key space.
export const sv = {
  "cli.usage":
    "Användning: maluppfoljning <kommando> [alternativ]\n\nKommandon:\n{commands}\n\nAllmänna alternativ:\n  --help, -h     visa hjälpen (även: maluppfoljning <kommando> --help)\n  --lang sv|en   språk för hjälpen och utdata, före eller efter kommandot\n  --version, -v  visa versionen",
  "cli.command.summary": "sammanfatta målen: antal per status och trend, avstämning och rapporttext",
  "cli.summary.usage":
    "Användning: maluppfoljning summary [FIL.xlsx|FIL.json] [--format json|markdown|text] [--lang sv|en]\n\nSammanfattar målen per program och målområde: antal och andelar per status och trend,\nstatus × trend, avstämning mot publicerade siffror och rapporttext.\nFIL är en arbetsbok (.xlsx) med måltabellen eller en målstruktur i JSON (se seeds/README.md).\nUtan FIL används det medföljande exemplet: Västerås stad, hållbarhetsuppföljning 2023.\n\nAlternativ:\n  --format json|markdown|text  utdataformat (standard: text)\n  --lang sv|en                 språk för rapporttext och rubriker (standard: sv)\n  --help, -h                   visa den här hjälpen\n\nSlutkod: 0 utan fel, 1 om valideringen hittade fel (sammanfattningen och anmärkningarna\nskrivs ändå), 2 om filen inte kunde läsas eller tolkas.",
  "cli.error.noCommand": "inget kommando angivet",
  "cli.error.unknownCommand": "okänt kommando ”{name}”",
  "cli.error.unknownOption": "okänt alternativ ”{name}”",
  "cli.error.missingValue": "alternativet {name} behöver ett värde ({allowed})",
  "cli.error.badValue": "ogiltigt värde ”{value}” för {name}; tillåtna värden: {allowed}",
  "cli.error.tooManyFiles": "högst en fil kan anges, men {count} angavs",
  "cli.error.notFound": "filen finns inte: {file}",
  "cli.error.isDirectory": "{file} är en mapp, inte en fil",
  "cli.error.unreadable": "filen kunde inte läsas: {file} ({detail})",
  "cli.error.notText": "{file} är inte en textfil med JSON (den ser ut som en zip- eller Excel-fil)",
  "cli.error.notUtf8": "{file} är inte kodad i UTF-8; spara den som UTF-8 och försök igen",
  "cli.error.invalidStructure": "{file}: {message}",
  "cli.error.invalidStructureMore": "{file}: {message} (och {count} fel till)",
  "cli.error.xlsxNotSupported":
    "{file}: Excel-filer (.xlsx) kan inte läsas av summary ännu; använd en JSON-fil",
  "cli.error.unexpected": "oväntat fel: {detail}",
  "cli.error.xlsxEmpty": "{file} är tom (0 byte), inte en Excel-arbetsbok",
  "cli.error.xlsxNotZip":
    "{file} är ingen Excel-arbetsbok: namnet slutar på .xlsx men innehållet är något annat (kanske en textfil med fel namn); öppna den i Excel och spara som Excel-arbetsbok (.xlsx)",
  "cli.error.xlsxDamaged":
    "{file} kan inte öppnas som Excel-arbetsbok: filen är skadad eller ofullständig; spara den på nytt från Excel",
  "cli.error.folderMissing":
    "mappen {dir} finns inte, så {file} kan inte sparas där; skapa mappen eller välj en annan",
  "cli.error.notAFolder": "{dir} är ingen mapp, så {file} kan inte sparas där",
  "cli.error.outIsFolder": "{file} är en mapp; ange ett filnamn som slutar på .xlsx",
  "cli.error.writeDenied": "du har inte behörighet att skriva {file} i mappen {dir}",
  "cli.error.readOnlyDisk": "{file} kan inte sparas: {dir} ligger på en skrivskyddad disk",
  "cli.error.diskFull": "{file} kan inte sparas: disken är full",
  "cli.bundled": "medföljande exempel (seeds/vasteras-2023.json)",
  "cli.title": "{organisation} – måluppföljning {year}",
  "cli.input": "Indata: {input}",
  "cli.source": "Källa: {source}",
  "cli.note": "Obs! {note}",
  "cli.totalGoals": "Antal mål: {total}",
  "cli.statusLine": "Status: {parts}",
  "cli.trendLine": "Trend: {parts}",
  "cli.doneLine": "Klarmarkerade: {done} av {total}",
  "cli.areas": "Målområden:",
  "cli.areaLine": "{name}: {total} mål – {status}; {trend}; Klar {done}",
  "cli.responsibleLine": "{name}: {total} mål – {status}; {trend}; {done}",
  "cli.reconciliation.matches": "Avstämning: stämmer med de publicerade siffrorna.",
  "cli.reconciliation.differs": "Avstämning: skiljer sig från de publicerade siffrorna: {differences}.",
  "cli.reconciliation.difference": "{field} publicerat {reported}, räknat {actual} ({diff})",
  "cli.issues": "Anmärkningar ({count}):",
  "cli.noIssues": "Inga anmärkningar.",
  "cli.md.share": "Andel",
  "cli.md.issues": "Anmärkningar",
  "cli.md.reconciliation": "Avstämning",
  "cli.command.report": "skriv rapporten till kommunstyrelsen som tillgängligt Word-dokument (.docx)",
  "cli.report.usage":
    "Användning: maluppfoljning report [FIL.xlsx|FIL.json] --out RAPPORT.docx [--lang sv|en]\n\nSkriver rapporten som ett Word-dokument: per program en rubrik, rapporttexten, tabellen per\nmålområde och tabellen status × trend (och jämförelsen med tidigare år när målen har historik),\nmed källa och år. Meningarna och siffrorna är desamma som summary skriver för samma fil.\nDokumentet har rubrikformat, tabeller med rubrikrader som upprepas, tabellrubriker, titel och\nspråk (sv-SE eller en-US). FIL ändras aldrig; RAPPORT.docx skrivs klart innan den ersätter en\nbefintlig fil. Utan FIL används det medföljande exemplet.\n\nAlternativ:\n  --out RAPPORT.docx  filen som skrivs (krävs)\n  --lang sv|en        rapportens språk (standard: sv)\n  --help, -h          visa den här hjälpen\n\nSlutkod: 0 när rapporten skrevs, 1 när valideringen hittade fel (rapporten skrivs ändå),\n2 vid fel i anropet eller om en fil inte kunde läsas eller skrivas.",
  "cli.report.error.needOut": "ange var rapporten ska sparas med --out RAPPORT.docx",
  "cli.report.error.notDocx": "rapportfilen måste sluta på .docx: {file}",
  "cli.report.wrote": "Skrev {file}: rapport för {programs} program med {goals} mål, på {language}.",
  "cli.report.errors":
    "Obs! Valideringen hittade {count} fel; rapporten skrevs ändå. Se dem med: maluppfoljning validate {file}",
  "cli.command.rollover":
    "avsluta uppföljningsåret: status, trend och kommentar flyttas till historiken och året går vidare",
  "cli.rollover.usage":
    "Användning: maluppfoljning rollover FIL.xlsx --year ÅR --out UT.xlsx [--force] [--lang sv|en]\n\nAvslutar arbetsbokens uppföljningsår: varje måls status, trend och kommentar flyttas till\nhistoriken, cellerna töms, och året blir ÅR (på strukturbladet, i rubrikerna och i\ndokumentets inställningar). Måltabellen behåller alla mål och alla egna kolumner, och\nsammanfattningsbladet byggs om. FIL.xlsx ändras inte; resultatet skrivs till UT.xlsx.\n\nAlternativ:\n  --year ÅR        det nya uppföljningsåret, senare än arbetsbokens\n  --out UT.xlsx    filen som skrivs (inte samma som FIL.xlsx; en befintlig ersätts)\n  --force          avsluta året trots fel i valideringen\n  --lang sv|en     språk för utdata (standard: arbetsbokens)\n  --help, -h       visa den här hjälpen\n\nSlutkod: 0 när UT.xlsx skrevs, 1 om valideringen hittade fel (utan --force),\n2 vid fel i anropet eller om en fil inte kunde läsas eller skrivas.",
  "cli.command.importHistory": "hämta ett tidigare års uppföljning till historiken, per mål-ID",
  "cli.importHistory.usage":
    "Användning: maluppfoljning import-history FIL.xlsx --from KÄLLA --out UT.xlsx [--force] [--lang sv|en]\n\nHämtar ett tidigare års uppföljning till arbetsbokens historik: KÄLLA är en målstruktur i\nJSON eller en tidigare arbetsbok (.xlsx) från ett år före arbetsbokens. Dess status, trend och\nkommentar (och dess egen historik) läggs till per mål-ID; en post för samma mål och år\nersätts. Mål i KÄLLA som inte längre finns räknas upp. FIL.xlsx ändras inte.\n\nAlternativ:\n  --from KÄLLA     den tidigare uppföljningen (.json eller .xlsx)\n  --out UT.xlsx    filen som skrivs (inte samma som FIL.xlsx; en befintlig ersätts)\n  --force          hämta även om KÄLLA har fel (en post som inte går att läsa ersätter aldrig en i historiken)\n  --lang sv|en     språk för utdata (standard: arbetsbokens)\n  --help, -h       visa den här hjälpen\n\nSlutkod: 0 när UT.xlsx skrevs, 1 när KÄLLA har fel (utan --force), 2 vid fel i anropet eller om en fil inte kunde läsas eller skrivas.",
  "cli.error.needYear": "ange det nya uppföljningsåret med --year ÅR",
  "cli.error.badYear": "--year behöver ett årtal, inte ”{value}”",
  "cli.error.yearNotLater":
    "det nya året {requested} är inte senare än arbetsbokens uppföljningsår {current}; ange ett senare år med --year",
  "cli.error.needFrom": "ange den tidigare uppföljningen med --from KÄLLA (.json eller .xlsx)",
  "cli.error.sameFile": "--out får inte vara {file} själv; ange en ny fil, så finns originalet kvar",
  "cli.error.notEarlier":
    "{source} gäller {sourceYear}, som inte är tidigare än uppföljningsåret {year} i {file}; historiken kan bara få tidigare år",
  "cli.error.noYearCell":
    "{file} har ingen tabell Maluppfoljning_Info med uppföljningsåret; läs in strukturen igen i Excel först",
  "cli.error.noYear":
    "{file} har inget uppföljningsår: skriv in året vid ”År” i tabellen Maluppfoljning_Info på bladet {sheet} och försök igen",
  "cli.error.totalsRow":
    "tabellen {table} på bladet {sheet} i {file} har en summarad, som skulle läsas som en rad i tabellen; ta bort summaraden först (Tabelldesign > Summarad) och försök igen. Ingenting skrevs.",
  "cli.error.rowsBelowHistory":
    "historiktabellen på bladet {sheet} kan inte växa: raderna under den är inte tomma; flytta det som står där",
  "cli.error.historyUnreadable":
    "historiken på bladet {sheet} kan inte skrivas: tabellen saknar kolumnerna för år och mål-ID, eller bladet är någon annans",
  "cli.error.wouldLose":
    "{file} innehåller något som det här kommandot inte kan skriva tillbaka och som skulle gå förlorat: {parts}. Ingenting skrevs. Gör ändringen i Excel med tillägget i stället.",
  "cli.rollover.refused":
    "{file} har {count} fel (se ovan), så året avslutas inte: historiken skulle få bedömningar som inte går att läsa. Rätta felen, eller kör igen med --force för att ändå avsluta året.",
  "cli.rollover.forced": "Obs! {count} fel i {file} ignorerades (--force).",
  "cli.rollover.withoutId":
    "Obs! {count} mål utan mål-ID fick ingen rad i historiken och behöll sin status, trend och kommentar: ge dem ett mål-ID och för in dem i historiken för hand.",
  "cli.rollover.keptRows":
    "Obs! {count} rader i måltabellen behöll sin status, trend och kommentar: de kunde inte föras till något mål (se felen ovan), så de fick ingen rad i historiken. Rätta dem och för in dem i historiken för hand.",
  "cli.rollover.done":
    "Avslutade {closing} och öppnade {year}: {goals} mål flyttade till historiken, {cells} celler tömda i måltabellen.",
  "cli.importHistory.done":
    "Hämtade {years} från {source}: {added} poster tillagda, {replaced} ersatta, {unchanged} oförändrade.",
  "cli.wroteFile": "Skrev {file}.",
  "cli.importHistory.replaced": "Ersatt: {id} {year}",
  "cli.importHistory.unknown": "Obs! {count} mål i {source} finns inte längre och hämtades inte: {ids}",
  "cli.importHistory.kept":
    "Obs! {count} poster i historiken behölls som de var, eftersom status eller trend i {source} inte gick att läsa: {ids}",
  "cli.importHistory.refused":
    "{source} har {count} fel (se ovan), så historiken hämtas inte: en status som inte går att läsa skulle bli en tom bedömning. Rätta felen, eller kör igen med --force för att ändå hämta den.",
  "cli.importHistory.forced": "Obs! {count} fel i {source} ignorerades (--force).",
  "cli.error.sourceNoYear":
    "{source} har inget giltigt uppföljningsår (fyra siffror), så dess bedömningar kan inte föras till något år i historiken",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "cli.usage":
    "Usage: maluppfoljning <command> [options]\n\nCommands:\n{commands}\n\nGeneral options:\n  --help, -h     show help (also: maluppfoljning <command> --help)\n  --lang sv|en   language of the help and the output, before or after the command\n  --version, -v  show the version",
  "cli.command.summary": "summarise the goals: counts by status and trend, reconciliation and report text",
  "cli.summary.usage":
    "Usage: maluppfoljning summary [FILE.xlsx|FILE.json] [--format json|markdown|text] [--lang sv|en]\n\nSummarises the goals per programme and goal area: counts and shares by status and trend,\nstatus × trend, reconciliation against published figures, and report text.\nFILE is a workbook (.xlsx) with the goal table or a goal structure in JSON (see seeds/README.md).\nWithout FILE the bundled example is used: Västerås stad, sustainability follow-up 2023.\n\nOptions:\n  --format json|markdown|text  output format (default: text)\n  --lang sv|en                 language of the report text and headings (default: sv)\n  --help, -h                   show this help\n\nExit code: 0 without errors, 1 when validation found errors (the summary and the issues\nare still printed), 2 when the file could not be read or parsed.",
  "cli.error.noCommand": "no command given",
  "cli.error.unknownCommand": "unknown command “{name}”",
  "cli.error.unknownOption": "unknown option “{name}”",
  "cli.error.missingValue": "the option {name} needs a value ({allowed})",
  "cli.error.badValue": "invalid value “{value}” for {name}; allowed values: {allowed}",
  "cli.error.tooManyFiles": "at most one file can be given, but {count} were given",
  "cli.error.notFound": "file not found: {file}",
  "cli.error.isDirectory": "{file} is a directory, not a file",
  "cli.error.unreadable": "the file could not be read: {file} ({detail})",
  "cli.error.notText": "{file} is not a JSON text file (it looks like a zip or Excel file)",
  "cli.error.notUtf8": "{file} is not encoded in UTF-8; save it as UTF-8 and try again",
  "cli.error.invalidStructure": "{file}: {message}",
  "cli.error.invalidStructureMore": "{file}: {message} (and {count} more errors)",
  "cli.error.xlsxNotSupported": "{file}: summary cannot read Excel files (.xlsx) yet; use a JSON file",
  "cli.error.unexpected": "unexpected error: {detail}",
  "cli.error.xlsxEmpty": "{file} is empty (0 bytes), not an Excel workbook",
  "cli.error.xlsxNotZip":
    "{file} is not an Excel workbook: the name ends in .xlsx but the content is something else (perhaps a text file with the wrong name); open it in Excel and save it as Excel Workbook (.xlsx)",
  "cli.error.xlsxDamaged":
    "{file} cannot be opened as an Excel workbook: the file is damaged or incomplete; save it again from Excel",
  "cli.error.folderMissing":
    "the folder {dir} does not exist, so {file} cannot be saved there; create the folder or choose another",
  "cli.error.notAFolder": "{dir} is not a folder, so {file} cannot be saved there",
  "cli.error.outIsFolder": "{file} is a folder; give a file name ending in .xlsx",
  "cli.error.writeDenied": "you are not allowed to write {file} in the folder {dir}",
  "cli.error.readOnlyDisk": "{file} cannot be saved: {dir} is on a read-only disk",
  "cli.error.diskFull": "{file} cannot be saved: the disk is full",
  "cli.bundled": "bundled example (seeds/vasteras-2023.json)",
  "cli.title": "{organisation} – goal follow-up {year}",
  "cli.input": "Input: {input}",
  "cli.source": "Source: {source}",
  "cli.note": "Note: {note}",
  "cli.totalGoals": "Goals: {total}",
  "cli.statusLine": "Status: {parts}",
  "cli.trendLine": "Trend: {parts}",
  "cli.doneLine": "Marked done: {done} of {total}",
  "cli.areas": "Goal areas:",
  "cli.areaLine": "{name}: {total} goals – {status}; {trend}; Done {done}",
  "cli.responsibleLine": "{name}: {total} goals – {status}; {trend}; {done}",
  "cli.reconciliation.matches": "Reconciliation: matches the published figures.",
  "cli.reconciliation.differs": "Reconciliation: differs from the published figures: {differences}.",
  "cli.reconciliation.difference": "{field} published {reported}, counted {actual} ({diff})",
  "cli.issues": "Issues ({count}):",
  "cli.noIssues": "No issues.",
  "cli.md.share": "Share",
  "cli.md.issues": "Issues",
  "cli.md.reconciliation": "Reconciliation",
  "cli.command.report": "write the report to the executive board as an accessible Word document (.docx)",
  "cli.report.usage":
    "Usage: maluppfoljning report [FILE.xlsx|FILE.json] --out REPORT.docx [--lang sv|en]\n\nWrites the report as a Word document: per programme a heading, the report text, the table per\ntarget area and the status × trend table (and the comparison with earlier years when the goals\nhave history), with source and year. Its sentences and figures are those summary prints for the\nsame file. The document has heading styles, tables whose header rows repeat, table captions, a\ntitle and its language (sv-SE or en-US). FILE is never changed; REPORT.docx is written in full\nbefore it replaces an existing file. Without FILE the bundled example is used.\n\nOptions:\n  --out REPORT.docx  the file written (required)\n  --lang sv|en       the report's language (default: sv)\n  --help, -h         show this help\n\nExit code: 0 when the report was written, 1 when validation found errors (the report is\nstill written), 2 on a usage error or when a file could not be read or written.",
  "cli.report.error.needOut": "say where to save the report with --out REPORT.docx",
  "cli.report.error.notDocx": "the report file must end in .docx: {file}",
  "cli.report.wrote": "Wrote {file}: report for {programs} programmes with {goals} goals, in {language}.",
  "cli.report.errors":
    "Note: validation found errors ({count}); the report was written all the same. See them with: maluppfoljning validate {file}",
  "cli.command.rollover":
    "close the follow-up year: status, trend and comment move into the history and the year moves on",
  "cli.rollover.usage":
    "Usage: maluppfoljning rollover FILE.xlsx --year YEAR --out OUT.xlsx [--force] [--lang sv|en]\n\nCloses the workbook's follow-up year: every goal's status, trend and comment move into the\nhistory, their cells are emptied, and the year becomes YEAR (on the structure sheet, in the\ntitles and in the document's settings). The goal table keeps every goal and every column of\nyour own, and the summary sheet is rebuilt. FILE.xlsx is not changed; the result is written to OUT.xlsx.\n\nOptions:\n  --year YEAR      the new follow-up year, later than the workbook's\n  --out OUT.xlsx   the file written (not FILE.xlsx itself; an existing one is replaced)\n  --force          close the year despite validation errors\n  --lang sv|en     language of the output (default: the workbook's)\n  --help, -h       show this help\n\nExit code: 0 when OUT.xlsx was written, 1 when validation found errors (without --force),\n2 on a usage error or when a file could not be read or written.",
  "cli.command.importHistory": "bring an earlier year's follow-up into the history, by goal ID",
  "cli.importHistory.usage":
    "Usage: maluppfoljning import-history FILE.xlsx --from SOURCE --out OUT.xlsx [--force] [--lang sv|en]\n\nBrings an earlier year's follow-up into the workbook's history: SOURCE is a goal structure in\nJSON or an earlier workbook (.xlsx) of a year before the workbook's. Its status, trend and\ncomment (and its own history) are added by goal ID; an entry for the same goal and year is\nreplaced. Goals of SOURCE that no longer exist are listed. FILE.xlsx is not changed.\n\nOptions:\n  --from SOURCE    the earlier follow-up (.json or .xlsx)\n  --out OUT.xlsx   the file written (not FILE.xlsx itself; an existing one is replaced)\n  --force          import even when SOURCE has errors (an entry that cannot be read never replaces one in the history)\n  --lang sv|en     language of the output (default: the workbook's)\n  --help, -h       show this help\n\nExit code: 0 when OUT.xlsx was written, 1 when SOURCE has errors (without --force), 2 on a usage error or when a file could not be read or written.",
  "cli.error.needYear": "give the new follow-up year with --year YEAR",
  "cli.error.badYear": "--year needs a year, not “{value}”",
  "cli.error.yearNotLater":
    "the new year {requested} is not later than the workbook's follow-up year {current}; give a later year with --year",
  "cli.error.needFrom": "give the earlier follow-up with --from SOURCE (.json or .xlsx)",
  "cli.error.sameFile":
    "--out must not be {file} itself; give a new file, so that the original stays as it is",
  "cli.error.notEarlier":
    "{source} is for {sourceYear}, which is not earlier than the follow-up year {year} of {file}; the history can only take earlier years",
  "cli.error.noYearCell":
    "{file} has no table Maluppfoljning_Info with the follow-up year; load the structure again in Excel first",
  "cli.error.noYear":
    "{file} has no follow-up year: enter the year at “Year” in the table Maluppfoljning_Info on the sheet {sheet} and try again",
  "cli.error.totalsRow":
    "the table {table} on the sheet {sheet} of {file} has a totals row, which would be read as a row of the table; remove the totals row first (Table Design > Total Row) and try again. Nothing was written.",
  "cli.error.rowsBelowHistory":
    "the history table on the sheet {sheet} cannot grow: the rows below it are not empty; move what is there",
  "cli.error.historyUnreadable":
    "the history on the sheet {sheet} cannot be written: the table lacks the year and goal ID columns, or the sheet is someone else's",
  "cli.error.wouldLose":
    "{file} holds something this command cannot write back, which would be lost: {parts}. Nothing was written. Make the change in Excel with the add-in instead.",
  "cli.rollover.refused":
    "{file} has {count} errors (see above), so the year is not closed: the history would get assessments that cannot be read. Fix the errors, or run again with --force to close the year anyway.",
  "cli.rollover.forced": "Note: {count} errors in {file} were ignored (--force).",
  "cli.rollover.withoutId":
    "Note: {count} goals without a goal ID got no row in the history and kept their status, trend and comment: give them a goal ID and enter them in the history by hand.",
  "cli.rollover.keptRows":
    "Note: {count} rows of the goal table kept their status, trend and comment: they could not be placed under any goal (see the errors above), so they got no row in the history. Fix them and enter them in the history by hand.",
  "cli.rollover.done":
    "Closed {closing} and opened {year}: {goals} goals moved into the history, {cells} cells emptied in the goal table.",
  "cli.importHistory.done":
    "Imported {years} from {source}: {added} entries added, {replaced} replaced, {unchanged} unchanged.",
  "cli.wroteFile": "Wrote {file}.",
  "cli.importHistory.replaced": "Replaced: {id} {year}",
  "cli.importHistory.unknown": "Note: {count} goals of {source} no longer exist and were not imported: {ids}",
  "cli.importHistory.kept":
    "Note: {count} history entries were kept as they were, because the status or trend in {source} could not be read: {ids}",
  "cli.importHistory.refused":
    "{source} has {count} errors (see above), so the history is not imported: a status that cannot be read would become an empty assessment. Fix the errors, or run again with --force to import it anyway.",
  "cli.importHistory.forced": "Note: {count} errors in {source} were ignored (--force).",
  "cli.error.sourceNoYear":
    "{source} has no valid follow-up year (four digits), so its assessments cannot be given a year in the history",
};
