// What the read does after its first answer: the rest of each large table in slices, and the
// blank rows' other cells of a read restricted to some columns (readColumns.ts); and how many
// rows the first answer plans for each table.
import { parseRange, rangeAddress } from "../plan";
import type { TableRead } from "../plan/ownership";
import { jsonBytes } from "./batch";
import { blankStretches, runsOf, type ColumnSplit } from "./readColumns";
import { cellText, readRestInSlices } from "./slices";

/** Rows every large table gets in the first answer, so its slices are sized from measured rows. */
export const SAMPLE_ROWS = 1_000;

/** A table to read rows of: its rows by the probe and its planned bytes a row. */
export interface Planned {
  rows: number;
  perRow: number;
}

/**
 * How many first rows each table gets: SAMPLE_ROWS each (or all it has), then, in order, as many
 * more as the budget still plans for.
 */
export function firstRowCounts(parts: readonly Planned[], budget: number): number[] {
  const counts = parts.map((p) => Math.min(p.rows, SAMPLE_ROWS));
  let left = budget - parts.reduce((sum, p, i) => sum + counts[i] * p.perRow, 0);
  parts.forEach((p, i) => {
    const more = Math.min(p.rows - counts[i], Math.max(0, Math.floor(left / p.perRow)));
    counts[i] += more;
    left -= more * p.perRow;
  });
  return counts;
}

/** Bytes per row of values read (0 for none). */
export function rowBytes(grids: readonly unknown[][][]): number {
  const rows = grids[0]?.length ?? 0;
  return rows > 0 ? grids.reduce((sum, g) => sum + jsonBytes(g), 0) / rows : 0;
}

export interface RestPart {
  table: TableRead;
  read: number;
  perRow: number;
  runs?: [number, number][];
}

/** Reads the rows each table has beyond those read, appending them to its body. */
export async function readRest(context: Excel.RequestContext, parts: (RestPart | null)[]): Promise<void> {
  const open = parts.filter((x): x is RestPart => {
    if (x === null) return false;
    const r = parseRange(x.table.bodyAddress);
    return x.read < r.bottom - r.top + 1;
  });
  if (open.length === 0) return;
  const rest = await readRestInSlices(
    context,
    open.map((x) => ({
      sheet: x.table.sheet,
      bodyAddress: x.table.bodyAddress,
      start: x.read,
      perRow: x.perRow,
      ...(x.runs ? { runs: x.runs } : {}),
    })),
  );
  open.forEach((x, i) => {
    if (x.read === 0) x.table.body = [];
    for (const row of rest[i]) x.table.body.push(row);
  });
}

/** Ranges a request of the blank rows' other columns holds at most. */
const PRESENCE_RANGES = 2_000;

/**
 * Fills in the other known columns of the rows whose loaded cells are all blank, so the reader
 * skips exactly the rows a full read would have skipped. No request when there is no such row.
 */
export async function readPresence(
  context: Excel.RequestContext,
  parts: { table: TableRead; split: ColumnSplit }[],
): Promise<void> {
  const loads: { table: TableRead; first: number; run: [number, number]; range: Excel.Range }[] = [];
  const flush = async (): Promise<void> => {
    if (loads.length === 0) return;
    await context.sync();
    for (const l of loads.splice(0)) {
      l.range.values.forEach((cells, i) => {
        const row = l.table.body[l.first + i];
        cells.forEach((v, j) => (row[l.run[0] + j] = cellText(v)));
      });
    }
  };
  for (const { table, split } of parts) {
    if (split.presence.length === 0) continue;
    const body = parseRange(table.bodyAddress);
    const sheet = context.workbook.worksheets.getItem(table.sheet);
    for (const [first, last] of blankStretches(table, split.full)) {
      for (const run of runsOf(split.presence)) {
        const range = sheet.getRange(
          rangeAddress(body.top + first, body.left + run[0], body.top + last, body.left + run[1]),
        );
        range.load("values");
        loads.push({ table, first, run, range });
        if (loads.length >= PRESENCE_RANGES) await flush();
      }
    }
  }
  await flush();
}
