// `maluppfoljning collect MAIN.xlsx RETURN.xlsx… --out OUT.xlsx [--format text|json] [--lang sv|en]`
// Merges the workbooks `split` sent out back into the main workbook, three-way per goal and
// official-owned cell (src/domain/collect.ts): each return's goal table against the record it
// was sent with (src/plan/sent.ts) and against MAIN as it is now. The taken values are written
// into MAIN's cells through the same editing path as rollover and import-history (src/cli/edit.ts:
// every other part of MAIN kept, a workbook it would damage refused) to OUT.xlsx, atomically;
// MAIN.xlsx itself is never written.
import * as path from "path";
import { t, type CliStringKey } from "../i18n/cliStrings";
import { idKey, type ColumnKey, type GoalRow, type Lang } from "../domain";
import {
  collectReturns,
  collectedCleanly,
  officialColumnKeys,
  type CollectGoal,
  type CollectResult,
  type CollectReturn,
  type Rejected,
} from "../domain/collect";
import { goalHeader, type GoalTableRead } from "../plan";
import { tableStructure } from "../plan/goalTable";
import { writeGoalCells, type GoalCellChange } from "../xlsx/goalCells";
import { loadWorkbook } from "../xlsx/read";
import { readSentSheet } from "../xlsx/sent";
import {
  COMMON_OPTIONS,
  CliError,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_UNREADABLE,
  helpRequested,
  jsonSafe,
  parseArgs,
  reason,
  terminalSafe,
} from "./common";
import type { Command, Io } from "./common";
import { checkOut, editError, finishBook, openBook } from "./edit";
import { takeValueOption } from "./workbook";
import { readXlsxGoals } from "./xlsx-input";

function usage(lang: Lang): string {
  return t(lang, "cli.collect.usage");
}

const OPTIONS = { ...COMMON_OPTIONS, format: { values: ["text", "json"] } };

const goalsOf = (read: GoalTableRead): CollectGoal[] =>
  read.rows.map((r) => ({ id: r.cells.id ?? "", cells: r.cells }));

/** A return read, or why it cannot be merged at all. */
async function readReturn(
  file: string,
  main: { organisation: string; year: number },
  lang: Lang,
): Promise<CollectReturn | Rejected> {
  let read: Awaited<ReturnType<typeof readXlsxGoals>>;
  try {
    read = await readXlsxGoals(file);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { file, reason: "unreadable", detail: e.reason[lang] };
  }
  const record = readSentSheet(await loadWorkbook(file));
  if (record === null) return { file, reason: "not-ours" };
  if (record.organisation !== main.organisation || record.year !== main.year)
    return { file, reason: "other-main", detail: `${record.organisation} ${record.year}` };
  // A status or trend the return's table cannot read would be taken as text nobody can count.
  const official = new Set<string>(officialColumnKeys());
  const errors = read.issues.filter(
    (i) => i.severity === "error" && i.column !== null && official.has(i.column),
  );
  if (errors.length > 0) {
    const detail = errors
      .slice(0, 3)
      .map((i) => `${read.address(i.row, i.column)}: ${i.message[lang]}`)
      .join("; ");
    return { file, reason: "invalid", detail: errors.length > 3 ? `${detail}; …` : detail };
  }
  return { file, sent: record.goals, returned: goalsOf(read) };
}

/** A value for a one-line report: quoted, line breaks shown, control characters made visible. */
function shown(value: string, lang: Lang): string {
  if (value === "") return t(lang, "cli.collect.empty");
  return `”${terminalSafe(value.replace(/\r\n?|\n/g, " ↵ "))}”`;
}

function rejectedText(r: Rejected, lang: Lang): string {
  const detail =
    r.reason === "structure-changed" && r.detail !== undefined
      ? goalHeader(r.detail as ColumnKey, lang).toLocaleLowerCase(lang)
      : (r.detail ?? "");
  return t(lang, `cli.collect.reason.${r.reason}` as CliStringKey, { detail });
}

