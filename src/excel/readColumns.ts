// Which columns of the goal and history tables a command's read loads in full. Every other column
// the reader knows is loaded only in the rows whose loaded cells are all blank: the reader skips a
// row whose cells are all blank (src/plan/read.ts, src/domain/history.ts), so such a cell's text
// decides whether a row counts at all, and nothing else about it is used. The sets are derived from
// the column descriptor, so a new column is read in full unless its kind is one of those below.
import {
  EXCEL_CELL_LIMIT,
  GOAL_COLUMNS,
  HISTORY_FIELDS,
  type ColumnKey,
  type GoalColumn,
  type HistoryField,
} from "../domain";
import type { TableRead } from "../plan/ownership";
import { matchFields, matchGoalColumns } from "../plan/read";
import { historyFieldHeader } from "../plan/history";

/** The columns a command needs the text of, by goal column key and history field. */
export interface ReadColumns {
  goals: readonly ColumnKey[];
  history: readonly HistoryField[];
}

/**
 * Validation looks at a column's text unless the column is the add-in's formulas (the reader and
 * validation ignore their text) or free text whose only check is its length against Excel's own
 * cell limit, which no cell read from Excel can pass (domain/checks.ts: checkText).
 */
function validated(c: GoalColumn): boolean {
  if (c.owner === "formula") return false;
  const freeText = c.kind === "text" || c.kind === "activities";
  return !(freeText && c.mustHaveText !== true && c.maxLength >= EXCEL_CELL_LIMIT);
}

/** History fields parsed or matched on; the comment is only carried along with an entry. */
const PARSED_HISTORY: readonly HistoryField[] = HISTORY_FIELDS.filter((f) => f !== "comment");

/** Validate and fix: the issues depend on these columns' text only. */
export const VALIDATION_COLUMNS: ReadColumns = {
  goals: GOAL_COLUMNS.filter(validated).map((c) => c.key),
  history: PARSED_HISTORY,
};

/**
 * The summary: validation's columns (its result carries the same issues) and the goal field it
 * counts by besides those, the responsible body (domain/responsible.ts).
 */
export const SUMMARY_COLUMNS: ReadColumns = {
  goals: GOAL_COLUMNS.filter((c) => validated(c) || c.field === "responsible").map((c) => c.key),
  history: PARSED_HISTORY,
};

/** Which of a table's columns (0-based positions) are loaded in full, and which only in blank rows. */
export interface ColumnSplit {
  /** Positions loaded in every row, ascending. */
  full: number[];
  /** Positions the reader knows that are loaded only where the row's full cells are all blank. */
  presence: number[];
}

function split(width: number, known: readonly number[], wanted: ReadonlySet<number>): ColumnSplit | null {
  const full = [...wanted].filter((i) => i < width).sort((a, b) => a - b);
  const presence = known.filter((i) => i < width && !wanted.has(i)).sort((a, b) => a - b);
  // Nothing to save, or no column to tell blank rows by: read the table whole.
  if (full.length === width || full.length === 0) return null;
  return { full, presence };
}

/** The goal table's split for a header row; null: load every column. */
export function goalColumnSplit(header: string[], columns: ReadColumns): ColumnSplit | null {
  const found = matchGoalColumns(header).columns;
  const known = Object.values(found).filter((i): i is number => i !== undefined);
  const wanted = new Set(columns.goals.map((k) => found[k]).filter((i): i is number => i !== undefined));
  return split(header.length, known, wanted);
}

/** The history table's split for a header row; null: load every column. */
export function historyColumnSplit(header: string[], columns: ReadColumns): ColumnSplit | null {
  const found = matchFields<HistoryField>(header, HISTORY_FIELDS, historyFieldHeader);
  const known = Object.values(found).filter((i): i is number => i !== undefined);
  const wanted = new Set(columns.history.map((f) => found[f]).filter((i): i is number => i !== undefined));
  return split(header.length, known, wanted);
}

/** Contiguous runs of positions, [first, last] each: one range per run. */
export function runsOf(positions: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of positions) {
    const last = runs[runs.length - 1];
    if (last && last[1] === p - 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs;
}

/** Body rows (0-based) whose cells at `full` are all blank, as [first, last] stretches. */
export function blankStretches(table: TableRead, full: readonly number[]): [number, number][] {
  const rows: number[] = [];
  table.body.forEach((row, i) => {
    if (full.every((c) => (row[c] ?? "").trim() === "")) rows.push(i);
  });
  return runsOf(rows);
}

/**
 * The bytes a goal-table row's cells at `positions` typically take in an answer, planned before
 * any is read: a column every goal fills (required, or text each goal must have) at 1.3 times its
 * widest width in characters (an ID 21, a programme 31, a goal text 78), any other at 8 (mostly
 * empty: "" and its comma). Measured on the bundled example grown to 50,000 goals, this plans a
 * row at 1.1 to 1.2 times what it takes.
 */
export function goalRowBytes(header: string[], positions: readonly number[]): number {
  const found = matchGoalColumns(header).columns;
  const byPosition = new Map<number, GoalColumn>();
  for (const c of GOAL_COLUMNS) {
    const at = found[c.key];
    if (at !== undefined) byPosition.set(at, c);
  }
  return positions.reduce((sum, i) => {
    const c = byPosition.get(i);
    const filled = c !== undefined && (c.required || c.mustHaveText === true);
    return sum + (filled ? Math.round(c.width.max * 1.3) : 8);
  }, 0);
}
