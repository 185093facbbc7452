// `maluppfoljning split FILE.xlsx --out-dir DIR [--by responsible] [--lang sv|en]`
// One workbook per responsible body, with only its goals: drawn from the same plan as `workbook`
// (src/plan/build.ts, through src/plan/split.ts, which the pane's split shares), so each is a whole Måluppföljning workbook (lists, colours, instructions,
// summary, history), plus a very hidden sheet recording the values it was sent with and the main
// workbook it came from (src/plan/sent.ts), which `collect` merges the return against.
import { randomUUID } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { t } from "../i18n/cliStrings";
import type { Lang } from "../domain";
import { splitBooks } from "../plan/split";
import { addSentSheet } from "../xlsx/sent";
import { CellTextTooLongError, renderWorkbook, writeFileAtomic } from "../xlsx/write";
import {
  COMMON_OPTIONS,
  CliError,
  EXIT_OK,
  EXIT_UNREADABLE,
  atMostOneFile,
  helpRequested,
  parseArgs,
  reason,
  terminalSafe,
} from "./common";
import type { Command, Io } from "./common";
import { takeValueOption, writeErrorReason } from "./workbook";
import { readXlsxGoals } from "./xlsx-input";

function usage(lang: Lang): string {
  return t(lang, "cli.split.usage");
}

const OPTIONS = { ...COMMON_OPTIONS, by: { values: ["responsible"] } };

async function checkDir(dir: string | null): Promise<string> {
  if (dir === null || dir === "") throw new CliError(EXIT_UNREADABLE, reason("cli.error.needOutDir"), usage);
  try {
    if ((await fs.stat(dir)).isDirectory()) return dir;
  } catch {
    // Reported below, as for a file.
  }
  throw new CliError(EXIT_UNREADABLE, reason("cli.error.outDirMissing", { dir }));
}

export async function runSplit(args: string[], io: Io): Promise<number> {
  const help = helpRequested(args);
  if (help !== null) {
    io.out(`${usage(help)}\n`);
    return EXIT_OK;
  }
  const { value: outDir, rest } = takeValueOption(args, "out-dir", undefined, "DIR", usage);
  const { options, positionals } = parseArgs(rest, OPTIONS, usage);
  const chosen = typeof options.lang === "string" ? (options.lang as Lang) : null;
  if (positionals.length === 0) throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.needFile"), usage);
  atMostOneFile(positionals, usage);
  const file = positionals[0];
  const dir = await checkDir(outDir);

  const goals = await readXlsxGoals(file);
  const lang = chosen ?? goals.lang;
  const noResponsible = t(goals.lang, "cli.split.noResponsible");
  const parts = splitBooks(goals, { split: randomUUID(), main: path.basename(file), noResponsible });
  if (parts.length === 0) throw new CliError(EXIT_UNREADABLE, reason("cli.split.noGoals", { file }));
  const errors = goals.issues.filter((i) => i.severity === "error").length;
  if (errors > 0) io.err(`${t(lang, "cli.split.errors", { file, count: errors })}\n`);

  // Every file is built before any is written, so a goal text too long for a cell stops the
  // split before it leaves some bodies with a file and others without.
  let books: { wb: ReturnType<typeof renderWorkbook>; part: (typeof parts)[number]; out: string }[];
  try {
    books = parts.map((part) => {
      const wb = renderWorkbook(part.plan);
      addSentSheet(wb, part.record);
      return { wb, part, out: path.join(dir, `${part.fileName}.xlsx`) };
    });
  } catch (e) {
    if (!(e instanceof CellTextTooLongError)) throw e;
    throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.writeFailed", { file: dir, detail: e.message }));
  }
  for (const { wb, part, out } of books) {
    try {
      await writeFileAtomic(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), out);
    } catch (e) {
      throw new CliError(EXIT_UNREADABLE, writeErrorReason(e, out));
    }
    const responsible = part.responsible || noResponsible;
    io.out(`${terminalSafe(t(lang, "cli.split.wrote", { file: out, responsible, goals: part.goals }))}\n`);
  }
  io.out(`${t(lang, "cli.split.done", { count: books.length, dir })}\n`);
  return EXIT_OK;
}

export const splitCommand: Command = {
  name: "split",
  describe: (lang) => t(lang, "cli.command.split"),
  run: runSplit,
};
