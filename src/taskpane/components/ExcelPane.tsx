// The task pane wired to the real thing: the Excel adapter over Office's Excel.run, the document's
// settings, the browser's clipboard and the domain. Rendered by App once Office.onReady says we are
// in Excel.
import * as React from "react";
import type { GoalWorkbookService } from "../../excel/service";
import { GOAL_TABLE } from "../../plan/layout";
import { officeSettingsStore } from "../../office/settings";
import { lazyService } from "../lazyService";
import { defaultDomain } from "./domainPort";
import { defaultClipboard } from "./SummarySection";
import { TaskPane } from "./TaskPane";
import { lazyGoalViewPort } from "./LazyGoalView";

export interface ExcelPaneProps {
  displayLanguage: string | null;
}

export function ExcelPane({ displayLanguage }: ExcelPaneProps): React.JSX.Element {
  // One service for the pane's lifetime; its code loads, and Excel.run is touched, when a job runs.
  const service = React.useMemo<GoalWorkbookService>(
    () =>
      lazyService(() =>
        import(/* webpackChunkName: "excel", webpackPrefetch: true */ "../../excel/service").then(
          ({ createService }) => createService((batch) => Excel.run(batch)),
        ),
      ),
    [],
  );
  const settings = React.useMemo(() => officeSettingsStore(), []);
  // The goal view follows Excel's selection through Excel.run: without that namespace (a host
  // stub) it has nothing to follow and is left out.
  const goalView = React.useMemo(
    () =>
      typeof Excel === "undefined"
        ? undefined
        : lazyGoalViewPort(() =>
            import(/* webpackChunkName: "goalview-excel" */ "../../excel/goalView").then(
              ({ createGoalViewPort }) => createGoalViewPort((batch) => Excel.run(batch)),
            ),
          ),
    [],
  );
  return (
    <TaskPane
      service={service}
      domain={defaultDomain}
      settings={settings}
      displayLanguage={displayLanguage ?? undefined}
      clipboard={defaultClipboard()}
      tableName={GOAL_TABLE}
      goalView={goalView}
    />
  );
}
