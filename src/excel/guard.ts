// Row-addressed writes that stay right while co-authors work in the same workbook. A write
// addresses the goal table's cells by sheet row, as the read found them; a co-author who sorts
// the table or inserts rows between our read and our write would send each value to another
// goal's row, silently. So every request that writes such cells (an op with a CellGuard) also
// loads, before its writes and in the same request, the IDs of those rows and what the cells
// held. After the sync, the IDs are compared with the read's; when they differ, the cells the
// request wrote are put back as they were, nothing further is sent, and the command says so (a
// retry reads again). The normal path costs no round trip: the loads ride in the write's request.
//
// Requests refused for their size are sent again in halves (sendOps), so a write whose estimate
// was too low, or a host with a lower limit, still completes.
import { rangeAddress } from "../plan/a1";
import type { CellGuard, QueuedOp } from "./batch";
import { officeErrorCode } from "./errors";
import { cellText } from "./slices";

/** The rows of a guarded request no longer held the IDs that were read; the cells are put back. */
export class RowsMoved extends Error {
  /**
   * `sheet`: where the moved rows are (the goal table's, the history's or the indicators' sheet);
   * `partial`: part of the same chunk (a half sent before) had landed, on the right rows.
   */
  constructor(
    readonly sheet: string,
    readonly partial = false,
  ) {
    super("The rows of the goal table moved between the read and the write.");
    this.name = "RowsMoved";
  }
}

interface Span {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  range?: Excel.Range;
}

interface Prior {
  guard: CellGuard;
  address: string;
  range?: Excel.Range;
}

interface QueuedGuards {
  /** The sheet of the first guarded row that no longer holds the ID the read found there, or null. */
  moved(): string | null;
  /** Queues the put-back of every guarded cell of the request. */
  putBack(context: Excel.RequestContext): void;
}

const sheetOf = (context: Excel.RequestContext, sheet: string): Excel.Worksheet =>
  context.workbook.worksheets.getItem(sheet);

const spanKey = (sheet: string, col: number): string => `${sheet}\u0000${col}`;

const idColumns = (g: CellGuard): readonly { col: number; values: readonly string[] }[] => [
  ...(g.ids ? [g.ids] : []),
  ...(g.moreIds ?? []),
];

/** Queues the loads the guarded ops of one request need; call before queuing the ops. */
function queueGuards(context: Excel.RequestContext, ops: readonly QueuedOp[]): QueuedGuards | null {
  const unique = new Map<string, Prior>();
  for (const op of ops) {
    const g = op.guard;
    if (!g) continue;
    const address = rangeAddress(g.top, g.left, g.bottom, g.right);
    // The format and the values of a run write the same cells: one load serves both.
    unique.set(
      `${g.sheet}\u0000${address}`,
      unique.get(`${g.sheet}\u0000${address}`) ?? { guard: g, address },
    );
  }
  if (unique.size === 0) return null;
  const spans = new Map<string, Span>();
  for (const { guard: g } of unique.values()) {
    for (const ids of idColumns(g)) {
      const key = spanKey(g.sheet, ids.col);
      const s = spans.get(key);
      if (s) {
        s.top = Math.min(s.top, g.top);
        s.bottom = Math.max(s.bottom, g.bottom);
      } else spans.set(key, { sheet: g.sheet, col: ids.col, top: g.top, bottom: g.bottom });
    }
  }
  // One load of the ID column per sheet, over the rows the request writes.
  for (const s of spans.values())
    s.range = sheetOf(context, s.sheet)
      .getRange(rangeAddress(s.top, s.col, s.bottom, s.col))
      .load("values");
  for (const p of unique.values())
    if (!p.guard.readById)
      p.range = sheetOf(context, p.guard.sheet).getRange(p.address).load("formulas,numberFormat");

  const textAt = (sheet: string, col: number, row: number): string => {
    const s = spans.get(spanKey(sheet, col));
    return s?.range ? cellText(s.range.values[row - s.top]?.[0]) : "";
  };
  const idAt = (g: CellGuard, row: number): string => (g.ids ? textAt(g.sheet, g.ids.col, row) : "");

  return {
    moved() {
      for (const { guard: g } of unique.values()) {
        for (const ids of idColumns(g))
          for (let row = g.top; row <= g.bottom; row++)
            if (textAt(g.sheet, ids.col, row) !== (ids.values[row - g.top] ?? "")) return g.sheet;
      }
      return null;
    },
    putBack(ctx) {
      for (const p of unique.values()) {
        const target = sheetOf(ctx, p.guard.sheet).getRange(p.address);
        const byId = p.guard.readById;
        if (byId) {
          // Put back what the read found in the row that now holds each ID (blank for a row the read
          // did not have), as text, as it was read.
          const rows: string[][] = [];
          for (let row = p.guard.top; row <= p.guard.bottom; row++) {
            const id = idAt(p.guard, row);
            const read = id === "" ? undefined : byId.rows.get(id);
            const line: string[] = [];
            for (let col = p.guard.left; col <= p.guard.right; col++)
              line.push(read?.[col - byId.left] ?? "");
            rows.push(line);
          }
          target.numberFormat = rows.map((r) => r.map(() => "@"));
          target.values = rows;
          continue;
        }
        if (!p.range) continue;
        const formats = p.range.numberFormat as string[][];
        const contents = p.range.formulas as unknown[][];
        target.numberFormat = formats;
        // A text cell gets its text back as a value (a formula-looking text stays text), any other
        // cell its formula or constant; null leaves a cell to the other assignment.
        const text = contents.map((r, i) => r.map((v, j) => (formats[i]?.[j] === "@" ? v : null)));
        const other = contents.map((r, i) => r.map((v, j) => (formats[i]?.[j] === "@" ? null : v)));
        if (text.some((r) => r.some((v) => v !== null))) target.values = text as Excel.Range["values"];
        if (other.some((r) => r.some((v) => v !== null))) target.formulas = other as Excel.Range["formulas"];
      }
    },
  };
}

