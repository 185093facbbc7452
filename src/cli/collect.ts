// `maluppfoljning collect MAIN.xlsx RETURN.xlsx… --out OUT.xlsx [--format text|json] [--lang sv|en]`
// Merges the workbooks `split` sent out back into the main workbook, three-way per goal and
// official-owned cell (src/domain/collect.ts) and per indicator value (goal, indicator, year;
// src/domain/collectIndicators.ts): each return's goal and indicator tables against the record it
// was sent with (src/plan/sent.ts) and against MAIN as it is now. The taken values are written
// into MAIN's cells through the same editing path as rollover and import-history (src/cli/edit.ts:
// every other part of MAIN kept, a workbook it would damage refused) to OUT.xlsx, atomically;
// MAIN.xlsx itself is never written.
import * as path from "path";
import { t } from "../i18n/cliStrings";
import type { Lang } from "../domain";
import { collectedCleanly } from "../domain/collect";
import { collectInto, rowsAfter, type ReturnedWorkbook } from "../plan/collect";
import { tableStructure } from "../plan/goalTable";
import { collectCounts, collectLines, rejectedReason } from "../present/collect";
import { writeGoalCells, writeIndicatorCells } from "../xlsx/goalCells";
import { loadWorkbook, workbookTables } from "../xlsx/read";
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

/** A return as read from its file: tables and sent record, or why it cannot be read. */
async function readReturn(file: string, lang: Lang): Promise<ReturnedWorkbook> {
  try {
    // Read as `summary` reads a file, for its messages when it is no workbook of ours.
    await readXlsxGoals(file);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { file, unreadable: e.reason[lang] };
  }
  const wb = await loadWorkbook(file);
  return { file, tables: workbookTables(wb), record: readSentSheet(wb) };
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
  const returned: ReturnedWorkbook[] = [];
  for (const file of returnFiles) returned.push(await readReturn(file, lang));
  const { result, changes, indicatorChanges } = collectInto(book.read, returned);
  try {
    writeGoalCells(book, changes);
    writeIndicatorCells(book, indicatorChanges);
  } catch (e) {
    throw editError(e, mainFile);
  }
  await finishBook(book, tableStructure(rowsAfter(book.read, changes, indicatorChanges)).structure, target);

  if (options.format === "json") {
    const json = {
      ...result,
      rejected: result.rejected.map((r) => ({ ...r, message: rejectedReason(r, lang) })),
      out: target,
    };
    io.out(`${jsonSafe(JSON.stringify(json, null, 2))}\n`);
  } else {
    for (const line of [...collectLines(result, lang), collectCounts(result, lang)])
      io.out(`${terminalSafe(line)}\n`);
    io.out(`${t(lang, "cli.wroteFile", { file: target })}\n`);
  }
  return collectedCleanly(result) ? EXIT_OK : EXIT_INVALID;
}

export const collectCommand: Command = {
  name: "collect",
  describe: (lang) => t(lang, "cli.command.collect"),
  run: runCollect,
};
