// The programme's report text, as values (not formulas): the sentences an analyst copies into the
// report, and a note that they do not follow later edits until the sheet is refreshed.
import { programReportText, type Lang, type ProgramSummary } from "../../domain";
import { t } from "../../i18n";
import type { PlaceContext } from "./context";

export interface ReportTextUnit {
  title: string;
  text: string;
  note: string;
}

export function reportText(p: ProgramSummary, lang: Lang): ReportTextUnit {
  return {
    title: t(lang, "wb.summary.reportTitle"),
    text: programReportText(p, lang),
    note: t(lang, "wb.summary.reportNote"),
  };
}

/** Returns the row of the text itself. */
export function placeReportText(unit: ReportTextUnit, ctx: PlaceContext): number {
  ctx.cursor.heading(unit.title, { bold: true });
  const row = ctx.cursor.mergedText(unit.text, false);
  ctx.cursor.mergedText(unit.note, true);
  return row;
}
