/**
 * How Excel turns what is written into `values`/`formulas` into cell content, and how it reads back.
 *
 * Writing parses the input as if a person typed it (en-US rules, as Office.js does for `values`):
 * - "=…" becomes a formula; "+…", "-…" and "@…" that are not plain numbers become formulas too
 *   ("+x" → "=+x", "-x" → "=-x", "@x" → "=x", the Lotus-style prefix). This is the injection trap.
 * - "'…" is text without the apostrophe (Excel's "treat as text" prefix).
 * - Numeric text ("12", "1.5", "-3e2") becomes a number, "5%" becomes 0.05 (format "0%"),
 *   "TRUE"/"FALSE" become booleans, ISO dates "2024-05-31" become date serials (format "yyyy-mm-dd"),
 *   error literals ("#N/A") become error values.
 * - In a cell whose number format is "@" (Text) every string is kept exactly as written.
 * - `null` leaves the cell unchanged; "" clears its content (formats stay).
 */
import { ErrorCode, fail, messages } from "./errors";
import { MAX_COLS, colCount, rowCount, type Rect } from "./address";
import {
  type Cell,
  type Scalar,
  type SheetModel,
  bandNumberFormat,
  cellAt,
  getCell,
  numberFormatAt,
  pruneCell,
} from "./model";

export const MAX_TEXT_LENGTH = 32_767;
export const MAX_FORMULA_LENGTH = 8_192;
export const ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
];

export type Parsed =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "value"; v: Scalar; e?: boolean; nf?: string }
  | { kind: "formula"; f: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1899-12-30, Excel's date serial (1900 system). */
export function dateSerial(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function parseInput(input: unknown, textFormatted: boolean, where: string): Parsed {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      fail(ErrorCode.invalidArgument, "The argument is invalid: a number must be finite.", where);
    return { kind: "value", v: input };
  }
  if (typeof input === "boolean") return { kind: "value", v: input };
  if (typeof input !== "string")
    return fail(
      ErrorCode.invalidArgument,
      "The argument is invalid: a cell value must be a string, number or boolean.",
      where,
    );
  if (input === "") return { kind: "clear" };
  if (input.length > MAX_TEXT_LENGTH)
    fail(
      ErrorCode.invalidArgument,
      `The argument is invalid: text longer than ${MAX_TEXT_LENGTH} characters.`,
      where,
    );
  if (textFormatted) return { kind: "value", v: input };
  if (input.startsWith("'")) return { kind: "value", v: input.slice(1) };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { kind: "value", v: Number(trimmed) };
  const pct = PERCENT.exec(trimmed);
  if (pct) return { kind: "value", v: Number(pct[1]) / 100, nf: "0%" };
  const first = input[0];
  if (input.length > 1 && (first === "=" || first === "+" || first === "-" || first === "@")) {
    const f = first === "=" ? input : first === "@" ? `=${input.slice(1)}` : `=${input}`;
    if (f.length > MAX_FORMULA_LENGTH)
      fail(ErrorCode.formulaLengthExceedsLimit, "The formula is longer than Excel allows.", where);
    return { kind: "formula", f };
  }
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", v: upper === "TRUE" };
  if (ERROR_LITERALS.includes(upper)) return { kind: "value", v: upper, e: true };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { kind: "value", v: serial, nf: "yyyy-mm-dd" };
  }
  return { kind: "value", v: input };
}

/** Throws InvalidArgument unless `data` is a rows × cols array of arrays. */
export function checkShape(data: unknown, r: Rect, where: string): unknown[][] {
  const rows = rowCount(r);
  const cols = colCount(r);
  if (!Array.isArray(data) || data.length !== rows) fail(ErrorCode.invalidArgument, messages.shape, where);
  for (const row of data as unknown[]) {
    if (!Array.isArray(row) || row.length !== cols) fail(ErrorCode.invalidArgument, messages.shape, where);
  }
  return data as unknown[][];
}

/** Parses the whole array before touching a cell, so one bad element changes nothing. */
export function writeContents(sheet: SheetModel, r: Rect, data: unknown[][], where: string): void {
  const parsed: Parsed[][] = data.map((row, i) =>
    row.map((input, j) => parseInput(input, numberFormatAt(sheet, r.r0 + i, r.c0 + j) === "@", where)),
  );
  parsed.forEach((row, i) =>
    row.forEach((p, j) => {
      const rr = r.r0 + i;
      const cc = r.c0 + j;
      if (p.kind === "skip") return;
      if (p.kind === "clear") {
        const c = getCell(sheet, rr, cc);
        if (c) {
          delete c.v;
          delete c.e;
          delete c.f;
          pruneCell(sheet, rr, cc);
        }
        return;
      }
      const c = cellAt(sheet, rr, cc);
      delete c.e;
      if (p.kind === "formula") {
        c.f = p.f;
        delete c.v;
        return;
      }
      delete c.f;
      c.v = p.v;
      if (p.e) c.e = true;
      if (p.nf && (c.nf === undefined || c.nf === "General")) c.nf = p.nf;
    }),
  );
}

