// Indicators: the measured values behind a goal, and the pure rules that suggest a status and a
// trend from them. A suggestion is only a suggestion: the official's own status and trend in the
// goal table stay what they wrote. The rules have defaults that the structure, a programme or an
// indicator can override, field by field (see docs/ARCHITECTURE.md and README.md, "Indicators").
import type { Goal, GoalStructure, Program, Status, Trend } from "./types";
import type {
  Indicator,
  ResolvedStatusRule,
  ResolvedTrendRule,
  StatusRule,
  TrendRule,
  YearValue,
} from "./indicatorTypes";
export type {
  Indicator,
  IndicatorDirection,
  IndicatorSource,
  KoladaGender,
  MeasuredValue,
  Municipality,
  ResolvedStatusRule,
  ResolvedTrendRule,
  StatusRule,
  TrendRule,
  YearValue,
} from "./indicatorTypes";

export const DEFAULT_STATUS_RULE: Readonly<ResolvedStatusRule> = {
  green: 1,
  yellow: 0.5,
  expectedAt: "followUpYear",
};

export const DEFAULT_TREND_RULE: Readonly<ResolvedTrendRule> = {
  method: "change",
  window: 3,
  flatBand: 0.02,
};

// Progress and expected progress are ratios of decimal inputs; a rounding error must not turn an
// indicator exactly on its line from green to yellow.
const EPSILON = 1e-9;

/** `defaults` with each layer's defined fields laid over it in turn; a later layer wins. */
function layered<T extends object>(defaults: T, layers: readonly (Partial<T> | undefined)[]): T {
  const rule = { ...defaults };
  for (const layer of layers) {
    if (layer === undefined) continue;
    for (const key of Object.keys(defaults) as (keyof T)[]) {
      const value = layer[key];
      if (value !== undefined) rule[key] = value as T[keyof T];
    }
  }
  return rule;
}

/** The defaults overridden by each layer in turn (structure, programme, indicator); later wins. */
export function resolveStatusRule(...layers: (StatusRule | undefined)[]): ResolvedStatusRule {
  return layered(DEFAULT_STATUS_RULE, layers);
}

export function resolveTrendRule(...layers: (TrendRule | undefined)[]): ResolvedTrendRule {
  return layered(DEFAULT_TREND_RULE, layers);
}

/** The values at or before `year`, oldest first. */
export function valuesUpTo(values: readonly YearValue[] | undefined, year: number): YearValue[] {
  return (values ?? [])
    .filter((v) => v.year <= year && Number.isFinite(v.value))
    .sort((a, b) => a.year - b.year);
}

/** The latest value at or before `year`, if any. */
export function latestValue(values: readonly YearValue[] | undefined, year: number): YearValue | null {
  const upTo = valuesUpTo(values, year);
  return upTo.length > 0 ? upTo[upTo.length - 1] : null;
}

export interface StatusSuggestion {
  status: Status;
  /** p = (latest − baseline) / (target − baseline). */
  progress: number;
  /** e = (year − baseline year) / (target year − baseline year), within 0…1. */
  expected: number;
  latest: YearValue;
  targetMet: boolean;
}

/** Status from progress against a straight line from baseline to target; null without a value. */
export function suggestStatus(
  indicator: Indicator,
  followUpYear: number,
  rule: ResolvedStatusRule = DEFAULT_STATUS_RULE,
): StatusSuggestion | null {
  const { baseline, target, direction } = indicator;
  const latest = latestValue(indicator.values, followUpYear);
  const span = target.year - baseline.year;
  const delta = target.value - baseline.value;
  // The format rejects these; a structure built in code may still hold them.
  if (latest === null || span <= 0 || delta === 0 || !Number.isFinite(delta)) return null;
  const progress = (latest.value - baseline.value) / delta;
  const at = rule.expectedAt === "valueYear" ? latest.year : followUpYear;
  const expected = Math.min(1, Math.max(0, (at - baseline.year) / span));
  const targetMet = direction === "increase" ? latest.value >= target.value : latest.value <= target.value;
  let status: Status;
  if (targetMet || progress >= rule.green * expected - EPSILON) status = "green";
  else if (progress >= rule.yellow * expected - EPSILON) status = "yellow";
  else status = "red";
  return { status, progress, expected, latest, targetMet };
}

export interface TrendSuggestion {
  trend: Trend;
  /** Relative change toward the goal (positive: toward it), compared with the flat band. */
  change: number;
  /** The two points compared (for least squares: the fitted line at the window's ends). */
  from: YearValue;
  to: YearValue;
  method: ResolvedTrendRule["method"];
}

