// The indicators' suggestions as the shells show them: the JSON `summary --format json` prints
// (`suggestions`, and `indicatorTrends` per area and programme), and the lines the pane lists.
// All from src/domain/suggestions.ts, so the CLI and the pane say the same.
import {
  addTrendCounts,
  indicatorFiguresText,
  indicatorTrendsByArea,
  statusLabel,
  structureSuggestions,
  trendLabel,
  type GoalStructure,
  type GoalSuggestionView,
  type IndicatorTrendCounts,
  type Lang,
  type Status,
  type Trend,
} from "../domain";
import { t } from "../i18n";

const round4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000);

/** One goal's entry of `suggestions` in the summary's JSON. */
export interface SuggestionJson {
  goalId: string;
  programId: string;
  areaId: string;
  status: Status | null;
  trend: Trend | null;
  official: { status: Status | null; trend: Trend | null };
  differs: boolean;
  indicators: {
    id: string;
    name: string;
    unit: string | null;
    latest: { year: number; value: number } | null;
    baseline: { year: number; value: number };
    target: { year: number; value: number };
    progress: number | null;
    expected: number | null;
    status: Status | null;
    trend: Trend | null;
  }[];
}

export function suggestionJson(v: GoalSuggestionView): SuggestionJson {
  return {
    goalId: v.goalId,
    programId: v.programId,
    areaId: v.areaId,
    status: v.status,
    trend: v.trend,
    official: v.official,
    differs: v.differs,
    indicators: v.indicators.map((f) => ({
      id: f.id,
      name: f.name,
      unit: f.unit,
      latest: f.latest === null ? null : { year: f.latest.year, value: f.latest.value },
      baseline: { year: f.baseline.year, value: f.baseline.value },
      target: { year: f.target.year, value: f.target.value },
      progress: round4(f.progress),
      expected: round4(f.expected),
      status: f.status,
      trend: f.trend,
    })),
  };
}

/** `suggestions`: every goal with an indicator value, in structure order. */
export function suggestionsJson(s: GoalStructure): SuggestionJson[] {
  return structureSuggestions(s).map(suggestionJson);
}

/** Per programme: its `indicatorTrends` and each area's, in structure order. */
export function indicatorTrendsJson(
  s: GoalStructure,
): { program: IndicatorTrendCounts; areas: IndicatorTrendCounts[] }[] {
  return indicatorTrendsByArea(s).map((areas) => ({ program: addTrendCounts(areas), areas }));
}

/** "Röd" / "–": a status or trend label, or a dash for none. */
function labelOr<T>(value: T | null, label: (v: T, lang: Lang) => string, lang: Lang): string {
  return value === null ? "–" : label(value, lang);
}

/** What the pane lists for one goal: the official's assessment against the suggestion, and the figures. */
export interface SuggestionLine {
  goalId: string;
  differs: boolean;
  /** "Grön, Uppåt" as the official set it; "Ej bedömd" for none. */
  official: string;
  suggested: string;
  figures: string[];
}

export function suggestionLine(v: GoalSuggestionView, lang: Lang): SuggestionLine {
  const pair = (status: Status | null, trend: Trend | null): string =>
    status === null && trend === null
      ? t(lang, "domain.notAssessed")
      : `${labelOr(status, statusLabel, lang)}, ${labelOr(trend, trendLabel, lang)}`;
  return {
    goalId: v.goalId,
    differs: v.differs,
    official: pair(v.official.status, v.official.trend),
    suggested: pair(v.status, v.trend),
    figures: v.indicators.map((f) => indicatorFiguresText(f, lang)),
  };
}
