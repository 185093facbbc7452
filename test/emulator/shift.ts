/**
 * Inserting and deleting cells: the cells move, and with them data validation (stored per cell),
 * merged areas, conditional-format areas, tables, and — for whole rows/columns — widths, heights,
 * row/column formats and hidden flags. Everything is checked before anything moves, so a refused
 * operation leaves the sheet untouched.
 *
 * Not adjusted (documented difference): formula references and defined names.
 */
import { ErrorCode, fail } from "./errors";
import { MAX_COLS, MAX_ROWS, type Rect, cellCount } from "./address";
import {
  type Cell,
  type SheetModel,
  type TableModel,
  bodyTop,
  key,
  keyCol,
  keyRow,
  cellAt,
  getCell,
} from "./model";
import { uniqueName } from "./names";

export type InsertShift = "Down" | "Right";
export type DeleteShift = "Up" | "Left";

interface Op {
  rowsMain: boolean; // true: rows move (Down/Up); false: columns move (Right/Left)
  p: number; // first main index inserted/deleted
  n: number; // count
  a: number; // cross span
  b: number;
  insert: boolean;
  whole: boolean; // the cross span is the whole sheet (entire rows/columns)
}

interface View {
  lo: number;
  hi: number;
  a: number;
  b: number;
}

const toView = (r: Rect, rowsMain: boolean): View =>
  rowsMain ? { lo: r.r0, hi: r.r1, a: r.c0, b: r.c1 } : { lo: r.c0, hi: r.c1, a: r.r0, b: r.r1 };
const fromView = (v: View, rowsMain: boolean): Rect =>
  rowsMain ? { r0: v.lo, r1: v.hi, c0: v.a, c1: v.b } : { c0: v.lo, c1: v.hi, r0: v.a, r1: v.b };

/** New [lo, hi] of a span after the operation, or null when it vanished. */
export function adjustSpan(
  lo: number,
  hi: number,
  p: number,
  n: number,
  insert: boolean,
): [number, number] | null {
  if (insert) {
    if (lo >= p) return [lo + n, hi + n];
    if (hi >= p) return [lo, hi + n];
    return [lo, hi];
  }
  const q = p + n - 1;
  if (lo > q) return [lo - n, hi - n];
  if (hi < p) return [lo, hi];
  const overlap = Math.min(hi, q) - Math.max(lo, p) + 1;
  const remaining = hi - lo + 1 - overlap;
  if (remaining <= 0) return null;
  const nlo = lo < p ? lo : p;
  return [nlo, nlo + remaining - 1];
}

function makeOp(r: Rect, direction: "Down" | "Right" | "Up" | "Left", insert: boolean): Op {
  const wholeRows = r.c0 === 0 && r.c1 === MAX_COLS - 1;
  const wholeCols = r.r0 === 0 && r.r1 === MAX_ROWS - 1;
  // Whole rows always move vertically, whole columns horizontally, whatever shift was asked.
  const rowsMain = wholeRows ? true : wholeCols ? false : direction === "Down" || direction === "Up";
  const v = toView(r, rowsMain);
  return {
    rowsMain,
    p: v.lo,
    n: v.hi - v.lo + 1,
    a: v.a,
    b: v.b,
    insert,
    whole: rowsMain ? wholeRows : wholeCols,
  };
}

type TablePlan =
  | { t: TableModel; kind: "shift" | "extend" | "shrink"; view: View; colIndex?: number }
  | { t: TableModel; kind: "remove" };

function conflict(where: string): never {
  return fail(
    ErrorCode.insertDeleteConflict,
    "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
    where,
  );
}

