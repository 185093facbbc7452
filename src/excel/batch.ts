// A write batch: the commands of one operation, recorded as closures that only queue Office.js
// commands, each with an estimate of its size on the wire. The caller queues the whole batch and
// syncs once; only when the batch would exceed the request budget is it cut into chunks, each
// sent with its own sync. Excel on the web refuses requests above 5 MB; the budget keeps every
// request under 4 MB (measured against the emulator's serialiser in test/excel/).

/** Default budget per request, in estimated bytes. The estimate runs above the real size. */
export const DEFAULT_REQUEST_BUDGET = 3_800_000;

/**
 * Bytes one command costs besides its arguments: the action and its object paths in the
 * request JSON ({"Id":12,"ActionType":4,"Name":"Values","ObjectPathId":11,...} plus the
 * GetItem/GetRange path entries). Generous on purpose: over-estimating only cuts chunks early.
 */
export const COMMAND_OVERHEAD = 260;

/**
 * Bytes each op costs besides its commands: the object paths it creates to reach its target
 * (worksheets.getItem(sheet), getRange(address), format, font, …). Measured against the
 * emulator's serialiser: no op of a rendered plan costs more than its estimate with this.
 */
export const OP_OVERHEAD = 250;

/** The request's own frame: the root object paths and the JSON around the actions. */
export const REQUEST_OVERHEAD = 1_000;

/** UTF-8 length of a string, counted without TextEncoder (jsdom, where the pane is tested, lacks it). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 length of the JSON of `value`, as it travels in the request. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/**
 * Cells an op writes that are addressed by row (the goal table's, the history's), for a write that
 * a co-author's sort or inserted rows could send to the wrong rows (guard.ts). Rows are sheet rows
 * (1-based), columns 1-based too, as rangeAddress takes them.
 */
export interface CellGuard {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The IDs the read found in rows top..bottom, and the sheet column they are in. */
  ids?: { col: number; values: readonly string[] };
  /**
   * Further columns whose text the rows must still hold, for a row keyed by more than one cell:
   * an indicator row is its goal ID and its indicator ID (an ID repeats across goals, and a sort
   * by name moves a goal's own indicators among themselves).
   */
  moreIds?: readonly { col: number; values: readonly string[] }[];
  /**
   * Put back from the read, by the ID now in each row, instead of loading the cells in the write's
   * request: for writes too large to load back. Only a row whose ID names one row of the read gets
   * that row's cells back (guard.ts); any other row is left alone and named for the user to check.
   */
  readById?: ReadRows;
  /**
   * The same rows as read, for a guard that loads its cells: after a failed attempt that may have
   * run in part, what a moved row held when loaded may be a value of ours sent there by that attempt.
   */
  read?: ReadRows;
}

/** A table's rows as read, by ID, for putting cells back from the read (CellGuard.readById, read). */
export interface ReadRows {
  /** Each row's cells as read, by ID: only IDs exactly one row held. */
  rows: ReadonlyMap<string, readonly string[]>;
  /** Sheet column (1-based) of the rows' first cell. */
  left: number;
  /** The rows the map leaves out (no ID, or an ID repeated), as read. */
  others: readonly (readonly string[])[];
}

/**
 * Rows an op writes right below a table, which grows over them (guard.ts): a refused request
 * shrinks the table back to what it was before the request and leaves the cells as they were.
 */
export interface RowsBelow {
  sheet: string;
  table: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** ExcelApi 1.13: shrunk with Table.resize; else the rows it grew by are deleted (cells below move up). */
  resize: boolean;
}

/** Bytes a guard adds to its op's request: the load of the cells (path and query). */
export const GUARD_OVERHEAD = 300;
/** Bytes the load of one ID column adds to a request that holds guarded ops. */
export const GUARD_REQUEST_OVERHEAD = 400;

/** Bytes the two loads of a table's address (before and after rows written below it) add. */
export const BELOW_OVERHEAD = 600;

/** The sheet columns a guard's ID check loads, as keys. */
function guardColumns(g: CellGuard): string[] {
  return [...(g.ids ? [g.ids] : []), ...(g.moreIds ?? [])].map((c) => `${g.sheet}\u0000${c.col}`);
}

/** How a refused write's put-back may work (src/excel/putBack.ts), as the renderer passes it on. */
export interface PutBackOptions {
  /** ExcelApi 1.13: Table.resize, to shrink a table back in a refused write's put-back (absent: there). */
  resize?: boolean;
  /** Answer bytes a rollover's write may spend loading its emptied cells back (absent: 1 MB). */
  loadBackBytes?: number;
}

