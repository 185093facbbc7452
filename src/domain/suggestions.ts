// What the shells show of the indicator rules (indicators.ts): per goal the suggested status and
// trend beside the official's own, with the figures behind them; per area the indicators' trends
// counted ("trendstapel"); and the information-level issue validation reports when a goal's
// status or trend differs from its suggestion. A suggestion never replaces what the official wrote.
import { t } from "../i18n";
import { GOAL_COLUMNS, type GoalColumns } from "./columns";
import { addIssue, joinAnd, newIssueSink, type Issue } from "./issues";
import { latestValue, suggestGoal, type IndicatorSuggestion } from "./indicators";
import type { Indicator, YearValue } from "./indicatorTypes";
import type { Area, Goal, GoalStructure, Lang, Program, Status, Trend } from "./types";
import { validateStructure } from "./validate";
import { statusLabel, trendLabel } from "./vocabulary";

/** One indicator's figures behind a suggestion. */
export interface IndicatorFigures {
  id: string;
  name: string;
  unit: string | null;
  /** The latest value at or before the follow-up year; null when there is none. */
  latest: YearValue | null;
  baseline: YearValue;
  target: YearValue;
  /** (latest − baseline) / (target − baseline); null without a value. */
  progress: number | null;
  /** The progress a straight line from baseline to target expects now, 0…1. */
  expected: number | null;
  status: Status | null;
  trend: Trend | null;
}

/** A goal's suggestion next to the official's assessment. */
export interface GoalSuggestionView {
  programId: string;
  areaId: string;
  goalId: string;
  /** The goal's position in structure order (its row in structureToRows). */
  position: number;
  official: { status: Status | null; trend: Trend | null };
  status: Status | null;
  trend: Trend | null;
  /** The suggestion has a status and the official's differs from it (an unassessed goal too). */
  statusDiffers: boolean;
  trendDiffers: boolean;
  differs: boolean;
  indicators: IndicatorFigures[];
}

/** Indicators counted by their suggested trend; `missing`: too few values for a trend. */
export interface IndicatorTrendCounts {
  up: number;
  flat: number;
  down: number;
  missing: number;
}

/** The rule layers a programme's indicators are read with: the structure's, then the programme's. */
function rulesOf(
  s: GoalStructure,
  p: Program,
): { statusRule?: GoalStructure["statusRule"]; trendRule?: GoalStructure["trendRule"] }[] {
  return [s, p];
}

/** True when some goal of the structure has indicators. */
export function hasIndicators(s: GoalStructure): boolean {
  return s.programs.some((p) => p.areas.some((a) => a.goals.some((g) => (g.indicators ?? []).length > 0)));
}

/** True when some goal of the structure has an earlier year in its history. */
export function hasHistory(s: GoalStructure): boolean {
  return s.programs.some((p) => p.areas.some((a) => a.goals.some((g) => (g.history ?? []).length > 0)));
}

/**
 * The goal columns of a new goal table for `s`: the suggestion columns only when some goal has
 * indicators, and last year's status and trend only when some goal has history, so a programme
 * without either keeps its table (its one-page-wide print, and its row heights and so the
 * requests a load takes) as before.
 */
export function goalColumnsFor(s: GoalStructure, columns: GoalColumns = GOAL_COLUMNS): GoalColumns {
  const indicators = hasIndicators(s);
  const history = hasHistory(s);
  return columns.filter((c) => (c.owner !== "add-in" || indicators) && (c.owner !== "formula" || history));
}

/** True when at least one of the goal's indicators has a value at or before `year`. */
export function hasIndicatorValue(goal: Goal, year: number): boolean {
  return (goal.indicators ?? []).some((i) => latestValue(i.values, year) !== null);
}

function figuresOf(indicator: Indicator, s: IndicatorSuggestion, year: number): IndicatorFigures {
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit ?? null,
    latest: s.status?.latest ?? latestValue(indicator.values, year),
    baseline: indicator.baseline,
    target: indicator.target,
    progress: s.status?.progress ?? null,
    expected: s.status?.expected ?? null,
    status: s.status?.status ?? null,
    trend: s.trend?.trend ?? null,
  };
}

/** The goal's suggestion with its figures; null when no indicator has a value by the structure's year. */
export function goalSuggestionView(
  s: GoalStructure,
  p: Program,
  a: Area,
  goal: Goal,
  position: number,
): GoalSuggestionView | null {
  if (!hasIndicatorValue(goal, s.year)) return null;
  const suggestion = suggestGoal(goal, s.year, rulesOf(s, p));
  const indicators = (goal.indicators ?? []).map((ind, i) =>
    figuresOf(ind, suggestion.indicators[i], s.year),
  );
  const official = { status: goal.status ?? null, trend: goal.trend ?? null };
  const statusDiffers = suggestion.status !== null && official.status !== suggestion.status;
  const trendDiffers = suggestion.trend !== null && official.trend !== suggestion.trend;
  return {
    programId: p.id,
    areaId: a.id,
    goalId: goal.id,
    position,
    official,
    status: suggestion.status,
    trend: suggestion.trend,
    statusDiffers,
    trendDiffers,
    differs: statusDiffers || trendDiffers,
    indicators,
  };
}

/** Every goal with an indicator value, in structure order, with its suggestion. */
export function structureSuggestions(s: GoalStructure): GoalSuggestionView[] {
  const out: GoalSuggestionView[] = [];
  let position = 0;
  for (const p of s.programs) {
    for (const a of p.areas) {
      for (const g of a.goals) {
        const view = goalSuggestionView(s, p, a, g, position);
        if (view !== null) out.push(view);
        position += 1;
      }
    }
  }
  return out;
}

