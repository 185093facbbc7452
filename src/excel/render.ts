// Drawing a workbook plan with Office.js. Everything here records operations into a WriteBatch
// (closures that only queue commands); nothing syncs. The order of operations follows the plan's
// conventions (src/plan/types.ts): column formats, then range formats, then values, so that
// every text cell is "@" before its text arrives and can never turn into a formula, and every
// formula cell has a number format before its formula arrives.
import {
  charsToPoints,
  columnIndex,
  isFormula,
  parseRange,
  rangeAddress,
  type CellFormat,
  type ConditionalFormatPlan,
  type ListValidationPlan,
  type PlanValue,
  type SheetPlan,
  type TablePlan,
} from "../plan";
import { DEFAULT_REQUEST_BUDGET, sliceRows, type CellGuard, type WriteBatch } from "./batch";
import type { PutBackOptions } from "./batch";
import { addCharts } from "./charts";
import { addColumnFill, otherColumns, uniformFormulaColumns } from "./fill";

/** Rows of a worksheet in Excel 2007 and later. */
export const SHEET_ROWS = 1_048_576;

export interface RenderOptions extends PutBackOptions {
  /** ExcelApi 1.9 (pageLayout) is there: apply the print setup. */
  print: boolean;
  /** ExcelApi 1.8 is there: data validation can be cleared (absent: it can). */
  validation?: boolean;
  /** ExcelApi 1.8 is there: draw the summary's charts (absent: draw them). */
  charts?: boolean;
  /** Largest grid one assignment may carry, in bytes of JSON. */
  gridBudget?: number;
  /** ExcelApi 1.9 is there: a column of one formula is written once and filled down (absent: it is). */
  fill?: boolean;
}

/** Room left in a request for the commands around one large grid. */
const GRID_MARGIN = 200_000;

export function gridBudget(options: { gridBudget?: number }): number {
  return options.gridBudget ?? DEFAULT_REQUEST_BUDGET - GRID_MARGIN;
}

const sheetOf = (context: Excel.RequestContext, sheet: string): Excel.Worksheet =>
  context.workbook.worksheets.getItem(sheet);

/**
 * Queues the non-number parts of a CellFormat on a range (one command per property).
 * `multiRow`: the range spans several rows, so a border "on every cell" needs the inner lines too.
 */
export function queueCellFormat(range: Excel.Range, f: CellFormat, multiRow: boolean): void {
  const fmt = range.format;
  if (f.bold !== undefined) fmt.font.bold = f.bold;
  if (f.italic !== undefined) fmt.font.italic = f.italic;
  if (f.fontSize !== undefined) fmt.font.size = f.fontSize;
  if (f.fontColor !== undefined) fmt.font.color = f.fontColor;
  if (f.fill !== undefined) fmt.fill.color = f.fill;
  if (f.wrap !== undefined) fmt.wrapText = f.wrap;
  if (f.horizontal !== undefined) fmt.horizontalAlignment = HORIZONTAL[f.horizontal];
  if (f.vertical !== undefined) fmt.verticalAlignment = VERTICAL[f.vertical];
  if (f.borderTop) queueBorder(fmt, "EdgeTop");
  if (f.borderBottom) queueBorder(fmt, "EdgeBottom");
  if ((f.borderTop || f.borderBottom) && multiRow) queueBorder(fmt, "InsideHorizontal");
}

/** Number of commands queueCellFormat queues for `f` (for the size estimate). */
export function cellFormatCommands(f: CellFormat): number {
  let n = 0;
  for (const k of [
    "bold",
    "italic",
    "fontSize",
    "fontColor",
    "fill",
    "wrap",
    "horizontal",
    "vertical",
  ] as const)
    if (f[k] !== undefined) n += 1;
  if (f.borderTop) n += 2;
  if (f.borderBottom) n += 2;
  if (f.borderTop || f.borderBottom) n += 2;
  return n;
}

