// `maluppfoljning summary [FILE] [--format json|markdown|text] [--lang sv|en]`
// Reads a goal structure (the bundled example when no FILE is given), validates it, and prints
// the counts per programme and målområde, the reconciliation against published figures and the
// report text. Input readers are chosen by file extension from a table, so the workbook code can
// plug in its .xlsx reader with registerInputLoader(".xlsx", …) without touching this file.
import { promises as fs } from "fs";
import * as path from "path";
import { t } from "../i18n";
import {
  bundledStructure,
  hasErrors,
  parseGoalStructureText,
  programReportText,
  share,
  STATUS_KEYS,
  structureErrorCount,
  statusLabel,
  summarize,
  TREND_KEYS,
  trendLabel,
  validateStructure,
} from "../domain";
import type {
  Bilingual,
  Counts,
  GoalStructure,
  Issue,
  Lang,
  ProgramSummary,
  StatusKey,
  StructureError,
  Summary,
  TrendKey,
} from "../domain";
import {
  CliError,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_UNREADABLE,
  atMostOneFile,
  jsonSafe,
  langOption,
  parseArgs,
  reason,
  terminalSafe,
} from "./common";
import type { Command, Io } from "./common";

/** A structure read from some input, with the issues found while reading it. */
export interface LoadedInput {
  structure: GoalStructure;
  issues: Issue[];
  /** What was read, for the "Input:" line. */
  label: Bilingual;
  /** How an issue's row is named (default "rad 5"/"row 5", 1-based); an .xlsx reader can give Excel rows. */
  describeRow?: (row: number, lang: Lang) => string;
}

/** Reads FILE; throws CliError (exit 2) when it cannot be read or parsed. */
export type InputLoader = (file: string, lang: Lang) => Promise<LoadedInput>;

/** A file that breaks the goal-structure format: exit 2, all errors kept for --format json. */
export class StructureInputError extends CliError {
  constructor(
    readonly file: string,
    readonly errors: StructureError[],
  ) {
    const first = errors[0]?.message ?? { sv: "?", en: "?" };
    // Of all errors, not of the shortened list ("… and 450 more" counts as 450).
    const more = structureErrorCount(errors) - 1;
    const key = more > 0 ? "cli.error.invalidStructureMore" : "cli.error.invalidStructure";
    super(EXIT_UNREADABLE, {
      sv: t("sv", key, { file, message: first.sv, count: more }),
      en: t("en", key, { file, message: first.en, count: more }),
    });
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function fileError(file: string, e: unknown): CliError {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return new CliError(EXIT_UNREADABLE, reason("cli.error.notFound", { file }));
  if (code === "EISDIR") return new CliError(EXIT_UNREADABLE, reason("cli.error.isDirectory", { file }));
  const detail = typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
  return new CliError(EXIT_UNREADABLE, reason("cli.error.unreadable", { file, detail }));
}

/** Reads a goal-structure JSON file (UTF-8, BOM allowed) and validates its goals. */
export const loadJsonFile: InputLoader = async (file, lang) => {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw fileError(file, e);
  }
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.notText", { file }));
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.notUtf8", { file }));
  }
  const result = parseGoalStructureText(text);
  if (!result.ok) throw new StructureInputError(file, result.errors);
  return {
    structure: result.structure,
    issues: validateStructure(result.structure, lang),
    label: { sv: file, en: file },
  };
};

/** Until the workbook reader is plugged in: a clear "not supported yet" (exit 2). */
export const xlsxNotSupported: InputLoader = async (file) => {
  throw new CliError(EXIT_UNREADABLE, reason("cli.error.xlsxNotSupported", { file }));
};

const inputLoaders = new Map<string, InputLoader>([
  [".json", loadJsonFile],
  [".xlsx", xlsxNotSupported],
]);

/** Plugs in a reader for an extension (".xlsx"), replacing any earlier one. */
export function registerInputLoader(extension: string, loader: InputLoader): void {
  inputLoaders.set(extension.toLowerCase(), loader);
}

/** The reader for FILE by its extension; JSON for anything unknown (its content then decides). */
export function loaderFor(file: string): InputLoader {
  return inputLoaders.get(path.extname(file).toLowerCase()) ?? loadJsonFile;
}

/** The bundled example, validated like any other input. */
export function loadBundled(lang: Lang): LoadedInput {
  const structure = bundledStructure();
  return {
    structure,
    issues: validateStructure(structure, lang),
    label: reason("cli.bundled"),
  };
}

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
  return { total: c.total, status: c.status, trend: c.trend, shares, cross: c.cross };
}

