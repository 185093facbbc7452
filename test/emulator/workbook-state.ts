/**
 * Direct access to the emulated workbook for tests: inspect it without Office.js (no syncs, no
 * stats), set it up in states a user could leave it in, and dump it as plain JSON.
 */
import { type Rect, cellAddress, columnLetters, formatAddress, formatRect, parseAddress } from "./address";
import {
  type CellStyle,
  type CfFormat,
  type DvSettings,
  type Scalar,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
  allTables,
  bodyRect,
  cellAt,
  defaultProtectionOptions,
  getCell,
  numberFormatAt,
  keyCol,
  keyRow,
  newSheet,
  type ProtectionOptions,
} from "./model";
import {
  cellFormula,
  cellValue,
  checkShape,
  type FormulaValueHook,
  parseInput,
  readGrid,
  writeContents,
} from "./cells";
import { sameName } from "./names";
import { listenersOf, setSelection } from "./events";
import { syncHeaders } from "./tables-model";
import { usedRect } from "./api-range";
import { MAX_COLS, MAX_ROWS } from "./address";
import { insertRows, sortRows } from "./coauthor";

export interface CellDump {
  value?: Scalar;
  formula?: string;
  error?: true;
  numberFormat?: string;
  style?: CellStyle;
  validation?: DvSettings;
}

export interface TableDump {
  id: string;
  name: string;
  address: string;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  columns: string[];
}

export interface CfDump {
  id: string;
  type: string;
  ranges: string[];
  stopIfTrue: boolean;
  rule: unknown;
  format: CfFormat;
}

export interface SheetDump {
  name: string;
  visibility: string;
  protected: boolean;
  freeze: { rows: number; cols: number };
  showGridlines: boolean;
  tabColor: string;
  cells: Record<string, CellDump>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  hiddenRows: number[];
  hiddenColumns: string[];
  merges: string[];
  tables: TableDump[];
  conditionalFormats: CfDump[];
  charts: ChartDump[];
  /** Print setup, when one was set (Worksheet.pageLayout). */
  pageLayout?: {
    orientation: string;
    zoom: Record<string, number>;
    titleRows: string | null;
    /** Only when set. */
    margins?: { left?: number; right?: number };
  };
}

export interface ChartDump {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position: string | null;
}

export interface WorkbookDump {
  sheets: SheetDump[];
  activeSheet: string;
  selection: string;
  names: { name: string; formula: string }[];
  settings: Record<string, unknown>;
}

/** A table's place and headers, without its values. */
export interface TableShape extends TableDump {
  sheet: string;
  headers: string[];
}

export interface TableInfo extends TableShape {
  /** Data body values (formula cells give their cached value). */
  rows: Scalar[][];
}

export function cfRule(cf: { textRule?: unknown; cellValueRule?: unknown; customFormula?: string }): unknown {
  return (
    cf.textRule ?? cf.cellValueRule ?? (cf.customFormula !== undefined ? { formula: cf.customFormula } : null)
  );
}

export class WorkbookState {
  constructor(
    private readonly wb: () => WorkbookModel,
    private readonly hook: () => FormulaValueHook | undefined,
  ) {}

  /** The raw model (read it, don't keep it across `reset()`). */
  get model(): WorkbookModel {
    return this.wb();
  }

  sheetNames(): string[] {
    return this.wb().sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.wb().sheets.some((s) => sameName(s.name, name));
  }

  sheet(name: string): SheetModel {
    const s = this.wb().sheets.find((x) => sameName(x.name, name));
    if (!s) throw new Error(`emulator: no sheet '${name}' (sheets: ${this.sheetNames().join(", ")})`);
    return s;
  }

  get activeSheet(): string {
    return this.wb().activeSheet.name;
  }

  /** The selection as "Sheet!A1:B2". */
  get selection(): string {
    const sel = this.wb().selection;
    return formatAddress(sel.sheet.name, sel.rect);
  }

  private rectOf(sheet: SheetModel, address?: string): Rect {
    if (address === undefined)
      return (
        usedRect(sheet, { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 }, false) ?? {
          r0: 0,
          c0: 0,
          r1: 0,
          c1: 0,
        }
      );
    return parseAddress(address).rect;
  }

  /** What `range.values` would return (the used range when no address is given). */
  values(sheetName: string, address?: string): Scalar[][] {
    const s = this.sheet(sheetName);
    const hook = this.hook();
    return readGrid(this.rectOf(s, address), (r, c) => cellValue(s, r, c, hook));
  }

  formulas(sheetName: string, address?: string): Scalar[][] {
    const s = this.sheet(sheetName);
    return readGrid(this.rectOf(s, address), (r, c) => cellFormula(getCell(s, r, c)));
  }

