/**
 * Worksheet protection as the adapter meets it: a protected sheet rejects edits to locked cells and
 * structural changes with AccessDenied, unless the protection options allow that kind of change.
 */
import { ErrorCode, fail, messages } from "./errors";
import { MAX_COLS, MAX_ROWS, type Rect, cellCount } from "./address";
import { type SheetModel, effectiveStyle, forEachStoredCell, type ProtectionOptions } from "./model";

export type EditKind =
  | "contents"
  | "formatCells"
  | "formatColumns"
  | "formatRows"
  | "insertRows"
  | "insertColumns"
  | "deleteRows"
  | "deleteColumns"
  /** Tables, data validation, conditional formats, merges: never allowed on a protected sheet here. */
  | "objects";

const allowedBy: Partial<Record<EditKind, keyof ProtectionOptions>> = {
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  insertRows: "allowInsertRows",
  insertColumns: "allowInsertColumns",
  deleteRows: "allowDeleteRows",
  deleteColumns: "allowDeleteColumns",
};

function anyLocked(sheet: SheetModel, r: Rect): boolean {
  // Unlocked cells carry an explicit `locked: false` in their own, row or column style.
  if (cellCount(r) > 2_000_000) {
    // Huge areas: locked unless whole unlocked columns cover it and no stored cell relocks.
    for (let col = r.c0; col <= r.c1; col++) if (sheet.colStyles.get(col)?.locked !== false) return true;
    let relocked = false;
    forEachStoredCell(sheet, r, (_row, _col, c) => {
      if (c.s && c.s.locked !== false) relocked = true;
    });
    return relocked;
  }
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++)
      if (effectiveStyle(sheet, row, col)?.locked !== false) return true;
  return false;
}

export function assertEditable(sheet: SheetModel, r: Rect | null, kind: EditKind, where: string): void {
  if (!sheet.protection.protected) return;
  const option = allowedBy[kind];
  if (option && sheet.protection.options[option] === true) {
    // Excel still refuses inserting or deleting rows that would shift locked cells partially.
    if ((kind === "insertRows" || kind === "deleteRows") && r && !(r.c0 === 0 && r.c1 === MAX_COLS - 1))
      fail(ErrorCode.accessDenied, messages.protectedSheet, where);
    if ((kind === "insertColumns" || kind === "deleteColumns") && r && !(r.r0 === 0 && r.r1 === MAX_ROWS - 1))
      fail(ErrorCode.accessDenied, messages.protectedSheet, where);
    return;
  }
  if (kind === "contents" && r && !anyLocked(sheet, r)) return;
  fail(ErrorCode.accessDenied, messages.protectedSheet, where);
}
