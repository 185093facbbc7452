// The writes the plan's decisions (src/plan/load.ts, goalTable.ts) call for, recorded into a
// WriteBatch: the add-in's own sheets made ready and drawn, the merge's cells, the goal table's
// rules. Nothing here decides or syncs; transport.ts sends the batch.
import { GOAL_TABLE, parseCell, parseRange, type NamePlan } from "../plan";
import type { GoalFormatting, OwnedSheet } from "../plan/goalTable";
import type { LoadPlan, MergeLoad } from "../plan/load";
import type { HistoryImportPlan } from "../plan/historyImport";
import type { TableAppend } from "../plan/historyTable";
import type { CellSet, RolloverPlan } from "../plan/rollover";
import type { KoladaCellSet } from "../plan/koladaFill";
import { MARKER, type MarkerAction, type SheetRole, type TableRead } from "../plan/ownership";
import type { WriteBatch } from "./batch";
import { LOAD_BACK_BYTES, guardOf, historyKeys, loadBackBytes, readRows, rowGuard } from "./rowGuards";
import { addChartDeletes } from "./charts";
import { addPreviousColumns, addPreviousRows } from "./previousColumns";
import { columnRuns, type CellWrite } from "../plan/merge";
import {
  addConditionalFormats,
  addFreeze,
  addGrid,
  addPrint,
  addSheetPlan,
  addValidation,
  formatGrid,
  gridBudget,
  type RenderOptions,
} from "./render";

/** Makes the target sheet ready (new, or emptied) and marks it, then draws the plan on it. */
export function addOwnedSheet(batch: WriteBatch, owned: OwnedSheet, options: RenderOptions): void {
  const { target, plan } = owned;
  const name = target.name;
  addChartDeletes(batch, name, target.charts ?? []);
  // The add-in's own tables go first, wherever they are, so that their names are free again.
  for (const table of target.tables) {
    batch.add(`delete table ${table}`, 2, table, (context) => {
      context.workbook.tables.getItem(table).delete();
    });
  }
  if (target.action === "create") {
    batch.add(`add sheet ${name}`, 1, name, (context) => {
      context.workbook.worksheets.add(name);
    });
  } else {
    // Cleared in place rather than deleted and added again: the sheet keeps its position, its
    // id and every reference other sheets make to it.
    batch.add(`clear sheet ${name}`, 5, name, (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      const all = ws.getRange();
      all.unmerge();
      all.clear("All");
      all.conditionalFormats.clearAll();
      // Validations live on cells: clearing the used range reaches every one there is. A host
      // without data validation (below ExcelApi 1.8) has none to clear, and refuses the call.
      if (options.validation !== false) ws.getUsedRange(false).dataValidation.clear();
      all.format.useStandardHeight = true;
      all.format.useStandardWidth = true;
    });
  }
  addMarker(batch, target.role, name, target.marker);
  addNames(batch, target.names, plan.names);
  // The goal sheet is shown as soon as it exists, so that a load cut short and completed by a
  // retry (as a merge, which never changes the user's view) ends on the same sheet.
  if (owned.activate)
    batch.add(`activate ${name}`, 2, name, (context) => {
      context.workbook.worksheets.getItem(name).activate();
    });
  addSheetPlan(batch, name, plan, options);
}

/**
 * Replaces the sheet's own defined names by its plan's, before its formulas arrive: the old
 * ones are deleted (the sheet is already cleared, so no formula of ours refers to them), the new
 * ones added as formulas.
 */
function addNames(batch: WriteBatch, existing: readonly string[], names: readonly NamePlan[]): void {
  for (const old of existing) {
    batch.add(`delete name ${old}`, 2, old, (context) => {
      context.workbook.names.getItem(old).delete();
    });
  }
  for (const n of names) {
    batch.add(`name ${n.name}`, 1, [n.name, n.formula], (context) => {
      context.workbook.names.add(n.name, `=${n.formula}`);
    });
  }
}

