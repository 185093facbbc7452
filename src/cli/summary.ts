// `maluppfoljning summary [FILE] [--format json|markdown|text] [--lang sv|en]`
// Reads a goal structure (the bundled example when no FILE is given), validates it, and prints
// the counts per programme and målområde, the reconciliation against published figures and the
// report text. Input readers are chosen by file extension from a table (src/cli/input.ts), so the
// workbook code plugs in its .xlsx reader with registerInputLoader(".xlsx", …).
import { t } from "../i18n/cliStrings";
import {
  comparisonText,
  hasErrors,
  programReportText,
  share,
  STATUS_KEYS,
  structureSuggestions,
  summarize,
  summarizeHistory,
  TREND_KEYS,
} from "../domain";
import type { Counts, Issue, Lang, ProgramHistory, ProgramSummary, Summary } from "../domain";
import {
  areaTable,
  statusTrendTable,
  withDoneColumn,
  type ModelRow,
  type SummaryTable,
} from "../plan/summary";
import { md, mdCount, mdHeader, mdRow, mdTable } from "./markdown";
import {
  cliWording,
  differenceFieldName,
  issueLine as presentIssueLine,
  historyTable,
  indicatorTrendsJson,
  percent,
  suggestionJson,
  transitionTable,
} from "../present";
import { responsibleCounts, responsibleSummaryTable } from "../present/responsible";
import {
  COMMON_OPTIONS,
  CliError,
  EXIT_INVALID,
  EXIT_OK,
  atMostOneFile,
  jsonSafe,
  langOption,
  parseArgs,
  terminalSafe,
} from "./common";
import type { Command, Io } from "./common";

import { StructureInputError, issueLocator, loadBundled, loaderFor, type LoadedInput } from "./input";

export {
  StructureInputError,
  issueLocator,
  loadBundled,
  loadJsonFile,
  loaderFor,
  registerInputLoader,
  xlsxNotSupported,
  type InputLoader,
  type LoadedInput,
} from "./input";

// ---------------------------------------------------------------------------------------------
// Output

export type SummaryFormat = "json" | "markdown" | "text";
const FORMATS: readonly SummaryFormat[] = ["text", "json", "markdown"];

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

function countsJson(c: Counts): object {
  const shares = {
    status: Object.fromEntries(STATUS_KEYS.map((k) => [k, round4(share(c.status[k], c.total))])),
    trend: Object.fromEntries(TREND_KEYS.map((k) => [k, round4(share(c.trend[k], c.total))])),
  };
  return { total: c.total, status: c.status, trend: c.trend, shares, cross: c.cross, done: c.done };
}

/** The roll-up per responsible body; the goals without one under their localized name. */
function responsibleJson(summary: Summary, lang: Lang): object[] {
  return summary.responsible.map((r) => ({
    name: r.name ?? t(lang, "domain.noResponsible"),
    total: r.total,
    status: r.status,
    trend: r.trend,
    done: r.done,
  }));
}

/**
 * The JSON document `summary --format json` prints. `history` is summarizeHistory() of the same
 * structure: per programme (and area) the comparison with the latest earlier year, null without one.
 */
export function summaryJson(
  input: LoadedInput,
  summary: Summary,
  lang: Lang,
  history: readonly ProgramHistory[] = summarizeHistory(input.structure),
): object {
  const s = input.structure;
  const locate = issueLocator(input);
  const trends = indicatorTrendsJson(s);
  return {
    organisation: s.organisation,
    year: s.year,
    input: input.label[lang],
    source: s.source ?? null,
    note: s.note ?? null,
    lang,
    programs: summary.programs.map((p, i) => {
      const program = s.programs[i];
      const h = history[i];
      return {
        id: p.id,
        name: p.name,
        kind: program?.kind ?? "program",
        ...countsJson(p),
        areas: p.areas.map((a, j) => ({
          id: a.id,
          name: a.name,
          ...countsJson(a),
          indicatorTrends: trends[i]?.areas[j] ?? null,
          comparison: h?.areas[j]?.comparison ?? null,
        })),
        indicatorTrends: trends[i]?.program ?? null,
        reported: program?.reported ?? null,
        reconciliation: p.reconciliation,
        text: programReportText(p, lang),
        comparison: h?.comparison ?? null,
        history: h?.history ?? [],
      };
    }),
    total: countsJson(summary.total),
    responsible: responsibleJson(summary, lang),
    suggestions: (input.suggestions ?? structureSuggestions(s)).map(suggestionJson),
    // `where` leads: the cell or JSON path `validate` names for the same issue.
    issues: input.issues.map((issue) => ({ where: locate(issue), ...issue })),
    errors: input.issues.filter((i) => i.severity === "error").length,
  };
}

