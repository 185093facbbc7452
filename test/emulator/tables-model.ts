/**
 * Tables (ListObjects): creation, header names, growing by rows and columns, renaming, deleting.
 */
import { ErrorCode, fail } from "./errors";
import { type Rect, MAX_ROWS, intersect, rowCount, colCount } from "./address";
import {
  type SheetModel,
  type TableModel,
  type WorkbookModel,
  allTables,
  bodyBottom,
  bodyTop,
  cellAt,
  getCell,
  pruneCell,
} from "./model";
import { sameName, tableNameProblem, uniqueName } from "./names";
import { cellValue, checkShape, writeContents } from "./cells";
import { deleteCells, insertCells } from "./shift";
import { assertEditable } from "./protection";

export function assertTableNameFree(
  wb: WorkbookModel,
  name: string,
  except: TableModel | null,
  where: string,
): void {
  const problem = tableNameProblem(name);
  if (problem) fail(ErrorCode.invalidArgument, `The argument is invalid: ${problem}.`, where);
  if (
    allTables(wb).some((t) => t !== except && sameName(t.name, name)) ||
    wb.names.some((n) => sameName(n.name, name))
  )
    fail(ErrorCode.itemAlreadyExists, `A table or name called '${name}' already exists.`, where);
}

function nextTableName(wb: WorkbookModel): string {
  const taken = [...allTables(wb).map((t) => t.name), ...wb.names.map((n) => n.name)];
  for (let i = 1; ; i++) {
    const candidate = `Table${i}`;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}

export function assertNoOverlap(sheet: SheetModel, r: Rect, except: TableModel | null, where: string): void {
  if (sheet.tables.some((t) => t !== except && intersect(t.rect, r)))
    fail(ErrorCode.invalidArgument, "A table can't overlap another table.", where);
  if (sheet.merges.some((m) => intersect(m, r)))
    fail(ErrorCode.invalidArgument, "A table can't contain merged cells.", where);
}

/** Header names as Excel makes them: text, never blank ("Column3"), unique case-insensitively ("Status2"). */
export function normaliseHeaders(raw: readonly string[]): string[] {
  const out: string[] = [];
  raw.forEach((name, i) => {
    const base = name.trim() === "" ? `Column${i + 1}` : name;
    out.push(uniqueName(base, out));
  });
  return out;
}

function headerText(sheet: SheetModel, row: number, col: number): string {
  const v = cellValue(sheet, row, col);
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

/** Writes the column names into the header cells as plain text (never formulas). */
function writeHeaderCells(t: TableModel): void {
  if (!t.showHeaders) return;
  t.columns.forEach((col, i) => {
    const c = cellAt(t.sheet, t.rect.r0, t.rect.c0 + i);
    c.v = col.name;
    delete c.f;
    delete c.e;
  });
}

/** After cells in a header row were written: the header cells are the column names, made valid. */
export function syncHeaders(sheet: SheetModel, written: Rect): void {
  for (const t of sheet.tables) {
    if (!t.showHeaders) continue;
    const header = { r0: t.rect.r0, r1: t.rect.r0, c0: t.rect.c0, c1: t.rect.c1 };
    if (!intersect(header, written)) continue;
    const names = normaliseHeaders(t.columns.map((_, i) => headerText(sheet, t.rect.r0, t.rect.c0 + i)));
    t.columns.forEach((col, i) => (col.name = names[i]));
    writeHeaderCells(t);
  }
}

export function addTable(
  wb: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  hasHeaders: boolean,
  where: string,
): TableModel {
  assertEditable(sheet, r, "objects", where);
  let rect = { ...r };
  if (!hasHeaders) {
    // Excel inserts a header row above the data.
    if (rect.r1 + 1 >= MAX_ROWS)
      fail(ErrorCode.invalidArgument, "The table would extend past the end of the sheet.", where);
    rect = { ...rect, r1: rect.r1 + 1 };
  } else if (rowCount(rect) === 1) {
    // A header alone gets one empty data row below it.
    rect = { ...rect, r1: rect.r1 + 1 };
  }
  assertNoOverlap(sheet, rect, null, where);
  if (!hasHeaders) insertCells(sheet, { ...r, r1: r.r0 }, "Down", where);
  wb.counters.table += 1;
  const raw = Array.from({ length: colCount(rect) }, (_, i) =>
    hasHeaders ? headerText(sheet, rect.r0, rect.c0 + i) : "",
  );
  const names = normaliseHeaders(raw);
  const t: TableModel = {
    id: String(wb.counters.table),
    name: nextTableName(wb),
    sheet,
    rect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showFilterButton: true,
    columns: names.map((name, i) => ({ id: i + 1, name })),
    nextColumnId: names.length + 1,
    alive: true,
  };
  sheet.tables.push(t);
  writeHeaderCells(t);
  return t;
}

export function renameTable(wb: WorkbookModel, t: TableModel, name: unknown, where: string): void {
  if (typeof name !== "string")
    fail(ErrorCode.invalidArgument, "The argument is invalid: table name.", where);
  if (name === t.name) return;
  assertTableNameFree(wb, name as string, t, where);
  t.name = name as string;
}

export function renameColumn(t: TableModel, index: number, name: unknown, where: string): void {
  if (typeof name !== "string")
    fail(ErrorCode.invalidArgument, "The argument is invalid: column name.", where);
  const others = t.columns.filter((_, i) => i !== index).map((c) => c.name);
  const base = (name as string).trim() === "" ? `Column${index + 1}` : (name as string);
  t.columns[index].name = uniqueName(base, others);
  writeHeaderCells(t);
}

/** Table rows are inserted within the table's columns; cells below in those columns move down. */
export function addRows(
  t: TableModel,
  index: number | null | undefined,
  values: unknown,
  where: string,
): Rect {
  const sheet = t.sheet;
  assertEditable(sheet, t.rect, "objects", where);
  const bodyRows = bodyBottom(t) - bodyTop(t) + 1;
  const at = index === null || index === undefined ? bodyRows : index;
  if (!Number.isInteger(at) || at < 0 || at > bodyRows)
    fail(ErrorCode.invalidArgument, "The argument is invalid: row index.", where);
  let data: unknown[][] | null = null;
  let n = 1;
  if (values !== undefined && values !== null) {
    if (!Array.isArray(values) || values.length === 0)
      fail(ErrorCode.invalidArgument, "The argument is invalid: values.", where);
    n = (values as unknown[]).length;
    data = checkShape(values, { r0: 0, r1: n - 1, c0: t.rect.c0, c1: t.rect.c1 }, where);
  }
  const top = bodyTop(t) + at;
  const insertRect = { r0: top, r1: top + n - 1, c0: t.rect.c0, c1: t.rect.c1 };
  insertCells(sheet, insertRect, "Down", where, t);
  if (data) writeContents(sheet, insertRect, data, where);
  return insertRect;
}

/** Deletes body rows [index, index+count); deleting them all leaves one empty row, as Excel does. */
export function deleteRows(t: TableModel, index: number, count: number, where: string): void {
  assertEditable(t.sheet, t.rect, "objects", where);
  const bodyRows = bodyBottom(t) - bodyTop(t) + 1;
  if (
    !Number.isInteger(index) ||
    !Number.isInteger(count) ||
    index < 0 ||
    count < 1 ||
    index + count > bodyRows
  )
    fail(ErrorCode.invalidArgument, "The argument is invalid: row index.", where);
  let n = count;
  let start = index;
  if (count === bodyRows) {
    // Keep the first row and empty it.
    const first = bodyTop(t);
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const cell = getCell(t.sheet, first, c);
      if (cell) {
        delete cell.v;
        delete cell.f;
        delete cell.e;
        pruneCell(t.sheet, first, c);
      }
    }
    start = 1;
    n = count - 1;
  }
  if (n > 0) {
    const top = bodyTop(t) + start;
    deleteCells(t.sheet, { r0: top, r1: top + n - 1, c0: t.rect.c0, c1: t.rect.c1 }, "Up", where);
  }
}

/** Columns are inserted within the table's rows; cells to the right in those rows move right. */
export function addColumn(
  t: TableModel,
  index: number | null | undefined,
  values: unknown,
  name: unknown,
  where: string,
): number {
  const sheet = t.sheet;
  assertEditable(sheet, t.rect, "objects", where);
  const at = index === null || index === undefined ? t.columns.length : index;
  if (!Number.isInteger(at) || at < 0 || at > t.columns.length)
    fail(ErrorCode.invalidArgument, "The argument is invalid: column index.", where);
  if (name !== undefined && name !== null && typeof name !== "string")
    fail(ErrorCode.invalidArgument, "The argument is invalid: column name.", where);
  let data: unknown[][] | null = null;
  if (values !== undefined && values !== null)
    data = checkShape(values, { r0: t.rect.r0, r1: t.rect.r1, c0: 0, c1: 0 }, where);
  const col = t.rect.c0 + at;
  const r = { r0: t.rect.r0, r1: t.rect.r1, c0: col, c1: col };
  // Cells from the insertion column rightwards (within the table's rows) move right; the table grows.
  insertCells(sheet, r, "Right", where, t);
  // As Excel, the new column takes the number formats and styles of the column left of it (a
  // text column's "@" too, so a formula written there afterwards would stay text).
  if (at > 0)
    for (let row = r.r0; row <= r.r1; row++) {
      const left = getCell(sheet, row, col - 1);
      if (left?.nf === undefined && left?.s === undefined) continue;
      const cell = cellAt(sheet, row, col);
      if (left.nf !== undefined) cell.nf = left.nf;
      if (left.s !== undefined) cell.s = left.s;
    }
  const added = t.columns[at];
  if (data) writeContents(sheet, r, data, where);
  const wanted =
    typeof name === "string" && name !== ""
      ? name
      : t.showHeaders && data
        ? headerText(sheet, r.r0, col)
        : "";
  added.name = "";
  renameColumn(t, at, wanted, where);
  return at;
}

export function deleteColumn(t: TableModel, index: number, where: string): void {
  assertEditable(t.sheet, t.rect, "objects", where);
  if (t.columns.length === 1)
    fail(ErrorCode.invalidOperation, "A table must keep at least one column.", where);
  const col = t.rect.c0 + index;
  deleteCells(t.sheet, { r0: t.rect.r0, r1: t.rect.r1, c0: col, c1: col }, "Left", where);
}

export function removeTable(t: TableModel, clearCells: boolean, where: string): void {
  assertEditable(t.sheet, t.rect, "objects", where);
  if (clearCells)
    for (let r = t.rect.r0; r <= t.rect.r1; r++)
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        const cell = getCell(t.sheet, r, c);
        if (cell) {
          delete cell.v;
          delete cell.f;
          delete cell.e;
          pruneCell(t.sheet, r, c);
        }
      }
  t.alive = false;
  t.sheet.tables = t.sheet.tables.filter((x) => x !== t);
}

