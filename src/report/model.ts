// The report to the executive board as data: per programme a heading, the report text, the
// summary table and the status × trend table, the comparison with earlier years where the goals
// have history, and the source and year. Every sentence and figure comes from the functions
// `maluppfoljning summary` prints with (programReportText, comparisonText, the table model of
// src/plan/summary and src/present), so the document says exactly what the summary says; only
// the rendering (Word in docx.ts, a clipboard table in clipboard.ts) differs.
// Pure: no Node, no Office, no React, so the CLI and the pane build the same document.
import {
  comparisonText,
  indicatorFiguresText,
  programReportText,
  statusLabel,
  structureSuggestions,
  summarize,
  summarizeHistory,
  trendLabel,
  type GoalStructure,
  type GoalSuggestionView,
  type Lang,
  type ProgramHistory,
  type ProgramSummary,
  type Summary,
} from "../domain";
import { t as tAll } from "../i18n";
import { t } from "../i18n/reportStrings";
import { areaTable, statusTrendTable, withDoneColumn, type SummaryTable } from "../plan/summary";
import { cliWording, historyTable, percent, transitionTable } from "../present";
import { responsibleSummaryTable } from "../present/responsible";

/** What a report is built from: the summary and comparison `summary` prints, and the file's facts. */
export interface ReportInput {
  organisation: string;
  year: number;
  /** The document the structure names as its source, if any. */
  source: string | null;
  summary: Summary;
  /** summarizeHistory() of the same goals, per programme (matched by id). */
  history: readonly ProgramHistory[];
  /** The indicators' suggestions (structureSuggestions), as `summary --format json` lists them. */
  suggestions?: readonly GoalSuggestionView[];
}

/** A table as a document shows it: a header row, then body rows; the first column labels the row. */
export interface ReportTable {
  header: string[];
  rows: { cells: string[]; total: boolean }[];
}

export type ReportBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; caption: string; table: ReportTable };

export interface ReportModel {
  lang: Lang;
  /** The document language, as Word names it. */
  languageTag: "sv-SE" | "en-US";
  title: string;
  subject: string;
  organisation: string;
  blocks: ReportBlock[];
}

/** The report's input for a structure: summarize() and summarizeHistory(), as `summary` computes them. */
export function reportInputOf(s: GoalStructure): ReportInput {
  return {
    organisation: s.organisation,
    year: s.year,
    source: s.source ?? null,
    summary: summarize(s),
    history: summarizeHistory(s),
    suggestions: structureSuggestions(s),
  };
}

/** "Gul, Uppåt": a status and a trend as the document writes them ("" for neither). */
function assessment(
  v: { status: GoalSuggestionView["status"]; trend: GoalSuggestionView["trend"] },
  lang: Lang,
): string {
  return [
    v.status === null ? null : statusLabel(v.status, lang),
    v.trend === null ? null : trendLabel(v.trend, lang),
  ]
    .filter((x): x is string => x !== null)
    .join(", ");
}

const SUGGESTION_COLUMNS = [
  "rep.col.assessed",
  "rep.col.suggested",
  "rep.col.differs",
  "rep.col.figures",
] as const;

/** A programme's goals with a suggestion: the assessment beside it, and the figures behind it. */
export function suggestionReportTable(views: readonly GoalSuggestionView[], lang: Lang): ReportTable {
  return {
    header: [tAll(lang, "wb.col.id"), ...SUGGESTION_COLUMNS.map((k) => t(lang, k))],
    rows: views.map((v) => ({
      cells: [
        v.goalId,
        assessment(v.official, lang),
        assessment(v, lang),
        // In words: the document carries no meaning by colour alone.
        v.differs ? tAll(lang, "domain.done.yes") : t(lang, "rep.no"),
        v.indicators.map((f) => indicatorFiguresText(f, lang)).join("; "),
      ],
      total: false,
    })),
  };
}

/** A count as `summary --format markdown` prints it: plain digits, nothing for no figure. */
function count(n: number | null): string {
  return n === null ? "" : String(n);
}

