// Names and measures shared by the plan builders and the readers.
import {
  COLUMN_KEYS,
  GOAL_COLUMNS,
  goalColumn,
  requiredColumnKeys,
  type ColumnKey,
  type GoalColumns,
  type Lang,
} from "../domain";
import { t } from "../i18n";
import { columnLetter, parseRange, rangeAddress } from "./a1";
import { HEADER_SWATCH } from "./colors";
import type { CellBlock, CellFormat, PlanValue, RangeFormat, TablePlan } from "./types";
import { isFormula } from "./types";

/**
 * Table names are ASCII and the same in both languages: the add-in and the readers find the
 * tables by name whatever language the workbook was made in, and a name without å/ä/ö cannot
 * trip over any locale. They are valid Excel names (letters, digits, underscore; no cell
 * reference look-alikes).
 */
export const GOAL_TABLE = "Maluppfoljning_Mal";
export const INFO_TABLE = "Maluppfoljning_Info";
export const PROGRAM_TABLE = "Maluppfoljning_Program";
export const AREA_TABLE = "Maluppfoljning_Omraden";
export const HISTORY_TABLE = "Maluppfoljning_Historik";
export const INDICATOR_TABLE = "Maluppfoljning_Indikatorer";

/** The goal table's columns are the domain's row columns (GOAL_COLUMNS), in the same order. */
export const GOAL_COLUMN_KEYS: readonly ColumnKey[] = COLUMN_KEYS;

/** Columns without which the goal table cannot be followed up. */
export const REQUIRED_GOAL_COLUMNS: readonly ColumnKey[] = requiredColumnKeys();

/** The header of a goal column in `lang`. */
export function goalHeader(key: ColumnKey, lang: Lang, columns: GoalColumns = GOAL_COLUMNS): string {
  return t(lang, goalColumn(key, columns).header);
}

/**
 * Width limits (Excel character units) and wrapping per goal column, from the descriptor. Long
 * texts wrap inside a bounded width instead of making one column as wide as its longest goal.
 */
export const GOAL_COLUMN_SPEC: Readonly<Record<ColumnKey, { min: number; max: number; wrap: boolean }>> =
  Object.fromEntries(
    GOAL_COLUMNS.map((c) => [c.key, { min: c.width.min, max: c.width.max, wrap: c.wrap }]),
  ) as Record<ColumnKey, { min: number; max: number; wrap: boolean }>;

/** Normalised header for matching: trimmed, spaces collapsed, lower case. */
export function normaliseHeader(h: string): string {
  return h.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");
}

/** Length of the longest line of a text, in characters. */
export function longestLine(text: string): number {
  let max = 0;
  for (const line of text.split(/\r?\n/)) max = Math.max(max, [...line].length);
  return max;
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/**
 * Column width (characters) that fits `texts` within [min, max]. The +2 leaves room for the
 * cell padding and for the bold header font.
 */
export function fitWidth(texts: Iterable<string>, min: number, max: number): number {
  let widest = 0;
  for (const s of texts) widest = Math.max(widest, longestLine(s));
  return clamp(widest + 2, min, max);
}

/**
 * Points of row height for `text` wrapped in a (merged) cell `widthChars` wide. Excel does not
 * fit the height of merged cells by itself, so the plan sets it. Errs on the generous side: an
 * average character of Calibri 11 is narrower than the width unit's "0", but words do not break
 * mid-line, so lines are counted as if only ~90 % of the width held text.
 */
export function wrappedHeight(text: string, widthChars: number, fontSize = 11): number {
  const perLine = Math.max(1, Math.floor(widthChars * 0.9));
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    // Count word-wrapped lines: a word moves to the next line when it does not fit.
    let used = 0;
    let paraLines = 1;
    for (const word of para.split(/\s+/).filter((w) => w.length > 0)) {
      const len = [...word].length;
      if (used === 0) used = len;
      else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        paraLines += 1;
        used = len;
      }
      while (used > perLine) {
        paraLines += 1;
        used -= perLine;
      }
    }
    lines += paraLines;
  }
  const lineHeight = fontSize * 1.3;
  return Math.ceil(lines * lineHeight + 4);
}

/**
 * Width of a character relative to the "0" that column widths count in, for Calibri (Excel) and
 * DejaVu Sans (what LibreOffice shows instead of Calibri) alike, rounded up: the narrow and the
 * wide letters are what make a line of real text hold more or fewer characters than the width.
 */
const CHAR_WIDTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [" \t.,:;'!|iljI", 0.45],
      ["-ftr()", 0.6],
      ["mw", 1.35],
      ["MW@", 1.6],
      ["ABCDEFGHJKLNOPQRSTUVXYZÅÄÖ", 1.1],
      ["0123456789", 1.0],
      ["abcdeghknopqsuvxyzåäöé", 0.85],
    ] as const
  ).flatMap(([chars, w]) => [...chars].map((c): [string, number] => [c, w])),
);