function groupParts(
  table: SummaryTable,
  row: ModelRow,
  group: "status" | "trend",
  lang: Lang,
  withShares: boolean,
): string {
  const total = row.values[table.columns.findIndex((c) => c.id === "total")] ?? 0;
  return table.columns
    .flatMap((c, i) => {
      if (!c.id.startsWith(`${group}.`)) return [];
      const n = row.values[i] ?? 0;
      const s = row.shares?.[i];
      return withShares && total > 0 && s != null
        ? [`${c.label} ${n} (${percent(s, lang)})`]
        : [`${c.label} ${n}`];
    })
    .join(", ");
}

function reconciliationLine(p: ProgramSummary, lang: Lang): string | null {
  const r = p.reconciliation;
  if (r === null) return null;
  if (r.matches) return t(lang, "cli.reconciliation.matches");
  const differences = r.differences
    .map((d) =>
      t(lang, "cli.reconciliation.difference", {
        field: differenceFieldName(d.field, lang),
        reported: d.reported,
        actual: d.actual,
        diff: d.diff > 0 ? `+${d.diff}` : String(d.diff),
      }),
    )
    .join("; ");
  return t(lang, "cli.reconciliation.differs", { differences });
}

/** "Mål!G70: varning · HP-D1 · Status: Målet är inte bedömt: status saknas.", as `validate` has it. */
export function issueLine(issue: Issue, lang: Lang, locate: (issue: Issue) => string): string {
  return presentIssueLine(issue, lang, { where: locate(issue) });
}

function headerLines(input: LoadedInput, lang: Lang): string[] {
  const s = input.structure;
  const lines = [t(lang, "cli.input", { input: input.label[lang] })];
  if (s.source) lines.push(t(lang, "cli.source", { source: s.source }));
  if (s.note) lines.push(t(lang, "cli.note", { note: s.note }));
  return lines;
}

/** Plain text: one block per programme, then the issues. */
export function summaryText(
  input: LoadedInput,
  summary: Summary,
  lang: Lang,
  history: readonly ProgramHistory[] = summarizeHistory(input.structure),
): string {
  const s = input.structure;
  const out: string[] = [
    t(lang, "cli.title", { organisation: s.organisation, year: s.year }),
    ...headerLines(input, lang),
  ];
  const wording = cliWording(lang);
  summary.programs.forEach((p, i) => {
    const areas = areaTable(p, wording);
    const total = areas.rows[areas.rows.length - 1];
    out.push("", p.name);
    out.push(`  ${t(lang, "cli.totalGoals", { total: p.total })}`);
    out.push(`  ${t(lang, "cli.statusLine", { parts: groupParts(areas, total, "status", lang, true) })}`);
    out.push(`  ${t(lang, "cli.trendLine", { parts: groupParts(areas, total, "trend", lang, true) })}`);
    out.push(`  ${t(lang, "cli.doneLine", { done: p.done, total: p.total })}`);
    out.push(`  ${t(lang, "cli.areas")}`);
    for (const a of areas.rows.filter((r) => r.role === "area")) {
      out.push(
        `    ${t(lang, "cli.areaLine", {
          name: a.label,
          total: a.values[0] ?? 0,
          status: groupParts(areas, a, "status", lang, false),
          trend: groupParts(areas, a, "trend", lang, false),
          done: a.done ?? 0,
        })}`,
      );
    }
    const rec = reconciliationLine(p, lang);
    if (rec !== null) out.push(`  ${rec}`);
    out.push("", `  ${programReportText(p, lang)}`);
    const comparison = history[i]?.comparison ?? null;
    if (comparison !== null) out.push(`  ${comparisonText(comparison, lang)}`);
  });
  const bodies = responsibleSummaryTable(summary, wording);
  if (bodies.rows.length > 0) {
    out.push("", bodies.title ?? "");
    for (const r of bodies.rows) {
      out.push(
        `  ${t(lang, "cli.responsibleLine", {
          name: r.label,
          total: r.values[0] ?? 0,
          status: responsibleCounts(lang, bodies, r, "status"),
          trend: responsibleCounts(lang, bodies, r, "trend"),
          done: responsibleCounts(lang, bodies, r, "done"),
        })}`,
      );
    }
  }
  out.push("");
  if (input.issues.length === 0) out.push(t(lang, "cli.noIssues"));
  else {
    out.push(t(lang, "cli.issues", { count: input.issues.length }));
    const locate = issueLocator(input);
    for (const issue of input.issues) out.push(`  ${issueLine(issue, lang, locate)}`);
  }
  return `${out.join("\n")}\n`;
}

