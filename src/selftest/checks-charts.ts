// The summary's charts as the add-in draws them (src/excel/charts.ts): a 100 % stacked bar chart
// added over one column of counts, then every series set by hand (name, values, categories,
// fill, labels). Read back, the chart has the planned name, title and series, and the labels'
// number format: what the summary sheet relies on in Excel, where the emulator only stores calls.
import { WriteBatch } from "../excel/batch";
import { addCharts } from "../excel/charts";
import type { ChartPlan } from "../plan";
import { all, expectEqual, guarded, queueBatch } from "./common";
import type { Check } from "./types";

function plan(name: string): ChartPlan {
  const series = (key: string, column: string, fill: string) => ({
    key,
    nameCell: `${column}40`,
    name: key,
    values: `${column}41:${column}42`,
    cached: [1, 2],
    fill,
  });
  return {
    name,
    kind: "barStacked100",
    title: "Status per målområde",
    altTitle: "Status per målområde",
    altDescription: "",
    categories: "A41:A42",
    categoryNames: ["Ett", "Två"],
    series: [series("Röd", "B", "#E06666"), series("Grön", "C", "#93C47D")],
    labelFormat: "0;-0;;",
    outline: "#404040",
    anchor: "E40:J52",
  };
}

export const chartCheck: Check = {
  id: "chart-series",
  description: { key: "st.check.chart" },
  approximation: "st.approx.chart",
  needsSheet: true,
  run: (host, { sheet, prefix }) =>
    guarded(() =>
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const cells = ws.getRange("A40:C42");
        cells.values = [
          ["Område", "Röd", "Grön"],
          ["Ett", 1, 0],
          ["Två", 2, 3],
        ];
        const p = plan(`${prefix}Chart`);
        const batch = new WriteBatch();
        addCharts(batch, sheet, [p]);
        queueBatch(context, batch);
        await context.sync();
        const chart = ws.charts.getItem(p.name);
        chart.load("name,chartType");
        // The rule takes these navigation properties for loaded values; they are proxies.
        // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
        const title = chart.title;
        title.load("text");
        // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
        const series = chart.series;
        series.load("items/name");
        const labels = series.getItemAt(1).dataLabels;
        labels.load("numberFormat");
        await context.sync();
        return all(
          expectEqual([p.name, "BarStacked100"], [chart.name, chart.chartType]),
          expectEqual(p.title, title.text),
          expectEqual(
            p.series.map((s) => s.name),
            series.items.map((s) => s.name),
          ),
          expectEqual(p.labelFormat, labels.numberFormat),
        );
      }),
    ),
};
