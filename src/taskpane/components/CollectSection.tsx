// Job 6: "Samla in svar", sending each responsible body its goals and collecting the workbooks
// back. Only the section's frame is in the pane's first load: the file choice (which must open in
// the click that asks for it), the "Dela upp per ansvarig" button where the host can download
// files, and the pointer to `split` on the command line. Reading the files, the preview and Apply
// are CollectPanel.tsx, loaded when files are chosen; drawing the split's workbooks is
// SplitPanel.tsx, loaded on the click (README, "Performance").
import * as React from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import type { GoalWorkbookService } from "../../excel/service";
import type { Jobs } from "../state/useJobs";
import { canDownload } from "../download";
import { JobStatus } from "./JobStatus";
import { LazyCollectPanel } from "./LazyCollectPanel";
import { LazySplitPanel } from "./LazySplitPanel";
import type { SplitPanelProps } from "./SplitPanel";
import { Section } from "./Section";
import { HiddenFileInput, useFilePicker } from "./HiddenFileInput";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  fileName: { minWidth: 0, overflowWrap: "anywhere" },
  noFile: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface CollectSectionProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
  /** After values were written into the goal table: earlier checks no longer hold. */
  onCollected(): void;
  /** Injected by tests: whether the host can download, and how (SplitPanel.tsx). */
  split?: { canDownload: boolean; download?: SplitPanelProps["download"]; documentUrl?: string };
}

export function CollectSection(props: CollectSectionProps): React.JSX.Element {
  const { lang, service, jobs, onCollected } = props;
  const styles = useStyles();
  const [chosen, setChosen] = React.useState<{ files: File[]; pick: number } | null>(null);
  // Each click starts a split of its own (it keys the panel).
  const [splits, setSplits] = React.useState(0);
  const downloads = props.split?.canDownload ?? canDownload();
  const picker = useFilePicker();
  const chooseButton = React.useRef<HTMLButtonElement>(null);
  const ids = { files: React.useId(), split: React.useId() };
  const disabled = jobs.busy !== null;

  return (
    <Section id="collect" title={t(lang, "tp.collect.title")} help={t(lang, "tp.collect.help")}>
      <div className={styles.buttons}>
        <Button
          ref={chooseButton}
          aria-describedby={ids.files}
          disabledFocusable={disabled}
          onClick={picker.choose}
        >
          {t(lang, "tp.collect.choose")}
        </Button>
        <Text
          id={ids.files}
          aria-live="polite"
          className={mergeClasses(styles.fileName, !chosen && styles.noFile)}
        >
          {chosen ? chosen.files.map((f) => f.name).join(", ") : t(lang, "tp.load.noFileChosen")}
        </Text>
      </div>
      <HiddenFileInput
        picker={picker}
        multiple
        accept={`.xlsx,${XLSX_TYPE}`}
        disabled={disabled}
        testId="collect-file-input"
        onFiles={(files) => {
          // A new choice is a new collect: the panel starts again from the files (`pick` keys it).
          setChosen(files.length === 0 ? null : { files, pick: (chosen?.pick ?? 0) + 1 });
        }}
      />
      {chosen && (
        <LazyCollectPanel
          key={chosen.pick}
          lang={lang}
          service={service}
          jobs={jobs}
          files={chosen.files}
          onCollected={onCollected}
          onClose={() => {
            setChosen(null);
            jobs.setNotice(null);
            chooseButton.current?.focus();
          }}
        />
      )}
      {downloads && (
        <div className={styles.buttons}>
          <Button
            aria-describedby={ids.split}
            disabledFocusable={disabled}
            onClick={() => setSplits((n) => n + 1)}
          >
            {t(lang, "tp.collect.splitButton")}
          </Button>
          <Text id={ids.split} size={200} className={styles.hint}>
            {t(lang, "tp.collect.splitHelp")}
          </Text>
        </div>
      )}
      {splits > 0 && (
        <LazySplitPanel
          key={splits}
          lang={lang}
          service={service}
          jobs={jobs}
          download={props.split?.download}
          documentUrl={props.split?.documentUrl}
        />
      )}
      <JobStatus
        lang={lang}
        section="collect"
        busy={jobs.busy}
        notice={jobs.notice}
        onDismiss={() => jobs.setNotice(null)}
      />
      <Text size={200} className={styles.hint}>
        {t(lang, downloads ? "tp.collect.splitAlso" : "tp.collect.split")}{" "}
        <code className={styles.code}>{t(lang, "tp.collect.splitCommand")}</code>
      </Text>
    </Section>
  );
}