/** The comparison's sentence, the earlier years' counts and where this year's statuses came from. */
function mdComparison(h: ProgramHistory | undefined, year: number, lang: Lang): string[] {
  if (h === undefined || h.comparison === null) return [];
  const wording = cliWording(lang);
  return [
    "",
    md(comparisonText(h.comparison, lang)),
    "",
    ...mdTable(historyTable(h.history, wording, lang)),
    "",
    ...mdTable(transitionTable(h.comparison, year, wording, lang)),
  ];
}

/** Markdown for pasting into a report: text, a table per programme, the cross-table, the issues. */
export function summaryMarkdown(
  input: LoadedInput,
  summary: Summary,
  lang: Lang,
  history: readonly ProgramHistory[] = summarizeHistory(input.structure),
): string {
  const s = input.structure;
  const out: string[] = [`# ${md(t(lang, "cli.title", { organisation: s.organisation, year: s.year }))}`, ""];
  if (s.note) out.push(`> ${md(s.note)}`, "");
  out.push(`${md(t(lang, "cli.input", { input: input.label[lang] }))}  `);
  if (s.source) out.push(`${md(t(lang, "cli.source", { source: s.source }))}`);
  const wording = cliWording(lang);
  summary.programs.forEach((p, i) => {
    out.push("", `## ${md(p.name)}`, "", md(programReportText(p, lang)), "");
    const areas = areaTable(p, wording);
    // The done count as the sheet shows it: a last column of the area table.
    out.push(...mdTable(withDoneColumn(areas, wording.done)));
    const shares = areas.rows[areas.rows.length - 1].shares ?? [];
    out.push(
      mdRow([t(lang, "cli.md.share"), ...shares.map((x) => (x === null ? "" : percent(x, lang))), ""]),
    );
    out.push("");
    // The status rows only: their totals are the area table's total row just above.
    const cross = statusTrendTable(p, wording);
    out.push(...mdHeader(cross));
    for (const r of cross.rows) if (r.role === "status") out.push(mdRow([r.label, ...r.values.map(mdCount)]));
    const rec = reconciliationLine(p, lang);
    if (rec !== null) out.push("", md(rec));
    out.push(...mdComparison(history[i], s.year, lang));
  });
  const bodies = responsibleSummaryTable(summary, wording);
  if (bodies.rows.length > 0) out.push("", `## ${md(bodies.title ?? "")}`, "", ...mdTable(bodies));
  out.push("", `## ${t(lang, "cli.md.issues")}`, "");
  if (input.issues.length === 0) out.push(t(lang, "cli.noIssues"));
  else {
    const locate = issueLocator(input);
    for (const issue of input.issues) out.push(`- ${md(issueLine(issue, lang, locate))}`);
  }
  return `${out.join("\n")}\n`;
}

function usage(lang: Lang): string {
  return t(lang, "cli.summary.usage");
}

const OPTIONS = { format: { values: FORMATS }, ...COMMON_OPTIONS };

/** Runs `summary` with the arguments after the command name. */
export async function runSummary(args: string[], io: Io): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, usage);
  const lang = langOption(options);
  if (options.help === true) {
    io.out(`${usage(lang)}\n`);
    return EXIT_OK;
  }
  atMostOneFile(positionals, usage);
  const format = (typeof options.format === "string" ? options.format : "text") as SummaryFormat;
  let input: LoadedInput;
  try {
    input =
      positionals.length === 0 ? loadBundled(lang) : await loaderFor(positionals[0])(positionals[0], lang);
  } catch (e) {
    if (e instanceof StructureInputError && format === "json") {
      // Scripts get every error on stdout; people still get one line on stderr.
      const stdout = `${jsonSafe(JSON.stringify({ input: e.file, errors: e.errors }, null, 2))}\n`;
      throw new CliError(e.exitCode, e.reason, undefined, stdout);
    }
    throw e;
  }
  const summary = summarize(input.structure);
  // Text from the file is made safe for a terminal at this one point of output.
  if (format === "json") io.out(`${jsonSafe(JSON.stringify(summaryJson(input, summary, lang), null, 2))}\n`);
  else if (format === "markdown") io.out(terminalSafe(summaryMarkdown(input, summary, lang)));
  else io.out(terminalSafe(summaryText(input, summary, lang)));
  return hasErrors(input.issues) ? EXIT_INVALID : EXIT_OK;
}

export const summaryCommand: Command = {
  name: "summary",
  describe: (lang) => t(lang, "cli.command.summary"),
  run: runSummary,
};
