/**
 * Excel.Range and its format objects.
 */
import { ErrorCode, fail, messages } from "./errors";
import {
  MAX_COLS,
  MAX_ROWS,
  type Rect,
  cellCount,
  colCount,
  contains,
  formatAddress,
  inBounds,
  intersect,
  parseAddress,
  rowCount,
} from "./address";
import { sameName } from "./names";
import { ClientObject, compareVersions, type Exec, type PropGetters, type RequestContext } from "./context";

/** The ExcelApi version that brought Range.autoFill. */
const AUTO_FILL_SINCE = "1.9";
import {
  type BorderEdge,
  type BorderModel,
  type CellStyle,
  type Scalar,
  type SheetModel,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  forEachStoredCell,
  cellAt,
  getCell,
  numberFormatAt,
  pruneCell,
} from "./model";
import {
  cellFormula,
  cellValue,
  cellValueType,
  checkShape,
  displayText,
  readGrid,
  writeContents,
  writeNumberFormatScalar,
  writeNumberFormats,
} from "./cells";
import { assertEditable } from "./protection";
import {
  autofitColumns,
  autofitRows,
  columnWidth,
  normaliseColor,
  patchStyle,
  rowHeight,
  setColumnWidths,
  setRowHeights,
  uniform,
} from "./formats";
import { syncHeaders } from "./tables-model";
import { expandTablesBelow } from "./autoexpand";
import { clearCfs } from "./cf-model";
import {
  type DeleteShift,
  type InsertShift,
  defaultDeleteShift,
  defaultInsertShift,
  deleteCells,
  insertCells,
} from "./shift";
import { DataValidation } from "./api-validation";
import { ConditionalFormatCollection } from "./api-cf";
import { Worksheet } from "./api-sheet";
import { setSelection } from "./events";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const wholeRows = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLS - 1;
const wholeCols = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;

/** Values written into a merged area may only go to its top-left cell. */
function assertMergesAccept(t: RangeTarget, data: unknown[][], where: string): void {
  for (const m of t.sheet.merges) {
    const i = intersect(m, t.rect);
    if (!i) continue;
    for (let r = i.r0; r <= i.r1; r++)
      for (let c = i.c0; c <= i.c1; c++) {
        if (r === m.r0 && c === m.c0) continue;
        const v = data[r - t.rect.r0][c - t.rect.c0];
        if (v !== null && v !== undefined && v !== "")
          fail(
            ErrorCode.invalidOperation,
            "A value can only be written to the top-left cell of a merged area.",
            where,
          );
      }
  }
}

function writeCells(t: RangeTarget, data: unknown, where: string): void {
  const arr = checkShape(data, t.rect, where);
  assertEditable(t.sheet, t.rect, "contents", where);
  assertMergesAccept(t, arr, where);
  writeContents(t.sheet, t.rect, arr, where);
  syncHeaders(t.sheet, t.rect);
}

function clearRange(t: RangeTarget, applyTo: string, where: string): void {
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (
    !contents &&
    !formats &&
    applyTo !== "Hyperlinks" &&
    applyTo !== "RemoveHyperlinks" &&
    applyTo !== "ResetContents"
  )
    fail(ErrorCode.invalidArgument, `The argument is invalid: applyTo '${applyTo}'.`, where);
  if (contents || applyTo === "ResetContents") assertEditable(t.sheet, t.rect, "contents", where);
  if (formats) assertEditable(t.sheet, t.rect, "formatCells", where);
  if (contents || applyTo === "ResetContents")
    forEachStoredCell(t.sheet, t.rect, (r, c, cell) => {
      delete cell.v;
      delete cell.f;
      delete cell.e;
      pruneCell(t.sheet, r, c);
    });
  if (formats) {
    forEachStoredCell(t.sheet, t.rect, (r, c, cell) => {
      delete cell.s;
      delete cell.nf;
      pruneCell(t.sheet, r, c);
    });
    // Bands inside the cleared range go with it (one only partly inside is kept whole: approximate).
    t.sheet.nfBands = t.sheet.nfBands?.filter((b) => !contains(t.rect, b.rect));
    if (wholeCols(t.rect)) for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.colStyles.delete(c);
    if (wholeRows(t.rect)) for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowStyles.delete(r);
    // Clearing formats unmerges and removes conditional formatting, as in Excel.
    t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
    clearCfs(t.sheet, t.rect);
  }
  syncHeaders(t.sheet, t.rect);
}