/** The JSON document `summary --format json` prints. */
export function summaryJson(input: LoadedInput, summary: Summary, lang: Lang): object {
  const s = input.structure;
  return {
    organisation: s.organisation,
    year: s.year,
    input: input.label[lang],
    source: s.source ?? null,
    note: s.note ?? null,
    lang,
    programs: summary.programs.map((p, i) => {
      const program = s.programs[i];
      return {
        id: p.id,
        name: p.name,
        kind: program?.kind ?? "program",
        ...countsJson(p),
        areas: p.areas.map((a) => ({ id: a.id, name: a.name, ...countsJson(a) })),
        reported: program?.reported ?? null,
        reconciliation: p.reconciliation,
        text: programReportText(p, lang),
      };
    }),
    total: countsJson(summary.total),
    issues: input.issues,
    errors: input.issues.filter((i) => i.severity === "error").length,
  };
}

function percent(x: number, lang: Lang): string {
  const n = Math.round(x * 100);
  return lang === "sv" ? `${n}\u00a0%` : `${n}%`;
}

function statusName(k: StatusKey, lang: Lang): string {
  return k === "missing" ? t(lang, "domain.notAssessed") : statusLabel(k, lang);
}

function trendName(k: TrendKey, lang: Lang): string {
  return k === "missing" ? t(lang, "domain.missingTrend") : trendLabel(k, lang);
}

function statusParts(c: Counts, lang: Lang, withShares: boolean): string {
  return STATUS_KEYS.map((k) => {
    const n = c.status[k];
    return withShares && c.total > 0
      ? `${statusName(k, lang)} ${n} (${percent(share(n, c.total), lang)})`
      : `${statusName(k, lang)} ${n}`;
  }).join(", ");
}

function trendParts(c: Counts, lang: Lang, withShares: boolean): string {
  return TREND_KEYS.map((k) => {
    const n = c.trend[k];
    return withShares && c.total > 0
      ? `${trendName(k, lang)} ${n} (${percent(share(n, c.total), lang)})`
      : `${trendName(k, lang)} ${n}`;
  }).join(", ");
}

function fieldName(field: string, lang: Lang): string {
  if (field === "total") return t(lang, "cli.field.total");
  const [kind, key] = field.split(".");
  if (kind === "status") return statusName(key as StatusKey, lang);
  if (kind === "trend") return trendName(key as TrendKey, lang);
  return field;
}

function reconciliationLine(p: ProgramSummary, lang: Lang): string | null {
  const r = p.reconciliation;
  if (r === null) return null;
  if (r.matches) return t(lang, "cli.reconciliation.matches");
  const differences = r.differences
    .map((d) =>
      t(lang, "cli.reconciliation.difference", {
        field: fieldName(d.field, lang),
        reported: d.reported,
        actual: d.actual,
        diff: d.diff > 0 ? `+${d.diff}` : String(d.diff),
      }),
    )
    .join("; ");
  return t(lang, "cli.reconciliation.differs", { differences });
}

function defaultDescribeRow(row: number, lang: Lang): string {
  return t(lang, "cli.row", { row: row + 1 });
}

/** "varning · rad 67 · HP-D1 · Status: Målet är inte bedömt: status saknas." */
export function issueLine(issue: Issue, lang: Lang, describeRow = defaultDescribeRow): string {
  const parts: string[] = [t(lang, `cli.severity.${issue.severity}`)];
  if (issue.row >= 0) parts.push(describeRow(issue.row, lang));
  if (issue.goalId) parts.push(issue.goalId);
  const column = issue.column === null ? "" : `${t(lang, `domain.column.${issue.column}`)}: `;
  let line = `${parts.join(" · ")} · ${column}${issue.message[lang]}`;
  if (issue.suggestion !== null) {
    line += ` (${issue.suggestion === "" ? t(lang, "cli.fixEmpty") : t(lang, "cli.fix", { suggestion: issue.suggestion })})`;
  }
  return line;
}

function headerLines(input: LoadedInput, lang: Lang): string[] {
  const s = input.structure;
  const lines = [t(lang, "cli.input", { input: input.label[lang] })];
  if (s.source) lines.push(t(lang, "cli.source", { source: s.source }));
  if (s.note) lines.push(t(lang, "cli.note", { note: s.note }));
  return lines;
}

