/**
 * Conditional formats (ExcelApi 1.6): containsText (textComparison), cellValue and custom.
 */
import { ErrorCode, fail } from "./errors";
import {
  ClientCollection,
  ClientObject,
  type Exec,
  type PropGetters,
  type RequestContext,
  ClientResult,
} from "./context";
import type { CfFormat, CfModel, SheetModel } from "./model";
import { Range, type RangeTarget } from "./api-range";
import { addCf, cfsIntersecting, checkCellValueRule, checkTextRule, clearCfs, deleteCf } from "./cf-model";
import { assertEditable } from "./protection";
import { normaliseColor } from "./formats";

const SINCE = "1.6";

export interface CfTarget {
  sheet: SheetModel;
  cf: CfModel;
}

function assertCfEditable(t: CfTarget, where: string): void {
  assertEditable(t.sheet, null, "objects", where);
}

/** Sub-objects of a conditional format resolve through it. */
abstract class CfPart extends ClientObject<CfTarget> {
  constructor(
    context: RequestContext,
    parent: ClientObject<CfTarget>,
    name: string,
    check?: (t: CfTarget) => void,
  ) {
    super(
      context,
      parent,
      name,
      [],
      (x) => {
        const t = parent._require(x);
        check?.(t);
        return t;
      },
      { pathType: 4 },
    );
  }

  protected _setFormat<K extends keyof CfFormat>(
    name: string,
    key: K,
    value: unknown,
    check: (v: unknown) => CfFormat[K],
  ): void {
    this._set(
      name,
      value,
      (_x, t) => {
        const v = check(value);
        assertCfEditable(t, `${this._typeName}.${name}`);
        t.cf.format = { ...t.cf.format, [key]: v };
      },
      SINCE,
    );
  }
}

export class ConditionalRangeFill extends CfPart {
  readonly _typeName = "ConditionalRangeFill";
  protected _props(): PropGetters<CfTarget> {
    return { color: (_x, t) => t.cf.format.fill ?? null };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._setFormat("color", "fill", v, (x) => normaliseColor(x, "ConditionalRangeFill.color"));
  }
  clear(): void {
    this._call("clear", [], (_x, t) => {
      t.cf.format = { ...t.cf.format, fill: undefined };
    });
  }
}