function queueBorder(fmt: Excel.RangeFormat, edge: "EdgeTop" | "EdgeBottom" | "InsideHorizontal"): void {
  const b = fmt.borders.getItem(edge);
  b.style = "Continuous";
  b.weight = "Thin";
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** The grid Office.js takes for `formulas`: "=" before each plan formula, text and numbers as they are. */
export function formulaGrid(values: PlanValue[][]): (string | number | null)[][] {
  return values.map((row) => row.map((v) => (v === null ? null : isFormula(v) ? `=${v.formula}` : v)));
}

export function hasFormula(values: PlanValue[][]): boolean {
  return values.some((row) => row.some((v) => v !== null && isFormula(v)));
}

/** Last row any block or table of the sheet reaches. */
export function contentBottom(sheet: SheetPlan): number {
  let bottom = 0;
  for (const b of sheet.blocks) bottom = Math.max(bottom, parseRange(b.range).bottom);
  for (const tb of sheet.tables) bottom = Math.max(bottom, parseRange(tb.range).bottom);
  return bottom;
}

/**
 * Records a grid assignment (values, formulas or number formats) at a top-left cell, sliced by
 * rows when one assignment would outgrow a request.
 */
export function addGrid(
  batch: WriteBatch,
  sheet: string,
  top: number,
  left: number,
  grid: unknown[][],
  property: "values" | "formulas" | "numberFormat",
  budget: number,
  /** For row-addressed cells: the guard of the rows [first, last] a slice writes (guard.ts). */
  guard?: (first: number, last: number) => CellGuard,
): void {
  if (grid.length === 0 || grid[0].length === 0) return;
  const width = grid[0].length;
  for (const slice of sliceRows(grid, budget)) {
    const address = rangeAddress(
      top + slice.offset,
      left,
      top + slice.offset + slice.rows.length - 1,
      left + width - 1,
    );
    const rows = slice.rows;
    batch.add(`${property} ${sheet}!${address}`, 1, rows, (context) => {
      const range = sheetOf(context, sheet).getRange(address);
      // The shape matches the address by construction: Excel rejects any other.
      if (property === "values") range.values = rows as Excel.Range["values"];
      else if (property === "formulas") range.formulas = rows as Excel.Range["formulas"];
      else range.numberFormat = rows as Excel.Range["numberFormat"];
    });
    batch.repeatableLast();
    if (guard) batch.guardLast(guard(top + slice.offset, top + slice.offset + slice.rows.length - 1));
  }
}

/** A rectangle filled with one number format, as Office.js wants it: a full 2-D array. */
export function formatGrid(rows: number, cols: number, format: string): string[][] {
  const line = Array<string>(cols).fill(format);
  return Array.from({ length: rows }, () => line);
}

/**
 * Column formats: width in points and the format of the whole column. Fonts, fills and
 * alignment go to the whole column (one scalar each). Number formats go to the column's cells
 * from row 1 to the last row the plan writes as a 2-D array, and below it, down to the sheet's
 * last row, as one value: Office.js refuses cell properties on a whole column ("A:A") but applies
 * a single value to every cell of a range. So the whole column is text, as the ExcelJS renderer's
 * column format makes it, and an ID typed below the data stays text (test/excel/textColumns.test.ts).
 * Adjacent columns with the same number format share one assignment.
 */
export function addColumnFormats(
  batch: WriteBatch,
  sheet: string,
  plan: SheetPlan,
  options: RenderOptions,
): void {
  for (const col of plan.columns) {
    const points = charsToPoints(col.width);
    const address = `${col.column}:${col.column}`;
    const f: CellFormat = { ...(col.format ?? {}) };
    delete f.numberFormat;
    batch.add(`column ${sheet}!${address}`, 1 + cellFormatCommands(f), address, (context) => {
      const range = sheetOf(context, sheet).getRange(address);
      range.format.columnWidth = points;
      queueCellFormat(range, f, false);
    });
  }
  const bottom = contentBottom(plan);
  if (bottom === 0) return;
  const byColumn = plan.columns
    .filter((c) => c.format?.numberFormat !== undefined)
    .map((c) => ({ index: columnIndex(c.column), nf: c.format?.numberFormat as string }))
    .sort((a, b) => a.index - b.index);
  let i = 0;
  while (i < byColumn.length) {
    let j = i;
    while (
      j + 1 < byColumn.length &&
      byColumn[j + 1].index === byColumn[j].index + 1 &&
      byColumn[j + 1].nf === byColumn[i].nf
    )
      j += 1;
    const width = byColumn[j].index - byColumn[i].index + 1;
    addGrid(
      batch,
      sheet,
      1,
      byColumn[i].index,
      formatGrid(bottom, width, byColumn[i].nf),
      "numberFormat",
      gridBudget(options),
    );
    addFormatToBottom(batch, sheet, bottom + 1, byColumn[i].index, byColumn[j].index, byColumn[i].nf);
    i = j + 1;
  }
}

/**
 * Number format `nf` on columns [left, right] from row `top` down to the sheet's last row, as one
 * value (not an array): Office.js applies it to every cell of the range, which is not a whole
 * column, so it is allowed. The self-test checks this in Excel ("column-text-format").
 */
export function addFormatToBottom(
  batch: WriteBatch,
  sheet: string,
  top: number,
  left: number,
  right: number,
  nf: string,
  bottom = SHEET_ROWS,
): void {
  if (top > SHEET_ROWS) return;
  const below = rangeAddress(top, left, bottom, right);
  batch.add(`numberFormat ${sheet}!${below}`, 1, nf, (context) => {
    (sheetOf(context, sheet).getRange(below) as unknown as { numberFormat: string }).numberFormat = nf;
  });
  batch.repeatableLast();
}

export function addRangeFormats(
  batch: WriteBatch,
  sheet: string,
  plan: SheetPlan,
  options: RenderOptions,
): void {
  for (const rf of plan.formats) {
    const r = parseRange(rf.range);
    if (rf.format.numberFormat !== undefined) {
      addGrid(
        batch,
        sheet,
        r.top,
        r.left,
        formatGrid(r.bottom - r.top + 1, r.right - r.left + 1, rf.format.numberFormat),
        "numberFormat",
        gridBudget(options),
      );
    }
    const f: CellFormat = { ...rf.format };
    delete f.numberFormat;
    const commands = cellFormatCommands(f);
    if (commands === 0) continue;
    const multiRow = r.bottom > r.top;
    batch.add(`format ${sheet}!${rf.range}`, commands, rf.range, (context) => {
      queueCellFormat(sheetOf(context, sheet).getRange(rf.range), f, multiRow);
    });
  }
}

/**
 * An Excel table: header texts first (the table takes its column names from them), then the
 * table itself, named at once, then the body. A retry after a fault finds either no table or the
 * named table with its headers, never a half-made one that cannot be recognised.
 */
export function addTable(batch: WriteBatch, sheet: string, tb: TablePlan, options: RenderOptions): void {
  const r = parseRange(tb.range);
  const headerAddress = rangeAddress(r.top, r.left, r.top, r.right);
  batch.add(`table ${tb.name}`, 6, [tb.columns, tb.range, tb.name, tb.style], (context) => {
    const ws = sheetOf(context, sheet);
    ws.getRange(headerAddress).values = [tb.columns];
    const table = ws.tables.add(tb.range, true);
    table.name = tb.name;
    table.style = tb.style;
    table.showBandedRows = tb.showRowStripes;
  });
  addTableBody(batch, sheet, r.top + 1, r.left, tb.rows, options, true);
}

/** Table or block rows; in a table's, columns of one formula (fill.ts) filled down after the rest. */
export function addTableBody(
  batch: WriteBatch,
  sheet: string,
  top: number,
  left: number,
  rows: PlanValue[][],
  options: RenderOptions,
  table = false,
): void {
  if (rows.length === 0) return;
  const filled = table ? uniformFormulaColumns(rows) : [];
  const budget = gridBudget(options);
  for (const [from, to] of filled.length > 0 ? otherColumns(rows[0].length, filled) : []) {
    const part = rows.map((r) => r.slice(from, to + 1));
    addTableBody(batch, sheet, top, left + from, part, options);
  }
  for (const j of filled) {
    const f = `=${(rows[0][j] as { formula: string }).formula}`;
    const col = left + j;
    const grid = options.fill === false ? rows.map(() => [f]) : null;
    if (grid === null) addColumnFill(batch, sheet, top, top + rows.length - 1, col, f);
    else addGrid(batch, sheet, top, col, grid, "formulas", budget);
  }
  if (filled.length > 0) return;
  if (hasFormula(rows)) addGrid(batch, sheet, top, left, formulaGrid(rows), "formulas", budget);
  else addGrid(batch, sheet, top, left, rows, "values", budget);
}

export function addBlocks(batch: WriteBatch, sheet: string, plan: SheetPlan, options: RenderOptions): void {
  for (const b of plan.blocks) {
    const r = parseRange(b.range);
    addTableBody(batch, sheet, r.top, r.left, b.values, options);
  }
}

const ERROR_STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const;

/** A list validation replaces whatever validation the range had (Excel refuses a second rule). */
export function addValidation(batch: WriteBatch, sheet: string, v: ListValidationPlan): void {
  const source = v.labels.join(",");
  batch.add(`validation ${sheet}!${v.range}`, 6, [source, v.inputMessage, v.errorMessage], (context) => {
    const dv = sheetOf(context, sheet).getRange(v.range).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.ignoreBlanks = v.allowBlank;
    dv.prompt = { showPrompt: true, title: v.inputMessage.title, message: v.inputMessage.text };
    dv.errorAlert = {
      showAlert: true,
      style: ERROR_STYLE[v.errorStyle],
      title: v.errorMessage.title,
      message: v.errorMessage.text,
    };
  });
}

/**
 * Conditional formats, added in the plan's priority order. Excel puts a new rule on top, so
 * each rule's priority is set explicitly to its index in the plan (0 = highest).
 */
export function addConditionalFormats(
  batch: WriteBatch,
  sheet: string,
  rules: ConditionalFormatPlan[],
): void {
  rules.forEach((cf, i) => {
    batch.add(`conditional format ${sheet}!${cf.range}`, 8, [cf.formula, cf.format], (context) => {
      const added = sheetOf(context, sheet).getRange(cf.range).conditionalFormats.add("Custom");
      added.custom.rule.formula = `=${cf.formula}`;
      added.custom.format.fill.color = cf.format.fill;
      added.custom.format.font.color = cf.format.fontColor;
      added.custom.format.font.bold = cf.format.bold;
      added.custom.format.font.italic = cf.format.italic;
      added.priority = i;
    });
  });
}

export function addMerges(batch: WriteBatch, sheet: string, plan: SheetPlan): void {
  for (const m of plan.merges) {
    batch.add(`merge ${sheet}!${m}`, 1, m, (context) => {
      sheetOf(context, sheet).getRange(m).merge(false);
    });
  }
}

/** Runs of row heights per op: enough to spare most of the per-op overhead, few enough to chunk. */
const ROW_HEIGHT_RUNS_PER_OP = 500;

/** Row heights, one command per run of rows of the same height, many runs to an op. */
export function addRowHeights(batch: WriteBatch, sheet: string, plan: SheetPlan): void {
  for (let i = 0; i < plan.rowHeights.length; i += ROW_HEIGHT_RUNS_PER_OP) {
    const runs = plan.rowHeights
      .slice(i, i + ROW_HEIGHT_RUNS_PER_OP)
      .map((rh) => ({ address: `${rh.row}:${rh.row + (rh.count ?? 1) - 1}`, height: rh.height }));
    const label = `row heights ${sheet}!${runs[0].address}…${runs[runs.length - 1].address}`;
    batch.add(label, runs.length, runs, (context) => {
      const ws = sheetOf(context, sheet);
      for (const run of runs) ws.getRange(run.address).format.rowHeight = run.height;
    });
  }
}

export function addFreeze(batch: WriteBatch, sheet: string, plan: Pick<SheetPlan, "freezeRows">): void {
  // Optional: freezeRows has thrown GeneralException on an Excel 2019 build.
  batch.addOptional(`freeze ${sheet}`, 1, plan.freezeRows, (context) => {
    const panes = sheetOf(context, sheet).freezePanes;
    if (plan.freezeRows > 0) panes.freezeRows(plan.freezeRows);
    else panes.unfreeze();
  });
}

/** The print setup, when the host has pageLayout (ExcelApi 1.9); none and no error otherwise. */
export function addPrint(
  batch: WriteBatch,
  sheet: string,
  plan: Pick<SheetPlan, "print">,
  options: RenderOptions,
): void {
  if (!options.print) return;
  const p = plan.print;
  batch.addOptional(`print ${sheet}`, p.sideMargin !== undefined ? 5 : 3, p, (context) => {
    const layout = sheetOf(context, sheet).pageLayout;
    layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    else if (p.scale !== undefined) layout.zoom = { scale: p.scale };
    if (p.sideMargin !== undefined) {
      layout.leftMargin = p.sideMargin;
      layout.rightMargin = p.sideMargin;
    }
    if (p.titleRows) {
      const [a, b] = p.titleRows.split(":");
      layout.setPrintTitleRows(`$${a}:$${b ?? a}`);
    }
  });
}

/**
 * The whole sheet plan onto an existing, empty worksheet. Tables come last but for their rules
 * and the page: column formats, range formats, blocks, merges and frozen rows first, then each
 * table (headers, the table, its body), then validations and conditional formats, then row
 * heights and the print setup, which only change how the sheet looks and so never stand between
 * the user and the data. A load cut short by a fault therefore leaves either a goal sheet
 * without the goal table, which holds nothing below the header row and is rebuilt on the next
 * try, or the goal table, which the next try completes as a merge (blank rows filled, rules
 * applied again).
 */
export function addSheetPlan(
  batch: WriteBatch,
  sheet: string,
  plan: SheetPlan,
  options: RenderOptions,
): void {
  addColumnFormats(batch, sheet, plan, options);
  addRangeFormats(batch, sheet, plan, options);
  addBlocks(batch, sheet, plan, options);
  addMerges(batch, sheet, plan);
  addFreeze(batch, sheet, plan);
  for (const tb of plan.tables) addTable(batch, sheet, tb, options);
  for (const v of plan.validations) addValidation(batch, sheet, v);
  addConditionalFormats(batch, sheet, plan.conditionalFormats);
  addRowHeights(batch, sheet, plan);
  addPrint(batch, sheet, plan, options);
  if (options.charts !== false && plan.charts !== undefined) addCharts(batch, sheet, plan.charts);
}
