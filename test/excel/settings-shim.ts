// TEMPORARY: workbook settings (Excel.SettingCollection) for the emulator, installed from the
// adapter's tests until the emulator has them itself (see /work/notes/excel-needs-emulator.md).
// Built on the emulator's own ClientObject, so the commands queue, count and fail like any other.
import { ClientObject, type Exec, type PropGetters, type RequestContext } from "../emulator/context";
import { Workbook } from "../emulator/api-workbook";
import type { WorkbookModel } from "../emulator/model";

interface SettingModel {
  wb: WorkbookModel;
  key: string;
}

class Setting extends ClientObject<SettingModel> {
  readonly _typeName = "Setting";
  protected _props(): PropGetters<SettingModel> {
    return { key: (_x, s) => s.key, value: (_x, s) => s.wb.settings[s.key] };
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
}

class SettingCollection extends ClientObject<WorkbookModel> {
  readonly _typeName = "SettingCollection";
  constructor(context: RequestContext, parent: ClientObject<WorkbookModel>) {
    super(context, parent, "settings", [], (x: Exec) => x.wb, { pathType: 4 });
  }
  protected _props(): PropGetters<WorkbookModel> {
    return {};
  }
  add(key: string, value: unknown): Setting {
    const created = new Setting(this.context, this, "add", [key, value], null, { bindable: true });
    this._call("add", [key, value], (x) => {
      x.wb.settings[key] = value;
      created._bind({ wb: x.wb, key });
    });
    return created;
  }
  getItemOrNullObject(key: string): Setting {
    return new Setting(
      this.context,
      this,
      "getItemOrNullObject",
      [key],
      (x) => (Object.prototype.hasOwnProperty.call(x.wb.settings, key) ? { wb: x.wb, key } : null),
      { nullable: true },
    );
  }
}

const cache = new WeakMap<Workbook, SettingCollection>();

export function installSettingsShim(): void {
  if (Object.getOwnPropertyDescriptor(Workbook.prototype, "settings")) return;
  Object.defineProperty(Workbook.prototype, "settings", {
    configurable: true,
    get(this: Workbook) {
      let s = cache.get(this);
      if (!s) {
        s = new SettingCollection(this.context, this);
        cache.set(this, s);
      }
      return s;
    },
  });
}