export function writeNumberFormats(sheet: SheetModel, r: Rect, data: unknown[][], where: string): void {
  for (const row of data)
    for (const f of row)
      if (f !== null && f !== undefined && typeof f !== "string")
        fail(ErrorCode.invalidArgument, "The argument is invalid: a number format must be a string.", where);
  data.forEach((row, i) =>
    row.forEach((f, j) => {
      if (f === null || f === undefined) return;
      const rr = r.r0 + i;
      const cc = r.c0 + j;
      if ((f === "" || f === "General") && bandNumberFormat(sheet, rr, cc) !== undefined) {
        // General over a band's format must be the cell's own.
        cellAt(sheet, rr, cc).nf = "General";
        return;
      }
      if (f === "" || f === "General") {
        const c = getCell(sheet, rr, cc);
        if (c) {
          delete c.nf;
          pruneCell(sheet, rr, cc);
        }
        return;
      }
      cellAt(sheet, rr, cc).nf = f as string;
    }),
  );
}

export interface FormulaValueHook {
  (info: { sheet: string; row: number; col: number; formula: string }): Scalar | undefined;
}

/** What `values` returns for one cell. Formula cells give their cached value, else the hook's, else 0. */
export function cellValue(sheet: SheetModel, row: number, col: number, hook?: FormulaValueHook): Scalar {
  const c = getCell(sheet, row, col);
  if (!c) return "";
  if (c.f !== undefined) {
    if (c.v !== undefined) return c.v;
    return hook?.({ sheet: sheet.name, row, col, formula: c.f }) ?? 0;
  }
  return c.v ?? "";
}

export function cellFormula(c: Cell | undefined): Scalar {
  if (!c) return "";
  return c.f ?? c.v ?? "";
}

export function cellValueType(sheet: SheetModel, row: number, col: number, hook?: FormulaValueHook): string {
  const c = getCell(sheet, row, col);
  if (!c || (c.v === undefined && c.f === undefined)) return "Empty";
  if (c.e) return "Error";
  const v = cellValue(sheet, row, col, hook);
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (ERROR_LITERALS.includes(v)) return "Error";
  return v === "" ? "Empty" : "String";
}

function serialToIso(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A simplified `text`: General, "@", percentages, fixed decimals and ISO dates. */
export function displayText(v: Scalar, nf: string | undefined): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const f = nf ?? "General";
  if (/^y{2,4}-m{1,2}-d{1,2}$/i.test(f)) return serialToIso(v);
  const pct = /^0(\.(0+))?%$/.exec(f);
  if (pct) return `${(v * 100).toFixed(pct[2]?.length ?? 0)}%`;
  const fixed = /^0(\.(0+))?$/.exec(f);
  if (fixed) return v.toFixed(fixed[2]?.length ?? 0);
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(11)));
}

/** More cells than any response could carry (values of a whole sheet, say): refused before reading. */
export const MAX_READ_CELLS = 5_000_000;

export function readGrid<T>(r: Rect, fn: (row: number, col: number) => T): T[][] {
  if (rowCount(r) * colCount(r) > MAX_READ_CELLS)
    fail(
      ErrorCode.responsePayloadSizeLimitExceeded,
      "The range is too large to read its cells.",
      "Range.load",
    );
  const out: T[][] = [];
  for (let row = r.r0; row <= r.r1; row++) {
    const line: T[] = [];
    for (let col = r.c0; col <= r.c1; col++) line.push(fn(row, col));
    out.push(line);
  }
  return out;
}

/** Cells above which a one-value number format is kept as a band instead of per cell. */
const BAND_CELLS = 100_000;

/**
 * `range.numberFormat = "@"`: one format for every cell of the range, as Office.js applies a single
 * value. A large range (a column down to the sheet's last row) becomes a band, which also reaches
 * cells created later; the cells already there take it too.
 */
export function writeNumberFormatScalar(sheet: SheetModel, r: Rect, f: string, where: string): void {
  if (rowCount(r) * colCount(r) <= BAND_CELLS) {
    writeNumberFormats(
      sheet,
      r,
      Array.from({ length: rowCount(r) }, () => Array<string>(colCount(r)).fill(f)),
      where,
    );
    return;
  }
  for (const [k, c] of sheet.cells) {
    const row = Math.floor(k / MAX_COLS);
    const col = k % MAX_COLS;
    if (row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1) c.nf = f;
  }
  (sheet.nfBands ??= []).push({ rect: { ...r }, nf: f === "" ? "General" : f });
}
