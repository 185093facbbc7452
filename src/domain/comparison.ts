// The comparison with earlier years, from the goals' histories (Goal.history): per programme the
// counts of every earlier year, and how this year's statuses compare with those of the comparison
// year: one year for the whole structure, the latest in any goal's history (comparisonYear), so
// every programme, the goal table's "last year" columns (src/plan/previous.ts, which look up the
// latest year of the history table) and the summary sheet's live counts compare with the same
// year. A programme none of whose goals has an entry for that year has no comparison. Kept apart
// from summarize(), which stays a count of this year's cells.
import { t } from "../i18n";
import type { StringKey } from "../i18n";
import { STATUS_KEYS, TREND_KEYS, type StatusKey, type TrendKey } from "./summary";
import { formatCount } from "./textexpr";
import type { Goal, GoalStructure, HistoryEntry, Lang } from "./types";

/** One earlier year's own counts, over the goals that have an entry for that year. */
export interface YearCounts {
  year: number;
  total: number;
  status: Record<StatusKey, number>;
  trend: Record<TrendKey, number>;
}

/** This year's goals against one earlier year. */
export interface Comparison extends YearCounts {
  /** Goals with a status both years, better this year (red < yellow < green). */
  improved: number;
  worsened: number;
  unchanged: number;
  /** Goals without a status in either year, or without an entry for that year (new this year). */
  notComparable: number;
  /** [earlier status][this year's status], over the goals with an entry for that year. */
  transitions: Record<StatusKey, Record<StatusKey, number>>;
}

export interface AreaHistory {
  id: string;
  /** Null when the programme's is, or when none of the area's goals has an entry for that year. */
  comparison: Comparison | null;
}

export interface ProgramHistory {
  id: string;
  /** Against the comparison year; null when none of the programme's goals has an entry for it. */
  comparison: Comparison | null;
  areas: AreaHistory[];
  /** Every earlier year in the programme's goals' histories, oldest first. */
  history: YearCounts[];
}

function statusRow(): Record<StatusKey, number> {
  return { red: 0, yellow: 0, green: 0, missing: 0 };
}

function emptyYear(year: number): YearCounts {
  return { year, total: 0, status: statusRow(), trend: { up: 0, flat: 0, down: 0, missing: 0 } };
}

function emptyComparison(year: number): Comparison {
  return {
    ...emptyYear(year),
    improved: 0,
    worsened: 0,
    unchanged: 0,
    notComparable: 0,
    transitions: { red: statusRow(), yellow: statusRow(), green: statusRow(), missing: statusRow() },
  };
}

// Anything that is not a known value counts as missing, as summarize() counts it, so the figures
// add up whatever a caller passes in.
function statusKey(s: unknown): StatusKey {
  return s === "red" || s === "yellow" || s === "green" ? s : "missing";
}

function trendKey(tr: unknown): TrendKey {
  return tr === "up" || tr === "flat" || tr === "down" ? tr : "missing";
}

const RANK: Record<StatusKey, number> = { red: 0, yellow: 1, green: 2, missing: -1 };

function addYear(c: YearCounts, e: HistoryEntry): void {
  c.total++;
  c.status[statusKey(e.status)]++;
  c.trend[trendKey(e.trend)]++;
}

/** The goal's entry for `year`, if any. Histories are short, so a scan is cheapest. */
function entryFor(g: Goal, year: number): HistoryEntry | undefined {
  const h = g.history;
  if (h === undefined) return undefined;
  for (let i = h.length - 1; i >= 0; i--) if (h[i].year === year) return h[i];
  return undefined;
}

/** `goals` (this year) against their entries for `year`. */
export function compareGoals(goals: readonly Goal[], year: number): Comparison {
  const c = emptyComparison(year);
  for (const g of goals) {
    const e = entryFor(g, year);
    if (e === undefined) {
      c.notComparable++;
      continue;
    }
    addYear(c, e);
    const from = statusKey(e.status);
    const to = statusKey(g.status);
    c.transitions[from][to]++;
    if (from === "missing" || to === "missing") c.notComparable++;
    else if (RANK[to] > RANK[from]) c.improved++;
    else if (RANK[to] < RANK[from]) c.worsened++;
    else c.unchanged++;
  }
  return c;
}

