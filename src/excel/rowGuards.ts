// The guards of row-addressed writes (guard.ts): which IDs the read found in the rows a write
// addresses, and the read's rows by ID for putting cells back from the read (putBack.ts).
import { parseCell } from "../plan";
import { matchFields, matchGoalColumns } from "../plan/read";
import { historyFieldHeader } from "../plan/history";
import { HISTORY_FIELDS, type HistoryField } from "../domain";
import type { TableRead } from "../plan/ownership";
import { jsonBytes, type CellGuard, type ReadRows } from "./batch";

/**
 * The guard of a table's cells in sheet rows [first, last], columns [left, right] (guard.ts): the
 * IDs the read found in those rows, and the text of the `more` key columns (0-based positions in
 * the table). None for a table without an ID column.
 */
export function rowGuard(
  table: TableRead,
  first: number,
  last: number,
  left: number,
  right: number,
  more: readonly number[] = [],
): CellGuard | undefined {
  const id = matchGoalColumns(table.header).columns.id;
  if (id === undefined) return undefined;
  const top = parseCell(table.topLeft);
  const column = (at: number): { col: number; values: string[] } => {
    const values: string[] = [];
    for (let row = first; row <= last; row++) values.push(table.body[row - top.row - 1]?.[at] ?? "");
    return { col: top.col + at, values };
  };
  const guard: CellGuard = { sheet: table.sheet, top: first, left, bottom: last, right, ids: column(id) };
  return more.length > 0 ? { ...guard, moreIds: more.map(column) } : guard;
}

/**
 * A table's rows as read, keyed by the ID column and the `more` key columns (0-based positions in
 * the table), for putting cells back from the read (guard.ts): a key two rows hold is left out.
 */
export function readRows(table: TableRead, more: readonly number[] = []): ReadRows | undefined {
  const id = matchGoalColumns(table.header).columns.id;
  if (id === undefined) return undefined;
  const keyOf = (r: readonly string[]): string =>
    (r[id] ?? "") === "" ? "" : [id, ...more].map((c) => r[c] ?? "").join("\u0000");
  const counts = new Map<string, number>();
  for (const r of table.body) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
  const rows = new Map<string, readonly string[]>();
  const others: string[][] = [];
  for (const r of table.body) {
    const k = keyOf(r);
    if (k !== "" && counts.get(k) === 1) rows.set(k, r);
    else others.push(r);
  }
  return { rows, left: parseCell(table.topLeft).col, others };
}

/**
 * The history table's rows are keyed by goal ID and year: one goal has a row per year, so a sort
 * by year moves rows without changing the ID column. Its year column joins the guard.
 */
export function historyKeys(history: TableRead): number[] {
  const year = matchFields<HistoryField>(history.header, HISTORY_FIELDS, historyFieldHeader).year;
  return year === undefined ? [] : [year];
}

/**
 * addGrid's guard for cells of `table` in sheet columns [left, right]; `read`: the table's rows as
 * read (readRows), for a put-back after an attempt that may have run in part.
 */
export function guardOf(
  table: TableRead,
  left: number,
  right: number,
  keys: readonly number[] = [],
  read?: ReadRows,
): ((a: number, b: number) => CellGuard) | undefined {
  if (rowGuard(table, 0, -1, left, right) === undefined) return undefined;
  return (first, last) => {
    const guard = rowGuard(table, first, last, left, right, keys) as CellGuard;
    return read ? { ...guard, read } : guard;
  };
}

/** Bytes of a rollover's emptied cells its write's answer may carry back (formulas and formats). */
export const LOAD_BACK_BYTES = 1_000_000;

/** What loading a range of a table's cells back answers, estimated from the read's text. */
export function loadBackBytes(
  table: TableRead,
  r: { top: number; left: number; bottom: number; right: number },
): number {
  const top = parseCell(table.topLeft);
  let bytes = 0;
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++)
      // The text as JSON, its number format ("@" and the JSON around it) and the separators.
      bytes += jsonBytes(table.body[row - top.row - 1]?.[col - top.col] ?? "") + 8;
  return bytes;
}
