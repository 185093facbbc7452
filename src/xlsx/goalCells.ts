/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these rules are for Office.js proxies; this file works on ExcelJS objects, which hold their
   data in memory. */
// Writes cell text into the goal table of a workbook loaded for editing (src/xlsx/package.ts), for
// `collect`: the values taken from the returns, each into its goal's row and column. Only those
// cells change; text goes in as an ExcelJS string value (always written as a string, never as a
// formula) in a cell formatted "@".
import type { ColumnKey } from "../domain";
import type { IndicatorChange } from "../plan/collect";
import { parseCell } from "../plan";
import { EditProblem, type GoalBook } from "./goalbook";

export interface GoalCellChange {
  /** GoalRow.index: the row's place in the table body. */
  row: number;
  column: ColumnKey;
  text: string;
}

/** Writes `changes` into the goal table; refuses a protected goal sheet, as every edit does. */
export function writeGoalCells(book: GoalBook, changes: readonly GoalCellChange[]): void {
  const { goals } = book.tables;
  const ws = book.edit.wb.worksheets.find((w) => w.name.toLowerCase() === goals.sheet.toLowerCase());
  if (ws === undefined) throw new Error(`no sheet ${goals.sheet}`);
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  if (changes.length > 0 && protection?.sheet === true) throw new EditProblem("protectedSheet", ws.name);
  const top = parseCell(goals.topLeft);
  for (const c of changes) {
    const at = book.read.columns[c.column];
    if (at === undefined) throw new Error(`the goal table has no column ${c.column}`);
    const cell = ws.getCell(top.row + 1 + c.row, top.col + at);
    if (cell.numFmt !== "@") cell.style = { ...cell.style, numFmt: "@" };
    cell.value = c.text === "" ? null : c.text;
  }
}

/**
 * Writes taken indicator values into the indicator table, each a number in a General cell as the
 * sheet holds numbers (null empties the cell); refuses a protected indicator sheet.
 */
export function writeIndicatorCells(book: GoalBook, changes: readonly IndicatorChange[]): void {
  if (changes.length === 0) return;
  const table = book.tables.indicators;
  if (!table) throw new Error("the workbook has no indicator table");
  const ws = book.edit.wb.worksheets.find((w) => w.name.toLowerCase() === table.sheet.toLowerCase());
  if (ws === undefined) throw new Error(`no sheet ${table.sheet}`);
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  if (protection?.sheet === true) throw new EditProblem("protectedSheet", ws.name);
  const top = parseCell(table.topLeft);
  for (const c of changes) {
    const cell = ws.getCell(top.row + 1 + c.row, top.col + c.col);
    if (cell.numFmt !== "General") cell.style = { ...cell.style, numFmt: "General" };
    cell.value = c.value;
  }
}
