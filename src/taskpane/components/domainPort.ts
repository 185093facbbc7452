// The domain functions the task pane uses, gathered in one object so components receive them as a
// prop (component tests can pass small fakes; the real pane passes these).
import { parseGoalStructureText, statusLabel, summaryReportText, trendLabel } from "../../domain";
import type { TaskPaneDomain } from "./TaskPane";

export const defaultDomain: TaskPaneDomain = {
  // On demand: the example's JSON stays out of the pane's first load.
  bundled: () =>
    import(/* webpackChunkName: "example" */ "../../domain/bundled").then((m) => m.bundledStructure()),
  parseText: parseGoalStructureText,
  statusLabel,
  trendLabel,
  reportText: summaryReportText,
};
