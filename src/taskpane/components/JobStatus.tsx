// The spinner and message bar under a section's buttons: progress while its job runs, then what
// happened. Shown next to the button the user pressed, because in a narrow pane a message at the
// top would be scrolled out of view.
import * as React from "react";
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import { t, type StringKey } from "../../i18n";
import type { Busy, Notice, Section } from "../state/useJobs";
import { DismissButton } from "./DismissButton";

const useStyles = makeStyles({
  status: { marginTop: tokens.spacingVerticalS },
  lines: { margin: 0, paddingLeft: "0", listStyleType: "none" },
  line: { overflowWrap: "anywhere", marginTop: tokens.spacingVerticalXXS },
});

const BUSY_LABELS: Record<Busy["job"], StringKey> = {
  preview: "tp.busy.preview",
  apply: "tp.busy.apply",
  validate: "tp.busy.validate",
  fix: "tp.busy.fix",
  format: "tp.busy.format",
  summary: "tp.busy.summary",
  rollover: "tp.busy.rollover",
  historyImport: "tp.busy.historyImport",
  collectPreview: "tp.busy.collectPreview",
  collectApply: "tp.busy.collectApply",
  split: "tp.busy.split",
  kolada: "tp.busy.kolada",
  select: "tp.busy.select",
  language: "tp.busy.select",
};

export function busyLabel(lang: Lang, busy: Busy): string {
  return t(lang, BUSY_LABELS[busy.job]);
}

export interface JobStatusProps {
  lang: Lang;
  section: Section;
  busy: Busy | null;
  notice: Notice | null;
  onDismiss(): void;
  /** How a line of the notice is shown; plain text unless given (e.g. JSON paths as code). */
  formatLine?(line: string): React.ReactNode;
}

export function JobStatus({
  lang,
  section,
  busy,
  notice,
  onDismiss,
  formatLine,
}: JobStatusProps): React.JSX.Element | null {
  const styles = useStyles();
  const showBusy = busy !== null && busy.section === section && busy.job !== "select";
  const showNotice = notice !== null && notice.section === section;
  if (!showBusy && !showNotice) return null;
  const text = showNotice ? notice.render(lang) : null;
  return (
    <div className={styles.status}>
      {showBusy && <Spinner size="tiny" labelPosition="after" label={busyLabel(lang, busy)} />}
      {showNotice && text && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid={`notice-${section}`}>
          <MessageBarBody>
            <MessageBarTitle>{text.title}</MessageBarTitle>
            <ul className={styles.lines}>
              {text.lines.map((line, i) => (
                <li key={i} className={styles.line}>
                  {formatLine ? formatLine(line) : line}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions
            containerAction={<DismissButton label={t(lang, "tp.dismiss")} onClick={onDismiss} />}
          />
        </MessageBar>
      )}
    </div>
  );
}
