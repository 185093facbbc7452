// The goal view's indicator section: each indicator of the goal on the indicator sheet with its
// figures and its suggested status and trend, and one sentence on how the goal's suggestion
// follows from them (the domain's rules: the median status, the trend most indicators show).
// Without indicators it says why, and falls back on the goal table's suggestion columns. Part of
// the goal view's chunk, with its strings.
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  formatFigure,
  formatProgress,
  joinAnd,
  statusLabel,
  trendLabel,
  type Lang,
  type Status,
  type Trend,
  type YearValue,
} from "../../domain";
import type { IndicatorShown } from "../../plan/goalIndicators";
import type { GoalShown } from "../../plan/goalView";
import { t, type GoalViewStringKey } from "../../i18n/goalViewStrings";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  wrap: { overflowWrap: "anywhere", whiteSpace: "pre-wrap", margin: 0 },
  list: {
    margin: "4px 0 8px 0",
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "12px",
  },
  terms: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, auto) minmax(0, 1fr)",
    columnGap: "8px",
  },
  // A rule beside each indicator tells one from the next without colour.
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    borderLeft: `2px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: "8px",
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
});

const STATUS_ORDER: readonly Status[] = ["red", "yellow", "green"];

function figure(v: YearValue, unit: string | null, lang: Lang): string {
  const value = unit ? `${formatFigure(v.value, lang)} ${unit}` : formatFigure(v.value, lang);
  return t(lang, "gv.ind.valueAt", { value, year: v.year });
}

function assessment(status: Status | null, trend: Trend | null, lang: Lang): string {
  return t(lang, "gv.ind.suggestion", {
    status: status === null ? t(lang, "gv.ind.noStatus") : statusLabel(status, lang),
    trend: trend === null ? t(lang, "gv.ind.noTrend") : trendLabel(trend, lang),
  });
}

/**
 * One sentence on how the goal's suggestion follows from its indicators' (combineStatuses: the
 * middle status, the worse middle one for an even count; combineTrends: the trend most show, a
 * tie giving flat).
 */
export function suggestionSentence(
  status: Status | null,
  trend: Trend | null,
  indicators: readonly IndicatorShown[],
  lang: Lang,
): string {
  const suggestion = assessment(status, trend, lang);
  const rated = indicators.filter((i) => i.status !== null);
  if (rated.length === 1)
    return indicators.length === 1
      ? t(lang, "gv.why.one", { suggestion, name: rated[0].name })
      : t(lang, "gv.why.oneOf", { suggestion, name: rated[0].name, total: indicators.length });
  const statuses = joinAnd(
    rated
      .map((i) => i.status as Status)
      .sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b))
      .map((s) => statusLabel(s, lang)),
    lang,
  );
  const statusRule: GoalViewStringKey =
    rated.length % 2 === 1
      ? "gv.why.statusMedian"
      : rated.length === 2
        ? "gv.why.statusWorse"
        : "gv.why.statusEven";
  const trends = indicators.flatMap((i) => (i.trend === null ? [] : [i.trend]));
  const counts = new Map<Trend, number>();
  for (const tr of trends) counts.set(tr, (counts.get(tr) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const tie = [...counts.values()].filter((n) => n === most).length > 1;
  const trendList = joinAnd(
    trends.map((tr) => trendLabel(tr, lang)),
    lang,
  );
  const trendRule =
    trends.length === 0
      ? t(lang, "gv.why.trendNone")
      : trends.length === 1
        ? t(lang, "gv.why.trendOnly", { trends: trendList })
        : counts.size === 1
          ? t(lang, trends.length === 2 ? "gv.why.trendBoth" : "gv.why.trendAll", {
              trend: trendLabel(trends[0], lang),
              count: trends.length,
            })
          : tie
            ? t(lang, "gv.why.trendTie", { trends: trendList, flat: trendLabel("flat", lang) })
            : t(lang, "gv.why.trendMost", { trends: trendList });
  const basis =
    rated.length === indicators.length
      ? t(lang, "gv.why.basisAll", { count: rated.length })
      : t(lang, "gv.why.basisSome", { count: rated.length, total: indicators.length });
  return t(lang, "gv.why.many", {
    suggestion,
    basis,
    statusRule: t(lang, statusRule, { statuses }),
    trendRule,
  });
}

function IndicatorItem({
  ind,
  year,
  lang,
}: {
  ind: IndicatorShown;
  year: number;
  lang: Lang;
}): React.JSX.Element {
  const styles = useStyles();
  const terms: [GoalViewStringKey, string][] = [
    ["gv.ind.unit", ind.unit ?? t(lang, "gv.ind.noUnit")],
    ["gv.ind.direction", t(lang, ind.direction === "increase" ? "gv.ind.increase" : "gv.ind.decrease")],
    ["gv.ind.baseline", figure(ind.baseline, ind.unit, lang)],
    ["gv.ind.target", figure(ind.target, ind.unit, lang)],
    ["gv.ind.latest", ind.latest ? figure(ind.latest, ind.unit, lang) : t(lang, "gv.ind.noValue", { year })],
  ];
  if (ind.progress !== null && ind.expected !== null)
    terms.push([
      "gv.ind.progress",
      t(lang, "gv.ind.progressText", {
        progress: formatProgress(ind.progress, lang),
        expected: formatProgress(ind.expected, lang),
        year,
      }),
    ]);
  if (ind.latest !== null) terms.push(["gv.ind.suggested", assessment(ind.status, ind.trend, lang)]);
  return (
    <li className={styles.item} data-testid="goal-indicator">
      <h4 className={styles.name}>{ind.name}</h4>
      <dl className={styles.terms}>
        {terms.map(([key, value]) => (
          <React.Fragment key={key}>
            <dt className={styles.term}>{t(lang, key)}</dt>
            <dd className={styles.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
    </li>
  );
}

/** The suggestion columns of the goal's row, for a goal the indicator sheet has nothing on. */
function ColumnSuggestion(props: {
  suggestion: NonNullable<GoalShown["suggestion"]>;
  lang: Lang;
}): React.JSX.Element {
  const { suggestion, lang } = props;
  const styles = useStyles();
  const none = t(lang, "gv.suggestion.none");
  return (
    <section aria-labelledby="goal-suggestion-title" className={styles.block} data-testid="goal-suggestion">
      <h4 id="goal-suggestion-title" className={styles.heading}>
        {t(lang, "gv.suggestion.title")}
      </h4>
      <Text as="p" className={styles.wrap}>
        {t(lang, "gv.suggestion.text", {
          status: suggestion.status === null ? none : statusLabel(suggestion.status, lang),
          trend: suggestion.trend === null ? none : trendLabel(suggestion.trend, lang),
        })}
      </Text>
    </section>
  );
}

export function GoalIndicators({ goal, lang }: { goal: GoalShown; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const found = goal.indicators;
  const title = (
    <h3 className={styles.heading} id="goal-indicators-title">
      {t(lang, "gv.indicators.title")}
    </h3>
  );
  if (found.kind === "no-sheet" || found.kind === "none")
    return (
      <>
        {title}
        {goal.suggestion ? (
          <ColumnSuggestion suggestion={goal.suggestion} lang={lang} />
        ) : (
          <Text as="p" className={styles.wrap} data-testid="goal-indicators-none">
            {t(lang, found.kind === "no-sheet" ? "gv.indicators.noSheet" : "gv.indicators.none")}
          </Text>
        )}
      </>
    );
  const count = found.indicators.length;
  return (
    <>
      {title}
      {found.kind === "no-values" ? (
        <Text as="p" className={styles.wrap} data-testid="goal-indicators-none">
          {t(lang, count === 1 ? "gv.indicators.noValuesOne" : "gv.indicators.noValues", {
            count,
            year: found.year,
          })}
        </Text>
      ) : (
        <section
          aria-labelledby="goal-suggestion-title"
          className={styles.block}
          data-testid="goal-suggestion"
        >
          <h4 id="goal-suggestion-title" className={styles.heading}>
            {t(lang, "gv.suggestion.title")}
          </h4>
          <Text as="p" className={styles.wrap} data-testid="goal-suggestion-why">
            {suggestionSentence(found.status, found.trend, found.indicators, lang)}
          </Text>
          <Text as="p" className={styles.wrap}>
            {t(lang, "gv.suggestion.only")}
          </Text>
        </section>
      )}
      <ul className={styles.list} aria-labelledby="goal-indicators-title" data-testid="goal-indicators">
        {found.indicators.map((ind) => (
          <IndicatorItem key={ind.id} ind={ind} year={found.year} lang={lang} />
        ))}
      </ul>
    </>
  );
}
