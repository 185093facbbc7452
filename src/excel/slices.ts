// Reading table bodies too large for one answer: slices of rows, packed into requests sized to
// stay under Excel on the web's response limit. Only tables of tens of thousands of rows get
// here (transport.ts reads everything else in its one read request).
import { parseRange, rangeAddress } from "../plan";
import { jsonBytes } from "./batch";

export const cellText = (v: unknown): string =>
  v === null || v === undefined ? "" : typeof v === "string" ? v : String(v);

export const valuesText = (values: readonly unknown[][]): string[][] =>
  values.map((row) => row.map(cellText));

/** Rows read per request at first when even the first rows were too large for one answer. */
const FIRST_SLICE_ROWS = 2_000;
/** Bytes of values one read should bring back at most (Excel on the web answers up to 5 MB). */
const RESPONSE_BUDGET = 3_500_000;

/** Where the rest of a table body starts, and the bytes a row of it took in the first read. */
export interface SliceTask {
  sheet: string;
  bodyAddress: string;
  /** Rows already read (0-based body row to go on from). */
  start: number;
  /** Bytes per row measured so far; 0 when not known. */
  perRow: number;
  /**
   * The body's columns to load, as [first, last] runs of 0-based positions (absent: all); the
   * other cells of each row come back as "".
   */
  runs?: readonly (readonly [number, number])[];
}

/** Bytes a row is counted at before one of its table has been read. */
const UNKNOWN_ROW_BYTES = RESPONSE_BUDGET / FIRST_SLICE_ROWS;

interface SliceState {
  task: SliceTask;
  top: number;
  left: number;
  width: number;
  runs: readonly (readonly [number, number])[];
  total: number;
  next: number;
  perRow: number;
  rows: string[][];
}

/**
 * Reads the rest of several table bodies (the goal table's and the history's at 50,000 goals),
 * packing slices of each into every request up to the response budget, so that the number of
 * syncs is the bytes left over the budget, not a slice per table. A request Excel refuses anyway
 * (rows far longer than the ones measured) is sent again at half the budget. Returns each
 * task's rows, in order.
 */
export async function readRestInSlices(
  context: Excel.RequestContext,
  tasks: readonly SliceTask[],
): Promise<string[][][]> {
  const states: SliceState[] = tasks.map((task) => {
    const r = parseRange(task.bodyAddress);
    return {
      task,
      top: r.top,
      left: r.left,
      width: r.right - r.left + 1,
      runs: task.runs ?? [[0, r.right - r.left]],
      total: r.bottom - r.top + 1,
      next: task.start,
      perRow: task.perRow,
      rows: [],
    };
  });
  const step = async (budget: number): Promise<void> => {
    const loads: { state: SliceState; n: number; ranges: Excel.Range[] }[] = [];
    // The requests the rest needs at the budget, each planned at an equal share of it: the share's
    // room under the budget takes rows longer than the ones measured, where one request planned
    // full would pass the budget.
    const planned = states.reduce(
      (sum, s) => sum + (s.total - s.next) * (s.perRow > 0 ? s.perRow : UNKNOWN_ROW_BYTES),
      0,
    );
    const requests = Math.max(1, Math.ceil(planned / budget));
    // The last request takes every row left (no row left over to rounding).
    let left = requests === 1 ? Infinity : planned / requests;
    for (const state of states) {
      if (state.next >= state.total) continue;
      const per = state.perRow > 0 ? state.perRow : UNKNOWN_ROW_BYTES;
      const fits = Math.floor(left / per);
      if (fits < 1 && loads.length > 0) break;
      const n = Math.min(state.total - state.next, Math.max(1, fits));
      const sheet = context.workbook.worksheets.getItem(state.task.sheet);
      const from = state.top + state.next;
      const ranges = state.runs.map(([a, b]) => {
        const range = sheet.getRange(rangeAddress(from, state.left + a, from + n - 1, state.left + b));
        range.load("values");
        return range;
      });
      loads.push({ state, n, ranges });
      left -= n * per;
      if (left <= 0) break;
    }
    if (loads.length === 0) return;
    try {
      await context.sync();
    } catch (e) {
      const rows = loads.reduce((sum, l) => sum + l.n, 0);
      if ((e as { code?: string }).code === "ResponsePayloadSizeLimitExceeded" && rows > 1)
        return step(Math.min(budget, planned) / 2);
      throw e;
    }
    for (const { state, n, ranges } of loads) {
      const rows = spread(
        state.width,
        state.runs,
        ranges.map((r) => r.values),
        n,
      );
      for (const row of rows) state.rows.push(row);
      state.next += n;
      // The mean over every row measured: steadier than the last slice's alone.
      const bytes = ranges.reduce((sum, r) => sum + jsonBytes(r.values), 0);
      const measured = state.perRow > 0 ? state.next - n : 0;
      state.perRow = (state.perRow * measured + bytes) / (measured + n);
    }
    return step(RESPONSE_BUDGET);
  };
  await step(RESPONSE_BUDGET);
  return states.map((s) => s.rows);
}

/**
 * Rows of `width` cells from the values of column runs (one grid per run, `n` rows each): each
 * run's text at its positions, "" in the columns not loaded.
 */
export function spread(
  width: number,
  runs: readonly (readonly [number, number])[],
  grids: readonly unknown[][][],
  n: number,
): string[][] {
  if (runs.length === 1 && runs[0][0] === 0 && runs[0][1] === width - 1) return valuesText(grids[0]);
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<string>(width).fill("");
    runs.forEach(([a], k) => {
      const cells = grids[k][i];
      for (let j = 0; j < cells.length; j++) row[a + j] = cellText(cells[j]);
    });
    rows.push(row);
  }
  return rows;
}

/** "'Min flik'!A3:J75" → { sheet: "Min flik", address: "A3:J75" } */
export function splitAddress(address: string): { sheet: string; address: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(bang + 1) };
}
