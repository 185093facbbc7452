// Moving data in and out of Excel: the one file that calls context.sync(). A command is one
// Excel.run with a fixed sequence of syncs, whatever the number of goals:
//   probe (1) → read (1, skipped when there is nothing to read) → write (1; more only when the
//   request would pass the size budget, see batch.ts, when Excel refuses it for its size and it
//   goes again in halves, or when a co-author moved the rows and the cells are put back: guard.ts).
// Two syncs to look, because a command queued on a null object fails the whole request: the
// probe loads names only (sheets, tables, the add-in's markers), so that the read touches only
// objects that exist. What is read comes back as the plain records of src/plan/ownership.ts.
import type { WorkbookRead } from "../plan/ownership";
import { WriteBatch, type QueuedOp } from "./batch";
import { syncFailure, type Applied, type Operation } from "./errors";
import { RowsMoved, movedError, sendOps } from "./guard";
import { readWorkbook, type ReadWanted } from "./tableRead";

/** Lets tests inject the emulator's Excel.run; production passes the real one. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Workbook settings (Excel.SettingCollection, saved in the file) that bracket every write. */
export const OPERATION_STARTED = "Maluppfoljning.operation.started";
export const OPERATION_FINISHED = "Maluppfoljning.operation.finished";

export { queueProbe, sheetOfReference } from "./probe";
export type { ReadWanted } from "./tableRead";

export { cellText, splitAddress } from "./slices";

/** Runs the chunks in order, one sync each; `onSynced(i)` after chunk i has landed. */
export async function syncChunks(
  context: Excel.RequestContext,
  chunks: QueuedOp[][],
  onSynced: (index: number) => void = () => undefined,
): Promise<void> {
  // Chunks are the one place an operation syncs more than once: each is a separate request so
  // that none exceeds Excel's payload limit. Recursion keeps the sequence explicit.
  const step = async (i: number): Promise<void> => {
    if (i >= chunks.length) return;
    await sendOps(context, chunks[i]);
    onSynced(i);
    await step(i + 1);
  };
  await step(0);
}

export interface Transport {
  /**
   * Runs one command. A failed write is looked at again in a fresh Excel.run: the failed run's
   * context may still hold queued commands, which must never reach the workbook.
   */
  execute<T>(command: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Probe and read, as two syncs (the read only when there is something to read). */
  read(context: Excel.RequestContext, op: Operation, wanted: ReadWanted): Promise<WorkbookRead>;
  /**
   * Sends a write batch: one sync, or one per chunk when the batch passes the budget. Returns
   * `result` once everything landed.
   */
  write<T>(context: Excel.RequestContext, op: Operation, batch: WriteBatch, result: T): Promise<T>;
  /** Shows a cell: activates its sheet and selects it, in one sync. */
  select(context: Excel.RequestContext, sheet: string, cell: string): Promise<void>;
}

export interface TransportOptions {
  /** Estimated bytes per request before a write is cut into chunks. */
  budget: number;
  /** Identifier of each write, for telling after a fault how much of it landed. */
  newOperationId: () => string;
  /** The host has table.autoFilter (ExcelApi 1.9): read whether the goal table is filtered. */
  filters?: () => boolean;
}

/** A write that failed: carried out of Excel.run so the outcome is checked in a fresh context. */
class WriteFailed {
  constructor(
    readonly op: Operation,
    readonly error: unknown,
    readonly id: string,
    /** Chunks that landed before the failure. */
    readonly landed: number,
    /** What the command returns if the write turns out to have landed whole. */
    readonly result: unknown,
    /**
     * The failed chunk held the "finished" mark and optional ops after it: the data may all have
     * landed, with only the look of a sheet left undone.
     */
    readonly optionalMayHaveFailed: boolean = false,
  ) {}
}

/** The result of a write whose data landed but whose optional formatting may not have. */
function formattingIncomplete<T>(result: T): T {
  return result !== null && typeof result === "object" ? { ...result, formattingIncomplete: true } : result;
}

/** After a failed write: how much of operation `id` is in the workbook. */
async function verify(context: Excel.RequestContext, id: string): Promise<Applied> {
  try {
    const started = context.workbook.settings.getItemOrNullObject(OPERATION_STARTED);
    started.load("value");
    const finished = context.workbook.settings.getItemOrNullObject(OPERATION_FINISHED);
    finished.load("value");
    await context.sync();
    if (!finished.isNullObject && finished.value === id) return "all";
    if (!started.isNullObject && started.value === id) return "partial";
    return "none";
  } catch {
    return "unknown";
  }
}

async function select(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

export function createTransport(run: ExcelRun, options: TransportOptions): Transport {
  const execute = async <T>(command: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await run(command);
    } catch (e) {
      if (!(e instanceof WriteFailed)) throw e;
      const applied: Applied =
        e.landed > 0 && !e.optionalMayHaveFailed ? "partial" : await run((context) => verify(context, e.id));
      if (applied === "all")
        return (e.optionalMayHaveFailed ? formattingIncomplete(e.result) : e.result) as T;
      throw syncFailure(e.op, e.error, applied);
    }
  };

  // The first command records the operation as started and the last as finished, so that after
  // a fault a single look at those two settings tells whether the workbook is unchanged, partly
  // written or complete.
  const write = async <T>(
    context: Excel.RequestContext,
    op: Operation,
    batch: WriteBatch,
    result: T,
  ): Promise<T> => {
    if (batch.length === 0) return result;
    const id = options.newOperationId();
    const framed = new WriteBatch();
    framed.add("operation started", 1, [OPERATION_STARTED, id], (ctx) => {
      ctx.workbook.settings.add(OPERATION_STARTED, id);
    });
    framed.repeatableLast();
    // A loop, not push(...ops): a spread of a few hundred thousand ops overflows the call stack.
    for (const o of batch.ops) if (o.optional !== true) framed.ops.push(o);
    framed.add("operation finished", 1, [OPERATION_FINISHED, id], (ctx) => {
      ctx.workbook.settings.add(OPERATION_FINISHED, id);
    });
    framed.repeatableLast();
    const finished = framed.ops[framed.ops.length - 1];
    // After the mark, in the same request where they fit: no extra round trip, and a host that
    // refuses one of them (Excel stops a request at the failing command) has the data already.
    for (const o of batch.ops) if (o.optional === true) framed.ops.push(o);
    const chunks = framed.chunks(options.budget);
    const finishedChunk = chunks.findIndex((c) => c.includes(finished));
    let landed = 0;
    try {
      await syncChunks(context, chunks, (i) => (landed = i + 1));
    } catch (error) {
      // The guarded rows moved: what the request wrote is back as it was (guard.ts).
      if (error instanceof RowsMoved) throw movedError(error, landed > 0);
      if (landed > finishedChunk) return formattingIncomplete(result);
      const mixed = landed === finishedChunk && chunks[finishedChunk].some((o) => o.optional === true);
      throw new WriteFailed(op, error, id, landed, result, mixed);
    }
    return result;
  };

  return {
    execute,
    read: (context, op, wanted) => readWorkbook(context, op, wanted, options.filters?.() === true),
    write,
    select,
  };
}
