// The comparison with earlier years as tables of the summary model (model.ts), which the CLI
// renders and the summary sheet places live (comparison.ts): the earlier years' own counts, the
// comparison year's counts per area, and where this year's statuses came from.
import {
  STATUS_KEYS,
  type Comparison,
  type Lang,
  type ProgramHistory,
  type ProgramSummary,
  type StatusKey,
  type YearCounts,
} from "../../domain";
import { t } from "../../i18n";
import {
  COUNT_COLUMNS,
  countColumns,
  parseColumn,
  type CountColumnId,
  type ModelRow,
  type SummaryTable,
  type TableWording,
} from "./model";

/** A row per earlier year (oldest first): goals with an entry that year, each status, each trend. */
export function historyTable(history: readonly YearCounts[], w: TableWording, lang: Lang): SummaryTable {
  const columns = countColumns(w);
  return {
    id: "history",
    title: null,
    corner: t(lang, "wb.structure.year"),
    columns,
    // A year's goals are one group of goals, as an area's are: the same kind of body row.
    rows: history.map((y): ModelRow => ({
      role: "area",
      key: String(y.year),
      label: String(y.year),
      values: columns.map(({ id }) => yearCount(y, id)),
    })),
    footnotes: [],
  };
}

export function yearCount(y: YearCounts, id: CountColumnId): number {
  const col = parseColumn(id);
  if (col.group === "total") return y.total;
  return col.group === "status" ? y.status[col.key] : y.trend[col.key];
}

/**
 * A row per status of the earlier year (with not assessed), a column per status this year and
 * their sums, over the goals with an entry for that year.
 */
export function transitionTable(
  c: Comparison,
  currentYear: number,
  w: TableWording,
  lang: Lang,
): SummaryTable {
  const ids: CountColumnId[] = [...STATUS_KEYS.map((k): CountColumnId => `status.${k}`), "total"];
  const row = (from: StatusKey): number[] => {
    const cells = STATUS_KEYS.map((to) => c.transitions[from][to]);
    return [...cells, cells.reduce((a, b) => a + b, 0)];
  };
  const rows: ModelRow[] = STATUS_KEYS.map((from) => ({
    role: "status",
    key: from,
    label: w.status(from),
    values: row(from),
  }));
  const sums = ids.map((_, j) => rows.reduce((a, r) => a + (r.values[j] ?? 0), 0));
  return {
    id: "transitions",
    title: null,
    corner: t(lang, "wb.summary.transitions", { from: c.year, to: currentYear }),
    columns: ids.map((id, j) => ({ id, label: j < STATUS_KEYS.length ? w.status(STATUS_KEYS[j]) : w.sum })),
    rows: [...rows, { role: "total", key: null, label: w.sum, values: sums }],
    footnotes: [],
  };
}

/** No entries: the counts of a year no goal of the group has a row for. */
function noEntries(year: number): YearCounts {
  return {
    year,
    total: 0,
    status: { red: 0, yellow: 0, green: 0, missing: 0 },
    trend: { up: 0, flat: 0, down: 0, missing: 0 },
  };
}

/**
 * The comparison year's own counts per area of the programme and in total, over the goals with an
 * entry for that year: the shape of the area table, for the year the report text compares with.
 */
export function comparisonYearTable(
  p: ProgramSummary,
  h: ProgramHistory,
  year: number,
  w: TableWording,
  lang: Lang,
): SummaryTable {
  const values = (y: YearCounts | null): number[] =>
    COUNT_COLUMNS.map((id) => yearCount(y ?? noEntries(year), id));
  return {
    id: "comparisonYear",
    title: t(lang, "wb.summary.comparisonYear", { year: String(year) }),
    corner: w.area,
    columns: countColumns(w),
    rows: [
      ...p.areas.map((a, j): ModelRow => ({
        role: "area",
        key: a.id,
        label: a.name,
        values: values(h.areas[j]?.comparison ?? null),
      })),
      { role: "total", key: null, label: w.sum, values: values(h.comparison) },
    ],
    footnotes: [],
  };
}
