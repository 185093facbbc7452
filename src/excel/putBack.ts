// The put-back of a guarded request whose rows moved (guard.ts): what the request wrote goes
// back as it was, in one more request, and nowhere it cannot vouch for. What it knows: the cells
// as loaded in the write's request (before its writes), the IDs loaded there (the rows the writes
// hit), and the read's rows by ID. So:
// - loaded cells go back as loaded, whatever row now holds them: exact, per cell;
// - cells too many to load (CellGuard.readById) go back from the read, into a row only when the
//   ID now in it names exactly one row of the read and no other loaded row holds it too; any other
//   row is left alone, and named for the user to check unless the read shows there was nothing to
//   lose there (every row without a usable ID was empty in those cells);
// - after an attempt that failed but may have run in part (`tainted`), a moved row's loaded cells
//   may be a value of ours that attempt sent there: such a row gets the read's cells by its ID as
//   above, or, when it has no usable ID, its loaded cells and a mention for the user to check;
// - rows written below a table that grew over them leave it again (Table.resize, or deleting the
//   rows it grew by where the host has no resize), and their cells are put back as loaded, or
//   emptied (they were empty when read) where they were too many to load;
// - the IDs are loaded again in the put-back request, before its writes: a row whose ID moved
//   once more got its cells back in the wrong place, and is named for the user to check.
import { parseRange, rangeAddress } from "../plan/a1";
import type { CellGuard, ReadRows, RowsBelow } from "./batch";
import { cellText, splitAddress } from "./slices";

/** A sheet row the user is asked to check. */
export interface RowRef {
  sheet: string;
  row: number;
}

/** One ID column of one sheet, loaded over the rows a request writes. */
export interface Span {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  range?: Excel.Range;
}

/** A guarded range of the request, with its cells as loaded before the writes (none for readById). */
export interface Prior {
  guard: CellGuard;
  address: string;
  range?: Excel.Range;
}

/** A table the request writes rows below, with its address loaded before and after the writes. */
export interface Growth {
  below: RowsBelow;
  /** Ranges of those rows written by ops without a guard (not loaded: emptied when put back). */
  unloaded: Map<string, RowsBelow>;
  before?: Excel.Range;
  after?: Excel.Range;
}

export interface Loaded {
  priors: readonly Prior[];
  spans: ReadonlyMap<string, Span>;
  growth: ReadonlyMap<string, Growth>;
}

const sheetOf = (context: Excel.RequestContext, sheet: string): Excel.Worksheet =>
  context.workbook.worksheets.getItem(sheet);

export const spanKey = (sheet: string, col: number): string => `${sheet}\u0000${col}`;

export const idColumns = (g: CellGuard): readonly { col: number; values: readonly string[] }[] => [
  ...(g.ids ? [g.ids] : []),
  ...(g.moreIds ?? []),
];

const textIn = (range: Excel.Range | undefined, top: number, row: number): string =>
  range ? cellText(range.values[row - top]?.[0]) : "";

function textAt(L: Loaded, sheet: string, col: number, row: number): string {
  const s = L.spans.get(spanKey(sheet, col));
  return s ? textIn(s.range, s.top, row) : "";
}

/** The key a row holds now (its ID, then its further key columns), "" without an ID. */
function keyAt(L: Loaded, g: CellGuard, row: number): string {
  const parts = idColumns(g).map((c) => textAt(L, g.sheet, c.col, row));
  return parts[0] === "" ? "" : parts.join("\u0000");
}

/** Whether the row no longer holds the key the read found in it. */
export function rowMoved(L: Loaded, g: CellGuard, row: number): boolean {
  return idColumns(g).some((c) => textAt(L, g.sheet, c.col, row) !== (c.values[row - g.top] ?? ""));
}

/** Rows of the request's guarded ranges that no longer hold the key the read found. */
export function movedRows(L: Loaded): RowRef[] {
  const out: RowRef[] = [];
  for (const { guard: g } of L.priors)
    for (let row = g.top; row <= g.bottom; row++) if (rowMoved(L, g, row)) out.push({ sheet: g.sheet, row });
  return out;
}