/** Points the role's marker at A1 of `sheet`; a broken marker is deleted first. */
function addMarker(batch: WriteBatch, role: SheetRole, sheet: string, action: MarkerAction): void {
  if (action === "keep") return;
  const marker = MARKER[role];
  const stale = action === "replace";
  batch.add(`marker ${marker}`, stale ? 3 : 2, [marker, sheet], (context) => {
    if (stale) context.workbook.names.getItem(marker).delete();
    context.workbook.names.add(marker, context.workbook.worksheets.getItem(sheet).getRange("A1"));
  });
}

/** Writes text cells of a table as runs down a column, each made text ("@") first, guarded by row. */
export function addTextRuns(
  batch: WriteBatch,
  goals: TableRead,
  writes: CellWrite[],
  options: RenderOptions,
  keys: readonly number[] = [],
): void {
  const top = parseCell(goals.topLeft);
  const runs = columnRuns(writes);
  const read = runs.length > 0 ? readRows(goals, keys) : undefined;
  for (const run of runs) {
    const col = top.col + run.col;
    const row = top.row + 1 + run.row;
    const grid = run.values.map((v) => [v]);
    const guard = guardOf(goals, col, col, keys, read);
    addGrid(
      batch,
      goals.sheet,
      row,
      col,
      formatGrid(grid.length, 1, "@"),
      "numberFormat",
      gridBudget(options),
      guard,
    );
    addGrid(batch, goals.sheet, row, col, grid, "values", gridBudget(options), guard);
  }
}

/** Old rules off the status and trend columns, then the drop-downs and rules of the plan. */
export function addGoalFormatting(batch: WriteBatch, sheet: string, f: GoalFormatting): void {
  for (const range of f.ranges) {
    batch.add(`clear rules ${sheet}!${range}`, 1, range, (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(range).conditionalFormats.clearAll();
    });
  }
  for (const v of f.validations) addValidation(batch, sheet, v);
  addConditionalFormats(batch, sheet, f.conditionalFormats);
}

/** The merge's cell writes: changed structural cells, new goals into blank rows, appended rows. */
function addMergeWrites(batch: WriteBatch, load: MergeLoad, options: RenderOptions): void {
  const goals = load.goals;
  addTextRuns(batch, goals, load.updates, options);
  const top = parseCell(goals.topLeft);
  const width = goals.header.length;
  const budgetBytes = gridBudget(options);
  const formats = (rows: unknown[]): unknown[][] => rows.map(() => load.textFormat);

  if (load.fills) {
    // Blank rows as read: a co-author's rows sorted or inserted into them in between are not written over.
    const firstRow = top.row + 1 + load.fills.row;
    const guard = guardOf(goals, top.col, top.col + width - 1, [], readRows(goals));
    addGrid(
      batch,
      goals.sheet,
      firstRow,
      top.col,
      formats(load.fills.rows),
      "numberFormat",
      budgetBytes,
      guard,
    );
    addGrid(batch, goals.sheet, firstRow, top.col, load.fills.rows, "values", budgetBytes, guard);
    // With rows appended too, their formulas go with those rows (below), in one fill.
    if (load.appends.length === 0)
      addPreviousRows(batch, goals.sheet, top.row + 1, top.col, load.previous, options);
  }
  if (load.appends.length > 0) {
    const n = load.appends.length;
    // With nothing below the table, the rows are made text and then written right below it,
    // and the table grows over them: Microsoft's advice for co-authored workbooks, where
    // rows.add makes merges conflict. Otherwise rows.add, which moves what lies below down
    // instead of writing over it. Either way the cells are text before any text arrives.
    if (goals.belowEmpty !== true) {
      const blank = Array.from({ length: n }, () => Array<string>(width).fill(""));
      batch.add(`add ${n} rows to ${GOAL_TABLE}`, 2, blank, (context) => {
        context.workbook.tables.getItem(GOAL_TABLE).rows.add(undefined, blank);
      });
    }
    const firstRow = top.row + 1 + goals.body.length;
    // Written below the table, the rows were empty when read: a co-author's rows appended in
    // between are put back rather than written over. Not past APPEND_GUARD_CELLS, whose load
    // back could pass Excel's 5 MB answer; nor after rows.add, which no put-back undoes.
    const guard =
      goals.belowEmpty === true && n * width <= APPEND_GUARD_CELLS
        ? guardOf(goals, top.col, top.col + width - 1)
        : undefined;
    const from = batch.ops.length;
    addGrid(batch, goals.sheet, firstRow, top.col, formats(load.appends), "numberFormat", budgetBytes, guard);
    addGrid(batch, goals.sheet, firstRow, top.col, load.appends, "values", budgetBytes, guard);
    addPreviousRows(batch, goals.sheet, top.row + 1, top.col, load.previous, options);
    // The table grows over them: a refused request shrinks it back (guard.ts).
    if (goals.belowEmpty === true)
      batch.belowFrom(from, {
        sheet: goals.sheet,
        table: GOAL_TABLE,
        top: firstRow,
        left: top.col,
        bottom: firstRow + n - 1,
        right: top.col + width - 1,
        resize: options.resize !== false,
      });
  }
}

