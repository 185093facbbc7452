// The comparison with earlier years as tables, in the summary table model the CLI renders: the
// earlier years' own counts, and where this year's statuses came from. The sheet has no such
// tables yet; when it does, they belong in src/plan/summary/ beside the others.
import { STATUS_KEYS, type Comparison, type Lang, type StatusKey, type YearCounts } from "../domain";
import { t } from "../i18n";
import {
  countColumns,
  parseColumn,
  type CountColumnId,
  type ModelRow,
  type SummaryTable,
  type TableWording,
} from "../plan/summary/model";

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
