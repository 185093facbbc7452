// The summary's report actions, a chunk of their own (LazyReportActions.tsx): "Kopiera tabell"
// puts a programme's tables on the clipboard as HTML and as text, so that pasting into Word gives
// real tables; "Skapa rapport" builds the report document, the same .docx as the CLI's `report`
// (src/report/), and offers it as a download. The docx library is loaded only on that click, a
// further chunk, so neither the pane's first load nor a copy carries it. Every sentence and
// figure is the report model's, built from the same summary the section shows.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import type { GoalSuggestionView, ProgramHistory, Summary } from "../../domain";
import { t } from "../../i18n/reportStrings";
import { programTables, tablesHtml, tablesText } from "../../report/clipboard";
import { reportModel, type ReportInput } from "../../report/model";
import { browserDownload, type DownloadPort } from "../download";

export { browserDownload, type DownloadPort } from "../download";

/** Writes HTML and its plain text together; rejects where the host refuses. */
export interface RichClipboardPort {
  write(html: string, text: string): Promise<void>;
}

export interface ReportPorts {
  rich: RichClipboardPort | null;
  /** The plain-text clipboard, when HTML is refused. */
  text: { writeText(text: string): Promise<void> } | null;
  download: DownloadPort;
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** navigator.clipboard.write with a ClipboardItem holding both types, where the host has them. */
export function defaultRichClipboard(): RichClipboardPort | null {
  if (typeof navigator === "undefined" || typeof ClipboardItem === "undefined") return null;
  const clipboard = navigator.clipboard;
  if (!clipboard || typeof clipboard.write !== "function") return null;
  return {
    write: (html, text) =>
      clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]),
  };
}

export function defaultReportPorts(text: ReportPorts["text"]): ReportPorts {
  return { rich: defaultRichClipboard(), text, download: browserDownload };
}

export interface ReportSource {
  summary: Summary;
  history?: { programs: ProgramHistory[] };
  suggestions?: GoalSuggestionView[];
  about?: { organisation: string; year: number; source: string | null };
}

function inputOf(s: ReportSource): ReportInput {
  return {
    organisation: s.about?.organisation ?? "",
    year: s.about?.year ?? 0,
    source: s.about?.source ?? null,
    summary: s.summary,
    history: s.history?.programs ?? [],
    suggestions: s.suggestions ?? [],
  };
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

type Outcome = { ok: boolean; text: string } | null;

function Message({ outcome }: { outcome: Outcome }): React.JSX.Element {
  const styles = useStyles();
  // The words carry the outcome; the colour only repeats it.
  return (
    <Text role="status" className={outcome?.ok === false ? styles.problem : styles.ok}>
      {outcome?.text ?? ""}
    </Text>
  );
}

interface PortProps {
  /** The pane's plain-text clipboard, the fallback where HTML is refused. */
  clipboard: ReportPorts["text"];
  /** Injected by tests; by default the host's clipboard and a Blob URL download. */
  ports?: ReportPorts;
}

export interface CopyTableProps extends PortProps {
  lang: Lang;
  source: ReportSource;
  program: string;
  disabled: boolean;
}

export function CopyTableButton(props: CopyTableProps): React.JSX.Element {
  const { lang, source, program, disabled } = props;
  const ports = props.ports ?? defaultReportPorts(props.clipboard);
  const styles = useStyles();
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  async function copy(): Promise<void> {
    const tables = programTables(reportModel(inputOf(source), lang), program);
    const html = tablesHtml(tables);
    const text = tablesText(tables);
    try {
      if (ports.rich === null) throw new Error("no rich clipboard");
      await ports.rich.write(html, text);
      setOutcome({ ok: true, text: t(lang, "rep.pane.copied", { program }) });
      return;
    } catch {
      // Some hosts take text only.
    }
    try {
      if (ports.text === null) throw new Error("no clipboard");
      await ports.text.writeText(text);
      setOutcome({ ok: true, text: t(lang, "rep.pane.copiedText", { program }) });
    } catch {
      setOutcome({ ok: false, text: t(lang, "rep.pane.copyFailed") });
    }
  }
  return (
    <div className={styles.row}>
      <Button
        size="small"
        aria-label={t(lang, "rep.pane.copyTableName", { program })}
        disabledFocusable={disabled}
        onClick={copy}
      >
        {t(lang, "rep.pane.copyTable")}
      </Button>
      <Message outcome={outcome} />
    </div>
  );
}

export interface ReportButtonProps extends PortProps {
  lang: Lang;
  source: ReportSource;
  disabled: boolean;
}

export function ReportButton(props: ReportButtonProps): React.JSX.Element {
  const { lang, source, disabled } = props;
  const ports = props.ports ?? defaultReportPorts(props.clipboard);
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  async function make(): Promise<void> {
    const input = inputOf(source);
    const file = t(lang, "rep.pane.fileName", { year: String(input.year) });
    setBusy(true);
    setOutcome({ ok: true, text: t(lang, "rep.pane.making") });
    try {
      const { reportDocx } = await import(/* webpackChunkName: "docx" */ "../../report/docx");
      const bytes = await reportDocx(reportModel(input, lang));
      const started = ports.download.download(bytes, file, DOCX_TYPE);
      setOutcome(
        started
          ? { ok: true, text: t(lang, "rep.pane.downloaded", { file }) }
          : { ok: false, text: t(lang, "rep.pane.noDownload", { file }) },
      );
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setOutcome({ ok: false, text: t(lang, "rep.pane.failed", { detail }) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className={styles.row}>
      <Button disabledFocusable={disabled || busy} onClick={make}>
        {t(lang, "rep.pane.make")}
      </Button>
      <Message outcome={outcome} />
    </div>
  );
}