function textReport(result: CollectResult, lang: Lang): string[] {
  const column = (k: ColumnKey): string => goalHeader(k, lang);
  const lines: string[] = [];
  for (const x of result.taken)
    lines.push(
      t(lang, "cli.collect.taken", {
        file: x.file,
        goal: x.goalId,
        column: column(x.column),
        from: shown(x.from, lang),
        to: shown(x.to, lang),
      }),
    );
  for (const c of result.conflicts)
    lines.push(
      t(lang, "cli.collect.conflict", {
        file: c.file,
        goal: c.goalId,
        column: column(c.column),
        sent: shown(c.sent, lang),
        main: shown(c.main, lang),
        returned: shown(c.returned, lang),
      }),
    );
  for (const r of result.rejected) {
    const key = r.goalId === undefined ? "cli.collect.rejectedFile" : "cli.collect.rejectedGoal";
    lines.push(t(lang, key, { file: r.file, goal: r.goalId ?? "", reason: rejectedText(r, lang) }));
  }
  lines.push(
    t(lang, "cli.collect.summary", {
      taken: result.taken.length,
      conflicts: result.conflicts.length,
      rejected: result.rejected.length,
      unchanged: result.unchanged,
    }),
  );
  return lines.map(terminalSafe);
}

export async function runCollect(args: string[], io: Io): Promise<number> {
  const help = helpRequested(args);
  if (help !== null) {
    io.out(`${usage(help)}\n`);
    return EXIT_OK;
  }
  const { value: out, rest } = takeValueOption(args, "out", "-o", "OUT.xlsx", usage);
  const { options, positionals } = parseArgs(rest, OPTIONS, usage);
  const chosen = typeof options.lang === "string" ? (options.lang as Lang) : null;
  if (positionals.length === 0) throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.needFile"), usage);
  const [mainFile, ...returnFiles] = positionals;
  if (returnFiles.length === 0) throw new CliError(EXIT_UNREADABLE, reason("cli.error.needReturns"), usage);
  const same = returnFiles.find((f) => path.resolve(f) === path.resolve(mainFile));
  if (same !== undefined)
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.returnIsMain", { file: same }), usage);
  const target = await checkOut(mainFile, out, usage);

  const book = await openBook(mainFile);
  const lang = chosen ?? book.read.lang;
  const main = book.goals.structure;
  const returns: CollectReturn[] = [];
  const rejected: Rejected[] = [];
  for (const file of returnFiles) {
    const r = await readReturn(file, main, lang);
    if ("reason" in r) rejected.push(r);
    else returns.push(r);
  }
  const result = collectReturns(goalsOf(book.read), returns, rejected);

  // The taken values into MAIN's rows (the merge matched each goal to exactly one row).
  const rowOf = new Map(book.read.rows.map((r) => [idKey((r.cells.id ?? "").trim()), r.index]));
  const changes: GoalCellChange[] = result.taken.map((x) => ({
    row: rowOf.get(idKey(x.goalId)) as number,
    column: x.column,
    text: x.to,
  }));
  const rows: GoalRow[] = book.read.rows.map((r) => ({ ...r, cells: { ...r.cells } }));
  for (const c of changes) {
    const row = rows.find((r) => r.index === c.row);
    if (row) row.cells[c.column] = c.text;
  }
  try {
    writeGoalCells(book, changes);
  } catch (e) {
    throw editError(e, mainFile);
  }
  await finishBook(book, tableStructure({ ...book.read, rows }).structure, target);

  if (options.format === "json") {
    const json = {
      ...result,
      rejected: result.rejected.map((r) => ({ ...r, message: rejectedText(r, lang) })),
      out: target,
    };
    io.out(`${jsonSafe(JSON.stringify(json, null, 2))}\n`);
  } else {
    for (const line of textReport(result, lang)) io.out(`${line}\n`);
    io.out(`${t(lang, "cli.wroteFile", { file: target })}\n`);
  }
  return collectedCleanly(result) ? EXIT_OK : EXIT_INVALID;
}

export const collectCommand: Command = {
  name: "collect",
  describe: (lang) => t(lang, "cli.command.collect"),
  run: runCollect,
};
