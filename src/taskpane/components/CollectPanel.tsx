// "Samla in svar" once files are chosen (loaded lazily, see LazyCollectPanel.tsx): reads each
// returned file in the pane (collectReturns.ts), asks the service what the merge would do, and
// shows it grouped per file in the words the CLI prints (src/present/collect.ts). Nothing is
// written until Apply, which sends the previewed merge's stamp: a workbook that changed since the
// preview is not written, and the pane shows the merge planned again from the workbook as it is.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import type { CollectResult } from "../../domain/collect";
import type {
  CollectApplied,
  CollectPreview,
  GoalWorkbookService,
  ReturnedWorkbook,
} from "../../excel/service";
import { t } from "../../i18n/collectStrings";
import { collectCounts, collectLinesByFile, type CollectLineKind } from "../../present/collect";
import { readReturns, type ReturnFile } from "../collectReturns";
import type { Jobs, Notice } from "../state/useJobs";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  file: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  lines: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  line: { overflowWrap: "anywhere" },
  conflict: { color: tokens.colorPaletteDarkOrangeForeground1 },
  rejected: { color: tokens.colorPaletteRedForeground1 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  progress: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface CollectPanelProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
  files: readonly ReturnFile[];
  onCollected(): void;
  onClose(): void;
}

const cellCount = (lang: Lang, count: number): string =>
  t(lang, count === 1 ? "tpc.cells.one" : "tpc.cells.other", { count });

/** After Apply: what was written and, when anything was left, where it is listed. */
function appliedNotice(r: Extract<CollectApplied, { applied: true }>): Notice {
  const left = r.result.conflicts.length + r.result.rejected.length > 0;
  return {
    section: "collect",
    intent: left ? "warning" : "success",
    render: (l) => ({
      title: t(l, "tpc.appliedTitle"),
      lines: [
        t(l, "tpc.applied", { cells: cellCount(l, r.cells) }),
        collectCounts(r.result, l),
        ...(left ? [t(l, "tpc.leftOver")] : []),
      ],
    }),
  };
}

const CHANGED: Notice = {
  section: "collect",
  intent: "warning",
  render: (l) => ({ title: t(l, "tpc.changedTitle"), lines: [t(l, "tpc.changed")] }),
};

function Lines({ result, lang }: { result: CollectResult; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const groups = collectLinesByFile(result, lang);
  const kindClass: Record<CollectLineKind, string | undefined> = {
    taken: undefined,
    conflict: styles.conflict,
    rejected: styles.rejected,
  };
  if (groups.length === 0) return <Text>{t(lang, "tpc.noLines")}</Text>;
  return (
    <>
      {groups.map((g) => (
        <div key={g.file} data-testid="collect-file">
          <h4 className={styles.file}>{g.file}</h4>
          <ul className={styles.lines}>
            {g.lines.map((line, i) => (
              <li key={i} data-kind={line.kind} className={`${styles.line} ${kindClass[line.kind] ?? ""}`}>
                {line.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export function CollectPanel(props: CollectPanelProps): React.JSX.Element {
  const { lang, service, jobs, files, onCollected, onClose } = props;
  const styles = useStyles();
  const [progress, setProgress] = React.useState<{ index: number; file: string } | null>(null);
  const [returned, setReturned] = React.useState<ReturnedWorkbook[] | null>(null);
  const [preview, setPreview] = React.useState<CollectPreview | null>(null);
  const [done, setDone] = React.useState<CollectResult | null>(null);
  const headingId = React.useId();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  // The language at the time of reading, for the reader's own messages (a file it cannot read).
  const readLang = React.useRef(lang);
  const started = React.useRef(false);

  React.useEffect(() => {
    // Once per chosen set of files (the section keys the panel by its choice).
    if (started.current) return;
    started.current = true;
    void jobs.run(
      "collectPreview",
      "collect",
      async () => {
        const read = await readReturns(files, readLang.current, (index, file) =>
          setProgress({ index, file }),
        );
        setProgress(null);
        setReturned(read);
        return service.previewCollect(read);
      },
      (p) => {
        setPreview(p);
        return null;
      },
    );
  }, [files, jobs, service]);

  React.useEffect(() => {
    if (preview) headingRef.current?.focus();
  }, [preview]);

  async function apply(): Promise<void> {
    if (!returned || !preview) return;
    await jobs.run(
      "collectApply",
      "collect",
      () => service.applyCollect(returned, preview.stamp),
      (r) => {
        if (!r.applied) {
          setPreview(r.preview);
          return CHANGED;
        }
        setDone(r.result);
        onCollected();
        return appliedNotice(r);
      },
    );
  }

  const disabled = jobs.busy !== null;
  const shown = done ?? preview?.result ?? null;
  // Before the first file is opened, or after a refusal (the section's notice says why): no frame.
  if (!progress && !shown) return <></>;
  return (
    <div className={styles.panel} data-testid="collect-panel">
      {progress && (
        <Text className={styles.progress} role="status">
          {t(lang, "tpc.reading", { index: progress.index + 1, count: files.length, file: progress.file })}
        </Text>
      )}
      {shown && (
        <>
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
            {done ? t(lang, "tpc.appliedTitle") : t(lang, "tpc.previewTitle")}
          </h3>
          {!done && preview && (
            <Text>
              {preview.cells > 0
                ? t(lang, "tpc.previewIntro", { cells: cellCount(lang, preview.cells) })
                : t(lang, "tpc.nothingToTake")}
            </Text>
          )}
          <Text weight="semibold">{collectCounts(shown, lang)}</Text>
          <section aria-labelledby={headingId}>
            <Lines result={shown} lang={lang} />
          </section>
          <div className={styles.buttons}>
            {!done && (
              <Button
                appearance="primary"
                disabledFocusable={disabled || !preview || preview.cells === 0}
                onClick={() => void apply()}
              >
                {t(lang, "tpc.apply")}
              </Button>
            )}
            <Button disabledFocusable={disabled} onClick={onClose}>
              {done ? t(lang, "tp.command.close") : t(lang, "tp.load.cancel")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