/** Appended cells whose contents a merge loads back in its write's request (about 14 bytes each). */
const APPEND_GUARD_CELLS = 100_000;

/** Every write of a load, in the order the plan gives. */
export function addLoad(batch: WriteBatch, load: LoadPlan, options: RenderOptions): void {
  if (load.mode === "merge") {
    addMergeWrites(batch, load, options);
    addGoalFormatting(batch, load.goals.sheet, load.formatting);
    addFreeze(batch, load.goals.sheet, load.view);
    addPrint(batch, load.goals.sheet, load.view, options);
    if (load.historyView) {
      addFreeze(batch, load.historyView.sheet, load.historyView.view);
      addPrint(batch, load.historyView.sheet, load.historyView.view, options);
    }
  }
  for (const sheet of load.sheets) addOwnedSheet(batch, sheet, options);
  if (load.mode === "merge") addMarker(batch, "goals", load.goals.sheet, load.goalMarker);
}

/**
 * Rows at the end of a table: its blank rows filled (format, then value), the rest added in one
 * call carrying the values that are safe as they are (TableAppend.safe), then every other
 * column's cells made text before their values arrive, so text that looks like a formula stays
 * text.
 */
function addTableAppend(
  batch: WriteBatch,
  append: TableAppend,
  options: RenderOptions,
  /** The table as read: the appended rows' guard needs its header (absent: not guarded). */
  history?: TableRead,
): void {
  const { table, sheet, row, col, values, formats, safe } = append;
  const budget = gridBudget(options);
  const fill = values.length - append.add;
  if (fill > 0) {
    addGrid(batch, sheet, row, col, formats.slice(0, fill), "numberFormat", budget);
    addGrid(batch, sheet, row, col, values.slice(0, fill), "values", budget);
  }
  if (append.add === 0) return;
  const added = values.slice(fill);
  if (append.below) {
    // Nothing lies below the table: the text columns are made text, then whole rows are written
    // right below it and the table grows over them (no rows.add, which co-authors' merges
    // conflict on; see addMergeWrites). As a merge's rows: their IDs must still be blank (a
    // co-author's row appended in between is put back) where few enough to load back, and a
    // refused request shrinks the table back (guard.ts).
    const width = added[0]?.length ?? 0;
    const below = {
      sheet,
      table,
      top: row + fill,
      left: col,
      bottom: row + fill + added.length - 1,
      right: col + width - 1,
      resize: options.resize !== false,
    };
    const guard =
      history && added.length * width <= APPEND_GUARD_CELLS
        ? guardOf(history, col, col + width - 1, historyKeys(history))
        : undefined;
    const start = batch.ops.length;
    for (const [from, to] of unsafeRuns(safe)) {
      const part = formats.slice(fill).map((r) => r.slice(from, to + 1));
      // Unguarded: the values' guard loads the whole rows, formats too, before any of them is written.
      addGrid(batch, sheet, row + fill, col + from, part, "numberFormat", budget);
    }
    addGrid(batch, sheet, row + fill, col, added, "values", budget, guard);
    batch.belowFrom(start, below);
    return;
  }
  const rows = added.map((r) => r.map((v, j) => (safe[j] ? v : "")));
  batch.add(`add ${append.add} rows to ${table}`, 2, rows, (context) => {
    context.workbook.tables.getItem(table).rows.add(undefined, rows);
  });
  for (const [from, to] of unsafeRuns(safe)) {
    const part = <T>(grid: T[][]): T[][] => grid.map((r) => r.slice(from, to + 1));
    addGrid(batch, sheet, row + fill, col + from, part(formats.slice(fill)), "numberFormat", budget);
    addGrid(batch, sheet, row + fill, col + from, part(added), "values", budget);
  }
}