/** The smallest rectangle holding every stored cell (or every cell with content) within `within`. */
export function usedRect(sheet: SheetModel, within: Rect, valuesOnly: boolean): Rect | null {
  let r: Rect | null = null;
  forEachStoredCell(sheet, within, (row, col, c) => {
    if (valuesOnly && c.v === undefined && c.f === undefined) return;
    if (!r) r = { r0: row, r1: row, c0: col, c1: col };
    else {
      r.r0 = Math.min(r.r0, row);
      r.r1 = Math.max(r.r1, row);
      r.c0 = Math.min(r.c0, col);
      r.c1 = Math.max(r.c1, col);
    }
  });
  return r;
}

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];

function checkBool(v: unknown, where: string): boolean {
  if (typeof v !== "boolean")
    fail(ErrorCode.invalidArgument, "The argument is invalid: expected true or false.", where);
  return v as boolean;
}

function checkEnum(v: unknown, allowed: string[], where: string): string {
  if (typeof v !== "string" || !allowed.includes(v))
    fail(ErrorCode.invalidArgument, `The argument is invalid: '${String(v)}'.`, where);
  return v as string;
}

/** Child objects (format, fill, …) resolve through their parent range. */
abstract class RangePart extends ClientObject<RangeTarget> {
  constructor(context: RequestContext, parent: ClientObject<RangeTarget>, name: string) {
    super(context, parent, name, [], (x) => parent._require(x), { pathType: 4 });
  }

  protected _style<K extends keyof CellStyle>(
    name: string,
    key: K,
    value: unknown,
    check: (v: unknown, where: string) => CellStyle[K],
  ): void {
    const where = `${this._typeName}.${name}`;
    this._set(name, value, (_x, t) => {
      const v = check(value, where);
      assertEditable(t.sheet, t.rect, "formatCells", where);
      patchStyle(t.sheet, t.rect, (s) => ({ ...s, [key]: v }));
    });
  }
}

export class RangeFill extends RangePart {
  readonly _typeName = "RangeFill";
  protected _props(): PropGetters<RangeTarget> {
    return { color: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.fill ?? "#FFFFFF") };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._style("color", "fill", v, normaliseColor);
  }
  clear(): void {
    this._call("clear", [], (_x, t) => {
      assertEditable(t.sheet, t.rect, "formatCells", "RangeFill.clear");
      patchStyle(t.sheet, t.rect, (s) => ({ ...s, fill: undefined }));
    });
  }
}

export class RangeFont extends RangePart {
  readonly _typeName = "RangeFont";
  protected _props(): PropGetters<RangeTarget> {
    return {
      color: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.fontColor ?? "#000000"),
      bold: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.bold ?? false),
      italic: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.italic ?? false),
      underline: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.underline ?? "None"),
      strikethrough: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.strikethrough ?? false),
      name: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.fontName ?? "Calibri"),
      size: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.fontSize ?? 11),
    };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._style("color", "fontColor", v, normaliseColor);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._style("bold", "bold", v, checkBool);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._style("italic", "italic", v, checkBool);
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(v: boolean) {
    this._style("strikethrough", "strikethrough", v, checkBool);
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this._style("underline", "underline", v, (x, w) => checkEnum(x, UNDERLINE, w));
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._style("name", "fontName", v, (x, w) =>
      typeof x === "string" && x !== ""
        ? x
        : fail(ErrorCode.invalidArgument, "The argument is invalid: font name.", w),
    );
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._style("size", "fontSize", v, (x, w) =>
      typeof x === "number" && x >= 1 && x <= 409
        ? x
        : fail(ErrorCode.invalidArgument, "The argument is invalid: size.", w),
    );
  }
}

export class FormatProtection extends RangePart {
  readonly _typeName = "FormatProtection";
  protected _props(): PropGetters<RangeTarget> {
    return {
      locked: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.locked ?? true),
      formulaHidden: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.formulaHidden ?? false),
    };
  }
  get locked(): boolean {
    return this._get("locked");
  }
  set locked(v: boolean) {
    this._style("locked", "locked", v, checkBool);
  }
  get formulaHidden(): boolean {
    return this._get("formulaHidden");
  }
  set formulaHidden(v: boolean) {
    this._style("formulaHidden", "formulaHidden", v, checkBool);
  }
}

const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];
const NO_BORDER: BorderModel = { style: "None", color: "#000000", weight: "Thin" };

/**
 * Which cell edges a border index touches: outer edges on the outer cells, inside edges as both
 * neighbours' facing edges (Excel shows a shared edge either way).
 */
