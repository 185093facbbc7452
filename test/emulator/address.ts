/**
 * A1 addresses and rectangles. Rows and columns are 0-based internally, inclusive bounds.
 */
import { fail, ErrorCode } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, rows: number, cols: number): Rect {
  return { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 };
}

export const rowCount = (r: Rect): number => r.r1 - r.r0 + 1;
export const colCount = (r: Rect): number => r.c1 - r.c0 + 1;
export const cellCount = (r: Rect): number => rowCount(r) * colCount(r);

export function inBounds(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLS && r.r0 <= r.r1 && r.c0 <= r.c1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export const sameRect = (a: Rect, b: Rect): boolean =>
  a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;

/** The parts of `a` not covered by `b` (at most four rectangles). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.r0 < i.r0) out.push({ r0: a.r0, c0: a.c0, r1: i.r0 - 1, c1: a.c1 });
  if (i.r1 < a.r1) out.push({ r0: i.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < i.c0) out.push({ r0: i.r0, c0: a.c0, r1: i.r1, c1: i.c0 - 1 });
  if (i.c1 < a.c1) out.push({ r0: i.r0, c0: i.c1 + 1, r1: i.r1, c1: a.c1 });
  return out;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** "A1", "A1:C3", "A:C" (whole columns) or "1:3" (whole rows), without sheet name. */
export function formatRect(r: Rect): string {
  const wholeCols = r.r0 === 0 && r.r1 === MAX_ROWS - 1;
  const wholeRows = r.c0 === 0 && r.c1 === MAX_COLS - 1;
  if (wholeCols && !wholeRows) return `${columnLetters(r.c0)}:${columnLetters(r.c1)}`;
  if (wholeRows) return `${r.r0 + 1}:${r.r1 + 1}`;
  const a = cellAddress(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${cellAddress(r.r1, r.c1)}`;
}

/** Excel quotes a sheet name in an address unless it is a plain word that cannot be read as a reference. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeCellReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const col = columnIndex(a1[1]);
    const row = Number(a1[2]);
    if (col < MAX_COLS && row >= 1 && row <= MAX_ROWS) return true;
  }
  // R1C1 forms: R, C, R1, C1, RC, R1C1, R[1]C[1] (the bracket forms cannot be names anyway).
  return /^(R\d*C\d*|R\d*|C\d*)$/i.test(name);
}

export const formatAddress = (sheetName: string, r: Rect): string =>
  `${quoteSheetName(sheetName)}!${formatRect(r)}`;

export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses an address as Excel's getRange accepts it; throws InvalidArgument otherwise. */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, local } = splitSheet(address.trim());
  const parts = local.split(":");
  const bad = (): never =>
    fail(ErrorCode.invalidArgument, `The argument is invalid or missing: address '${address}'.`);
  if (parts.length < 1 || parts.length > 2) bad();
  const [a, b = parts[0]] = parts;
  let r: Rect | null = null;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    r = {
      r0: Number(ca[2]) - 1,
      c0: columnIndex(ca[1]),
      r1: Number(cb[2]) - 1,
      c1: columnIndex(cb[1]),
    };
  } else if (parts.length === 2 && COL.exec(a) && COL.exec(b)) {
    r = { r0: 0, r1: MAX_ROWS - 1, c0: columnIndex(COL.exec(a)![1]), c1: columnIndex(COL.exec(b)![1]) };
  } else if (parts.length === 2 && ROW.exec(a) && ROW.exec(b)) {
    r = { r0: Number(ROW.exec(a)![1]) - 1, r1: Number(ROW.exec(b)![1]) - 1, c0: 0, c1: MAX_COLS - 1 };
  }
  if (!r) return bad();
  // Excel normalises reversed corners ("C3:A1" is A1:C3).
  const n = {
    r0: Math.min(r.r0, r.r1),
    r1: Math.max(r.r0, r.r1),
    c0: Math.min(r.c0, r.c1),
    c1: Math.max(r.c0, r.c1),
  };
  if (!inBounds(n)) bad();
  return { sheet, rect: n };
}
