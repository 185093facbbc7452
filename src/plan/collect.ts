// Collecting returned workbooks into the open (or main) workbook, for both shells: each return's
// tables and sent record (read by src/xlsx/ in the CLI, src/xlsxlite/ in the pane) become the
// three-way merge's input (src/domain/collect.ts), and its taken values become cell writes into the
// main goal table and, for indicator values, into the main indicator table. Pure, so `collect` and
// the pane's "Samla in svar" decide the same.
import { idKey, type ColumnKey, type Lang } from "../domain";
import {
  collectReturns,
  officialColumnKeys,
  type CollectGoal,
  type CollectResult,
  type CollectReturn,
  type Rejected,
} from "../domain/collect";
import type { IndicatorValues } from "../domain/collectIndicators";
import { cellAddress, parseCell } from "./a1";
import type { CellWrite } from "./merge";
import { tableStructure, writableGoalTable } from "./goalTable";
import { parseIndicatorNumber, type IndicatorTableRead } from "./indicatorRead";
import { filteredIndicatorTable, indicatorRowIds, type KoladaCellSet } from "./koladaFill";
import { refusal, type Decision, type TableRead, type WorkbookRead } from "./ownership";
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
 * The indicator rows of a read indicator table, as the merge takes them: each year cell's number,
 * null when empty, its text when it holds no number (reported, never taken).
 */
export function collectIndicators(read: IndicatorTableRead | null | undefined): IndicatorValues[] {
  if (!read) return [];
  return read.rows.map((r) => ({
    goalId: r.cells.goalId ?? "",
    id: r.cells.id ?? "",
    name: r.cells.name ?? "",
    values: new Map(
      r.years.map(({ year, text }): [number, number | string | null] => {
        const trimmed = text.trim();
        return [year, trimmed === "" ? null : (parseIndicatorNumber(trimmed) ?? trimmed)];
      }),
    ),
  }));
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
  return {
    file,
    sent: record.goals,
    returned: collectGoals(read.value),
    sentIndicators: record.indicators ?? null,
    returnedIndicators: collectIndicators(read.value.indicators),
  };
}

/** A taken indicator value: the main indicator table's body row and column, and the number (null: empty). */
export interface IndicatorChange {
  row: number;
  col: number;
  value: number | null;
}

export interface CollectPlan {
  result: CollectResult;
  /** The taken values, by body row and column key of the main goal table. */
  changes: { row: number; column: ColumnKey; text: string }[];
  /** The taken indicator values, by body row and column position of the main indicator table. */
  indicatorChanges: IndicatorChange[];
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
  const result = collectReturns(
    collectGoals(main),
    returns,
    rejected,
    undefined,
    collectIndicators(main.indicators),
  );
  // The merge matched each goal to exactly one row of the main table, and each indicator value to
  // one row and year column of the main indicator table.
  const rowOf = new Map(main.rows.map((r) => [idKey((r.cells.id ?? "").trim()), r.index]));
  const indicatorRowOf = new Map(
    (main.indicators?.rows ?? []).map((r) => [
      `${idKey((r.cells.goalId ?? "").trim())}\u0000${(r.cells.id ?? "").trim().toLowerCase()}`,
      r.index,
    ]),
  );
  const changes: CollectPlan["changes"] = [];
  const indicatorChanges: IndicatorChange[] = [];
  for (const x of result.taken) {
    if (x.indicator === undefined) {
      changes.push({ row: rowOf.get(idKey(x.goalId)) as number, column: x.column as ColumnKey, text: x.to });
      continue;
    }
    const key = `${idKey(x.goalId)}\u0000${x.indicator.id.toLowerCase()}`;
    indicatorChanges.push({
      row: indicatorRowOf.get(key) as number,
      col: main.indicators?.yearPositions.get(x.indicator.year) as number,
      value: x.to === "" ? null : Number(x.to),
    });
  }
  return { result, changes, indicatorChanges };
}

/** The goal table's rows with the changes applied: what the tables hold after the write. */
export function rowsAfter(
  main: GoalTableRead,
  changes: CollectPlan["changes"],
  indicatorChanges: readonly IndicatorChange[] = [],
): GoalTableRead {
  const rows = main.rows.map((r) => ({ ...r, cells: { ...r.cells } }));
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  for (const c of changes) {
    const row = byIndex.get(c.row);
    if (row) row.cells[c.column] = c.text;
  }
  const table = main.indicators;
  if (!table || indicatorChanges.length === 0) return { ...main, rows };
  const yearAt = new Map([...table.yearPositions].map(([year, col]) => [col, year]));
  const indicatorRows = table.rows.map((r) => ({ ...r, years: r.years.map((y) => ({ ...y })) }));
  for (const c of indicatorChanges) {
    const cell = indicatorRows[c.row]?.years.find((y) => y.year === yearAt.get(c.col));
    if (cell) cell.text = c.value === null ? "" : String(c.value);
  }
  return { ...main, rows, indicators: { ...table, rows: indicatorRows } };
}

/** For Office.js: the collect's cell writes into the open workbook's goal table. */
export function planCollect(
  read: WorkbookRead,
  returned: readonly ReturnedWorkbook[],
): Decision<{
  goals: TableRead;
  writes: CellWrite[];
  indicatorWrites: KoladaCellSet[];
  result: CollectResult;
}> {
  const found = writableGoalTable(read);
  if (!found.ok) return found;
  const { goals, table } = found.value;
  const plan = collectInto(table, returned);
  const writes = plan.changes.map((c) => ({
    row: c.row,
    col: table.columns[c.column] as number,
    value: c.text,
  }));
  const sheet = read.indicators;
  if (plan.indicatorChanges.length > 0 && sheet?.sheetProtected)
    return {
      ok: false,
      refusal: refusal("protected-sheet", "xl.error.protectedSheet", { sheet: sheet.sheet }),
    };
  if (plan.indicatorChanges.length > 0 && sheet?.filtered === true)
    return { ok: false, refusal: filteredIndicatorTable(sheet.sheet) };
  // A number into a General cell, as a fetch from Kolada writes one; "" empties the cell.
  const top = sheet ? parseCell(sheet.topLeft) : { row: 0, col: 0 };
  const indicatorWrites = plan.indicatorChanges.map((c): KoladaCellSet => ({
    sheet: sheet?.sheet ?? "",
    cell: cellAddress(top.row + 1 + c.row, top.col + c.col),
    value: c.value ?? "",
    format: "General",
    ...(table.indicators && sheet && { rowIds: indicatorRowIds(table.indicators, sheet.topLeft, c.row) }),
  }));
  return { ok: true, value: { goals, writes, indicatorWrites, result: plan.result } };
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
  indicatorWrites?: readonly KoladaCellSet[];
  result: CollectResult;
}): CollectPreview {
  const writes = plan.writes.map((w) => [w.row, w.col, w.value]);
  const indicators = (plan.indicatorWrites ?? []).map((w) => [w.sheet, w.cell, w.value]);
  return {
    result: plan.result,
    cells: plan.writes.length + indicators.length,
    stamp: JSON.stringify([writes, indicators, plan.result]),
  };
}

/** Apply's answer: written, or not, because the workbook no longer matches the preview. */
export type CollectApplied =
  | { applied: true; result: CollectResult; cells: number; formattingIncomplete?: boolean }
  | { applied: false; preview: CollectPreview };
