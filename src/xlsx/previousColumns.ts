/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these rules are for Office.js proxies; this file works on ExcelJS objects, which hold their
   data in memory. */
// The last-year columns added by `rollover` and `import-history` to a goal table that lacks them
// (src/plan/previousColumns.ts decides which, where and how they look, for the pane too): at the
// table's end, so no cell, validation, conditional format or name of the file moves (ExcelJS would
// move none of them with the cells; see there). The table's range, its autoFilter and its column
// list grow by the new columns; each column gets its width and whole-column look, its header as
// text, and on every body row the one formula with its cached result, as a load writes them.
import ExcelJS from "exceljs";
import { comparisonYear, formulaColumnKeys, idKey, type GoalStructure } from "../domain";
import { parseCell, parseRange, rangeAddress, type CellFormat } from "../plan";
import { GOAL_TABLE } from "../plan/layout";
import { entriesFor, previousResult } from "../plan/previous";
import { planPreviousColumns, type PreviousColumnsPlan } from "../plan/previousColumns";
import type { TableRead } from "../plan/ownership";
import { tableModel, type GoalBook } from "./goalbook";
import { applyColumnPlan, applyFormat } from "./write";

/** Whether any cell right of column `right` holds a value (the pane's used-range test, per cell). */
function valuesRightOf(ws: ExcelJS.Worksheet, right: number): boolean {
  let found = false;
  ws.eachRow((row) =>
    row.eachCell((cell, col) => {
      if (col > right && cell.value !== null && cell.value !== undefined && cell.value !== "") found = true;
    }),
  );
  return found;
}

function styled(cell: ExcelJS.Cell, f: CellFormat): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  applyFormat(style, f);
  cell.style = style;
}

/**
 * The cached results of the last-year columns the table has, for the history after the edit: a
 * reader that does not recalculate (or the next `summary` of a tool that reads caches) would show
 * the year before otherwise. Only cells that hold a formula; the formula stays as it is.
 */
function refreshResults(
  book: GoalBook,
  ws: ExcelJS.Worksheet,
  structure: GoalStructure,
  firstBody: number,
): void {
  const { columns, lang } = book.read;
  const goals = book.tables.goals;
  const left = parseCell(goals.topLeft).col;
  const idAt = columns.id;
  if (idAt === undefined) return;
  const entries = entriesFor(structure, comparisonYear(structure));
  for (const key of formulaColumnKeys()) {
    const at = columns[key];
    if (at === undefined) continue;
    const field = key === "previousTrend" ? "trend" : "status";
    goals.body.forEach((r, i) => {
      const cell = ws.getCell(firstBody + i, left + at);
      const v = cell.value;
      if (v === null || typeof v !== "object" || !("formula" in v) || typeof v.formula !== "string") return;
      const entry = entries.get(idKey((r[idAt] ?? "").trim()));
      cell.value = {
        formula: v.formula,
        result: previousResult(field, entry, lang),
      } as ExcelJS.CellFormulaValue;
    });
  }
}

/**
 * Adds the last-year columns the goal table lacks (and brings the cached results of those it has
 * up to date), for the history `structure` holds after the edit, and updates `book`'s tables and read so the summary drawn next counts them. Returns the
 * plan, or null when nothing was added (the table has them, or cells right of it hold values).
 */
export function addPreviousColumns(book: GoalBook, structure: GoalStructure): PreviousColumnsPlan | null {
  const found = tableModel(book.edit.wb, GOAL_TABLE);
  const goals = book.tables.goals;
  if (found === null) return null;
  const model = found.model as NonNullable<typeof found.model> & { columns?: { name: string }[] };
  const ref = parseRange((model.tableRef ?? model.ref) as string);
  const read: TableRead = {
    ...goals,
    range: rangeAddress(ref.top, ref.left, ref.bottom, ref.right),
    bodyAddress: rangeAddress(ref.top + 1, ref.left, ref.bottom, ref.right),
    sheetProtected: false,
  };
  const ws = found.ws;
  refreshResults(book, ws, structure, ref.top + 1);
  const free = !valuesRightOf(ws, ref.right);
  const plan = planPreviousColumns(read, structure, book.read.columns, book.read.lang, free);
  if (plan === null || model.columns === undefined) return null;
  for (const c of plan.columnPlans) applyColumnPlan(ws, c);
  for (const rf of plan.formats) {
    const r = parseRange(rf.range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) styled(ws.getCell(row, col), rf.format);
  }
  for (const c of plan.columns) {
    // Text, never a formula: an ExcelJS string value is written as a string.
    ws.getCell(plan.headerRow, c.col).value = c.header;
    c.cells.forEach((v, i) => {
      ws.getCell(plan.firstBody + i, c.col).value = {
        formula: v.formula,
        result: v.result,
      } as ExcelJS.CellFormulaValue;
    });
    model.columns.push({ name: c.header });
  }
  const right = plan.columns[plan.columns.length - 1].col;
  model.tableRef = rangeAddress(ref.top, ref.left, ref.bottom, right);
  if (model.autoFilterRef !== undefined) model.autoFilterRef = model.tableRef;
  // The book as the edit leaves it: the summary's layout finds the columns by header.
  const at = parseCell(goals.topLeft);
  const columns = { ...book.read.columns };
  for (const c of plan.columns) columns[c.key] = c.col - at.col;
  book.tables = {
    ...book.tables,
    goals: {
      ...goals,
      header: [...goals.header, ...plan.columns.map((c) => c.header)],
      body: goals.body.map((r, i) => [...r, ...plan.columns.map((c) => String(c.cells[i]?.result ?? ""))]),
    },
  };
  book.read = { ...book.read, columns };
  return plan;
}
