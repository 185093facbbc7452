// The comparison with the comparison year, per programme, counted live from the goal table's
// "last year" columns (src/plan/previous.ts, looked up from the history table): the comparison
// year's own counts per area and in total (the columns of the area table), where this year's
// statuses came from (the transition table), and how many goals got a better, a worse or the same
// assessment. The report text's comparison sentence (reportText.ts) reads those last four cells,
// so the sheet says what src/domain/comparison.ts and the report text say, for any edit of the
// goal table or the history.
//
// Every count is a COUNTIFS on the labels while the columns it reads hold labels only (the
// quality cells and previousNames' "other" names are 0), else a SUMPRODUCT over the names of
// live.ts, which read any spelling the parser does, as context.ts counts this year's. Only a workbook whose goal table has the
// "last year" columns and a structure with history get these tables.
import {
  STATUSES,
  STATUS_KEYS,
  TRENDS,
  compareGoals,
  statusLabel,
  trendLabel,
  type Lang,
  type ProgramHistory,
  type ProgramSummary,
  type Status,
  type StatusKey,
} from "../../domain";
import type { ComparisonCountName } from "../../domain/textexpr";
import { t } from "../../i18n";
import { STATUS_SWATCH } from "../colors";
import { cellAddress } from "../a1";
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
import { comparisonYearTable, transitionTable } from "./history";
import { countWhere, type PreviousNames } from "./live";
import { parseColumn, type CountColumnId, type SummaryTable, type TableWording } from "./model";

export interface ComparisonUnit {
  title: string;
  year: number;
  byArea: SummaryTable;
  transitions: SummaryTable;
  /** Better, worse, the same, cannot be compared (the domain's; 0 and all goals without a comparison). */
  outcome: { improved: number; worsened: number; unchanged: number; notComparable: number };
}

const OUTCOMES = ["improved", "worsened", "unchanged", "notComparable"] as const;

export function comparisonUnit(
  p: ProgramSummary,
  h: ProgramHistory,
  year: number,
  currentYear: number,
  w: TableWording,
  lang: Lang,
): ComparisonUnit {
  const c = h.comparison ?? compareGoals([], year);
  return {
    title: t(lang, "wb.summary.comparisonTitle", { year: String(year), program: p.name }),
    year,
    byArea: comparisonYearTable(p, h, year, w, lang),
    transitions: transitionTable(c, currentYear, w, lang),
    outcome:
      h.comparison === null
        ? { improved: 0, worsened: 0, unchanged: 0, notComparable: p.total }
        : {
            improved: c.improved,
            worsened: c.worsened,
            unchanged: c.unchanged,
            notComparable: c.notComparable,
          },
  };
}

const RANK: Record<Status, number> = { red: 0, yellow: 1, green: 2 };

/** The cells the report text's comparison sentence reads (cmp.*). */
export type ComparisonRefs = Record<ComparisonCountName, string>;

/** Where the unit's rows landed. */
export interface ComparisonRows {
  /** The comparison year's rows: one per area, in structure order, then the total. */
  areaRows: number[];
  yearTotalRow: number;
  /** The transition rows (red, yellow, green, not assessed, total), columns B…F. */
  transitionRow: number;
  /** Better, worse, the same, cannot be compared: B…E. */
  outcomeRow: number;
}

/**
 * Places the unit below the cursor: heading, the comparison year's table, the transition table
 * and the outcome row. `areas` is this year's area table (its total is the programme's goals).
 */
