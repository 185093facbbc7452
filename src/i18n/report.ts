// Strings of the report document (src/report/): what the CLI's `report` writes and the pane's
// "Skapa rapport" builds. A table of its own (reportStrings.ts) so that the task pane's first load
// does not carry them; the pane's buttons and messages are tp.* keys (taskpane.ts). Add keys to
// `sv` first; `en` must then have the same keys.
export const sv = {
  "rep.title": "Rapport: {organisation} – måluppföljning {year}",
  "rep.subject": "Måluppföljning per program: status, trend och rapporttext",
  "rep.caption.areas":
    "Tabell {n}. {program}: antal mål per målområde, status, trend och klarmarkering ({year})",
  "rep.caption.statusTrend": "Tabell {n}. {program}: status × trend ({year})",
  "rep.caption.history": "Tabell {n}. {program}: tidigare års bedömningar",
  "rep.caption.transitions": "Tabell {n}. {program}: status {from} och status {to}",
  "rep.caption.responsible": "Tabell {n}. Antal mål per ansvarig, status, trend och klarmarkering ({year})",
  "rep.share": "Andel av målen",
  "rep.comparison": "Jämförelse med tidigare år",
  "rep.source": "Källa: {source}. Uppföljningsår: {year}.",
  "rep.sourceOwn": "Källa: måluppföljningen {year}, {organisation}.",
  "rep.pane.copyTable": "Kopiera tabell",
  "rep.pane.copyTableName": "Kopiera tabell: {program}",
  "rep.pane.copied":
    "Tabellerna för {program} är kopierade. Klistra in dem i Word: de blir riktiga tabeller.",
  "rep.pane.copiedText":
    "Tabellerna för {program} är kopierade som text med tabbar (Excel tog inte emot HTML här). I Word: Tabell › Konvertera › Text till tabell.",
  "rep.pane.copyFailed":
    "Excel lät inte tillägget skriva till Urklipp här. Använd Skapa rapport, eller kommandoraden: maluppfoljning summary ARBETSBOK.xlsx --format markdown",
  "rep.pane.make": "Skapa rapport",
  "rep.pane.making": "Rapporten skapas …",
  "rep.pane.fileName": "rapport-{year}.docx",
  "rep.pane.downloaded":
    "Rapporten {file} är skapad och hämtas. Hittar du den inte bland dina hämtade filer tillåter Excel inte nedladdningar här; skapa den då med kommandoraden: maluppfoljning report ARBETSBOK.xlsx --out {file}",
  "rep.pane.noDownload":
    "Excel tillåter inte nedladdningar från tillägget här. Skapa rapporten med kommandoraden: maluppfoljning report ARBETSBOK.xlsx --out {file}",
  "rep.pane.failed": "Rapporten kunde inte skapas ({detail}). Arbetsboken har inte ändrats.",
  "rep.suggestions": "Förslag från indikatorerna",
  "rep.suggestionsNote":
    "Förslagen räknas fram av Måluppföljning ur nyckeltalen (framsteg mot målet och utvecklingen de senaste åren); bedömningen är den ansvariges.",
  "rep.caption.suggestions": "Tabell {n}. {program}: bedömning och indikatorernas förslag per mål ({year})",
  "rep.col.assessed": "Bedömning",
  "rep.col.suggested": "Förslag",
  "rep.col.differs": "Skiljer sig",
  "rep.col.figures": "Nyckeltal",
  "rep.no": "Nej",
};

export const en: Record<keyof typeof sv, string> = {
  "rep.title": "Report: {organisation} – goal follow-up {year}",
  "rep.subject": "Goal follow-up per programme: status, trend and report text",
  "rep.caption.areas": "Table {n}. {program}: goals per target area, by status, trend and done mark ({year})",
  "rep.caption.statusTrend": "Table {n}. {program}: status × trend ({year})",
  "rep.caption.history": "Table {n}. {program}: assessments of earlier years",
  "rep.caption.transitions": "Table {n}. {program}: status {from} and status {to}",
  "rep.caption.responsible": "Table {n}. Goals per responsible body, by status, trend and done mark ({year})",
  "rep.share": "Share of goals",
  "rep.comparison": "Comparison with earlier years",
  "rep.source": "Source: {source}. Follow-up year: {year}.",
  "rep.sourceOwn": "Source: goal follow-up {year}, {organisation}.",
  "rep.pane.copyTable": "Copy table",
  "rep.pane.copyTableName": "Copy table: {program}",
  "rep.pane.copied": "The tables of {program} are copied. Paste them into Word: they become real tables.",
  "rep.pane.copiedText":
    "The tables of {program} are copied as text with tabs (Excel did not take HTML here). In Word: Table › Convert › Text to Table.",
  "rep.pane.copyFailed":
    "Excel did not let the add-in write to the clipboard here. Use Create report, or the command line: maluppfoljning summary WORKBOOK.xlsx --format markdown",
  "rep.pane.make": "Create report",
  "rep.pane.making": "Creating the report …",
  "rep.pane.fileName": "report-{year}.docx",
  "rep.pane.downloaded":
    "The report {file} is created and downloading. If it is not among your downloads, Excel does not allow downloads here; create it with the command line instead: maluppfoljning report WORKBOOK.xlsx --out {file}",
  "rep.pane.noDownload":
    "Excel does not allow downloads from the add-in here. Create the report with the command line: maluppfoljning report WORKBOOK.xlsx --out {file}",
  "rep.pane.failed": "The report could not be created ({detail}). The workbook has not been changed.",
  "rep.suggestions": "Suggested by the indicators",
  "rep.suggestionsNote":
    "The suggestions are computed by Måluppföljning from the indicators (progress toward the target and the development of recent years); the assessment is the responsible body's.",
  "rep.caption.suggestions":
    "Table {n}. {program}: assessment and the indicators' suggestion per goal ({year})",
  "rep.col.assessed": "Assessment",
  "rep.col.suggested": "Suggestion",
  "rep.col.differs": "Differs",
  "rep.col.figures": "Indicators",
  "rep.no": "No",
};
