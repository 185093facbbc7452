// `maluppfoljning rollover FILE.xlsx --year YEAR --out OUT.xlsx [--force] [--lang sv|en]`
// Closes the workbook's follow-up year (src/domain/rollover.ts): the history table gets one row
// per goal for the closing year (the rows there stay as they are), the goal table's status, trend,
// comment, done and suggestion cells of those goals are emptied (every other cell, column and row untouched; a row
// the reader could not place keeps its cells, src/plan/closing.ts), the year moves on
// in the structure sheet, the goal sheet's title and the document settings, and the summary sheet
// is drawn again. A workbook whose validation finds errors is refused unless --force: a closed
// year with unreadable cells is history nobody can compare against.
import { t } from "../i18n/cliStrings";
import { closingRows, rolloverStructure, type Lang } from "../domain";
import { closingPlan } from "../plan/closing";
import { issueAddress } from "../plan/goalTable";
import { clearAssessments, moveYear, replaceIndicatorSheet, writeHistory } from "../xlsx/goalbook";
import { buildIndicatorSheet } from "../plan/indicatorSheet";
import { addPreviousColumns } from "../xlsx/previousColumns";
import {
  COMMON_OPTIONS,
  CliError,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_UNREADABLE,
  atMostOneFile,
  helpRequested,
  parseArgs,
  reason,
} from "./common";
import type { Command, Io } from "./common";
import { checkOut, editError, finishBook, openBook } from "./edit";
import { locatedIssueLine } from "./validate";
import { takeValueOption } from "./workbook";

function usage(lang: Lang): string {
  return t(lang, "cli.rollover.usage");
}

const OPTIONS = { ...COMMON_OPTIONS, force: {} };

/** The --year value as a whole year; a usage error otherwise. */
function yearOf(value: string | null): number {
  if (value === null) throw new CliError(EXIT_UNREADABLE, reason("cli.error.needYear"), usage);
  if (!/^\d{4}$/.test(value.trim()))
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.badYear", { value }), usage);
  return Number(value.trim());
}

export async function runRollover(args: string[], io: Io): Promise<number> {
  const help = helpRequested(args);
  if (help !== null) {
    io.out(`${usage(help)}\n`);
    return EXIT_OK;
  }
  const { value: out, rest: afterOut } = takeValueOption(args, "out", "-o", "OUT.xlsx", usage);
  const { value: yearText, rest } = takeValueOption(afterOut, "year", undefined, "YEAR", usage);
  const { options, positionals } = parseArgs(rest, OPTIONS, usage);
  const chosen = typeof options.lang === "string" ? (options.lang as Lang) : null;
  if (positionals.length === 0) throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.needFile"), usage);
  atMostOneFile(positionals, usage);
  const file = positionals[0];
  const year = yearOf(yearText);
  const target = await checkOut(file, out, usage);

  const book = await openBook(file);
  const lang = chosen ?? book.read.lang;
  const structure = book.goals.structure;
  const closing = closingRows(structure, year);
  if (!closing.ok) {
    throw new CliError(
      EXIT_UNREADABLE,
      reason("cli.error.yearNotLater", { requested: closing.requested, current: closing.current }),
      usage,
    );
  }
  const plan = closingPlan(book.read, book.goals.issues, closing.rows);
  if (plan.repeated.length > 0)
    throw new CliError(EXIT_INVALID, reason("xl.rollover.duplicateIds", { ids: plan.repeated.join(", ") }));
  const errors = book.goals.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    const lines = errors.map(
      (issue) => `${locatedIssueLine({ where: issueAddress(book.read, issue), issue }, lang)}\n`,
    );
    if (options.force !== true) {
      const refused = reason("cli.rollover.refused", { file, count: errors.length });
      throw new CliError(EXIT_INVALID, refused, undefined, lines.join(""));
    }
    for (const l of lines) io.err(l);
    io.err(`${t(lang, "cli.rollover.forced", { file, count: errors.length })}\n`);
  }
  const rolled = rolloverStructure(structure, year);
  if (!rolled.ok) throw new Error("rollover refused after closingRows accepted");

  let cells: number;
  try {
    cells = clearAssessments(book, plan.clear);
    writeHistory(book, { added: plan.rows, replaced: [], raw: plan.raw }, rolled.structure);
    // The last-year columns, when the table lacks them, so the summary below compares live.
    addPreviousColumns(book, rolled.structure);
    moveYear(book, structure.organisation, closing.closing, year);
    // The indicator sheet gets the new year's column, drawn from what it held; a sheet with any
    // issue (a warning too: a row of an unknown goal is not read) is left as it is, since drawing
    // it again would lose what was not read.
    const unreadable = book.goals.issues.some((i) => i.indicator !== undefined);
    if (book.tables.indicators && !unreadable)
      replaceIndicatorSheet(
        book,
        buildIndicatorSheet(rolled.structure, book.read.lang, book.tables.goals.sheet),
      );
  } catch (e) {
    throw editError(e, file);
  }
  await finishBook(book, rolled.structure, target, year);
  if (plan.kept > 0) io.err(`${t(lang, "cli.rollover.keptRows", { count: plan.kept })}\n`);
  if (plan.withoutId > 0) io.err(`${t(lang, "cli.rollover.withoutId", { count: plan.withoutId })}\n`);
  io.out(
    `${t(lang, "cli.rollover.done", {
      closing: closing.closing,
      year,
      goals: plan.rows.length,
      cells,
    })}\n`,
  );
  io.out(`${t(lang, "cli.wroteFile", { file: target })}\n`);
  return EXIT_OK;
}

export const rolloverCommand: Command = {
  name: "rollover",
  describe: (lang) => t(lang, "cli.command.rollover"),
  run: runRollover,
};
