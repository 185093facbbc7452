/**
 * Excel.Worksheet, WorksheetCollection, freeze panes and protection.
 */
import { ErrorCode, fail } from "./errors";
import { MAX_COLS, MAX_ROWS, parseAddress, rect } from "./address";
import {
  ClientCollection,
  ClientObject,
  type ClientResult,
  type Exec,
  type PropGetters,
  type RequestContext,
} from "./context";
import { type ProtectionOptions, type SheetModel, defaultProtectionOptions, newSheet } from "./model";
import { sameName, sheetNameProblem } from "./names";
import { Range, usedRect } from "./api-range";
import { TableCollection } from "./api-table";
import { ChartCollection } from "./api-chart";
import { PageLayout } from "./api-pagelayout";
import { normaliseColor } from "./formats";
import { assertStructureEditable } from "./api-protection";
import { SelectionEvent, setSelection } from "./events";

function checkSheetName(x: Exec, name: unknown, except: SheetModel | null, where: string): string {
  const problem = sheetNameProblem(name);
  if (problem) fail(ErrorCode.invalidArgument, `The argument is invalid: ${problem}.`, where);
  if (x.wb.sheets.some((s) => s !== except && sameName(s.name, name as string)))
    fail(ErrorCode.itemAlreadyExists, `A worksheet called '${String(name)}' already exists.`, where);
  return name as string;
}

/** "=Old!$A$1" / "='Old name'!$A$1" with the sheet renamed (quoted when the new name needs it). */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const quoted = `'${from.replace(/'/g, "''")}'!`;
  const plain = `${from}!`;
  const target = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(to) ? `${to}!` : `'${to.replace(/'/g, "''")}'!`;
  const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Only a reference that starts the formula or follows an operator, comma or parenthesis.
  const pattern = new RegExp(`(^=?|[=(,+\\-*/&:<> ])(${escape(quoted)}|${escape(plain)})`, "giu");
  return formula.replace(pattern, (_m, lead: string) => `${lead}${target}`);
}