export class ConditionalRangeFont extends CfPart {
  readonly _typeName = "ConditionalRangeFont";
  protected _props(): PropGetters<CfTarget> {
    return {
      color: (_x, t) => t.cf.format.fontColor ?? null,
      bold: (_x, t) => t.cf.format.bold ?? null,
      italic: (_x, t) => t.cf.format.italic ?? null,
      strikethrough: (_x, t) => t.cf.format.strikethrough ?? null,
    };
  }
  private static bool(where: string) {
    return (v: unknown): boolean =>
      typeof v === "boolean"
        ? v
        : fail(ErrorCode.invalidArgument, "The argument is invalid: expected true or false.", where);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._setFormat("color", "fontColor", v, (x) => normaliseColor(x, "ConditionalRangeFont.color"));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._setFormat("bold", "bold", v, ConditionalRangeFont.bool("ConditionalRangeFont.bold"));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._setFormat("italic", "italic", v, ConditionalRangeFont.bool("ConditionalRangeFont.italic"));
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(v: boolean) {
    this._setFormat(
      "strikethrough",
      "strikethrough",
      v,
      ConditionalRangeFont.bool("ConditionalRangeFont.strikethrough"),
    );
  }
  clear(): void {
    this._call("clear", [], (_x, t) => {
      t.cf.format = {
        ...t.cf.format,
        fontColor: undefined,
        bold: undefined,
        italic: undefined,
        strikethrough: undefined,
      };
    });
  }
}

export class ConditionalRangeFormat extends CfPart {
  readonly _typeName = "ConditionalRangeFormat";
  private _fill?: ConditionalRangeFill;
  private _font?: ConditionalRangeFont;
  get fill(): ConditionalRangeFill {
    return (this._fill ??= new ConditionalRangeFill(this.context, this, "fill"));
  }
  get font(): ConditionalRangeFont {
    return (this._font ??= new ConditionalRangeFont(this.context, this, "font"));
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { fill: this.fill, font: this.font };
  }
  protected _props(): PropGetters<CfTarget> {
    return { numberFormat: (_x, t) => t.cf.format.numberFormat ?? null };
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._setFormat("numberFormat", "numberFormat", v, (x) =>
      typeof x === "string"
        ? x
        : fail(ErrorCode.invalidArgument, "The argument is invalid: numberFormat.", "ConditionalRangeFormat"),
    );
  }
}

function typeCheck(expected: CfModel["type"], accessor: string) {
  return (t: CfTarget): void => {
    if (t.cf.type !== expected)
      fail(
        ErrorCode.invalidOperation,
        `ConditionalFormat.${accessor} is only available on a conditional format of type ${expected}.`,
        `ConditionalFormat.${accessor}`,
      );
  };
}

export class TextConditionalFormat extends CfPart {
  readonly _typeName = "TextConditionalFormat";
  private _format?: ConditionalRangeFormat;
  constructor(context: RequestContext, parent: ClientObject<CfTarget>) {
    super(context, parent, "textComparison", typeCheck("ContainsText", "textComparison"));
  }
  get format(): ConditionalRangeFormat {
    return (this._format ??= new ConditionalRangeFormat(this.context, this, "format"));
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { format: this.format };
  }
  protected _props(): PropGetters<CfTarget> {
    return { rule: (_x, t) => (t.cf.textRule ? { ...t.cf.textRule } : null) };
  }
  get rule(): { operator: string; text: string } {
    return this._get("rule");
  }
  set rule(v: { operator: string; text: string }) {
    this._set(
      "rule",
      v,
      (_x, t) => {
        const rule = checkTextRule(v, "TextConditionalFormat.rule");
        assertCfEditable(t, "TextConditionalFormat.rule");
        t.cf.textRule = rule;
      },
      SINCE,
    );
  }
}

export class CellValueConditionalFormat extends CfPart {
  readonly _typeName = "CellValueConditionalFormat";
  private _format?: ConditionalRangeFormat;
  constructor(context: RequestContext, parent: ClientObject<CfTarget>) {
    super(context, parent, "cellValue", typeCheck("CellValue", "cellValue"));
  }
  get format(): ConditionalRangeFormat {
    return (this._format ??= new ConditionalRangeFormat(this.context, this, "format"));
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { format: this.format };
  }
  protected _props(): PropGetters<CfTarget> {
    return { rule: (_x, t) => (t.cf.cellValueRule ? { ...t.cf.cellValueRule } : null) };
  }
  get rule(): { formula1: string; formula2?: string; operator: string } {
    return this._get("rule");
  }
  set rule(v: { formula1: string; formula2?: string; operator: string }) {
    this._set(
      "rule",
      v,
      (_x, t) => {
        const rule = checkCellValueRule(v, "CellValueConditionalFormat.rule");
        assertCfEditable(t, "CellValueConditionalFormat.rule");
        t.cf.cellValueRule = rule;
      },
      SINCE,
    );
  }
}

export class ConditionalFormatRule extends CfPart {
  readonly _typeName = "ConditionalFormatRule";
  protected _props(): PropGetters<CfTarget> {
    return {
      formula: (_x, t) => t.cf.customFormula ?? null,
      formulaLocal: (_x, t) => t.cf.customFormula ?? null,
    };
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set(
      "formula",
      v,
      (_x, t) => {
        if (typeof v !== "string" || v.trim() === "")
          fail(
            ErrorCode.invalidArgument,
            "The argument is invalid: rule.formula.",
            "ConditionalFormatRule.formula",
          );
        assertCfEditable(t, "ConditionalFormatRule.formula");
        t.cf.customFormula = v.startsWith("=") ? v : `=${v}`;
      },
      SINCE,
    );
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(v: string) {
    this.formula = v;
  }
}

export class CustomConditionalFormat extends CfPart {
  readonly _typeName = "CustomConditionalFormat";
  private _format?: ConditionalRangeFormat;
  private _rule?: ConditionalFormatRule;
  constructor(context: RequestContext, parent: ClientObject<CfTarget>) {
    super(context, parent, "custom", typeCheck("Custom", "custom"));
  }
  get format(): ConditionalRangeFormat {
    return (this._format ??= new ConditionalRangeFormat(this.context, this, "format"));
  }
  get rule(): ConditionalFormatRule {
    return (this._rule ??= new ConditionalFormatRule(this.context, this, "rule"));
  }
  protected override _navs(): Record<string, ClientObject<unknown>> {
    return { format: this.format, rule: this.rule };
  }
  protected _props(): PropGetters<CfTarget> {
    return {};
  }
}

export class ConditionalFormat extends ClientObject<CfTarget> {
  readonly _typeName = "ConditionalFormat";
  private _text?: TextConditionalFormat;
  private _cellValue?: CellValueConditionalFormat;
  private _custom?: CustomConditionalFormat;

