// The workbook plan: pure data that both the ExcelJS renderer (src/xlsx/) and the Office.js
// adapter (src/excel/) draw. See types.ts for the conventions they share.
export * from "./types";
export * from "./a1";
export * from "./colors";
export * from "./formula";
export {
  AREA_TABLE,
  GOAL_COLUMN_KEYS,
  GOAL_COLUMN_SPEC,
  GOAL_TABLE,
  HISTORY_TABLE,
  INDICATOR_TABLE,
  INFO_TABLE,
  PROGRAM_TABLE,
  REQUIRED_GOAL_COLUMNS,
  charsToPoints,
  goalHeader,
  normaliseHeader,
  wrappedHeight,
} from "./layout";
export { buildGoalSheet, dataNote, type GoalSheetResult } from "./goals";
export {
  buildSummarySheet,
  SUMMARY_COLUMNS,
  type SummaryBlockLayout,
  type SummarySheetResult,
} from "./summary";
export { buildStructureSheet } from "./structure";
export { buildHistorySheet, historyFieldHeader } from "./history";
export {
  buildSummaryPlan,
  buildWorkbook,
  buildWorkbookPlan,
  type BuildOptions,
  type BuiltWorkbook,
} from "./build";
export {
  goalTableLayoutOf,
  looksLikeGoalTable,
  matchGoalColumns,
  readWorkbookTables,
  type GoalTableRead,
  type ReadTablesResult,
  type TableData,
  type WorkbookTables,
} from "./read";
export {
  STRUCTURAL_KEYS,
  columnRuns,
  planMerge,
  type CellWrite,
  type MergeCounts,
  type MergePlan,
} from "./merge";
