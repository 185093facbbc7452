/**
 * The emulated workbook's data model: plain objects the proxies resolve to at sync time.
 * Cells are stored sparsely, keyed by row * MAX_COLS + col.
 */
import { MAX_COLS, type Rect } from "./address";

export type Scalar = string | number | boolean;

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";

export interface BorderModel {
  style: string;
  color: string;
  weight: string;
}

export interface CellStyle {
  borders?: Partial<Record<BorderEdge, BorderModel>>;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fontName?: string;
  fontSize?: number;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  locked?: boolean;
  formulaHidden?: boolean;
}

export interface DvPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface DvErrorAlert {
  showAlert: boolean;
  style: string;
  title: string;
  message: string;
}

/** The rule as Office.js takes it: exactly one key set (list, custom, wholeNumber, …). */
export interface DvRule {
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
  wholeNumber?: DvBasicRule;
  decimal?: DvBasicRule;
  textLength?: DvBasicRule;
  date?: DvBasicRule;
  time?: DvBasicRule;
}

export interface DvBasicRule {
  formula1: string | number;
  formula2?: string | number;
  operator: string;
}

export interface DvSettings {
  rule: DvRule | null;
  ignoreBlanks: boolean;
  prompt: DvPrompt;
  errorAlert: DvErrorAlert;
}

export interface Cell {
  /** The value; for formula cells the cached result (undefined = never calculated). */
  v?: Scalar;
  /** True when `v` is an error value such as "#N/A". */
  e?: boolean;
  /** Formula text, always starting with "=". */
  f?: string;
  /** Number format; undefined means "General". Shared strings, so no copies per cell. */
  nf?: string;
  /** Style objects are shared between cells and never mutated (copy on write). */
  s?: CellStyle;
  /** Data validation objects are shared between cells and never mutated. */
  dv?: DvSettings;
}

export interface TableColumnModel {
  id: number;
  name: string;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** The whole table including header and totals rows. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
  columns: TableColumnModel[];
  nextColumnId: number;
  alive: boolean;
}

export type CfType = "ContainsText" | "CellValue" | "Custom";

export interface CfFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  numberFormat?: string;
}

export interface CfModel {
  id: string;
  type: CfType;
  ranges: Rect[];
  stopIfTrue: boolean;
  textRule?: { operator: string; text: string };
  cellValueRule?: { formula1: string; formula2?: string; operator: string };
  customFormula?: string;
  format: CfFormat;
  alive: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  /** Top-left and bottom-right cells when placed with setPosition, else null. */
  position: { start: Rect; end: Rect } | null;
  top: number;
  left: number;
  width: number;
  height: number;
  alive: boolean;
  series: ChartSeriesModel[];
  legend: { visible: boolean; position: string };
  categoryAxis: ChartAxisModel;
  valueAxis: ChartAxisModel;
}

export interface ChartAxisModel {
  reversePlotOrder: boolean;
  position: string;
  numberFormat: string;
}

export interface ChartSeriesModel {
  name: string;
  /** The cells of the values; null for a series added without any yet. */
  values: Rect | null;
  /** The category labels' cells, when set. */
  xValues: Rect | null;
  /** "#RRGGBB" when set with setSolidColor, else the automatic colour. */
  fill: string | null;
  line: { color: string | null; weight: number | null };
  hasDataLabels: boolean;
  labels: { showValue: boolean; numberFormat: string; position: string };
  gapWidth: number;
  overlap: number;
}

export interface ProtectionOptions {
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertRows: boolean;
  allowInsertHyperlinks: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowSort: boolean;
  allowAutoFilter: boolean;
  allowPivotTables: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  selectionMode: string;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, Cell>;
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Formats given to whole columns or rows; cells without their own style inherit them. */
  colStyles: Map<number, CellStyle>;
  rowStyles: Map<number, CellStyle>;
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  freeze: { rows: number; cols: number };
  protection: { protected: boolean; options: ProtectionOptions; password?: string };
  showGridlines: boolean;
  tabColor: string;
  tables: TableModel[];
  cfs: CfModel[];
  merges: Rect[];
  charts: ChartModel[];
  alive: boolean;
  /** Print setup (Worksheet.pageLayout, ExcelApi 1.9); absent until set. */
  pageLayout?: PageLayoutModel;
  /**
   * Number formats given to large ranges with one value (`range.numberFormat = "@"` down to the
   * sheet's last row): they reach cells created later; a cell's own format wins, the last band wins.
   */
  nfBands?: { rect: Rect; nf: string }[];
}

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Rows repeated on every printed page, 0-based inclusive, or null. */
  titleRows: { r0: number; r1: number } | null;
  /** Side margins in points, when set (Excel's default: 0.7 in = 50.4 pt). */
  leftMargin?: number;
  rightMargin?: number;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  alive: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  names: NameModel[];
  activeSheet: SheetModel;
  selection: { sheet: SheetModel; rect: Rect };
  /** Selection-changed handlers (events.ts); null sheet: the workbook's event. */
  selectionListeners?: { sheet: SheetModel | null; handler: (args: unknown) => unknown }[];
  settings: Record<string, unknown>;
  savedSettings: Record<string, unknown>;
  /**
   * Excel.SettingCollection (`workbook.settings`, ExcelApi 1.4): saved with the workbook. Kept
   * apart from Office.context.document.settings here (see README, deliberate differences).
   */
  excelSettings?: Record<string, unknown>;
  calculationMode: string;
  counters: { sheet: number; table: number; cf: number; chart: number };
  /** Review › Protect Workbook (structure); absent: never protected. */
  structureProtection?: { protected: boolean; password?: string };
}

