// Collecting returned workbooks into the open (or main) workbook, for both shells: each return's
// tables and sent record (read by src/xlsx/ in the CLI, src/xlsxlite/ in the pane) become the
// three-way merge's input (src/domain/collect.ts), and its taken values become cell writes into the
// main goal table. Pure, so `collect` and the pane's "Samla in svar" decide the same.
import { idKey, type ColumnKey, type Lang } from "../domain";
import {
  collectReturns,
  officialColumnKeys,
  type CollectGoal,
  type CollectResult,
  type CollectReturn,
  type Rejected,
} from "../domain/collect";
import type { CellWrite } from "./merge";
import { tableStructure, writableGoalTable } from "./goalTable";
import type { Decision, TableRead, WorkbookRead } from "./ownership";
import { readWorkbookTables, type GoalTableRead, type WorkbookTables } from "./read";
import type { SentRecord } from "./sent";

/** A returned file as read: its tables and sent record, or why it could not be read. */
export type ReturnedWorkbook =
  | { file: string; tables: WorkbookTables | null; record: SentRecord | null }
  | { file: string; unreadable: string };

/** The goal rows of a read goal table, as the merge takes them. */
export function collectGoals(read: GoalTableRead): CollectGoal[] {
  return read.rows.map((r) => ({ id: r.cells.id ?? "", cells: r.cells }));
}

/**
 * A return ready to merge, or why it is not one: unreadable, no goal table, not split from a
 * workbook (no record), split from another one (organisation or year), or with errors in its
 * official-owned cells (an unreadable status or trend would be taken as text nobody can count).
 */
export function returnOf(
  returned: ReturnedWorkbook,
  main: { organisation: string; year: number },
  lang: Lang,
): CollectReturn | Rejected {
  const { file } = returned;
  if ("unreadable" in returned) return { file, reason: "unreadable", detail: returned.unreadable };
  const read = returned.tables === null ? null : readWorkbookTables(returned.tables);
  if (read === null || !read.ok) return { file, reason: "unreadable" };
  if (returned.record === null) return { file, reason: "not-ours" };
  const record = returned.record;
  if (record.organisation !== main.organisation || record.year !== main.year)
    return { file, reason: "other-main", detail: `${record.organisation} ${record.year}` };
  const official = new Set<string>(officialColumnKeys());
  const errors = tableStructure(read.value).issues.filter(
    (i) => i.severity === "error" && i.column !== null && official.has(i.column),
  );
  if (errors.length > 0) {
    const detail = errors
      .slice(0, 3)
      .map((i) => `${read.value.address(i.row, i.column)}: ${i.message[lang]}`)
      .join("; ");
    return { file, reason: "invalid", detail: errors.length > 3 ? `${detail}; …` : detail };
  }
  return { file, sent: record.goals, returned: collectGoals(read.value) };
}

export interface CollectPlan {
  result: CollectResult;
  /** The taken values, by body row and column key of the main goal table. */
  changes: { row: number; column: ColumnKey; text: string }[];
}

/** The merge of `returned` into the main goal table `main`, and the cells it writes. */
export function collectInto(main: GoalTableRead, returned: readonly ReturnedWorkbook[]): CollectPlan {
  const returns: CollectReturn[] = [];
  const rejected: Rejected[] = [];
  const at = { organisation: main.reference.organisation, year: main.reference.year };
  for (const r of returned) {
    const one = returnOf(r, at, main.lang);
    if ("reason" in one) rejected.push(one);
    else returns.push(one);
  }
  const result = collectReturns(collectGoals(main), returns, rejected);
  // The merge matched each goal to exactly one row of the main table.
  const rowOf = new Map(main.rows.map((r) => [idKey((r.cells.id ?? "").trim()), r.index]));
  const changes = result.taken.map((x) => ({
    row: rowOf.get(idKey(x.goalId)) as number,
    column: x.column,
    text: x.to,
  }));
  return { result, changes };
}

/** The goal table's rows with `changes` applied: what the table holds after the write. */
export function rowsAfter(main: GoalTableRead, changes: CollectPlan["changes"]): GoalTableRead {
  const rows = main.rows.map((r) => ({ ...r, cells: { ...r.cells } }));
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  for (const c of changes) {
    const row = byIndex.get(c.row);
    if (row) row.cells[c.column] = c.text;
  }
  return { ...main, rows };
}

/** For Office.js: the collect's cell writes into the open workbook's goal table. */
export function planCollect(
  read: WorkbookRead,
  returned: readonly ReturnedWorkbook[],
): Decision<{ goals: TableRead; writes: CellWrite[]; result: CollectResult }> {
  const found = writableGoalTable(read);
  if (!found.ok) return found;
  const { goals, table } = found.value;
  const plan = collectInto(table, returned);
  const writes = plan.changes.map((c) => ({
    row: c.row,
    col: table.columns[c.column] as number,
    value: c.text,
  }));
  return { ok: true, value: { goals, writes, result: plan.result } };
}

/**
 * What the pane shows before Apply, and what Apply checks it against: `stamp` names the merge's
 * result and the cells it writes (body row, column, text), so a workbook changed in between (rows
 * sorted or moved, a value edited, the table rebuilt) gives another stamp and is never written
 * from the old preview.
 */
export interface CollectPreview {
  result: CollectResult;
  /** Cells the apply writes. */
  cells: number;
  stamp: string;
}

export function collectPreview(plan: {
  writes: readonly CellWrite[];
  result: CollectResult;
}): CollectPreview {
  const writes = plan.writes.map((w) => [w.row, w.col, w.value]);
  return { result: plan.result, cells: plan.writes.length, stamp: JSON.stringify([writes, plan.result]) };
}

/** Apply's answer: written, or not, because the workbook no longer matches the preview. */
export type CollectApplied =
  | { applied: true; result: CollectResult; cells: number; formattingIncomplete?: boolean }
  | { applied: false; preview: CollectPreview };
