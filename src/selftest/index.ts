// The self-test: every Office.js behaviour the add-in relies on, checked in the Excel at hand
// (the pane's diagnostics view) or against the emulator (`npm run selftest`).
export { CHECKS, CLEANUP_CHECK_ID, hostEnvironment, runSelfTest, type RunOptions } from "./run";
export { SCRATCH_NAME, SCRATCH_SETTING, SCRATCH_SHEET, newToken, scratchFor } from "./scratch";
export {
  checkLine,
  checkLines,
  environmentLines,
  leftoversText,
  reportText,
  say,
  summaryLine,
} from "./report";
export { excelHost } from "./host";
export type { CheckResult, SelfTestHost, SelfTestReport, Text } from "./types";
export { findLeftovers, isEmpty, removeLeftovers, type Leftovers, type Removal } from "./leftovers";
