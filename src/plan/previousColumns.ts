// The "last year" columns (src/plan/previous.ts) added to a goal table that lacks them, by the
// commands that give a workbook its history: a rollover and a history import, in both shells. A
// load adds them only when its structure has history (goalColumnsFor), so a workbook loaded
// without history, then rolled over, had history but no columns beside this year's cells, and its
// summary sheet no live comparison.
//
// Where: at the table's right end, not right after Trend where a load puts them. Inserting in the
// middle shifts every cell to the right of Trend; Office.js does that safely (Excel moves the
// validations, conditional formats and names with the cells), but the CLI edits the file with
// ExcelJS, which moves none of them: the status and trend rules would stay but the done column's
// drop-down, the suggestions' colour rules, a user's own rules and validations, the names
// src/xlsx/names.ts writes back verbatim and every A1 formula of the official's pointing right of
// Trend would address the wrong cells. At the end nothing moves, in either shell, and both shells
// give the table the same columns in the same place (docs/ARCHITECTURE.md). The columns are added
// only when the cells they would take hold nothing (the sheet's values end at the table's right
// edge): Excel would shift such cells right, which ExcelJS could not, and a note beside the table
// would lose its row alignment; the command then goes on without the columns, as before.
// Pure: the shells draw what this says (src/excel/previousColumns.ts, src/xlsx/previousColumns.ts).
import {
  comparisonYear,
  formulaColumnKeys,
  idKey,
  type HistoryEntry,
  goalColumn,
  hasHistory,
  type ColumnKey,
  type GoalStructure,
  type Lang,
} from "../domain";
import { columnLetter, parseCell, parseRange, rangeAddress } from "./a1";
import { DERIVED_SWATCH } from "./colors";
import { readGoalTable, tableStructure } from "./goalTable";
import { GOAL_TABLE, fitWidth, goalHeader, headerRowFormat } from "./layout";
import type { TableRead, WorkbookRead } from "./ownership";
import { entriesFor, previousCells } from "./previous";
import type { CellFormat, ColumnPlan, FormulaValue, RangeFormat } from "./types";

export interface PreviousColumnPlan {
  key: ColumnKey;
  header: string;
  /** 1-based sheet column. */
  col: number;
  /** One per body row, the same formula in each, with the result the history gives. */
  cells: FormulaValue[];
  /** Added at the table's end; false: a column the table has, filled again (a retry). */
  add: boolean;
}

export interface PreviousColumnsPlan {
  sheet: string;
  table: string;
  /** 1-based sheet rows of the header and of the body's first and last row. */
  headerRow: number;
  firstBody: number;
  lastBody: number;
  columns: PreviousColumnPlan[];
  /** Widths and the whole columns' alignment, as a load gives them (not narrowed to the page). */
  columnPlans: ColumnPlan[];
  /** Header text format and look, the body's General format and grey italics. */
  formats: RangeFormat[];
}

/** The body format of the last-year columns: General (formulas), grey italics, top, wrapped. */
export const PREVIOUS_BODY_FORMAT: CellFormat = {
  numberFormat: "General",
  fill: DERIVED_SWATCH.fill,
  fontColor: DERIVED_SWATCH.fontColor,
  bold: DERIVED_SWATCH.bold,
  italic: DERIVED_SWATCH.italic,
};

/**
 * The columns of `present` (key → table column) that do not hold the formula: some row whose goal
 * has an entry for the comparison year (`entries`, of the history the read found) reads empty
 * there. That is what a rollover or import cut short between adding a column and filling it
 * leaves (Excel runs a request's commands up to a fault), and the retry fills it again.
 */
function unfilled(
  goals: TableRead,
  columns: Partial<Record<ColumnKey, number>>,
  entries: ReadonlyMap<string, HistoryEntry>,
): ColumnKey[] {
  const idAt = columns.id;
  if (idAt === undefined || entries.size === 0) return [];
  return formulaColumnKeys().filter((key) => {
    const at = columns[key];
    if (at === undefined) return false;
    return goals.body.some((r) => {
      const e = entries.get(idKey((r[idAt] ?? "").trim()));
      if (e === undefined || (key === "previousTrend" && e.trend === null)) return false;
      return (r[at] ?? "") === "";
    });
  });
}

/**
 * The last-year columns a goal table `goals` lacks (added at its end), and those it has that do
 * not hold the formula when `repair` gives the entries the read's history shows in them, for the
 * workbook's history as `structure` holds it after the command (its goals' histories decide the
 * cached results). Null when there is nothing to do, the history is empty, or (for columns to
 * add) the cells right of the table are not free (`rightFree`).
 */
