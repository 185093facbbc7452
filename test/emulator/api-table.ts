/**
 * Excel.Table and its collections (columns, rows).
 */
import { ErrorCode, fail } from "./errors";
import { type Rect, parseAddress } from "./address";
import {
  ClientCollection,
  ClientObject,
  type ClientResult,
  type Exec,
  type PropGetters,
  type RequestContext,
} from "./context";
import {
  type Scalar,
  type SheetModel,
  type TableColumnModel,
  type TableModel,
  bodyBottom,
  bodyRect,
  bodyTop,
} from "./model";
import { sameName } from "./names";
import { cellValue, readGrid } from "./cells";
import { Range } from "./api-range";
import { Worksheet } from "./api-sheet";
import {
  addColumn,
  addRows,
  addTable,
  assertNoOverlap,
  deleteColumn,
  deleteRows,
  removeTable,
  renameColumn,
  renameTable,
  resizeTable,
  setShowTotals,
} from "./tables-model";
import { assertEditable } from "./protection";
import { AutoFilter, Filter, clearTableFilters } from "./api-filter";

const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[0-1])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function values(x: Exec, sheet: SheetModel, r: Rect): Scalar[][] {
  return readGrid(r, (row, col) => cellValue(sheet, row, col, x.env.formulaValue));
}

function rangeOf(
  context: RequestContext,
  parent: ClientObject<unknown>,
  name: string,
  f: (x: Exec) => { sheet: SheetModel; rect: Rect } | null,
): Range {
  return Range._derived(context, parent, name, [], f);
}

export class TableColumn extends ClientObject<{ table: TableModel; col: TableColumnModel }> {
  readonly _typeName = "TableColumn";
  protected override _isAlive(t: { table: TableModel; col: TableColumnModel }): boolean {
    return t.table.alive && t.table.columns.includes(t.col);
  }
  protected _props(): PropGetters<{ table: TableModel; col: TableColumnModel }> {
    return {
      id: (_x, t) => t.col.id,
      name: (_x, t) => t.col.name,
      index: (_x, t) => t.table.columns.indexOf(t.col),
      values: (x, t) => {
        const c = t.table.rect.c0 + t.table.columns.indexOf(t.col);
        return values(x, t.table.sheet, { ...t.table.rect, c0: c, c1: c });
      },
    };
  }
  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get values(): Scalar[][] {
    return this._get("values");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (_x, t) => {
      assertEditable(t.table.sheet, t.table.rect, "objects", "TableColumn.name");
      renameColumn(t.table, t.table.columns.indexOf(t.col), v, "TableColumn.name");
    });
  }
  private _part(name: string, rows: (t: TableModel) => [number, number] | null): Range {
    return rangeOf(this.context, this, name, (x) => {
      const t = this._require(x);
      const span = rows(t.table);
      if (!span) return fail(ErrorCode.itemNotFound, "The table has no such row.", `TableColumn.${name}`);
      const c = t.table.rect.c0 + t.table.columns.indexOf(t.col);
      return { sheet: t.table.sheet, rect: { r0: span[0], r1: span[1], c0: c, c1: c } };
    });
  }
  get filter(): Filter {
    return new Filter(this.context, this);
  }
  getRange(): Range {
    return this._part("getRange", (t) => [t.rect.r0, t.rect.r1]);
  }
  getHeaderRowRange(): Range {
    return this._part("getHeaderRowRange", (t) => (t.showHeaders ? [t.rect.r0, t.rect.r0] : null));
  }
  getDataBodyRange(): Range {
    return this._part("getDataBodyRange", (t) => [bodyTop(t), bodyBottom(t)]);
  }
  getTotalRowRange(): Range {
    return this._part("getTotalRowRange", (t) => (t.showTotals ? [t.rect.r1, t.rect.r1] : null));
  }
  delete(): void {
    this._call("delete", [], (_x, t) =>
      deleteColumn(t.table, t.table.columns.indexOf(t.col), "TableColumn.delete"),
    );
  }
}

export class TableColumnCollection extends ClientCollection<
  TableColumn,
  { table: TableModel; col: TableColumnModel },
  number | string
