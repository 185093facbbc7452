// "Hämta från Kolada" once clicked (loaded lazily, see LazyKoladaPanel.tsx): the service reads the
// indicator sheet and hands its structure to the Kolada client, which asks Kolada's API through
// the browser's fetch while the panel counts the requests; the fetched values and their
// attribution are then written into the sheet. What was fetched, what Kolada lacked and which
// KPIs it did not know come back as the section's notice, and so does a request that could not
// be made (offline, blocked, no CORS), with the way round it: the CLI's `kolada` command on a
// computer that reaches Kolada, or typing the values in.
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import type { GoalWorkbookService, KoladaFetchResult } from "../../excel/service";
import { t } from "../../i18n/koladaPaneStrings";
import {
  createKoladaClient,
  fillFromKolada,
  KOLADA_BASE_URL,
  KoladaError,
  type KoladaClientOptions,
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
}

function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function resultNotice(r: KoladaFetchResult, requests: number, date: string): Notice {
  const partly = r.results.some((x) => !x.known || x.missing.length > 0) || r.missingYears.length > 0;
  return {
    section: "kolada",
    intent: partly ? "warning" : "success",
    render(l): NoticeText {
      const lines = [
        r.cells === 0 && r.fetched > 0
          ? t(l, "tpk.nothingNew", { sheet: r.sheet })
          : t(l, "tpk.done", { values: r.fetched, cells: r.cells, sheet: r.sheet }),
      ];
      for (const x of r.results) {
        const at = { indicator: x.target.indicatorId, goal: x.target.goalId, kpi: x.target.kpi };
        if (!x.known) lines.push(t(l, "tpk.unknown", at));
        else if (x.missing.length > 0) lines.push(t(l, "tpk.missing", { ...at, years: yearRuns(x.missing) }));
      }
      if (r.missingYears.length > 0)
        lines.push(t(l, "tpk.noColumn", { sheet: r.sheet, years: yearRuns(r.missingYears) }));
      lines.push(t(l, "ind.cli.requests", { count: requests }), t(l, "tpk.source", { date }));
      return { title: t(l, partly ? "tpk.partlyTitle" : "tpk.doneTitle"), lines };
    },
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
  const { lang, service, jobs, deps, onFetched } = props;
  const [requests, setRequests] = React.useState<number | null>(null);
  const started = React.useRef(false);

  React.useEffect(() => {
    // Once per click (the section keys the panel by it).
    if (started.current) return;
    started.current = true;
    const date = deps?.today ?? todayIso();
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
          return { failure: failureNotice(e, host) };
        } finally {
          setRequests(null);
        }
      },
      (outcome) => {
        if ("failure" in outcome) return outcome.failure;
        if (outcome.result.cells > 0) onFetched?.();
        return resultNotice(outcome.result, count, date);
      },
    );
  }, [deps, jobs, onFetched, service]);

  // The live region stays mounted, so a screen reader hears the count change, not only its start.
  return (
    <div role="status" aria-live="polite">
      {requests !== null && (
        <Spinner
          size="tiny"
          labelPosition="after"
          data-testid="kolada-progress"
          label={requests === 0 ? t(lang, "tpk.reading") : t(lang, "tpk.progress", { count: requests })}
        />
      )}
    </div>
  );
}
