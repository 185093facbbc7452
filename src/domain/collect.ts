// Collecting the workbooks sent to each responsible body (`maluppfoljning split`) back into the
// main workbook: a three-way merge per goal (by ID) and per official-owned cell, between what the
// file was sent with, what it came back with and what the main workbook holds now. Pure: the
// shells read the three sides as cell text and apply `taken` to the main workbook's cells.
//
// Nothing an official wrote is lost: a value is taken only where the main workbook still holds
// what was sent; every other difference is kept as the main workbook has it and listed as a
// conflict (or, for a goal that cannot be matched, as rejected), so the analyst sees it.
import { idKey } from "./cells";
import { GOAL_COLUMNS, type ColumnKey, type GoalColumns } from "./columns";

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
}

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
  | "duplicate-id";

export interface Taken {
  file: string;
  goalId: string;
  column: ColumnKey;
  from: string;
  to: string;
}

export interface Conflict {
  file: string;
  goalId: string;
  column: ColumnKey;
  sent: string;
  main: string;
  returned: string;
}

export interface Rejected {
  file: string;
  goalId?: string;
  reason: RejectReason;
  /** What was found: the changed column's key, or the first validation messages. */
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

interface Candidate {
  file: string;
  key: string;
  column: ColumnKey;
  sent: string;
  returned: string;
}

/**
 * The three-way merge. `main`: the main workbook's goal rows now; `returns`: the files that could
 * be read and are ours (`rejected`: those that could not, passed through in the result first).
 * `columns`: the goal columns (default GOAL_COLUMNS), whose official-owned ones are merged.
 */
export function collectReturns(
  main: readonly CollectGoal[],
  returns: readonly CollectReturn[],
  rejected: readonly Rejected[] = [],
  columns: GoalColumns = GOAL_COLUMNS,
): CollectResult {
  const result: CollectResult = { taken: [], conflicts: [], rejected: [...rejected], unchanged: 0 };
  const official = officialColumnKeys(columns);
  const mains = byId(main);
  const candidates: Candidate[] = [];

  for (const r of returns) {
    const sent = byId(r.sent);
    const back = byId(r.returned);
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
      for (const column of official) {
        const returned = goal.cells[column];
        // A column the return's table does not have was not returned: nothing to merge.
        if (returned === undefined) continue;
        const was = sentGoal.cells[column] ?? "";
        if (same(returned, was)) result.unchanged++;
        else candidates.push({ file: r.file, key, column, sent: was, returned });
      }
    }
    // A sent goal missing from the return: nothing to take, but the analyst must hear of it, as a
    // deleted row may have held the body's assessment.
    for (const [key, goal] of sent.map)
      if (!back.map.has(key))
        result.rejected.push({ file: r.file, goalId: goal.id.trim(), reason: "deleted" });
  }

  // Per cell: every return that changed it, in the order the files were given.
  const perCell = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = `${c.key}\u0000${c.column}`;
    const list = perCell.get(k);
    if (list) list.push(c);
    else perCell.set(k, [c]);
  }
  for (const list of perCell.values()) {
    const mainGoal = mains.map.get(list[0].key) as CollectGoal;
    const now = mainGoal.cells[list[0].column] ?? "";
    const conflict = (c: Candidate): Conflict => ({
      file: c.file,
      goalId: mainGoal.id.trim(),
      column: c.column,
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
      goalId: mainGoal.id.trim(),
      column: first.column,
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