/** Plain text: one block per programme, then the issues. */
export function summaryText(input: LoadedInput, summary: Summary, lang: Lang): string {
  const s = input.structure;
  const out: string[] = [
    t(lang, "cli.title", { organisation: s.organisation, year: s.year }),
    ...headerLines(input, lang),
  ];
  for (const p of summary.programs) {
    out.push("", p.name);
    out.push(`  ${t(lang, "cli.totalGoals", { total: p.total })}`);
    out.push(`  ${t(lang, "cli.statusLine", { parts: statusParts(p, lang, true) })}`);
    out.push(`  ${t(lang, "cli.trendLine", { parts: trendParts(p, lang, true) })}`);
    out.push(`  ${t(lang, "cli.areas")}`);
    for (const a of p.areas) {
      out.push(
        `    ${t(lang, "cli.areaLine", {
          name: a.name,
          total: a.total,
          status: statusParts(a, lang, false),
          trend: trendParts(a, lang, false),
        })}`,
      );
    }
    const rec = reconciliationLine(p, lang);
    if (rec !== null) out.push(`  ${rec}`);
    out.push("", `  ${programReportText(p, lang)}`);
  }
  out.push("");
  if (input.issues.length === 0) out.push(t(lang, "cli.noIssues"));
  else {
    out.push(t(lang, "cli.issues", { count: input.issues.length }));
    for (const issue of input.issues) out.push(`  ${issueLine(issue, lang, input.describeRow)}`);
  }
  return `${out.join("\n")}\n`;
}

const MD_SPECIAL = /[|\\]/g;
const MD_BREAKS = /[\r\n]+/g;

function md(text: string): string {
  return text.replace(MD_SPECIAL, (c) => `\\${c}`).replace(MD_BREAKS, " ");
}

function mdRow(cells: readonly (string | number)[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** Markdown for pasting into a report: text, a table per programme, the cross-table, the issues. */
export function summaryMarkdown(input: LoadedInput, summary: Summary, lang: Lang): string {
  const s = input.structure;
  const out: string[] = [`# ${md(t(lang, "cli.title", { organisation: s.organisation, year: s.year }))}`, ""];
  if (s.note) out.push(`> ${md(s.note)}`, "");
  out.push(`${md(t(lang, "cli.input", { input: input.label[lang] }))}  `);
  if (s.source) out.push(`${md(t(lang, "cli.source", { source: s.source }))}`);
  const header = [
    t(lang, "domain.column.area"),
    t(lang, "cli.md.total"),
    ...STATUS_KEYS.map((k) => statusName(k, lang)),
    ...TREND_KEYS.map((k) => trendName(k, lang)),
  ];
  const numbers = (c: Counts): number[] => [
    c.total,
    ...STATUS_KEYS.map((k) => c.status[k]),
    ...TREND_KEYS.map((k) => c.trend[k]),
  ];
  for (const p of summary.programs) {
    out.push("", `## ${md(p.name)}`, "", md(programReportText(p, lang)), "");
    out.push(mdRow(header), mdRow(["---", ...header.slice(1).map(() => "---:")]));
    for (const a of p.areas) out.push(mdRow([md(a.name), ...numbers(a)]));
    out.push(mdRow([`**${t(lang, "wb.summary.total")}**`, ...numbers(p).map((n) => `**${n}**`)]));
    out.push(
      mdRow([
        t(lang, "cli.md.share"),
        "",
        ...STATUS_KEYS.map((k) => percent(share(p.status[k], p.total), lang)),
        ...TREND_KEYS.map((k) => percent(share(p.trend[k], p.total), lang)),
      ]),
    );
    out.push("");
    const crossHeader = [
      t(lang, "wb.summary.crossCorner"),
      ...TREND_KEYS.map((k) => trendName(k, lang)),
      t(lang, "wb.summary.total"),
    ];
    out.push(mdRow(crossHeader), mdRow(["---", ...crossHeader.slice(1).map(() => "---:")]));
    for (const sk of STATUS_KEYS) {
      out.push(mdRow([statusName(sk, lang), ...TREND_KEYS.map((tk) => p.cross[sk][tk]), p.status[sk]]));
    }
    const rec = reconciliationLine(p, lang);
    if (rec !== null) out.push("", md(rec));
  }
  out.push("", `## ${t(lang, "cli.md.issues")}`, "");
  if (input.issues.length === 0) out.push(t(lang, "cli.noIssues"));
  else for (const issue of input.issues) out.push(`- ${md(issueLine(issue, lang, input.describeRow))}`);
  return `${out.join("\n")}\n`;
}

function usage(lang: Lang): string {
  return t(lang, "cli.summary.usage");
}

const OPTIONS = {
  format: { values: FORMATS },
  lang: { values: ["sv", "en"] },
  help: { alias: "-h" },
};

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
