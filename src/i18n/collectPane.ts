// Strings of the pane's "Samla in svar" panel (src/taskpane/components/CollectPanel.tsx) and of
// its reader of returned files (src/taskpane/collectReturns.ts). Part of the collect table
// (collectStrings.ts), which the pane loads with the panel, so the first load carries none of
// them. Add keys to `sv` first; `en` must then have the same keys.
export const sv = {
  "tpc.reading": "Läser fil {index} av {count}: {file}…",
  "tpc.previewTitle": "Förhandsgranskning",
  "tpc.previewIntro":
    "Inget har ändrats ännu. Verkställ för in {cells} i måltabellen; konflikter och det som inte kan föras in lämnas som huvudfilen har dem.",
  "tpc.nothingToTake": "Det finns inget att föra in: måltabellen ändras inte om du verkställer.",
  "tpc.noLines": "Inga ändringar.",
  "tpc.apply": "Verkställ",
  "tpc.appliedTitle": "Svaren är insamlade",
  "tpc.applied": "{cells} skrivna i måltabellen.",
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
};

export const en: Record<keyof typeof sv, string> = {
  "tpc.reading": "Reading file {index} of {count}: {file}…",
  "tpc.previewTitle": "Preview",
  "tpc.previewIntro":
    "Nothing has changed yet. Apply writes {cells} into the goal table; conflicts and what cannot be applied stay as the main workbook has them.",
  "tpc.nothingToTake": "There is nothing to take: applying leaves the goal table unchanged.",
  "tpc.noLines": "No changes.",
  "tpc.apply": "Apply",
  "tpc.appliedTitle": "The returns are collected",
  "tpc.applied": "{cells} written to the goal table.",
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
};
