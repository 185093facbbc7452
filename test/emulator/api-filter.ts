/**
 * Table filters, the part the self-test uses: `tableColumn.filter.applyValuesFilter(values)` and
 * `clear()` (ExcelApi 1.2), `table.autoFilter.isDataFiltered` and `clearCriteria()` (ExcelApi 1.9),
 * `table.clearFilters()`. Only which columns carry criteria is modelled: no row is hidden, and
 * `getVisibleView`, other filter kinds and the worksheet's own autoFilter are not emulated.
 */
import { ErrorCode, fail } from "./errors";
import { ClientObject, compareVersions, type PropGetters, type RequestContext } from "./context";
import type { TableColumnModel, TableModel } from "./model";

const AUTO_FILTER_SINCE = "1.9";

/** Criteria per table: column id → the values shown. Kept beside the model, as only filters use it. */
const criteria = new WeakMap<TableModel, Map<number, string[]>>();

export function tableIsFiltered(t: TableModel): boolean {
  const byColumn = criteria.get(t);
  if (!byColumn) return false;
  // A column deleted since its filter was set no longer filters anything.
  return t.columns.some((c) => byColumn.has(c.id));
}

export function clearTableFilters(t: TableModel): void {
  criteria.delete(t);
}

type ColumnTarget = { table: TableModel; col: TableColumnModel };

export class Filter extends ClientObject<ColumnTarget> {
  readonly _typeName = "Filter";
  constructor(context: RequestContext, parent: ClientObject<ColumnTarget>) {
    super(context, parent, "filter", [], (x) => parent._require(x), { pathType: 4 });
  }
  protected _props(): PropGetters<ColumnTarget> {
    return {};
  }
  applyValuesFilter(values: unknown[]): void {
    this._call("applyValuesFilter", [values], (_x, t) => {
      if (!Array.isArray(values) || values.length === 0)
        fail(ErrorCode.invalidArgument, "The argument is invalid: values.", "Filter.applyValuesFilter");
      const byColumn = criteria.get(t.table) ?? new Map<number, string[]>();
      byColumn.set(
        t.col.id,
        values.map((v) => String(v)),
      );
      criteria.set(t.table, byColumn);
    });
  }
  clear(): void {
    this._call("clear", [], (_x, t) => {
      criteria.get(t.table)?.delete(t.col.id);
    });
  }
}

export class AutoFilter extends ClientObject<TableModel> {
  readonly _typeName = "AutoFilter";
  constructor(context: RequestContext, parent: ClientObject<TableModel>) {
    // The object itself is ExcelApi 1.9: a load on an older host fails as a command would.
    super(
      context,
      parent,
      "autoFilter",
      [],
      (x) => {
        if (compareVersions(AUTO_FILTER_SINCE, x.env.apiVersion) > 0)
          fail(
            ErrorCode.apiNotFound,
            `The API you are trying to use could not be found. It may be available in a newer version of Excel (ExcelApi ${AUTO_FILTER_SINCE}).`,
            "Table.autoFilter",
          );
        return parent._require(x);
      },
      { pathType: 4 },
    );
  }
  protected _props(): PropGetters<TableModel> {
    return {
      isDataFiltered: (_x, t) => tableIsFiltered(t),
      enabled: (_x, t) => t.showFilterButton,
    };
  }
  get isDataFiltered(): boolean {
    return this._get("isDataFiltered");
  }
  get enabled(): boolean {
    return this._get("enabled");
  }
  clearCriteria(): void {
    this._call("clearCriteria", [], (_x, t) => clearTableFilters(t), AUTO_FILTER_SINCE);
  }
}
