// How a sheet prints: columns that fit the page at a readable size, row heights that fit the
// wrapped text, and the page setup both renderers draw. Row heights are explicit because
// LibreOffice converting an .xlsx straight to PDF does not fit rows to wrapped text (Excel does
// on open), and a two-line cell in a one-line row overprints the row below it. The one text a
// row need not fit is a name repeated from the row above (src/plan/goals.ts): the cell shows
// what fits, top-aligned, and the first row of the name's run shows it whole.
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

/**
 * Height of a row of `texts` (null = empty cell); null when one line fits every cell.
 * `clipped(i)`: cell i need not fit, the row is as high as the other cells need and it shows what
 * fits (a name repeated from the row above). Such a row still gets a height when the cell would
 * wrap further, or Excel would grow the automatic row to fit it.
 */
export function rowHeight(
  texts: readonly (string | null | undefined)[],
  columns: readonly HeightColumn[],
  bold = false,
  clipped: (col: number) => boolean = () => false,
): number | null {
  let lines = 1;
  let clippedLines = 1;
  texts.forEach((text, i) => {
    const c = columns[i];
    if (!c || !c.wrap || !text) return;
    const n = wrappedLines(text, c.width, bold);
    if (clipped(i)) clippedLines = Math.max(clippedLines, n);
    else lines = Math.max(lines, n);
  });
  if (lines === 1 && clippedLines === 1) return null;
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
}

/**
 * Heights of rows firstRow… holding `rows`, as runs. Rows whose text fits on one line get none:
 * they keep the automatic height, and grow by themselves in Excel. `clipped(i, j)`: cell j of
 * rows[i] need not fit (see rowHeight). Runs may overlap, a later one winning (SheetPlan.rowHeights).
 */
export function rowHeightRuns(
  firstRow: number,
  rows: readonly (readonly (string | null | undefined)[])[],
  columns: readonly HeightColumn[],
  bold = false,
  clipped: (row: number, col: number) => boolean = () => false,
): RowHeight[] {
  const heights = rows.map((texts, i) => rowHeight(texts, columns, bold, (j) => clipped(i, j)));
  const out: RowHeight[] = [];
  for (let start = 0; start < heights.length; start++) {
    if (heights[start] === null) continue;
    let end = start;
    while (end + 1 < heights.length && heights[end + 1] !== null) end++;
    out.push(...stretchRuns(firstRow + start, heights.slice(start, end + 1) as number[]));
    start = end;
  }
  return out;
}

/**
 * Runs for consecutive rows that all have a height: one over them all at the most common height,
 * then one per run of rows that differ. Each run is one Office.js command, and body rows differ
 * from their neighbours often (their goal texts set them), so this keeps a large table's load
 * within the same number of requests.
 */
function stretchRuns(firstRow: number, heights: readonly number[]): RowHeight[] {
  const counts = new Map<number, number>();
  for (const h of heights) counts.set(h, (counts.get(h) ?? 0) + 1);
  let base = heights[0];
  for (const [h, n] of counts) if (n > (counts.get(base) ?? 0)) base = h;
  const run = (row: number, height: number, count: number): RowHeight =>
    count > 1 ? { row, height, count } : { row, height };
  const out = [run(firstRow, base, heights.length)];
  for (let i = 0; i < heights.length; i++) {
    if (heights[i] === base) continue;
    let end = i;
    while (end + 1 < heights.length && heights[end + 1] === heights[i]) end++;
    out.push(run(firstRow + i, heights[i], end - i + 1));
    i = end;
  }
  return out;
}
