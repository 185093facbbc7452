// Strings of the report document (src/report/): what the CLI's `report` writes and the pane's
// "Skapa rapport" builds. A table of its own (reportStrings.ts) so that the task pane's first load
// does not carry them; the pane's buttons and messages are tp.* keys (taskpane.ts). Add keys to
// `sv` first; `en` must then have the same keys.
export const sv = {
  "rep.title": "Rapport: {organisation} – måluppföljning {year}",
  "rep.subject": "Måluppföljning per program: status, trend och rapporttext",
  "rep.caption.areas": "Tabell {n}. {program}: antal mål per målområde, status och trend ({year})",
  "rep.caption.statusTrend": "Tabell {n}. {program}: status × trend ({year})",
  "rep.caption.history": "Tabell {n}. {program}: tidigare års bedömningar",
  "rep.caption.transitions": "Tabell {n}. {program}: status {from} och status {to}",
  "rep.share": "Andel av målen",
  "rep.comparison": "Jämförelse med tidigare år",
  "rep.source": "Källa: {source}. Uppföljningsår: {year}.",
  "rep.sourceOwn": "Källa: måluppföljningen {year}, {organisation}.",
};

export const en: Record<keyof typeof sv, string> = {
  "rep.title": "Report: {organisation} – goal follow-up {year}",
  "rep.subject": "Goal follow-up per programme: status, trend and report text",
  "rep.caption.areas": "Table {n}. {program}: goals per target area, by status and trend ({year})",
  "rep.caption.statusTrend": "Table {n}. {program}: status × trend ({year})",
  "rep.caption.history": "Table {n}. {program}: assessments of earlier years",
  "rep.caption.transitions": "Table {n}. {program}: status {from} and status {to}",
  "rep.share": "Share of goals",
  "rep.comparison": "Comparison with earlier years",
  "rep.source": "Source: {source}. Follow-up year: {year}.",
  "rep.sourceOwn": "Source: goal follow-up {year}, {organisation}.",
};