/** The runs [first, last] of adjacent columns that are not safe. */
function unsafeRuns(safe: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  safe.forEach((ok, j) => {
    if (ok) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === j - 1) last[1] = j;
    else runs.push([j, j]);
  });
  return runs;
}

function addCellSets(batch: WriteBatch, cells: readonly CellSet[]): void {
  for (const c of cells) {
    batch.add(`set ${c.sheet}!${c.cell}`, 2, [c.value, c.format], (context) => {
      const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
      range.numberFormat = [[c.format]];
      range.values = [[c.value]];
    });
    batch.repeatableLast();
    // Put back with the goal table's cells if those rows moved: a rollover whose year moved on
    // while its cells were put back could not be run again.
    const at = parseCell(c.cell);
    batch.guardLast({ sheet: c.sheet, top: at.row, left: at.col, bottom: at.row, right: at.col });
  }
}

/**
 * A rollover's writes, in the order that lets a retry after a fault complete it: the history
 * first (completed, then appended), then the goal table's cells emptied, the summary, and the
 * year last (a retry then still closes the same year).
 */
export function addRollover(batch: WriteBatch, plan: RolloverPlan, options: RenderOptions): void {
  addTextRuns(batch, plan.history, plan.complete, options, historyKeys(plan.history));
  if (plan.append) addTableAppend(batch, plan.append, options, plan.history);
  const sheet = plan.goals.sheet;
  // The emptied cells are loaded in the write's request, as every guarded write's, while their
  // answer stays small; beyond that (tens of thousands of goals) they are put back from the read,
  // by goal ID, into the rows it can vouch for (guard.ts).
  const byId = readRows(plan.goals);
  const loadBack =
    byId !== undefined &&
    plan.clear.reduce((sum, range) => sum + loadBackBytes(plan.goals, parseRange(range)), 0) <=
      (options.loadBackBytes ?? LOAD_BACK_BYTES);
  for (const range of plan.clear) {
    // Contents only: the cells keep their text format and their drop-down lists.
    batch.add(`empty ${sheet}!${range}`, 2, range, (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(range).clear("Contents");
    });
    batch.repeatableLast();
    const r = parseRange(range);
    const guard = rowGuard(plan.goals, r.top, r.bottom, r.left, r.right);
    if (guard && byId) batch.guardLast(loadBack ? { ...guard, read: byId } : { ...guard, readById: byId });
  }
  // Before the summary, whose formulas name the columns; a retry finds them there and adds none.
  addPreviousColumns(batch, plan.previous, options);
  if (plan.summary) addOwnedSheet(batch, plan.summary, options);
  addCellSets(batch, plan.cells);
}

/** A history import's writes: replaced rows in place, then the added rows at the table's end. */
export function addHistoryImport(batch: WriteBatch, plan: HistoryImportPlan, options: RenderOptions): void {
  addTextRuns(batch, plan.history, plan.replace, options, historyKeys(plan.history));
  if (plan.append) addTableAppend(batch, plan.append, options, plan.history);
  addPreviousColumns(batch, plan.previous, options);
}

/**
 * The cells a fetch from Kolada writes on the indicator sheet, each its own range: a number into a
 * General cell, the attribution into a cell made text ("@") before its value arrives.
 */
export function addKoladaCells(batch: WriteBatch, cells: readonly KoladaCellSet[]): void {
  for (const c of cells) {
    batch.add(`set ${c.sheet}!${c.cell}`, 2, [c.value, c.format], (context) => {
      const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
      range.numberFormat = [[c.format]];
      range.values = [[c.value]];
    });
    const [first, ...more] = c.rowIds ?? [];
    if (first === undefined) continue;
    const { row, col } = parseCell(c.cell);
    batch.guardLast({
      sheet: c.sheet,
      top: row,
      bottom: row,
      left: col,
      right: col,
      ids: { col: first.col, values: [first.text] },
      moreIds: more.map((m) => ({ col: m.col, values: [m.text] })),
    });
  }
}
