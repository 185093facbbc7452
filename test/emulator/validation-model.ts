/**
 * Data validation, stored per cell (shared objects), so it moves with its cells on insert/delete.
 */
import { ErrorCode, fail } from "./errors";
import { type Rect, cellCount, parseAddress } from "./address";
import {
  type DvErrorAlert,
  type DvPrompt,
  type DvRule,
  type DvSettings,
  type Scalar,
  type SheetModel,
  cellAt,
  forEachStoredCell,
  getCell,
  pruneCell,
} from "./model";
import { type FormulaValueHook, cellValue } from "./cells";

/** Excel refuses a literal list longer than this (the comma-separated source text). */
export const LIST_SOURCE_MAX = 255;

export function defaultDv(): DvSettings {
  return {
    rule: null,
    ignoreBlanks: true,
    prompt: { showPrompt: false, title: "", message: "" },
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  };
}

const RULE_KEYS = ["list", "custom", "wholeNumber", "decimal", "textLength", "date", "time"] as const;
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Checks the rule as Excel would and returns a private copy. */
export function checkRule(input: unknown, where: string): DvRule {
  const bad = (why: string): never =>
    fail(ErrorCode.invalidArgument, `The argument is invalid: ${why}.`, where);
  if (!isRecord(input)) return bad("a data validation rule must be an object");
  const keys = Object.keys(input).filter((k) => input[k] !== undefined);
  if (keys.length !== 1 || !(RULE_KEYS as readonly string[]).includes(keys[0]))
    return bad("a data validation rule needs exactly one of " + RULE_KEYS.join(", "));
  const k = keys[0] as (typeof RULE_KEYS)[number];
  const body = input[k];
  if (!isRecord(body)) return bad(`rule.${k} must be an object`);
  if (k === "list") {
    const source = body.source;
    if (typeof source !== "string" || source.trim() === "")
      return bad("rule.list.source must be non-empty text");
    if (!source.startsWith("=") && source.length > LIST_SOURCE_MAX)
      bad(`a list source cannot be longer than ${LIST_SOURCE_MAX} characters`);
    return { list: { inCellDropDown: body.inCellDropDown !== false, source } };
  }
  if (k === "custom") {
    if (typeof body.formula !== "string" || body.formula === "")
      return bad("rule.custom.formula must be text");
    return { custom: { formula: body.formula } };
  }
  if (typeof body.operator !== "string" || !OPERATORS.includes(body.operator))
    return bad(`rule.${k}.operator`);
  if (typeof body.formula1 !== "string" && typeof body.formula1 !== "number")
    return bad(`rule.${k}.formula1`);
  const twoSided = body.operator === "Between" || body.operator === "NotBetween";
  if (twoSided && typeof body.formula2 !== "string" && typeof body.formula2 !== "number")
    return bad(`rule.${k}.formula2`);
  const basic = {
    operator: body.operator,
    formula1: body.formula1,
    ...(twoSided ? { formula2: body.formula2 as string | number } : {}),
  };
  return { [k]: basic } as DvRule;
}

export function checkPrompt(input: unknown, current: DvPrompt, where: string): DvPrompt {
  if (!isRecord(input)) return fail(ErrorCode.invalidArgument, "The argument is invalid: prompt.", where);
  return {
    showPrompt: typeof input.showPrompt === "boolean" ? input.showPrompt : current.showPrompt,
    title: typeof input.title === "string" ? input.title : current.title,
    message: typeof input.message === "string" ? input.message : current.message,
  };
}

export function checkErrorAlert(input: unknown, current: DvErrorAlert, where: string): DvErrorAlert {
  if (!isRecord(input)) return fail(ErrorCode.invalidArgument, "The argument is invalid: errorAlert.", where);
  if (input.style !== undefined && !["Stop", "Warning", "Information"].includes(String(input.style)))
    fail(ErrorCode.invalidArgument, "The argument is invalid: errorAlert.style.", where);
  return {
    showAlert: typeof input.showAlert === "boolean" ? input.showAlert : current.showAlert,
    style: typeof input.style === "string" ? input.style : current.style,
    title: typeof input.title === "string" ? input.title : current.title,
    message: typeof input.message === "string" ? input.message : current.message,
  };
}