/** A table of the summary model (or the per-responsible table) with its label column first; the total row marked. */
export function reportTable(
  table: Pick<SummaryTable, "corner" | "rows"> & { columns: readonly { label: string }[] },
): ReportTable {
  return {
    header: [table.corner, ...table.columns.map((c) => c.label)],
    rows: table.rows.map((r) => ({ cells: [r.label, ...r.values.map(count)], total: r.role === "total" })),
  };
}

/** The programme's area table with the share row `summary --format markdown` adds under it. */
export function areaReportTable(p: ProgramSummary, lang: Lang): ReportTable {
  const wording = cliWording(lang);
  const areas = areaTable(p, wording);
  const out = reportTable(withDoneColumn(areas, wording.done));
  const shares = areas.rows[areas.rows.length - 1].shares ?? [];
  out.rows.push({
    cells: [t(lang, "rep.share"), ...shares.map((x) => (x === null ? "" : percent(x, lang))), ""],
    total: false,
  });
  return out;
}

/** The programme's status × trend table, its total row included. */
export function statusTrendReportTable(p: ProgramSummary, lang: Lang): ReportTable {
  return reportTable(statusTrendTable(p, cliWording(lang)));
}

function sourceLine(input: ReportInput, lang: Lang): string {
  const year = String(input.year);
  return input.source
    ? t(lang, "rep.source", { source: input.source, year })
    : t(lang, "rep.sourceOwn", { organisation: input.organisation, year });
}

/** The whole report in `lang`. */
export function reportModel(input: ReportInput, lang: Lang): ReportModel {
  const year = String(input.year);
  const blocks: ReportBlock[] = [];
  let tableNumber = 0;
  const table = (
    key:
      | "rep.caption.areas"
      | "rep.caption.statusTrend"
      | "rep.caption.history"
      | "rep.caption.transitions"
      | "rep.caption.responsible"
      | "rep.caption.suggestions",
    program: string,
    body: ReportTable,
    extra: Record<string, string> = {},
  ): void => {
    tableNumber += 1;
    const caption = t(lang, key, { n: tableNumber, program, year, ...extra });
    blocks.push({ kind: "table", caption, table: body });
  };
  const wording = cliWording(lang);
  for (const p of input.summary.programs) {
    blocks.push({ kind: "heading", level: 1, text: p.name });
    blocks.push({ kind: "paragraph", text: programReportText(p, lang) });
    table("rep.caption.areas", p.name, areaReportTable(p, lang));
    table("rep.caption.statusTrend", p.name, statusTrendReportTable(p, lang));
    const h = input.history.find((x) => x.id === p.id);
    if (h !== undefined && h.comparison !== null) {
      blocks.push({ kind: "heading", level: 2, text: t(lang, "rep.comparison") });
      blocks.push({ kind: "paragraph", text: comparisonText(h.comparison, lang) });
      table("rep.caption.history", p.name, reportTable(historyTable(h.history, wording, lang)));
      table(
        "rep.caption.transitions",
        p.name,
        reportTable(transitionTable(h.comparison, input.year, wording, lang)),
        { from: String(h.comparison.year), to: year },
      );
    }
    const suggested = (input.suggestions ?? []).filter((v) => v.programId === p.id);
    if (suggested.length > 0) {
      blocks.push({ kind: "heading", level: 2, text: t(lang, "rep.suggestions") });
      blocks.push({ kind: "paragraph", text: t(lang, "rep.suggestionsNote") });
      table("rep.caption.suggestions", p.name, suggestionReportTable(suggested, lang));
    }
    blocks.push({ kind: "paragraph", text: sourceLine(input, lang) });
  }
  // The roll-up per responsible body, as `summary` prints it, after the programmes.
  const bodies = responsibleSummaryTable(input.summary, wording);
  if (bodies.rows.length > 0) {
    blocks.push({ kind: "heading", level: 1, text: bodies.title ?? "" });
    table("rep.caption.responsible", "", reportTable(bodies));
  }
  return {
    lang,
    languageTag: lang === "sv" ? "sv-SE" : "en-US",
    title: t(lang, "rep.title", { organisation: input.organisation, year }),
    subject: t(lang, "rep.subject"),
    organisation: input.organisation,
    blocks,
  };
}
