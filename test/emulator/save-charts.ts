/**
 * The emulator's charts in its saved .xlsx: each chart the model holds becomes the ChartPlan the
 * CLI's writer takes (src/xlsx/charts.ts), so that the saved workbook holds the charts an adapter
 * drew, written the same way as the CLI's, and LibreOffice opens it with them.
 *
 * Only what the add-in draws is written (100 % stacked bars whose every series has values,
 * categories and a fill); any other chart is left out of the file, as ExcelJS would. Office.js
 * names a series by a text and gives a chart no alternative text, so the saved series carry their
 * names as text and the drawing's alternative text is empty.
 */
import type { ChartPlan, ChartSeriesPlan } from "../../src/plan";
import { withCharts } from "../../src/xlsx/charts";
import { formatRect, type Rect } from "./address";
import { cellValue } from "./cells";
import type { ChartModel, SheetModel, WorkbookModel } from "./model";

/** The values of a range as `range.values` gives them (formulas evaluated), row by row. */
export type ValueReader = (sheet: SheetModel, r: Rect) => unknown[];

/** Cell values as stored: formulas not evaluated (what a bare model has). */
const storedValues: ValueReader = (sheet, r) => {
  const out: unknown[] = [];
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++) out.push(cellValue(sheet, row, col));
  return out;
};

/** The plan of a chart the model holds, or null for one the writer does not draw. */
export function chartPlanOf(
  sheet: SheetModel,
  chart: ChartModel,
  cells: ValueReader = storedValues,
): ChartPlan | null {
  if (chart.type !== "BarStacked100" || chart.series.length === 0 || chart.position === null) return null;
  const categories = chart.series[0].xValues;
  if (categories === null) return null;
  const series: ChartSeriesPlan[] = [];
  for (const s of chart.series) {
    if (s.values === null || s.fill === null) return null;
    series.push({
      key: s.name,
      nameCell: "",
      name: s.name,
      values: formatRect(s.values),
      cached: cells(sheet, s.values).map((v) => (typeof v === "number" ? v : 0)),
      fill: s.fill,
    });
  }
  const first = chart.series[0];
  const { start, end } = chart.position;
  return {
    name: chart.name,
    kind: "barStacked100",
    title: chart.title,
    altTitle: "",
    altDescription: "",
    categories: formatRect(categories),
    categoryNames: cells(sheet, categories).map(String),
    series,
    labelFormat: first.labels.numberFormat,
    outline: first.line.color ?? "#000000",
    anchor: `${formatRect(start).split(":")[0]}:${formatRect(end).split(":").pop()}`,
  };
}

/** `bytes` (the emulator's workbook as ExcelJS wrote it) with the model's charts added. */
export async function withModelCharts(
  bytes: Buffer,
  model: WorkbookModel,
  lang: string,
  cells: ValueReader = storedValues,
): Promise<Buffer> {
  const sheets = model.sheets.map((s) => ({
    name: s.name,
    charts: s.charts.map((c) => chartPlanOf(s, c, cells)).filter((c): c is ChartPlan => c !== null),
  }));
  return withCharts(bytes, sheets, lang);
}
