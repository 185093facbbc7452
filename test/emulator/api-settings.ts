/**
 * Excel.SettingCollection and Excel.Setting (`context.workbook.settings`, ExcelApi 1.4): key–value
 * pairs saved in the workbook, read and written through the request queue like everything else
 * (so they count as commands, fail with faults and are undone by nothing).
 * Values are stored as JSON, as Excel does: functions and undefined do not survive.
 */
import { ErrorCode, fail } from "./errors";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type PropGetters } from "./context";
import type { WorkbookModel } from "./model";

const SINCE = "1.4";

export interface SettingTarget {
  wb: WorkbookModel;
  key: string;
  /** False once deleted. */
  alive: boolean;
}

function store(wb: WorkbookModel): Record<string, unknown> {
  return (wb.excelSettings ??= {});
}

const has = (wb: WorkbookModel, key: string): boolean => Object.prototype.hasOwnProperty.call(store(wb), key);

function checkKey(key: unknown, where: string): string {
  if (typeof key !== "string" || key === "")
    fail(ErrorCode.invalidArgument, "The argument is invalid: key.", where);
  return key as string;
}

function json(value: unknown, where: string): unknown {
  if (value === undefined) fail(ErrorCode.invalidArgument, "The argument is invalid: value.", where);
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export class Setting extends ClientObject<SettingTarget> {
  readonly _typeName = "Setting";
  protected override _isAlive(t: SettingTarget): boolean {
    return t.alive && has(t.wb, t.key);
  }
  protected _props(): PropGetters<SettingTarget> {
    return {
      key: (_x, t) => t.key,
      value: (_x, t) => json(store(t.wb)[t.key], "Setting.value"),
    };
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set(
      "value",
      v,
      (_x, t) => {
        store(t.wb)[t.key] = json(v, "Setting.value");
      },
      SINCE,
    );
  }
  delete(): void {
    this._call(
      "delete",
      [],
      (_x, t) => {
        delete store(t.wb)[t.key];
        t.alive = false;
      },
      SINCE,
    );
  }
}

export class SettingCollection extends ClientCollection<Setting, SettingTarget> {
  readonly _typeName = "SettingCollection";
  protected _list(x: Exec): SettingTarget[] {
    return Object.keys(store(x.wb)).map((key) => ({ wb: x.wb, key, alive: true }));
  }
  protected readonly _itemClass = Setting;
  protected override _find(x: Exec, key: string): SettingTarget | null {
    return has(x.wb, key) ? { wb: x.wb, key, alive: true } : null;
  }
  /** Sets or adds a setting. */
  add(key: string, value: unknown): Setting {
    const created = new Setting(this.context, this, "add", [key, value], null, { bindable: true });
    this._call(
      "add",
      [key, value],
      (x) => {
        const k = checkKey(key, "SettingCollection.add");
        store(x.wb)[k] = json(value, "SettingCollection.add");
        created._bind({ wb: x.wb, key: k, alive: true });
      },
      SINCE,
    );
    return created;
  }
  getItem(key: string): Setting {
    return this._getItem(key, `There is no setting '${key}'.`);
  }
  getItemOrNullObject(key: string): Setting {
    return this._getItemOrNullObject(key);
  }
  getCount(): ClientResult<number> {
    return this._getCount(SINCE);
  }
}
