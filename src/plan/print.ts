// How a sheet prints: columns that fit the page at a readable size, row heights that fit the
// wrapped text, and the page setup both renderers draw. Row heights are explicit because
// LibreOffice converting an .xlsx straight to PDF does not fit rows to wrapped text (Excel does
// on open), and a two-line cell in a one-line row overprints the row below it.
import { LINE_HEIGHT, charsToPoints, wrappedLines } from "./layout";
import type { PrintSetup, RowHeight } from "./types";

/** A4 in points. */
const A4 = { long: 841.89, short: 595.28 };
/** Excel's "Normal" side margin (0.7 in), what a sheet without sideMargin prints with. */
export const NORMAL_SIDE_MARGIN = 50.4;
/** Excel's "Narrow" side margin (0.25 in): a wide table keeps more of its width on paper. */
export const NARROW_SIDE_MARGIN = 18;

/** The sheet's body text, and the smallest size it may print at. */
export const BODY_FONT_SIZE = 11;
export const MIN_PRINTED_FONT_SIZE = 8;

/** The smallest print scale (percent) that keeps body text at MIN_PRINTED_FONT_SIZE or more. */
export const MIN_PRINT_SCALE = Math.ceil((MIN_PRINTED_FONT_SIZE / BODY_FONT_SIZE) * 100);

export function printableWidth(
  orientation: PrintSetup["orientation"],
  sideMargin: number = NORMAL_SIDE_MARGIN,
): number {
  return (orientation === "landscape" ? A4.long : A4.short) - 2 * sideMargin;
}

function totalPoints(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + charsToPoints(w), 0);
}

export interface FittableColumn {
  width: number;
  /** The column's own minimum; a column never gets narrower than its longest word either. */
  min: number;
  /** Only wrapping columns give up width: their text moves to more lines instead of being cut. */
  wrap: boolean;
  /** The texts the column holds (its header included). */
  texts: Iterable<string>;
}

function longestWord(texts: Iterable<string>): number {
  let max = 0;
  for (const t of texts) for (const w of t.split(/\s+/)) max = Math.max(max, [...w].length);
  return max;
}

/**
 * Widths that print one page wide at MIN_PRINT_SCALE or more, where wrapping columns can give
 * up enough: none below its minimum or its longest word. Columns that already fit keep theirs.
 */
export function fitColumnsToPage(
  columns: readonly FittableColumn[],
  orientation: PrintSetup["orientation"],
  sideMargin: number = NORMAL_SIDE_MARGIN,
): number[] {
  const widths = columns.map((c) => c.width);
  const budget = (printableWidth(orientation, sideMargin) * 100) / MIN_PRINT_SCALE;
  if (totalPoints(widths) <= budget) return widths;
  const floors = columns.map((c) =>
    c.wrap ? Math.min(c.width, Math.max(c.min, longestWord(c.texts) + 2)) : c.width,
  );
  // One character of width is 5.25 points (charsToPoints). Each column gives up its share of
  // the excess in proportion to its width above its floor, so no one column takes it all.
  const excess = Math.ceil((totalPoints(widths) - budget) / 5.25);
  const slack = widths.map((w, i) => w - floors[i]);
  const totalSlack = slack.reduce((a, b) => a + b, 0);
  if (totalSlack === 0) return widths;
  const keep = Math.max(0, (totalSlack - excess) / totalSlack);
  return widths.map((_w, i) => floors[i] + Math.floor(slack[i] * keep));
}

/**
 * Fit to one page wide (as many tall as needed) when that keeps the text at 8 pt or more;
 * otherwise the smallest scale that does, and the columns run over more than one page.
 */
export function printSetup(
  widths: readonly number[],
  orientation: PrintSetup["orientation"],
  titleRows: string | null,
  sideMargin: number = NORMAL_SIDE_MARGIN,
): PrintSetup {
  const fit = (printableWidth(orientation, sideMargin) / totalPoints(widths)) * 100;
  const page = { orientation, titleRows, sideMargin };
  if (fit >= MIN_PRINT_SCALE) return { ...page, fitToWidth: true };
  return { ...page, fitToWidth: false, scale: MIN_PRINT_SCALE };
}

/** Excel's highest row (points): Office.js refuses more, and Excel repairs a file with more. */
export const MAX_ROW_HEIGHT = 409;

export interface HeightColumn {
  width: number;
  wrap: boolean;
}

/** Height of a row of `texts` (null = empty cell); null when one line fits every cell. */
export function rowHeight(
  texts: readonly (string | null | undefined)[],
  columns: readonly HeightColumn[],
  bold = false,
): number | null {
  let lines = 1;
  texts.forEach((text, i) => {
    const c = columns[i];
    if (!c || !c.wrap || !text) return;
    lines = Math.max(lines, wrappedLines(text, c.width, bold));
  });
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) : null;
}

/**
 * Heights of rows firstRow… holding `rows`, as runs of equal heights. Rows whose text fits on
 * one line get none: they keep the automatic height, and grow by themselves in Excel.
 */
export function rowHeightRuns(
  firstRow: number,
  rows: readonly (readonly (string | null | undefined)[])[],
  columns: readonly HeightColumn[],
  bold = false,
): RowHeight[] {
  const out: RowHeight[] = [];
  let last: RowHeight | null = null;
  rows.forEach((texts, i) => {
    const height = rowHeight(texts, columns, bold);
    const row = firstRow + i;
    if (height === null) {
      last = null;
      return;
    }
    if (last && last.height === height && last.row + (last.count ?? 1) === row) {
      last.count = (last.count ?? 1) + 1;
      return;
    }
    last = { row, height };
    out.push(last);
  });
  return out;
}