/** Applies `fn` to every cell's validation in `r`, sharing one result per distinct input. */
export function patchDv(sheet: SheetModel, r: Rect, fn: (dv: DvSettings) => DvSettings | undefined): void {
  const cache = new Map<DvSettings | undefined, DvSettings | undefined>();
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++) {
      const existing = getCell(sheet, row, col);
      const old = existing?.dv;
      let next: DvSettings | undefined;
      if (cache.has(old)) next = cache.get(old);
      else {
        next = fn(old ?? defaultDv());
        cache.set(old, next);
      }
      if (next === undefined) {
        if (existing) {
          delete existing.dv;
          pruneCell(sheet, row, col);
        }
      } else cellAt(sheet, row, col).dv = next;
    }
}

/** The validation shared by every cell in `r`; "none" when no cell has one, "mixed" when they differ. */
export function readDv(sheet: SheetModel, r: Rect): DvSettings | "none" | "mixed" {
  let first: DvSettings | undefined;
  let firstJson = "";
  let withDv = 0;
  let mixed = false;
  // Only stored cells can carry validation, so this stays cheap on whole columns.
  forEachStoredCell(sheet, r, (_row, _col, c) => {
    if (!c.dv) return;
    withDv++;
    if (!first) {
      first = c.dv;
      firstJson = JSON.stringify(c.dv);
    } else if (c.dv !== first && JSON.stringify(c.dv) !== firstJson) mixed = true;
  });
  if (!first) return "none";
  return mixed || withDv < cellCount(r) ? "mixed" : first;
}

/** true when every cell passes, false when none does, null when some do. Cells without validation pass. */
export function validity(sheet: SheetModel, r: Rect, hook?: FormulaValueHook): boolean | null {
  let bad = 0;
  forEachStoredCell(sheet, r, (row, col, c) => {
    if (c.dv && !isValid(sheet, c.dv, cellValue(sheet, row, col, hook))) bad++;
  });
  return bad === 0 ? true : bad === cellCount(r) ? false : null;
}

export function dvType(rule: DvRule | null): string {
  if (!rule) return "None";
  const k = Object.keys(rule)[0];
  return k.charAt(0).toUpperCase() + k.slice(1);
}

function listItems(sheet: SheetModel, source: string): string[] | null {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  try {
    const p = parseAddress(source.slice(1));
    if (p.sheet !== null && p.sheet !== sheet.name) return null;
    const items: string[] = [];
    for (let row = p.rect.r0; row <= p.rect.r1; row++)
      for (let col = p.rect.c0; col <= p.rect.c1; col++) items.push(String(cellValue(sheet, row, col)));
    return items;
  } catch {
    return null; // A name or formula source: not evaluated, every value counts as valid.
  }
}

function compare(v: number, op: string, a: number, b: number): boolean {
  switch (op) {
    case "Between":
      return v >= a && v <= b;
    case "NotBetween":
      return v < a || v > b;
    case "EqualTo":
      return v === a;
    case "NotEqualTo":
      return v !== a;
    case "GreaterThan":
      return v > a;
    case "LessThan":
      return v < a;
    case "GreaterThanOrEqualTo":
      return v >= a;
    default:
      return v <= a;
  }
}

/** Whether one value passes; list comparison is case-insensitive, like Excel's. Custom formulas are not evaluated. */
export function isValid(sheet: SheetModel, dv: DvSettings, value: Scalar): boolean {
  const rule = dv.rule;
  if (!rule) return true;
  if (value === "") return dv.ignoreBlanks;
  if (rule.list) {
    const items = listItems(sheet, rule.list.source);
    if (!items) return true;
    const v = String(value).toLocaleUpperCase();
    return items.some((i) => i.toLocaleUpperCase() === v);
  }
  const basic = rule.wholeNumber ?? rule.decimal ?? rule.textLength;
  if (basic) {
    const n = rule.textLength ? String(value).length : typeof value === "number" ? value : NaN;
    if (Number.isNaN(n) || (rule.wholeNumber && !Number.isInteger(n))) return false;
    return compare(n, basic.operator, Number(basic.formula1), Number(basic.formula2 ?? 0));
  }
  return true;
}
