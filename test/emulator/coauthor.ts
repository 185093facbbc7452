/**
 * A co-author's edits, for landing between two of the add-in's requests (Faults.beforeSync):
 * sorting the rows of a range, inserting rows. They act on the model as a change merged in from
 * another session would, bypassing protection and not counted as requests.
 */
import type { Rect } from "./address";
import { cellValue } from "./cells";
import { type Cell, type SheetModel, key } from "./model";
import { insertCells } from "./shift";

/**
 * Sorts the rows of `r` by the text of column `by` (0-based within the range), as Data > Sort
 * does: whole rows of the range move, cells keep their values, formats and validation.
 */
export function sortRows(sheet: SheetModel, r: Rect, by: number, descending = false): void {
  const rows: { text: string; cells: (Cell | undefined)[] }[] = [];
  for (let row = r.r0; row <= r.r1; row++) {
    const cells: (Cell | undefined)[] = [];
    for (let col = r.c0; col <= r.c1; col++) cells.push(sheet.cells.get(key(row, col)));
    rows.push({ text: String(cellValue(sheet, row, r.c0 + by) ?? ""), cells });
  }
  rows.sort((a, b) => (descending ? -1 : 1) * a.text.localeCompare(b.text));
  rows.forEach((line, i) =>
    line.cells.forEach((c, j) => {
      const k = key(r.r0 + i, r.c0 + j);
      if (c) sheet.cells.set(k, c);
      else sheet.cells.delete(k);
    }),
  );
}

/** Inserts the rows of `r` (cells below in its columns move down; a table it is in grows). */
export function insertRows(sheet: SheetModel, r: Rect): void {
  insertCells(sheet, r, "Down", "coauthor.insertRows");
}
