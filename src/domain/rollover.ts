// Rollover: closing one follow-up year and opening the next with the same goals. The year's
// status, trend and comment move into each goal's history, the year's cells are emptied, and the
// structure's year moves on. Pure, so that every shell that rolls over does it the same way (none
// does yet: the CLI command and the pane action are to come, and they are to check the
// workbook's validation first, because a year closed with unreadable cells would be history
// nobody can compare against).
import type { Goal, GoalStructure, HistoryEntry } from "./types";

export type RolloverRefusal = { reason: "yearNotLater"; current: number; requested: number };

export type RolloverResult = { ok: true; structure: GoalStructure } | ({ ok: false } & RolloverRefusal);

/** The history entry a goal's current assessment becomes, for `year`. */
export function historyEntryOf(goal: Goal, year: number): HistoryEntry {
  const entry: HistoryEntry = { year, status: goal.status, trend: goal.trend };
  if (goal.comment !== undefined && goal.comment !== "") entry.comment = goal.comment;
  return entry;
}

/**
 * The structure for follow-up year `year`: every goal keeps its place, text and indicators, and
 * gains an entry for the closing year, also when it was not assessed (the entry then says so, and
 * the goal counts in that year's total). `structure` is left unchanged.
 */
export function rolloverStructure(structure: GoalStructure, year: number): RolloverResult {
  if (!Number.isInteger(year) || year <= structure.year) {
    return { ok: false, reason: "yearNotLater", current: structure.year, requested: year };
  }
  const closing = structure.year;
  const programs = structure.programs.map((program) => ({
    ...program,
    areas: program.areas.map((area) => ({
      ...area,
      goals: area.goals.map((goal) => {
        const { comment: _closed, ...rest } = goal;
        const history = [...(goal.history ?? []), historyEntryOf(goal, closing)];
        return { ...rest, status: null, trend: null, history };
      }),
    })),
  }));
  return { ok: true, structure: { ...structure, year, programs } };
}
