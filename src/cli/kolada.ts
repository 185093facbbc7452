// `maluppfoljning kolada FILE.json|FILE.xlsx --out OUT.json|OUT.xlsx [--base-url URL | --from-file
// EXPORT] [--years A-B]`
// Fills the values of every Kolada-sourced indicator from Kolada's API v3 (or, with --from-file,
// from a file exported from Kolada's web interface, without any network) and writes the structure
// to OUT in the format its extension names (.xlsx: a workbook whose indicator sheet attributes the
// fetched values; from an .xlsx input the same workbook with that sheet drawn again, through the
// editing path of rollover), written to a temporary file first and renamed, so a failure never
// leaves half a file. The input file is never changed; nothing is written when Kolada cannot be
// reached.
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { t } from "../i18n/cliStrings";
import type { GoalStructure, Lang } from "../domain";
import {
  createKoladaClient,
  fillFromKolada,
  KOLADA_BASE_URL,
  KoladaError,
  koladaTargets,
  type FillResult,
  type KoladaClientOptions,
  type Transport,
  type YearRange,
} from "../kolada";
import {
  COMMON_OPTIONS,
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
import { loadJsonFile } from "./summary";
import { fillFromExportFile } from "./koladaFile";
import { nodeTransport } from "./transport";
import { editError, finishBook, openBook, type OpenedBook } from "./edit";
import { writeErrorReason } from "./workbook";
import { buildWorkbookPlan } from "../plan";
import { issueAddress } from "../plan/goalTable";
import { buildIndicatorSheet, yearRuns } from "../plan/indicatorSheet";
import { replaceIndicatorSheet } from "../xlsx/goalbook";
import { writeFileAtomic, writeWorkbookBuffer } from "../xlsx/write";

function usage(lang: Lang): string {
  return t(lang, "ind.cli.usage");
}

const OPTIONS = COMMON_OPTIONS;

const VALUE_OPTIONS: Record<string, string> = {
  out: "OUT.json|OUT.xlsx",
  "base-url": "URL",
  years: "A-B",
  "from-file": "EXPORT.csv|EXPORT.xlsx",
};

/** What tests replace: the transport, the client's timings, and today's date. */
export interface KoladaCommandDeps {
  transport?: Transport;
  client?: Omit<KoladaClientOptions, "transport" | "baseUrl" | "onRequest">;
  /** The fetch date written with every value, YYYY-MM-DD; today by default. */
  today?: string;
}

/** Takes the options with free-form values (--out, --base-url, --years) out of the arguments. */
function takeValueOptions(args: readonly string[]): { values: Record<string, string>; rest: string[] } {
  const values: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      rest.push(...args.slice(i));
      break;
    }
    const name = Object.keys(VALUE_OPTIONS).find((n) => a === `--${n}` || a.startsWith(`--${n}=`));
    if (name === undefined) {
      rest.push(a);
    } else if (a.startsWith(`--${name}=`)) {
      values[name] = a.slice(name.length + 3);
    } else if (i + 1 < args.length) {
      values[name] = args[++i];
    } else {
      throw new CliError(
        EXIT_UNREADABLE,
        reason("cli.error.missingValue", { name: a, allowed: VALUE_OPTIONS[name] }),
        usage,
      );
    }
  }
  return { values, rest };
}

/** "2018-2023" or "2023"; null when it is neither. */
export function parseYears(value: string): YearRange | null {
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$/.exec(value);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1900 || to > 2200 || from > to) return null;
  return { from, to };
}

function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}

/** Writes `text` to a temporary file beside `file`, then renames it over `file`. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, text, "utf8");
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as { code?: unknown } | null)?.code;
    const detail = typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
    throw new CliError(EXIT_UNREADABLE, reason("ind.cli.error.writeFailed", { file, detail }));
  }
}

/** The input's own $schema key, which the parsed structure leaves out, so OUT keeps it. */
async function schemaKey(file: string): Promise<string | undefined> {
  try {
    const raw = (await fs.readFile(file, "utf8")).replace(/^\uFEFF/, "");
    const json = JSON.parse(raw) as { $schema?: unknown };
    return typeof json.$schema === "string" ? json.$schema : undefined;
  } catch {
    return undefined;
  }
}