/** Least-squares line through the points; null when fewer than two distinct years. */
function fitLine(points: readonly YearValue[]): { at(year: number): number } | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((s, p) => s + p.year, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.value, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - meanX) * (p.value - meanY);
    sxx += (p.year - meanX) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { at: (year) => meanY + slope * (year - meanX) };
}

/** Development toward the goal: a falling value of a "decrease" indicator is "up". */
export function suggestTrend(
  indicator: Indicator,
  followUpYear: number,
  rule: ResolvedTrendRule = DEFAULT_TREND_RULE,
): TrendSuggestion | null {
  const values = valuesUpTo(indicator.values, followUpYear);
  if (values.length === 0) return null;
  const latest = values[values.length - 1];
  const start = latest.year - rule.window;
  const window = values.filter((v) => v.year >= start);
  let from: YearValue;
  let to: YearValue;
  if (rule.method === "leastSquares") {
    const line = fitLine(window);
    if (line === null) return null;
    from = { year: window[0].year, value: line.at(window[0].year) };
    to = { year: latest.year, value: line.at(latest.year) };
  } else {
    // The value `window` years earlier, or the earliest inside the window when that year is
    // missing: both are the first value from `start` on.
    if (window.length < 2) return null;
    from = window[0];
    to = latest;
  }
  // Relative to the earlier value; a zero there has no relative change, so the planned change
  // (target − baseline, never zero in a valid file) gives the scale instead.
  const scale = Math.abs(from.value) || Math.abs(indicator.target.value - indicator.baseline.value) || 1;
  const relative = (to.value - from.value) / scale;
  const change = indicator.direction === "increase" ? relative : -relative;
  const trend: Trend = Math.abs(change) <= rule.flatBand + EPSILON ? "flat" : change > 0 ? "up" : "down";
  return { trend, change, from, to, method: rule.method };
}

const STATUS_ORDER: readonly Status[] = ["red", "yellow", "green"];

/** The median status; with an even count the lower middle one (toward red). Null when none. */
export function combineStatuses(statuses: readonly (Status | null)[]): Status | null {
  const sorted = statuses
    .filter((s): s is Status => s !== null)
    .sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b));
  if (sorted.length === 0) return null;
  return sorted[Math.ceil(sorted.length / 2) - 1];
}

/** The trend most indicators show; a tie for the most gives flat. Null when none. */
export function combineTrends(trends: readonly (Trend | null)[]): Trend | null {
  const counts = new Map<Trend, number>();
  for (const t of trends) if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
  if (counts.size === 0) return null;
  const most = Math.max(...counts.values());
  const leaders = [...counts.entries()].filter(([, n]) => n === most).map(([t]) => t);
  return leaders.length === 1 ? leaders[0] : "flat";
}

export interface IndicatorSuggestion {
  indicatorId: string;
  status: StatusSuggestion | null;
  trend: TrendSuggestion | null;
  statusRule: ResolvedStatusRule;
  trendRule: ResolvedTrendRule;
}

export interface GoalSuggestion {
  programId: string;
  goalId: string;
  status: Status | null;
  trend: Trend | null;
  indicators: IndicatorSuggestion[];
}

/** Suggestions for one goal's indicators and the goal itself. */
export function suggestGoal(
  goal: Goal,
  followUpYear: number,
  rules: { statusRule?: StatusRule; trendRule?: TrendRule }[] = [],
): Omit<GoalSuggestion, "programId"> {
  const indicators = (goal.indicators ?? []).map((indicator): IndicatorSuggestion => {
    const statusRule = resolveStatusRule(...rules.map((r) => r.statusRule), indicator.statusRule);
    const trendRule = resolveTrendRule(...rules.map((r) => r.trendRule), indicator.trendRule);
    return {
      indicatorId: indicator.id,
      status: suggestStatus(indicator, followUpYear, statusRule),
      trend: suggestTrend(indicator, followUpYear, trendRule),
      statusRule,
      trendRule,
    };
  });
  return {
    goalId: goal.id,
    status: combineStatuses(indicators.map((i) => i.status?.status ?? null)),
    trend: combineTrends(indicators.map((i) => i.trend?.trend ?? null)),
    indicators,
  };
}

/** Suggestions for every goal that has indicators, in structure order, at the structure's year. */
export function suggestStructure(structure: GoalStructure): GoalSuggestion[] {
  const out: GoalSuggestion[] = [];
  const programRules = (p: Program) => [structure, p];
  for (const program of structure.programs) {
    for (const area of program.areas) {
      for (const goal of area.goals) {
        if ((goal.indicators ?? []).length === 0) continue;
        out.push({ programId: program.id, ...suggestGoal(goal, structure.year, programRules(program)) });
      }
    }
  }
  return out;
}