function borderCells(r: Rect, index: string): { rect: Rect; edge: BorderEdge }[] {
  switch (index) {
    case "EdgeTop":
      return [{ rect: { ...r, r1: r.r0 }, edge: "EdgeTop" }];
    case "EdgeBottom":
      return [{ rect: { ...r, r0: r.r1 }, edge: "EdgeBottom" }];
    case "EdgeLeft":
      return [{ rect: { ...r, c1: r.c0 }, edge: "EdgeLeft" }];
    case "EdgeRight":
      return [{ rect: { ...r, c0: r.c1 }, edge: "EdgeRight" }];
    case "InsideHorizontal":
      return r.r0 === r.r1
        ? []
        : [
            { rect: { ...r, r1: r.r1 - 1 }, edge: "EdgeBottom" },
            { rect: { ...r, r0: r.r0 + 1 }, edge: "EdgeTop" },
          ];
    case "InsideVertical":
      return r.c0 === r.c1
        ? []
        : [
            { rect: { ...r, c1: r.c1 - 1 }, edge: "EdgeRight" },
            { rect: { ...r, c0: r.c0 + 1 }, edge: "EdgeLeft" },
          ];
    default:
      return [{ rect: r, edge: index as BorderEdge }];
  }
}

export class RangeBorder extends ClientObject<RangeTarget> {
  readonly _typeName = "RangeBorder";
  private readonly _index: string;
  constructor(context: RequestContext, parent: ClientObject<RangeTarget>, index: string) {
    super(context, parent, "getItem", [index], (x) => {
      if (!BORDER_INDEX.includes(index))
        fail(
          ErrorCode.invalidArgument,
          `The argument is invalid: border '${index}'.`,
          "RangeBorderCollection.getItem",
        );
      return parent._require(x);
    });
    this._index = index;
  }
  private _read<K extends keyof BorderModel>(t: RangeTarget, key: K): BorderModel[K] | null {
    const parts = borderCells(t.rect, this._index);
    if (!parts.length) return NO_BORDER[key];
    const values = parts.map((p) =>
      uniform(t.sheet, p.rect, (s) => (s?.borders?.[p.edge] ?? NO_BORDER)[key]),
    );
    return values.every((v) => v === values[0]) ? values[0] : null;
  }
  protected _props(): PropGetters<RangeTarget> {
    return {
      sideIndex: () => this._index,
      style: (_x, t) => this._read(t, "style"),
      color: (_x, t) => this._read(t, "color"),
      weight: (_x, t) => this._read(t, "weight"),
    };
  }
  private _patch(
    name: keyof BorderModel,
    value: unknown,
    check: (v: unknown, where: string) => string,
  ): void {
    const where = `RangeBorder.${name}`;
    this._set(name, value, (_x, t) => {
      const v = check(value, where);
      assertEditable(t.sheet, t.rect, "formatCells", where);
      for (const part of borderCells(t.rect, this._index))
        patchStyle(t.sheet, part.rect, (s) => {
          const current = s.borders?.[part.edge] ?? { ...NO_BORDER, style: "Continuous" };
          const next = { ...current, [name]: v };
          const borders = { ...(s.borders ?? {}) };
          if (next.style === "None") delete borders[part.edge];
          else borders[part.edge] = next;
          return { ...s, borders: Object.keys(borders).length ? borders : undefined };
        });
    });
  }
  get sideIndex(): string {
    return this._get("sideIndex");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._patch("style", v, (x, w) => checkEnum(x, BORDER_STYLE, w));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._patch("color", v, normaliseColor);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._patch("weight", v, (x, w) => checkEnum(x, BORDER_WEIGHT, w));
  }
}

export class RangeBorderCollection extends RangePart {
  readonly _typeName = "RangeBorderCollection";
  protected _props(): PropGetters<RangeTarget> {
    return {};
  }
  getItem(index: string): RangeBorder {
    return new RangeBorder(this.context, this, index);
  }
}

/** Whether the rows (or columns) lo..hi have no size of their own: true, false, or null when mixed. */
function standardness(sizes: Map<number, number>, lo: number, hi: number): boolean | null {
  let own = 0;
  for (const k of sizes.keys()) if (k >= lo && k <= hi) own++;
  return own === 0 ? true : own === hi - lo + 1 ? false : null;
}

function standardise(
  sizes: Map<number, number>,
  lo: number,
  hi: number,
  standard: boolean,
  def: number,
): void {
  if (standard) {
    for (const k of [...sizes.keys()]) if (k >= lo && k <= hi) sizes.delete(k);
    return;
  }
  // Giving a million rows a height of their own is what Excel does; a sparse model skips it.
  if (hi - lo > 100_000) return;
  for (let k = lo; k <= hi; k++) if (!sizes.has(k)) sizes.set(k, def);
}

export class RangeFormat extends RangePart {
  readonly _typeName = "RangeFormat";
  private _fill?: RangeFill;
  private _font?: RangeFont;
  private _protection?: FormatProtection;
  private _borders?: RangeBorderCollection;

