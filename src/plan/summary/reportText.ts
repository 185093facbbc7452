// The programme's report text: the sentences an analyst copies into the report. A formula over
// the counts in the programme's total row (src/plan/textformula.ts), so it follows every edit of
// a status or trend and reads exactly as `summary` prints it for the same counts; its cached
// result is the domain's text. Only when the formula would pass Excel's length limit (a name far
// longer than the schema allows) is it a value, with a note that it does not follow edits.
import {
  comparisonText,
  programReportText,
  type Comparison,
  type Lang,
  type ProgramSummary,
} from "../../domain";
import { COUNT_NAMES } from "../../domain/textexpr";
import { t } from "../../i18n/comparisonSheetStrings";
import { rangeAddress } from "../a1";
import { comparisonTextFormula, reportTextFormula, type CountRefs } from "../textformula";
import type { PlanValue } from "../types";
import type { CountColumnId } from "./model";
import type { PlaceContext } from "./context";
import type { PlacedAreaTable } from "./areaTable";
import type { ComparisonRefs } from "./comparison";

/**
 * The programme's comparison for the sentence under the report text: live over `refs` (the
 * comparison tables' cells, comparison.ts), or, without them (a goal table without the "last
 * year" columns), the domain's sentence as a value.
 */
export interface ComparisonSentence {
  comparison: Comparison;
  refs: ComparisonRefs | null;
}

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

/** The rows of the text itself and of the comparison sentence (null without one). */
export interface PlacedReportText {
  row: number;
  comparisonRow: number | null;
}

export function placeReportText(
  unit: ReportTextUnit,
  areas: PlacedAreaTable,
  ctx: PlaceContext,
  comparison: ComparisonSentence | null = null,
): PlacedReportText {
  const refs = {
    ...Object.fromEntries(COUNT_NAMES.map((n) => [n, areas.cell(n as CountColumnId, areas.totalRow)])),
    done: areas.doneCell(areas.totalRow),
  } as CountRefs;
  const f = reportTextFormula(unit.name, unit.lang, refs);
  const value: PlanValue = f === null ? unit.text : { formula: f, result: unit.text };
  const { cursor } = ctx;
  cursor.heading(unit.title, { bold: true });
  const row = cursor.mergedText(unit.text, false, value);
  if (f !== null) cursor.lateFormat(rangeAddress(row, 1, row, cursor.width), TEXT_FORMULA_FORMAT);
  let comparisonRow: number | null = null;
  let live = false;
  if (comparison !== null) {
    const c = comparison.comparison;
    const sentence = comparisonText(c, unit.lang);
    const cf =
      comparison.refs === null
        ? null
        : comparisonTextFormula(c.year, unit.lang, { ...refs, ...comparison.refs });
    comparisonRow = cursor.mergedText(
      sentence,
      false,
      cf === null ? sentence : { formula: cf, result: sentence },
    );
    if (cf !== null) {
      live = true;
      cursor.lateFormat(rangeAddress(comparisonRow, 1, comparisonRow, cursor.width), TEXT_FORMULA_FORMAT);
    }
  }
  cursor.mergedText(t(unit.lang, f === null ? "wb.summary.reportNote" : "wb.summary.reportNoteLive"), true);
  if (comparison !== null)
    cursor.mergedText(t(unit.lang, live ? "cs.comparisonNote" : "cs.comparisonNoteStatic"), true);
  return { row, comparisonRow };
}
