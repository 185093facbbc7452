// Indicator values in collect (src/domain/collect.ts): each year cell of an indicator row, keyed by
// (goal ID, indicator ID, year), merged three-way with the same rules as a goal's status or
// comment. This file turns the three sides' indicator rows into per-cell candidates for the shared
// merge, and reports what cannot be merged: a cell that holds no number, an indicator or year the
// main workbook lacks, an indicator added or deleted in the return, and every indicator value of a
// file split before the record held indicator values (it cannot tell what was changed). Pure.
import { idKey } from "./cells";

/** One indicator row as the merge sees it. */
export interface IndicatorValues {
  /** The goal's ID as written in the row. */
  goalId: string;
  /** The indicator's ID as written. */
  id: string;
  /** Its name, for messages (the main workbook's is shown). */
  name?: string;
  /**
   * Per year column of the table: the cell's number, null for an empty cell, or the cell's text
   * when it holds no number. A year the table has no column for is absent.
   */
  values: ReadonlyMap<number, number | string | null>;
}

/** Which indicator cell a taken value or conflict is: for the text output. */
export interface IndicatorRef {
  id: string;
  name: string;
  year: number;
}

/** The column of an indicator cell in taken and conflicts: "indicator:<id>:<year>". */
export type IndicatorColumn = `indicator:${string}:${number}`;

export function indicatorColumn(id: string, year: number): IndicatorColumn {
  return `indicator:${id}:${year}`;
}

export type IndicatorRejectReason =
  /** A returned value cell holds no finite number. */
  | "indicator-not-number"
  /** The main workbook has no such indicator for the goal. */
  | "indicator-unknown"
  /** The main workbook's indicator table has no column for the year. */
  | "indicator-no-year"
  /** The indicator was not in the file when it was sent (a row added in the return). */
  | "indicator-not-sent"
  /** The indicator was sent, but the return's indicator table no longer has it. */
  | "indicator-deleted"
  /** Two rows of the main workbook (or of the return) are the same indicator of the goal. */
  | "indicator-duplicate"
  /** The file was split before the record held indicator values: its values cannot be merged. */
  | "indicator-not-recorded";

export interface IndicatorRejection {
  goalId: string;
  reason: IndicatorRejectReason;
  indicator: string;
  year?: number;
  detail?: string;
}

/** One cell a return changed, for the shared per-cell merge. */
export interface CellCandidate {
  file: string;
  /** The cell's identity across files: goal, column (and indicator and year). */
  cell: string;
  /** The main workbook's goal ID, as reported. */
  goalId: string;
  column: string;
  indicator?: IndicatorRef;
  sent: string;
  returned: string;
  main: string;
}

/**
 * A number as compared and reported: at Excel's 15 significant digits, so a value a tool saved
 * back with its last binary digit rounded is still the value sent.
 */
export function numberText(n: number | null): string {
  return n === null ? "" : String(Number(n.toPrecision(15)));
}

/** A cell as compared: a number's numberText, "" when empty, a text as it stands. */
function cellText(v: number | string | null | undefined): string {
  return typeof v === "number" ? numberText(v) : (v ?? "");
}

const keyOf = (goalId: string, id: string): string =>
  `${idKey(goalId.trim())}\u0000${id.trim().toLowerCase()}`;

function byIndicator(rows: readonly IndicatorValues[]): {
  map: Map<string, IndicatorValues>;
  repeated: Set<string>;
} {
  const map = new Map<string, IndicatorValues>();
  const repeated = new Set<string>();
  for (const r of rows) {
    if (r.goalId.trim() === "" || r.id.trim() === "") continue;
    const k = keyOf(r.goalId, r.id);
    if (map.has(k)) repeated.add(k);
    else map.set(k, r);
  }
  return { map, repeated };
}

export interface IndicatorSides {
  file: string;
  /** What the file was sent with; null for a record without indicator values (an older split). */
  sent: readonly IndicatorValues[] | null;
  returned: readonly IndicatorValues[];
  main: readonly IndicatorValues[];
  /** The goals merged (by idKey), with the main workbook's ID: only their indicators are merged. */
  goals: ReadonlyMap<string, string>;
}

export interface IndicatorCandidates {
  candidates: CellCandidate[];
  rejected: IndicatorRejection[];
  unchanged: number;
}

/** The changed indicator cells of one return, and what of it cannot be merged. */
export function indicatorCandidates(sides: IndicatorSides): IndicatorCandidates {
  const out: IndicatorCandidates = { candidates: [], rejected: [], unchanged: 0 };
  const back = byIndicator(sides.returned);
  const mine = (r: IndicatorValues): string | undefined => sides.goals.get(idKey(r.goalId.trim()));
  if (sides.sent === null) {
    // Nothing says what was sent, so no value can be told changed or not: every returned value is
    // reported, none taken and none dropped in silence.
    for (const r of back.map.values()) {
      const goalId = mine(r);
      if (goalId === undefined) continue;
      const years = [...r.values].filter(([, v]) => cellText(v).trim() !== "").map(([y]) => y);
      if (years.length > 0)
        out.rejected.push({ goalId, reason: "indicator-not-recorded", indicator: r.id.trim() });
    }
    return out;
  }
  const sent = byIndicator(sides.sent);
  const main = byIndicator(sides.main);
  for (const [key, r] of back.map) {
    const goalId = mine(r);
    if (goalId === undefined) continue;
    const indicator = r.id.trim();
    const reject = (reason: IndicatorRejectReason, extra: { year?: number; detail?: string } = {}): void => {
      out.rejected.push({ goalId, reason, indicator, ...extra });
    };
    if (back.repeated.has(key) || main.repeated.has(key)) {
      reject("indicator-duplicate");
      continue;
    }
    const was = sent.map.get(key);
    if (was === undefined) {
      reject("indicator-not-sent");
      continue;
    }
    const now = main.map.get(key);
    const changed: { year: number; sent: string; returned: string }[] = [];
    for (const [year, v] of r.values) {
      const returned = cellText(v);
      const sentText = cellText(was.values.get(year));
      if (typeof v === "string" && v.trim() !== "") {
        reject("indicator-not-number", { year, detail: v.trim() });
        continue;
      }
      if (returned === sentText) out.unchanged++;
      else changed.push({ year, sent: sentText, returned });
    }
    if (changed.length === 0) continue;
    if (now === undefined) {
      reject("indicator-unknown");
      continue;
    }
    const name = (now.name ?? "").trim() || indicator;
    for (const c of changed) {
      if (!now.values.has(c.year)) {
        reject("indicator-no-year", { year: c.year });
        continue;
      }
      out.candidates.push({
        file: sides.file,
        cell: `${key}\u0000${c.year}`,
        goalId,
        column: indicatorColumn(now.id.trim(), c.year),
        indicator: { id: now.id.trim(), name, year: c.year },
        sent: c.sent,
        returned: c.returned,
        main: cellText(now.values.get(c.year)),
      });
    }
  }
  for (const [key, r] of sent.map)
    if (!back.map.has(key) && mine(r) !== undefined)
      out.rejected.push({ goalId: mine(r) as string, reason: "indicator-deleted", indicator: r.id.trim() });
  return out;
}
