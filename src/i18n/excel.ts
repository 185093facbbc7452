// Strings for the excel section: what the Office.js adapter (src/excel/) tells the user when
// something in the workbook or in Excel stands in the way. Keys start with "xl." so they cannot
// collide with other sections. Add keys to `sv` first; `en` must then have the same keys.
// Every message says what happened, whether the workbook changed, and what to do next.
export const sv = {
  "xl.requirements.missing":
    "Den här versionen av Excel saknar {sets}, som behövs för {features}. Använd Microsoft 365, Excel 2019 eller senare, eller Excel på webben. Arbetsboken har inte ändrats.",
  "xl.feature.base": "att läsa och skriva måltabellen",
  "xl.feature.conditionalFormats": "färgmarkering av status och trend (villkorsstyrd formatering)",
  "xl.feature.validation": "listor för status och trend (dataverifiering)",
  "xl.feature.joiner": " och ",

  "xl.error.protectedSheet":
    "Bladet {sheet} är skyddat, så tillägget kan inte skriva där. Ta bort skyddet (Granska > Ta bort bladskydd) och försök igen.",
  "xl.error.filteredTable":
    "Måltabellen på bladet {sheet} är filtrerad, och tillägget skriver inte i en filtrerad tabell (värden kan hamna på fel rader). Inget har ändrats. Visa alla rader (Data > Rensa filter), kör kommandot igen och filtrera sedan på nytt.",
  "xl.error.tableChanged":
    "Tabellen på bladet {sheet} ändrades medan kommandot körde (någon sorterade den eller infogade rader). Tillägget lade tillbaka det som det hann skriva, så ingen rad har fått fel värden. Kör kommandot igen.",
  "xl.error.tableChangedPartly":
    "Tabellen på bladet {sheet} ändrades medan kommandot körde (någon sorterade den eller infogade rader). Det som skrevs före ändringen står på rätt rader, och det som skrevs efter den har lagts tillbaka. Kör kommandot igen för att slutföra det.",
  "xl.error.tableChangedCheck":
    "Tabellen på bladet {sheet} ändrades medan kommandot körde (någon sorterade den eller infogade rader). Kontrollera raderna {rows} (skriv adressen i namnrutan): de kan ha fått fel värden. Kör kommandot igen.",
  "xl.error.structureProtected":
    "Arbetsbokens struktur är skyddad, så tillägget kan inte lägga till bladet {sheet}. Inget har ändrats. Ta bort skyddet (Granska > Skydda arbetsbok) och försök igen.",
  "xl.error.sheetNameTaken":
    "Det finns redan ett blad som heter {sheet} och som inte skapades av Måluppföljning. Byt namn på det bladet och försök igen; tillägget rör inte bladet.",
  // A table an admin renamed is reported as missing too: the Excel name is given for finding it.
  "xl.error.tableMissing":
    "Tillägget hittar ingen måltabell (Excel-tabellen {table}) i arbetsboken. Läs in målstrukturen först (Läs in målstruktur i panelen). Har tabellen bytt namn, ge den namnet {table} igen.",
  "xl.error.tableMissingOnSheet":
    "Tillägget hittar inte måltabellen (Excel-tabellen {table}) på bladet {sheet}. Läs in målstrukturen först (Läs in målstruktur i panelen). Har tabellen bytt namn, ge den namnet {table} igen.",
  "xl.error.goalSheetWithoutTable":
    "Bladet {sheet} har ingen måltabell längre men innehåller data, som tillägget inte rör. Byt namn på bladet, eller gör om området till en tabell igen (Infoga > Tabell) med namnet {table}, och försök igen.",
  "xl.error.headerMissing":
    "Måltabellen på bladet {sheet} saknar kolumnerna {columns}. Ge kolumnerna sina rubriker igen eller läs in målstrukturen på nytt.",
  "xl.error.badAddress": "{address} är ingen cell som tillägget kan markera.",
  "xl.error.sheetMissing": "Bladet {sheet} finns inte längre i arbetsboken. Kör Validera igen.",
  "xl.error.invalidStructure": "Målstrukturen har fel och lästes inte in: {reason}",

  "xl.sync.unchanged":
    "Excel kunde inte slutföra {operation} ({reason}). Inget hann ändras. Det går bra att försöka igen.",
  "xl.sync.partial":
    "Excel avbröt {operation} halvvägs ({reason}). En del av ändringarna är gjorda. Försök igen: kommandot gör klart det som saknas och ändrar inget som redan är rätt, och rör aldrig status, trend eller kommentarer.",
  "xl.sync.unknown":
    "Excel avbröt {operation} ({reason}), och det går inte att veta hur mycket som hann ändras. Försök igen när Excel svarar: kommandot gör klart det som saknas och ändrar inget som redan är rätt.",
  "xl.sync.reason.connection": "anslutningen bröts",
  "xl.sync.reason.protected": "ett blad är skyddat",
  "xl.sync.reason.tooLarge": "begäran var för stor",
  "xl.sync.reason.responseTooLarge": "svaret från Excel blev för stort",
  "xl.sync.reason.other": "felkod {code}",

  "xl.op.load": "inläsningen av målstrukturen",
  "xl.op.validate": "valideringen",
  "xl.op.fix": "rättningen",
  "xl.op.format": "formateringen",
  "xl.op.summary": "uppdateringen av sammanfattningen",
  "xl.op.select": "markeringen av cellen",
  "xl.op.rollover": "bytet till nytt uppföljningsår",
  "xl.op.historyImport": "importen av historik",
  "xl.op.collect": "insamlingen av svar",
  "xl.op.split": "läsningen av målen att dela upp",
  "xl.op.kolada": "hämtningen från Kolada",

  "xl.error.historyMissing":
    "Arbetsboken har ingen historiktabell (Excel-tabellen {table}). Läs in målstrukturen igen (Läs in målstruktur i panelen): inläsningen lägger till historikbladet och ändrar ingen status, trend eller kommentar.",
  "xl.error.historyHeaders":
    "Historiktabellen på bladet {sheet} saknar kolumnen för år eller mål-ID. Ge kolumnerna sina rubriker igen och försök på nytt.",
  "xl.error.noYear":
    "Arbetsboken anger inget uppföljningsår (informationstabellen på strukturbladet). Läs in målstrukturen igen och försök sedan på nytt. Inget har ändrats.",
  "xl.rollover.yearNotLater":
    "Det nya uppföljningsåret ({requested}) måste vara senare än arbetsbokens år ({current}). Inget har ändrats.",
  "xl.rollover.errors":
    "Valideringen hittar fel i arbetsboken ({count} st): {list}. Rätta dem först (Validera i panelen), eller bekräfta för att stänga året ändå: en status eller trend som inte går att läsa sparas då i historiken som den står, där valideringen visar den. Inget har ändrats.",
  "xl.rollover.duplicateIds":
    "Flera mål har samma mål-ID ({ids}). Ge varje mål ett eget ID innan året stängs, annars hamnar deras bedömningar på samma rad i historiken. Inget har ändrats.",
  "xl.rollover.historyColumns":
    "Historiktabellen på bladet {sheet} saknar kolumnen för {fields}, så årets bedömningar skulle gå förlorade. Lägg tillbaka kolumnen och försök igen. Inget har ändrats.",
  "xl.rollover.moreErrors": "och {count} till",
  "xl.import.notEarlier":
    "Uppföljningen i filen gäller {source}, som inte är före arbetsbokens år ({target}). Välj en uppföljning från ett tidigare år. Inget har ändrats.",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "xl.requirements.missing":
    "This version of Excel lacks {sets}, which is needed for {features}. Use Microsoft 365, Excel 2019 or later, or Excel on the web. The workbook was not changed.",
  "xl.feature.base": "reading and writing the goal table",
  "xl.feature.conditionalFormats": "colouring status and trend (conditional formatting)",
  "xl.feature.validation": "status and trend drop-down lists (data validation)",
  "xl.feature.joiner": " and ",

  "xl.error.protectedSheet":
    "The sheet {sheet} is protected, so the add-in cannot write there. Unprotect it (Review > Unprotect Sheet) and try again.",
  "xl.error.filteredTable":
    "The goal table on the sheet {sheet} is filtered, and the add-in does not write into a filtered table (values could land in the wrong rows). Nothing was changed. Show all rows (Data > Clear filter), run the command again, then filter again.",
  "xl.error.tableChanged":
    "The table on the sheet {sheet} changed while the command ran (someone sorted it or inserted rows). The add-in put back what it had written, so no row got wrong values. Run the command again.",
  "xl.error.tableChangedPartly":
    "The table on the sheet {sheet} changed while the command ran (someone sorted it or inserted rows). What was written before the change is on the right rows, and what was written after it has been put back. Run the command again to complete it.",
  "xl.error.tableChangedCheck":
    "The table on the sheet {sheet} changed while the command ran (someone sorted it or inserted rows). Check the rows {rows} (type the address into the Name Box): they may have got wrong values. Run the command again.",
  "xl.error.structureProtected":
    "The workbook's structure is protected, so the add-in cannot add the sheet {sheet}. Nothing was changed. Unprotect it (Review > Protect Workbook) and try again.",
  "xl.error.sheetNameTaken":
    "There is already a sheet called {sheet} that Måluppföljning did not create. Rename that sheet and try again; the add-in leaves it alone.",
  "xl.error.tableMissing":
    "The add-in cannot find a goal table (the Excel table {table}) in the workbook. Load the goal structure first (Load goal structure in the pane). If the table was renamed, give it the name {table} again.",
  "xl.error.tableMissingOnSheet":
    "The add-in cannot find the goal table (the Excel table {table}) on the sheet {sheet}. Load the goal structure first (Load goal structure in the pane). If the table was renamed, give it the name {table} again.",
  "xl.error.goalSheetWithoutTable":
    "The sheet {sheet} no longer holds the goal table but has data, which the add-in leaves alone. Rename the sheet, or turn the range back into a table (Insert > Table) named {table}, and try again.",
  "xl.error.headerMissing":
    "The goal table on the sheet {sheet} lacks the columns {columns}. Give the columns their headers back or load the goal structure again.",
  "xl.error.badAddress": "{address} is not a cell the add-in can select.",
  "xl.error.sheetMissing": "The sheet {sheet} is no longer in the workbook. Run Validate again.",
  "xl.error.invalidStructure": "The goal structure has errors and was not loaded: {reason}",

  "xl.sync.unchanged":
    "Excel could not complete {operation} ({reason}). Nothing was changed yet. It is safe to try again.",
  "xl.sync.partial":
    "Excel stopped {operation} halfway ({reason}). Some of the changes were made. Try again: the command completes what is missing, changes nothing that is already right, and never touches status, trend or comments.",
  "xl.sync.unknown":
    "Excel stopped {operation} ({reason}), and it cannot be told how much was changed. Try again once Excel responds: the command completes what is missing and changes nothing that is already right.",
  "xl.sync.reason.connection": "the connection was lost",
  "xl.sync.reason.protected": "a sheet is protected",
  "xl.sync.reason.tooLarge": "the request was too large",
  "xl.sync.reason.responseTooLarge": "Excel's answer was too large",
  "xl.sync.reason.other": "error code {code}",

  "xl.op.load": "loading the goal structure",
  "xl.op.validate": "the validation",
  "xl.op.fix": "the corrections",
  "xl.op.format": "the formatting",
  "xl.op.summary": "refreshing the summary",
  "xl.op.select": "selecting the cell",
  "xl.op.rollover": "the change to a new follow-up year",
  "xl.op.historyImport": "the history import",
  "xl.op.collect": "collecting the returns",
  "xl.op.split": "reading the goals to split",
  "xl.op.kolada": "the fetch from Kolada",

  "xl.error.historyMissing":
    "The workbook has no history table (the Excel table {table}). Load the goal structure again (Load goal structure in the pane): the load adds the history sheet and changes no status, trend or comment.",
  "xl.error.historyHeaders":
    "The history table on the sheet {sheet} lacks the year or goal ID column. Give the columns their headers back and try again.",
  "xl.error.noYear":
    "The workbook states no follow-up year (the info table on the structure sheet). Load the goal structure again, then try again. Nothing was changed.",
  "xl.rollover.yearNotLater":
    "The new follow-up year ({requested}) must be later than the workbook's year ({current}). Nothing was changed.",
  "xl.rollover.errors":
    "The validation finds errors in the workbook ({count}): {list}. Correct them first (Validate in the pane), or confirm to close the year anyway: a status or trend that cannot be read is then kept in the history as it stands, where the validation shows it. Nothing was changed.",
  "xl.rollover.duplicateIds":
    "Several goals have the same goal ID ({ids}). Give every goal an ID of its own before closing the year, or their assessments end up on one row of the history. Nothing was changed.",
  "xl.rollover.historyColumns":
    "The history table on sheet {sheet} has no column for {fields}, so the year's assessments would be lost. Put the column back and try again. Nothing was changed.",
  "xl.rollover.moreErrors": "and {count} more",
  "xl.import.notEarlier":
    "The follow-up in the file is for {source}, which is not before the workbook's year ({target}). Choose a follow-up of an earlier year. Nothing was changed.",
};
