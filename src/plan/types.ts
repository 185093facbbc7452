// The workbook plan: everything the add-in puts into a workbook, as plain data.
//
// Two renderers draw the same plan: src/xlsx/ (ExcelJS, for the CLI and for verifying in
// LibreOffice) and src/excel/ (Office.js, inside Excel). Whatever one renderer would have to
// decide on its own is decided here instead, so that a difference between the two workbooks is
// a bug in a renderer, never a matter of taste. Hence the plan is explicit about things a
// renderer could otherwise default differently: number formats of text cells, rule priorities,
// cached formula results, which rows are frozen.
//
// Conventions (both renderers rely on them):
// - Addresses are sheet-local A1 strings ("G3", "G3:G44"); rows are 1-based, columns letters.
//   Both Office.js (`getRange`) and ExcelJS take them as they are.
// - Formulas use English function names, commas between arguments and structured references
//   (SUMPRODUCT(1*(Maluppfoljning_Mal[Status]="Röd"))), and have NO leading "=": that is the form
//   OOXML stores and ExcelJS takes; the Office.js renderer writes "=" + formula.
// - A string value is text, always: never a formula, number or date, even when it starts with
//   "=", "+", "-" or "@". The plan guarantees every string cell has numberFormat "@" (text)
//   and every formula cell has a non-text format (test/plan checks both), so Office.js, where
//   assigning "=x" to a General cell would create a formula, and where assigning a formula to a
//   "@" cell would leave it as text, is safe as long as it applies formats before values.
// - Colours are "#RRGGBB" (src/plan/colors.ts).
import type { ColumnKey, Lang, Status, Trend } from "../domain";
import type { Color } from "./colors";

export type { Color } from "./colors";

/** A formula with the value it evaluates to for the plan's own data. */
export interface FormulaValue {
  /** English syntax, no leading "=", e.g. 'SUMPRODUCT(1*(Maluppfoljning_Mal[Status]="Röd"))'. */
  formula: string;
  /**
   * The cached result, computed by the domain (summarize), written with the formula so that a
   * reader that does not recalculate (a previewer, a parser, LibreOffice with default settings)
   * still shows right numbers (or text: the report sentences are formulas too). ExcelJS stores
   * it as <v> (t="str" for text); Office.js ignores it (Excel computes).
   */
  result: number | string;
}

/** null = empty cell. A string is always text (see conventions above). */
export type PlanValue = string | number | FormulaValue | null;

export function isFormula(v: PlanValue): v is FormulaValue {
  return typeof v === "object" && v !== null;
}

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "center" | "bottom";

/**
 * Cell formatting. Every field is optional; an absent field leaves what was there (the column
 * format, or the sheet default). Kept to what both Excel (Office.js RangeFormat) and ExcelJS
 * can express the same way.
 */
export interface CellFormat {
  /** "@" for text, "0" for whole numbers, "General". */
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  /** Points; the sheet default is 11 (Calibri). */
  fontSize?: number;
  fontColor?: Color;
  fill?: Color;
  wrap?: boolean;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  /** A thin line on the top / bottom edge of every cell of the range (total rows, headers). */
  borderTop?: boolean;
  borderBottom?: boolean;
}

/** A format for a rectangular range. Formats apply in array order: a later one wins. */
export interface RangeFormat {
  range: string;
  format: CellFormat;
}

/**
 * A whole column: its width and the format of every cell in it, also the empty ones below the
 * data, so a row an official adds by typing gets the same format (text stays text).
 * Renderers apply column formats first, then the sheet's range formats.
 */
export interface ColumnPlan {
  /** "A", "B", … */
  column: string;
  /**
   * Width in Excel's character units (what Excel shows as column width and what OOXML and
   * ExcelJS store). Office.js takes points: use charsToPoints().
   */
  width: number;
  format?: CellFormat;
}