  get borders(): RangeBorderCollection {
    return (this._borders ??= new RangeBorderCollection(this.context, this, "borders"));
  }
  get fill(): RangeFill {
    return (this._fill ??= new RangeFill(this.context, this, "fill"));
  }
  get font(): RangeFont {
    return (this._font ??= new RangeFont(this.context, this, "font"));
  }
  get protection(): FormatProtection {
    return (this._protection ??= new FormatProtection(this.context, this, "protection"));
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { fill: this.fill, font: this.font, protection: this.protection };
  }
  protected _props(): PropGetters<RangeTarget> {
    const colsUniform = (t: RangeTarget): number | null => {
      const first = columnWidth(t.sheet, t.rect.c0);
      for (let c = t.rect.c0 + 1; c <= t.rect.c1; c++) if (columnWidth(t.sheet, c) !== first) return null;
      return first;
    };
    const rowsUniform = (t: RangeTarget): number | null => {
      const first = rowHeight(t.sheet, t.rect.r0);
      if (rowCount(t.rect) > 100_000) return t.sheet.rowHeights.size ? null : first;
      for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) if (rowHeight(t.sheet, r) !== first) return null;
      return first;
    };
    return {
      columnWidth: (_x, t) => colsUniform(t),
      rowHeight: (_x, t) => rowsUniform(t),
      wrapText: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.wrap ?? false),
      horizontalAlignment: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.hAlign ?? "General"),
      verticalAlignment: (_x, t) => uniform(t.sheet, t.rect, (s) => s?.vAlign ?? "Bottom"),
      useStandardHeight: (_x, t) => standardness(t.sheet.rowHeights, t.rect.r0, t.rect.r1),
      useStandardWidth: (_x, t) => standardness(t.sheet.colWidths, t.rect.c0, t.rect.c1),
    };
  }
  /** True when no row of the range has a height of its own (null when some do). ExcelApi 1.2. */
  get useStandardHeight(): boolean | null {
    return this._get("useStandardHeight");
  }
  /**
   * true: the rows go back to the standard height (their own heights are dropped, cheaply even
   * for a whole sheet). false: each row keeps its current height as its own.
   */
  set useStandardHeight(v: boolean) {
    this._set(
      "useStandardHeight",
      v,
      (_x, t) => {
        checkBool(v, "RangeFormat.useStandardHeight");
        assertEditable(t.sheet, t.rect, "formatRows", "RangeFormat.useStandardHeight");
        standardise(t.sheet.rowHeights, t.rect.r0, t.rect.r1, v, DEFAULT_ROW_HEIGHT);
      },
      "1.2",
    );
  }
  get useStandardWidth(): boolean | null {
    return this._get("useStandardWidth");
  }
  set useStandardWidth(v: boolean) {
    this._set(
      "useStandardWidth",
      v,
      (_x, t) => {
        checkBool(v, "RangeFormat.useStandardWidth");
        assertEditable(t.sheet, t.rect, "formatColumns", "RangeFormat.useStandardWidth");
        standardise(t.sheet.colWidths, t.rect.c0, t.rect.c1, v, DEFAULT_COLUMN_WIDTH);
      },
      "1.2",
    );
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, (_x, t) => {
      assertEditable(t.sheet, t.rect, "formatColumns", "RangeFormat.columnWidth");
      setColumnWidths(t.sheet, t.rect, v, "RangeFormat.columnWidth");
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v, (_x, t) => {
      assertEditable(t.sheet, t.rect, "formatRows", "RangeFormat.rowHeight");
      setRowHeights(t.sheet, t.rect, v, "RangeFormat.rowHeight");
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._style("wrapText", "wrap", v, checkBool);
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._style("horizontalAlignment", "hAlign", v, (x, w) => checkEnum(x, H_ALIGN, w));
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._style("verticalAlignment", "vAlign", v, (x, w) => checkEnum(x, V_ALIGN, w));
  }
  autofitColumns(): void {
    this._call("autofitColumns", [], (_x, t) => {
      assertEditable(t.sheet, t.rect, "formatColumns", "RangeFormat.autofitColumns");
      autofitColumns(t.sheet, t.rect);
    });
  }
  autofitRows(): void {
    this._call("autofitRows", [], (_x, t) => {
      assertEditable(t.sheet, t.rect, "formatRows", "RangeFormat.autofitRows");
      autofitRows(t.sheet, t.rect);
    });
  }
}

export class Range extends ClientObject<RangeTarget> {
  readonly _typeName = "Range";
  private _format?: RangeFormat;
  private _dataValidation?: DataValidation;
  private _conditionalFormats?: ConditionalFormatCollection;

  /** @internal Builds a range whose rectangle derives from a parent at resolution time. */
  static _derived(
    context: RequestContext,
    parent: ClientObject<unknown>,
    name: string,
    args: unknown[],
    resolve: (x: Exec) => RangeTarget | null,
    nullable = false,
  ): Range {
    return new Range(
      context,
      parent,
      name,
      args,
      (x) => {
        const t = resolve(x);
        if (t && !inBounds(t.rect))
          fail(
            ErrorCode.invalidArgument,
            "The argument is invalid: the range would fall outside the sheet.",
            `Range.${name}`,
          );
        return t;
      },
      { nullable },
    );
  }

  private _sub(
    name: string,
    args: unknown[],
    f: (t: RangeTarget) => Rect | null,
    nullable = false,
    notFound?: string,
  ): Range {
    return Range._derived(
      this.context,
      this,
      name,
      args,
      (x) => {
        const t = this._require(x);
        const r = f(t);
        if (r === null) {
          if (nullable) return null;
          return fail(
            ErrorCode.itemNotFound,
            notFound ?? "The requested range does not exist.",
            `Range.${name}`,
          );
        }
        return { sheet: t.sheet, rect: r };
      },
      nullable,
    );
  }

  protected _props(): PropGetters<RangeTarget> {
    const hook = (x: Exec) => x.env.formulaValue;
    return {
      address: (_x, t) => formatAddress(t.sheet.name, t.rect),
      addressLocal: (_x, t) => formatAddress(t.sheet.name, t.rect),
      rowIndex: (_x, t) => t.rect.r0,
      columnIndex: (_x, t) => t.rect.c0,
      rowCount: (_x, t) => rowCount(t.rect),
      columnCount: (_x, t) => colCount(t.rect),
      cellCount: (_x, t) => cellCount(t.rect),
      isEntireColumn: (_x, t) => wholeCols(t.rect),
      isEntireRow: (_x, t) => wholeRows(t.rect),
      values: (x, t) => readGrid(t.rect, (r, c) => cellValue(t.sheet, r, c, hook(x))),
      formulas: (_x, t) => readGrid(t.rect, (r, c) => cellFormula(getCell(t.sheet, r, c))),
      formulasLocal: (_x, t) => readGrid(t.rect, (r, c) => cellFormula(getCell(t.sheet, r, c))),
      numberFormat: (_x, t) => readGrid(t.rect, (r, c) => numberFormatAt(t.sheet, r, c) ?? "General"),
      numberFormatLocal: (_x, t) => readGrid(t.rect, (r, c) => numberFormatAt(t.sheet, r, c) ?? "General"),
      text: (x, t) =>
        readGrid(t.rect, (r, c) =>
          displayText(cellValue(t.sheet, r, c, hook(x)), numberFormatAt(t.sheet, r, c)),
        ),
      valueTypes: (x, t) => readGrid(t.rect, (r, c) => cellValueType(t.sheet, r, c, hook(x))),
      rowHidden: (_x, t) => {
        let hidden = 0;
        for (let r = t.rect.r0; r <= t.rect.r1; r++) if (t.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === rowCount(t.rect) ? true : null;
      },
      columnHidden: (_x, t) => {
        let hidden = 0;
        for (let c = t.rect.c0; c <= t.rect.c1; c++) if (t.sheet.hiddenCols.has(c)) hidden++;
        return hidden === 0 ? false : hidden === colCount(t.rect) ? true : null;
      },
    };
  }

  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { format: this.format, dataValidation: this.dataValidation };
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this.context, this, "format"));
  }
  get dataValidation(): DataValidation {
    return (this._dataValidation ??= new DataValidation(this.context, this));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return (this._conditionalFormats ??= new ConditionalFormatCollection(this.context, this));
  }
  get worksheet(): Worksheet {
    return new Worksheet(this.context, this, "worksheet", [], (x) => this._require(x).sheet, { pathType: 4 });
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): Scalar[][] {
    return this._get("values");
  }
  set values(v: Scalar[][]) {
    this._set("values", v, (x, t) => {
      writeCells(t, v, "Range.values");
      if (x.env.autoExpandTables) expandTablesBelow(t.sheet, t.rect, v);
    });
  }
  get formulas(): Scalar[][] {
    return this._get("formulas");
  }
  set formulas(v: Scalar[][]) {
    this._set("formulas", v, (_x, t) => writeCells(t, v, "Range.formulas"));
  }
  get formulasLocal(): Scalar[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(v: Scalar[][]) {
    this._set("formulasLocal", v, (_x, t) => writeCells(t, v, "Range.formulasLocal"));
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: string[][] | string) {
    this._set("numberFormat", v, (_x, t) => {
      if (typeof v === "string") {
        // One value for every cell, as Office.js documents it; refused on a whole column or row.
        if (wholeCols(t.rect) || wholeRows(t.rect))
          fail(ErrorCode.invalidArgument, messages.unboundedWrite, "Range.numberFormat");
        assertEditable(t.sheet, t.rect, "formatCells", "Range.numberFormat");
        writeNumberFormatScalar(t.sheet, t.rect, v, "Range.numberFormat");
        return;
      }
      const arr = checkShape(v, t.rect, "Range.numberFormat");
      assertEditable(t.sheet, t.rect, "formatCells", "Range.numberFormat");
      writeNumberFormats(t.sheet, t.rect, arr, "Range.numberFormat");
    });
  }
  get numberFormatLocal(): string[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(v: string[][] | string) {
    this.numberFormat = v;
  }
  get rowHidden(): boolean {
    return this._get("rowHidden");
  }
  set rowHidden(v: boolean) {
    this._set("rowHidden", v, (_x, t) => {
      checkBool(v, "Range.rowHidden");
      assertEditable(t.sheet, t.rect, "formatRows", "Range.rowHidden");
      for (let r = t.rect.r0; r <= t.rect.r1; r++)
        v ? t.sheet.hiddenRows.add(r) : t.sheet.hiddenRows.delete(r);
    });
  }
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this._set("columnHidden", v, (_x, t) => {
      checkBool(v, "Range.columnHidden");
      assertEditable(t.sheet, t.rect, "formatColumns", "Range.columnHidden");
      for (let c = t.rect.c0; c <= t.rect.c1; c++)
        v ? t.sheet.hiddenCols.add(c) : t.sheet.hiddenCols.delete(c);
    });
  }

  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], (_x, t) => clearRange(t, applyTo, "Range.clear"));
  }

  delete(shift?: DeleteShift): void {
    this._call("delete", [shift], (_x, t) => {
      const dir = shift ?? defaultDeleteShift(t.rect);
      if (dir !== "Up" && dir !== "Left")
        fail(ErrorCode.invalidArgument, "The argument is invalid: shift.", "Range.delete");
      const kind = wholeCols(t.rect) || dir === "Left" ? "deleteColumns" : "deleteRows";
      assertEditable(t.sheet, t.rect, kind, "Range.delete");
      deleteCells(t.sheet, t.rect, dir, "Range.delete");
    });
  }

  /** Inserts cells the size of this range; returns the range of the new cells. */
  insert(shift?: InsertShift): Range {
    const inserted = Range._derived(this.context, this, "insert", [shift], (x) => this._require(x));
    this._call("insert", [shift], (x, t) => {
      const dir = shift ?? defaultInsertShift(t.rect);
      if (dir !== "Down" && dir !== "Right")
        fail(ErrorCode.invalidArgument, "The argument is invalid: shift.", "Range.insert");
      const kind = wholeCols(t.rect) || dir === "Right" ? "insertColumns" : "insertRows";
      assertEditable(t.sheet, t.rect, kind, "Range.insert");
      insertCells(t.sheet, t.rect, dir, "Range.insert");
      inserted._resolve(x);
    });
    return inserted;
  }

  select(): void {
    this._call("select", [], (x, t) => {
      if (t.sheet.visibility !== "Visible")
        fail(ErrorCode.invalidSelection, "The range is on a hidden sheet.", "Range.select");
      setSelection(x.wb, t.sheet, t.rect);
    });
  }

  merge(across = false): void {
    this._call("merge", [across], (_x, t) => {
      assertEditable(t.sheet, t.rect, "objects", "Range.merge");
      if (t.sheet.tables.some((tb) => intersect(tb.rect, t.rect)))
        fail(ErrorCode.invalidOperation, "Cells in a table cannot be merged.", "Range.merge");
      const parts: Rect[] = across
        ? Array.from({ length: rowCount(t.rect) }, (_, i) => ({
            ...t.rect,
            r0: t.rect.r0 + i,
            r1: t.rect.r0 + i,
          }))
        : [{ ...t.rect }];
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
      for (const p of parts) {
        if (cellCount(p) < 2) continue;
        // Excel keeps the top-left value only.
        forEachStoredCell(t.sheet, p, (r, c, cell) => {
          if (r === p.r0 && c === p.c0) return;
          delete cell.v;
          delete cell.f;
          delete cell.e;
          pruneCell(t.sheet, r, c);
        });
        t.sheet.merges.push(p);
      }
    });
  }

  /**
   * ExcelApi 1.9. Fills `destinationRange` (an address on the range's sheet, holding the range and
   * reaching past it in one direction) from the range, as Excel does for "FillCopy" and, for a
   * source whose cells are formulas or text, "FillDefault": the source's cells tiled over the rest,
   * contents, number formats and styles alike. A formula is copied as it is written, which is
   * Excel's result only for formulas that hold no relative A1 reference (structured references,
   * names and absolute addresses read the same on every row); anything else is refused as
   * unsupported rather than filled wrongly. Other fill types, a series from numbers, and a
   * destination given as a Range are refused too.
   */
  autoFill(destinationRange: string, autoFillType = "FillDefault"): void {
    this._call("autoFill", [destinationRange, autoFillType], (x, t) => {
      const where = "Range.autoFill";
      if (compareVersions(AUTO_FILL_SINCE, x.env.apiVersion) > 0)
        fail(
          ErrorCode.apiNotFound,
          `The API you are trying to use could not be found. It may be available in a newer version of Excel (ExcelApi ${AUTO_FILL_SINCE}).`,
          where,
        );
      if (typeof destinationRange !== "string") throw new Error(`${where}: emulator takes an address only`);
      if (autoFillType !== "FillCopy" && autoFillType !== "FillDefault")
        throw new Error(`${where}: emulator does not model ${autoFillType}`);
      const p = parseAddress(destinationRange);
      if (p.sheet !== null && !sameName(p.sheet, t.sheet.name))
        fail(ErrorCode.invalidArgument, `The address '${destinationRange}' is on another sheet.`, where);
      const src = t.rect;
      const dst = p.rect;
      const sameCols = dst.c0 === src.c0 && dst.c1 === src.c1;
      const sameRows = dst.r0 === src.r0 && dst.r1 === src.r1;
      if (!contains(dst, src) || (!sameCols && !sameRows) || (sameCols && sameRows))
        fail(
          ErrorCode.invalidArgument,
          "The argument is invalid or missing or has an incorrect format.",
          where,
        );
      assertEditable(t.sheet, dst, "contents", where);
      const rows = rowCount(src);
      const cols = colCount(src);
      const source = Array.from({ length: rows }, (_r, i) =>
        Array.from({ length: cols }, (_c, j) => getCell(t.sheet, src.r0 + i, src.c0 + j)),
      );
      for (const row of source)
        for (const cell of row) {
          if (
            cell?.f !== undefined &&
            /(^|[^$A-Za-z_[\]])\$?[A-Za-z]{1,3}\$?\d+(?![\w(\]])/.test(cell.f.replace(/"[^"]*"/g, '""'))
          )
            throw new Error(`${where}: emulator cannot move the relative references of ${cell.f}`);
          if (autoFillType === "FillDefault" && typeof cell?.v === "number" && cell.f === undefined)
            throw new Error(`${where}: emulator does not model a series from numbers`);
        }
      for (let r = dst.r0; r <= dst.r1; r++)
        for (let c = dst.c0; c <= dst.c1; c++) {
          if (r >= src.r0 && r <= src.r1 && c >= src.c0 && c <= src.c1) continue;
          const from = source[(((r - src.r0) % rows) + rows) % rows][(((c - src.c0) % cols) + cols) % cols];
          if (from === undefined) {
            const cell = getCell(t.sheet, r, c);
            if (cell) {
              delete cell.v;
              delete cell.e;
              delete cell.f;
              delete cell.s;
              delete cell.nf;
              pruneCell(t.sheet, r, c);
            }
            continue;
          }
          const cell = cellAt(t.sheet, r, c);
          delete cell.v;
          delete cell.e;
          delete cell.f;
          if (from.f !== undefined) cell.f = from.f;
          else if (from.v !== undefined) cell.v = from.v;
          if (from.e) cell.e = true;
          if (from.nf !== undefined) cell.nf = from.nf;
          else delete cell.nf;
          if (from.s !== undefined) cell.s = from.s;
          else delete cell.s;
        }
      syncHeaders(t.sheet, dst);
    });
  }

  unmerge(): void {
    this._call("unmerge", [], (_x, t) => {
      assertEditable(t.sheet, t.rect, "objects", "Range.unmerge");
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
    });
  }

  getCell(row: number, column: number): Range {
    return this._sub("getCell", [row, column], (t) => ({
      r0: t.rect.r0 + row,
      c0: t.rect.c0 + column,
      r1: t.rect.r0 + row,
      c1: t.rect.c0 + column,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._sub("getOffsetRange", [rowOffset, columnOffset], (t) => ({
      r0: t.rect.r0 + rowOffset,
      r1: t.rect.r1 + rowOffset,
      c0: t.rect.c0 + columnOffset,
      c1: t.rect.c1 + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._sub("getResizedRange", [deltaRows, deltaColumns], (t) => ({
      ...t.rect,
      r1: t.rect.r1 + deltaRows,
      c1: t.rect.c1 + deltaColumns,
    }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._sub("getAbsoluteResizedRange", [numRows, numColumns], (t) => ({
      ...t.rect,
      r1: t.rect.r0 + numRows - 1,
      c1: t.rect.c0 + numColumns - 1,
    }));
  }
  getRow(row: number): Range {
    return this._sub("getRow", [row], (t) => ({ ...t.rect, r0: t.rect.r0 + row, r1: t.rect.r0 + row }));
  }
  getColumn(column: number): Range {
    return this._sub("getColumn", [column], (t) => ({
      ...t.rect,
      c0: t.rect.c0 + column,
      c1: t.rect.c0 + column,
    }));
  }
  getEntireColumn(): Range {
    return this._sub("getEntireColumn", [], (t) => ({ ...t.rect, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getEntireRow(): Range {
    return this._sub("getEntireRow", [], (t) => ({ ...t.rect, c0: 0, c1: MAX_COLS - 1 }));
  }
  getLastRow(): Range {
    return this._sub("getLastRow", [], (t) => ({ ...t.rect, r0: t.rect.r1 }));
  }
  getLastColumn(): Range {
    return this._sub("getLastColumn", [], (t) => ({ ...t.rect, c0: t.rect.c1 }));
  }
  getLastCell(): Range {
    return this._sub("getLastCell", [], (t) => ({ ...t.rect, r0: t.rect.r1, c0: t.rect.c1 }));
  }
  getRowsAbove(count = 1): Range {
    return this._sub("getRowsAbove", [count], (t) => ({
      ...t.rect,
      r0: t.rect.r0 - count,
      r1: t.rect.r0 - 1,
    }));
  }
  getRowsBelow(count = 1): Range {
    return this._sub("getRowsBelow", [count], (t) => ({
      ...t.rect,
      r0: t.rect.r1 + 1,
      r1: t.rect.r1 + count,
    }));
  }
  getColumnsBefore(count = 1): Range {
    return this._sub("getColumnsBefore", [count], (t) => ({
      ...t.rect,
      c0: t.rect.c0 - count,
      c1: t.rect.c0 - 1,
    }));
  }
  getColumnsAfter(count = 1): Range {
    return this._sub("getColumnsAfter", [count], (t) => ({
      ...t.rect,
      c0: t.rect.c1 + 1,
      c1: t.rect.c1 + count,
    }));
  }

  private _other(x: Exec, other: Range | string, t: RangeTarget, where: string): Rect {
    if (typeof other === "string") {
      const p = parseAddress(other);
      if (p.sheet !== null && p.sheet !== t.sheet.name)
        fail(ErrorCode.invalidArgument, "The ranges are on different sheets.", where);
      return p.rect;
    }
    const o = other._require(x);
    if (o.sheet !== t.sheet) fail(ErrorCode.invalidArgument, "The ranges are on different sheets.", where);
    return o.rect;
  }

  private _combine(
    name: string,
    other: Range | string,
    nullable: boolean,
    f: (a: Rect, b: Rect) => Rect | null,
  ): Range {
    return Range._derived(
      this.context,
      this,
      name,
      [other],
      (x) => {
        const t = this._require(x);
        const r = f(t.rect, this._other(x, other, t, `Range.${name}`));
        if (!r)
          return nullable
            ? null
            : fail(ErrorCode.itemNotFound, "The ranges do not intersect.", `Range.${name}`);
        return { sheet: t.sheet, rect: r };
      },
      nullable,
    );
  }
  getIntersection(other: Range | string): Range {
    return this._combine("getIntersection", other, false, intersect);
  }
  getIntersectionOrNullObject(other: Range | string): Range {
    return this._combine("getIntersectionOrNullObject", other, true, intersect);
  }
  getBoundingRect(other: Range | string): Range {
    return this._combine("getBoundingRect", other, false, (a, b) => ({
      r0: Math.min(a.r0, b.r0),
      c0: Math.min(a.c0, b.c0),
      r1: Math.max(a.r1, b.r1),
      c1: Math.max(a.c1, b.c1),
    }));
  }
  getUsedRange(valuesOnly = false): Range {
    return this._sub("getUsedRange", [valuesOnly], (t) => {
      const u = usedRect(t.sheet, t.rect, valuesOnly);
      return u && intersect(u, t.rect);
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._sub(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (t) => {
        const u = usedRect(t.sheet, t.rect, valuesOnly);
        return u && intersect(u, t.rect);
      },
      true,
    );
  }
}