export interface QueuedOp {
  /** Estimated request bytes. */
  bytes: number;
  /** What it does, for diagnostics and tests. */
  label: string;
  /** Queues the commands; never syncs. */
  queue(context: Excel.RequestContext): void;
  /**
   * Only changes how a sheet looks or prints (frozen rows, page layout): sent after the write's
   * data and its "finished" mark, so that a host refusing it cannot stop the data from landing.
   */
  optional?: boolean;
  /** The op writes row-addressed cells: checked and put back by guard.ts if the rows moved. */
  guard?: CellGuard;
  /** Sending it twice leaves the workbook as sending it once (a value or format assignment). */
  repeatable?: boolean;
  /** The op writes rows below a table that grows over them: undone with a refused request's put-back. */
  below?: RowsBelow;
}

export class WriteBatch {
  readonly ops: QueuedOp[] = [];

  /** Adds an op of `commands` Office.js commands whose arguments are `payload`. */
  add(
    label: string,
    commands: number,
    payload: unknown,
    queue: (context: Excel.RequestContext) => void,
  ): void {
    const bytes =
      OP_OVERHEAD + commands * COMMAND_OVERHEAD + (payload === undefined ? 0 : jsonBytes(payload));
    this.ops.push({ label, bytes, queue });
  }

  /** As add, for an op that only changes how a sheet looks or prints (QueuedOp.optional). */
  addOptional(
    label: string,
    commands: number,
    payload: unknown,
    queue: (context: Excel.RequestContext) => void,
  ): void {
    this.add(label, commands, payload, queue);
    (this.ops[this.ops.length - 1] as QueuedOp).optional = true;
  }

  /** Marks the last op as guarded (CellGuard), counting the load it adds to its request. */
  guardLast(guard: CellGuard): void {
    const op = this.ops[this.ops.length - 1] as QueuedOp;
    op.guard = guard;
    // Ops writing the same cells (a run's format, then its values) share one load.
    const before = this.ops[this.ops.length - 2]?.guard;
    const same =
      before !== undefined &&
      before.sheet === guard.sheet &&
      before.top === guard.top &&
      before.left === guard.left &&
      before.bottom === guard.bottom &&
      before.right === guard.right;
    if (!same) op.bytes += GUARD_OVERHEAD;
  }

  /**
   * Marks the ops from index `from` on as writing rows below a table (QueuedOp.below), counting the
   * loads of the table's address before and after the writes that their request gains.
   */
  belowFrom(from: number, below: RowsBelow): void {
    for (let i = from; i < this.ops.length; i++) {
      const op = this.ops[i] as QueuedOp;
      // Each may go in a request of its own, which then loads the address itself.
      op.below = below;
      op.bytes += BELOW_OVERHEAD;
    }
  }

  /** Marks the last op as repeatable (QueuedOp.repeatable). */
  repeatableLast(): void {
    (this.ops[this.ops.length - 1] as QueuedOp).repeatable = true;
  }

  get bytes(): number {
    return this.ops.reduce((sum, op) => sum + op.bytes, 0);
  }

  get length(): number {
    return this.ops.length;
  }

  /** Consecutive ops grouped so that each group stays within `budget` (an op larger than it goes alone). */
  chunks(budget: number = DEFAULT_REQUEST_BUDGET): QueuedOp[][] {
    const out: QueuedOp[][] = [];
    let current: QueuedOp[] = [];
    let size = REQUEST_OVERHEAD;
    // The ID columns the current request loads already: one load each (guard.ts).
    let loaded = new Set<string>();
    const newColumns = (op: QueuedOp): string[] =>
      op.guard ? guardColumns(op.guard).filter((k) => !loaded.has(k)) : [];
    for (const op of this.ops) {
      const bytes = op.bytes + newColumns(op).length * GUARD_REQUEST_OVERHEAD;
      if (current.length > 0 && size + bytes > budget) {
        out.push(current);
        current = [];
        size = REQUEST_OVERHEAD;
        loaded = new Set();
      }
      current.push(op);
      const added = newColumns(op);
      size += op.bytes + added.length * GUARD_REQUEST_OVERHEAD;
      for (const k of added) loaded.add(k);
    }
    if (current.length > 0) out.push(current);
    return out;
  }
}

/**
 * Splits a grid of rows into slices whose JSON stays within `budget` bytes, so one 2-D
 * assignment never outgrows a request. Most grids fit whole and come back as one slice.
 */
export function sliceRows<T>(rows: T[][], budget: number): { offset: number; rows: T[][] }[] {
  const total = jsonBytes(rows);
  if (total <= budget || rows.length <= 1) return [{ offset: 0, rows }];
  const out: { offset: number; rows: T[][] }[] = [];
  let start = 0;
  let size = 2;
  for (let i = 0; i < rows.length; i++) {
    const rowBytes = jsonBytes(rows[i]) + 1;
    if (i > start && size + rowBytes > budget) {
      out.push({ offset: start, rows: rows.slice(start, i) });
      start = i;
      size = 2;
    }
    size += rowBytes;
  }
  out.push({ offset: start, rows: rows.slice(start) });
  return out;
}
