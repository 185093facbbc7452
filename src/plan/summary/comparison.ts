// The comparison with the comparison year, per programme, counted live from the goal table's
// "last year" columns (src/plan/previous.ts, looked up from the history table): the comparison
// year's own counts per area and in total (the columns of the area table), where this year's
// statuses came from (the transition table), and how many goals got a better, a worse or the same
// assessment, and how many cannot be compared. The comparison sentence under the report text
// (reportText.ts) reads those last four cells, so the sheet says what src/domain/comparison.ts
// and `summary` say, for any edit of the goal table or of the history.
//
// Every count is one of the context's counts (context.ts) with the "last year" cells as one
// more criterion: COUNTIFS while the columns the count reads hold labels only, the names of
// live.ts otherwise. Only a goal table with the "last year" columns and a programme with a
// comparison get these tables.
import {
  STATUSES,
  STATUS_KEYS,
  TRENDS,
  type Comparison,
  type Lang,
  type ProgramSummary,
  type Status,
  type StatusKey,
  type Trend,
  statusLabel,
  trendLabel,
} from "../../domain";
import type { ComparisonCountName } from "../../domain/textexpr";
import { t } from "../../i18n/comparisonSheetStrings";
import { STATUS_SWATCH } from "../colors";
import { cellAddress } from "../a1";
import type { GoalTableLayout, PlanValue } from "../types";
import { transitionTable } from "./yearTable";
import {
  columnsFrom,
  formula,
  minus,
  type Criterion,
  type PlaceContext,
  type PlacedCounts,
  type ProgramPlace,
} from "./context";
import {
  COUNT_COLUMNS,
  countColumns,
  parseColumn,
  type CountColumnId,
  type ModelRow,
  type SummaryTable,
  type TableWording,
} from "./model";

/** Whether the goal table has both "last year" columns: the comparison tables count them. */
export function hasPreviousColumns(goalTable: GoalTableLayout): boolean {
  const keys = goalTable.columns.map((c) => c.key);
  return keys.includes("previousStatus") && keys.includes("previousTrend");
}

/** The goal table's "last year" cells holding the label of `status` ("missing": not assessed) or `trend`. */
function previous(
  goalTable: GoalTableLayout,
  lang: Lang,
  p: { status?: StatusKey; trend?: Trend },
): Criterion[] {
  const header = (key: "previousStatus" | "previousTrend"): string => {
    const c = goalTable.columns.find((col) => col.key === key);
    if (!c) throw new Error(`goal table has no ${key} column`);
    return c.header;
  };
  const out: Criterion[] = [];
  if (p.status !== undefined)
    out.push([
      header("previousStatus"),
      p.status === "missing" ? t(lang, "domain.notAssessed") : statusLabel(p.status, lang),
    ]);
  if (p.trend !== undefined) out.push([header("previousTrend"), trendLabel(p.trend, lang)]);
  return out;
}

export interface ComparisonUnit {
  title: string;
  year: number;
  byArea: SummaryTable;
  transitions: SummaryTable;
  comparison: Comparison;
}

function yearCount(c: Comparison, id: CountColumnId): number {
  const col = parseColumn(id);
  if (col.group === "total") return c.total;
  return col.group === "status" ? c.status[col.key] : c.trend[col.key];
}

/** The comparison year's counts per area and in total: the shape of the area table. */
function byAreaTable(
  p: ProgramSummary,
  c: Comparison,
  areas: readonly (Comparison | null)[],
  w: TableWording,
  lang: Lang,
): SummaryTable {
  const values = (x: Comparison | null): number[] => COUNT_COLUMNS.map((id) => (x ? yearCount(x, id) : 0));
  return {
    id: "comparisonYear",
    title: t(lang, "cs.comparisonYear", { year: String(c.year) }),
    corner: w.area,
    columns: countColumns(w),
    rows: [
      ...p.areas.map((a, j): ModelRow => ({
        role: "area",
        key: a.id,
        label: a.name,
        values: values(areas[j]),
      })),
      { role: "total", key: null, label: w.sum, values: values(c) },
    ],
    footnotes: [],
  };
}

export function comparisonUnit(
  p: ProgramSummary,
  c: Comparison,
  areas: readonly (Comparison | null)[],
  currentYear: number,
  w: TableWording,
  lang: Lang,
): ComparisonUnit {
  return {
    title: t(lang, "cs.comparisonTitle", { year: String(c.year), program: p.name }),
    year: c.year,
    byArea: byAreaTable(p, c, areas, w, lang),
    transitions: transitionTable(c, currentYear, w, lang),
    comparison: c,
  };
}

const RANK: Record<Status, number> = { red: 0, yellow: 1, green: 2 };
const OUTCOMES = ["improved", "worsened", "unchanged", "notComparable"] as const;

/** The cells the comparison sentence reads (cmp.*). */
export type ComparisonRefs = Record<ComparisonCountName, string>;

/** Where the unit's rows landed. */
export interface PlacedComparison {
  cells: ComparisonRefs;
  /** The comparison year's rows: one per area, in structure order; then its total row. */
  areaRows: number[];
  yearTotalRow: number;
  /** The first transition row (red; then yellow, green, not assessed, total), columns B…F. */
  transitionRow: number;
  /** Better, worse, the same, cannot be compared: B…E. */
  outcomeRow: number;
  /** "C20": the comparison year table's cell of column `id` on `row`. */
  cell(id: CountColumnId, row: number): string;
}

/**
 * Places the unit below the cursor: heading, the comparison year's table, the transition table
 * and the outcome row. `areas` is this year's area table (its total is the programme's goals).
 */
