// A live line under a programme's area table: how many status and trend cells of the programme
// hold a value the parser rejects ("2 celler har en okänd status: kör Validera."), so nobody
// mistakes them for unassessed goals. The counts are formulas, so they follow every edit; the line
// is empty when all is well. Accepted spellings (" grön", "GREEN", "↑") are counted as their
// value, here as in the domain.
import type { Lang } from "../../domain";
import { t } from "../../i18n";
import { rangeAddress } from "../a1";
import { stringLiteral } from "../formula";
import { TEXT_FORMULA_FORMAT } from "./reportText";
import type { PlaceContext, ProgramPlace } from "./context";

/** IF(n>0, "n celler …", "") with the sentence of i18n around n. */
function sentence(n: string, lang: Lang, key: "status" | "trend"): string {
  const one = t(lang, `wb.summary.unknown.${key}.one`);
  const [before, after] = t(lang, `wb.summary.unknown.${key}.many`).split("{n}");
  const many = `${stringLiteral(before ?? "")}&${n}&${stringLiteral(after ?? "")}`;
  return `IF(${n}>0,IF(${n}=1,${stringLiteral(one)},${many}),"")`;
}

/** Writes the line (empty text when nothing is unknown). */
export function placeUnknown(place: ProgramPlace, ctx: PlaceContext): void {
  const status = ctx.countUnknown(place, "status");
  const trend = ctx.countUnknown(place, "trend");
  const f = `${sentence(status, ctx.lang, "status")}&IF(AND(${status}>0,${trend}>0)," ","")&${sentence(trend, ctx.lang, "trend")}`;
  // A workbook the plan writes holds labels only: nothing is unknown when it is made.
  const row = ctx.cursor.mergedText("", true, { formula: f, result: "" });
  ctx.cursor.lateFormat(rangeAddress(row, 1, row, ctx.cursor.width), TEXT_FORMULA_FORMAT);
}
