// `maluppfoljning workbook [FILE.json] --out OUT.xlsx [--lang sv|en]`
// Builds the workbook plan for a goal structure (the bundled example by default) and writes it
// with ExcelJS. The output replaces an existing file, but only once it is complete: it is written
// to a temporary file next to it and renamed (src/xlsx/write.ts), so a failure never leaves a
// half-written workbook.
import * as path from "path";
import { t, type CliStringKey } from "../i18n/cliStrings";
import type { Bilingual, Lang } from "../domain";
import { buildWorkbookPlan } from "../plan";
import { CellTextTooLongError, writeWorkbookFile } from "../xlsx/write";
import {
  COMMON_OPTIONS,
  CliError,
  EXIT_OK,
  EXIT_UNREADABLE,
  atMostOneFile,
  langOption,
  parseArgs,
  reason,
} from "./common";
import type { Command, Io } from "./common";
import { importFrom, importLines } from "./history-source";
import { loadBundled, loadJsonFile } from "./summary";

function usage(lang: Lang): string {
  return t(lang, "wb.cli.workbook.usage");
}

const OPTIONS = { ...COMMON_OPTIONS, force: {} };

/**
 * Takes --out/-o (or another option with a free value) and its value out of the arguments (the
 * shared parser only knows options with a fixed set of values). `allowed` names the value in the
 * error when it is missing; `usageOf` is the command's usage text.
 */
export function takeValueOption(
  args: string[],
  name: string,
  alias?: string,
  allowed = "FILE.xlsx",
  usageOf: (lang: Lang) => string = usage,
): { value: string | null; rest: string[] } {
  const rest: string[] = [];
  let value: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      rest.push(...args.slice(i));
      break;
    }
    if (a.startsWith(`--${name}=`)) {
      value = a.slice(name.length + 3);
    } else if (a === `--${name}` || (alias !== undefined && a === alias)) {
      if (i + 1 >= args.length) {
        throw new CliError(EXIT_UNREADABLE, reason("cli.error.missingValue", { name: a, allowed }), usageOf);
      }
      value = args[++i];
    } else {
      rest.push(a);
    }
  }
  return { value, rest };
}

/** What the user can do about a file system error, by its code (writeWorkbookFile's errors). */
const WRITE_ERROR_REASON: Record<string, CliStringKey> = {
  ENOENT: "cli.error.folderMissing",
  ENOTDIR: "cli.error.notAFolder",
  EISDIR: "cli.error.outIsFolder",
  EACCES: "cli.error.writeDenied",
  EPERM: "cli.error.writeDenied",
  EROFS: "cli.error.readOnlyDisk",
  ENOSPC: "cli.error.diskFull",
};

/** Why writing `file` failed, in both languages; the error code only where no sentence fits. */
export function writeErrorReason(e: unknown, file: string): Bilingual {
  const code = (e as { code?: unknown } | null)?.code;
  const key = typeof code === "string" ? WRITE_ERROR_REASON[code] : undefined;
  if (key !== undefined) return reason(key, { file, dir: path.dirname(file) });
  const detail =
    e instanceof CellTextTooLongError
      ? e.message
      : typeof code === "string"
        ? code
        : e instanceof Error
          ? e.message
          : String(e);
  return reason("wb.cli.error.writeFailed", { file, detail });
}

export async function runWorkbook(args: string[], io: Io): Promise<number> {
  const { value: out, rest: afterOut } = takeValueOption(args, "out", "-o");
  const { value: history, rest } = takeValueOption(afterOut, "history", undefined, "SOURCE");
  const { options, positionals } = parseArgs(rest, OPTIONS, usage);
  const lang = langOption(options);
  if (options.help === true) {
    io.out(`${usage(lang)}\n`);
    return EXIT_OK;
  }
  atMostOneFile(positionals, usage);
  if (out === null || out === "") throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.needOut"), usage);
  if (path.extname(out).toLowerCase() !== ".xlsx") {
    throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.notXlsx", { file: out }));
  }

  // Parse and validate all input before writing anything.
  const input = positionals.length === 0 ? loadBundled(lang) : await loadJsonFile(positionals[0], lang);
  // Text longer than a cell holds is refused before writing, with validation's own message (in
  // both languages) rather than the writer's English detail.
  const tooLong = input.issues.find((i) => i.code === "text-too-long");
  if (tooLong) {
    const detail = (l: Lang): string =>
      tooLong.goalId ? `${tooLong.goalId}: ${tooLong.message[l]}` : tooLong.message[l];
    throw new CliError(EXIT_UNREADABLE, {
      sv: t("sv", "wb.cli.error.writeFailed", { file: out, detail: detail("sv") }),
      en: t("en", "wb.cli.error.writeFailed", { file: out, detail: detail("en") }),
    });
  }
  // --history: an earlier follow-up merged into the structure's own history before drawing.
  const source =
    history === null
      ? null
      : await importFrom(input.structure, input.label, history, lang, usage, options.force === true);
  for (const w of source?.warnings ?? []) io.err(w);
  const imported = source?.result ?? null;
  const structure = imported?.structure ?? input.structure;
  const plan = buildWorkbookPlan(structure, lang);
  try {
    await writeWorkbookFile(plan, out);
  } catch (e) {
    throw new CliError(EXIT_UNREADABLE, writeErrorReason(e, out));
  }
  if (imported !== null)
    for (const line of importLines(imported, history as string, lang)) io.out(`${line}\n`);
  const goals = structure.programs.reduce((n, p) => n + p.areas.reduce((m, a) => m + a.goals.length, 0), 0);
  io.out(
    `${t(lang, "wb.cli.wrote", {
      file: out,
      goals,
      programs: structure.programs.length,
      language: t(lang, `domain.language.${lang}`),
    })}\n`,
  );
  return EXIT_OK;
}

export const workbookCommand: Command = {
  name: "workbook",
  describe: (lang) => t(lang, "wb.cli.command.workbook"),
  run: runWorkbook,
};