> {
  readonly _typeName = "TableColumnCollection";
  private readonly _table: ClientObject<TableModel>;
  constructor(context: RequestContext, table: ClientObject<TableModel>) {
    super(context, table, "columns", [], (x) => table._require(x), { pathType: 4 });
    this._table = table;
  }
  protected override _props(): PropGetters<unknown> {
    return { count: (x) => this._table._require(x).columns.length };
  }
  get count(): number {
    return this._get("count");
  }
  protected _list(x: Exec): { table: TableModel; col: TableColumnModel }[] {
    const table = this._table._require(x);
    return table.columns.map((col) => ({ table, col }));
  }
  protected readonly _itemClass = TableColumn;
  protected override _find(
    x: Exec,
    key: number | string,
  ): { table: TableModel; col: TableColumnModel } | null {
    const table = this._table._require(x);
    const col = table.columns.find((c) =>
      typeof key === "number" ? c.id === key : sameName(c.name, key) || String(c.id) === key,
    );
    return col ? { table, col } : null;
  }
  getItem(key: number | string): TableColumn {
    return this._getItem(key, `The table has no column '${key}'.`);
  }
  getItemOrNullObject(key: number | string): TableColumn {
    return this._getItemOrNullObject(key);
  }
  getItemAt(index: number): TableColumn {
    return this._getItemAt(index, `No column at index ${index}.`);
  }
  getCount(): ClientResult<number> {
    return this._getCount("1.4");
  }
  /** Values, when given, cover the whole column: header (if shown), body rows and totals (if shown). */
  add(index?: number | null, values?: Scalar[][], name?: string): TableColumn {
    const created = new TableColumn(this.context, this, "add", [index, values, name], null, {
      bindable: true,
    });
    this._call("add", [index ?? null, values ?? null, name ?? null], (x) => {
      const table = this._table._require(x);
      const at = addColumn(table, index, values, name, "TableColumnCollection.add");
      created._bind({ table, col: table.columns[at] });
    });
    return created;
  }
}

interface RowTarget {
  table: TableModel;
  index: number;
}

export class TableRow extends ClientObject<RowTarget> {
  readonly _typeName = "TableRow";
  protected _props(): PropGetters<RowTarget> {
    return {
      index: (_x, t) => t.index,
      values: (x, t) => {
        const r = bodyTop(t.table) + t.index;
        return values(x, t.table.sheet, { r0: r, r1: r, c0: t.table.rect.c0, c1: t.table.rect.c1 });
      },
    };
  }
  get index(): number {
    return this._get("index");
  }
  get values(): Scalar[][] {
    return this._get("values");
  }
  getRange(): Range {
    return rangeOf(this.context, this, "getRange", (x) => {
      const t = this._require(x);
      const r = bodyTop(t.table) + t.index;
      return { sheet: t.table.sheet, rect: { r0: r, r1: r, c0: t.table.rect.c0, c1: t.table.rect.c1 } };
    });
  }
  delete(): void {
    this._call("delete", [], (_x, t) => deleteRows(t.table, t.index, 1, "TableRow.delete"));
  }
}

export class TableRowCollection extends ClientCollection<TableRow, RowTarget> {
  readonly _typeName = "TableRowCollection";
  private readonly _table: ClientObject<TableModel>;
  constructor(context: RequestContext, table: ClientObject<TableModel>) {
    super(context, table, "rows", [], (x) => table._require(x), { pathType: 4 });
    this._table = table;
  }
  protected override _props(): PropGetters<unknown> {
    return {
      count: (x) => {
        const t = this._table._require(x);
        return bodyBottom(t) - bodyTop(t) + 1;
      },
    };
  }
  get count(): number {
    return this._get("count");
  }
  protected _list(x: Exec): RowTarget[] {
    const table = this._table._require(x);
    return Array.from({ length: bodyBottom(table) - bodyTop(table) + 1 }, (_, index) => ({ table, index }));
  }
  protected readonly _itemClass = TableRow;
  protected override readonly _itemOptions = {};
  getCount(): ClientResult<number> {
    return this._getCount("1.4");
  }
  getItemAt(index: number): TableRow {
    return this._getItemAt(index, `No row at index ${index}.`);
  }
  /**
   * Inserts rows (one per values row, or one empty row) at `index` (end when null). Cells below the
   * table in its columns move down; formats and validation are copied from the row above.
   */
  add(index?: number | null, values?: Scalar[][], alwaysInsert?: boolean): TableRow {
    const created = new TableRow(this.context, this, "add", [index, values], null, {});
    this._call("add", [index ?? null, values ?? null, alwaysInsert ?? null], (x) => {
      const table = this._table._require(x);
      const r = addRows(table, index, values, "TableRowCollection.add");
      created._bind({ table, index: r.r0 - bodyTop(table) });
      created._resolve(x);
    });
    return created;
  }
  deleteRowsAt(index: number, count = 1): void {
    this._call(
      "deleteRowsAt",
      [index, count],
      (x) => deleteRows(this._table._require(x), index, count, "TableRowCollection.deleteRowsAt"),
      "1.14",
    );
  }
}

