// The goal table's "last year" columns (status and trend of the comparison year, owner "formula"
// in src/domain/columns.ts): one formula per column, the same on every row, that looks the row's
// goal up in the history table (src/plan/history.ts) for the latest year the history holds, so
// the cells follow every edit of the history and a rollover, which appends a later year, needs
// to write nothing in them. The same text on every row is what lets the Office.js renderer write
// the column once and fill it down (src/excel/render.ts) instead of sending a formula per row.
//
// LOOKUP(2, 1/((year is the latest)*(ID matches)), column): the one lookup on two conditions that
// Excel 2016 evaluates without an array formula (LOOKUP takes its vectors as arrays) and
// LibreOffice alike; no match is #N/A, hence IFERROR(…, ""). "=" compares the ID as the
// domain's idKey does, ignoring case, and reads no wildcards (MATCH, VLOOKUP and COUNTIF would
// read * ? ~ in an ID). An entry without a status shows the not-assessed label ("Ej bedömd"),
// never "": the summary counts a goal as having an entry for the year by a non-empty status
// cell, as the domain counts an entry with a null status among the transitions from "not
// assessed" (src/domain/comparison.ts). The trend shows as written ("" for none). The latest
// year is MAX over the year column, which reads the numbers the add-in writes there (a year
// typed over one as text is not a year to MAX). Of two rows for the same goal and year LOOKUP
// takes the last, the domain the first (and reports the second). The cost is a pass over the
// history per goal and lookup (README, performance).
import {
  comparisonYear,
  idKey,
  statusLabel,
  trendLabel,
  type GoalStructure,
  type HistoryEntry,
} from "../domain";
import type { Lang } from "../domain";
import { t } from "../i18n";
import { columnRef, stringLiteral } from "./formula";
import { historyFieldHeader } from "./history";
import { HISTORY_TABLE } from "./layout";
import type { FormulaValue } from "./types";

export type PreviousField = "status" | "trend";

/** `Table[[#This Row],[Header]]`: the form a file stores, which Excel shows as [@Header]. */
export function thisRowRef(table: string, header: string): string {
  return `${table}[[#This Row],[${header.replace(/['[\]#]/g, "'$&")}]]`;
}

/** The formula of every cell of the column (no leading "="); `idRef` is thisRowRef of the ID column. */
export function previousFormula(field: PreviousField, idRef: string, lang: Lang): string {
  const col = (f: "year" | "id" | PreviousField): string =>
    columnRef(HISTORY_TABLE, historyFieldHeader(f, lang));
  const found = `LOOKUP(2,1/((${col("year")}=MAX(${col("year")}))*(${col("id")}=${idRef})),${col(field)})`;
  if (field === "trend") return `IFERROR(${found}&"","")`;
  const none = stringLiteral(t(lang, "domain.notAssessed"));
  return `IFERROR(IF(LEN(${found})=0,${none},${found}&""),"")`;
}

/** Per goal (by idKey of its ID), its entry for `year`. */
export function entriesFor(structure: GoalStructure, year: number | null): Map<string, HistoryEntry> {
  const out = new Map<string, HistoryEntry>();
  if (year === null) return out;
  for (const p of structure.programs)
    for (const a of p.areas)
      for (const g of a.goals) {
        const e = g.history?.find((h) => h.year === year);
        const key = idKey(g.id.trim());
        if (e !== undefined && !out.has(key)) out.set(key, e);
      }
  return out;
}

/** What the cell shows for a goal whose entry for the comparison year is `entry`. */
export function previousResult(field: PreviousField, entry: HistoryEntry | undefined, lang: Lang): string {
  if (entry === undefined) return "";
  if (field === "status")
    return entry.status === null ? t(lang, "domain.notAssessed") : statusLabel(entry.status, lang);
  return entry.trend === null ? "" : trendLabel(entry.trend, lang);
}

/**
 * The body cells of the "last year" columns for goals with the IDs `ids`, in order, of a goal
 * table `table` whose ID column is headed `idHeader`: per column one formula, each cell with the
 * result the history of `structure` gives.
 */
export function previousCells(
  structure: GoalStructure,
  table: string,
  idHeader: string,
  field: PreviousField,
  ids: readonly string[],
  lang: Lang,
): FormulaValue[] {
  const entries = entriesFor(structure, comparisonYear(structure));
  const formula = previousFormula(field, thisRowRef(table, idHeader), lang);
  return ids.map((id) => ({ formula, result: previousResult(field, entries.get(idKey(id.trim())), lang) }));
}
