/**
 * Cell formats: fills, fonts, alignment, wrap, locking, column widths and row heights.
 * Styles are shared immutable objects; a patch maps each distinct old style to one new style.
 */
import { ErrorCode, fail } from "./errors";
import { MAX_COLS, MAX_ROWS, type Rect, cellCount } from "./address";
import {
  type CellStyle,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type SheetModel,
  cellAt,
  effectiveStyle,
  forEachStoredCell,
  getCell,
  pruneCell,
} from "./model";
import { cellValue, displayText } from "./cells";

export type StylePatch = (s: CellStyle) => CellStyle;

function interned(patch: StylePatch): (s: CellStyle | undefined) => CellStyle | undefined {
  const cache = new Map<CellStyle | undefined, CellStyle | undefined>();
  return (s) => {
    if (cache.has(s)) return cache.get(s);
    const next = patch({ ...(s ?? {}) });
    const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as CellStyle;
    const result = Object.keys(clean).length ? clean : undefined;
    cache.set(s, result);
    return result;
  };
}

export function patchStyle(sheet: SheetModel, r: Rect, patch: StylePatch): void {
  const apply = interned(patch);
  const wholeCols = r.r0 === 0 && r.r1 === MAX_ROWS - 1;
  const wholeRows = r.c0 === 0 && r.c1 === MAX_COLS - 1;
  if (wholeCols || wholeRows) {
    // Whole columns/rows: remember the format for cells created later, and patch the cells that exist.
    if (wholeCols)
      for (let c = r.c0; c <= r.c1; c++) setOrDelete(sheet.colStyles, c, apply(sheet.colStyles.get(c)));
    if (wholeRows && !wholeCols)
      for (let row = r.r0; row <= r.r1; row++)
        setOrDelete(sheet.rowStyles, row, apply(sheet.rowStyles.get(row)));
    forEachStoredCell(sheet, r, (row, col, c) => {
      c.s = apply(c.s ?? sheet.rowStyles.get(row) ?? sheet.colStyles.get(col));
      if (!c.s) delete c.s;
      pruneCell(sheet, row, col);
    });
    return;
  }
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++) {
      const existing = getCell(sheet, row, col);
      const base = existing?.s ?? sheet.rowStyles.get(row) ?? sheet.colStyles.get(col);
      const next = apply(base);
      if (next === undefined && !existing) continue;
      const c = existing ?? cellAt(sheet, row, col);
      if (next) c.s = next;
      else delete c.s;
      pruneCell(sheet, row, col);
    }
}

function setOrDelete<K, V>(m: Map<K, V>, k: K, v: V | undefined): void {
  if (v === undefined) m.delete(k);
  else m.set(k, v);
}

/** The common value over the range, or null when cells differ (as Excel reports mixed formats). */
export function uniform<T>(sheet: SheetModel, r: Rect, get: (s: CellStyle | undefined) => T): T | null {
  if (cellCount(r) > 2_000_000) return null;
  let first: T | undefined;
  let seen = false;
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++) {
      const v = get(effectiveStyle(sheet, row, col));
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  return first as T;
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
};

/** Excel accepts "#RRGGBB", "#RGB" and HTML colour names and reports "#RRGGBB" in capitals. */
export function normaliseColor(input: unknown, where: string): string {
  if (typeof input === "string") {
    const s = input.trim();
    if (/^#[0-9a-f]{6}$/i.test(s)) return s.toUpperCase();
    if (/^#[0-9a-f]{3}$/i.test(s))
      return `#${s
        .slice(1)
        .split("")
        .map((ch) => ch + ch)
        .join("")}`.toUpperCase();
    const named = NAMED_COLORS[s.toLowerCase()];
    if (named) return named;
  }
  return fail(
    ErrorCode.invalidArgument,
    `The argument is invalid: '${String(input)}' is not a colour.`,
    where,
  );
}

export function columnWidth(sheet: SheetModel, col: number): number {
  return sheet.colWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
}

export function rowHeight(sheet: SheetModel, row: number): number {
  return sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
}

export function setColumnWidths(sheet: SheetModel, r: Rect, width: number, where: string): void {
  if (typeof width !== "number" || !Number.isFinite(width) || width < 0 || width > 1_800)
    fail(ErrorCode.invalidArgument, "The argument is invalid: column width.", where);
  for (let c = r.c0; c <= r.c1; c++) sheet.colWidths.set(c, width);
}

export function setRowHeights(sheet: SheetModel, r: Rect, height: number, where: string): void {
  if (typeof height !== "number" || !Number.isFinite(height) || height < 0 || height > 409)
    fail(ErrorCode.invalidArgument, "The argument is invalid: row height.", where);
  for (let row = r.r0; row <= r.r1; row++) sheet.rowHeights.set(row, height);
}

/**
 * Approximate autofit: about 6 points per character of the longest line (bold counts 10% wider),
 * plus padding, capped at Excel's maximum. Good enough to tell "fitted" from "default".
 */
export function autofitColumns(sheet: SheetModel, r: Rect): void {
  const longest = new Map<number, number>();
  forEachStoredCell(sheet, r, (row, col, c) => {
    if (c.v === undefined && c.f === undefined) return;
    const text = displayText(cellValue(sheet, row, col), c.nf);
    const bold = effectiveStyle(sheet, row, col)?.bold ? 1.1 : 1;
    const len = Math.max(...text.split("\n").map((l) => l.length)) * bold;
    longest.set(col, Math.max(longest.get(col) ?? 0, len));
  });
  for (let col = r.c0; col <= Math.min(r.c1, MAX_COLS - 1); col++) {
    const len = longest.get(col);
    if (len === undefined) continue;
    sheet.colWidths.set(col, Math.min(1_789.5, Math.max(DEFAULT_COLUMN_WIDTH / 4, Math.ceil(len * 6 + 9))));
  }
}

/** Approximate autofit of row heights: 15 points per line, wrapped text broken at the column width. */
export function autofitRows(sheet: SheetModel, r: Rect): void {
  const lines = new Map<number, number>();
  forEachStoredCell(sheet, r, (row, col, c) => {
    if (c.v === undefined && c.f === undefined) return;
    const text = displayText(cellValue(sheet, row, col), c.nf);
    const wrap = effectiveStyle(sheet, row, col)?.wrap === true;
    const perLine = Math.max(1, Math.floor((columnWidth(sheet, col) - 9) / 6));
    const n = text
      .split("\n")
      .reduce((acc, l) => acc + (wrap ? Math.max(1, Math.ceil(l.length / perLine)) : 1), 0);
    lines.set(row, Math.max(lines.get(row) ?? 1, wrap ? n : text.split("\n").length));
  });
  for (const [row, n] of lines) sheet.rowHeights.set(row, Math.min(409, n * DEFAULT_ROW_HEIGHT));
}
