// Strings for reading an earlier workbook (.xlsx) as the source of the task pane's history import
// (src/taskpane/historyWorkbook.ts): why a file cannot be a source, and what confirming means.
// Keys start with "hf." so they cannot collide with other sections. Add keys to `sv` first; `en`
// must then have the same keys. They load with the reader, not with the pane's first load.
export const sv = {
  "hf.tooLarge":
    "{file} är {size} MB, större än de {max} MB som kan importeras här. Välj förra årets arbetsbok eller en JSON-fil med dess uppföljning.",
  "hf.inflatesTooLarge":
    "{file} blir för stor när den packas upp för att kunna läsas här (över {max} MB). Välj förra årets arbetsbok eller en JSON-fil med dess uppföljning.",
  "hf.empty": "{file} är tom (0 byte), inte en Excel-arbetsbok.",
  "hf.notZip":
    "{file} är ingen Excel-arbetsbok: namnet slutar på .xlsx men innehållet är något annat. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx), eller välj en JSON-fil.",
  "hf.damaged":
    "{file} kan inte öppnas som Excel-arbetsbok: filen är skadad eller ofullständig. Spara den på nytt från Excel och välj den igen.",
  "hf.notWorkbook":
    "{file} är ingen Excel-arbetsbok (kanske ett annat Office-dokument med fel namn). Välj förra årets arbetsbok från Måluppföljning.",
  "hf.noGoalTable":
    "{file} har ingen måltabell från Måluppföljning: varken tabellen {table} eller en tabell med kolumnerna {columns}. Välj förra årets arbetsbok eller en JSON-fil.",
  "hf.missingColumns": "Måltabellen i {file} saknar kolumnerna {columns}.",
  "hf.noYear":
    "{file} har inget giltigt uppföljningsår (fyra siffror) vid ”År” i tabellen {table}, så dess bedömningar kan inte föras till något år i historiken. Skriv in året i filen och försök igen.",
  "hf.errors":
    "{file} har fel ({count} st): {list}. En status eller trend som inte går att läsa blir ingen bedömning i historiken, och en post som historiken redan har för det året behålls då. Rätta felen i filen och välj den igen, eller bekräfta för att importera ändå.",
  "hf.failed": "{file} kunde inte importeras",
  "hf.confirmTitle": "Filen har fel",
  "hf.confirm": "Importera ändå",
  "hf.overridden": "Importerad trots {errors} i filen.",
  "hf.kept": "Historiken behöll sin post för {ids}: status eller trend i filen gick inte att läsa.",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "hf.tooLarge":
    "{file} is {size} MB, larger than the {max} MB that can be imported here. Choose last year's workbook or a JSON file with its follow-up.",
  "hf.inflatesTooLarge":
    "{file} grows too large when unpacked to be read here (over {max} MB). Choose last year's workbook or a JSON file with its follow-up.",
  "hf.empty": "{file} is empty (0 bytes), not an Excel workbook.",
  "hf.notZip":
    "{file} is not an Excel workbook: its name ends in .xlsx but its content is something else. Open it in Excel and save it as an Excel workbook (.xlsx), or choose a JSON file.",
  "hf.damaged":
    "{file} cannot be opened as an Excel workbook: the file is damaged or incomplete. Save it again from Excel and choose it again.",
  "hf.notWorkbook":
    "{file} is not an Excel workbook (perhaps another Office document with the wrong name). Choose last year's workbook from Måluppföljning.",
  "hf.noGoalTable":
    "{file} has no goal table from Måluppföljning: neither the table {table} nor a table with the columns {columns}. Choose last year's workbook or a JSON file.",
  "hf.missingColumns": "The goal table in {file} lacks the columns {columns}.",
  "hf.noYear":
    "{file} has no valid follow-up year (four digits) at “Year” in the table {table}, so its assessments cannot be given a year in the history. Enter the year in the file and try again.",
  "hf.errors":
    "{file} has errors ({count}): {list}. A status or trend that cannot be read becomes no assessment in the history, and an entry the history already holds for that year is then kept. Fix the errors in the file and choose it again, or confirm to import anyway.",
  "hf.failed": "{file} could not be imported",
  "hf.confirmTitle": "The file has errors",
  "hf.confirm": "Import anyway",
  "hf.overridden": "Imported despite {errors} in the file.",
  "hf.kept": "The history kept its entry for {ids}: the status or trend in the file could not be read.",
};