  numberFormats(sheetName: string, address: string): string[][] {
    const s = this.sheet(sheetName);
    return readGrid(parseAddress(address).rect, (r, c) => numberFormatAt(s, r, c) ?? "General");
  }

  /** One cell as stored: value, formula, format, style, validation. */
  cell(sheetName: string, address: string): CellDump {
    const s = this.sheet(sheetName);
    const r = parseAddress(address).rect;
    return dumpCell(getCell(s, r.r0, r.c0));
  }

  usedRange(sheetName: string, valuesOnly = false): string | null {
    const s = this.sheet(sheetName);
    const r = usedRect(s, { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 }, valuesOnly);
    return r ? formatRect(r) : null;
  }

  tables(): TableInfo[] {
    return allTables(this.wb()).map((t) => this.tableInfo(t));
  }

  table(name: string): TableInfo | undefined {
    const t = this.findTable(name);
    return t && this.tableInfo(t);
  }

  /**
   * A table's place and headers without its values: reading `rows` works out every formula of
   * the table, which at a thousand goals with last-year LOOKUPs takes seconds per call.
   */
  tableShape(name: string): TableShape | undefined {
    const t = this.findTable(name);
    return t && shapeOf(t);
  }

  private findTable(name: string): TableModel | undefined {
    return allTables(this.wb()).find((x) => sameName(x.name, name));
  }

  private tableInfo(t: TableModel): TableInfo {
    const hook = this.hook();
    return { ...shapeOf(t), rows: readGrid(bodyRect(t), (r, c) => cellValue(t.sheet, r, c, hook)) };
  }

  conditionalFormats(sheetName: string): CfDump[] {
    return this.sheet(sheetName).cfs.map(dumpCf);
  }

  /** Gives a formula cell the result Excel would have calculated (the emulator does not calculate). */
  setCachedValue(sheetName: string, address: string, value: Scalar): void {
    const s = this.sheet(sheetName);
    const r = parseAddress(address).rect;
    const c = getCell(s, r.r0, r.c0);
    if (!c || c.f === undefined) throw new Error(`emulator: ${sheetName}!${address} holds no formula`);
    c.v = value;
  }

  /** Alias kept for the name used in the design notes. */
  __setCachedValue(sheetName: string, address: string, value: Scalar): void {
    this.setCachedValue(sheetName, address, value);
  }

  /**
   * Types values into cells as a person would (same parsing as `range.values`), bypassing
   * protection: for setting up the states an official may leave a workbook in.
   */
  typeValues(sheetName: string, address: string, values: unknown[][]): void {
    const s = this.sheet(sheetName);
    const r = parseAddress(address).rect;
    writeContents(s, r, checkShape(values, r, "emulator.typeValues"), "emulator.typeValues");
    syncHeaders(s, r);
  }

  /** A co-author sorts the rows of `address` by its column `by` (0-based; coauthor.ts). */
  sortRows(sheetName: string, address: string, by: number, descending = false): void {
    sortRows(this.sheet(sheetName), parseAddress(address).rect, by, descending);
  }

  /** A co-author inserts the rows of `address`, moving the cells below it down (coauthor.ts). */
  insertRows(sheetName: string, address: string): void {
    insertRows(this.sheet(sheetName), parseAddress(address).rect);
  }

  /**
   * Selects cells as a person clicking would: the sheet becomes active and the selection-changed
   * handlers (events.ts) are called, after the current task.
   */
  select(sheetName: string, address: string): void {
    setSelection(this.wb(), this.sheet(sheetName), parseAddress(address).rect);
  }

  /** Handlers registered for selection changes (workbook's and worksheets'). */
  get selectionListenerCount(): number {
    return listenersOf(this.wb()).length;
  }

  /** What a typed value would become in a cell (number, boolean, formula, text). */
  parse(text: string, textFormatted = false): ReturnType<typeof parseInput> {
    return parseInput(text, textFormatted, "emulator.parse");
  }

  /** Marks cells unlocked (so they stay editable on a protected sheet). */
  unlock(sheetName: string, address: string): void {
    const s = this.sheet(sheetName);
    const r = parseAddress(address).rect;
    for (let row = r.r0; row <= r.r1; row++)
      for (let col = r.c0; col <= r.c1; col++) {
        const c = cellAt(s, row, col);
        c.s = { ...(c.s ?? {}), locked: false };
      }
  }

  protect(sheetName: string, options: Partial<ProtectionOptions> = {}, password?: string): void {
    this.sheet(sheetName).protection = {
      protected: true,
      options: { ...defaultProtectionOptions(), ...options },
      ...(password ? { password } : {}),
    };
  }

