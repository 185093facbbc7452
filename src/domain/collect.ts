// Collecting the workbooks sent to each responsible body (`maluppfoljning split`) back into the
// main workbook: a three-way merge per goal (by ID) and per official-owned cell, between what the
// file was sent with, what it came back with and what the main workbook holds now; indicator
// values (per goal, indicator and year) join the same per-cell merge (collectIndicators.ts). Pure:
// the shells read the three sides as cell text and apply `taken` to the main workbook's cells.
//
// Nothing an official wrote is lost: a value is taken only where the main workbook still holds
// what was sent; every other difference is kept as the main workbook has it and listed as a
// conflict (or, for a goal that cannot be matched, as rejected), so the analyst sees it.
import { idKey } from "./cells";
import { GOAL_COLUMNS, type ColumnKey, type GoalColumns } from "./columns";
import {
  indicatorCandidates,
  type CellCandidate,
  type IndicatorColumn,
  type IndicatorRef,
  type IndicatorRejectReason,
  type IndicatorValues,
} from "./collectIndicators";

/** A goal's cell text per column; a missing key means the table has no such column. */
export type CellValues = Readonly<Partial<Record<ColumnKey, string>>>;

/** One goal row: its ID as written and its cells. */
export interface CollectGoal {
  id: string;
  cells: CellValues;
}

/** One returned workbook: the values it was sent with and the ones it came back with. */
export interface CollectReturn {
  file: string;
  sent: readonly CollectGoal[];
  returned: readonly CollectGoal[];
  /**
   * The indicator rows it was sent with; null or absent for a record without them (a file split
   * before the record held indicator values), whose returned values are then reported, not merged.
   */
  sentIndicators?: readonly IndicatorValues[] | null;
  /** Its indicator table's rows as returned (none when it has no indicator table). */
  returnedIndicators?: readonly IndicatorValues[];
}

/** A merged column: a goal table column, or an indicator's year ("indicator:<id>:<year>"). */
export type CollectColumn = ColumnKey | IndicatorColumn;

/** Why a return, or one goal of it, was not merged. */
export type RejectReason =
  /** The file could not be read as a workbook with a goal table. */
  | "unreadable"
  /** The file has no record of what it was sent with: it did not come from `split`. */
  | "not-ours"
  /** The file was split from another workbook (another organisation or year). */
  | "other-main"
  /** The file's goal table has errors in official-owned cells (an unreadable status or trend). */
  | "invalid"
  /** The goal is not in the main workbook. */
  | "unknown-goal"
  /** The goal was not in the file when it was sent (added in the return). */
  | "not-sent"
  /** The goal was sent but the returned goal table no longer has it (row deleted or ID cleared). */
  | "deleted"
  /** The goal's text, programme or area was changed in the return. */
  | "structure-changed"
  /** Two rows of the main workbook (or of the return) have the goal's ID. */
  | "duplicate-id"
  | IndicatorRejectReason;

export interface Taken {
  file: string;
  goalId: string;
  column: CollectColumn;
  /** For an indicator value: which indicator and year (its name from the main workbook). */
  indicator?: IndicatorRef;
  from: string;
  to: string;
}

export interface Conflict {
  file: string;
  goalId: string;
  column: CollectColumn;
  indicator?: IndicatorRef;
  sent: string;
  main: string;
  returned: string;
}

export interface Rejected {
  file: string;
  goalId?: string;
  reason: RejectReason;
  /** The indicator (its ID) and year of an indicator value not merged. */
  indicator?: string;
  year?: number;
  /** What was found: the changed column's key, the first validation messages, a value's text. */
  detail?: string;
}

export interface CollectResult {
  taken: Taken[];
  conflicts: Conflict[];
  rejected: Rejected[];
  /** Official-owned cells of the returns that needed nothing: returned as sent, or as main has it. */
  unchanged: number;
}

/** The columns whose cells the officials own: the ones collect merges. */
export function officialColumnKeys(columns: GoalColumns = GOAL_COLUMNS): ColumnKey[] {
  return columns.filter((c) => c.owner === "official").map((c) => c.key);
}

/** The columns whose change in a return means the goal is no longer the goal that was sent. */
export const STRUCTURE_KEYS: readonly ColumnKey[] = ["program", "area", "text"];

/** Cell text as compared: line breaks as Excel and LibreOffice may save them are one. */
function same(a: string, b: string): boolean {
  return a === b || a.replace(/\r\n?/g, "\n") === b.replace(/\r\n?/g, "\n");
}

/** Goals by idKey; IDs that occur more than once are in `repeated`. Rows without an ID are skipped. */
function byId(goals: readonly CollectGoal[]): { map: Map<string, CollectGoal>; repeated: Set<string> } {
  const map = new Map<string, CollectGoal>();
  const repeated = new Set<string>();
  for (const g of goals) {
    const k = idKey(g.id.trim());
    if (k === "") continue;
    if (map.has(k)) repeated.add(k);
    else map.set(k, g);
  }
  return { map, repeated };
}

