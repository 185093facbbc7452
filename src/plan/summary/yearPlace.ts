// The table per year placed on the summary sheet (yearTable.ts builds it): the earlier years as
// numbers, the comparison year and the follow-up year as references. Apart from yearTable.ts,
// which the pane's first load takes (present/history.ts), so that the placing and the counts'
// context (context.ts, live.ts) load with the adapter only.
import { columnsFrom, formula, type PlaceContext, type PlacedCounts } from "./context";
import type { CountColumnId, SummaryTable } from "./model";

/** Where the year table landed: its header and its year rows (the chart's categories). */
export interface PlacedYears {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** "C20": the year table's cell of column `id` on `row`. */
  cell(id: CountColumnId, row: number): string;
}

/**
 * Heading, header, the earlier years as numbers, the follow-up year as references to the area
 * table, and the comparison year (`comparison`: its year and its placed table's total row) as
 * references to that.
 */
export function placeYearTable(
  table: SummaryTable,
  areas: PlacedCounts,
  ctx: PlaceContext,
  comparison: { year: number; counts: PlacedCounts } | null = null,
): PlacedYears {
  const { cursor } = ctx;
  if (table.title !== null) cursor.heading(table.title, { bold: true });
  const headerRow = cursor.headerRow([table.corner, ...table.columns.map((c) => c.label)]);
  const last = table.rows.length - 1;
  const firstRow = cursor.write(
    table.rows.map((r, i) => [
      r.label,
      ...table.columns.map((c, j) => {
        if (i === last) return formula(areas.cell(c.id, areas.totalRow), r.values[j] ?? 0);
        if (comparison !== null && r.key === String(comparison.year))
          return formula(comparison.counts.cell(c.id, comparison.counts.totalRow), r.values[j] ?? 0);
        return r.values[j] ?? 0;
      }),
    ]),
  );
  const col = columnsFrom(table.columns.map((c) => c.id));
  return { headerRow, firstRow, lastRow: firstRow + last, cell: (id, row) => `${col(id)}${row}` };
}