function planTables(sheet: SheetModel, op: Op, where: string, extendTable?: TableModel): TablePlan[] {
  const plans: TablePlan[] = [];
  for (const t of sheet.tables) {
    const v = toView(t.rect, op.rowsMain);
    if (v.b < op.a || v.a > op.b) continue;
    const within = v.a >= op.a && v.b <= op.b;
    if (!within) {
      if (v.hi >= op.p) conflict(where);
      continue;
    }
    if (op.insert) {
      const grows = t === extendTable ? op.p >= v.lo && op.p <= v.hi + 1 : op.p > v.lo && op.p <= v.hi;
      if (grows) plans.push({ t, kind: "extend", view: { ...v, hi: v.hi + op.n }, colIndex: op.p - v.lo });
      else if (op.p <= v.lo)
        plans.push({ t, kind: "shift", view: { ...v, lo: v.lo + op.n, hi: v.hi + op.n } });
      continue;
    }
    const q = op.p + op.n - 1;
    if (q < v.lo) plans.push({ t, kind: "shift", view: { ...v, lo: v.lo - op.n, hi: v.hi - op.n } });
    else if (op.p > v.hi) continue;
    else if (op.p <= v.lo && q >= v.hi) plans.push({ t, kind: "remove" });
    else {
      if (op.rowsMain) {
        const bodyLo = t.showHeaders ? v.lo + 1 : v.lo;
        const bodyHi = t.showTotals ? v.hi - 1 : v.hi;
        if (op.p < bodyLo || q > bodyHi) conflict(where);
        if (op.p <= bodyLo && q >= bodyHi)
          fail(
            ErrorCode.insertDeleteConflict,
            "Deleting every data row of a table by deleting sheet cells is not supported; delete table rows instead.",
            where,
          );
      }
      const adj = adjustSpan(v.lo, v.hi, op.p, op.n, false)!;
      plans.push({
        t,
        kind: "shrink",
        view: { ...v, lo: adj[0], hi: adj[1] },
        colIndex: Math.max(op.p, v.lo) - v.lo,
      });
    }
  }
  return plans;
}

function shiftIndexed<V>(m: Map<number, V>, op: Op, limit: number): Map<number, V> {
  const out = new Map<number, V>();
  for (const [i, v] of m) {
    if (i < op.p) out.set(i, v);
    else if (op.insert) {
      if (i + op.n < limit) out.set(i + op.n, v);
    } else if (i > op.p + op.n - 1) out.set(i - op.n, v);
  }
  return out;
}

function shiftSet(s: Set<number>, op: Op, limit: number): Set<number> {
  return new Set(shiftIndexed(new Map([...s].map((i) => [i, true])), op, limit).keys());
}

function apply(sheet: SheetModel, op: Op, where: string, extendTable?: TableModel): void {
  const limit = op.rowsMain ? MAX_ROWS : MAX_COLS;
  // 1. Checks — nothing has moved yet.
  if (op.insert) {
    for (const [k, c] of sheet.cells) {
      const main = op.rowsMain ? keyRow(k) : keyCol(k);
      const cross = op.rowsMain ? keyCol(k) : keyRow(k);
      if (cross >= op.a && cross <= op.b && main >= limit - op.n && (c.v !== undefined || c.f !== undefined))
        fail(
          ErrorCode.nonBlankCellOffSheet,
          "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
          where,
        );
    }
  }
  for (const m of sheet.merges) {
    const v = toView(m, op.rowsMain);
    const overlapsCross = !(v.b < op.a || v.a > op.b);
    const within = v.a >= op.a && v.b <= op.b;
    if (overlapsCross && !within && v.hi >= op.p)
      fail(ErrorCode.mergedRangeConflict, "This operation would move part of a merged cell.", where);
  }
  const plans = planTables(sheet, op, where, extendTable);

  // 2. Cells.
  const next = new Map<number, Cell>();
  for (const [k, c] of sheet.cells) {
    const row = keyRow(k);
    const col = keyCol(k);
    const main = op.rowsMain ? row : col;
    const cross = op.rowsMain ? col : row;
    if (cross < op.a || cross > op.b || main < op.p) {
      next.set(k, c);
      continue;
    }
    let nm: number;
    if (op.insert) nm = main + op.n;
    else if (main <= op.p + op.n - 1) continue;
    else nm = main - op.n;
    if (nm >= limit) continue;
    next.set(op.rowsMain ? key(nm, col) : key(row, nm), c);
  }
  sheet.cells = next;

  // 3. Whole rows/columns carry their sizes, formats and hidden flags.
  if (op.whole) {
    if (op.rowsMain) {
      sheet.rowHeights = shiftIndexed(sheet.rowHeights, op, limit);
      sheet.rowStyles = shiftIndexed(sheet.rowStyles, op, limit);
      sheet.hiddenRows = shiftSet(sheet.hiddenRows, op, limit);
    } else {
      sheet.colWidths = shiftIndexed(sheet.colWidths, op, limit);
      sheet.colStyles = shiftIndexed(sheet.colStyles, op, limit);
      sheet.hiddenCols = shiftSet(sheet.hiddenCols, op, limit);
    }
  }

  // 4. Merges and conditional-format areas inside the moved band.
  sheet.merges = sheet.merges.flatMap((m) => {
    const v = toView(m, op.rowsMain);
    if (v.a < op.a || v.b > op.b) return [m];
    const adj = adjustSpan(v.lo, v.hi, op.p, op.n, op.insert);
    return adj ? [fromView({ ...v, lo: adj[0], hi: adj[1] }, op.rowsMain)] : [];
  });
  for (const cf of sheet.cfs) {
    cf.ranges = cf.ranges.flatMap((x) => {
      const v = toView(x, op.rowsMain);
      if (v.a < op.a || v.b > op.b) return [x];
      let adj = adjustSpan(v.lo, v.hi, op.p, op.n, op.insert);
      // A table growing at its end carries the formats that cover its whole column.
      if (op.insert && op.rowsMain && extendTable && adj && v.hi === op.p - 1 && v.lo >= extendTable.rect.r0)
        adj = [v.lo, v.hi + op.n];
      return adj ? [fromView({ ...v, lo: adj[0], hi: adj[1] }, op.rowsMain)] : [];
    });
    if (!cf.ranges.length) cf.alive = false;
  }
  sheet.cfs = sheet.cfs.filter((cf) => cf.alive);

  // 5. Tables.
  for (const plan of plans) {
    const t = plan.t;
    if (plan.kind === "remove") {
      t.alive = false;
      continue;
    }
    t.rect = fromView(plan.view, op.rowsMain);
    if (!op.rowsMain && plan.kind === "extend") {
      const added = Array.from({ length: op.n }, () => ({ id: t.nextColumnId++, name: "" }));
      t.columns.splice(plan.colIndex!, 0, ...added);
      for (const col of added)
        col.name = uniqueName(
          `Column${t.columns.indexOf(col) + 1}`,
          t.columns.map((c) => c.name),
        );
      if (t.showHeaders)
        added.forEach((col) => {
          const c = cellAt(sheet, t.rect.r0, t.rect.c0 + t.columns.indexOf(col));
          c.v = col.name;
          delete c.f;
        });
    }
    if (!op.rowsMain && plan.kind === "shrink") t.columns.splice(plan.colIndex!, op.n);
  }
  sheet.tables = sheet.tables.filter((t) => t.alive);

  // 6. Inserted cells take the format of their neighbour before them (Excel's default "format same as above").
  if (op.insert) copyNeighbourFormats(sheet, op, op.rowsMain ? extendTable : undefined);
}

