// Job 4: create or refresh the summary sheet, then show the counts per programme, whether they match
// the figures published in the source document, and the report text ready to copy into the report.
import * as React from "react";
import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Status, Trend } from "../../domain/types";
import type { Summary } from "../../domain";
import { t } from "../../i18n";
import { areaTable } from "../../plan/summary/areaTable";
import { countLabel, differenceFieldName, labelledCounts, paneWording } from "../../present";
import type { GoalWorkbookService, SummaryResult } from "../../excel/service";
import type { Jobs, Notice } from "../state/useJobs";
import { LazyComparisonView as ComparisonView } from "./LazyComparisonView";
import { LazyCopyTableButton, LazyReportButton } from "./LazyReportActions";
import type { ReportPorts } from "./ReportActions";
import { goalTableCaption } from "./goalTable";
import { JobStatus } from "./JobStatus";
import { remainingErrorsLine } from "./remainingErrors";
import { Section } from "./Section";

// The roll-up per responsible body and its table model, loaded once a summary is shown.
const ResponsibleSummary = React.lazy(() => import("./ResponsibleSummary"));
// The indicators' suggestions with their strings, loaded only for a summary that has any.
const SuggestionSummary = React.lazy(() => import("./SuggestionSummary"));

/** Domain wording the section needs; injected so the pane has one source of labels. */
export interface SummaryWording {
  statusLabel(status: Status, lang: Lang): string;
  trendLabel(trend: Trend, lang: Lang): string;
  reportText(summary: Summary, lang: Lang): string;
}

/** Clipboard access, injectable for tests. */
export interface ClipboardPort {
  writeText(text: string): Promise<void>;
}

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  programs: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  program: {
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  programName: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  counts: { margin: 0, paddingLeft: 0, listStyleType: "none" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  differs: { color: tokens.colorPaletteRedForeground1 },
  report: { width: "100%" },
  copied: { color: tokens.colorPaletteGreenForeground1 },
});

/**
 * Copies `text`: the async Clipboard API first; where the WebView refuses it (no permission, older
 * Office), selecting the read-only text area and execCommand("copy"), which still works there.
 */
export async function copyText(
  text: string,
  clipboard: ClipboardPort | null,
  fallbackField: HTMLTextAreaElement | null,
): Promise<boolean> {
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the selection-based copy
    }
  }
  if (!fallbackField || typeof document.execCommand !== "function") return false;
  fallbackField.focus();
  fallbackField.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

export function defaultClipboard(): ClipboardPort | null {
  return typeof navigator !== "undefined" &&
    navigator.clipboard &&
    typeof navigator.clipboard.writeText === "function"
    ? navigator.clipboard
    : null;
}

export interface SummarySectionProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
  wording: SummaryWording;
  clipboard: ClipboardPort | null;
  /** Told the goal table's sheet the summary read, so the pane names the table by it. */
  onGoalSheet?(sheet: string): void;
  /** The report actions' clipboard and download; tests inject them (ReportActions.tsx). */
  reportPorts?: ReportPorts;
}

interface Shown {
  result: SummaryResult;
  /** The language the service wrote the report text in. */
  lang: Lang;
}