/** A rectangle of cell values written in one assignment. */
export interface CellBlock {
  /** Covers exactly values.length rows × values[0].length columns. */
  range: string;
  values: PlanValue[][];
}

/**
 * An Excel table (ListObject). The header row holds `columns`, the body `rows`.
 * Excel needs at least one body row: an empty table gets one row of nulls.
 */
export interface TablePlan {
  /** Identical in both languages so the add-in finds it whatever the workbook's language. */
  name: string;
  /** Header row and body, e.g. "A2:J44". */
  range: string;
  /** Header names, unique ignoring case (Excel repairs a file with duplicates). */
  columns: string[];
  rows: PlanValue[][];
  /** A built-in table style name, e.g. "TableStyleLight1". */
  style: string;
  showRowStripes: boolean;
}

export interface Message {
  /** At most 32 characters (Excel's limit for validation titles). */
  title: string;
  /** At most 255 characters for input messages, 225 for error messages. */
  text: string;
}

/**
 * A list validation (drop-down) over a range. Blank is always allowed: an empty status means
 * "not assessed yet". Excel checks only typed values; pasted ones bypass it, which is why the
 * validate command exists.
 */
export interface ListValidationPlan {
  range: string;
  /** The allowed values, in dropdown order. No commas; joined with "," at most 255 characters. */
  labels: string[];
  allowBlank: true;
  errorStyle: "stop" | "warning" | "information";
  inputMessage: Message;
  errorMessage: Message;
  /** What the validation is for (for the adapter's diagnostics and for tests). */
  column: "status" | "trend" | "done";
}

/**
 * A conditional format. Only `expression` rules: a formula relative to the range's top-left
 * cell, true where the format applies. Both Excel and LibreOffice read these as intended
 * (ExcelJS writes its containsText rule without the text it needs, see docs/ARCHITECTURE.md),
 * and Office.js has them as ConditionalFormatType.custom. The format has fill, font colour, bold and italic
 * only: a number format inside a conditional format corrupts ExcelJS files.
 */
export interface ConditionalFormatPlan {
  range: string;
  kind: "expression";
  /** No leading "=", e.g. 'G3="Röd"' for range "G3:G44". */
  formula: string;
  format: { fill: Color; fontColor: Color; bold: boolean; italic: boolean };
  /** The status or trend the rule marks, or a programme or area name repeated from the row above. */
  marks:
    | { column: "status"; value: Status }
    | { column: "trend"; value: Trend }
    | { column: "suggestedStatus"; value: Status }
    | { column: "suggestedTrend"; value: Trend }
    | { column: "program"; value: "repeat" }
    | { column: "area"; value: "repeat" };
}

export type SheetRole = "goals" | "summary" | "history" | "structure" | "indicators";

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Scale to one page wide, as many pages tall as needed. */
  fitToWidth: boolean;
  /**
   * Print scale in percent when fitToWidth is false (absent = 100): fitting a sheet too wide
   * for the page would shrink its text below what reads on paper (src/plan/print.ts).
   */
  scale?: number;
  /** Left and right margin in points (absent = Excel's "Normal" 0.7 in, 50.4 pt). */
  sideMargin?: number;
  /** Rows repeated on every printed page, e.g. "1:2"; null for none. */
  titleRows: string | null;
}

/** A height in points for `count` rows from `row` on (default 1): runs keep Office.js requests small. */
export interface RowHeight {
  row: number;
  height: number;
  count?: number;
}

/** A workbook-scoped defined name holding a formula (English syntax, no leading "="). */
export interface NamePlan {
  name: string;
  formula: string;
}

/** One series of a chart: its name from a header cell, its values from a column of counts. */
export interface ChartSeriesPlan {
  /** What the series counts ("status.red", "trend.up"), for tests and diagnostics. */
  key: string;
  /**
   * The header cell holding the series' name, sheet-local ("C5"); empty for a name held as text
   * only (a chart read back from Office.js, whose series names are texts).
   */
  nameCell: string;
  /** The header's text, the name's cached value. */
  name: string;
  /** The cells of the counts, one per category, sheet-local ("C6:C8"). */
  values: string;
  /** The counts, the values' cached results (the domain's). */
  cached: number[];
  fill: Color;
}

