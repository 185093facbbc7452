// Reading a table body too large for one answer: a slice of rows per sync, each sized to stay
// under Excel on the web's response limit. Only tables of tens of thousands of rows get here
// (transport.ts reads everything else in its one read request).
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

/**
 * Reads the rows of a table body from row `start` on, a slice of rows per sync. Only tables of
 * tens of thousands of goals get here. `perRow` is the bytes a row took so far (0: not known, the
 * first slice is then FIRST_SLICE_ROWS rows); each slice is sized to stay under the response
 * budget, and one Excel refuses anyway (rows far longer than the rest) is read again in halves.
 */
export async function readBodyInSlices(
  context: Excel.RequestContext,
  sheet: string,
  bodyAddress: string,
  start = 0,
  perRow = 0,
): Promise<string[][]> {
  const r = parseRange(bodyAddress);
  const total = r.bottom - r.top + 1;
  const out: string[][] = [];
  const sized = (bytes: number): number => Math.max(1, Math.floor(RESPONSE_BUDGET / Math.max(1, bytes)));
  const step = async (from: number, size: number): Promise<void> => {
    if (from >= total) return;
    const n = Math.min(size, total - from);
    const slice = context.workbook.worksheets
      .getItem(sheet)
      .getRange(rangeAddress(r.top + from, r.left, r.top + from + n - 1, r.right));
    slice.load("values");
    try {
      await context.sync();
    } catch (e) {
      if ((e as { code?: string }).code === "ResponsePayloadSizeLimitExceeded" && n > 1)
        return step(from, Math.ceil(n / 2));
      throw e;
    }
    const values = slice.values;
    out.push(...valuesText(values));
    return step(from + n, sized(jsonBytes(values) / n));
  };
  await step(start, perRow > 0 ? sized(perRow) : FIRST_SLICE_ROWS);
  return out;
}

/** "'Min flik'!A3:J75" → { sheet: "Min flik", address: "A3:J75" } */
export function splitAddress(address: string): { sheet: string; address: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(bang + 1) };
}