export function placeComparison(
  unit: ComparisonUnit,
  place: ProgramPlace,
  areas: PlacedCounts,
  ctx: PlaceContext,
  goalTable: GoalTableLayout,
): PlacedComparison {
  const { cursor, lang } = ctx;
  cursor.heading(unit.title, { bold: true });

  // The comparison year's counts, per area and in total.
  const byArea = unit.byArea;
  const col = columnsFrom(byArea.columns.map((c) => c.id));
  const cell = (id: CountColumnId, row: number): string => `${col(id)}${row}`;
  if (byArea.title !== null) cursor.heading(byArea.title, { italic: true });
  cursor.headerRow([byArea.corner, ...byArea.columns.map((c) => c.label)]);
  const first = cursor.row;
  const last = first + byArea.rows.length - 1;
  cursor.write(
    byArea.rows.map((r, i) => {
      const row = first + i;
      const area = r.role === "area" ? (r.key ?? "") : undefined;
      return [
        r.label,
        ...byArea.columns.map((c, j): PlanValue => {
          const result = r.values[j] ?? 0;
          const parsed = parseColumn(c.id);
          // The total row adds up the areas' rows above it.
          if (area === undefined) return formula(`SUM(${cell(c.id, first)}:${cell(c.id, last - 1)})`, result);
          if (parsed.group === "total")
            return formula(STATUS_KEYS.map((k) => cell(`status.${k}`, row)).join("+"), result);
          if (parsed.group === "status")
            return formula(
              ctx.count({ place, area, exactly: previous(goalTable, lang, { status: parsed.key }) }),
              result,
            );
          if (parsed.key !== "missing")
            return formula(
              ctx.count({ place, area, exactly: previous(goalTable, lang, { trend: parsed.key }) }),
              result,
            );
          return formula(
            minus(
              cell("total", row),
              TRENDS.map((tr) => cell(`trend.${tr}`, row)),
            ),
            result,
          );
        }),
      ];
    }),
  );
  cursor.totalRow(last, 1 + byArea.columns.length);
  cursor.skip();

  // From the comparison year's status (rows) to this year's (columns). A row adds up to the
  // comparison year's count of its status above; the total row is the column sums.
  const tr = unit.transitions;
  const tcol = columnsFrom(tr.columns.map((c) => c.id));
  cursor.headerRow([tr.corner, ...tr.columns.map((c) => c.label)]);
  const top = cursor.row;
  const rowOf = (from: StatusKey): number => top + STATUS_KEYS.indexOf(from);
  const tcell = (from: StatusKey, to: StatusKey): string => `${tcol(`status.${to}`)}${rowOf(from)}`;
  const totalRow = top + STATUS_KEYS.length;
  cursor.write(
    tr.rows.map((r) => {
      const values = r.values;
      if (r.role === "total")
        return [
          r.label,
          ...tr.columns.map((c, j): PlanValue => {
            const column = STATUS_KEYS.map((from) => `${tcol(c.id)}${rowOf(from)}`);
            return formula(column.join("+"), values[j] ?? 0);
          }),
        ];
      const from = r.key as StatusKey;
      return [
        r.label,
        ...tr.columns.map((c, j): PlanValue => {
          const result = values[j] ?? 0;
          if (c.id === "total") return formula(cell(`status.${from}`, last), result);
          const to = parseColumn(c.id);
          if (to.group !== "status") throw new Error(`unexpected column ${c.id}`);
          if (to.key !== "missing")
            return formula(
              ctx.count({ place, status: to.key, exactly: previous(goalTable, lang, { status: from }) }),
              result,
            );
          const known = STATUSES.map((s) => tcell(from, s));
          return formula(minus(cell(`status.${from}`, last), known), result);
        }),
      ];
    }),
  );
  for (const s of STATUSES)
    cursor.format(cellAddress(rowOf(s), 1), {
      fill: STATUS_SWATCH[s].fill,
      fontColor: STATUS_SWATCH[s].fontColor,
      bold: true,
    });
  cursor.totalRow(totalRow, 1 + tr.columns.length);
  cursor.skip();

  // Better, worse, the same (goals with a status both years), and the rest of this year's goals.
  const pairs = (test: (to: number, from: number) => boolean): string[] =>
    STATUSES.flatMap((from) =>
      STATUSES.filter((to) => test(RANK[to], RANK[from])).map((to) => tcell(from, to)),
    );
  cursor.headerRow([
    t(lang, "cs.outcomeCorner", { year: String(unit.year) }),
    ...OUTCOMES.map((k) => t(lang, `cs.outcome.${k}`)),
  ]);
  const row = cursor.row;
  const at = (i: number): string => cellAddress(row, 2 + i);
  const sums = [
    pairs((to, from) => to > from),
    pairs((to, from) => to < from),
    pairs((to, from) => to === from),
  ];
  const c = unit.comparison;
  cursor.write([
    [
      t(lang, "wb.summary.total"),
      ...sums.map((cells, i) => formula(cells.join("+"), c[OUTCOMES[i]])),
      formula(minus(areas.cell("total", areas.totalRow), [at(0), at(1), at(2)]), c.notComparable),
    ],
  ]);
  cursor.totalRow(row, 1 + OUTCOMES.length);
  return {
    cells: {
      "cmp.total": cell("total", last),
      "cmp.improved": at(0),
      "cmp.worsened": at(1),
      "cmp.unchanged": at(2),
      "cmp.notComparable": at(3),
    },
    areaRows: byArea.rows.slice(0, -1).map((_r, i) => first + i),
    yearTotalRow: last,
    transitionRow: top,
    outcomeRow: row,
    cell,
  };
}