function visibleSheets(x: Exec): SheetModel[] {
  return x.wb.sheets.filter((s) => s.visibility === "Visible");
}

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  readonly _typeName = "WorksheetFreezePanes";
  constructor(context: RequestContext, parent: ClientObject<SheetModel>) {
    super(context, parent, "freezePanes", [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _props(): PropGetters<SheetModel> {
    return {};
  }
  private _freeze(name: string, args: unknown[], rows: number | null, cols: number | null): void {
    this._call(
      name,
      args,
      (_x, s) => {
        for (const n of [rows, cols])
          if (n !== null && (!Number.isInteger(n) || n < 0 || n >= MAX_ROWS))
            fail(
              ErrorCode.invalidArgument,
              "The argument is invalid: count.",
              `WorksheetFreezePanes.${name}`,
            );
        s.freeze = { rows: rows ?? 0, cols: cols ?? 0 };
      },
      "1.7",
    );
  }
  freezeRows(count = 1): void {
    this._freeze("freezeRows", [count], count, null);
  }
  freezeColumns(count = 1): void {
    this._freeze("freezeColumns", [count], null, count);
  }
  freezeAt(frozenRange: Range | string): void {
    this._call(
      "freezeAt",
      [frozenRange],
      (x, s) => {
        const r =
          typeof frozenRange === "string" ? parseAddress(frozenRange).rect : frozenRange._require(x).rect;
        s.freeze = { rows: r.r1 + 1, cols: r.c1 + 1 };
      },
      "1.7",
    );
  }
  unfreeze(): void {
    this._call("unfreeze", [], (_x, s) => (s.freeze = { rows: 0, cols: 0 }), "1.7");
  }
  getLocationOrNullObject(): Range {
    return Range._derived(
      this.context,
      this,
      "getLocationOrNullObject",
      [],
      (x) => {
        const s = this._require(x);
        const { rows, cols } = s.freeze;
        if (!rows && !cols) return null;
        return { sheet: s, rect: rect(0, 0, rows || MAX_ROWS, cols || MAX_COLS) };
      },
      true,
    );
  }
}

export class WorksheetProtection extends ClientObject<SheetModel> {
  readonly _typeName = "WorksheetProtection";
  constructor(context: RequestContext, parent: ClientObject<SheetModel>) {
    super(context, parent, "protection", [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _props(): PropGetters<SheetModel> {
    return {
      protected: (_x, s) => s.protection.protected,
      options: (_x, s) => ({ ...s.protection.options }),
    };
  }
  get protected(): boolean {
    return this._get("protected");
  }
  get options(): ProtectionOptions {
    return this._get("options");
  }
  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    this._call(
      "protect",
      [options, password],
      (_x, s) => {
        if (s.protection.protected)
          fail(
            ErrorCode.invalidOperation,
            "The worksheet is already protected.",
            "WorksheetProtection.protect",
          );
        s.protection = {
          protected: true,
          options: { ...defaultProtectionOptions(), ...(options ?? {}) },
          ...(password ? { password } : {}),
        };
      },
      "1.2",
    );
  }
  unprotect(password?: string): void {
    this._call(
      "unprotect",
      [password],
      (_x, s) => {
        if (
          s.protection.protected &&
          s.protection.password !== undefined &&
          s.protection.password !== password
        )
          fail(
            ErrorCode.badPassword,
            "The password you supplied is not correct.",
            "WorksheetProtection.unprotect",
          );
        s.protection = { protected: false, options: defaultProtectionOptions() };
      },
      "1.2",
    );
  }
}

export class Worksheet extends ClientObject<SheetModel> {
  readonly _typeName = "Worksheet";
  private _tables?: TableCollection;
  private _charts?: ChartCollection;
  private _freezePanes?: WorksheetFreezePanes;
  private _protection?: WorksheetProtection;
  private _pageLayout?: PageLayout;
  private _onSelectionChanged?: SelectionEvent;

  protected _props(): PropGetters<SheetModel> {
    return {
      id: (_x, s) => s.id,
      name: (_x, s) => s.name,
      position: (x, s) => x.wb.sheets.indexOf(s),
      visibility: (_x, s) => s.visibility,
      showGridlines: (_x, s) => s.showGridlines,
      tabColor: (_x, s) => s.tabColor,
    };
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { protection: this.protection, tables: this.tables };
  }

  /** ExcelApi 1.7; see events.ts. */
  get onSelectionChanged(): SelectionEvent {
    return (this._onSelectionChanged ??= new SelectionEvent(this, "1.7", (x) => this._require(x)));
  }
  get tables(): TableCollection {
    return (this._tables ??= new TableCollection(this.context, this, "tables", (x) => [this._require(x)]));
  }
  get charts(): ChartCollection {
    return (this._charts ??= new ChartCollection(this.context, this));
  }
  get freezePanes(): WorksheetFreezePanes {
    return (this._freezePanes ??= new WorksheetFreezePanes(this.context, this));
  }
  get protection(): WorksheetProtection {
    return (this._protection ??= new WorksheetProtection(this.context, this));
  }
  /** Print setup (ExcelApi 1.9). */
  get pageLayout(): PageLayout {
    return (this._pageLayout ??= new PageLayout(this.context, this));
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (x, s) => {
      assertStructureEditable(x, "Worksheet.name");
      const before = s.name;
      s.name = checkSheetName(x, v, s, "Worksheet.name");
      // Defined names that refer to the sheet follow it, as in Excel.
      for (const n of x.wb.names) n.formula = renameSheetInFormula(n.formula, before, s.name);
    });
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, (x, s) => {
      assertStructureEditable(x, "Worksheet.position");
      if (!Number.isInteger(v) || v < 0 || v >= x.wb.sheets.length)
        fail(ErrorCode.invalidArgument, "The argument is invalid: position.", "Worksheet.position");
      const list = x.wb.sheets.filter((o) => o !== s);
      list.splice(v, 0, s);
      x.wb.sheets = list;
    });
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v, (x, s) => {
      assertStructureEditable(x, "Worksheet.visibility");
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
        fail(ErrorCode.invalidArgument, "The argument is invalid: visibility.", "Worksheet.visibility");
      if (v !== "Visible" && s.visibility === "Visible" && visibleSheets(x).length === 1)
        fail(
          ErrorCode.invalidOperation,
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.visibility",
        );
      s.visibility = v;
      if (v !== "Visible" && x.wb.activeSheet === s) activateFirstVisible(x);
    });
  }
  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this._set("showGridlines", v, (_x, s) => (s.showGridlines = v === true), "1.8");
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set(
      "tabColor",
      v,
      (_x, s) => (s.tabColor = v === "" ? "" : normaliseColor(v, "Worksheet.tabColor")),
    );
  }

  activate(): void {
    this._call("activate", [], (x, s) => {
      if (s.visibility !== "Visible")
        fail(ErrorCode.invalidOperation, "A hidden sheet cannot be activated.", "Worksheet.activate");
      if (x.wb.selection.sheet !== s) setSelection(x.wb, s, rect(0, 0, 1, 1));
      else x.wb.activeSheet = s;
    });
  }

  delete(): void {
    this._call("delete", [], (x, s) => {
      assertStructureEditable(x, "Worksheet.delete");
      if (s.visibility === "Visible" && visibleSheets(x).length === 1)
        fail(
          ErrorCode.invalidOperation,
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.delete",
        );
      s.alive = false;
      for (const t of s.tables) t.alive = false;
      for (const cf of s.cfs) cf.alive = false;
      for (const ch of s.charts) ch.alive = false;
      x.wb.sheets = x.wb.sheets.filter((o) => o !== s);
      if (x.wb.activeSheet === s) activateFirstVisible(x);
    });
  }

  private _range(
    name: string,
    args: unknown[],
    f: (s: SheetModel) => ReturnType<typeof rect> | null,
    nullable = false,
  ): Range {
    return Range._derived(
      this.context,
      this,
      name,
      args,
      (x) => {
        const s = this._require(x);
        const r = f(s);
        if (!r)
          return nullable
            ? null
            : fail(ErrorCode.itemNotFound, "The range does not exist.", `Worksheet.${name}`);
        return { sheet: s, rect: r };
      },
      nullable,
    );
  }

  getRange(address?: string): Range {
    return this._range("getRange", address === undefined ? [] : [address], (s) => {
      if (address === undefined || address === "") return rect(0, 0, MAX_ROWS, MAX_COLS);
      const p = parseAddress(address);
      if (p.sheet !== null && !sameName(p.sheet, s.name))
        fail(
          ErrorCode.invalidArgument,
          `The address '${address}' is on another sheet.`,
          "Worksheet.getRange",
        );
      return p.rect;
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const ok = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n));
      if (!ok || rowCount < 1 || columnCount < 1)
        fail(ErrorCode.invalidArgument, "The argument is invalid: indexes.", "Worksheet.getRangeByIndexes");
      return rect(startRow, startColumn, rowCount, columnCount);
    });
  }
  getCell(row: number, column: number): Range {
    return this._range("getCell", [row, column], () => rect(row, column, 1, 1));
  }
  /** The used range; an empty sheet gives A1, as in Excel. */
  getUsedRange(valuesOnly = false): Range {
    return this._range(
      "getUsedRange",
      [valuesOnly],
      (s) => usedRect(s, rect(0, 0, MAX_ROWS, MAX_COLS), valuesOnly) ?? rect(0, 0, 1, 1),
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (s) => usedRect(s, rect(0, 0, MAX_ROWS, MAX_COLS), valuesOnly),
      true,
    );
  }
}