/**
 * A native chart over the sheet's own cells (ranges, never copied values), so it follows an
 * official's edit. Only 100 % stacked bars (one bar per category, series stacked to 100 %) with
 * the counts as data labels: what the summary sheet draws. A sheet's charts are its own: a
 * rewrite of the sheet replaces them by name.
 */
export interface ChartPlan {
  /** Unique in the workbook, ASCII, starting with CHART_NAME_PREFIX (src/plan/summary/charts.ts). */
  name: string;
  kind: "barStacked100";
  title: string;
  /** Alternative text: a short title and what the chart shows, in the workbook's language. */
  altTitle: string;
  altDescription: string;
  /** The category labels (the areas' names), sheet-local ("A6:A8"). */
  categories: string;
  /** The labels, the categories' cached values. */
  categoryNames: string[];
  series: ChartSeriesPlan[];
  /**
   * Number format of the data labels (the counts): "0;-0;;" leaves a zero unlabelled, so an
   * empty segment does not put a stray "0" on its neighbour.
   */
  labelFormat: string;
  /** A thin line around every bar segment, so the pale trend fills stand out from the white. */
  outline: Color;
  /**
   * The cells the chart covers, sheet-local and inclusive ("T3:Y16"): its top-left corner at the
   * first cell's, its bottom-right at the last cell's. None of them holds a table.
   */
  anchor: string;
}

export interface SheetPlan {
  /** Localized ("Mål" / "Goals"); at most 31 characters. */
  name: string;
  role: SheetRole;
  columns: ColumnPlan[];
  /** Cells outside tables. Blocks do not overlap each other or a table. */
  blocks: CellBlock[];
  tables: TablePlan[];
  /** Applied after column formats, in order. */
  formats: RangeFormat[];
  validations: ListValidationPlan[];
  /** In priority order: the first rule has the highest priority. */
  conditionalFormats: ConditionalFormatPlan[];
  /** Merged ranges; their value sits in the top-left cell. */
  merges: string[];
  /**
   * Explicit row heights in points, for rows whose height a reader would not fit by itself:
   * merged wrapped text (Excel), and any wrapped text when LibreOffice converts an .xlsx
   * straight to PDF. Other rows are left to automatic height. Applied in order: where runs
   * overlap, the later one wins.
   */
  rowHeights: RowHeight[];
  /**
   * Rows not listed in rowHeights keep the automatic height: ExcelJS writes none and Office.js
   * sets none. The plan lists every row whose text wraps onto more than one line (LibreOffice
   * does not fit such rows when it converts an .xlsx headlessly straight to PDF), so the rows
   * left automatic hold one line each.
   */
  autoRowHeights: boolean;
  /** Rows frozen at the top (0 = none). */
  freezeRows: number;
  /**
   * The defined names the sheet's formulas use. Workbook-scoped, but the sheet's own: written with
   * it, and replaced when it is rewritten (their names start with ownedNamePrefix of its role).
   */
  names: NamePlan[];
  print: PrintSetup;
  /** Native charts over the sheet's cells; absent or empty for none. */
  charts?: ChartPlan[];
}

/** Where the goal table is and what each of its columns holds. */
export interface GoalTableLayout {
  sheet: string;
  table: string;
  /** Row of the header (1-based); the body starts on the next row. */
  headerRow: number;
  columns: { key: ColumnKey; header: string; column: string }[];
}

export interface WorkbookPlan {
  lang: Lang;
  /** Tab order. The first sheet is the active one when the file opens. */
  sheets: SheetPlan[];
  goalTable: GoalTableLayout;
}