function copyNeighbourFormats(sheet: SheetModel, op: Op, table: TableModel | undefined): void {
  // Rows added at the top of a table body take the format of the first data row, not of the header.
  const fromAfter = table !== undefined && op.p === bodyTop(table);
  if (op.p === 0 && !fromAfter) return;
  const span = op.whole ? null : { a: op.a, b: op.b };
  const crossIndices: number[] = [];
  if (span) for (let x = span.a; x <= span.b; x++) crossIndices.push(x);
  else {
    // Whole rows/columns: only positions where the neighbour carries something.
    const seen = new Set<number>();
    for (const k of sheet.cells.keys()) {
      const main = op.rowsMain ? keyRow(k) : keyCol(k);
      if (main === op.p - 1) seen.add(op.rowsMain ? keyCol(k) : keyRow(k));
    }
    crossIndices.push(...seen);
  }
  for (const x of crossIndices) {
    const at = (m: number): Cell | undefined => (op.rowsMain ? getCell(sheet, m, x) : getCell(sheet, x, m));
    const after = at(op.p + op.n);
    const before = fromAfter ? after : at(op.p - 1);
    if (!before || (before.s === undefined && before.nf === undefined && before.dv === undefined)) continue;
    const dv = before.dv && (table !== undefined || after?.dv === before.dv) ? before.dv : undefined;
    for (let m = op.p; m < op.p + op.n; m++) {
      const c = op.rowsMain ? cellAt(sheet, m, x) : cellAt(sheet, x, m);
      if (before.s) c.s = before.s;
      if (before.nf) c.nf = before.nf;
      if (dv) c.dv = dv;
    }
  }
}

export function insertCells(
  sheet: SheetModel,
  r: Rect,
  shift: InsertShift,
  where: string,
  extendTable?: TableModel,
): void {
  if (cellCount(r) < 1) return;
  apply(sheet, makeOp(r, shift, true), where, extendTable);
}

export function deleteCells(sheet: SheetModel, r: Rect, shift: DeleteShift, where: string): void {
  apply(sheet, makeOp(r, shift, false), where);
}

/** Inserted rows or columns get Excel's shift when the caller did not say (whole rows shift down). */
export function defaultInsertShift(r: Rect): InsertShift {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1 ? "Right" : "Down";
}

export function defaultDeleteShift(r: Rect): DeleteShift {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1 ? "Left" : "Up";
}
