// `maluppfoljning import-history FILE.xlsx --from SOURCE --out OUT.xlsx [--force] [--lang sv|en]`
// Brings an earlier year's follow-up (a structure JSON, or an earlier workbook of ours) into the
// workbook's history by goal ID (importHistory in src/domain/rollover.ts): new entries are
// appended to the history table, entries for a goal and year it held are rewritten in place, and
// the summary sheet is drawn again. Goals of SOURCE that no longer exist are named (exit 0: the
// rest was imported). The `workbook` command's --history option does the same for a new workbook.
import { t } from "../i18n/cliStrings";
import type { HistoryRowChange, Lang } from "../domain";
import { writeHistory } from "../xlsx/goalbook";
import { addPreviousColumns } from "../xlsx/previousColumns";
import {
  COMMON_OPTIONS,
  CliError,
  EXIT_OK,
  EXIT_UNREADABLE,
  atMostOneFile,
  helpRequested,
  parseArgs,
  reason,
} from "./common";
import type { Command, Io } from "./common";
import { checkOut, editError, finishBook, openBook } from "./edit";
import { importFrom, importLines } from "./history-source";
import { takeValueOption } from "./workbook";

function usage(lang: Lang): string {
  return t(lang, "cli.importHistory.usage");
}

const OPTIONS = { ...COMMON_OPTIONS, force: {} };

/** Entries in the order the history sheet keeps them: by year, then in goal order. */
function byYear(rows: readonly HistoryRowChange[]): HistoryRowChange[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.entry.year - b.r.entry.year || a.i - b.i)
    .map((x) => x.r);
}

export async function runImportHistory(args: string[], io: Io): Promise<number> {
  const help = helpRequested(args);
  if (help !== null) {
    io.out(`${usage(help)}\n`);
    return EXIT_OK;
  }
  const { value: out, rest: afterOut } = takeValueOption(args, "out", "-o", "OUT.xlsx", usage);
  const { value: from, rest } = takeValueOption(afterOut, "from", undefined, "SOURCE", usage);
  const { options, positionals } = parseArgs(rest, OPTIONS, usage);
  const chosen = typeof options.lang === "string" ? (options.lang as Lang) : null;
  if (positionals.length === 0) throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.needFile"), usage);
  atMostOneFile(positionals, usage);
  const file = positionals[0];
  if (from === null || from === "") throw new CliError(EXIT_UNREADABLE, reason("cli.error.needFrom"), usage);
  const target = await checkOut(file, out, usage);

  const book = await openBook(file);
  const lang = chosen ?? book.read.lang;
  const label = { sv: file, en: file };
  const { result, warnings } = await importFrom(
    book.goals.structure,
    label,
    from,
    lang,
    usage,
    options.force === true,
  );
  for (const w of warnings) io.err(w);
  try {
    writeHistory(book, { added: byYear(result.added), replaced: result.replaced }, result.structure);
    // The last-year columns, when the table lacks them, so the summary compares live.
    addPreviousColumns(book, result.structure);
  } catch (e) {
    throw editError(e, file);
  }
  await finishBook(book, result.structure, target);
  for (const line of importLines(result, from, lang)) io.out(`${line}\n`);
  io.out(`${t(lang, "cli.wroteFile", { file: target })}\n`);
  return EXIT_OK;
}

export const importHistoryCommand: Command = {
  name: "import-history",
  describe: (lang) => t(lang, "cli.command.importHistory"),
  run: runImportHistory,
};
