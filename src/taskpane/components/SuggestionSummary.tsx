// The summary's suggestions (issue 18): per goal with an indicator value, the official's status
// and trend against what the indicators suggest, with the figures behind it, the differing goals
// marked. From the same domain functions as `summary --format json` and validate's information
// (present/suggestions.ts). Loaded lazily with its strings, to keep the pane's first load within
// its budget.
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { GoalSuggestionView, Lang } from "../../domain";
import { suggestionLine } from "../../present/suggestions";
import { t } from "../../i18n/suggestPaneStrings";

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  note: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  differs: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export default function SuggestionSummary(props: {
  lang: Lang;
  suggestions: readonly GoalSuggestionView[];
}): React.JSX.Element | null {
  const { lang, suggestions } = props;
  const styles = useStyles();
  if (suggestions.length === 0) return null;
  const differ = suggestions.filter((v) => v.differs).length;
  const fromColumns = suggestions.every((v) => v.indicators.length === 0);
  return (
    <section aria-labelledby="summary-suggestions-title" data-testid="summary-suggestions">
      <h3 id="summary-suggestions-title" className={styles.title}>
        {t(lang, "sp.title")}
      </h3>
      <p className={styles.note}>{t(lang, "sp.count", { goals: suggestions.length, differ })}</p>
      <ul className={styles.list}>
        {suggestions.map((v) => {
          const line = suggestionLine(v, lang);
          return (
            <li key={`${v.position}:${v.goalId}`} data-goal={v.goalId} data-differs={v.differs}>
              {t(lang, "sp.goal", { id: line.goalId, official: line.official, suggested: line.suggested })}
              {line.differs && (
                <>
                  {" "}
                  <span className={styles.differs}>({t(lang, "sp.differs")})</span>
                </>
              )}
              {line.figures.length > 0 && (
                <ul className={styles.list}>
                  {line.figures.map((f, i) => (
                    <li key={i}>{f}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className={styles.note}>{t(lang, fromColumns ? "sp.fromColumns" : "sp.onlySuggestion")}</p>
    </section>
  );
}
