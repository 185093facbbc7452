// Job 3: put the status/trend lists and the colour rules back on the goal table, e.g. after the
// officials pasted values over them (pasting removes data validation in Excel).
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import { tn } from "../../office/i18n-lang";
import type { GoalWorkbookService } from "../../excel/service";
import type { Jobs, Notice } from "../state/useJobs";
import { JobStatus } from "./JobStatus";
import { Section } from "./Section";

export interface FormatSectionProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
}

export function FormatSection({ lang, service, jobs }: FormatSectionProps): React.JSX.Element {
  async function format(): Promise<void> {
    await jobs.run(
      "format",
      "format",
      () => service.applyFormatting(),
      (r): Notice => ({
        section: "format",
        intent: "success",
        render: (l) => ({
          title: t(l, "tp.format.doneTitle"),
          lines: [
            t(l, "tp.format.done", {
              validations: tn(l, "tp.n.validations", r.validations),
              formats: tn(l, "tp.n.formats", r.conditionalFormats),
            }),
          ],
        }),
      }),
    );
  }

  return (
    <Section id="format" title={t(lang, "tp.format.title")} help={t(lang, "tp.format.help")}>
      <div>
        <Button appearance="primary" disabledFocusable={jobs.busy !== null} onClick={format}>
          {t(lang, "tp.format.run")}
        </Button>
      </div>
      <JobStatus
        lang={lang}
        section="format"
        busy={jobs.busy}
        notice={jobs.notice}
        onDismiss={() => jobs.setNotice(null)}
      />
    </Section>
  );
}
