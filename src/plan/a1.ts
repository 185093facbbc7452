// A1-style addresses. The plan speaks A1 because it is the one notation both renderers take
// directly: Office.js `worksheet.getRange("G3:G44")` and ExcelJS `worksheet.getCell("G3")`,
// `dataValidations.add("G3:G44", ...)`. Rows are 1-based like in A1; columns are letters.

/** 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 1 || index > 16384) {
    throw new RangeError(`column index out of range: ${index}`);
  }
  let n = index;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 1, "AA" → 27. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) throw new RangeError(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellRef {
  /** 1-based row. */
  row: number;
  /** 1-based column. */
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  return top === bottom && left === right ? a : `${a}:${cellAddress(bottom, right)}`;
}

export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) throw new RangeError(`not a cell address: ${address}`);
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

export function parseRange(address: string): RangeRef {
  const [a, b] = address.split(":");
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function rangeContains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/**
 * A sheet name as it appears before "!" in an address: bare when it is a plain word
 * (letters, digits, underscore, dot; not starting with a digit), otherwise in single quotes
 * with inner quotes doubled, as Excel writes it ("Mål!G5", "'Min flik'!A1").
 */
export function sheetPrefix(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Mål!G5" */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return `${sheetPrefix(sheet)}!${cellAddress(row, col)}`;
}

/** "Mål!G5" / "'Min flik'!G5" → sheet and cell. */
export function parseQualified(address: string): { sheet: string; cell: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, cell: `${m[3]}${m[4]}` };
}
