// The goal table's "last year" columns (status and trend of the comparison year, owner "addin"
// in src/domain/columns.ts): per row one formula that looks the goal up in the history table
// (src/plan/history.ts) by its ID and the comparison year, so the cells follow every edit of the
// history. The summary sheet counts these cells (COUNTIFS/SUMPRODUCT over the column), so the
// lookup over the history happens once per goal, not once per count.
//
// LOOKUP(2, 1/((year matches)*(ID matches)), column): the one lookup on two conditions that
// Excel 2016 evaluates without an array formula (LOOKUP takes its vectors as arrays) and
// LibreOffice alike; no match is #N/A, hence IFERROR(…, ""). An entry without a status shows the
// not-assessed label ("Ej bedömd"), never "": the summary counts a goal as having an entry for
// the year by a non-empty status cell, as the domain counts an entry with a null status among
// the transitions from "not assessed" (src/domain/comparison.ts); so the status cell looks up
// twice (once to test for empty). The trend shows as written ("" for none). "=" compares the ID
// as the domain's idKey does, ignoring case; the year matches as the number a written row holds
// or the text a typed one does. Of two rows for the same goal and year LOOKUP takes the last,
// the domain the first (and reports the second). The cost is one pass over the history per goal
// and lookup (README, performance).
import {
  comparisonYear,
  idKey,
  parseStatus,
  parseTrend,
  type GoalRow,
  statusLabel,
  trendLabel,
  type GoalStructure,
  type HistoryEntry,
  type Lang,
} from "../domain";
import { t } from "../i18n";
import { columnRef, stringLiteral } from "./formula";
import { historyFieldHeader } from "./history";
import { HISTORY_TABLE } from "./layout";
import type { FormulaValue, GoalTableLayout } from "./types";

export type PreviousField = "status" | "trend";

/** The year the columns look up: the comparison year, or the year before the follow-up year. */
export function previousYear(structure: GoalStructure): number {
  return comparisonYear(structure) ?? structure.year - 1;
}

/** The formula of one cell; `idCell` is the row's goal ID cell ("$A5"). */
export function previousFormula(field: PreviousField, year: number, idCell: string, lang: Lang): string {
  const col = (f: "year" | "id" | PreviousField): string =>
    columnRef(HISTORY_TABLE, historyFieldHeader(f, lang));
  // Numbers and text compared apart, so no row's year is turned into text: converting every
  // history row per goal (or joining texts over it) costs LibreOffice several times the lookup.
  const years = `((${col("year")}=${year})+(${col("year")}=${stringLiteral(String(year))}))`;
  const found = `LOOKUP(2,1/(${years}*(${col("id")}=${idCell})),${col(field)})`;
  if (field === "trend") return `IFERROR(${found}&"","")`;
  const none = stringLiteral(t(lang, "domain.notAssessed"));
  return `IFERROR(IF(LEN(${found})=0,${none},${found}&""),"")`;
}

/** Per goal (by idKey of its ID), its entry for `year`. */
export function entriesFor(structure: GoalStructure, year: number): Map<string, HistoryEntry> {
  const out = new Map<string, HistoryEntry>();
  for (const p of structure.programs)
    for (const a of p.areas)
      for (const g of a.goals) {
        const e = g.history?.find((h) => h.year === year);
        const key = idKey(g.id.trim());
        if (e !== undefined && !out.has(key)) out.set(key, e);
      }
  return out;
}

/** The cell for goal `id`, with what the history table written from `entries` gives. */
export function previousCell(
  field: PreviousField,
  year: number,
  idCell: string,
  entry: HistoryEntry | undefined,
  lang: Lang,
): FormulaValue {
  let result = "";
  if (entry !== undefined && field === "status")
    result = entry.status === null ? t(lang, "domain.notAssessed") : statusLabel(entry.status, lang);
  if (entry !== undefined && field === "trend" && entry.trend !== null)
    result = trendLabel(entry.trend, lang);
  return { formula: previousFormula(field, year, idCell, lang), result };
}

/**
 * Whether the goal table's "last year" cells (as read) show what the history holds for the
 * comparison year: false when they were written for another year (a history changed by hand,
 * or rolled over without writing the columns again) or edited over. The summary then cannot
 * count the comparison from them. Rows without an ID are not goals and are not checked.
 */
export function previousColumnsCurrent(
  rows: readonly GoalRow[],
  structure: GoalStructure,
  lang: Lang,
): boolean {
  const year = comparisonYear(structure);
  if (year === null) return true;
  const entries = entriesFor(structure, year);
  return rows.every((r) => {
    const id = (r.cells.id ?? "").trim();
    if (id === "" || r.cells.previousStatus === undefined) return true;
    const entry = entries.get(idKey(id));
    const status = r.cells.previousStatus;
    if (entry === undefined) return status === "";
    if (status === "" || parseStatus(status, lang).value !== entry.status) return false;
    return (
      r.cells.previousTrend === undefined ||
      (parseTrend(r.cells.previousTrend, lang).value ?? null) === entry.trend
    );
  });
}

/**
 * The goal table's last-year cells for body rows from sheet row `firstRow` on, holding the goal
 * IDs `ids` in order, per last-year column the table has (none for a table made before them):
 * what a rollover done in place writes again, so that the cells look up the new comparison year.
 */
export function previousColumnCells(
  structure: GoalStructure,
  layout: GoalTableLayout,
  firstRow: number,
  ids: readonly string[],
  lang: Lang,
): { column: string; cells: FormulaValue[] }[] {
  const idColumn = layout.columns.find((c) => c.key === "id")?.column;
  if (idColumn === undefined) return [];
  const year = previousYear(structure);
  const entries = entriesFor(structure, year);
  return layout.columns.flatMap((c) => {
    if (c.key !== "previousStatus" && c.key !== "previousTrend") return [];
    const field: PreviousField = c.key === "previousStatus" ? "status" : "trend";
    const cells = ids.map((id, i) =>
      previousCell(field, year, `$${idColumn}${firstRow + i}`, entries.get(idKey(id.trim())), lang),
    );
    return [{ column: c.column, cells }];
  });
}
