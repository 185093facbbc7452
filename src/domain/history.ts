// The history table read back: rows of cell text (year, goal ID, status, trend, comment) into
// each goal's HistoryEntry list, with an issue for every row that cannot be read as it stands.
// What happens to such a row is decided here, once, for the CLI, the pane and the ribbon alike:
// - a year that is not four digits, or not before the follow-up year: the row is not read;
// - a goal ID no goal has (or none): the row is not read (a warning: the goal may have left the
//   structure, and its history stays on the sheet);
// - a second row for the same goal and year: the first one counts, the later one is not read;
// - a status or trend the vocabulary does not read: the entry is kept with that value null, so
//   its year and comment are not lost (an error, as in the goal table). A word for "not
//   assessed" is read as null without an issue: it says exactly that.
// A comment is kept exactly as the cell holds it; only an empty cell means no comment.
import { idKey } from "./cells";
import { addIssue, joinOr, newIssueSink, type Issue, type IssueCode, type MessageSpec } from "./issues";
import type { Goal, GoalStructure, HistoryEntry, HistoryField, Lang, Status, Trend } from "./types";
import { HISTORY_FIELDS } from "./types";
import { parseStatus, parseTrend, statusLabels, trendLabels, type Parsed } from "./vocabulary";

/** One body row of the history table: its 0-based position in the body and its cells' text. */
export interface HistoryRow {
  index: number;
  cells: Partial<Record<HistoryField, string>>;
}

export interface HistoryRead {
  /** Entries by goal (idKey of the goal ID), oldest first. */
  byGoal: Map<string, HistoryEntry[]>;
  issues: Issue[];
}

/** The goals a history row may name: their IDs (as written) and the follow-up year. */
export interface HistoryGoals {
  ids: Iterable<string>;
  /** The structure's year; 0 when unknown (then any year is taken). */
  year: number;
}

const YEAR = /^\d{4}$/;

/**
 * Reads the history rows against the goal table's IDs and the follow-up year. Issues carry row -1
 * and column null (they are not goal-table cells) and `history` with the row and field.
 */
export function readHistory(rows: readonly HistoryRow[], goals: HistoryGoals, lang: Lang): HistoryRead {
  const ids = new Map<string, string>();
  for (const raw of goals.ids) {
    const id = raw.trim();
    if (id !== "" && !ids.has(idKey(id))) ids.set(idKey(id), id);
  }
  const sink = newIssueSink();
  const byGoal = new Map<string, HistoryEntry[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    const cell = (f: HistoryField): string => row.cells[f] ?? "";
    if (HISTORY_FIELDS.every((f) => cell(f).trim() === "")) continue;
    const id = cell("id").trim();
    const yearText = cell("year").trim();
    const issue = (field: HistoryField, code: IssueCode, spec: MessageSpec): void => {
      const added = addIssue(sink, { row: -1, goalId: id }, { code, column: null, value: cell(field) }, spec);
      added.history = { row: row.index, field };
    };
    if (!YEAR.test(yearText)) {
      issue("year", "history-bad-year", {
        key: "domain.history.badYear",
        params: () => ({ value: cell("year") }),
      });
      continue;
    }
    const year = Number(yearText);
    if (goals.year > 0 && year >= goals.year) {
      issue("year", "history-bad-year", {
        key: "domain.history.yearNotBefore",
        params: () => ({ year, current: goals.year }),
      });
      continue;
    }
    const goal = ids.get(idKey(id));
    if (goal === undefined) {
      issue("id", "history-unknown-goal", {
        key: id === "" ? "domain.history.missingId" : "domain.history.unknownGoal",
        params: () => ({ value: id }),
      });
      continue;
    }
    const key = `${idKey(id)}\u0000${year}`;
    if (seen.has(key)) {
      issue("year", "history-duplicate", {
        key: "domain.history.duplicateYear",
        params: () => ({ id: goal, year }),
      });
      continue;
    }
    seen.add(key);
    const status = readValue(parseStatus(cell("status"), lang), () =>
      issue("status", "history-unknown-status", {
        key: "domain.issue.unknownStatus",
        params: (l) => ({ value: cell("status"), labels: joinOr(statusLabels(l), l) }),
      }),
    );
    const trend = readValue(parseTrend(cell("trend"), lang), () =>
      issue("trend", "history-unknown-trend", {
        key: "domain.issue.unknownTrend",
        params: (l) => ({ value: cell("trend"), labels: joinOr(trendLabels(l), l) }),
      }),
    );
    const entry: HistoryEntry = { year, status, trend };
    const comment = cell("comment");
    if (comment !== "") entry.comment = comment;
    const list = byGoal.get(idKey(id)) ?? [];
    list.push(entry);
    byGoal.set(idKey(id), list);
  }
  for (const list of byGoal.values()) list.sort((a, b) => a.year - b.year);
  return { byGoal, issues: sink.issues };
}

function readValue<T extends Status | Trend>(parsed: Parsed<T>, unreadable: () => void): T | null {
  if (!parsed.ok && parsed.notAssessed !== true) unreadable();
  return parsed.value;
}

/**
 * A copy of `structure` whose goals carry `field` from `byGoal` (keyed by idKey of the goal ID);
 * goals without an entry are left as they are. For what a workbook holds beside the goal table.
 */
export function withPerGoal<K extends "history" | "indicators">(
  structure: GoalStructure,
  field: K,
  byGoal: ReadonlyMap<string, NonNullable<Goal[K]>>,
): GoalStructure {
  if (byGoal.size === 0) return structure;
  return {
    ...structure,
    programs: structure.programs.map((p) => ({
      ...p,
      areas: p.areas.map((a) => ({
        ...a,
        goals: a.goals.map((g) => {
          const value = byGoal.get(idKey(g.id.trim()));
          return value ? { ...g, [field]: value } : g;
        }),
      })),
    })),
  };
}

/** `structure` with each goal's history from `read` (goals without rows get none). */
export function withHistory(structure: GoalStructure, read: HistoryRead): GoalStructure {
  return withPerGoal(structure, "history", read.byGoal);
}