export function placeComparison(
  unit: ComparisonUnit,
  place: ProgramPlace,
  prev: PreviousNames,
  areas: PlacedCounts,
  ctx: PlaceContext,
): { cells: ComparisonRefs; rows: ComparisonRows } {
  const { cursor } = ctx;
  cursor.heading(unit.title, { bold: true });

  // The comparison year's counts, per area and in total.
  const byArea = unit.byArea;
  const col = columnsFrom(byArea.columns.map((c) => c.id));
  const cell = (id: CountColumnId, row: number): string => `${col(id)}${row}`;
  if (byArea.title !== null) cursor.heading(byArea.title, { italic: true });
  cursor.headerRow([byArea.corner, ...byArea.columns.map((c) => c.label)]);
  const first = cursor.row;
  const statusLabelOf = (k: Status): string => statusLabel(k, ctx.lang);
  const noneLabel = t(ctx.lang, "domain.notAssessed");
  cursor.write(
    byArea.rows.map((r, i) => {
      const row = first + i;
      const where: Where = r.role === "area" ? { place, area: r.key ?? "" } : { place };
      const rows = ctx.rows(where);
      const byStatus = (k: StatusKey): string =>
        ctx.countOr(
          where,
          [[prev.headers.status, k === "missing" ? noneLabel : statusLabelOf(k)]],
          [prev.other.status],
          k === "missing"
            ? countWhere([rows, prev.withEntry, prev.previousStatus("missing")])
            : countWhere([rows, prev.previousStatus(k)]),
        );
      return [
        r.label,
        ...byArea.columns.map((c, j): PlanValue => {
          const result = r.values[j] ?? 0;
          const parsed = parseColumn(c.id);
          // The goals with an entry: every status of the year, not assessed included.
          if (parsed.group === "total")
            return formula(STATUS_KEYS.map((k) => cell(`status.${k}`, row)).join("+"), result);
          if (parsed.group === "status") return formula(byStatus(parsed.key), result);
          if (parsed.key !== "missing") {
            const slow = countWhere([rows, prev.withEntry, prev.previousTrend(parsed.key)]);
            const label = trendLabel(parsed.key, ctx.lang);
            return formula(
              ctx.countOr(where, [[prev.headers.trend, label]], [prev.other.trend], slow),
              result,
            );
          }
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
  const yearTotal = first + byArea.rows.length - 1;
  cursor.totalRow(yearTotal, 1 + byArea.columns.length);
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
            if (c.id === "total") return formula(cell("total", yearTotal), values[j] ?? 0);
            const column = STATUS_KEYS.map((from) => `${tcol(c.id)}${rowOf(from)}`);
            return formula(column.join("+"), values[j] ?? 0);
          }),
        ];
      const from = r.key as StatusKey;
      const fromRows = [
        ctx.rows({ place }),
        from === "missing" ? prev.withEntry : "",
        prev.previousStatus(from),
      ];
      const conditions = fromRows.filter((x) => x !== "");
      const fromLabel = from === "missing" ? noneLabel : statusLabelOf(from);
      return [
        r.label,
        ...tr.columns.map((c, j): PlanValue => {
          const result = values[j] ?? 0;
          if (c.id === "total") return formula(cell(`status.${from}`, yearTotal), result);
          const to = parseColumn(c.id);
          if (to.group !== "status") throw new Error(`unexpected column ${c.id}`);
          if (to.key !== "missing") {
            const slow = countWhere([...conditions, prev.status(to.key)]);
            const count = ctx.countOr(
              { place, status: to.key },
              [[prev.headers.status, fromLabel]],
              [prev.other.status],
              slow,
            );
            return formula(count, result);
          }
          const known = STATUSES.map((s) => tcell(from, s));
          return formula(minus(cell(`status.${from}`, yearTotal), known), result);
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
  const pairs = (test: (a: number, b: number) => boolean): string[] =>
    STATUSES.flatMap((from) =>
      STATUSES.filter((to) => test(RANK[to], RANK[from])).map((to) => tcell(from, to)),
    );
  const lang = ctx.lang;
  cursor.headerRow([
    t(lang, "wb.summary.outcomeCorner", { year: String(unit.year) }),
    ...OUTCOMES.map((k) => t(lang, `wb.summary.outcome.${k}`)),
  ]);
  const row = cursor.row;
  const at = (i: number): string => cellAddress(row, 2 + i);
  const sums = [
    pairs((to, from) => to > from),
    pairs((to, from) => to < from),
    pairs((to, from) => to === from),
  ];
  cursor.write([
    [
      t(lang, "wb.summary.total"),
      ...sums.map((cells, i) => formula(cells.join("+"), unit.outcome[OUTCOMES[i]])),
      formula(minus(areas.cell("total", areas.totalRow), [at(0), at(1), at(2)]), unit.outcome.notComparable),
    ],
  ]);
  cursor.totalRow(row, 1 + OUTCOMES.length);
  return {
    cells: {
      "cmp.total": cell("total", yearTotal),
      "cmp.improved": at(0),
      "cmp.worsened": at(1),
      "cmp.unchanged": at(2),
      "cmp.notComparable": at(3),
    },
    rows: {
      areaRows: byArea.rows.slice(0, -1).map((_r, i) => first + i),
      yearTotalRow: yearTotal,
      transitionRow: top,
      outcomeRow: row,
    },
  };
}
