// Strings of the summary sheet's comparison with the comparison year (src/plan/summary/
// comparison.ts and the comparison sentence's notes in reportText.ts). A table of its own
// (comparisonSheetStrings.ts), so the task pane's first load does not carry them: the sheet is
// drawn by the adapter, which loads with the first job. Keys start with "cs."; add keys to `sv`
// first; `en` must then have the same keys.
export const sv = {
  "cs.comparisonTitle": "Jämförelse med {year}: {program}",
  "cs.comparisonYear": "Bedömningarna {year} av målen med en rad för {year} i historiken",
  "cs.outcome.improved": "Bättre",
  "cs.outcome.worsened": "Sämre",
  "cs.outcome.unchanged": "Samma",
  "cs.outcome.notComparable": "Går inte att jämföra",
  "cs.outcomeCorner": "Bedömning jämfört med {year}",
  "cs.comparisonNote":
    "Jämförelsen är en formel över tabellerna ovan, som räknas från kolumnerna Status och Trend förra året i måltabellen: den följer ändringar i måltabellen och i historiken.",
  "cs.comparisonNoteStatic":
    "Jämförelsen skrevs när bladet skapades (måltabellen saknar kolumnerna för förra året) och följer inte ändringar förrän sammanfattningen skapas om.",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "cs.comparisonTitle": "Compared with {year}: {program}",
  "cs.comparisonYear": "The {year} assessments of the goals with a {year} row in the history",
  "cs.outcome.improved": "Better",
  "cs.outcome.worsened": "Worse",
  "cs.outcome.unchanged": "Same",
  "cs.outcome.notComparable": "Cannot be compared",
  "cs.outcomeCorner": "Assessment compared with {year}",
  "cs.comparisonNote":
    "The comparison is a formula over the tables above, counted from the goal table's last-year status and trend columns: it follows edits of the goal table and of the history.",
  "cs.comparisonNoteStatic":
    "The comparison was written when the sheet was made (the goal table has no last-year columns) and does not follow edits until the summary is made again.",
};