function charWidth(ch: string): number {
  return CHAR_WIDTHS.get(ch) ?? 1.1;
}

function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * Lines `text` takes when word-wrapped in a cell `widthChars` wide (at least 1). A word moves
 * to the next line when it does not fit; a word longer than a line breaks. `bold` text is wider.
 */
export function wrappedLines(text: string, widthChars: number, bold = false): number {
  // The cell's padding takes about one character, and a tenth is kept free so that a line
  // estimated full still fits where the font is wider (LibreOffice without Calibri); bold is
  // ~7 % wider.
  const room = Math.max(1, ((widthChars - 1) * 0.9) / (bold ? 1.08 : 1));
  const space = charWidth(" ");
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    let used = 0;
    let paraLines = 1;
    for (const word of para.split(/\s+/).filter((w) => w.length > 0)) {
      const len = textWidth(word);
      if (used === 0) used = len;
      else if (used + space + len <= room) used += space + len;
      else {
        paraLines += 1;
        used = len;
      }
      while (used > room) {
        paraLines += 1;
        used -= room;
      }
    }
    lines += paraLines;
  }
  return Math.max(1, lines);
}

/** Points one line of 11 pt text takes in a row: Excel's own height of a one-line row. */
export const LINE_HEIGHT = 15;

/** Excel column width in characters → points, for Office.js `format.columnWidth`. */
export function charsToPoints(widthChars: number): number {
  // Calibri 11 at 96 dpi: a "0" is 7 px wide, plus 5 px of padding; 1 px = 0.75 pt.
  return Math.round((widthChars * 7 + 5) * 0.75 * 100) / 100;
}

/** A block of values with its range computed from the top-left cell and the values' shape. */
export function block(row: number, col: number, values: PlanValue[][]): CellBlock {
  const width = Math.max(1, ...values.map((r) => r.length));
  const rows = values.map((r) =>
    r.length < width ? [...r, ...Array<PlanValue>(width - r.length).fill(null)] : r,
  );
  return { range: rangeAddress(row, col, row + rows.length - 1, col + width - 1), values: rows };
}

/**
 * Number formats for cells that are not text: every number and formula cell gets "0" (whole
 * numbers). Text cells get "@" from their column. Emitted as runs along each row, joined down
 * the rows while the columns stay the same, so a table of counts yields one range, not one per
 * cell or row.
 */
export function numericFormats(blocks: CellBlock[], tables: TablePlan[]): RangeFormat[] {
  // A run of numeric cells in one row; a run below one with the same columns extends it, so a
  // numeric column (the history's years) is one range, not one format command per row: at
  // 50,000 goals with two years of history that was 200,000 commands.
  const runs: { top: number; bottom: number; left: number; right: number }[] = [];
  const open = new Map<string, number>();
  const add = (row: number, left: number, right: number): void => {
    const key = `${left}:${right}`;
    const at = open.get(key);
    const last = at === undefined ? undefined : runs[at];
    if (last !== undefined && last.bottom === row - 1) last.bottom = row;
    else {
      open.set(key, runs.length);
      runs.push({ top: row, bottom: row, left, right });
    }
  };
  const scan = (top: number, left: number, values: PlanValue[][]): void => {
    values.forEach((row, i) => {
      let start = -1;
      for (let j = 0; j <= row.length; j++) {
        const v = j < row.length ? row[j] : null;
        const numeric = typeof v === "number" || (v !== null && isFormula(v));
        if (numeric && start < 0) start = j;
        if (!numeric && start >= 0) {
          add(top + i, left + start, left + j - 1);
          start = -1;
        }
      }
    });
  };
  for (const b of blocks) {
    const r = parseRange(b.range);
    scan(r.top, r.left, b.values);
  }
  for (const tb of tables) {
    const r = parseRange(tb.range);
    scan(r.top + 1, r.left, tb.rows);
  }
  return runs.map((r) => ({
    range: rangeAddress(r.top, r.left, r.bottom, r.right),
    format: { numberFormat: "0", horizontal: "right" },
  }));
}

export function letters(count: number): string[] {
  return Array.from({ length: count }, (_, i) => columnLetter(i + 1));
}

/** The format of a header row: the same on every sheet, so the sheets read as one workbook. */
export function headerRowFormat(range: string, extra?: Partial<CellFormat>): RangeFormat {
  return {
    range,
    format: {
      bold: true,
      fill: HEADER_SWATCH.fill,
      fontColor: HEADER_SWATCH.fontColor,
      wrap: true,
      vertical: "center",
      ...extra,
    },
  };
}
