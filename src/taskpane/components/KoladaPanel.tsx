// "Hämta från Kolada" once clicked (loaded lazily, see LazyKoladaPanel.tsx): the service reads the
// indicator sheet and hands its structure to the Kolada client, which asks Kolada's API through
// the browser's fetch while the panel counts the requests; the fetched values and their
// attribution are then written into the sheet. What was fetched, what Kolada lacked and which
// KPIs it did not know come back as the section's notice, and so does a request that could not
// be made (offline, blocked, no CORS), with the way round it: the CLI's `kolada` command on a
// computer that reaches Kolada, or typing the values in, or importing a file exported from
// Kolada's web interface, which the panel offers with a button of its own after such a failure.
// Given a chosen `file` instead, the panel imports that export (src/kolada/exportRead.ts; an
// .xlsx through xlsxlite's sheet reader, loaded on demand) and fills the same way, through the
// same service call: one read, one write.
import * as React from "react";
import { Button, Spinner } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import type { GoalWorkbookService, KoladaFetchResult } from "../../excel/service";
import { t } from "../../i18n/koladaPaneStrings";
import type { Bilingual } from "../../domain/types";
import {
  createKoladaClient,
  exportNotes,
  fillFromExport,
  fillFromKolada,
  KOLADA_BASE_URL,
  KoladaError,
  readExportBytes,
  type KoladaClientOptions,
  type SheetGridReader,
  type Transport,
} from "../../kolada";
import { yearRuns } from "../../plan/indicatorSheet";
import { browserTransport } from "../koladaTransport";
import type { Jobs, Notice, NoticeText } from "../state/useJobs";

/** What tests replace: the transport, the client's timings, the base URL and today's date. */
export interface KoladaDeps {
  transport?: Transport;
  client?: Omit<KoladaClientOptions, "transport" | "baseUrl" | "onRequest">;
  baseUrl?: string;
  /** The fetch date written with every value, YYYY-MM-DD; today by default. */
  today?: string;
}

export interface KoladaPanelProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
  deps?: KoladaDeps;
  /** After values were written on the indicator sheet. */
  onFetched?(): void;
  /** A file exported from Kolada to import instead of asking Kolada. */
  file?: ChosenExport | null;
  /** Opens the section's file picker (offered after a failed fetch). */
  onChooseFile?(): void;
}

/** What the panel needs of the chosen file (a File in the pane). */
export interface ChosenExport {
  name: string;
  arrayBuffer?: () => Promise<ArrayBuffer>;
}

/** The file's bytes; FileReader where Blob.arrayBuffer is missing (older web views). */
function bytesOf(file: ChosenExport): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file as unknown as Blob);
  });
}

/** The export could not be used (unreadable, or two values for one year): nothing was written. */
class ExportRefused extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

/** An .xlsx export's first sheet, with the pane's reader, loaded only when one is imported. */
const xlsxSheet: SheetGridReader = async (bytes) => {
  const { readSheetGrid } = await import(/* webpackChunkName: "xlsxsheet" */ "../../xlsxlite/sheet");
  return (await readSheetGrid(bytes, null)) ?? [];
};

function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Where the values came from: Kolada's API (with the request count) or a file. */
type Origin = { requests: number } | { file: string; notes: (lang: Lang) => string[] };

function resultNotice(r: KoladaFetchResult, origin: Origin, date: string): Notice {
  const partly = r.results.some((x) => !x.known || x.missing.length > 0) || r.missingYears.length > 0;
  const file = "file" in origin;
  return {
    section: "kolada",
    intent: partly ? "warning" : "success",
    render(l): NoticeText {
      const lines = [
        r.cells === 0 && r.fetched > 0
          ? t(l, "tpk.nothingNew", { sheet: r.sheet })
          : t(l, file ? "tpk.fileDone" : "tpk.done", { values: r.fetched, cells: r.cells, sheet: r.sheet }),
      ];
      for (const x of r.results) {
        const at = { indicator: x.target.indicatorId, goal: x.target.goalId, kpi: x.target.kpi };
        if (!x.known) lines.push(t(l, file ? "tpk.fileUnknown" : "tpk.unknown", at));
        else if (x.missing.length > 0)
          lines.push(t(l, file ? "tpk.fileMissing" : "tpk.missing", { ...at, years: yearRuns(x.missing) }));
      }
      if (r.missingYears.length > 0)
        lines.push(t(l, "tpk.noColumn", { sheet: r.sheet, years: yearRuns(r.missingYears) }));
      if ("file" in origin)
        lines.push(...origin.notes(l), t(l, "tpk.fileSource", { date, file: origin.file }));
      else lines.push(t(l, "ind.cli.requests", { count: origin.requests }), t(l, "tpk.source", { date }));
      const title = file
        ? partly
          ? "tpk.filePartlyTitle"
          : "tpk.fileDoneTitle"
        : partly
          ? "tpk.partlyTitle"
          : "tpk.doneTitle";
      return { title: t(l, title), lines };
    },
  };
}