export class Table extends ClientObject<TableModel> {
  readonly _typeName = "Table";
  private _columns?: TableColumnCollection;
  private _rows?: TableRowCollection;

  protected _props(): PropGetters<TableModel> {
    return {
      id: (_x, t) => t.id,
      name: (_x, t) => t.name,
      showHeaders: (_x, t) => t.showHeaders,
      showTotals: (_x, t) => t.showTotals,
      style: (_x, t) => t.style,
      showBandedRows: (_x, t) => t.showBandedRows,
      showFilterButton: (_x, t) => t.showFilterButton,
    };
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { columns: this.columns, rows: this.rows, worksheet: this.worksheet };
  }
  get columns(): TableColumnCollection {
    return (this._columns ??= new TableColumnCollection(this.context, this));
  }
  get rows(): TableRowCollection {
    return (this._rows ??= new TableRowCollection(this.context, this));
  }
  get worksheet(): Worksheet {
    return new Worksheet(this.context, this, "worksheet", [], (x) => this._require(x).sheet, { pathType: 4 });
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (x, t) => renameTable(x.wb, t, v, "Table.name"));
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  set showHeaders(v: boolean) {
    this._set("showHeaders", v, (_x, t) => {
      if (v === t.showHeaders) return;
      assertEditable(t.sheet, t.rect, "objects", "Table.showHeaders");
      if (!v) {
        for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.cells.delete(t.rect.r0 * 16_384 + c);
        t.rect = { ...t.rect, r0: t.rect.r0 + 1 };
        t.showHeaders = false;
      } else {
        if (t.rect.r0 === 0)
          fail(
            ErrorCode.invalidOperation,
            "There is no row above the table for its headers.",
            "Table.showHeaders",
          );
        const above = { ...t.rect, r0: t.rect.r0 - 1, r1: t.rect.r0 - 1 };
        assertNoOverlap(t.sheet, above, t, "Table.showHeaders");
        t.rect = { ...t.rect, r0: t.rect.r0 - 1 };
        t.showHeaders = true;
        t.columns.forEach((_, i) => renameColumn(t, i, t.columns[i].name, "Table.showHeaders"));
      }
    });
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(v: boolean) {
    this._set("showTotals", v, (_x, t) => setShowTotals(t, v === true, "Table.showTotals"));
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, (_x, t) => {
      if (typeof v !== "string" || (v !== "" && !TABLE_STYLE.test(v)))
        fail(
          ErrorCode.invalidArgument,
          `The argument is invalid: table style '${String(v)}'.`,
          "Table.style",
        );
      t.style = v;
    });
  }
  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this._set("showBandedRows", v, (_x, t) => (t.showBandedRows = v === true));
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this._set("showFilterButton", v, (_x, t) => (t.showFilterButton = v === true));
  }

  private _part(name: string, f: (t: TableModel) => Rect | null): Range {
    return rangeOf(this.context, this, name, (x) => {
      const t = this._require(x);
      const r = f(t);
      return r
        ? { sheet: t.sheet, rect: r }
        : fail(ErrorCode.itemNotFound, "The table has no such row.", `Table.${name}`);
    });
  }
  getRange(): Range {
    return this._part("getRange", (t) => ({ ...t.rect }));
  }
  getHeaderRowRange(): Range {
    return this._part("getHeaderRowRange", (t) => (t.showHeaders ? { ...t.rect, r1: t.rect.r0 } : null));
  }
  getDataBodyRange(): Range {
    return this._part("getDataBodyRange", (t) => bodyRect(t));
  }
  getTotalRowRange(): Range {
    return this._part("getTotalRowRange", (t) => (t.showTotals ? { ...t.rect, r0: t.rect.r1 } : null));
  }
  /** Deletes the table and its cells' contents. */
  delete(): void {
    this._call("delete", [], (_x, t) => removeTable(t, true, "Table.delete"));
  }
  /** Removes the table, keeping its cells; the returned range stays usable in later batches. */
  convertToRange(): Range {
    let former: { sheet: SheetModel; rect: Rect } | null = null;
    const r = rangeOf(
      this.context,
      this,
      "convertToRange",
      () =>
        former ??
        fail(
          ErrorCode.invalidObjectPath,
          "The table was not converted: that request did not run.",
          "Table.convertToRange",
        ),
    );
    this._call("convertToRange", [], (_x, t) => {
      former = { sheet: t.sheet, rect: { ...t.rect } };
      removeTable(t, false, "Table.convertToRange");
    });
    return r;
  }
  resize(newRange: Range | string): void {
    this._call(
      "resize",
      [newRange],
      (x, t) => {
        let r: Rect;
        if (typeof newRange === "string") {
          const p = parseAddress(newRange);
          if (p.sheet !== null && !sameName(p.sheet, t.sheet.name))
            fail(ErrorCode.invalidArgument, "A table cannot move to another sheet.", "Table.resize");
          r = p.rect;
        } else {
          const target = newRange._require(x);
          if (target.sheet !== t.sheet)
            fail(ErrorCode.invalidArgument, "A table cannot move to another sheet.", "Table.resize");
          r = target.rect;
        }
        resizeTable(t, r, "Table.resize");
      },
      "1.13",
    );
  }
  get autoFilter(): AutoFilter {
    return new AutoFilter(this.context, this);
  }
  clearFilters(): void {
    this._call("clearFilters", [], (_x, t) => clearTableFilters(t));
  }
}

