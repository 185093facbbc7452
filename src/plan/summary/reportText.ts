// The programme's report text: the sentences an analyst copies into the report. A formula over
// the counts in the programme's total row (src/plan/textformula.ts), so it follows every edit of
// a status or trend and reads exactly as `summary` prints it for the same counts; its cached
// result is the domain's text. Only when the formula would pass Excel's length limit (a name far
// longer than the schema allows) is it a value, with a note that it does not follow edits.
import { programReportText, type Lang, type ProgramSummary } from "../../domain";
import { COUNT_NAMES } from "../../domain/textexpr";
import { t } from "../../i18n";
import { rangeAddress } from "../a1";
import { reportTextFormula, type CountRefs } from "../textformula";
import type { PlanValue } from "../types";
import type { CountColumnId } from "./model";
import type { PlaceContext } from "./context";
import type { PlacedAreaTable } from "./areaTable";

export interface ReportTextUnit {
  title: string;
  text: string;
  lang: Lang;
  name: string;
}

export function reportText(p: ProgramSummary, lang: Lang): ReportTextUnit {
  return { title: t(lang, "wb.summary.reportTitle"), text: programReportText(p, lang), lang, name: p.name };
}

/** The look of a formula whose result is text: a non-text format (a formula in a "@" cell stays
 * text), left-aligned. */
export const TEXT_FORMULA_FORMAT = { numberFormat: "General", horizontal: "left" } as const;

/** Returns the row of the text itself. */
export function placeReportText(unit: ReportTextUnit, areas: PlacedAreaTable, ctx: PlaceContext): number {
  const refs = {
    ...Object.fromEntries(COUNT_NAMES.map((n) => [n, areas.cell(n as CountColumnId, areas.totalRow)])),
    done: areas.doneCell(areas.totalRow),
  } as CountRefs;
  const f = reportTextFormula(unit.name, unit.lang, refs);
  const value: PlanValue = f === null ? unit.text : { formula: f, result: unit.text };
  ctx.cursor.heading(unit.title, { bold: true });
  const row = ctx.cursor.mergedText(unit.text, false, value);
  ctx.cursor.mergedText(
    t(unit.lang, f === null ? "wb.summary.reportNote" : "wb.summary.reportNoteLive"),
    true,
  );
  if (f !== null) ctx.cursor.lateFormat(rangeAddress(row, 1, row, ctx.cursor.width), TEXT_FORMULA_FORMAT);
  return row;
}
