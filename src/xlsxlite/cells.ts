// A cell's text as the CLI reads it (cellText in src/xlsx/read.ts over ExcelJS's model), from the
// cell's XML: text as Excel shows it, numbers as JavaScript prints the parsed value, a number in a
// date format as its ISO date, TRUE/FALSE, an error code, a formula's cached result.
import { attr, child, children, textOf } from "./xml";

export interface CellContext {
  /** The shared string table (xl/sharedStrings.xml), each entry's text. */
  shared: readonly string[];
  /** Indexes into the style table (cellXfs) whose number format shows a date. */
  dateStyles: ReadonlySet<number>;
  /** The workbook counts dates from 1904 (workbookPr date1904). */
  date1904: boolean;
}

// Excel writes a character XML cannot hold (a control character, or a CR it must keep) as
// _xHHHH_; ExcelJS decodes the same pattern.
const ESCAPE = /_x([0-9A-F]{4})_/g;

function unescapeText(text: string): string {
  return text.includes("_x")
    ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * The text of a string item (<si> of the shared strings, <is> of an inline string): its runs
 * joined, phonetic guides (<rPh>) left out, as Excel shows it.
 */
export function stringItemText(item: Element): string {
  const runs = children(item, "r");
  if (runs.length > 0) return runs.map((r) => unescapeText(textOf(child(r, "t")))).join("");
  return unescapeText(textOf(child(item, "t")));
}

export function sharedStrings(root: Element | null): string[] {
  return root === null ? [] : children(root, "si").map(stringItemText);
}

/** The built-in number formats that show a date or time (ECMA-376 18.8.30), as ExcelJS reads them. */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's test: a date or time letter outside quoted text and [..] sections. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The cellXfs indexes whose number format is a date, from xl/styles.xml. */
export function dateStyles(styles: Element | null): Set<number> {
  const out = new Set<number>();
  if (styles === null) return out;
  const custom = new Map<number, string>();
  const formats = child(styles, "numFmts");
  for (const f of formats === null ? [] : children(formats, "numFmt")) {
    const code = attr(f, "formatCode") ?? "";
    if (code !== "") custom.set(Number(attr(f, "numFmtId")), code);
  }
  const xfs = child(styles, "cellXfs");
  if (xfs === null) return out;
  children(xfs, "xf").forEach((xf, index) => {
    const id = Number(attr(xf, "numFmtId") ?? "0");
    if (!id) return;
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) out.add(index);
  });
  return out;
}

/** A serial date as the CLI prints it: the day (UTC) ExcelJS's conversion gives. */
function serialDate(value: number, date1904: boolean): string {
  const ms = Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
}

function numberText(v: string, styled: boolean, ctx: CellContext): string {
  const value = parseFloat(v);
  return styled && Number.isFinite(value) ? serialDate(value, ctx.date1904) : String(value);
}

/** The text of one <c> element. */
export function cellText(c: Element, ctx: CellContext): string {
  const type = attr(c, "t");
  const v = child(c, "v");
  const f = child(c, "f");
  const styled = ctx.dateStyles.has(Number(attr(c, "s") ?? "0"));
  if (type === "inlineStr") {
    const is = child(c, "is");
    return is === null ? "" : stringItemText(is);
  }
  if (v === null) return "";
  const raw = textOf(v);
  // A formula (its text, or a shared formula's reference) gives its cached result.
  const formula = f !== null && (textOf(f) !== "" || attr(f, "t") !== null);
  switch (type) {
    case "s": {
      if (formula) return numberText(raw, styled, ctx);
      const text = ctx.shared[parseInt(raw, 10)];
      return text ?? "";
    }
    case "str":
      return raw;
    case "b":
      return parseInt(raw, 10) !== 0 ? "TRUE" : "FALSE";
    case "e":
      return raw;
    case "d": {
      // ISO 8601 in the cell (strict files); shown as the CLI shows a date.
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? raw : date.toISOString().slice(0, 10);
    }
    default:
      return numberText(raw, styled, ctx);
  }
}
