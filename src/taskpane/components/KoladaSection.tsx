// Job 7: "Nyckeltal från Kolada". Only the section's frame and its button are in the pane's first
// load; the fetch (the Kolada client, the panel and its strings) is KoladaPanel.tsx, loaded on
// the click.
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import type { GoalWorkbookService } from "../../excel/service";
import type { Jobs } from "../state/useJobs";
import { JobStatus } from "./JobStatus";
import type { KoladaDeps } from "./KoladaPanel";
import { LazyKoladaPanel } from "./LazyKoladaPanel";
import { Section } from "./Section";

export interface KoladaSectionProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
  /** Injected by tests: the transport and the client's timings. */
  deps?: KoladaDeps;
  onFetched?(): void;
}

export function KoladaSection(props: KoladaSectionProps): React.JSX.Element {
  const { lang, service, jobs, deps, onFetched } = props;
  // Each click starts a fetch of its own (it keys the panel).
  const [runs, setRuns] = React.useState(0);
  return (
    <Section id="kolada" title={t(lang, "tp.kolada.title")} help={t(lang, "tp.kolada.help")}>
      <div>
        <Button disabledFocusable={jobs.busy !== null} onClick={() => setRuns((n) => n + 1)}>
          {t(lang, "tp.kolada.run")}
        </Button>
      </div>
      {runs > 0 && (
        <LazyKoladaPanel
          key={runs}
          lang={lang}
          service={service}
          jobs={jobs}
          deps={deps}
          onFetched={onFetched}
        />
      )}
      {/* The panel shows its own progress (the requests so far); the section only the outcome. */}
      <JobStatus
        lang={lang}
        section="kolada"
        busy={null}
        notice={jobs.notice}
        onDismiss={() => jobs.setNotice(null)}
      />
    </Section>
  );
}
