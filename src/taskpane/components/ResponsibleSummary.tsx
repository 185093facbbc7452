// The summary's roll-up per responsible body (issue 12): one line per body with its goals, status,
// trend and done counts, from the same table model the CLI prints and the sheet draws
// (present/responsible.ts, plan/summary/responsibleTable.ts). Loaded lazily with the table model,
// like the report actions, to keep the pane's first load within its budget.
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Summary } from "../../domain";
import { t } from "../../i18n";
import { countLabel } from "../../present/counts";
import { responsibleCounts, responsibleSummaryTable } from "../../present/responsible";
import type { TableWording } from "../../plan/summary/model";

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export default function ResponsibleSummary(props: { lang: Lang; summary: Summary; wording: TableWording }) {
  const { lang, summary, wording } = props;
  const styles = useStyles();
  const table = responsibleSummaryTable(summary, wording);
  if (table.rows.length === 0) return null;
  return (
    <section aria-labelledby="summary-responsible-title" data-testid="summary-responsible">
      <h3 id="summary-responsible-title" className={styles.title}>
        {table.title}
      </h3>
      <ul className={styles.list}>
        {table.rows.map((r) => (
          <li key={r.key ?? ""} data-responsible={r.label}>
            {t(lang, "tp.summary.program", {
              name: r.label,
              total: countLabel(lang, "tp.n.goals", r.values[0] ?? 0),
            })}{" "}
            {responsibleCounts(lang, table, r, "status")}; {responsibleCounts(lang, table, r, "trend")};{" "}
            {responsibleCounts(lang, table, r, "done")}
          </li>
        ))}
      </ul>
    </section>
  );
}
