/**
 * Excel.Workbook, Application and defined names; registers the request context's root objects.
 */
import { ErrorCode, fail } from "./errors";
import { formatAddress, parseAddress } from "./address";
import {
  ClientCollection,
  ClientObject,
  type ClientResult,
  type Exec,
  type PropGetters,
  type RequestContext,
  registerRootFactory,
} from "./context";
import { type NameModel, type WorkbookModel, allTables } from "./model";
import { definedNameProblem, sameName } from "./names";
import { Range } from "./api-range";
import { WorksheetCollection } from "./api-sheet";
import { TableCollection } from "./api-table";
import { SettingCollection } from "./api-settings";
import { WorkbookProtection } from "./api-protection";
import { SelectionEvent } from "./events";

export class Application extends ClientObject<WorkbookModel> {
  readonly _typeName = "Application";
  protected _props(): PropGetters<WorkbookModel> {
    return { calculationMode: (_x, wb) => wb.calculationMode };
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  set calculationMode(v: string) {
    this._set(
      "calculationMode",
      v,
      (_x, wb) => {
        if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(v))
          fail(
            ErrorCode.invalidArgument,
            "The argument is invalid: calculationMode.",
            "Application.calculationMode",
          );
        wb.calculationMode = v;
      },
      "1.8",
    );
  }
  /** Formulas are not evaluated by the emulator; this only records the call. */
  calculate(calculationType: string): void {
    this._call("calculate", [calculationType], () => undefined);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined, "1.6");
  }
}

export class NamedItem extends ClientObject<NameModel> {
  readonly _typeName = "NamedItem";
  protected _props(): PropGetters<NameModel> {
    return {
      name: (_x, n) => n.name,
      formula: (_x, n) => n.formula,
      value: (_x, n) => n.formula.replace(/^=/, ""),
      type: (_x, n) =>
        /^=('?[^!]+'?!)?\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(n.formula) ? "Range" : "String",
      comment: (_x, n) => n.comment,
      visible: (_x, n) => n.visible,
    };
  }
  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  get value(): string {
    return this._get("value");
  }
  get type(): string {
    return this._get("type");
  }
  get comment(): string {
    return this._get("comment");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  delete(): void {
    this._call("delete", [], (x, n) => {
      n.alive = false;
      x.wb.names = x.wb.names.filter((o) => o !== n);
    });
  }
  getRange(): Range {
    return Range._derived(this.context, this, "getRange", [], (x) => {
      const n = this._require(x);
      const p = parseAddress(n.formula.replace(/^=/, "").replace(/\$/g, ""));
      const sheet = x.wb.sheets.find((s) => p.sheet !== null && sameName(s.name, p.sheet));
      if (!sheet)
        return fail(ErrorCode.invalidOperation, "The name does not refer to a range.", "NamedItem.getRange");
      return { sheet, rect: p.rect };
    });
  }
}

export class NamedItemCollection extends ClientCollection<NamedItem, NameModel> {
  readonly _typeName = "NamedItemCollection";
  protected _list(x: Exec): NameModel[] {
    return x.wb.names;
  }
  protected readonly _itemClass = NamedItem;
  /** Adds a workbook-scoped name; it shares the namespace of table names. */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    const created = new NamedItem(this.context, this, "add", [name, reference, comment], null, {
      bindable: true,
    });
    this._call("add", [name, reference, comment], (x) => {
      const problem = definedNameProblem(name);
      if (problem)
        fail(ErrorCode.invalidArgument, `The argument is invalid: ${problem}.`, "NamedItemCollection.add");
      if (
        x.wb.names.some((n) => sameName(n.name, name)) ||
        allTables(x.wb).some((t) => sameName(t.name, name))
      )
        fail(
          ErrorCode.itemAlreadyExists,
          `A table or name called '${name}' already exists.`,
          "NamedItemCollection.add",
        );
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const t = reference._require(x);
        formula = `=${formatAddress(t.sheet.name, t.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      }
      const n: NameModel = { name, formula, comment: comment ?? "", visible: true, alive: true };
      x.wb.names.push(n);
      created._bind(n);
    });
    return created;
  }
  protected override _find(x: Exec, name: string): NameModel | null {
    return x.wb.names.find((n) => sameName(n.name, name)) ?? null;
  }
  getItem(name: string): NamedItem {
    return this._getItem(name, `There is no name '${name}'.`);
  }
  getItemOrNullObject(name: string): NamedItem {
    return this._getItemOrNullObject(name);
  }
  getCount(): ClientResult<number> {
    return this._getCount("1.4");
  }
}

export class Workbook extends ClientObject<WorkbookModel> {
  readonly _typeName = "Workbook";
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly application: Application;
  /** Workbook settings (ExcelApi 1.4). */
  readonly settings: SettingCollection;
  /** Structure protection (ExcelApi 1.7). */
  readonly protection: WorkbookProtection;
  /** ExcelApi 1.2; see events.ts. */
  readonly onSelectionChanged: SelectionEvent;

  constructor(context: RequestContext) {
    super(context, null, "workbook", [], (x) => x.wb, { pathType: 4 });
    this.worksheets = new WorksheetCollection(context, this, "worksheets", [], (x) => x.wb, { pathType: 4 });
    this.tables = new TableCollection(context, this, "tables", (x) => x.wb.sheets, false);
    this.names = new NamedItemCollection(context, this, "names", [], (x) => x.wb, { pathType: 4 });
    this.application = new Application(context, this, "application", [], (x) => x.wb, { pathType: 4 });
    this.settings = new SettingCollection(context, this, "settings", [], (x) => x.wb, { pathType: 4 });
    this.protection = new WorkbookProtection(context, this);
    this.onSelectionChanged = new SelectionEvent(this, "1.2", () => null);
  }
  protected _props(): PropGetters<WorkbookModel> {
    return { name: () => "Book1.xlsx" };
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return {
      worksheets: this.worksheets,
      tables: this.tables,
      names: this.names,
      application: this.application,
      settings: this.settings,
      protection: this.protection,
    };
  }
  get name(): string {
    return this._get("name");
  }
  getSelectedRange(): Range {
    return Range._derived(this.context, this, "getSelectedRange", [], (x) => ({
      sheet: x.wb.selection.sheet,
      rect: { ...x.wb.selection.rect },
    }));
  }
  getActiveCell(): Range {
    return Range._derived(this.context, this, "getActiveCell", [], (x) => ({
      sheet: x.wb.selection.sheet,
      rect: { ...x.wb.selection.rect, r1: x.wb.selection.rect.r0, c1: x.wb.selection.rect.c0 },
    }));
  }
}

registerRootFactory((context) => {
  const workbook = new Workbook(context);
  return { workbook, application: workbook.application };
});