/** How many rows of the loaded span hold each key now. */
function keyCounts(L: Loaded, g: CellGuard, memo: Map<string, Map<string, number>>): Map<string, number> {
  const first = idColumns(g)[0];
  const span = first ? L.spans.get(spanKey(g.sheet, first.col)) : undefined;
  const memoKey = `${g.sheet}\u0000${idColumns(g)
    .map((c) => c.col)
    .join(",")}`;
  const known = memo.get(memoKey);
  if (known) return known;
  const counts = new Map<string, number>();
  if (span)
    for (let row = span.top; row <= span.bottom; row++) {
      const k = keyAt(L, g, row);
      if (k !== "") counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  memo.set(memoKey, counts);
  return counts;
}

/** The read's cells [left, right] for the row holding `row`'s key now, or null if it cannot vouch. */
function fromRead(
  L: Loaded,
  g: CellGuard,
  rr: ReadRows,
  row: number,
  memo: Map<string, Map<string, number>>,
): string[] | null {
  const key = keyAt(L, g, row);
  if (key === "" || keyCounts(L, g, memo).get(key) !== 1) return null;
  const read = rr.rows.get(key);
  if (!read) return null;
  const line: string[] = [];
  for (let col = g.left; col <= g.right; col++) line.push(read[col - rr.left] ?? "");
  return line;
}

/** Whether every row the read could not key was empty in the guard's columns: nothing lost there. */
function othersEmpty(g: CellGuard, rr: ReadRows): boolean {
  return rr.others.every((r) => {
    for (let col = g.left; col <= g.right; col++) if ((r[col - rr.left] ?? "") !== "") return false;
    return true;
  });
}

/** Queues the put-back from the read: runs of the rows it can vouch for, as text. */
function putBackFromRead(
  ctx: Excel.RequestContext,
  L: Loaded,
  g: CellGuard,
  rr: ReadRows,
  check: RowRef[],
  memo: Map<string, Map<string, number>>,
): void {
  let run: string[][] = [];
  let runTop = 0;
  const flush = (): void => {
    if (run.length === 0) return;
    const range = sheetOf(ctx, g.sheet).getRange(
      rangeAddress(runTop, g.left, runTop + run.length - 1, g.right),
    );
    range.numberFormat = run.map((r) => r.map(() => "@"));
    range.values = run;
    run = [];
  };
  for (let row = g.top; row <= g.bottom; row++) {
    const line = fromRead(L, g, rr, row, memo);
    if (line) {
      if (run.length === 0) runTop = row;
      run.push(line);
      continue;
    }
    flush();
    if (!(keyAt(L, g, row) === "" && othersEmpty(g, rr))) check.push({ sheet: g.sheet, row });
  }
  flush();
}

/** Queues the put-back of loaded cells: text as values (it stays text), anything else as formulas. */
function putBackLoaded(
  ctx: Excel.RequestContext,
  L: Loaded,
  p: Prior,
  tainted: boolean,
  check: RowRef[],
  memo: Map<string, Map<string, number>>,
): void {
  if (!p.range) return;
  const g = p.guard;
  const formats = (p.range.numberFormat as string[][]).map((r) => [...r]);
  const contents = (p.range.formulas as unknown[][]).map((r) => [...r]);
  if (tainted)
    for (let row = g.top; row <= g.bottom; row++) {
      if (!rowMoved(L, g, row)) continue;
      const line = g.read ? fromRead(L, g, g.read, row, memo) : null;
      const i = row - g.top;
      if (line) {
        formats[i] = line.map(() => "@");
        contents[i] = line;
      } else check.push({ sheet: g.sheet, row });
    }
  const target = sheetOf(ctx, g.sheet).getRange(p.address);
  target.numberFormat = formats;
  // null leaves a cell to the other assignment.
  const text = contents.map((r, i) => r.map((v, j) => (formats[i]?.[j] === "@" ? v : null)));
  const other = contents.map((r, i) => r.map((v, j) => (formats[i]?.[j] === "@" ? null : v)));
  if (text.some((r) => r.some((v) => v !== null))) target.values = text as Excel.Range["values"];
  if (other.some((r) => r.some((v) => v !== null))) target.formulas = other as Excel.Range["formulas"];
}

const rectOf = (range: Excel.Range | undefined): ReturnType<typeof parseRange> | null =>
  range ? parseRange(splitAddress(range.address).address) : null;

/**
 * Queues the put-back of a request whose rows moved; call the result after the sync for the rows
 * the user should check (those it could not vouch for, and those whose ID moved again).
 */
export function queuePutBack(ctx: Excel.RequestContext, L: Loaded, tainted: boolean): () => RowRef[] {
  const check: RowRef[] = [];
  const memo = new Map<string, Map<string, number>>();
  // The IDs again, before any write of the put-back: compared after its sync with those it went by.
  const again = new Map<string, Excel.Range>();
  for (const [k, s] of L.spans)
    again.set(
      k,
      sheetOf(ctx, s.sheet)
        .getRange(rangeAddress(s.top, s.col, s.bottom, s.col))
        .load("values"),
    );

  // Tables that grew over the rows written below them go back to the size they had.
  const deleted: { sheet: string; top: number; bottom: number }[] = [];
  for (const gr of L.growth.values()) {
    const before = rectOf(gr.before);
    const after = rectOf(gr.after);
    if (!before || !after || after.bottom <= before.bottom) continue;
    const { sheet, table } = gr.below;
    if (gr.below.resize)
      ctx.workbook.tables
        .getItem(table)
        .resize(
          sheetOf(ctx, sheet).getRange(rangeAddress(before.top, before.left, before.bottom, before.right)),
        );
    else {
      // Without Table.resize (below ExcelApi 1.13): the rows it grew by are deleted; the cells
      // below them, empty when read, move up.
      sheetOf(ctx, sheet)
        .getRange(rangeAddress(before.bottom + 1, before.left, after.bottom, before.right))
        .delete("Up");
      deleted.push({ sheet, top: before.bottom + 1, bottom: after.bottom });
    }
  }
  const gone = (sheet: string, top: number, bottom: number): boolean =>
    deleted.some((d) => d.sheet === sheet && top >= d.top && bottom <= d.bottom);

  for (const p of L.priors) {
    const g = p.guard;
    if (gone(g.sheet, g.top, g.bottom)) continue;
    if (g.readById) putBackFromRead(ctx, L, g, g.readById, check, memo);
    else putBackLoaded(ctx, L, p, tainted, check, memo);
  }
  for (const gr of L.growth.values())
    for (const r of gr.unloaded.values())
      if (!gone(r.sheet, r.top, r.bottom))
        sheetOf(ctx, r.sheet)
          .getRange(rangeAddress(r.top, r.left, r.bottom, r.right))
          .clear("Contents");

  // ID cells the request wrote itself (a merge's rows: blank when loaded, ours now) say nothing.
  const written = new Set<string>();
  for (const { guard: g } of L.priors)
    for (const span of L.spans.values())
      if (span.sheet === g.sheet && span.col >= g.left && span.col <= g.right)
        for (let row = g.top; row <= g.bottom; row++)
          written.add(`${spanKey(g.sheet, span.col)}\u0000${row}`);

  return () => {
    for (const { guard: g } of L.priors)
      for (const c of idColumns(g)) {
        const k = spanKey(g.sheet, c.col);
        const s = L.spans.get(k);
        const now = again.get(k);
        if (!s) continue;
        for (let row = g.top; row <= g.bottom; row++)
          if (!written.has(`${k}\u0000${row}`) && textIn(now, s.top, row) !== textIn(s.range, s.top, row))
            check.push({ sheet: g.sheet, row });
      }
    const seen = new Set<string>();
    return check
      .filter((r) => {
        const k = `${r.sheet}\u0000${r.row}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  };
}
