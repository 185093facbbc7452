// The comparison with earlier years as tables, in the summary table model the CLI renders: the
// earlier years' own counts (historyTable, in src/plan/summary/yearTable.ts, which the summary
// sheet's table per year is built from too), and where this year's statuses came from.
import { STATUS_KEYS, type Comparison, type Lang, type StatusKey } from "../domain";
import { t } from "../i18n";
import type { CountColumnId, ModelRow, SummaryTable, TableWording } from "../plan/summary/model";

export { historyTable } from "../plan/summary/yearTable";

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
