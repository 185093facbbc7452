/**
 * Excel's table auto-expansion ("include new rows in the table", on by default), reduced to the
 * case the self-test checks: values written into the row right below a table, starting within
 * its columns, make the table grow down over the written rows. Only with the emulator option
 * `autoExpandTables` (off by default, so the adapter's tests see no table change size on its
 * own). Not modelled: columns to the right, Excel's quirks with blank rows in large writes,
 * formats and calculated columns carried into the new rows, and the user's AutoCorrect setting.
 */
import type { Rect } from "./address";
import type { SheetModel } from "./model";

export function expandTablesBelow(sheet: SheetModel, written: Rect, values: unknown): void {
  if (!Array.isArray(values)) return;
  const hasContent = values.some(
    (row) => Array.isArray(row) && row.some((v) => v !== null && v !== undefined && v !== ""),
  );
  if (!hasContent) return;
  for (const t of sheet.tables) {
    if (!t.alive || t.showTotals) continue;
    if (written.r0 !== t.rect.r1 + 1) continue;
    if (written.c0 < t.rect.c0 || written.c0 > t.rect.c1) continue;
    const grown: Rect = { ...t.rect, r1: written.r1 };
    // Excel does not grow a table into another one.
    const blocked = sheet.tables.some(
      (o) =>
        o !== t &&
        o.alive &&
        o.rect.r0 <= grown.r1 &&
        o.rect.r1 >= grown.r0 &&
        o.rect.c0 <= grown.c1 &&
        o.rect.c1 >= grown.c0,
    );
    if (!blocked) t.rect = grown;
  }
}
