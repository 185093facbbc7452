// The per-programme area table: a row per målområde and a total row, counted by status and trend.
//
// Every count is a formula over the goal table (context.ts, live.ts), so it follows an official's
// edit at once, and carries the domain's value as its cached result.
// "Not assessed" is goals − every status, not a count of blanks: a status that is neither a label
// nor empty (a typo, another spelling) is then still counted somewhere, and every row adds up to
// the goals. "Trend missing" likewise. The domain's summarize() counts unrecognised values as
// missing too, so the two agree.
// The total row counts the goals placed in any area of the programme, as the domain does: a goal
// whose area cell names no area of its programme is in no count (its validation error says so).
import { STATUSES, TRENDS, share, type Lang, type ProgramSummary } from "../../domain";
import { t } from "../../i18n";
import { columnLetter, rangeAddress } from "../a1";
import { STATUS_SWATCH } from "../colors";
import type { PlanValue } from "../types";
import {
  columnsFrom,
  formula,
  minus,
  type PlaceContext,
  type PlacedCounts,
  type ProgramPlace,
  type Where,
} from "./context";
import {
  COUNT_COLUMNS,
  columnLabel,
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
        done: a.done,
      })),
      {
        role: "total",
        key: null,
        label: w.sum,
        values: COUNT_COLUMNS.map((id) => countOf(p, id)),
        shares: sharesOf(p, COUNT_COLUMNS),
        done: p.done,
      },
    ],
    footnotes: [],
  };
}

export interface PlacedAreaTable extends PlacedCounts {
  headerRow: number;
  areaRows: { areaId: string; row: number }[];
  /** "S12": the done count of row `row` (the column right of the shares). */
  doneCell(row: number): string;
}

/** The share columns, right of the count columns: every count but the goals. */
export const SHARE_COLUMNS: readonly CountColumnId[] = COUNT_COLUMNS.filter((id) => id !== "total");

/** "Röd (andel)": the header of a share column. */
export function shareLabel(id: CountColumnId, w: TableWording, lang: Lang): string {
  return t(lang, "wb.summary.share", { label: columnLabel(id, w) });
}

/** IF(B5=0,0,C5/B5): as the domain's share(), 0 when there are no goals. */
function shareFormula(count: string, total: string, result: number): PlanValue {
  return formula(`IF(${total}=0,0,${count}/${total})`, result);
}

/**
 * Heading, header row with status swatches, the area rows and the total row; the counts, then
 * their shares of the row's goals in percent, then the goals marked done. The done count is last
 * so that the count and share columns stay where charts and earlier tables expect them.
 */
export function placeAreaTable(
  table: SummaryTable,
  place: ProgramPlace,
  wording: TableWording,
  ctx: PlaceContext,
): PlacedAreaTable {
  const { cursor } = ctx;
  const col = columnsFrom(table.columns.map((c) => c.id));
  const cell = (id: CountColumnId, row: number): string => `${col(id)}${row}`;

  if (table.title !== null) cursor.heading(table.title, { bold: true, fontSize: 13 });
  const shareFrom = 2 + table.columns.length;
  const width = shareFrom - 1 + SHARE_COLUMNS.length + 1;
  const doneLetter = columnLetter(width);
  const headerRow = cursor.headerRow([
    table.corner,
    ...table.columns.map((c) => c.label),
    ...SHARE_COLUMNS.map((id) => shareLabel(id, wording, ctx.lang)),
    wording.done,
  ]);
  for (const s of STATUSES) {
    cursor.format(cell(`status.${s}`, headerRow), {
      fill: STATUS_SWATCH[s].fill,
      fontColor: STATUS_SWATCH[s].fontColor,
    });
  }

  const first = cursor.row;
  const rows: PlanValue[][] = table.rows.map((r, i) => {
    const row = first + i;
    const where: Where = r.role === "area" ? { place, area: r.key ?? "" } : { place };
    return [
      r.label,
      ...table.columns.map((c, j): PlanValue => {
        const result = r.values[j] ?? 0;
        const parsed = parseColumn(c.id);
        if (parsed.group === "total") return formula(ctx.count(where), result);
        if (parsed.group === "status") {
          if (parsed.key !== "missing") return formula(ctx.count({ ...where, status: parsed.key }), result);
          return formula(
            minus(
              cell("total", row),
              STATUSES.map((s) => cell(`status.${s}`, row)),
            ),
            result,
          );
        }
        if (parsed.key !== "missing") return formula(ctx.count({ ...where, trend: parsed.key }), result);
        return formula(
          minus(
            cell("total", row),
            TRENDS.map((tr) => cell(`trend.${tr}`, row)),
          ),
          result,
        );
      }),
      ...SHARE_COLUMNS.map((id) => {
        const j = table.columns.findIndex((c) => c.id === id);
        const total = r.values[table.columns.findIndex((c) => c.id === "total")] ?? 0;
        return shareFormula(cell(id, row), cell("total", row), share(r.values[j] ?? 0, total));
      }),
      formula(ctx.countDone(where), r.done ?? 0),
    ];
  });
  cursor.write(rows);
  const last = first + rows.length - 1;
  cursor.lateFormat(rangeAddress(first, shareFrom, last, width - 1), {
    numberFormat: "0%",
    horizontal: "right",
  });

  const totalRow = first + table.rows.findIndex((r) => r.role === "total");
  cursor.totalRow(totalRow, width);

  return {
    headerRow,
    areaRows: table.rows.flatMap((r, i) =>
      r.role === "area" ? [{ areaId: r.key ?? "", row: first + i }] : [],
    ),
    totalRow,
    cell,
    doneCell: (row) => `${doneLetter}${row}`,
  };
}

/**
 * The table with the done count as its last column, as the sheet shows it right of the shares:
 * for the renderers that print the table whole (Markdown, the report, the copied table).
 */
export function withDoneColumn(
  table: SummaryTable,
  label: string,
): Omit<SummaryTable, "columns"> & { columns: { id: CountColumnId | "done"; label: string }[] } {
  return {
    ...table,
    columns: [...table.columns, { id: "done", label }],
    rows: table.rows.map((r) => ({ ...r, values: [...r.values, r.done ?? 0] })),
  };
}
