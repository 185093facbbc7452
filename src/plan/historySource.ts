// An earlier workbook of ours as the source of a history import, from its tables as cell text
// (src/xlsxlite/ in the pane, src/xlsx/ in the CLI): its goals with their assessments and history
// (tableStructure, as the CLI reads it), and what decides whether it may be imported. The rules
// are the CLI's (src/cli/history-source.ts): a source without a four-digit follow-up year is
// refused, one whose validation finds errors is imported only when the user confirms, and a goal
// whose status or trend could not be read never replaces an entry the history holds. Pure.
import {
  GOAL_COLUMNS,
  idKey,
  type ColumnKey,
  type GoalColumns,
  type GoalStructure,
  type Issue,
} from "../domain";
import { issueAddress, tableStructure, type AddressedIssue } from "./goalTable";
import { readWorkbookTables, type WorkbookTables } from "./read";

export interface HistorySource {
  ok: true;
  structure: GoalStructure;
  /** The source's validation errors, each at its cell ("Mål!G5"). */
  errors: AddressedIssue[];
  /** Goal IDs (idKey) whose status or trend could not be read, for importHistory. */
  unreadable: string[];
  /** The goal table's sheet, for messages. */
  sheet: string;
}

export type HistorySourceProblem =
  | { ok: false; reason: "noGoalTable" }
  | { ok: false; reason: "missingColumns"; missing: ColumnKey[] }
  /** `sheet`: the structure sheet's, null when the workbook has none. */
  | { ok: false; reason: "noYear"; sheet: string | null };

/**
 * The goals whose own status or trend cell the reader rejected: the structure holds no assessment
 * for them, which must not replace one the history holds for that year.
 */
export function unreadableGoals(issues: readonly Issue[]): string[] {
  const ids = new Set<string>();
  for (const i of issues) {
    if (i.severity !== "error" || i.history !== undefined || i.goalId === undefined) continue;
    if (i.code === "unknown-status" || i.code === "unknown-trend") ids.add(idKey(i.goalId.trim()));
  }
  return [...ids];
}

/** The source in `tables` (null: the workbook has no goal table), or why it cannot be one. */
export function historySource(
  tables: WorkbookTables | null,
  columns: GoalColumns = GOAL_COLUMNS,
): HistorySource | HistorySourceProblem {
  if (tables === null) return { ok: false, reason: "noGoalTable" };
  const read = readWorkbookTables(tables, columns);
  if (!read.ok) return { ok: false, reason: "missingColumns", missing: read.missing };
  const { structure, issues } = tableStructure(read.value);
  if (!/^\d{4}$/.test(String(structure.year)))
    return { ok: false, reason: "noYear", sheet: tables.info?.sheet ?? null };
  const errors = issues
    .filter((i) => i.severity === "error")
    .map((i) => ({ ...i, address: issueAddress(read.value, i) }));
  return { ok: true, structure, errors, unreadable: unreadableGoals(issues), sheet: tables.goals.sheet };
}