interface Checked {
  file: string;
  out: string;
  baseUrl: string;
  years?: YearRange;
  /** --from-file: the export to read instead of asking Kolada. */
  fromFile?: string;
}

async function checkArgs(values: Record<string, string>, positionals: string[]): Promise<Checked> {
  atMostOneFile(positionals, usage);
  const file = positionals[0];
  if (file === undefined) throw new CliError(EXIT_UNREADABLE, reason("ind.cli.error.needFile"), usage);
  const out = values.out;
  if (out === undefined || out === "")
    throw new CliError(EXIT_UNREADABLE, reason("ind.cli.error.needOut"), usage);
  if (await samePath(file, out))
    throw new CliError(EXIT_UNREADABLE, reason("ind.cli.error.sameFile", { file: out }));
  let years: YearRange | undefined;
  if (values.years !== undefined) {
    const parsed = parseYears(values.years);
    if (parsed === null) {
      throw new CliError(EXIT_UNREADABLE, reason("ind.cli.error.badYears", { value: values.years }), usage);
    }
    years = parsed;
  }
  const fromFile = values["from-file"];
  if (fromFile !== undefined && values["base-url"] !== undefined)
    throw new CliError(EXIT_UNREADABLE, reason("ind.file.baseUrlWithFile"), usage);
  if (fromFile === "") throw new CliError(EXIT_UNREADABLE, reason("ind.cli.error.needFile"), usage);
  const baseUrl = values["base-url"] ?? KOLADA_BASE_URL;
  if (!/^https?:\/\/[^/?#\s]+[^\s]*$/i.test(baseUrl)) {
    throw new CliError(EXIT_UNREADABLE, reason("ind.cli.error.badBaseUrl", { value: baseUrl }), usage);
  }
  return { file, out, baseUrl, years, fromFile };
}

function resultLines(results: readonly FillResult[], lang: Lang, fromFile: boolean): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const base = {
      goal: r.target.goalId,
      indicator: r.target.indicatorId,
      kpi: r.target.kpi,
      gender: r.target.gender,
    };
    if (!r.known) {
      lines.push(t(lang, fromFile ? "ind.file.notInFile" : "ind.cli.unknownKpi", base));
      continue;
    }
    if (r.fetched.length > 0) {
      lines.push(
        t(lang, fromFile ? "ind.file.read" : "ind.cli.fetched", {
          ...base,
          count: r.fetched.length,
          years: yearRuns(r.fetched),
        }),
      );
    }
    if (r.missing.length > 0)
      lines.push(
        t(lang, fromFile ? "ind.file.missing" : "ind.cli.missing", { ...base, years: yearRuns(r.missing) }),
      );
  }
  return lines;
}

const isXlsx = (file: string): boolean => path.extname(file).toLowerCase() === ".xlsx";

/**
 * FILE.xlsx opened for editing, refused when its indicator sheet has any issue: the sheet is drawn
 * again from what was read, and what was not read (a row of an unknown goal, a warning; a cell
 * that is no number) would be lost.
 */
async function openIndicatorBook(file: string): Promise<OpenedBook> {
  const book = await openBook(file);
  const errors = book.goals.issues.filter((i) => i.indicator !== undefined);
  if (errors.length === 0) return book;
  const list = errors.map((i) => issueAddress(book.goals, i)).join(", ");
  throw new CliError(EXIT_UNREADABLE, reason("ind.cli.error.sheetErrors", { file, list }));
}

/** OUT.xlsx: the edited workbook (from an .xlsx), or a new one drawn from the structure. */
async function writeXlsx(
  book: OpenedBook | null,
  structure: GoalStructure,
  out: string,
  lang: Lang,
): Promise<void> {
  if (book) {
    try {
      // A workbook without an indicator table has nothing Kolada could fill: it gets no new sheet.
      if (book.tables.indicators)
        replaceIndicatorSheet(book, buildIndicatorSheet(structure, book.read.lang, book.tables.goals.sheet));
    } catch (e) {
      throw editError(e, book.goals.file);
    }
    await finishBook(book, structure, out);
    return;
  }
  try {
    await writeFileAtomic(await writeWorkbookBuffer(buildWorkbookPlan(structure, lang)), out);
  } catch (e) {
    throw new CliError(EXIT_UNREADABLE, writeErrorReason(e, out));
  }
}

