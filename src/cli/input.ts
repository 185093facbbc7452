// The inputs `summary` and the other commands read: a goal-structure JSON file, the bundled
// example, or a workbook through the reader plugged in for ".xlsx" (src/cli/xlsx-input.ts), each
// validated, with how its issues are located. Apart from the output so that either stays small.
import { promises as fs } from "fs";
import * as path from "path";
import { t } from "../i18n/cliStrings";
import {
  bundledStructure,
  parseGoalStructureText,
  structureErrorCount,
  structureIssues,
  type GoalSuggestionView,
} from "../domain";
import type { Bilingual, GoalStructure, Issue, Lang, StructureError } from "../domain";
import { jsonIssueLocator } from "../present";
import { CliError, EXIT_UNREADABLE, reason } from "./common";

/** A structure read from some input, with the issues found while reading it. */
export interface LoadedInput {
  structure: GoalStructure;
  issues: Issue[];
  /** What was read, for the "Input:" line. */
  label: Bilingual;
  /**
   * Where an issue is: the cell ("Mål!G70") for a workbook, as `validate` names it; by default
   * the issue's JSON path in the structure ("$.programs[0].areas[1].goals[3].status").
   */
  locate?: (issue: Issue) => string;
  /** A workbook's suggestions, as the pane's (tableSuggestions); by default the structure's. */
  suggestions?: GoalSuggestionView[];
}

/** How the issues of `input` are located: its reader's way, or by JSON path. */
export function issueLocator(input: LoadedInput): (issue: Issue) => string {
  return input.locate ?? jsonIssueLocator(input.structure);
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
  const structure = result.structure;
  return { structure, issues: structureIssues(structure, lang), label: { sv: file, en: file } };
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
  return { structure, issues: structureIssues(structure, lang), label: reason("cli.bundled") };
}
