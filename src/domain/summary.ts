// Counting: per målområde, per programme and in total, by status (with "missing" for not
// assessed), by trend (with "missing"), as a status × trend cross-table and by the done mark; per
// responsible body (the Ansvarig column, responsible.ts); and reconciliation
// against the figures the source document published. Counts are plain integers so every view
// (sheet, CLI, report text) shows the same numbers; shares are derived, never stored.
import type { Goal, GoalStructure, ReportedFigures, Status, Trend } from "./types";
import { STATUSES, TRENDS } from "./types";
import { summarizeResponsible, type ResponsibleSummary } from "./responsible";

export type StatusKey = Status | "missing";
export type TrendKey = Trend | "missing";

export const STATUS_KEYS: readonly StatusKey[] = [...STATUSES, "missing"];
export const TREND_KEYS: readonly TrendKey[] = [...TRENDS, "missing"];

export interface Counts {
  total: number;
  status: Record<StatusKey, number>;
  trend: Record<TrendKey, number>;
  cross: Record<StatusKey, Record<TrendKey, number>>;
  /** Goals marked done (the Klar column). */
  done: number;
}

export interface AreaSummary extends Counts {
  id: string;
  name: string;
}

export interface Difference {
  /** e.g. "status.red", "trend.up", "total". */
  field: string;
  reported: number;
  actual: number;
  /** actual - reported */
  diff: number;
}

export interface Reconciliation {
  matches: boolean;
  /** Only the fields that differ. */
  differences: Difference[];
}

export interface ProgramSummary extends Counts {
  id: string;
  name: string;
  areas: AreaSummary[];
  /** Null when the programme has no reported figures. */
  reconciliation: Reconciliation | null;
}

export interface Summary {
  programs: ProgramSummary[];
  total: Counts;
  /** One entry per responsible body, in order of first appearance; goals without one last. */
  responsible: ResponsibleSummary[];
}

function trendRow(): Record<TrendKey, number> {
  return { up: 0, flat: 0, down: 0, missing: 0 };
}

/** All-zero counts. */
export function emptyCounts(): Counts {
  return {
    total: 0,
    status: { red: 0, yellow: 0, green: 0, missing: 0 },
    trend: trendRow(),
    cross: { red: trendRow(), yellow: trendRow(), green: trendRow(), missing: trendRow() },
    done: 0,
  };
}

// Anything that is not a known value counts as missing, so the counts always add up to the
// total, whatever a caller passes in. Indices follow STATUS_KEYS and TREND_KEYS.
function statusIndex(s: unknown): number {
  switch (s) {
    case "red":
      return 0;
    case "yellow":
      return 1;
    case "green":
      return 2;
    default:
      return 3;
  }
}

function trendIndex(tr: unknown): number {
  switch (tr) {
    case "up":
      return 0;
    case "flat":
      return 1;
    case "down":
      return 2;
    default:
      return 3;
  }
}

/** Counts from a 4 × 4 status × trend tally (index status * 4 + trend), its done count at index 16. */
function countsFromTally(tally: ArrayLike<number>): Counts {
  const c = emptyCounts();
  c.done = tally[16];
  for (let si = 0; si < 4; si++) {
    const sk = STATUS_KEYS[si];
    for (let ti = 0; ti < 4; ti++) {
      const n = tally[si * 4 + ti];
      if (n === 0) continue;
      const tk = TREND_KEYS[ti];
      c.cross[sk][tk] = n;
      c.status[sk] += n;
      c.trend[tk] += n;
      c.total += n;
    }
  }
  return c;
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): void {
  a.total += b.total;
  a.done += b.done;
  for (const s of STATUS_KEYS) {
    a.status[s] += b.status[s];
    for (const tr of TREND_KEYS) a.cross[s][tr] += b.cross[s][tr];
  }
  for (const tr of TREND_KEYS) a.trend[tr] += b.trend[tr];
}

/**
 * Adds each goal to a 4 × 4 status × trend tally (index status * 4 + trend): no keyed property
 * writes in the loop over goals. A function of its own, so its optimised code depends only on the
 * goals' shapes, not on those of the programmes and areas around them.
 */
function tallyGoals(goals: readonly Goal[], tally: Int32Array): void {
  for (let i = 0; i < goals.length; i++) {
    const g = goals[i];
    tally[statusIndex(g.status) * 4 + trendIndex(g.trend)]++;
    if (g.done === true) tally[16]++;
  }
}

/** Counts per area, programme and in total. Every area of the structure appears, also with 0 goals. */
export function summarize(s: GoalStructure): Summary {
  const total = emptyCounts();
  const programs: ProgramSummary[] = s.programs.map((p) => {
    const program: ProgramSummary = {
      ...emptyCounts(),
      id: p.id,
      name: p.name,
      areas: [],
      reconciliation: null,
    };
    const tally = new Int32Array(17);
    for (const a of p.areas) {
      tally.fill(0);
      tallyGoals(a.goals, tally);
      const area: AreaSummary = { ...countsFromTally(tally), id: a.id, name: a.name };
      addCounts(program, area);
      program.areas.push(area);
    }
    if (p.reported !== undefined) program.reconciliation = reconcile(program, p.reported);
    addCounts(total, program);
    return program;
  });
  return { programs, total, responsible: summarizeResponsible(s) };
}

/** A fraction 0..1; 0 when total is 0. */
export function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/** Compares counts with the published figures: total, each status and each trend. */
export function reconcile(counts: Counts, reported: ReportedFigures): Reconciliation {
  const differences: Difference[] = [];
  const compare = (field: string, reportedValue: number, actual: number): void => {
    if (reportedValue !== actual)
      differences.push({ field, reported: reportedValue, actual, diff: actual - reportedValue });
  };
  compare("total", reported.total, counts.total);
  for (const s of STATUSES) compare(`status.${s}`, reported.status[s], counts.status[s]);
  for (const tr of TRENDS) compare(`trend.${tr}`, reported.trend[tr], counts.trend[tr]);
  return { matches: differences.length === 0, differences };
}
