// Strings of the pane's list of suggestions in the summary section (SuggestionSummary.tsx), a
// chunk loaded with the list (through suggestPaneStrings.ts), so the first load does not carry
// them. Add keys to `sv` first; `en` must then have the same keys. Keys start with "sp.".
export const sv = {
  "sp.title": "Förslag från indikatorerna",
  "sp.count": "Mål med förslag: {goals}, varav {differ} skiljer sig från bedömningen.",
  "sp.onlySuggestion": "Förslagen är bara förslag: statusen och trenden i måltabellen är tjänstepersonernas.",
  "sp.goal": "{id}: bedömt {official}, förslag {suggested}",
  "sp.differs": "skiljer sig",
  "sp.fromColumns":
    "Från kolumnerna Förslag status och Förslag trend (arbetsboken har inga indikatorvärden).",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "sp.title": "Suggested by the indicators",
  "sp.count": "Goals with a suggestion: {goals}, of which {differ} differ from the assessment.",
  "sp.onlySuggestion":
    "Suggestions are only suggestions: the status and trend in the goal table are the officials'.",
  "sp.goal": "{id}: assessed {official}, suggested {suggested}",
  "sp.differs": "differs",
  "sp.fromColumns":
    "From the Suggested status and Suggested trend columns (the workbook holds no indicator values).",
};
