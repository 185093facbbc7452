// Reading a goal table from an .xlsx file for the CLI (`summary FILE.xlsx`, `validate FILE.xlsx`):
// the table is found by name and its columns by header (src/plan/read.ts), checked against the
// structure sheet, and turned into a structure with the domain's rowsToStructure, each goal with
// its history from the history sheet (tableStructure in src/plan/goalTable.ts).
import { promises as fs } from "fs";
import { t, type CliStringKey } from "../i18n/cliStrings";
import type { GoalStructure, Issue, Lang } from "../domain";
import { GOAL_TABLE, REQUIRED_GOAL_COLUMNS, goalHeader, type GoalTableRead } from "../plan";
import { issueAddress, tableStructure, tableSuggestions } from "../plan/goalTable";
import { openEditable, type EditableWorkbook } from "../xlsx/package";
import { LostPartsError } from "../xlsx/parts";
import { NotXlsxError, readGoalRowsFromXlsx, workbookTables } from "../xlsx/read";
import { readWorkbookTables, type WorkbookTables } from "../plan";
import { CliError, EXIT_UNREADABLE, reason } from "./common";
import type { InputLoader, LoadedInput } from "./summary";

export interface XlsxGoals extends GoalTableRead {
  file: string;
  /** The goals as the domain reads them (rows with an unknown programme or area left out), with their history. */
  structure: GoalStructure;
  /** Everything validation found, with GoalRow.index as `row`. */
  issues: Issue[];
}

const NOT_XLSX_REASON = {
  empty: "cli.error.xlsxEmpty",
  "not-zip": "cli.error.xlsxNotZip",
  damaged: "cli.error.xlsxDamaged",
} as const satisfies Record<NotXlsxError["kind"], CliStringKey>;

function headerList(lang: Lang, keys: readonly (typeof REQUIRED_GOAL_COLUMNS)[number][]): string {
  return keys.map((k) => goalHeader(k, lang)).join(", ");
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === "ENOENT") throw new CliError(EXIT_UNREADABLE, reason("cli.error.notFound", { file }));
    if (code === "EISDIR") throw new CliError(EXIT_UNREADABLE, reason("cli.error.isDirectory", { file }));
    const detail = typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.unreadable", { file, detail }));
  }
}

/** Runs `open` on the bytes, turning a file that is no workbook into a CliError. */
async function asWorkbook<T>(file: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (e) {
    // What the user can do about it, not JSZip's internals (its message names its own web page).
    if (e instanceof LostPartsError)
      throw new CliError(EXIT_UNREADABLE, reason("cli.error.wouldLose", { file, parts: e.parts.join(", ") }));
    if (e instanceof NotXlsxError)
      throw new CliError(EXIT_UNREADABLE, reason(NOT_XLSX_REASON[e.kind], { file }));
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.notXlsxFile", { file, detail }));
  }
}

function goalsOf(file: string, result: Awaited<ReturnType<typeof readGoalRowsFromXlsx>>): XlsxGoals {
  if (!result.ok) {
    if (result.missing === null) {
      throw new CliError(EXIT_UNREADABLE, {
        sv: t("sv", "wb.cli.error.noGoalTable", {
          file,
          table: GOAL_TABLE,
          columns: headerList("sv", REQUIRED_GOAL_COLUMNS),
        }),
        en: t("en", "wb.cli.error.noGoalTable", {
          file,
          table: GOAL_TABLE,
          columns: headerList("en", REQUIRED_GOAL_COLUMNS),
        }),
      });
    }
    const missing = result.missing;
    throw new CliError(EXIT_UNREADABLE, {
      sv: t("sv", "wb.cli.error.missingColumns", { file, columns: headerList("sv", missing) }),
      en: t("en", "wb.cli.error.missingColumns", { file, columns: headerList("en", missing) }),
    });
  }
  const read = result.value;
  // Labels are parsed (and fixes suggested) in the workbook's own language; each goal gets its
  // history from the history sheet, whose issues follow the goal table's.
  const { structure, issues } = tableStructure(read);
  return { ...read, file, structure, issues };
}

/** Reads FILE.xlsx; a CliError with exit code 2 when the file or its goal table cannot be read. */
export async function readXlsxGoals(file: string): Promise<XlsxGoals> {
  const bytes = await readBytes(file);
  return goalsOf(file, await asWorkbook(file, () => readGoalRowsFromXlsx(bytes)));
}

/** FILE.xlsx read as readXlsxGoals does, and loaded for editing (src/xlsx/package.ts). */
export async function readXlsxForEdit(
  file: string,
): Promise<{ goals: XlsxGoals; edit: EditableWorkbook; tables: WorkbookTables }> {
  const bytes = await readBytes(file);
  const edit = await asWorkbook(file, () => openEditable(bytes));
  const tables = workbookTables(edit.wb);
  const goals = goalsOf(file, tables ? readWorkbookTables(tables) : { ok: false, missing: null });
  return { goals, edit, tables: tables as WorkbookTables };
}

/** The `summary` command's reader for .xlsx files: issues name their cells ("Mål!G70"), as `validate`'s do. */
export const loadXlsxInput: InputLoader = async (file: string): Promise<LoadedInput> => {
  const goals = await readXlsxGoals(file);
  return {
    structure: goals.structure,
    issues: goals.issues,
    label: { sv: file, en: file },
    locate: (issue) => issueAddress(goals, issue),
    suggestions: tableSuggestions(goals, goals.structure),
  };
};
