/**
 * Conditional formats: a sheet-level list in priority order (index 0 = highest priority), each
 * applying to one or more rectangles.
 */
import { ErrorCode, fail } from "./errors";
import { type Rect, intersect, subtract } from "./address";
import type { CfModel, CfType, SheetModel, WorkbookModel } from "./model";

export const SUPPORTED_CF_TYPES: readonly CfType[] = ["ContainsText", "CellValue", "Custom"];
export const ALL_CF_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

export const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];
export const CELL_VALUE_OPERATORS = [
  "Invalid",
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

export function addCf(wb: WorkbookModel, sheet: SheetModel, r: Rect, type: unknown, where: string): CfModel {
  if (typeof type !== "string" || !ALL_CF_TYPES.includes(type))
    fail(
      ErrorCode.invalidArgument,
      `The argument is invalid: conditional format type '${String(type)}'.`,
      where,
    );
  if (!(SUPPORTED_CF_TYPES as readonly string[]).includes(type as string))
    fail(
      ErrorCode.notImplemented,
      `The emulator does not implement conditional format type '${String(type)}'.`,
      where,
    );
  wb.counters.cf += 1;
  const cf: CfModel = {
    id: `{CF${String(wb.counters.cf).padStart(6, "0")}}`,
    type: type as CfType,
    ranges: [{ ...r }],
    stopIfTrue: false,
    format: {},
    alive: true,
  };
  // Appended: creation order is priority order (index 0 first).
  sheet.cfs.push(cf);
  return cf;
}

export function cfsIntersecting(sheet: SheetModel, r: Rect): CfModel[] {
  return sheet.cfs.filter((cf) => cf.ranges.some((x) => intersect(x, r)));
}

/** Removes conditional formatting from the cells of `r`, as Excel's clearAll on a range does. */
export function clearCfs(sheet: SheetModel, r: Rect): void {
  for (const cf of sheet.cfs) cf.ranges = cf.ranges.flatMap((x) => subtract(x, r));
  for (const cf of sheet.cfs) if (!cf.ranges.length) cf.alive = false;
  sheet.cfs = sheet.cfs.filter((cf) => cf.alive);
}

export function deleteCf(sheet: SheetModel, cf: CfModel): void {
  cf.alive = false;
  sheet.cfs = sheet.cfs.filter((x) => x !== cf);
}

export function checkTextRule(input: unknown, where: string): { operator: string; text: string } {
  const o = input as { operator?: unknown; text?: unknown } | null;
  if (
    !o ||
    typeof o !== "object" ||
    typeof o.text !== "string" ||
    !TEXT_OPERATORS.includes(String(o.operator))
  )
    fail(
      ErrorCode.invalidArgument,
      "The argument is invalid: textComparison.rule needs operator and text.",
      where,
    );
  return { operator: String(o!.operator), text: o!.text as string };
}

export function checkCellValueRule(
  input: unknown,
  where: string,
): { formula1: string; formula2?: string; operator: string } {
  const o = input as { operator?: unknown; formula1?: unknown; formula2?: unknown } | null;
  const ok =
    o &&
    typeof o === "object" &&
    (typeof o.formula1 === "string" || typeof o.formula1 === "number") &&
    CELL_VALUE_OPERATORS.includes(String(o.operator)) &&
    o.operator !== "Invalid";
  if (!ok)
    fail(
      ErrorCode.invalidArgument,
      "The argument is invalid: cellValue.rule needs formula1 and operator.",
      where,
    );
  const two = o!.operator === "Between" || o!.operator === "NotBetween";
  if (two && typeof o!.formula2 !== "string" && typeof o!.formula2 !== "number")
    fail(ErrorCode.invalidArgument, "The argument is invalid: cellValue.rule needs formula2.", where);
  return {
    formula1: String(o!.formula1),
    operator: String(o!.operator),
    ...(two ? { formula2: String(o!.formula2) } : {}),
  };
}