export function SummarySection({
  lang,
  service,
  jobs,
  wording,
  clipboard,
  onGoalSheet,
  reportPorts,
}: SummarySectionProps): React.JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Shown | null>(null);
  const [copyState, setCopyState] = React.useState<"idle" | "copied" | "failed">("idle");
  const textRef = React.useRef<HTMLTextAreaElement>(null);
  const copyButtonRef = React.useRef<HTMLButtonElement>(null);
  const reportId = React.useId();

  React.useEffect(() => {
    if (copyState !== "copied") return;
    const timer = setTimeout(() => setCopyState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [copyState]);

  async function refresh(): Promise<void> {
    const requestedIn = lang;
    setCopyState("idle");
    await jobs.run(
      "summary",
      "summary",
      // The summary result carries the issues of the table it counted (the same read), so the pane
      // tells what was counted as not assessed or left out without reading the table again.
      () => service.refreshSummary(requestedIn),
      (r): Notice => {
        setShown({ result: r, lang: requestedIn });
        onGoalSheet?.(r.goalSheet);
        const goals = r.summary.total.total;
        const remaining = (l: Lang): string | null =>
          remainingErrorsLine(l, r.issues, goalTableCaption(l, r.goalSheet));
        const incomplete = (l: Lang): string[] =>
          r.formattingIncomplete === true ? [t(l, "tp.formattingIncomplete")] : [];
        return {
          section: "summary",
          intent: remaining(lang) === null && r.formattingIncomplete !== true ? "success" : "warning",
          render: (l) => {
            const left = remaining(l);
            const done = t(l, "tp.summary.done", {
              sheet: r.sheet,
              goals: countLabel(l, "tp.n.goals", goals),
              programs: countLabel(l, "tp.n.programs", r.summary.programs.length),
            });
            return left === null
              ? { title: t(l, "tp.summary.doneTitle"), lines: [done, ...incomplete(l)] }
              : { title: t(l, "tp.summary.doneWithErrorsTitle"), lines: [done, left, ...incomplete(l)] };
          },
        };
      },
    );
  }

  // The sheet keeps the language it was written in; the text to copy follows the pane's language.
  const report = shown
    ? shown.lang === lang
      ? shown.result.reportText
      : wording.reportText(shown.result.summary, lang)
    : "";

  async function copy(): Promise<void> {
    const ok = await copyText(report, clipboard, textRef.current);
    setCopyState(ok ? "copied" : "failed");
    // The fallback moves focus into the text area; a keyboard user expects to stay on the button.
    copyButtonRef.current?.focus();
  }

  const tableWording = paneWording(lang, wording);

  return (
    <Section id="summary" title={t(lang, "tp.summary.title")} help={t(lang, "tp.summary.help")}>
      <div>
        <Button appearance="primary" disabledFocusable={jobs.busy !== null} onClick={refresh}>
          {t(lang, "tp.summary.run")}
        </Button>
      </div>
      <JobStatus
        lang={lang}
        section="summary"
        busy={jobs.busy}
        notice={jobs.notice}
        onDismiss={() => jobs.setNotice(null)}
      />
      {shown && (
        <>
          <ul className={styles.programs} data-testid="summary-programs">
            {shown.result.summary.programs.map((p) => {
              // The card shows the area table's total row, in the pane's words.
              const areas = areaTable(p, tableWording);
              const total = areas.rows[areas.rows.length - 1];
              return (
                <li key={p.id} className={styles.program} data-program={p.id}>
                  <h3 className={styles.programName}>
                    {t(lang, "tp.summary.program", {
                      name: p.name,
                      total: countLabel(lang, "tp.n.goals", p.total),
                    })}
                  </h3>
                  <ul className={styles.counts}>
                    <li data-testid="status-counts">
                      {t(lang, "domain.column.status")}:{" "}
                      {labelledCounts(lang, areas.columns, total, "status")}
                    </li>
                    <li data-testid="trend-counts">
                      {t(lang, "domain.column.trend")}: {labelledCounts(lang, areas.columns, total, "trend")}
                    </li>
                    <li data-testid="done-count">{t(lang, "tp.summary.doneMarks", { count: p.done })}</li>
                    {p.reconciliation && p.reconciliation.matches && (
                      <li className={styles.ok}>{t(lang, "tp.summary.matches")}</li>
                    )}
                    {p.reconciliation && !p.reconciliation.matches && (
                      <li className={styles.differs}>
                        {t(lang, "tp.summary.differs")}{" "}
                        {p.reconciliation.differences
                          .map((d) =>
                            t(lang, "tp.summary.difference", {
                              field: differenceFieldName(d.field, lang),
                              reported: d.reported,
                              actual: d.actual,
                            }),
                          )
                          .join("; ")}
                      </li>
                    )}
                  </ul>
                  <ComparisonView
                    lang={lang}
                    program={p}
                    history={shown.result.history}
                    wording={tableWording}
                    reportText={report}
                  />
                  <LazyCopyTableButton
                    lang={lang}
                    source={shown.result}
                    program={p.name}
                    clipboard={clipboard}
                    ports={reportPorts}
                    disabled={jobs.busy !== null}
                  />
                </li>
              );
            })}
          </ul>
          <React.Suspense fallback={null}>
            <ResponsibleSummary lang={lang} summary={shown.result.summary} wording={tableWording} />
          </React.Suspense>
          {(shown.result.suggestions ?? []).length > 0 && (
            <React.Suspense fallback={null}>
              <SuggestionSummary lang={lang} suggestions={shown.result.suggestions ?? []} />
            </React.Suspense>
          )}
          <Field label={t(lang, "wb.summary.reportTitle")}>
            <Textarea
              id={reportId}
              ref={textRef}
              className={styles.report}
              readOnly
              resize="vertical"
              rows={8}
              value={report}
              data-testid="report-text"
            />
          </Field>
          <div className={styles.buttons}>
            <Button
              ref={copyButtonRef}
              onClick={copy}
              disabledFocusable={jobs.busy !== null || report === ""}
            >
              {t(lang, "tp.summary.copy")}
            </Button>
            <Text role="status" className={copyState === "copied" ? styles.copied : styles.differs}>
              {copyState === "copied"
                ? t(lang, "tp.summary.copied")
                : copyState === "failed"
                  ? t(lang, "tp.summary.copyFailed")
                  : ""}
            </Text>
          </div>
          <LazyReportButton
            lang={lang}
            source={shown.result}
            clipboard={clipboard}
            ports={reportPorts}
            disabled={jobs.busy !== null}
          />
        </>
      )}
    </Section>
  );
}
