// The status × trend table of a programme: a row per status (with not assessed), a column per
// trend (with trend missing), and totals. Known status × known trend is a count of the goal table; every cell
// with a missing side is the area table's total for the known side minus the known cells beside
// it, so unrecognised values land there, as in the area table, and every row and column adds up.
import { STATUSES, STATUS_KEYS, TRENDS, type ProgramSummary, type StatusKey } from "../../domain";
import type { PlanValue } from "../types";
import {
  columnsFrom,
  formula,
  minus,
  type PlaceContext,
  type PlacedCounts,
  type ProgramPlace,
} from "./context";
import { STATUS_SWATCH } from "../colors";
import { cellAddress } from "../a1";
import {
  TREND_COLUMNS,
  columnLabel,
  countOf,
  parseColumn,
  type CountColumnId,
  type ModelRow,
  type SummaryTable,
  type TableWording,
} from "./model";

const CROSS_COLUMNS: readonly CountColumnId[] = [...TREND_COLUMNS, "total"];

export function statusTrendTable(p: ProgramSummary, w: TableWording): SummaryTable {
  return {
    id: "statusTrend",
    title: w.crossTitle(p.name),
    corner: w.corner,
    columns: CROSS_COLUMNS.map((id) => ({ id, label: columnLabel(id, w) })),
    rows: [
      ...STATUS_KEYS.map((s): ModelRow => ({
        role: "status",
        key: s,
        label: w.status(s),
        values: CROSS_COLUMNS.map((id) => {
          const c = parseColumn(id);
          return c.group === "trend" ? p.cross[s][c.key] : p.status[s];
        }),
      })),
      { role: "total", key: null, label: w.sum, values: CROSS_COLUMNS.map((id) => countOf(p, id)) },
    ],
    footnotes: [],
  };
}

/** Heading, header, the status rows with their swatches, and the total row. */
export function placeStatusTrend(
  table: SummaryTable,
  place: ProgramPlace,
  areas: PlacedCounts,
  ctx: PlaceContext,
): { headerRow: number } {
  const { cursor } = ctx;
  const col = columnsFrom(table.columns.map((c) => c.id));
  const total = (id: CountColumnId): string => areas.cell(id, areas.totalRow);

  if (table.title !== null) cursor.heading(table.title, { bold: true });
  const headerRow = cursor.headerRow([table.corner, ...table.columns.map((c) => c.label)]);
  const first = cursor.row;
  const rowOf = new Map(table.rows.map((r, i) => [r.key, first + i]));
  const knownTrendCells = (row: number): string[] => TRENDS.map((tr) => `${col(`trend.${tr}`)}${row}`);

  const cellFor = (r: ModelRow, row: number, id: CountColumnId, result: number): PlanValue => {
    const c = parseColumn(id);
    // The total row and the total column repeat the area table's totals.
    if (r.role === "total") return formula(total(id), result);
    const s = r.key as StatusKey;
    if (c.group === "total") return formula(total(`status.${s}`), result);
    if (c.group !== "trend") throw new Error(`unexpected column ${id}`);
    if (s !== "missing" && c.key !== "missing")
      return formula(ctx.count({ place, status: s, trend: c.key }), result);
    if (c.key === "missing") return formula(minus(total(`status.${s}`), knownTrendCells(row)), result);
    const known = STATUSES.map((st) => `${col(id)}${rowOf.get(st) ?? 0}`);
    return formula(minus(total(id), known), result);
  };

  cursor.write(
    table.rows.map((r, i) => [
      r.label,
      ...table.columns.map((c, j) => cellFor(r, first + i, c.id, r.values[j] ?? 0)),
    ]),
  );
  for (const s of STATUSES) {
    cursor.format(cellAddress(rowOf.get(s) ?? 0, 1), {
      fill: STATUS_SWATCH[s].fill,
      fontColor: STATUS_SWATCH[s].fontColor,
      bold: true,
    });
  }
  cursor.totalRow(first + table.rows.length - 1, 1 + table.columns.length);
  return { headerRow };
}
