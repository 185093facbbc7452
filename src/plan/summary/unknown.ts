// A live line under a programme's area table: how many status and trend cells of the programme
// hold a value that is not empty and not a label ("2 celler har en okänd status: kör Validera."),
// so nobody mistakes them for unassessed goals. The counts are formulas (non-empty cells minus
// the cells counted by label in the total row), so they follow every edit; empty when all is well.
// The sheet's counts match the labels exactly (any case): other spellings the validator would
// fix count here until the official runs Validera.
import type { Lang } from "../../domain";
import { t } from "../../i18n";
import { rangeAddress } from "../a1";
import { stringLiteral } from "../formula";
import { TEXT_FORMULA_FORMAT } from "./reportText";
import { minus, type PlaceContext, type PlacedCounts } from "./context";

/** `COUNTIFS(..., column, "<>")` minus the labelled counts: cells with an unknown value. */
function unknownCount(
  ctx: PlaceContext,
  name: string,
  column: "status" | "trend",
  areas: PlacedCounts,
): string {
  const known =
    column === "status"
      ? (["status.red", "status.yellow", "status.green"] as const)
      : (["trend.up", "trend.flat", "trend.down"] as const);
  const nonEmpty = ctx.countifsRaw([ctx.program(name)], [ctx.header(column), "<>"]);
  return `(${minus(
    nonEmpty,
    known.map((id) => areas.cell(id, areas.totalRow)),
  )})`;
}

/** IF(n>0, "n celler …", "") with the sentence of i18n around n. */
function sentence(n: string, lang: Lang, key: "status" | "trend"): string {
  const one = t(lang, `wb.summary.unknown.${key}.one`);
  const [before, after] = t(lang, `wb.summary.unknown.${key}.many`).split("{n}");
  const many = `${stringLiteral(before ?? "")}&${n}&${stringLiteral(after ?? "")}`;
  return `IF(${n}>0,IF(${n}=1,${stringLiteral(one)},${many}),"")`;
}

/** Writes the line (empty text when nothing is unknown). */
export function placeUnknown(name: string, areas: PlacedCounts, ctx: PlaceContext): void {
  const status = unknownCount(ctx, name, "status", areas);
  const trend = unknownCount(ctx, name, "trend", areas);
  const f = `${sentence(status, ctx.lang, "status")}&IF(AND(${status}>0,${trend}>0)," ","")&${sentence(trend, ctx.lang, "trend")}`;
  // A workbook the plan writes holds labels only: nothing is unknown when it is made.
  const row = ctx.cursor.mergedText("", true, { formula: f, result: "" });
  ctx.cursor.lateFormat(rangeAddress(row, 1, row, ctx.cursor.width), TEXT_FORMULA_FORMAT);
}