/** Table.resize: same header row, same sheet, no overlap; the headers are read again. */
export function resizeTable(t: TableModel, r: Rect, where: string): void {
  assertEditable(t.sheet, t.rect, "objects", where);
  if (r.r0 !== t.rect.r0)
    fail(ErrorCode.invalidArgument, "The header row must stay in the same place.", where);
  if (rowCount(r) < (t.showHeaders ? 2 : 1))
    fail(ErrorCode.invalidArgument, "The table needs a data row.", where);
  assertNoOverlap(t.sheet, r, t, where);
  const byName = new Map(t.columns.map((c) => [c.name.toLocaleUpperCase(), c]));
  t.rect = { ...r };
  const raw = Array.from({ length: colCount(r) }, (_, i) =>
    t.showHeaders ? headerText(t.sheet, r.r0, r.c0 + i) : "",
  );
  const names = normaliseHeaders(raw);
  t.columns = names.map((name) => {
    const kept = byName.get(name.toLocaleUpperCase());
    return kept ? { id: kept.id, name } : { id: t.nextColumnId++, name };
  });
  writeHeaderCells(t);
}

export function setShowTotals(t: TableModel, show: boolean, where: string): void {
  if (show === t.showTotals) return;
  assertEditable(t.sheet, t.rect, "objects", where);
  const row = t.rect.r1 + 1;
  if (show) {
    insertCells(t.sheet, { r0: row, r1: row, c0: t.rect.c0, c1: t.rect.c1 }, "Down", where);
    t.rect = { ...t.rect, r1: row };
    t.showTotals = true;
    const c = cellAt(t.sheet, row, t.rect.c0);
    c.v = "Total";
  } else {
    const totals = t.rect.r1;
    t.showTotals = false;
    t.rect = { ...t.rect, r1: totals - 1 };
    deleteCells(t.sheet, { r0: totals, r1: totals, c0: t.rect.c0, c1: t.rect.c1 }, "Up", where);
  }
}

export function tableById(wb: WorkbookModel, key: string): TableModel | undefined {
  return allTables(wb).find((t) => sameName(t.name, key) || t.id === key);
}
