// Job 2: check the goal table. Issues are grouped by severity with counts; each one names its cell
// and selects it when chosen (click, Enter or Space), because the fix happens in the sheet.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isAdvisory } from "../../domain/issues";
import type { Lang } from "../../domain/types";
import { t, type StringKey } from "../../i18n";
import { countLabel, issueLocation, validationSentence } from "../../present";
import type { AddressedIssue, GoalWorkbookService, ValidationResult } from "../../excel/service";
import type { Jobs, Notice } from "../state/useJobs";
import { refocusIfLost } from "./focus";
import { JobStatus } from "./JobStatus";
import { Section } from "./Section";

type Severity = AddressedIssue["severity"];
/** The severities, and the advice among the info (a goal differing from its suggestion: no fix). */
type Group = Severity | "advice";
const GROUPS: readonly Group[] = ["error", "warning", "info", "advice"];
const GROUP_TITLES: Record<Group, StringKey> = {
  error: "tp.validate.group.error",
  warning: "tp.validate.group.warning",
  info: "tp.validate.group.info",
  advice: "tp.validate.group.advice",
};
const groupOf = (issue: AddressedIssue): Group => (isAdvisory(issue) ? "advice" : issue.severity);
/** Rendering thousands of buttons makes the pane sluggish; the rest is counted, not listed. */
export const MAX_ISSUES_SHOWN = 200;

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  summary: { overflowWrap: "anywhere" },
  group: { marginTop: tokens.spacingVerticalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  issue: {
    width: "100%",
    minWidth: 0,
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  issueText: { display: "block", overflowWrap: "anywhere" },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  marker: {
    display: "inline-block",
    width: "0.6em",
    height: "0.6em",
    borderRadius: "50%",
    marginRight: "0.4em",
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  advice: { backgroundColor: tokens.colorNeutralBackground5 },
  more: { color: tokens.colorNeutralForeground3 },
});

/** "Validerat: 66 mål. 3 fel, 2 varningar, 1 att rätta till." */
export function validationSummary(lang: Lang, r: ValidationResult): string {
  return validationSentence(lang, r);
}

export interface ValidateSectionProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
  /** Lifted so that another job (loading a structure) can clear a stale result. */
  result: ValidationResult | null;
  onResult(result: ValidationResult | null): void;
}

export function ValidateSection({
  lang,
  service,
  jobs,
  result,
  onResult,
}: ValidateSectionProps): React.JSX.Element {
  const styles = useStyles();
  const disabled = jobs.busy !== null;
  const checkButton = React.useRef<HTMLButtonElement>(null);

  async function validate(): Promise<void> {
    await jobs.run(
      "validate",
      "validate",
      () => service.validate(),
      (r): Notice => {
        onResult(r);
        return {
          section: "validate",
          intent: r.counts.error > 0 ? "warning" : "success",
          render: (l) => ({ title: t(l, "tp.validate.doneTitle"), lines: [validationSummary(l, r)] }),
        };
      },
    );
  }

  async function fixAll(): Promise<void> {
    await jobs.run(
      "fix",
      "validate",
      () => service.fixAll(),
      (r): Notice => {
        onResult(r.after);
        return {
          section: "validate",
          intent: r.after.counts.error > 0 ? "warning" : "success",
          render: (l) => ({
            title: t(l, "tp.validate.fixedTitle"),
            lines: [
              t(l, "tp.validate.fixed", {
                fixed: countLabel(l, "tp.n.fixedCells", r.fixed),
                errors: countLabel(l, "tp.n.errors", r.after.counts.error),
                warnings: countLabel(l, "tp.n.warnings", r.after.counts.warning),
              }),
            ],
          }),
        };
      },
    );
    // When nothing fixable is left the button goes away; keep the keyboard user in this section.
    refocusIfLost(checkButton);
  }

  function select(address: string): void {
    // Keep the check's message: selecting a cell is navigation, not a new result.
    void jobs.run("select", "validate", () => service.selectCell(address), undefined, { keepNotice: true });
  }

  const fixable = result?.counts.fixable ?? 0;

  return (
    <Section id="validate" title={t(lang, "tp.validate.title")} help={t(lang, "tp.validate.help")}>
      <div className={styles.buttons}>
        <Button ref={checkButton} appearance="primary" disabledFocusable={disabled} onClick={validate}>
          {t(lang, "tp.validate.run")}
        </Button>
        {result && fixable > 0 && (
          <Button disabledFocusable={disabled} onClick={fixAll}>
            {t(lang, "tp.validate.fixAll", { count: fixable })}
          </Button>
        )}
      </div>
      <JobStatus
        lang={lang}
        section="validate"
        busy={jobs.busy}
        notice={jobs.notice}
        onDismiss={() => jobs.setNotice(null)}
      />
      {result && result.issues.length > 0 && (
        <div data-testid="issues">
          <Text size={200} className={styles.more}>
            {t(lang, "tp.validate.selectHint")}
          </Text>
          {GROUPS.map((severity) => {
            const issues = result.issues.filter((i) => groupOf(i) === severity);
            if (issues.length === 0) return null;
            const headingId = `issues-${severity}`;
            const shown = issues.slice(0, MAX_ISSUES_SHOWN);
            return (
              <div key={severity} className={styles.group} role="group" aria-labelledby={headingId}>
                <h3 id={headingId} className={styles.groupTitle}>
                  <span className={`${styles.marker} ${styles[severity]}`} aria-hidden="true" />
                  {t(lang, GROUP_TITLES[severity], { count: issues.length })}
                </h3>
                <ul className={styles.list}>
                  {shown.map((issue, i) => (
                    <li key={`${issue.address}-${issue.code}-${i}`}>
                      <Button
                        appearance="subtle"
                        className={styles.issue}
                        disabledFocusable={disabled || issue.address === ""}
                        onClick={() => issue.address && select(issue.address)}
                      >
                        <span className={styles.issueText}>
                          <span className={styles.address}>{issueLocation(issue.address, lang)}</span>{" "}
                          {issue.message[lang]}
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
                {issues.length > shown.length && (
                  <Text size={200} className={styles.more}>
                    {t(lang, "tp.validate.more", { shown: shown.length, total: issues.length })}
                  </Text>
                )}
              </div>
            );
          })}
        </div>
      )}
    </Section>
  );
}
