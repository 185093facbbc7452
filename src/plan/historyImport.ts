// History import: an earlier year's follow-up (a structure file, or a workbook of ours read back)
// merged into the workbook's history table by goal ID, decided from one read (importHistory,
// src/domain/rollover.ts, decides what; this file where). New entries are appended, entries that
// differ replace the row's status, trend and comment in place, and the result names the goals
// that no longer exist. Pure.
import { idKey, importHistory, type GoalStructure, type HistoryField } from "../domain";
import { readGoalTable, tableStructure } from "./goalTable";
import { historyRow } from "./history";
import {
  appendTo,
  historyPositions,
  refused,
  tableRows,
  writableHistory,
  writtenBody,
  type TableAppend,
} from "./historyTable";
import { previousColumnsFor, rightOfTableFree, type PreviousColumnsPlan } from "./previousColumns";
import type { CellWrite } from "./merge";
import { refusal, type Decision, type TableRead, type WorkbookRead } from "./ownership";
import type { PlanValue } from "./types";

export interface HistoryImportResult {
  /** The years the import brought, oldest first. */
  years: number[];
  added: number;
  replaced: number;
  unchanged: number;
  /** Goal IDs of the imported follow-up that no goal of the workbook has. */
  unknownGoals: string[];
  /**
   * Goal IDs whose entry the history keeps as it was: the source's status or trend for its own
   * year could not be read (`unreadable`), and an unread one is no assessment.
   */
  kept: string[];
}

export interface HistoryImportPlan {
  history: TableRead;
  append: TableAppend | null;
  /** Status, trend and comment of the rows replaced in place (body rows of the history table). */
  replace: CellWrite[];
  /** The last-year columns the goal table lacks, added after the history rows. */
  previous: PreviousColumnsPlan | null;
  result: HistoryImportResult;
}

/** The history table's body row of each goal and year (the first, as the reader counts it). */
function rowsByEntry(h: TableRead): Map<string, number> {
  const at = historyPositions(h);
  const out = new Map<string, number>();
  h.body.forEach((r, i) => {
    const year = (r[at.year as number] ?? "").trim();
    const key = `${idKey((r[at.id as number] ?? "").trim())}\u0000${year}`;
    if (/^\d{4}$/.test(year) && !out.has(key)) out.set(key, i);
  });
  return out;
}

/**
 * Merges an earlier year's follow-up (`source`) into the workbook's history by goal ID: new
 * entries are appended, entries that differ replace the row in place, and the result names the
 * goals that no longer exist. `unreadable`: goal IDs (idKey) of the source whose status or trend
 * could not be read (unreadableGoals in src/plan/historySource.ts); their entry for the source's
 * year never replaces one the history holds.
 */
export function planHistoryImport(
  read: WorkbookRead,
  source: GoalStructure,
  unreadable: readonly string[] = [],
): Decision<HistoryImportPlan> {
  const found = readGoalTable(read);
  if (!found.ok) return found;
  const table = found.value;
  const history = writableHistory(read);
  if (!history.ok) return history;
  const h = history.value;
  const imported = importHistory(tableStructure(table).structure, source, new Set(unreadable));
  if (!imported.ok)
    return refused(
      refusal("invalid-input", "xl.import.notEarlier", {
        source: String(imported.source),
        target: String(imported.target),
      }),
    );
  const at = historyPositions(h);
  const rows = rowsByEntry(h);
  const replace: CellWrite[] = [];
  for (const r of imported.replaced) {
    const i = rows.get(`${idKey(r.id.trim())}\u0000${r.entry.year}`);
    if (i === undefined) continue;
    const [, , status, trend, comment] = historyRow(r.id, r.entry, table.lang);
    const cells: [HistoryField, PlanValue][] = [
      ["status", status],
      ["trend", trend],
      ["comment", comment],
    ];
    for (const [f, v] of cells) {
      const col = at[f];
      if (col !== undefined) replace.push({ row: i, col, value: v === null ? "" : String(v) });
    }
  }
  const append = appendTo(h, tableRows(h, imported.added, table.lang), new Set(imported.years.map(String)));
  const after: WorkbookRead = { ...read, history: { ...h, body: writtenBody(h, replace, append) } };
  const goals = read.goals as TableRead;
  return {
    ok: true,
    value: {
      history: h,
      append,
      replace,
      previous: previousColumnsFor(read, after, rightOfTableFree(read, goals)).plan,
      result: {
        years: imported.years,
        added: imported.added.length,
        replaced: imported.replaced.length,
        unchanged: imported.unchanged,
        unknownGoals: imported.unknownGoals,
        kept: imported.kept.map((k) => k.id),
      },
    },
  };
}
