// A programme's comparison with earlier years in the summary's card: the comparison sentence,
// the earlier years' own counts, and where this year's statuses came from, as the tables of
// src/present/history.ts that the CLI prints too. The sentence is left out when the report text
// shown below already ends with it, so the pane never says it twice.
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { comparisonText, type Lang, type ProgramHistory } from "../../domain";
import { t } from "../../i18n";
import { historyTable, transitionTable } from "../../present";
import type { SummaryTable, TableWording } from "../../plan/summary/model";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  sentence: { margin: 0 },
  // Narrow panes scroll the table, not the page; the region is focusable so keyboards can too.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "end",
    whiteSpace: "nowrap",
  },
  label: { textAlign: "start", fontWeight: tokens.fontWeightRegular },
});

export interface ComparisonViewProps {
  lang: Lang;
  /** The programme's name and id, as the summary's card shows it. */
  program: { id: string; name: string };
  /** The summary result's history (SummaryResult.history); absent when the service sent none. */
  history: { year: number; programs: ProgramHistory[] } | undefined;
  wording: TableWording;
  /** The report text the section shows. */
  reportText: string;
}

function ModelTable({ table, caption }: { table: SummaryTable; caption: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table} data-table={table.id}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.label}`}>
              {table.corner}
            </th>
            {table.columns.map((c) => (
              <th key={c.id} scope="col" className={styles.cell}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={`${r.role}-${r.key ?? i}`}>
              <th scope="row" className={`${styles.cell} ${styles.label}`}>
                {r.label}
              </th>
              {r.values.map((v, j) => (
                <td key={table.columns[j]?.id ?? j} className={styles.cell}>
                  {v === null ? "–" : v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ComparisonView({
  lang,
  program,
  history,
  wording,
  reportText,
}: ComparisonViewProps): React.JSX.Element | null {
  const styles = useStyles();
  const h = history?.programs.find((x) => x.id === program.id);
  if (history === undefined || h === undefined || h.history.length === 0) return null;
  const c = h.comparison;
  const sentence = c === null ? null : comparisonText(c, lang);
  return (
    <div className={styles.root} data-testid="comparison">
      {sentence !== null && !reportText.includes(sentence) && <p className={styles.sentence}>{sentence}</p>}
      <ModelTable
        table={historyTable(h.history, wording, lang)}
        caption={t(lang, "tp.summary.earlierYears", { program: program.name })}
      />
      {c !== null && (
        <ModelTable
          table={transitionTable(c, history.year, wording, lang)}
          caption={t(lang, "tp.summary.transitions", {
            from: String(c.year),
            to: String(history.year),
            program: program.name,
          })}
        />
      )}
    </div>
  );
}