/**
 * A goal's suggestion as a goal table's suggestion columns hold it, without the figures (the
 * table has none): for a workbook whose indicators are not at hand.
 */
export function suggestionFromCells(
  goalId: string,
  position: number,
  official: { status: Status | null; trend: Trend | null },
  suggested: { status: Status | null; trend: Trend | null },
): GoalSuggestionView {
  const statusDiffers = suggested.status !== null && official.status !== suggested.status;
  const trendDiffers = suggested.trend !== null && official.trend !== suggested.trend;
  return {
    programId: "",
    areaId: "",
    goalId,
    position,
    official,
    status: suggested.status,
    trend: suggested.trend,
    statusDiffers,
    trendDiffers,
    differs: statusDiffers || trendDiffers,
    indicators: [],
  };
}

/** Per programme, per area (structure order): its goals' indicators counted by suggested trend. */
export function indicatorTrendsByArea(s: GoalStructure): IndicatorTrendCounts[][] {
  return s.programs.map((p) =>
    p.areas.map((a) => {
      const counts: IndicatorTrendCounts = { up: 0, flat: 0, down: 0, missing: 0 };
      for (const g of a.goals) {
        if ((g.indicators ?? []).length === 0) continue;
        for (const i of suggestGoal(g, s.year, rulesOf(s, p)).indicators)
          counts[i.trend?.trend ?? "missing"] += 1;
      }
      return counts;
    }),
  );
}

/** The sum of counts (a programme's areas, or every area). */
export function addTrendCounts(all: readonly IndicatorTrendCounts[]): IndicatorTrendCounts {
  const sum: IndicatorTrendCounts = { up: 0, flat: 0, down: 0, missing: 0 };
  for (const c of all) {
    sum.up += c.up;
    sum.flat += c.flat;
    sum.down += c.down;
    sum.missing += c.missing;
  }
  return sum;
}

/** "42,5" / "42.5": at most two decimals, the language's decimal mark. */
export function formatFigure(value: number, lang: Lang): string {
  const rounded = Math.round(value * 100) / 100;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return lang === "sv" ? text.replace(".", ",") : text;
}

/** "35 %" / "35%": a progress ratio as a whole percentage. */
export function formatProgress(progress: number, lang: Lang): string {
  const n = String(Math.round(progress * 100));
  return lang === "sv" ? `${n} %` : `${n}%`;
}

function withUnit(value: number, unit: string | null, lang: Lang): string {
  return unit === null || unit === "" ? formatFigure(value, lang) : `${formatFigure(value, lang)} ${unit}`;
}

/** "Andel förnybar energi: 45 % år 2025, mål 60 % år 2030, framsteg 25 %" for one indicator. */
export function indicatorFiguresText(f: IndicatorFigures, lang: Lang): string {
  if (f.latest === null) return t(lang, "ind.suggest.noValue", { name: f.name });
  const params = {
    name: f.name,
    value: withUnit(f.latest.value, f.unit, lang),
    year: f.latest.year,
    target: withUnit(f.target.value, f.unit, lang),
    targetYear: f.target.year,
  };
  return f.progress === null
    ? t(lang, "ind.suggest.figuresNoProgress", params)
    : t(lang, "ind.suggest.figures", { ...params, progress: formatProgress(f.progress, lang) });
}

/** "status Röd och trend Uppåt": the parts of an assessment that `which` names. */
function assessmentText(
  status: Status | null,
  trend: Trend | null,
  which: { status: boolean; trend: boolean },
  lang: Lang,
): string {
  const parts: string[] = [];
  if (which.status)
    parts.push(
      t(lang, "ind.suggest.status", {
        status: status === null ? t(lang, "domain.notAssessed") : statusLabel(status, lang),
      }),
    );
  if (which.trend)
    parts.push(
      t(lang, "ind.suggest.trend", {
        trend: trend === null ? t(lang, "domain.missingTrend") : trendLabel(trend, lang),
      }),
    );
  return joinAnd(parts, lang);
}

/** The message of a goal whose assessment differs from its suggestion. */
export function differsMessage(view: GoalSuggestionView, lang: Lang): string {
  return t(lang, "ind.suggest.differs", paramsOf(view, lang));
}

/**
 * Information for each goal whose status or trend differs from its suggestion, at the goal's
 * status cell. `rowOf` gives the goal's row (default: its position in structure order, the row
 * validateStructure uses); a goal it gives -1 is left out. Never a fix: the status is the official's.
 */
export function suggestionIssues(
  s: GoalStructure,
  lang: Lang,
  rowOf: (goalId: string, position: number) => number = (_id, position) => position,
): Issue[] {
  const sink = newIssueSink();
  for (const view of structureSuggestions(s)) {
    if (!view.differs) continue;
    const row = rowOf(view.goalId, view.position);
    if (row < 0) continue;
    const official = view.official.status;
    addIssue(
      sink,
      { row, goalId: view.goalId.trim() },
      {
        code: "differs-from-suggestion",
        column: "status",
        value: official === null ? "" : statusLabel(official, lang),
      },
      { key: "ind.suggest.differs", params: (l) => paramsOf(view, l) },
    );
  }
  return sink.issues;
}

function paramsOf(view: GoalSuggestionView, lang: Lang): Record<string, string> {
  const which = { status: view.statusDiffers, trend: view.trendDiffers };
  return {
    suggested: assessmentText(view.status, view.trend, which, lang),
    official: assessmentText(view.official.status, view.official.trend, which, lang),
    figures: view.indicators.map((f) => indicatorFiguresText(f, lang)).join("; "),
  };
}

/** A structure's issues: validation's, then the information where a goal differs from its suggestion. */
export function structureIssues(s: GoalStructure, lang: Lang): Issue[] {
  return [...validateStructure(s, lang), ...suggestionIssues(s, lang)];
}