function fileFailureNotice(file: string, reason: Bilingual): Notice {
  return {
    section: "kolada",
    intent: "error",
    render: (l) => ({
      title: t(l, "tpk.fileFailedTitle", { file }),
      lines: [t(l, "tpk.fileFailed", { reason: reason[l] })],
    }),
  };
}

/** A request that could not be made or answered: said plainly, with the way round it. */
function failureNotice(e: KoladaError, host: string): Notice {
  const unreachable = e.kind === "network" || e.kind === "timeout";
  return {
    section: "kolada",
    intent: "error",
    render: (l) => ({
      title: t(l, unreachable ? "tpk.unreachableTitle" : "tpk.failedTitle"),
      lines: [
        unreachable ? t(l, "tpk.unreachable", { host }) : t(l, "tpk.failed", { reason: e.reason[l] }),
        t(l, "tpk.alternative"),
        t(l, "tpk.command"),
      ],
    }),
  };
}

export function KoladaPanel(props: KoladaPanelProps): React.JSX.Element {
  const { lang, service, jobs, deps, onFetched, file, onChooseFile } = props;
  const [requests, setRequests] = React.useState<number | null>(null);
  const [reading, setReading] = React.useState(false);
  const [fetchFailed, setFetchFailed] = React.useState(false);
  const started = React.useRef(false);

  React.useEffect(() => {
    // Once per click or chosen file (the section keys the panel by it).
    if (started.current) return;
    started.current = true;
    const date = deps?.today ?? todayIso();
    if (file) {
      setReading(true);
      void jobs.run(
        "kolada",
        "kolada",
        async (): Promise<{ result: KoladaFetchResult; notes: Origin } | { failure: Notice }> => {
          try {
            const read = await readExportBytes(file.name, new Uint8Array(await bytesOf(file)), xlsxSheet);
            if (!read.ok) return { failure: fileFailureNotice(file.name, read.reason) };
            let notes: (l: Lang) => string[] = () => [];
            const result = await service.fetchIndicators(async (structure) => {
              const filled = await fillFromExport(read.file, structure, date);
              if (!filled.ok) throw new ExportRefused(filled.reason);
              notes = (l) => exportNotes(read.file, filled.value, structure, l);
              return filled.value.fill;
            });
            return { result, notes: { file: file.name, notes: (l) => notes(l) } };
          } catch (e) {
            if (!(e instanceof ExportRefused)) throw e;
            return { failure: fileFailureNotice(file.name, e.reason) };
          } finally {
            setReading(false);
          }
        },
        (outcome) => {
          if ("failure" in outcome) return outcome.failure;
          if (outcome.result.cells > 0) onFetched?.();
          return resultNotice(outcome.result, outcome.notes, date);
        },
      );
      return;
    }
    let count = 0;
    const client = createKoladaClient({
      ...deps?.client,
      transport: deps?.transport ?? browserTransport(),
      baseUrl: deps?.baseUrl ?? KOLADA_BASE_URL,
      onRequest: () => {
        count += 1;
        setRequests(count);
      },
    });
    const host = /^https?:\/\/[^/?#]+/i.exec(client.baseUrl)?.[0] ?? client.baseUrl;
    void jobs.run(
      "kolada",
      "kolada",
      async (): Promise<{ result: KoladaFetchResult } | { failure: Notice }> => {
        setRequests(0);
        try {
          const result = await service.fetchIndicators((structure) =>
            fillFromKolada(client, structure, structure.municipality?.id ?? "", date),
          );
          return { result };
        } catch (e) {
          // The client's own failures get the Kolada notice; refusals and Excel's the usual one.
          if (!(e instanceof KoladaError)) throw e;
          setFetchFailed(true);
          return { failure: failureNotice(e, host) };
        } finally {
          setRequests(null);
        }
      },
      (outcome) => {
        if ("failure" in outcome) return outcome.failure;
        if (outcome.result.cells > 0) onFetched?.();
        return resultNotice(outcome.result, { requests: count }, date);
      },
    );
  }, [deps, file, jobs, onFetched, service]);

  // The live region stays mounted, so a screen reader hears the count change, not only its start.
  return (
    <>
      <div role="status" aria-live="polite">
        {(requests !== null || reading) && (
          <Spinner
            size="tiny"
            labelPosition="after"
            data-testid="kolada-progress"
            label={
              reading
                ? t(lang, "tpk.readingFile", { file: file?.name ?? "" })
                : requests === 0
                  ? t(lang, "tpk.reading")
                  : t(lang, "tpk.progress", { count: requests ?? 0 })
            }
          />
        )}
      </div>
      {/* After a fetch Kolada did not answer: the file import, right where the user looks. */}
      {fetchFailed && onChooseFile && (
        <div>
          <Button appearance="primary" disabledFocusable={jobs.busy !== null} onClick={onChooseFile}>
            {t(lang, "tp.kolada.import")}
          </Button>
        </div>
      )}
    </>
  );
}