export class TableCollection extends ClientCollection<Table, TableModel> {
  readonly _typeName = "TableCollection";
  private readonly _sheets: (x: Exec) => SheetModel[];
  private readonly _scopedToSheet: boolean;

  constructor(
    context: RequestContext,
    parent: ClientObject<unknown>,
    name: string,
    sheets: (x: Exec) => SheetModel[],
    scopedToSheet = true,
  ) {
    super(context, parent, name, [], (x) => sheets(x), { pathType: 4 });
    this._sheets = sheets;
    this._scopedToSheet = scopedToSheet;
  }
  protected override _props(): PropGetters<unknown> {
    return { count: (x) => this._list(x).length };
  }
  get count(): number {
    return this._get("count");
  }
  protected _list(x: Exec): TableModel[] {
    return this._sheets(x).flatMap((s) => s.tables);
  }
  protected readonly _itemClass = Table;
  protected override _find(x: Exec, key: string): TableModel | null {
    return this._list(x).find((t) => sameName(t.name, key) || t.id === key) ?? null;
  }
  getItem(key: string): Table {
    return this._getItem(key, `The requested resource doesn't exist: table '${key}'.`);
  }
  getItemOrNullObject(key: string): Table {
    return this._getItemOrNullObject(key);
  }
  getItemAt(index: number): Table {
    return this._getItemAt(index, `No table at index ${index}.`);
  }
  getCount(): ClientResult<number> {
    return this._getCount("1.4");
  }
  /** Creates a table over `address` (a Range or an address; on the workbook collection an address without a sheet means the active sheet). */
  add(address: Range | string, hasHeaders: boolean): Table {
    const created = new Table(this.context, this, "add", [address, hasHeaders], null, { bindable: true });
    this._call("add", [address, hasHeaders], (x) => {
      let sheet: SheetModel;
      let r: Rect;
      if (typeof address === "string") {
        const p = parseAddress(address);
        const scope = this._scopedToSheet ? this._sheets(x)[0] : null;
        if (p.sheet === null) sheet = scope ?? x.wb.activeSheet;
        else {
          const named = x.wb.sheets.find((s) => sameName(s.name, p.sheet!));
          if (!named)
            return fail(
              ErrorCode.itemNotFound,
              `There is no sheet called '${p.sheet}'.`,
              "TableCollection.add",
            );
          if (scope && named !== scope)
            fail(ErrorCode.invalidArgument, "The address is on another sheet.", "TableCollection.add");
          sheet = named;
        }
        r = p.rect;
      } else {
        const t = address._require(x);
        sheet = t.sheet;
        r = t.rect;
      }
      if (typeof hasHeaders !== "boolean")
        fail(ErrorCode.invalidArgument, "The argument is invalid: hasHeaders.", "TableCollection.add");
      created._bind(addTable(x.wb, sheet, r, hasHeaders, "TableCollection.add"));
    });
    return created;
  }
}
