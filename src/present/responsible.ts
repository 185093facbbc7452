// The table per responsible body in a shell's words: the one function the CLI, the pane and the
// report build it with (the sheet draws the same model, src/plan/summary/responsibleTable.ts).
// Not re-exported from present/index.ts: the pane loads it with its lazy component, so the table
// model stays out of the pane's first load.
import type { Lang, Summary } from "../domain";
import type { ModelRow, TableWording } from "../plan/summary/model";
import { responsibleTable, type ResponsibleTable } from "../plan/summary/responsibleTable";
import { labelledCount } from "./counts";

/** The table per responsible body in `w`'s words. */
export function responsibleSummaryTable(summary: Summary, w: TableWording): ResponsibleTable {
  return responsibleTable(summary, w);
}

/** "Röd: 3, Gul: 4, …": a per-responsible row's counts in one group, or its done count. */
export function responsibleCounts(
  lang: Lang,
  table: ResponsibleTable,
  row: ModelRow,
  group: "status" | "trend" | "done",
): string {
  return table.columns
    .flatMap((c, i) =>
      (group === "done" ? c.id === "done" : c.id.startsWith(`${group}.`))
        ? [labelledCount(lang, c.label, row.values[i] ?? 0)]
        : [],
    )
    .join(", ");
}
