// The domain functions the task pane uses, gathered in one object so components receive them as a
// prop (component tests can pass small fakes; the real pane passes these).
import {
  bundledStructure,
  parseGoalStructureText,
  statusLabel,
  summaryReportText,
  trendLabel,
} from "../../domain";
import type { TaskPaneDomain } from "./TaskPane";

export const defaultDomain: TaskPaneDomain = {
  bundled: bundledStructure,
  parseText: parseGoalStructureText,
  statusLabel,
  trendLabel,
  reportText: summaryReportText,
};
