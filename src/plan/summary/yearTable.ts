// A programme's counts per year: one row per earlier year in its goals' history, oldest first
// (historyTable, which the CLI, the pane and the report show as "the earlier years' own counts"),
// and on the summary sheet a last row for the follow-up year. The follow-up year's row refers to
// the area table's total row, so it follows an official's edit as that row does; the comparison
// year's row, where the sheet counts the comparison (comparison.ts), refers to that table's total
// row, so it follows an edit of the history as the goal table's "last year" columns do. Earlier
// years are numbers: counting them live would take a lookup per goal and year. The chart per year (charts.ts) reads
// the sheet's table. A programme whose goals have no earlier year has none.
import {
  STATUS_KEYS,
  type Comparison,
  type Lang,
  type ProgramSummary,
  type StatusKey,
  type YearCounts,
} from "../../domain";
import { t } from "../../i18n";
import {
  countColumns,
  countOf,
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

function yearCount(y: YearCounts, id: CountColumnId): number {
  const col = parseColumn(id);
  if (col.group === "total") return y.total;
  return col.group === "status" ? y.status[col.key] : y.trend[col.key];
}

/**
 * The sheet's table: historyTable's years before `year`, then `year` itself with the programme's
 * counts (the area table's total row); null when there is no earlier year.
 */
export function yearTable(
  p: ProgramSummary,
  history: readonly YearCounts[],
  year: number,
  w: TableWording,
  lang: Lang,
): SummaryTable | null {
  const earlier = historyTable(
    history.filter((y) => y.year < year),
    w,
    lang,
  );
  if (earlier.rows.length === 0) return null;
  const now: ModelRow = {
    role: "area",
    key: String(year),
    label: String(year),
    values: earlier.columns.map(({ id }) => countOf(p, id)),
  };
  return {
    ...earlier,
    id: "years",
    title: t(lang, "wb.summary.yearsTitle", { program: p.name }),
    rows: [...earlier.rows, now],
  };
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
    corner: t(lang, "present.history.transitions", { from: c.year, to: currentYear }),
    columns: ids.map((id, j) => ({ id, label: j < STATUS_KEYS.length ? w.status(STATUS_KEYS[j]) : w.sum })),
    rows: [...rows, { role: "total", key: null, label: w.sum, values: sums }],
    footnotes: [],
  };
}
