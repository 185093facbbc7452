// Rollover: closing one follow-up year and opening the next with the same goals. The year's
// status, trend and comment move into each goal's history, the year's cells are emptied, and the
// structure's year moves on. Pure, so that every shell that rolls over does it the same way; the
// shells check the workbook's validation first, because a year closed with unreadable cells
// would be history nobody can compare against.
//
// History import: an earlier follow-up (a structure file, or a workbook of ours read back)
// merged into the history by goal ID: its year's assessments, and its own history, become
// entries of the goals that still exist.
import { idKey } from "./cells";
import type { ColumnKey } from "./columns";
import type { Goal, GoalStructure, HistoryEntry } from "./types";

/**
 * The goal-table columns a rollover empties for the goals it closes: the year's assessment, its
 * done mark (the history does not keep it), and the add-in's suggestions, which were the closing
 * year's (a stale one beside an empty status would read as advice for the new year).
 */
export const ROLLOVER_EMPTIED: readonly ColumnKey[] = [
  "status",
  "trend",
  "comment",
  "done",
  "suggestedStatus",
  "suggestedTrend",
];

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
        // The done mark is the closing year's: the new year starts not done (history does not keep it).
        const { comment: _closed, done: _done, ...rest } = goal;
        const history = [...(goal.history ?? []), historyEntryOf(goal, closing)];
        return { ...rest, status: null, trend: null, history };
      }),
    })),
  }));
  return { ok: true, structure: { ...structure, year, programs } };
}

/** One history row a shell writes: the goal (its ID as the goal table holds it) and the entry. */
export interface HistoryRowChange {
  id: string;
  entry: HistoryEntry;
}

export type ClosingResult =
  { ok: true; closing: number; year: number; rows: HistoryRowChange[] } | ({ ok: false } & RolloverRefusal);

/**
 * The history rows a rollover to `year` appends, in goal (structure) order: one per goal, for the
 * closing year. Every existing row stays as it is (all are for earlier years), so a workbook
 * shell appends these and never rewrites what is there.
 */
export function closingRows(structure: GoalStructure, year: number): ClosingResult {
  const rolled = rolloverStructure(structure, year);
  if (!rolled.ok) return rolled;
  const rows: HistoryRowChange[] = [];
  for (const p of structure.programs)
    for (const a of p.areas)
      for (const g of a.goals) rows.push({ id: g.id, entry: historyEntryOf(g, structure.year) });
  return { ok: true, closing: structure.year, year, rows };
}

export type ImportRefusal = { reason: "notEarlier"; source: number; target: number };

export interface HistoryImport {
  ok: true;
  /** `target` with the imported entries in its goals' histories. */
  structure: GoalStructure;
  /** Entries for a goal and year the history did not hold, in goal order, then by year. */
  added: HistoryRowChange[];
  /** Entries that replace a different one the history held for that goal and year. */
  replaced: HistoryRowChange[];
  /** Entries equal to what the history already held. */
  unchanged: number;
  /**
   * Entries the history held and keeps, because the source's own year for that goal had a status
   * or trend that could not be read (`unreadable`): an empty cell of a misread one is no assessment.
   */
  kept: HistoryRowChange[];
  /** Goal IDs of the source that no goal of the target has, as the source writes them. */
  unknownGoals: string[];
  /** The years the import brought, oldest first. */
  years: number[];
}

function sameEntry(a: HistoryEntry, b: HistoryEntry): boolean {
  return (
    a.year === b.year &&
    a.status === b.status &&
    a.trend === b.trend &&
    (a.comment ?? "") === (b.comment ?? "")
  );
}

/**
 * `incoming` over `held`, field by field: what the source says wins, but an empty status, trend
 * or comment in the source leaves the held one, so an import never erases a word someone typed
 * into the history (a source whose comment column was left empty, say).
 */
function overlay(held: HistoryEntry, incoming: HistoryEntry): HistoryEntry {
  const comment = (incoming.comment ?? "") !== "" ? incoming.comment : held.comment;
  return {
    year: incoming.year,
    status: incoming.status ?? held.status,
    trend: incoming.trend ?? held.trend,
    ...(comment !== undefined && comment !== "" ? { comment } : {}),
  };
}

/** Every entry `goal` of an earlier follow-up brings: its history, then its own year's. */
function entriesOf(goal: Goal, year: number): HistoryEntry[] {
  return [...(goal.history ?? []).filter((e) => e.year < year), historyEntryOf(goal, year)];
}

/**
 * Merges the follow-up `source` (an earlier year's structure, with its assessments and its own
 * history) into the history of `target`, by goal ID (any case, as everywhere). An imported entry
 * wins over a different one for the same goal and year: the import is an explicit act, and the
 * replaced entries are listed so that the shell can say which. Refuses a source that is not of an
 * earlier year than the target. A source's empty field never erases a held one (overlay).
 * `unreadable` holds the goal IDs (idKey) of the source whose status
 * or trend could not be read: their entry for the source's year never replaces a held one.
 */
export function importHistory(
  target: GoalStructure,
  source: GoalStructure,
  unreadable: ReadonlySet<string> = new Set(),
): HistoryImport | ({ ok: false } & ImportRefusal) {
  if (source.year >= target.year) {
    return { ok: false, reason: "notEarlier", source: source.year, target: target.year };
  }
  const incoming = new Map<string, { id: string; entries: HistoryEntry[] }>();
  for (const p of source.programs)
    for (const a of p.areas)
      for (const g of a.goals) {
        const key = idKey(g.id.trim());
        if (key !== "" && !incoming.has(key))
          incoming.set(key, { id: g.id.trim(), entries: entriesOf(g, source.year) });
      }
  const added: HistoryRowChange[] = [];
  const replaced: HistoryRowChange[] = [];
  const kept: HistoryRowChange[] = [];
  const years = new Set<number>();
  let unchanged = 0;
  const known = new Set<string>();
  const programs = target.programs.map((p) => ({
    ...p,
    areas: p.areas.map((a) => ({
      ...a,
      goals: a.goals.map((g): Goal => {
        const key = idKey(g.id.trim());
        const from = incoming.get(key);
        if (from === undefined) return g;
        known.add(key);
        const byYear = new Map((g.history ?? []).map((e) => [e.year, e]));
        for (const e of from.entries) {
          years.add(e.year);
          const held = byYear.get(e.year);
          if (held !== undefined && e.year === source.year && unreadable.has(key)) {
            kept.push({ id: g.id, entry: held });
            continue;
          }
          const entry = held === undefined ? e : overlay(held, e);
          if (held !== undefined && sameEntry(held, entry)) unchanged++;
          else (held === undefined ? added : replaced).push({ id: g.id, entry });
          byYear.set(e.year, entry);
        }
        const history = [...byYear.values()].sort((x, y) => x.year - y.year);
        return { ...g, history };
      }),
    })),
  }));
  const unknownGoals = [...incoming].filter(([key]) => !known.has(key)).map(([, v]) => v.id);
  return {
    ok: true,
    structure: { ...target, programs },
    added,
    replaced,
    unchanged,
    kept,
    unknownGoals,
    years: [...years].sort((x, y) => x - y),
  };
}
