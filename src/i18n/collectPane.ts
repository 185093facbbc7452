// Strings of the pane's "Samla in svar" panel (src/taskpane/components/CollectPanel.tsx) and of
// its reader of returned files (src/taskpane/collectReturns.ts). Part of the collect table
// (collectStrings.ts), which the pane loads with the panel, so the first load carries none of
// them. Add keys to `sv` first; `en` must then have the same keys.
export const sv = {
  "tpc.reading": "Läser fil {index} av {count}: {file}…",
  "tpc.previewTitle": "Förhandsgranskning",
  "tpc.previewIntro":
    "Inget har ändrats ännu. Verkställ för in {cells} i arbetsboken (måltabellen och indikatorbladet); konflikter och det som inte kan föras in lämnas som huvudfilen har dem.",
  "tpc.nothingToTake": "Det finns inget att föra in: arbetsboken ändras inte om du verkställer.",
  "tpc.noLines": "Inga ändringar.",
  "tpc.apply": "Verkställ",
  "tpc.appliedTitle": "Svaren är insamlade",
  "tpc.applied": "{cells} skrivna i arbetsboken.",
  "tpc.leftOver": "Konflikterna och det som inte fördes in står i listan ovan; huvudfilens värden behölls.",
  "tpc.changedTitle": "Arbetsboken har ändrats sedan förhandsgranskningen",
  "tpc.changed":
    "Ingenting skrevs. Måltabellen har ändrats (rader flyttade eller sorterade, värden ändrade) sedan förhandsgranskningen. Granska den nya förhandsgranskningen nedan och verkställ igen.",
  "tpc.cells.one": "{count} cell",
  "tpc.cells.other": "{count} celler",
  "tpc.unreadable.tooLarge": "filen är större än {max} MB",
  "tpc.unreadable.inflates": "filen packas upp till mer än {max} MB",
  "tpc.unreadable.notWorkbook": "den är ingen Excel-arbetsbok i .xlsx-format",
  "tpc.unreadable.damaged": "filen är skadad",
  "tpc.unreadable.noGoalTable": "den har ingen måltabell",
  "tpc.split.making": "Skapar fil {index} av {count}: {file}…",
  "tpc.split.doneTitle": "Filerna till de ansvariga är skapade och erbjuds för hämtning",
  "tpc.split.downloaded":
    "{count} arbetsböcker i {zip}. Packa upp den, skicka varje fil till sin ansvariga och samla in svaren här när de kommer tillbaka. Finns filen inte bland dina hämtade filer tillåter Excel inte nedladdningar här; dela då upp arbetsboken på kommandoraden: maluppfoljning split ARBETSBOK.xlsx --out-dir MAPP",
  "tpc.split.errors":
    "Obs! Måltabellen har {count} fel (se Kontrollera): en status eller trend som inte kan läsas skickas som tom cell, och huvudfilens cell behålls vid insamlingen.",
  "tpc.split.noDownloadTitle": "Excel här låter inte tillägget hämta filer",
  "tpc.split.noDownload": "Ingen fil hämtades. Dela upp arbetsboken på kommandoraden i stället:",
  "tpc.split.noGoals": "Måltabellen har inga mål att dela upp.",
  "tpc.split.zipName": "{organisation} {year} per ansvarig",
  "tpc.split.tooLong":
    "Texten i {cell} har {length} tecken, fler än de {max} som en cell rymmer. Korta den och dela upp igen; ingen fil hämtades.",
};

export const en: Record<keyof typeof sv, string> = {
  "tpc.reading": "Reading file {index} of {count}: {file}…",
  "tpc.previewTitle": "Preview",
  "tpc.previewIntro":
    "Nothing has changed yet. Apply writes {cells} into the workbook (the goal table and the indicator sheet); conflicts and what cannot be applied stay as the main workbook has them.",
  "tpc.nothingToTake": "There is nothing to take: applying leaves the workbook unchanged.",
  "tpc.noLines": "No changes.",
  "tpc.apply": "Apply",
  "tpc.appliedTitle": "The returns are collected",
  "tpc.applied": "{cells} written to the workbook.",
  "tpc.leftOver":
    "The conflicts and what was not applied are listed above; the main workbook's values were kept.",
  "tpc.changedTitle": "The workbook has changed since the preview",
  "tpc.changed":
    "Nothing was written. The goal table has changed (rows moved or sorted, values edited) since the preview. Look at the new preview below and apply again.",
  "tpc.cells.one": "{count} cell",
  "tpc.cells.other": "{count} cells",
  "tpc.unreadable.tooLarge": "the file is larger than {max} MB",
  "tpc.unreadable.inflates": "the file unpacks to more than {max} MB",
  "tpc.unreadable.notWorkbook": "it is not an Excel workbook in .xlsx format",
  "tpc.unreadable.damaged": "the file is damaged",
  "tpc.unreadable.noGoalTable": "it has no goal table",
  "tpc.split.making": "Making file {index} of {count}: {file}…",
  "tpc.split.doneTitle": "The files for the responsible bodies are made and offered for download",
  "tpc.split.downloaded":
    "{count} workbooks in {zip}. Unpack it, send each file to its responsible body and collect the returns here when they come back. If the file is not among your downloads, Excel does not allow downloads here; then split the workbook on the command line: maluppfoljning split WORKBOOK.xlsx --out-dir FOLDER",
  "tpc.split.errors":
    "Note: the goal table has {count} errors (see Validate): a status or trend that cannot be read is sent as an empty cell, and the main workbook's cell is kept when collecting.",
  "tpc.split.noDownloadTitle": "This Excel does not let the add-in download files",
  "tpc.split.noDownload": "No file was downloaded. Split the workbook on the command line instead:",
  "tpc.split.noGoals": "The goal table has no goals to split.",
  "tpc.split.zipName": "{organisation} {year} by responsible body",
  "tpc.split.tooLong":
    "The text in {cell} has {length} characters, more than the {max} a cell holds. Shorten it and split again; no file was downloaded.",
};
