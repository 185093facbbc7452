/**
 * Excel.DataValidation (ExcelApi 1.8): rule, prompt, error alert, ignoreBlanks, type, valid, clear().
 */
import { ErrorCode, fail } from "./errors";
import { ClientObject, type PropGetters, type RequestContext } from "./context";
import type { RangeTarget } from "./api-range";
import type { DvErrorAlert, DvPrompt, DvRule } from "./model";
import { assertEditable } from "./protection";
import {
  checkErrorAlert,
  checkPrompt,
  checkRule,
  defaultDv,
  dvType,
  patchDv,
  readDv,
  validity,
} from "./validation-model";

const SINCE = "1.8";

export class DataValidation extends ClientObject<RangeTarget> {
  readonly _typeName = "DataValidation";

  constructor(context: RequestContext, parent: ClientObject<RangeTarget>) {
    super(context, parent, "dataValidation", [], (x) => parent._require(x), { pathType: 4 });
  }

  protected _props(): PropGetters<RangeTarget> {
    const shared = (t: RangeTarget) => {
      const dv = readDv(t.sheet, t.rect);
      return dv === "none" ? defaultDv() : dv === "mixed" ? null : dv;
    };
    return {
      type: (_x, t) => {
        const dv = readDv(t.sheet, t.rect);
        return dv === "none" ? "None" : dv === "mixed" ? "Inconsistent" : dvType(dv.rule);
      },
      rule: (_x, t) => {
        const dv = shared(t);
        return dv ? structuredCopy(dv.rule ?? {}) : null;
      },
      prompt: (_x, t) => (shared(t) ? { ...shared(t)!.prompt } : null),
      errorAlert: (_x, t) => (shared(t) ? { ...shared(t)!.errorAlert } : null),
      ignoreBlanks: (_x, t) => shared(t)?.ignoreBlanks ?? null,
      valid: (x, t) => validity(t.sheet, t.rect, x.env.formulaValue),
    };
  }

  get type(): string {
    return this._get("type");
  }
  get valid(): boolean | null {
    return this._get("valid");
  }
  get rule(): DvRule {
    return this._get("rule");
  }
  set rule(v: DvRule) {
    this._set(
      "rule",
      v,
      (_x, t) => {
        const rule = checkRule(v, "DataValidation.rule");
        assertEditable(t.sheet, t.rect, "objects", "DataValidation.rule");
        patchDv(t.sheet, t.rect, (dv) => ({ ...dv, rule }));
      },
      SINCE,
    );
  }
  get prompt(): DvPrompt {
    return this._get("prompt");
  }
  set prompt(v: DvPrompt) {
    this._set(
      "prompt",
      v,
      (_x, t) => {
        checkPrompt(v, defaultDv().prompt, "DataValidation.prompt");
        assertEditable(t.sheet, t.rect, "objects", "DataValidation.prompt");
        patchDv(t.sheet, t.rect, (dv) => ({
          ...dv,
          prompt: checkPrompt(v, dv.prompt, "DataValidation.prompt"),
        }));
      },
      SINCE,
    );
  }
  get errorAlert(): DvErrorAlert {
    return this._get("errorAlert");
  }
  set errorAlert(v: DvErrorAlert) {
    this._set(
      "errorAlert",
      v,
      (_x, t) => {
        checkErrorAlert(v, defaultDv().errorAlert, "DataValidation.errorAlert");
        assertEditable(t.sheet, t.rect, "objects", "DataValidation.errorAlert");
        patchDv(t.sheet, t.rect, (dv) => ({
          ...dv,
          errorAlert: checkErrorAlert(v, dv.errorAlert, "DataValidation.errorAlert"),
        }));
      },
      SINCE,
    );
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._set(
      "ignoreBlanks",
      v,
      (_x, t) => {
        if (typeof v !== "boolean")
          fail(
            ErrorCode.invalidArgument,
            "The argument is invalid: ignoreBlanks.",
            "DataValidation.ignoreBlanks",
          );
        assertEditable(t.sheet, t.rect, "objects", "DataValidation.ignoreBlanks");
        patchDv(t.sheet, t.rect, (dv) => ({ ...dv, ignoreBlanks: v }));
      },
      SINCE,
    );
  }

  clear(): void {
    this._call(
      "clear",
      [],
      (_x, t) => {
        assertEditable(t.sheet, t.rect, "objects", "DataValidation.clear");
        patchDv(t.sheet, t.rect, () => undefined);
      },
      SINCE,
    );
  }
}

function structuredCopy<V>(v: V): V {
  return JSON.parse(JSON.stringify(v)) as V;
}