  protected override _isAlive(t: CfTarget): boolean {
    return t.cf.alive && t.sheet.alive;
  }
  protected _props(): PropGetters<CfTarget> {
    return {
      id: (_x, t) => t.cf.id,
      type: (_x, t) => t.cf.type,
      priority: (_x, t) => t.sheet.cfs.indexOf(t.cf),
      stopIfTrue: (_x, t) => t.cf.stopIfTrue,
    };
  }
  get textComparison(): TextConditionalFormat {
    return (this._text ??= new TextConditionalFormat(this.context, this));
  }
  get cellValue(): CellValueConditionalFormat {
    return (this._cellValue ??= new CellValueConditionalFormat(this.context, this));
  }
  get custom(): CustomConditionalFormat {
    return (this._custom ??= new CustomConditionalFormat(this.context, this));
  }
  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._set(
      "priority",
      v,
      (_x, t) => {
        if (!Number.isInteger(v) || v < 0)
          fail(ErrorCode.invalidArgument, "The argument is invalid: priority.", "ConditionalFormat.priority");
        assertCfEditable(t, "ConditionalFormat.priority");
        const list = t.sheet.cfs.filter((c) => c !== t.cf);
        list.splice(Math.min(v, list.length), 0, t.cf);
        t.sheet.cfs = list;
      },
      SINCE,
    );
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._set(
      "stopIfTrue",
      v,
      (_x, t) => {
        assertCfEditable(t, "ConditionalFormat.stopIfTrue");
        t.cf.stopIfTrue = v === true;
      },
      SINCE,
    );
  }
  delete(): void {
    this._call(
      "delete",
      [],
      (_x, t) => {
        assertCfEditable(t, "ConditionalFormat.delete");
        deleteCf(t.sheet, t.cf);
      },
      SINCE,
    );
  }
  private _range(name: string, nullable: boolean): Range {
    return Range._derived(
      this.context,
      this,
      name,
      [],
      (x) => {
        const t = this._require(x);
        if (t.cf.ranges.length !== 1) {
          if (nullable) return null;
          fail(
            ErrorCode.invalidOperation,
            "The conditional format applies to several areas.",
            `ConditionalFormat.${name}`,
          );
        }
        return { sheet: t.sheet, rect: { ...t.cf.ranges[0] } };
      },
      nullable,
    );
  }
  getRange(): Range {
    return this._range("getRange", false);
  }
  getRangeOrNullObject(): Range {
    return this._range("getRangeOrNullObject", true);
  }
}

export class ConditionalFormatCollection extends ClientCollection<ConditionalFormat, CfTarget> {
  readonly _typeName = "ConditionalFormatCollection";
  private readonly _range: ClientObject<RangeTarget>;

  constructor(context: RequestContext, range: ClientObject<RangeTarget>) {
    super(context, range, "conditionalFormats", [], (x) => range._require(x), { pathType: 4 });
    this._range = range;
  }

  protected _list(x: Exec): CfTarget[] {
    const t = this._range._require(x);
    return cfsIntersecting(t.sheet, t.rect).map((cf) => ({ sheet: t.sheet, cf }));
  }

  protected readonly _itemClass = ConditionalFormat;

  protected override _find(x: Exec, id: string): CfTarget | null {
    return this._list(x).find((m) => m.cf.id === id) ?? null;
  }

  add(type: string): ConditionalFormat {
    const created = new ConditionalFormat(this.context, this, "add", [type], null, { bindable: true });
    this._call(
      "add",
      [type],
      (x) => {
        const t = this._range._require(x);
        assertEditable(t.sheet, t.rect, "objects", "ConditionalFormatCollection.add");
        created._bind({
          sheet: t.sheet,
          cf: addCf(x.wb, t.sheet, t.rect, type, "ConditionalFormatCollection.add"),
        });
      },
      SINCE,
    );
    return created;
  }

  getCount(): ClientResult<number> {
    return this._getCount(SINCE);
  }
  getItem(id: string): ConditionalFormat {
    return this._getItem(id, `No conditional format with id ${id}.`);
  }
  getItemAt(index: number): ConditionalFormat {
    return this._getItemAt(index, `No conditional format at index ${index}.`);
  }

  clearAll(): void {
    this._call(
      "clearAll",
      [],
      (x) => {
        const t = this._range._require(x);
        assertEditable(t.sheet, t.rect, "objects", "ConditionalFormatCollection.clearAll");
        clearCfs(t.sheet, t.rect);
      },
      SINCE,
    );
  }
}
