// Row-addressed writes that stay right while co-authors work in the same workbook. A write
// addresses the goal table's cells by sheet row, as the read found them; a co-author who sorts
// the table or inserts rows between our read and our write would send each value to another
// goal's row, silently. So every request that writes such cells (an op with a CellGuard) also
// loads, before its writes and in the same request, the IDs of those rows and what the cells
// held. After the sync, the IDs are compared with the read's; when they differ, the cells the
// request wrote are put back as they were (putBack.ts), rows it wrote below a table leave the
// table again, nothing further is sent, and the command says so (a retry reads again). The normal
// path costs no round trip: the loads ride in the write's request.
//
// Requests refused for their size are sent again in halves (sendOps), so a write whose estimate
// was too low, or a host with a lower limit, still completes.
import { rangeAddress } from "../plan/a1";
import type { QueuedOp, RowsBelow } from "./batch";
import { addinError, officeErrorCode, type AddinError } from "./errors";
import {
  idColumns,
  movedRows,
  queuePutBack,
  rowMoved,
  spanKey,
  type Growth,
  type Loaded,
  type Prior,
  type RowRef,
  type Span,
} from "./putBack";

/** The rows of a guarded request no longer held the IDs that were read; the cells are put back. */
export class RowsMoved extends Error {
  /**
   * `sheet`: where the moved rows are (the goal table's, the history's or the indicators' sheet);
   * `partial`: part of the same chunk (a half sent before) had landed, on the right rows;
   * `check`: rows the put-back could not vouch for (putBack.ts), for the user to look at.
   */
  constructor(
    readonly sheet: string,
    readonly partial = false,
    readonly check: readonly RowRef[] = [],
  ) {
    super("The rows of the goal table moved between the read and the write.");
    this.name = "RowsMoved";
  }
}

/** Rows shown in the refusal at most; "…" says there are more. */
const LISTED_RUNS = 10;

/** Rows as Excel addresses a user can type into the Name Box: Mål!5:5, Mål!9:12, … */
export function rowsText(rows: readonly RowRef[]): string {
  const runs: { sheet: string; top: number; bottom: number }[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === r.sheet && last.bottom + 1 === r.row) last.bottom = r.row;
    else runs.push({ sheet: r.sheet, top: r.row, bottom: r.row });
  }
  const name = (sheet: string): string =>
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const listed = runs.slice(0, LISTED_RUNS).map((r) => `${name(r.sheet)}!${r.top}:${r.bottom}`);
  return runs.length > LISTED_RUNS ? `${listed.join(", ")}, …` : listed.join(", ");
}

/** What the user is told of RowsMoved; `landed`: an earlier chunk of the write had landed. */
export function movedError(error: RowsMoved, landed: boolean): AddinError {
  const sheet = error.sheet;
  if (error.check.length > 0)
    return addinError(
      "table-changed",
      "xl.error.tableChangedCheck",
      { sheet, rows: rowsText(error.check) },
      "partial",
    );
  return landed || error.partial
    ? addinError("table-changed", "xl.error.tableChangedPartly", { sheet }, "partial")
    : addinError("table-changed", "xl.error.tableChanged", { sheet });
}

interface QueuedGuards {
  loaded: Loaded;
  /** Queues the loads of the tables' addresses after the rows written below them. */
  afterOps(context: Excel.RequestContext): void;
  /** The sheet of the first guarded row that no longer holds the ID the read found there, or null. */
  moved(): string | null;
}

const sheetOf = (context: Excel.RequestContext, sheet: string): Excel.Worksheet =>
  context.workbook.worksheets.getItem(sheet);

/** Queues the loads the guarded ops of one request need; call before queuing the ops. */
function queueGuards(context: Excel.RequestContext, ops: readonly QueuedOp[]): QueuedGuards | null {
  const unique = new Map<string, Prior>();
  const growth = new Map<string, Growth>();
  for (const op of ops) {
    const g = op.guard;
    if (op.below) {
      const b = op.below;
      const gr = growth.get(b.table) ?? { below: b, unloaded: new Map<string, RowsBelow>() };
      growth.set(b.table, gr);
      // Rows no op of this request loads back are emptied when put back (they were empty when read).
      const loads = ops.some((o) => o.below === b && o.guard !== undefined);
      if (!loads) gr.unloaded.set(rangeAddress(b.top, b.left, b.bottom, b.right), b);
    }
    if (!g) continue;
    const address = rangeAddress(g.top, g.left, g.bottom, g.right);
    // The format and the values of a run write the same cells: one load serves both.
    unique.set(
      `${g.sheet}\u0000${address}`,
      unique.get(`${g.sheet}\u0000${address}`) ?? { guard: g, address },
    );
  }
  if (unique.size === 0 && growth.size === 0) return null;
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
  // The size of each table rows go below, before the writes and after them: did it grow over them?
  for (const gr of growth.values())
    gr.before = context.workbook.tables.getItem(gr.below.table).getRange().load("address");

  const loaded: Loaded = { priors: [...unique.values()], spans, growth };
  return {
    loaded,
    afterOps(ctx) {
      for (const gr of growth.values())
        gr.after = ctx.workbook.tables.getItem(gr.below.table).getRange().load("address");
    },
    moved() {
      for (const { guard: g } of unique.values())
        for (let row = g.top; row <= g.bottom; row++) if (rowMoved(loaded, g, row)) return g.sheet;
      return null;
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
 * size goes again in two halves, each guarded on its own. `tainted`: an earlier attempt at these
 * ops failed and may have run in part, so what a moved row held may be ours (putBack.ts).
 */
export async function sendOps(
  context: Excel.RequestContext,
  ops: readonly QueuedOp[],
  depth = 0,
  progress = { landed: 0 },
  tainted = false,
): Promise<void> {
  // The loads go right before the first guarded op: after the "started" mark, so that a request
  // cut short after its first command still counts as begun (transport.ts).
  let guards: QueuedGuards | null = null;
  // The tables' sizes after their rows below: right after the last such op, so that the request
  // still ends with the ops it ends with (the optional ones after the "finished" mark).
  const lastBelow = ops.reduce((last, op, i) => (op.below ? i : last), -1);
  ops.forEach((op, i) => {
    if ((op.guard || op.below) && !guards) guards = queueGuards(context, ops);
    op.queue(context);
    if (i === lastBelow) guards?.afterOps(context);
  });
  const queued = guards as QueuedGuards | null;
  try {
    await context.sync();
  } catch (error) {
    if (!retryInHalves(error, ops, depth)) throw error;
    // Refused for its size, nothing of it ran; a GeneralException may have run in part.
    const ran = tainted || officeErrorCode(error) !== "RequestPayloadSizeLimitExceeded";
    const half = Math.ceil(ops.length / 2);
    await sendOps(context, ops.slice(0, half), depth + 1, progress, ran);
    await sendOps(context, ops.slice(half), depth + 1, progress, ran);
    return;
  }
  const moved = queued?.moved() ?? null;
  if (queued && moved !== null) {
    const check = queuePutBack(context, queued.loaded, tainted);
    try {
      await context.sync();
    } catch {
      // The put-back did not land (or not all of it): every moved row may hold a value of ours.
      throw new RowsMoved(moved, true, movedRows(queued.loaded));
    }
    throw new RowsMoved(moved, progress.landed > 0 || tainted, check());
  }
  progress.landed += 1;
}