export async function runKolada(args: string[], io: Io, deps: KoladaCommandDeps = {}): Promise<number> {
  const { values, rest } = takeValueOptions(args);
  const { options, positionals } = parseArgs(rest, OPTIONS, usage);
  const lang = langOption(options);
  if (options.help === true) {
    io.out(`${usage(lang)}\n`);
    return EXIT_OK;
  }
  const { file, out, baseUrl, years, fromFile } = await checkArgs(values, positionals);
  const book = isXlsx(file) ? await openIndicatorBook(file) : null;
  const structure: GoalStructure = book ? book.goals.structure : (await loadJsonFile(file, lang)).structure;
  const targets = koladaTargets(structure, years);
  const municipality = structure.municipality;
  if (targets.length > 0 && municipality === undefined) {
    throw new CliError(
      EXIT_UNREADABLE,
      reason("ind.cli.error.noMunicipality", { file, count: targets.length }),
    );
  }
  const today = deps.today ?? todayIso();
  let requests = 0;
  const client = createKoladaClient({
    ...deps.client,
    transport: deps.transport ?? nodeTransport,
    baseUrl,
    onRequest: () => {
      requests++;
    },
  });
  const lines: string[] = [];
  if (targets.length > 0 && municipality !== undefined) {
    const params = {
      base: client.baseUrl,
      export: fromFile ?? "",
      municipality: municipality.name ? `${municipality.id} (${municipality.name})` : municipality.id,
      kpis: new Set(targets.map((x) => x.kpi)).size,
      years: yearRuns(targets.flatMap((x) => x.years)),
    };
    io.out(
      terminalSafe(`${t(lang, fromFile === undefined ? "ind.cli.fetching" : "ind.file.reading", params)}\n`),
    );
  }
  let filled;
  if (fromFile !== undefined) {
    const fromExport = await fillFromExportFile(fromFile, structure, today, years, lang);
    filled = fromExport.filled;
    lines.push(...resultLines(filled.results, lang, true), ...fromExport.notes);
  } else {
    try {
      filled = await fillFromKolada(client, structure, municipality?.id ?? "", today, years);
    } catch (e) {
      if (!(e instanceof KoladaError)) throw e;
      throw new CliError(EXIT_UNREADABLE, {
        sv: t("sv", "ind.cli.error.fetchFailed", { detail: e.reason.sv }),
        en: t("en", "ind.cli.error.fetchFailed", { detail: e.reason.en }),
      });
    }
    lines.push(...resultLines(filled.results, lang, false));
    if (targets.length > 0) lines.push(t(lang, "ind.cli.requests", { count: requests }));
  }
  if (isXlsx(out)) {
    await writeXlsx(book, filled.structure, out, lang);
  } else {
    const schema = book ? undefined : await schemaKey(file);
    const document = schema === undefined ? filled.structure : { $schema: schema, ...filled.structure };
    await writeAtomically(out, `${jsonSafe(JSON.stringify(document, null, 2))}\n`);
  }
  lines.push(
    targets.length === 0
      ? t(lang, "ind.cli.noKolada", { file: out })
      : fromFile === undefined
        ? t(lang, "ind.cli.wrote", { file: out, count: filled.written, date: today })
        : t(lang, "ind.file.wrote", { file: out, count: filled.written, date: today, export: fromFile }),
  );
  io.out(terminalSafe(`${lines.join("\n")}\n`));
  return filled.results.some((r) => !r.known) ? EXIT_INVALID : EXIT_OK;
}

export const koladaCommand: Command = {
  name: "kolada",
  describe: (lang) => t(lang, "ind.cli.command"),
  run: (args, io) => runKolada(args, io),
};