export const DEFAULT_COLUMN_WIDTH = 48; // points, Excel's 8.43 characters
export const DEFAULT_ROW_HEIGHT = 15; // points

export const key = (row: number, col: number): number => row * MAX_COLS + col;
export const keyRow = (k: number): number => Math.floor(k / MAX_COLS);
export const keyCol = (k: number): number => k % MAX_COLS;

export function defaultProtectionOptions(): ProtectionOptions {
  return {
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertRows: false,
    allowInsertHyperlinks: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowSort: false,
    allowAutoFilter: false,
    allowPivotTables: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    selectionMode: "Normal",
  };
}

export function newSheet(wb: WorkbookModel, name: string): SheetModel {
  wb.counters.sheet += 1;
  const n = wb.counters.sheet;
  return {
    id: `{${String(n).padStart(8, "0")}-0001-0000-0000-000000000000}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    colWidths: new Map(),
    rowHeights: new Map(),
    colStyles: new Map(),
    rowStyles: new Map(),
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    freeze: { rows: 0, cols: 0 },
    protection: { protected: false, options: defaultProtectionOptions() },
    showGridlines: true,
    tabColor: "",
    tables: [],
    cfs: [],
    merges: [],
    charts: [],
    alive: true,
  };
}

export function newWorkbook(sheetNames: readonly string[]): WorkbookModel {
  const wb = {
    sheets: [],
    names: [],
    settings: {},
    savedSettings: {},
    calculationMode: "Automatic",
    counters: { sheet: 0, table: 0, cf: 0, chart: 0 },
  } as unknown as WorkbookModel;
  for (const name of sheetNames) wb.sheets.push(newSheet(wb, name));
  wb.activeSheet = wb.sheets[0];
  wb.selection = { sheet: wb.sheets[0], rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  return wb;
}

export function getCell(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.cells.get(key(row, col));
}

/** The band's number format at a cell (SheetModel.nfBands), if one reaches it. */
export function bandNumberFormat(sheet: SheetModel, row: number, col: number): string | undefined {
  const bands = sheet.nfBands;
  if (!bands) return undefined;
  for (let i = bands.length - 1; i >= 0; i--) {
    const r = bands[i].rect;
    if (row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1) return bands[i].nf;
  }
  return undefined;
}

/** The number format a cell shows: its own, else a band's (undefined: General). */
export function numberFormatAt(sheet: SheetModel, row: number, col: number): string | undefined {
  return getCell(sheet, row, col)?.nf ?? bandNumberFormat(sheet, row, col);
}

/** The cell, created when missing. */
export function cellAt(sheet: SheetModel, row: number, col: number): Cell {
  const k = key(row, col);
  let c = sheet.cells.get(k);
  if (!c) {
    c = {};
    sheet.cells.set(k, c);
  }
  return c;
}

export function isEmptyCell(c: Cell): boolean {
  return (
    c.v === undefined && c.f === undefined && c.nf === undefined && c.s === undefined && c.dv === undefined
  );
}

/** Drops cells that carry nothing, so used-range and saving stay honest. */
export function pruneCell(sheet: SheetModel, row: number, col: number): void {
  const k = key(row, col);
  const c = sheet.cells.get(k);
  if (c && isEmptyCell(c)) sheet.cells.delete(k);
}

/** Visits every stored cell inside `r` (sparse: cost follows the stored cells or the rect, whichever is smaller). */
export function forEachStoredCell(
  sheet: SheetModel,
  r: Rect,
  fn: (row: number, col: number, cell: Cell) => void,
): void {
  const area = (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
  if (area <= sheet.cells.size) {
    for (let row = r.r0; row <= r.r1; row++)
      for (let col = r.c0; col <= r.c1; col++) {
        const c = sheet.cells.get(key(row, col));
        if (c) fn(row, col, c);
      }
    return;
  }
  for (const [k, c] of [...sheet.cells]) {
    const row = keyRow(k);
    const col = keyCol(k);
    if (row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1) fn(row, col, c);
  }
}

/** The style a cell shows: its own, else its row's, else its column's. */
export function effectiveStyle(sheet: SheetModel, row: number, col: number): CellStyle | undefined {
  const c = sheet.cells.get(key(row, col));
  return c?.s ?? sheet.rowStyles.get(row) ?? sheet.colStyles.get(col);
}

export function tableAt(sheet: SheetModel, row: number, col: number): TableModel | undefined {
  return sheet.tables.find(
    (t) => row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1,
  );
}

export function allTables(wb: WorkbookModel): TableModel[] {
  return wb.sheets.flatMap((s) => s.tables);
}

/** The header row index, or -1 when headers are hidden. */
export const headerRow = (t: TableModel): number => (t.showHeaders ? t.rect.r0 : -1);
export const bodyTop = (t: TableModel): number => (t.showHeaders ? t.rect.r0 + 1 : t.rect.r0);
export const bodyBottom = (t: TableModel): number => (t.showTotals ? t.rect.r1 - 1 : t.rect.r1);
export const bodyRect = (t: TableModel): Rect => ({
  r0: bodyTop(t),
  r1: bodyBottom(t),
  c0: t.rect.c0,
  c1: t.rect.c1,
});
