// `maluppfoljning validate FILE.xlsx|FILE.json [--lang sv|en]`
// Lists every issue with where it is: the cell ("Mål!G5") for a workbook, the JSON path
// ("$.programs[0].areas[1].goals[3].status") for a JSON file. Exit code 0 when there is no
// issue, 1 when there is any (also notes such as a status that is only spelt differently:
// Excel's validation never saw pasted values, so every finding is worth showing; but not a goal
// whose status or trend only differs from its indicators' suggestion: that is advice), 2 when the
// file cannot be read: missing, not an .xlsx / not JSON, or without a goal table.
// A JSON file that parses but breaks the goal-structure schema is readable: its schema errors
// are listed with their paths, exit code 1.
import { promises as fs } from "fs";
import * as path from "path";
import { t } from "../i18n/cliStrings";
import {
  parseGoalStructure,
  parseGoalStructureText,
  structureErrorCount,
  isAdvisory,
  structureIssues,
  type Issue,
  type Lang,
} from "../domain";
import { issueAddress } from "../plan/goalTable";
import { goalPaths, issueLine, jsonIssueLocator, severityCounts } from "../present";
import {
  COMMON_OPTIONS,
  CliError,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_UNREADABLE,
  atMostOneFile,
  parseArgs,
  reason,
} from "./common";
import type { Command, Io } from "./common";

function usage(lang: Lang): string {
  return t(lang, "wb.cli.validate.usage");
}

const OPTIONS = COMMON_OPTIONS;

/** One finding, located. */
export interface LocatedIssue {
  where: string;
  issue: Issue;
}

/** "Mål!G5: fel · EKO-1.02 · Status: … (förslag: ”Röd”)" */
export function locatedIssueLine(li: LocatedIssue, lang: Lang): string {
  return issueLine(li.issue, lang, { where: li.where });
}

async function validateJson(file: string, lang: Lang | null, io: Io): Promise<number> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await fs.readFile(file));
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === "ENOENT") throw new CliError(EXIT_UNREADABLE, reason("cli.error.notFound", { file }));
    if (code === "EISDIR") throw new CliError(EXIT_UNREADABLE, reason("cli.error.isDirectory", { file }));
    if (e instanceof TypeError) throw new CliError(EXIT_UNREADABLE, reason("cli.error.notUtf8", { file }));
    const detail = typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.unreadable", { file, detail }));
  }
  const outLang = lang ?? "sv";
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    // Not JSON at all: unreadable. The domain's message names line and column.
    const parsed = parseGoalStructureText(text);
    const message = parsed.ok ? { sv: file, en: file } : parsed.errors[0].message;
    // Both languages, as every CLI error line.
    throw new CliError(EXIT_UNREADABLE, {
      sv: t("sv", "cli.error.invalidStructure", { file, message: message.sv }),
      en: t("en", "cli.error.invalidStructure", { file, message: message.en }),
    });
  }
  const result = parseGoalStructure(json);
  if (!result.ok) {
    for (const e of result.errors) {
      // The message starts with its own path ("$.programs[0].id: …"); the line already leads with it.
      const message = e.message[outLang];
      const text = message.startsWith(`${e.path}: `) ? message.slice(e.path.length + 2) : message;
      io.out(`${e.path}: ${t(outLang, "present.severity.error")} · ${text}\n`);
    }
    // Counted in full: a long list is shortened to 50 errors and a "… and N more" line.
    const count = structureErrorCount(result.errors);
    io.out(`${t(outLang, "wb.cli.validate.schema", { count, file })}\n`);
    return EXIT_INVALID;
  }
  const s = result.structure;
  // With the information where a goal's status or trend differs from what its indicators suggest.
  const issues = structureIssues(s, outLang);
  const locate = jsonIssueLocator(s);
  return printIssues(
    issues.map((issue) => ({ where: locate(issue), issue })),
    file,
    goalPaths(s).length,
    outLang,
    io,
  );
}

function printIssues(located: LocatedIssue[], file: string, goals: number, lang: Lang, io: Io): number {
  for (const li of located) io.out(`${locatedIssueLine(li, lang)}\n`);
  if (located.length === 0) {
    io.out(`${t(lang, "wb.cli.validate.none", { file, goals })}\n`);
    return EXIT_OK;
  }
  const counts = severityCounts(located.map((l) => l.issue));
  io.out(
    `${t(lang, "wb.cli.validate.count", {
      count: located.length,
      file,
      goals,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
    })}\n`,
  );
  // A goal that differs from its indicators' suggestion is advice: alone it leaves the exit code 0.
  return located.every((l) => isAdvisory(l.issue)) ? EXIT_OK : EXIT_INVALID;
}

async function validateXlsx(file: string, lang: Lang | null, io: Io): Promise<number> {
  // Loaded here, so validating a JSON file never loads ExcelJS.
  const goals = await (await import("./xlsx-input")).readXlsxGoals(file);
  const outLang = lang ?? goals.lang;
  return printIssues(
    goals.issues.map((issue) => ({ where: issueAddress(goals, issue), issue })),
    file,
    goals.rows.length,
    outLang,
    io,
  );
}

export async function runValidate(args: string[], io: Io): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, usage);
  const lang = typeof options.lang === "string" ? (options.lang as Lang) : null;
  if (options.help === true) {
    io.out(`${usage(lang ?? "sv")}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.needFile"), usage);
  atMostOneFile(positionals, usage);
  const file = positionals[0];
  return path.extname(file).toLowerCase() === ".xlsx"
    ? validateXlsx(file, lang, io)
    : validateJson(file, lang, io);
}

export const validateCommand: Command = {
  name: "validate",
  describe: (lang) => t(lang, "wb.cli.command.validate"),
  run: runValidate,
};
