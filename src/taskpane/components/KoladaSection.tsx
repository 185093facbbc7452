// Job 7: "Nyckeltal från Kolada". Only the section's frame, its two buttons and the file input are
// in the pane's first load; the fetch and the file import (the Kolada client, the export reader,
// the panel and its strings) are KoladaPanel.tsx, loaded on the click or the chosen file.
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import type { GoalWorkbookService } from "../../excel/service";
import type { Jobs } from "../state/useJobs";
import { JobStatus } from "./JobStatus";
import type { ChosenExport, KoladaDeps } from "./KoladaPanel";
import { LazyKoladaPanel } from "./LazyKoladaPanel";
import { Section } from "./Section";
import { HiddenFileInput, useFilePicker } from "./HiddenFileInput";

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
  // Each click or chosen file starts a job of its own (`n` keys the panel); `file`: an import.
  const [run, setRun] = React.useState<{ n: number; file: ChosenExport | null }>({ n: 0, file: null });
  const picker = useFilePicker();
  const choose = picker.choose;
  const disabled = jobs.busy !== null;
  return (
    <Section id="kolada" title={t(lang, "tp.kolada.title")} help={t(lang, "tp.kolada.help")}>
      <div>
        <Button disabledFocusable={disabled} onClick={() => setRun((r) => ({ n: r.n + 1, file: null }))}>
          {t(lang, "tp.kolada.run")}
        </Button>{" "}
        <Button disabledFocusable={disabled} onClick={choose}>
          {t(lang, "tp.kolada.import")}
        </Button>
      </div>
      <HiddenFileInput
        picker={picker}
        accept=".csv,.xlsx"
        disabled={disabled}
        testId="kolada-file-input"
        onFiles={([file]) => {
          if (file) setRun((r) => ({ n: r.n + 1, file }));
        }}
      />
      {run.n > 0 && (
        <LazyKoladaPanel
          key={run.n}
          lang={lang}
          service={service}
          jobs={jobs}
          deps={deps}
          onFetched={onFetched}
          file={run.file}
          onChooseFile={choose}
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
