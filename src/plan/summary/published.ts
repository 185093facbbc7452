// The figures the source document published for a programme, and counted − published, under the
// area table's columns. Only when the source published any; it publishes no "not assessed".
import type { ProgramSummary, ReportedFigures } from "../../domain";
import { rangeAddress } from "../a1";
import type { PlanValue } from "../types";
import { formula, type PlaceContext, type PlacedCounts } from "./context";
import {
  COUNT_COLUMNS,
  countColumns,
  countOf,
  parseColumn,
  type CountColumnId,
  type SummaryTable,
  type TableWording,
} from "./model";

function publishedOf(reported: ReportedFigures, id: CountColumnId): number | null {
  const col = parseColumn(id);
  if (col.group === "total") return reported.total;
  if (col.key === "missing") return null;
  return col.group === "status" ? reported.status[col.key] : reported.trend[col.key];
}

export function publishedTable(p: ProgramSummary, reported: ReportedFigures, w: TableWording): SummaryTable {
  const published = COUNT_COLUMNS.map((id) => publishedOf(reported, id));
  return {
    id: "published",
    title: null,
    corner: w.area,
    columns: countColumns(w),
    rows: [
      { role: "published", key: null, label: w.reported, values: published },
      {
        role: "difference",
        key: null,
        label: w.difference,
        values: COUNT_COLUMNS.map((id, i) => {
          const r = published[i];
          return r === null ? null : countOf(p, id) - r;
        }),
      },
    ],
    footnotes: [],
  };
}

export interface PlacedPublished {
  reportedRow: number;
  differenceRow: number;
}

/** Two rows, italic, right under the area table's columns; the difference as formulas. */
export function placePublished(table: SummaryTable, areas: PlacedCounts, ctx: PlaceContext): PlacedPublished {
  const { cursor } = ctx;
  const reportedRow = cursor.row;
  const differenceRow = reportedRow + 1;
  const [published, difference] = table.rows;
  const rows: PlanValue[][] = [
    [published.label, ...published.values],
    [
      difference.label,
      ...table.columns.map((c, i): PlanValue => {
        const result = difference.values[i];
        if (result === null) return null;
        return formula(`${areas.cell(c.id, areas.totalRow)}-${areas.cell(c.id, reportedRow)}`, result);
      }),
    ],
  ];
  cursor.write(rows);
  const width = 1 + table.columns.length;
  cursor.format(rangeAddress(reportedRow, 1, differenceRow, width), { italic: true });
  cursor.format(rangeAddress(differenceRow, 1, differenceRow, width), { borderTop: true });
  return { reportedRow, differenceRow };
}