/** A request this large that fails with GeneralException is taken to have failed for its size. */
export const LARGE_REQUEST = 500_000;
/** Halvings of one request at most: down to a 32nd of it. */
const MAX_SPLITS = 5;

function estimate(ops: readonly QueuedOp[]): number {
  return ops.reduce((sum, op) => sum + op.bytes, 0);
}

/**
 * Whether a failed request is sent again in halves: refused for its size (nothing of it ran), or
 * GeneralException at a large size when every op can be sent twice without harm (the failed
 * request may have run in part).
 */
function retryInHalves(error: unknown, ops: readonly QueuedOp[], depth: number): boolean {
  if (ops.length < 2 || depth >= MAX_SPLITS) return false;
  const code = officeErrorCode(error);
  if (code === "RequestPayloadSizeLimitExceeded") return true;
  return (
    code === "GeneralException" && estimate(ops) >= LARGE_REQUEST && ops.every((op) => op.repeatable === true)
  );
}

/**
 * Sends `ops` as one request with the loads their guards need, checks the rows, and puts the
 * cells back (one more request) when they moved: then throws RowsMoved. A request refused for its
 * size goes again in two halves, each guarded on its own.
 */
export async function sendOps(
  context: Excel.RequestContext,
  ops: readonly QueuedOp[],
  depth = 0,
  progress = { landed: 0 },
): Promise<void> {
  // The loads go right before the first guarded op: after the "started" mark, so that a request
  // cut short after its first command still counts as begun (transport.ts).
  let guards: QueuedGuards | null = null;
  for (const op of ops) {
    if (op.guard && !guards) guards = queueGuards(context, ops);
    op.queue(context);
  }
  try {
    await context.sync();
  } catch (error) {
    if (!retryInHalves(error, ops, depth)) throw error;
    const half = Math.ceil(ops.length / 2);
    await sendOps(context, ops.slice(0, half), depth + 1, progress);
    await sendOps(context, ops.slice(half), depth + 1, progress);
    return;
  }
  const queued = guards as QueuedGuards | null;
  const moved = queued?.moved() ?? null;
  if (queued && moved !== null) {
    queued.putBack(context);
    await context.sync();
    throw new RowsMoved(moved, progress.landed > 0);
  }
  progress.landed += 1;
}
