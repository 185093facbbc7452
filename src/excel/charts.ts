// The summary sheet's charts drawn with Office.js, from the same ChartPlan the CLI's .xlsx is
// written from (src/plan/summary/charts.ts, src/xlsx/charts.ts): 100 % stacked bars over the
// area table's live count cells, one series per status or trend, its fill, the counts as labels.
//
// What Office.js cannot say, and so differs from the CLI's file: a series' name is a fixed text
// (ChartSeries.name), not a reference to its header cell (the headers are fixed labels, so the
// legend reads the same), and a chart has no alternative-text property (ExcelApi up to 1.18 has
// altText for PivotTables and shapes, not charts). The chart's title says what it shows.
//
// Everything used is in ExcelApi 1.8, the manifest's minimum; the ops are optional, like the
// print setup: a host that refuses a chart never stops the sheet's data from landing.
import type { ChartPlan } from "../plan";
import type { WriteBatch } from "./batch";

/** Office.js commands one chart costs: the chart, its title, axes, legend, place, and per series. */
const CHART_COMMANDS = 9;
const SERIES_COMMANDS = 12;

/** Deletes the charts on `sheet` (by name), before the add-in writes the sheet again. */
export function addChartDeletes(batch: WriteBatch, sheet: string, names: readonly string[]): void {
  if (names.length === 0) return;
  // Not optional: charts drawn again over ones left in place would stack up on every refresh.
  batch.add(`delete charts ${sheet}`, names.length, names, (context) => {
    const charts = context.workbook.worksheets.getItem(sheet).charts;
    for (const name of names) charts.getItem(name).delete();
  });
}

/** Draws each planned chart of `sheet`, one op per chart. */
export function addCharts(batch: WriteBatch, sheet: string, charts: readonly ChartPlan[]): void {
  for (const plan of charts) {
    const commands = CHART_COMMANDS + SERIES_COMMANDS * plan.series.length;
    batch.addOptional(`chart ${sheet}!${plan.name}`, commands, plan, (context) => {
      queueChart(context.workbook.worksheets.getItem(sheet), plan);
    });
  }
}

function queueChart(ws: Excel.Worksheet, plan: ChartPlan): void {
  const first = plan.series[0];
  if (first === undefined) return;
  // Added over the first series' counts alone (one column, so one series), then every series
  // set explicitly: what Excel would guess from a wider range is not what the plan says.
  const chart = ws.charts.add("BarStacked100", ws.getRange(first.values), "Columns");
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
  // The first area on top, as in the table; the value axis then crosses at the last category.
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.axes.categoryAxis.position = "Maximum";
  chart.axes.valueAxis.numberFormat = "0%";
  const categories = ws.getRange(plan.categories);
  plan.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.setValues(ws.getRange(s.values));
    series.setXAxisValues(categories);
    series.gapWidth = 60;
    series.overlap = 100;
    series.format.fill.setSolidColor(s.fill);
    series.format.line.color = plan.outline;
    series.format.line.weight = 0.5;
    series.hasDataLabels = true;
    series.dataLabels.showValue = true;
    series.dataLabels.numberFormat = plan.labelFormat;
    series.dataLabels.position = "Center";
  });
  const [start, end] = plan.anchor.split(":");
  chart.setPosition(start, end ?? start);
}
