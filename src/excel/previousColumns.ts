// The last-year columns a rollover or a history import adds to a goal table that lacks them
// (src/plan/previousColumns.ts decides which, where and how they look), queued in the command's
// one write, so its sync count stays as it was. Each column is added at the table's end by
// TableColumnCollection.add with its header as the name (nothing is sent per row), formatted as a
// load formats it (the new column would otherwise take the format of the column left of it,
// which is text: a formula written there would stay text), and its formula written once and
// filled down as a load's (fill.ts; a grid of formulas without ExcelApi 1.9).
import { charsToPoints, parseRange, type CellFormat } from "../plan";
import type { PreviousColumnsPlan, PreviousRows } from "../plan/previousColumns";
import type { WriteBatch } from "./batch";
import {
  addFormatToBottom,
  addTableBody,
  cellFormatCommands,
  queueCellFormat,
  type RenderOptions,
} from "./render";

export function addPreviousColumns(
  batch: WriteBatch,
  plan: PreviousColumnsPlan | null,
  options: RenderOptions,
): void {
  if (plan === null) return;
  const names = plan.columns.filter((c) => c.add).map((c) => c.header);
  if (names.length > 0)
    batch.add(`columns ${plan.table}`, 2 * names.length, names, (context) => {
      const table = context.workbook.tables.getItem(plan.table);
      for (const name of names) table.columns.add(undefined, undefined, name);
    });
  // Widths and the whole columns' alignment, as addColumnFormats gives a load's columns.
  for (const col of plan.columnPlans) {
    const address = `${col.column}:${col.column}`;
    const f: CellFormat = { ...(col.format ?? {}) };
    const points = charsToPoints(col.width);
    batch.add(`column ${plan.sheet}!${address}`, 1 + cellFormatCommands(f), address, (context) => {
      const range = context.workbook.worksheets.getItem(plan.sheet).getRange(address);
      range.format.columnWidth = points;
      queueCellFormat(range, f, false);
    });
  }
  // Number formats before the formulas arrive, then the look.
  for (const rf of plan.formats) {
    const r = parseRange(rf.range);
    const { numberFormat, ...look } = rf.format;
    // One value, which Office.js applies to every cell of the (bounded) range: nothing per row.
    if (numberFormat !== undefined)
      addFormatToBottom(batch, plan.sheet, r.top, r.left, r.right, numberFormat, r.bottom);
    batch.add(`format ${plan.sheet}!${rf.range}`, cellFormatCommands(look), rf.range, (context) => {
      queueCellFormat(
        context.workbook.worksheets.getItem(plan.sheet).getRange(rf.range),
        look,
        r.bottom > r.top,
      );
    });
  }
  for (const c of plan.columns)
    addTableBody(
      batch,
      plan.sheet,
      plan.firstBody,
      c.col,
      c.cells.map((v) => [v]),
      options,
      true,
    );
}

/**
 * The last-year formulas of the rows a merge writes (`rows` of src/plan/load.ts's MergeLoad): a
 * column of one formula each, filled down as a load's. `top` is the sheet row of body row 0.
 */
export function addPreviousRows(
  batch: WriteBatch,
  sheet: string,
  top: number,
  left: number,
  rows: PreviousRows | null,
  options: RenderOptions,
): void {
  if (rows === null) return;
  for (const c of rows.columns)
    addTableBody(
      batch,
      sheet,
      top + rows.row,
      left + c.col,
      c.cells.map((v) => [v]),
      options,
      true,
    );
}