  unprotect(sheetName: string): void {
    this.sheet(sheetName).protection = { protected: false, options: defaultProtectionOptions() };
  }

  addSheet(name: string): void {
    const wb = this.wb();
    if (this.hasSheet(name)) throw new Error(`emulator: sheet '${name}' exists`);
    wb.sheets.push(newSheet(wb, name));
  }

  /** Workbook settings written through Excel.SettingCollection (`context.workbook.settings`). */
  excelSettings(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.wb().excelSettings ?? {})) as Record<string, unknown>;
  }

  /** The settings saved with saveAsync (what a reopened document would have). */
  savedSettings(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.wb().savedSettings)) as Record<string, unknown>;
  }

  dump(): WorkbookDump {
    const wb = this.wb();
    return {
      sheets: wb.sheets.map(dumpSheet),
      activeSheet: wb.activeSheet.name,
      selection: this.selection,
      // By name: Excel lists a workbook's names alphabetically, not in the order they were added.
      names: wb.names
        .map((n) => ({ name: n.name, formula: n.formula }))
        .sort((a, b) => a.name.toUpperCase().localeCompare(b.name.toUpperCase())),
      settings: this.savedSettings(),
    };
  }
}

export function dumpCell(c: ReturnType<typeof getCell>): CellDump {
  const d: CellDump = {};
  if (!c) return d;
  if (c.v !== undefined) d.value = c.v;
  if (c.f !== undefined) d.formula = c.f;
  if (c.e) d.error = true;
  if (c.nf !== undefined) d.numberFormat = c.nf;
  if (c.s !== undefined) d.style = { ...c.s };
  if (c.dv !== undefined) d.validation = JSON.parse(JSON.stringify(c.dv)) as DvSettings;
  return d;
}

function shapeOf(t: TableModel): TableShape {
  return { ...dumpTable(t), sheet: t.sheet.name, headers: t.columns.map((c) => c.name) };
}

export function dumpTable(t: TableModel): TableDump {
  return {
    id: t.id,
    name: t.name,
    address: formatRect(t.rect),
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
    style: t.style,
    columns: t.columns.map((c) => c.name),
  };
}

export function dumpCf(cf: SheetModel["cfs"][number]): CfDump {
  return {
    id: cf.id,
    type: cf.type,
    ranges: cf.ranges.map(formatRect),
    stopIfTrue: cf.stopIfTrue,
    rule: cfRule(cf),
    format: { ...cf.format },
  };
}

export function dumpSheet(s: SheetModel): SheetDump {
  const keys = [...s.cells.keys()].sort((a, b) => a - b);
  const cells: Record<string, CellDump> = {};
  for (const k of keys) cells[cellAddress(keyRow(k), keyCol(k))] = dumpCell(s.cells.get(k));
  const byIndex = <V>(m: Map<number, V>, name: (i: number) => string): Record<string, V> =>
    Object.fromEntries([...m].sort((a, b) => a[0] - b[0]).map(([i, v]) => [name(i), v]));
  return {
    name: s.name,
    visibility: s.visibility,
    protected: s.protection.protected,
    freeze: { ...s.freeze },
    showGridlines: s.showGridlines,
    tabColor: s.tabColor,
    cells,
    columnWidths: byIndex(s.colWidths, columnLetters),
    rowHeights: byIndex(s.rowHeights, (i) => String(i + 1)),
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b).map((i) => i + 1),
    hiddenColumns: [...s.hiddenCols].sort((a, b) => a - b).map(columnLetters),
    merges: s.merges.map(formatRect),
    tables: s.tables.map(dumpTable),
    conditionalFormats: s.cfs.map(dumpCf),
    charts: s.charts.map((c) => ({
      name: c.name,
      type: c.type,
      source: formatRect(c.source),
      seriesBy: c.seriesBy,
      title: c.title,
      position: c.position ? `${formatRect(c.position.start)}:${formatRect(c.position.end)}` : null,
    })),
    ...(s.pageLayout
      ? {
          pageLayout: {
            orientation: s.pageLayout.orientation,
            zoom: { ...s.pageLayout.zoom } as Record<string, number>,
            titleRows: s.pageLayout.titleRows
              ? `${s.pageLayout.titleRows.r0 + 1}:${s.pageLayout.titleRows.r1 + 1}`
              : null,
            ...(s.pageLayout.leftMargin !== undefined || s.pageLayout.rightMargin !== undefined
              ? {
                  margins: {
                    ...(s.pageLayout.leftMargin !== undefined ? { left: s.pageLayout.leftMargin } : {}),
                    ...(s.pageLayout.rightMargin !== undefined ? { right: s.pageLayout.rightMargin } : {}),
                  },
                }
              : {}),
          },
        }
      : {}),
  };
}
