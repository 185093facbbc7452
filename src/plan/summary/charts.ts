// The summary sheet's charts: per programme a 100 % stacked bar chart with one bar per target
// area, by status (red / yellow / green / not assessed), and one by trend (up / flat / down /
// missing), both with the counts as data labels. They read the area table's count cells (the live
// formulas), never copies of the values, so a chart follows an official's edit as the table does.
//
// Placement: right of the widest table (the area table with its share columns), one column apart,
// the two charts side by side, from the programme's heading down to the last row of its status ×
// trend table. Every programme's block is taller than that span (the report text follows), so the
// charts of two programmes never meet, and no chart covers a cell of a table.
import type { Lang } from "../../domain";
import { t } from "../../i18n";
import { cellAddress, rangeAddress } from "../a1";
import { CHART_MISSING_FILL, CHART_OUTLINE, STATUS_SWATCH, TREND_SWATCH, type Color } from "../colors";
import type { ChartPlan, ChartSeriesPlan } from "../types";
import type { PlacedYears } from "./yearPlace";
import {
  STATUS_COLUMNS,
  TREND_COLUMNS,
  columnLabel,
  parseColumn,
  type CountColumnId,
  type SummaryTable,
  type TableWording,
} from "./model";

/** Every chart the add-in draws is named so: a rewrite finds (and replaces) exactly its own. */
export const CHART_NAME_PREFIX = "Maluppfoljning_Diagram_";

/** Columns a chart is wide, and the empty columns before each chart. */
export const CHART_COLUMNS = 6;
const CHART_GAP = 1;

/** Where a programme's area table and status × trend table landed (SummaryBlockLayout's rows). */
export interface ChartBlock {
  headingRow: number;
  headerRow: number;
  areaRows: { areaId: string; row: number }[];
  /** The last row of the status × trend table (its total row). */
  lastRow: number;
}

function fillOf(id: CountColumnId): Color {
  const c = parseColumn(id);
  if (c.group === "status") return c.key === "missing" ? CHART_MISSING_FILL : STATUS_SWATCH[c.key].fill;
  if (c.group === "trend") return c.key === "missing" ? CHART_MISSING_FILL : TREND_SWATCH[c.key].fill;
  throw new Error(`no chart series for ${id}`);
}

/**
 * The two charts of one programme. `table` is its area table (the cached counts), `index` its
 * position on the sheet (the charts' names), `firstColumn` the sheet column right of the tables.
 */
export function programCharts(
  table: SummaryTable,
  block: ChartBlock,
  index: number,
  firstColumn: number,
  w: TableWording,
  lang: Lang,
): ChartPlan[] {
  if (block.areaRows.length === 0 || table.title === null) return [];
  const program = table.title;
  const columnOf = (id: CountColumnId): number => 2 + table.columns.findIndex((c) => c.id === id);
  const areaRows = table.rows.filter((r) => r.role === "area");
  const first = block.areaRows[0].row;
  const last = block.areaRows[block.areaRows.length - 1].row;

  const chart = (group: "status" | "trend", ids: readonly CountColumnId[], slot: number): ChartPlan => {
    const series = ids.map((id): ChartSeriesPlan => {
      const col = columnOf(id);
      const j = table.columns.findIndex((c) => c.id === id);
      return {
        key: id,
        nameCell: cellAddress(block.headerRow, col),
        name: columnLabel(id, w),
        values: rangeAddress(first, col, last, col),
        cached: areaRows.map((r) => r.values[j] ?? 0),
        fill: fillOf(id),
      };
    });
    const left = firstColumn + CHART_GAP + slot * (CHART_COLUMNS + CHART_GAP);
    const title = t(lang, `wb.chart.${group}.title`, { program });
    return {
      name: `${CHART_NAME_PREFIX}${index + 1}_${group === "status" ? "Status" : "Trend"}`,
      kind: "barStacked100",
      title,
      altTitle: title,
      altDescription: t(lang, `wb.chart.${group}.alt`, {
        program,
        series: series.map((s) => s.name).join(", "),
      }),
      categories: rangeAddress(first, 1, last, 1),
      categoryNames: areaRows.map((r) => r.label),
      series,
      labelFormat: "0;-0;;",
      outline: CHART_OUTLINE,
      anchor: rangeAddress(block.headingRow, left, block.lastRow, left + CHART_COLUMNS - 1),
    };
  };
  return [chart("status", STATUS_COLUMNS, 0), chart("trend", TREND_COLUMNS, 1)];
}

/**
 * The third chart of a programme with history: its status per year (one bar per year, the
 * follow-up year last), over the year table's cells (yearTable.ts), right of the other two and
 * over the same rows.
 */
export function yearChart(
  table: SummaryTable,
  placed: PlacedYears,
  program: string,
  block: ChartBlock,
  index: number,
  firstColumn: number,
  w: TableWording,
  lang: Lang,
): ChartPlan {
  const name = (id: CountColumnId): string => columnLabel(id, w);
  const series = STATUS_COLUMNS.map((id): ChartSeriesPlan => {
    const j = table.columns.findIndex((c) => c.id === id);
    const [cellFirst, cellLast] = [placed.cell(id, placed.firstRow), placed.cell(id, placed.lastRow)];
    return {
      key: id,
      nameCell: placed.cell(id, placed.headerRow),
      name: name(id),
      values: `${cellFirst}:${cellLast}`,
      cached: table.rows.map((r) => r.values[j] ?? 0),
      fill: fillOf(id),
    };
  });
  const left = firstColumn + CHART_GAP + 2 * (CHART_COLUMNS + CHART_GAP);
  const title = t(lang, "wb.chart.years.title", { program });
  return {
    name: `${CHART_NAME_PREFIX}${index + 1}_Ar`,
    kind: "barStacked100",
    title,
    altTitle: title,
    altDescription: t(lang, "wb.chart.years.alt", {
      program,
      series: series.map((s) => s.name).join(", "),
    }),
    categories: rangeAddress(placed.firstRow, 1, placed.lastRow, 1),
    categoryNames: table.rows.map((r) => r.label),
    series,
    labelFormat: "0;-0;;",
    outline: CHART_OUTLINE,
    anchor: rangeAddress(block.headingRow, left, block.lastRow, left + CHART_COLUMNS - 1),
  };
}