function activateFirstVisible(x: Exec): void {
  const next = x.wb.sheets.find((s) => s.visibility === "Visible");
  if (next) {
    x.wb.activeSheet = next;
    x.wb.selection = { sheet: next, rect: rect(0, 0, 1, 1) };
  }
}

export class WorksheetCollection extends ClientCollection<Worksheet, SheetModel> {
  readonly _typeName = "WorksheetCollection";

  protected _list(x: Exec): SheetModel[] {
    return x.wb.sheets;
  }
  protected readonly _itemClass = Worksheet;

  /** Adds a sheet at the end; without a name Excel picks "Sheet<n>" (configurable base name). */
  add(name?: string): Worksheet {
    const created = new Worksheet(this.context, this, "add", [name], null, { bindable: true });
    this._call("add", name === undefined ? [] : [name], (x) => {
      assertStructureEditable(x, "WorksheetCollection.add");
      let finalName: string;
      if (name === undefined || name === null) {
        const base = x.env.sheetBaseName;
        let i = x.wb.sheets.length + 1;
        while (x.wb.sheets.some((s) => sameName(s.name, `${base}${i}`))) i++;
        finalName = `${base}${i}`;
      } else finalName = checkSheetName(x, name, null, "WorksheetCollection.add");
      const s = newSheet(x.wb, finalName);
      x.wb.sheets.push(s);
      created._bind(s);
    });
    return created;
  }

  protected override _find(x: Exec, key: string): SheetModel | null {
    return x.wb.sheets.find((s) => sameName(s.name, key) || s.id === key) ?? null;
  }

  getItem(key: string): Worksheet {
    return this._getItem(key, `The requested resource doesn't exist: worksheet '${key}'.`);
  }
  getItemOrNullObject(key: string): Worksheet {
    return this._getItemOrNullObject(key);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, this, "getActiveWorksheet", [], (x) => x.wb.activeSheet);
  }
  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, this, "getFirst", [visibleOnly], (x) =>
      visibleOnly ? visibleSheets(x)[0] : x.wb.sheets[0],
    );
  }
  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, this, "getLast", [visibleOnly], (x) => {
      const list = visibleOnly ? visibleSheets(x) : x.wb.sheets;
      return list[list.length - 1];
    });
  }
  getCount(visibleOnly = false): ClientResult<number> {
    return this._getCount("1.4", [visibleOnly], (x) => (visibleOnly ? visibleSheets(x) : x.wb.sheets).length);
  }
}
