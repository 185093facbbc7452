// "Dela upp per ansvarig" once clicked (loaded lazily, see LazySplitPanel.tsx): reads the goals as
// the CLI's split reads a file (the service's readSplitSource: one read, nothing written), draws
// one workbook per responsible body with the browser-safe writer (splitFiles.ts) while it shows
// which file it is making, and offers them as one .zip download. Where the host cannot download,
// the notice says so and gives the command line instead; nothing in the workbook changes either way.
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import type { GoalWorkbookService } from "../../excel/service";
import { t } from "../../i18n/collectStrings";
import { browserDownload, type DownloadPort } from "../download";
import { documentName, newSplitId, splitZip, type SplitZip } from "../splitFiles";
import type { Jobs, Notice } from "../state/useJobs";

const useStyles = makeStyles({
  progress: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface SplitPanelProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
  /** Injected by tests; a Blob URL download by default. */
  download?: DownloadPort;
  /** The open workbook's address (Office.context.document.url by default), for the record. */
  documentUrl?: string;
}

interface Outcome {
  made: SplitZip;
  started: boolean;
  errors: number;
  lang: Lang;
}

/** What became of the split, in the pane's current language. */
function outcomeNotice(o: Outcome): Notice {
  if (!o.started)
    return {
      section: "collect",
      intent: "warning",
      render: (l) => ({
        title: t(l, "tpc.split.noDownloadTitle"),
        lines: [t(l, "tpc.split.noDownload"), t(l, "tp.collect.splitCommand")],
      }),
    };
  return {
    section: "collect",
    intent: o.errors > 0 ? "warning" : "success",
    render: (l) => ({
      title: t(l, "tpc.split.doneTitle"),
      lines: [
        t(l, "tpc.split.downloaded", { count: o.made.files.length, zip: o.made.name }),
        ...o.made.files.map((f) =>
          t(l, "cli.split.wrote", {
            file: f.name,
            // The goals without a body, named in the workbook's language as their file is.
            responsible: f.responsible || t(o.lang, "cli.split.noResponsible"),
            goals: f.goals,
          }),
        ),
        ...(o.errors > 0 ? [t(l, "tpc.split.errors", { count: o.errors })] : []),
      ],
    }),
  };
}

const NO_GOALS = {
  messages: { sv: t("sv", "tpc.split.noGoals"), en: t("en", "tpc.split.noGoals") },
  state: "unchanged" as const,
};

/** Office.context.document.url where office.js has one. */
function hostDocumentUrl(): string | undefined {
  const office = (globalThis as { Office?: { context?: { document?: { url?: unknown } } } }).Office;
  const url = office?.context?.document?.url;
  return typeof url === "string" ? url : undefined;
}

export function SplitPanel(props: SplitPanelProps): React.JSX.Element {
  const { lang, service, jobs } = props;
  const styles = useStyles();
  const [progress, setProgress] = React.useState<{ index: number; count: number; file: string } | null>(null);
  const started = React.useRef(false);
  const download = props.download ?? browserDownload;
  const url = props.documentUrl ?? hostDocumentUrl();

  React.useEffect(() => {
    // Once per click (the section keys the panel by it).
    if (started.current) return;
    started.current = true;
    void jobs.run(
      "split",
      "collect",
      async (): Promise<Outcome> => {
        try {
          const source = await service.readSplitSource();
          const made = await splitZip(
            source,
            { split: newSplitId(), main: documentName(url) },
            (index, count, file) => setProgress({ index, count, file }),
          );
          if (made.files.length === 0) throw NO_GOALS;
          const ok = download.download(made.bytes, made.name, "application/zip");
          return { made, started: ok, errors: source.errors, lang: source.lang };
        } finally {
          setProgress(null);
        }
      },
      outcomeNotice,
    );
  }, [download, jobs, service, url]);

  // The live region stays mounted (empty while idle), so each "file n of N" is announced.
  return (
    <Text className={styles.progress} role="status" data-testid={progress ? "split-progress" : undefined}>
      {progress
        ? t(lang, "tpc.split.making", {
            index: progress.index + 1,
            count: progress.count,
            file: progress.file,
          })
        : ""}
    </Text>
  );
}