/**
 * The three-way merge. `main`: the main workbook's goal rows now; `returns`: the files that could
 * be read and are ours (`rejected`: those that could not, passed through in the result first).
 * `columns`: the goal columns (default GOAL_COLUMNS), whose official-owned ones are merged.
 * `mainIndicators`: the main workbook's indicator rows, whose year cells are merged too.
 */
export function collectReturns(
  main: readonly CollectGoal[],
  returns: readonly CollectReturn[],
  rejected: readonly Rejected[] = [],
  columns: GoalColumns = GOAL_COLUMNS,
  mainIndicators: readonly IndicatorValues[] = [],
): CollectResult {
  const result: CollectResult = { taken: [], conflicts: [], rejected: [...rejected], unchanged: 0 };
  const official = officialColumnKeys(columns);
  const mains = byId(main);
  const candidates: CellCandidate[] = [];

  for (const r of returns) {
    const sent = byId(r.sent);
    const back = byId(r.returned);
    // The goals of this return that merge: only their indicator values are merged.
    const merged = new Map<string, string>();
    for (const [key, goal] of back.map) {
      const reject = (reason: RejectReason, detail?: string): void => {
        result.rejected.push({ file: r.file, goalId: goal.id.trim(), reason, ...(detail ? { detail } : {}) });
      };
      const mainGoal = mains.map.get(key);
      const sentGoal = sent.map.get(key);
      if (mainGoal === undefined) {
        reject("unknown-goal");
        continue;
      }
      if (mains.repeated.has(key) || back.repeated.has(key)) {
        reject("duplicate-id");
        continue;
      }
      if (sentGoal === undefined) {
        reject("not-sent");
        continue;
      }
      const changed = STRUCTURE_KEYS.find(
        (c) => goal.cells[c] !== undefined && !same(goal.cells[c] ?? "", sentGoal.cells[c] ?? ""),
      );
      if (changed !== undefined) {
        reject("structure-changed", changed);
        continue;
      }
      merged.set(key, mainGoal.id.trim());
      for (const column of official) {
        const returned = goal.cells[column];
        // A column the return's table does not have was not returned: nothing to merge.
        if (returned === undefined) continue;
        const was = sentGoal.cells[column] ?? "";
        if (same(returned, was)) result.unchanged++;
        else
          candidates.push({
            file: r.file,
            cell: `${key}\u0000${column}`,
            goalId: mainGoal.id.trim(),
            column,
            sent: was,
            returned,
            main: mainGoal.cells[column] ?? "",
          });
      }
    }
    const indicators = indicatorCandidates({
      file: r.file,
      sent: r.sentIndicators ?? null,
      returned: r.returnedIndicators ?? [],
      main: mainIndicators,
      goals: merged,
    });
    candidates.push(...indicators.candidates);
    result.unchanged += indicators.unchanged;
    for (const x of indicators.rejected) result.rejected.push({ file: r.file, ...x });
    // A sent goal missing from the return: nothing to take, but the analyst must hear of it, as a
    // deleted row may have held the body's assessment.
    for (const [key, goal] of sent.map)
      if (!back.map.has(key))
        result.rejected.push({ file: r.file, goalId: goal.id.trim(), reason: "deleted" });
  }

  // Per cell: every return that changed it, in the order the files were given.
  const perCell = new Map<string, CellCandidate[]>();
  for (const c of candidates) {
    const list = perCell.get(c.cell);
    if (list) list.push(c);
    else perCell.set(c.cell, [c]);
  }
  for (const list of perCell.values()) {
    const now = list[0].main;
    const conflict = (c: CellCandidate): Conflict => ({
      file: c.file,
      goalId: c.goalId,
      column: c.column as CollectColumn,
      ...(c.indicator ? { indicator: c.indicator } : {}),
      sent: c.sent,
      main: now,
      returned: c.returned,
    });
    const values = list.map((c) => c.returned);
    const agree = values.every((v) => same(v, values[0]));
    if (!agree) {
      // Two returns disagree: neither wins; the main's value stays.
      result.conflicts.push(...list.map(conflict));
      continue;
    }
    if (same(now, values[0])) {
      result.unchanged += list.length;
      continue;
    }
    const clashing = list.filter((c) => !same(now, c.sent));
    if (clashing.length > 0) {
      // The main changed since it was sent, to something else: the main's value stays.
      result.conflicts.push(...clashing.map(conflict));
      result.unchanged += list.length - clashing.length;
      continue;
    }
    const first = list[0];
    result.taken.push({
      file: first.file,
      goalId: first.goalId,
      column: first.column as CollectColumn,
      ...(first.indicator ? { indicator: first.indicator } : {}),
      from: now,
      to: first.returned,
    });
    result.unchanged += list.length - 1;
  }
  return result;
}

/** True when everything merged: no conflict and nothing rejected. */
export function collectedCleanly(result: CollectResult): boolean {
  return result.conflicts.length === 0 && result.rejected.length === 0;
}
