// `maluppfoljning report [FILE.xlsx|FILE.json] --out RAPPORT.docx [--lang sv|en]`
// Writes the report to the executive board as a Word document (src/report/): the same input
// readers, validation and summary as `summary`, so every sentence and figure is the one `summary`
// prints for the same file. FILE is only read; the document is written to a temporary file
// beside RAPPORT.docx and renamed over it when complete, so a failure never leaves half a file.
import { promises as fs } from "fs";
import * as path from "path";
import { t } from "../i18n/cliStrings";
import type { Lang } from "../domain";
import { reportDocx, reportInputOf, reportModel } from "../report";
import { writeFileAtomic } from "../xlsx/write";
import {
  COMMON_OPTIONS,
  CliError,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_UNREADABLE,
  atMostOneFile,
  langOption,
  parseArgs,
  reason,
  terminalSafe,
} from "./common";
import type { Command, Io } from "./common";
import { loadBundled, loaderFor } from "./summary";
import { takeValueOption, writeErrorReason } from "./workbook";

function usage(lang: Lang): string {
  return t(lang, "cli.report.usage");
}

/** The same file by path or by inode (a hard link): never written over the input. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

export async function runReport(args: string[], io: Io): Promise<number> {
  const { value: out, rest } = takeValueOption(args, "out", "-o", "RAPPORT.docx", usage);
  const { options, positionals } = parseArgs(rest, COMMON_OPTIONS, usage);
  const lang = langOption(options);
  if (options.help === true) {
    io.out(`${usage(lang)}\n`);
    return EXIT_OK;
  }
  atMostOneFile(positionals, usage);
  if (out === null || out === "")
    throw new CliError(EXIT_UNREADABLE, reason("cli.report.error.needOut"), usage);
  if (path.extname(out).toLowerCase() !== ".docx")
    throw new CliError(EXIT_UNREADABLE, reason("cli.report.error.notDocx", { file: out }));
  const file = positionals[0];
  if (file !== undefined && (await sameFile(file, out)))
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.sameFile", { file }), usage);

  // Read and validate everything before writing anything.
  const input = file === undefined ? loadBundled(lang) : await loaderFor(file)(file, lang);
  const model = reportModel(reportInputOf(input.structure), lang);
  const bytes = await reportDocx(model);
  try {
    await writeFileAtomic(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), out);
  } catch (e) {
    throw new CliError(EXIT_UNREADABLE, writeErrorReason(e, out));
  }
  const s = input.structure;
  const goals = s.programs.reduce((n, p) => n + p.areas.reduce((m, a) => m + a.goals.length, 0), 0);
  io.out(
    terminalSafe(
      `${t(lang, "cli.report.wrote", {
        file: out,
        programs: s.programs.length,
        goals,
        language: t(lang, `domain.language.${lang}`),
      })}\n`,
    ),
  );
  const errors = input.issues.filter((i) => i.severity === "error").length;
  if (errors === 0) return EXIT_OK;
  io.err(terminalSafe(`${t(lang, "cli.report.errors", { count: errors, file: file ?? "" })}\n`));
  return EXIT_INVALID;
}

export const reportCommand: Command = {
  name: "report",
  describe: (lang) => t(lang, "cli.command.report"),
  run: runReport,
};