export function planPreviousColumns(
  goals: TableRead,
  structure: GoalStructure,
  columns: Partial<Record<ColumnKey, number>>,
  lang: Lang,
  rightFree: boolean,
  repair?: ReadonlyMap<string, HistoryEntry>,
): PreviousColumnsPlan | null {
  const missing = rightFree ? formulaColumnKeys().filter((k) => columns[k] === undefined) : [];
  const refill = repair ? unfilled(goals, columns, repair) : [];
  const idAt = columns.id;
  if (missing.length + refill.length === 0 || idAt === undefined || !hasHistory(structure)) return null;
  const range = parseRange(goals.range);
  const body = parseRange(goals.bodyAddress);
  const top = parseCell(goals.topLeft);
  const ids = goals.body.map((r) => r[idAt] ?? "");
  // An empty table body is still one row in Excel.
  const rows = Math.max(1, body.bottom - body.top + 1);
  while (ids.length < rows) ids.push("");
  const idHeader = goals.header[idAt];
  const cellsOf = (key: ColumnKey): FormulaValue[] =>
    previousCells(
      structure,
      GOAL_TABLE,
      idHeader,
      key === "previousTrend" ? "trend" : "status",
      ids.slice(0, rows),
      lang,
    );
  const planned: PreviousColumnPlan[] = [
    ...refill.map((key) => ({
      key,
      header: goals.header[columns[key] as number],
      col: top.col + (columns[key] as number),
      cells: cellsOf(key),
      add: false,
    })),
    ...missing.map((key, i) => ({
      key,
      header: goalHeader(key, lang),
      col: range.right + 1 + i,
      cells: cellsOf(key),
      add: true,
    })),
  ];
  const columnPlans = planned.map((c): ColumnPlan => {
    const spec = goalColumn(c.key);
    const texts = [c.header, ...c.cells.map((v) => String(v.result ?? ""))];
    return {
      column: columnLetter(c.col),
      width: fitWidth(texts, spec.width.min, spec.width.max),
      format: { vertical: "top", wrap: spec.wrap },
    };
  });
  const formats: RangeFormat[] = planned.flatMap((c) => [
    // The header is text in a column of formulas.
    headerRowFormat(rangeAddress(top.row, c.col, top.row, c.col), { numberFormat: "@" }),
    { range: rangeAddress(body.top, c.col, body.top + rows - 1, c.col), format: { ...PREVIOUS_BODY_FORMAT } },
  ]);
  return {
    sheet: goals.sheet,
    table: GOAL_TABLE,
    headerRow: top.row,
    firstBody: body.top,
    lastBody: body.top + rows - 1,
    columns: planned,
    columnPlans,
    formats,
  };
}

/** Whether the sheet's values end at the table's right edge (the read's used range says so). */
export function rightOfTableFree(read: WorkbookRead, goals: TableRead): boolean {
  if (goals.rightEmpty !== undefined) return goals.rightEmpty;
  const used = read.sheets.get(goals.sheet)?.usedValues;
  if (used === undefined) return false;
  return used === null || parseRange(used).right <= parseRange(goals.range).right;
}

/**
 * The read as the workbook is once the columns are there: the goal table one or two columns
 * wider, its new cells holding their results, so a summary planned from it counts them.
 */
export function withPreviousColumns(read: WorkbookRead, plan: PreviousColumnsPlan | null): WorkbookRead {
  const goals = read.goals;
  if (plan === null || goals === null) return read;
  const range = parseRange(goals.range);
  const body = parseRange(goals.bodyAddress);
  const added = plan.columns.filter((c) => c.add);
  const right = Math.max(range.right, ...added.map((c) => c.col));
  const text = (c: PreviousColumnPlan, i: number): string => String(c.cells[i]?.result ?? "");
  const left = parseCell(goals.topLeft).col;
  return {
    ...read,
    goals: {
      ...goals,
      range: rangeAddress(range.top, range.left, range.bottom, right),
      bodyAddress: rangeAddress(body.top, body.left, body.bottom, right),
      header: [...goals.header, ...added.map((c) => c.header)],
      body: goals.body.map((r, i) => {
        const row = [...r, ...added.map((c) => text(c, i))];
        for (const c of plan.columns) if (!c.add) row[c.col - left] = text(c, i);
        return row;
      }),
    },
  };
}

/**
 * The columns a rollover or import adds to the goal table of `after` (the read as the command's
 * history rows leave it), and `after` with them.
 */
export function previousColumnsFor(
  before: WorkbookRead,
  after: WorkbookRead,
  rightFree: boolean,
): { plan: PreviousColumnsPlan | null; read: WorkbookRead } {
  const table = readGoalTable(after);
  const was = readGoalTable(before);
  if (!table.ok || !was.ok || after.goals === null) return { plan: null, read: after };
  const { structure } = tableStructure(table.value);
  const shown = tableStructure(was.value).structure;
  const repair = entriesFor(shown, comparisonYear(shown));
  const { columns, lang } = table.value;
  const plan = planPreviousColumns(after.goals, structure, columns, lang, rightFree, repair);
  return { plan, read: withPreviousColumns(after, plan) };
}

/** The last-year cells of body rows a merge writes: per formula column of the table, its cells. */
export interface PreviousRows {
  /** First body row (0-based) of the rows written: the merge's fills, then its appended rows. */
  row: number;
  columns: { col: number; cells: FormulaValue[] }[];
}

/**
 * The formulas of the last-year columns for the `count` body rows from `row` of a merged body
 * (`body`, the table's cells as the merge leaves them): the merge writes goals there, whose
 * formula cells would otherwise stay empty or be written as "" text. Null when the table has no
 * such column or no row is written. The cached results come from `structure`'s histories (the
 * loaded structure's; Office.js computes the cells itself).
 */
export function mergedPreviousRows(
  header: readonly string[],
  columns: Partial<Record<ColumnKey, number>>,
  body: readonly string[][],
  row: number,
  count: number,
  structure: GoalStructure,
  lang: Lang,
): PreviousRows | null {
  const idAt = columns.id;
  const keys = formulaColumnKeys().filter((k) => columns[k] !== undefined);
  if (idAt === undefined || keys.length === 0 || count === 0) return null;
  const ids = body.slice(row, row + count).map((r) => r[idAt] ?? "");
  return {
    row,
    columns: keys.map((key) => ({
      col: columns[key] as number,
      cells: previousCells(
        structure,
        GOAL_TABLE,
        header[idAt],
        key === "previousTrend" ? "trend" : "status",
        ids,
        lang,
      ),
    })),
  };
}