function addComparison(a: Comparison, b: Comparison): void {
  a.total += b.total;
  a.improved += b.improved;
  a.worsened += b.worsened;
  a.unchanged += b.unchanged;
  a.notComparable += b.notComparable;
  for (const s of STATUS_KEYS) {
    a.status[s] += b.status[s];
    for (const to of STATUS_KEYS) a.transitions[s][to] += b.transitions[s][to];
  }
  for (const tr of TREND_KEYS) a.trend[tr] += b.trend[tr];
}

/** Counts per earlier year over the programme's goals, oldest first; [] when none has history. */
function yearCounts(areas: readonly { goals: readonly Goal[] }[]): YearCounts[] {
  const byYear = new Map<number, YearCounts>();
  for (const a of areas) {
    for (const g of a.goals) {
      const h = g.history;
      if (h === undefined) continue;
      for (const e of h) {
        let c = byYear.get(e.year);
        if (c === undefined) {
          c = emptyYear(e.year);
          byYear.set(e.year, c);
        }
        addYear(c, e);
      }
    }
  }
  return [...byYear.values()].sort((x, y) => x.year - y.year);
}

/** The comparison year: the latest year in any goal's history; null when no goal has history. */
export function comparisonYear(s: GoalStructure): number | null {
  let year: number | null = null;
  for (const p of s.programs)
    for (const a of p.areas)
      for (const g of a.goals)
        for (const e of g.history ?? [])
          if (e.year < s.year && (year === null || e.year > year)) year = e.year;
  return year;
}

/** Per programme, in summarize()'s order: its earlier years and the comparison with comparisonYear. */
export function summarizeHistory(s: GoalStructure): ProgramHistory[] {
  const year = comparisonYear(s);
  return s.programs.map((p) => {
    const history = yearCounts(p.areas);
    if (year === null || !history.some((y) => y.year === year)) {
      return {
        id: p.id,
        comparison: null,
        areas: p.areas.map((a) => ({ id: a.id, comparison: null })),
        history,
      };
    }
    const comparison = emptyComparison(year);
    const areas = p.areas.map((a) => {
      const c = compareGoals(a.goals, year);
      addComparison(comparison, c);
      return { id: a.id, comparison: c.total > 0 ? c : null };
    });
    return { id: p.id, comparison, areas, history };
  });
}

const PARTS = ["improved", "worsened", "unchanged"] as const;

function countPhrase(lang: Lang, key: string, n: number): string {
  const form = n === 0 ? "zero" : n === 1 ? "one" : "many";
  return t(lang, `${key}.${form}` as StringKey, { count: formatCount(n, lang) });
}

/**
 * The comparison in a sentence or two, e.g. "Jämfört med 2023 har 3 mål fått en bättre
 * bedömning, ett mål en sämre och 20 samma." The summary sheet writes the same sentence as a
 * formula from src/plan/comparisonText.ts, which test/plan/comparisonText.test.ts holds to this.
 */
export function comparisonText(c: Comparison, lang: Lang): string {
  // A year is a name, not a count: never grouped as "2,023".
  const year = String(c.year);
  if (c.improved + c.worsened + c.unchanged === 0)
    return t(lang, "domain.comparison.noneComparable", { year });
  const parts = PARTS.map((k) => countPhrase(lang, `domain.comparison.${k}`, c[k]));
  const list = `${parts.slice(0, -1).join(", ")} ${t(lang, "domain.list.and")} ${parts[parts.length - 1]}`;
  const out = [t(lang, "domain.comparison.intro", { year, parts: list })];
  if (c.notComparable === 1) out.push(t(lang, "domain.comparison.notComparable.one"));
  else if (c.notComparable > 1)
    out.push(t(lang, "domain.comparison.notComparable.many", { count: formatCount(c.notComparable, lang) }));
  return out.join(" ");
}
