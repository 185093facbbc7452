// The summary sheet and the table model its units build; see sheet.ts for the sheet's layout and
// model.ts for the model the CLI and the task pane render too.
export {
  buildSummarySheet,
  SUMMARY_COLUMNS,
  type SummaryBlockLayout,
  type SummarySheetResult,
} from "./sheet";
export * from "./model";
export { areaTable, withDoneColumn } from "./areaTable";
export { publishedTable } from "./published";
export { statusTrendTable } from "./statusTrend";
export { reportText, type ReportTextUnit } from "./reportText";
export {
  placeResponsibleTable,
  responsibleKeys,
  responsibleTable,
  type ResponsibleColumn,
  type ResponsibleTable,
} from "./responsibleTable";
