// Strings for what the CLI, the task pane and the ribbon all show (src/present/): count labels,
// difference field names, one issue line. Keys start with "present." because all sections share
// one key space; the CLI's own strings (cli.ts) stay out of the task pane's bundle.
export const sv = {
  "present.field.total": "antal mål",
  "present.severity.error": "fel",
  "present.severity.warning": "varning",
  "present.severity.info": "info",
  "present.fix": "förslag: ”{suggestion}”",
  "present.fixEmpty": "förslag: töm cellen",
  "present.total": "Antal",
  "present.history.transitions": "Status {from} (rader) → {to} (kolumner)",
};

export const en: Record<keyof typeof sv, string> = {
  "present.field.total": "goals",
  "present.severity.error": "error",
  "present.severity.warning": "warning",
  "present.severity.info": "info",
  "present.fix": "fix: “{suggestion}”",
  "present.fixEmpty": "fix: empty the cell",
  "present.total": "Goals",
  "present.history.transitions": "Status {from} (rows) → {to} (columns)",
};
