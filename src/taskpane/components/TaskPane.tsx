// The task pane: a header (title, language switch, what the workbook holds) and the six jobs in
// the order officials do them. All dependencies come in as props so the same component runs in
// Excel, in the end-to-end test (emulator) and in component tests (a fake service).
import * as React from "react";
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import { initialLang } from "../../office/i18n-lang";
import {
  onSettingsSaved,
  readSettings,
  saveSettings,
  type AddinSettings,
  type SettingsStore,
} from "../../office/settings";
import { errorNotice, useJobs } from "../state/useJobs";
import type { GoalWorkbookService, ValidationResult } from "../../excel/service";
import { DismissButton } from "./DismissButton";
import { capitalised, goalSheetOf, goalTableCaption } from "./goalTable";
import { busyLabel, JobStatus } from "./JobStatus";
import { LoadSection, type StructureSource } from "./LoadSection";
import { ValidateSection } from "./ValidateSection";
import { FormatSection } from "./FormatSection";
import { SummarySection, type ClipboardPort, type SummaryWording } from "./SummarySection";
import { YearSection } from "./YearSection";
import { CollectSection } from "./CollectSection";
import { KoladaSection } from "./KoladaSection";
import type { KoladaDeps } from "./KoladaPanel";
import { VISUALLY_HIDDEN } from "./visuallyHidden";
import type { GoalViewPort } from "../../excel/goalView";
import { LazyGoalView } from "./LazyGoalView";

export type TaskPaneDomain = StructureSource & SummaryWording;

export interface TaskPaneProps {
  service: GoalWorkbookService;
  domain: TaskPaneDomain;
  /** The document's settings; null outside Office (nothing is persisted then). */
  settings: SettingsStore | null;
  /** Office.context.displayLanguage, e.g. "sv-SE". */
  displayLanguage?: string;
  clipboard: ClipboardPort | null;
  /** Name of the goal table the service manages, recorded in the document settings. */
  tableName: string;
  /** The goal view's Excel access; without it the pane shows no goal view. */
  goalView?: GoalViewPort;
  /** Injected by tests: the Kolada transport and client timings (the browser's fetch by default). */
  kolada?: KoladaDeps;
}

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: "100%",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  languages: { flexWrap: "wrap" },
  visuallyHidden: VISUALLY_HIDDEN,
  wrap: { overflowWrap: "anywhere" },
});

export function TaskPane(props: TaskPaneProps): React.JSX.Element {
  const { service, domain, settings, displayLanguage, clipboard, tableName, goalView } = props;
  const styles = useStyles();
  const [saved, setSaved] = React.useState<AddinSettings>(() => readSettings(settings));
  const [lang, setLang] = React.useState<Lang>(() => initialLang(saved.lang, displayLanguage));
  const [validation, setValidation] = React.useState<ValidationResult | null>(null);
  // The goal table's sheet: saved by the last load, or seen this session (a load, an issue's cell).
  const [goalSheet, setGoalSheet] = React.useState<string | null>(() => saved.goalSheet);
  const jobs = useJobs();
  // Bumped when a job rewrote the goal table, so the goal view reads it again.
  const [tableRevision, setTableRevision] = React.useState(0);

  // Screen readers pick their voice from the document language.
  React.useEffect(() => {
    document.documentElement.lang = lang === "sv" ? "sv-SE" : "en";
  }, [lang]);

  // A ribbon command run in this runtime (the shared runtime) saves its outcome here: show it now.
  React.useEffect(
    () => onSettingsSaved(() => setSaved((s) => ({ ...s, lastCommand: readSettings(settings).lastCommand }))),
    [settings],
  );

  const persist = React.useCallback(
    (patch: Partial<AddinSettings>) => {
      setSaved((s) => ({ ...s, ...patch }));
      saveSettings(settings, patch).catch((error: unknown) => jobs.setNotice(errorNotice("language", error)));
    },
    [settings, jobs],
  );

  function changeLanguage(next: Lang): void {
    if (next === lang) return;
    setLang(next);
    persist({ lang: next });
  }

  const last = saved.lastCommand;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t(lang, "ui.appTitle")}</h1>
        <Text className={styles.muted}>{t(lang, "tp.appIntro")}</Text>
        <Field label={t(lang, "tp.language")}>
          <RadioGroup
            layout="horizontal"
            className={styles.languages}
            value={lang}
            onChange={(_, data) => changeLanguage(data.value === "sv" ? "sv" : "en")}
          >
            <Radio value="sv" label={<span lang="sv">{t("sv", "tp.language.sv")}</span>} />
            <Radio value="en" label={<span lang="en">{t("en", "tp.language.en")}</span>} />
          </RadioGroup>
        </Field>
        <Text size={200} className={styles.muted} data-testid="workbook-info">
          {saved.year !== null
            ? t(lang, "tp.workbookInfo", {
                year: saved.year,
                table: capitalised(goalTableCaption(lang, goalSheet)),
              })
            : t(lang, "tp.workbookInfo.none")}
        </Text>
        {last && (
          <MessageBar intent={last.ok ? "info" : "error"} layout="multiline" data-testid="last-command">
            <MessageBarBody className={styles.wrap}>
              {t(lang, "tp.command.lastOutcome", {
                at: new Date(last.at).toLocaleString(lang === "sv" ? "sv-SE" : "en-GB"),
                text: last.text,
              })}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <DismissButton label={t(lang, "tp.dismiss")} onClick={() => persist({ lastCommand: null })} />
              }
            />
          </MessageBar>
        )}
        <JobStatus
          lang={lang}
          section="language"
          busy={null}
          notice={jobs.notice}
          onDismiss={() => jobs.setNotice(null)}
        />
      </header>

      <LoadSection
        lang={lang}
        service={service}
        jobs={jobs}
        source={domain}
        savedYear={saved.year}
        onApplied={(result, structure) => {
          // The table changed under any earlier check; its addresses may no longer be right.
          setValidation(null);
          setTableRevision((r) => r + 1);
          // The sheet the load found or made the table on: named in the pane now and when it opens again.
          if (result.goalSheet) setGoalSheet(result.goalSheet);
          persist({ year: structure.year, tableName, goalSheet: result.goalSheet ?? null });
        }}
      />
      {goalView && <LazyGoalView lang={lang} port={goalView} revision={tableRevision} />}
      <ValidateSection
        lang={lang}
        service={service}
        jobs={jobs}
        result={validation}
        onResult={(result) => {
          setValidation(result);
          const sheet = result ? goalSheetOf(result.issues) : null;
          if (sheet) setGoalSheet(sheet);
        }}
      />
      <FormatSection lang={lang} service={service} jobs={jobs} />
      <SummarySection
        lang={lang}
        service={service}
        jobs={jobs}
        wording={domain}
        clipboard={clipboard}
        onGoalSheet={setGoalSheet}
      />
      <YearSection
        lang={lang}
        service={service}
        jobs={jobs}
        source={domain}
        savedYear={saved.year}
        onRolled={(result) => {
          // The table's cells changed under any earlier check.
          setValidation(null);
          setTableRevision((r) => r + 1);
          persist({ year: result.year });
        }}
      />
      <CollectSection lang={lang} service={service} jobs={jobs} onCollected={() => setValidation(null)} />
      <KoladaSection
        lang={lang}
        service={service}
        jobs={jobs}
        deps={props.kolada}
        onFetched={() => setValidation(null)}
      />

      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {jobs.busy && jobs.busy.job !== "select" ? busyLabel(lang, jobs.busy) : ""}
      </div>
    </main>
  );
}
