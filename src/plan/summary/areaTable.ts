// The per-programme area table: a row per målområde and a total row, counted by status and trend.
//
// Every count is a COUNTIFS over the goal table's structured references, so it follows an
// official's edit at once, and carries the domain's value as its cached result.
// "Not assessed" is goals − every status, not a count of blanks: a status that is neither a label
// nor empty (a typo, another spelling) is then still counted somewhere, and every row adds up to
// the goals. "Trend missing" likewise. The domain's summarize() counts unrecognised values as
// missing too, so the two agree.
// The total row counts by programme only (not the sum of the area rows): a goal whose area cell
// matches no area of the programme is then visible as total ≠ sum of the rows.
import { STATUSES, TRENDS, type ProgramSummary } from "../../domain";
import { STATUS_SWATCH } from "../colors";
import type { PlanValue } from "../types";
import { columnsFrom, formula, minus, type Criterion, type PlaceContext, type PlacedCounts } from "./context";
import {
  COUNT_COLUMNS,
  countColumns,
  countOf,
  parseColumn,
  sharesOf,
  type CountColumnId,
  type ModelRow,
  type SummaryTable,
  type TableWording,
} from "./model";

export function areaTable(p: ProgramSummary, w: TableWording): SummaryTable {
  return {
    id: "areas",
    title: p.name,
    corner: w.area,
    columns: countColumns(w),
    rows: [
      ...p.areas.map((a): ModelRow => ({
        role: "area",
        key: a.id,
        label: a.name,
        values: COUNT_COLUMNS.map((id) => countOf(a, id)),
      })),
      {
        role: "total",
        key: null,
        label: w.sum,
        values: COUNT_COLUMNS.map((id) => countOf(p, id)),
        shares: sharesOf(p, COUNT_COLUMNS),
      },
    ],
    footnotes: [],
  };
}

export interface PlacedAreaTable extends PlacedCounts {
  headerRow: number;
  areaRows: { areaId: string; row: number }[];
}

/** Heading, header row with status swatches, the area rows and the total row. */
export function placeAreaTable(table: SummaryTable, p: ProgramSummary, ctx: PlaceContext): PlacedAreaTable {
  const { cursor } = ctx;
  const col = columnsFrom(table.columns.map((c) => c.id));
  const cell = (id: CountColumnId, row: number): string => `${col(id)}${row}`;
  const width = 1 + table.columns.length;

  if (table.title !== null) cursor.heading(table.title, { bold: true, fontSize: 13 });
  const headerRow = cursor.headerRow([table.corner, ...table.columns.map((c) => c.label)]);
  for (const s of STATUSES) {
    cursor.format(cell(`status.${s}`, headerRow), {
      fill: STATUS_SWATCH[s].fill,
      fontColor: STATUS_SWATCH[s].fontColor,
    });
  }

  const first = cursor.row;
  const areaNames = new Map(p.areas.map((a) => [a.id, a.name]));
  const rows: PlanValue[][] = table.rows.map((r, i) => {
    const row = first + i;
    const where: Criterion[] = [ctx.program(p.name)];
    if (r.role === "area") where.push(ctx.area(areaNames.get(r.key ?? "") ?? r.label));
    return [
      r.label,
      ...table.columns.map((c, j): PlanValue => {
        const result = r.values[j] ?? 0;
        const parsed = parseColumn(c.id);
        if (parsed.group === "total") return formula(ctx.countifs(where), result);
        if (parsed.group === "status") {
          if (parsed.key !== "missing")
            return formula(ctx.countifs([...where, ctx.status(parsed.key)]), result);
          return formula(
            minus(
              cell("total", row),
              STATUSES.map((s) => cell(`status.${s}`, row)),
            ),
            result,
          );
        }
        if (parsed.key !== "missing") return formula(ctx.countifs([...where, ctx.trend(parsed.key)]), result);
        return formula(
          minus(
            cell("total", row),
            TRENDS.map((tr) => cell(`trend.${tr}`, row)),
          ),
          result,
        );
      }),
    ];
  });
  cursor.write(rows);
  const totalRow = first + table.rows.findIndex((r) => r.role === "total");
  cursor.totalRow(totalRow, width);

  return {
    headerRow,
    areaRows: table.rows.flatMap((r, i) =>
      r.role === "area" ? [{ areaId: r.key ?? "", row: first + i }] : [],
    ),
    totalRow,
    cell,
  };
}
