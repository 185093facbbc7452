// The commands that work on the goal table as the officials keep it — validate, fix, format and
// refresh the summary — decided from what was read. Pure: the Office.js adapter reads the
// workbook into the plain records of ownership.ts, calls one of these, and writes what it says.
import {
  hasIndicators,
  idKey,
  isAdvisory,
  readHistory,
  rowsToStructure,
  suggestionIssues,
  summarize,
  summaryReportText,
  validateRows,
  withHistory,
  withPerGoal,
  type ColumnKey,
  type GoalStructure,
  type GoalSuggestionView,
  type HistoryRead,
  type Issue,
  type Lang,
  type Summary,
} from "../domain";
import { summarizeHistory, type ProgramHistory } from "../domain";
import { t } from "../i18n/adapterStrings";
import type { CellWrite } from "./merge";
import { columnLetter, parseCell, parseRange, rangeAddress } from "./a1";
import { goalColumnRules } from "./goals";
import { GOAL_TABLE, goalHeader } from "./layout";
import {
  refusal,
  resolveSheet,
  type Decision,
  type SheetTarget,
  type TableRead,
  type WorkbookRead,
} from "./ownership";
import { readWorkbookTables, type GoalTableRead, type TableData } from "./read";
import { readIndicators, type IndicatorsRead } from "./indicatorRead";
import { indicatorsWithRules } from "./rulesCell";
import { buildSummarySheet } from "./summary";
import { suggestionCellWrites, tableSuggestions } from "./suggestionCells";

export { tableSuggestions };
import type { ConditionalFormatPlan, GoalTableLayout, ListValidationPlan, SheetPlan } from "./types";

export interface AddressedIssue extends Issue {
  /** The offending cell, "Mål!G5"; for an issue not tied to a row, the first goal's ID cell. */
  address: string;
}
export interface ValidationResult {
  issues: AddressedIssue[];
  /**
   * `info` leaves out the advice (a goal differing from its suggestion: isAdvisory), counted in
   * `advice`: info is what can be tidied up, advice is only for the official's information.
   */
  counts: { error: number; warning: number; info: number; fixable: number; advice?: number };
  goals: number;
}
export interface FixResult {
  fixed: number;
  after: ValidationResult;
}
export interface FormatResult {
  validations: number;
  conditionalFormats: number;
}
export interface SummaryResult {
  summary: Summary;
  reportText: string;
  sheet: string;
  /** The sheet the goal table is on, for naming the table ("måltabellen på bladet Mål"). */
  goalSheet: string;
  /**
   * The issues of the table the summary counted, at their cells: the same as validate finds, from
   * the same read, so the pane can tell which errors are left without reading the table again.
   */
  issues: AddressedIssue[];
  counts: ValidationResult["counts"];
  /**
   * The comparison with earlier years, from the same read: the follow-up year and, per programme
   * (by id), its earlier years' counts and its comparison (summarizeHistory).
   */
  history?: { year: number; programs: ProgramHistory[] };
  /**
   * What the indicators suggest for each goal with an indicator value (structureSuggestions), or,
   * when the workbook holds no indicators, what the goal table's suggestion columns say.
   */
  suggestions?: GoalSuggestionView[];
  /** The structure sheet's facts, for the pane's report document (src/report/). */
  about?: { organisation: string; year: number; source: string | null };
  /** The sheet was written, but its frozen rows or print setup may not have been (refused). */
  formattingIncomplete?: boolean;
}

/** A sheet the add-in owns, written whole from a plan. */
export interface OwnedSheet {
  target: SheetTarget;
  plan: SheetPlan;
  /** Show the sheet as soon as it exists (the goal sheet of a new workbook). */
  activate: boolean;
}

/** The goal table found and read, ready to be written to. */
export interface GoalTableFound {
  goals: TableRead;
  table: GoalTableRead;
}

export function tableData(tr: TableRead | null): TableData | null {
  return tr ? { sheet: tr.sheet, topLeft: tr.topLeft, header: tr.header, body: tr.body } : null;
}

/** The goal table read back into the domain's rows, or why it cannot be. */
export function readGoalTable(read: WorkbookRead): Decision<GoalTableRead> {
  if (!read.goals) {
    // The add-in's marker still names the sheet the table was on, when it was there.
    const sheet = read.probe.markers.goals;
    return {
      ok: false,
      refusal:
        sheet === null
          ? refusal("table-missing", "xl.error.tableMissing", { table: GOAL_TABLE })
          : refusal("table-missing", "xl.error.tableMissingOnSheet", { table: GOAL_TABLE, sheet }),
    };
  }
  const result = readWorkbookTables({
    goals: tableData(read.goals) as TableData,
    info: tableData(read.info),
    programs: tableData(read.programs),
    areas: tableData(read.areas),
    history: tableData(read.history ?? null),
    indicators: tableData(read.indicators ?? null),
  });
  if (result.ok) return result;
  const names = (l: Lang): string => result.missing.map((k) => `"${goalHeader(k, l)}"`).join(", ");
  return {
    ok: false,
    refusal: {
      code: "header-missing",
      messages: {
        sv: t("sv", "xl.error.headerMissing", { columns: names("sv"), sheet: read.goals.sheet }),
        en: t("en", "xl.error.headerMissing", { columns: names("en"), sheet: read.goals.sheet }),
      },
    },
  };
}

/**
 * The goal table, read, when the add-in may write to it: its sheet is not protected and, for a
 * command that writes cells row by row (`rows`, all but Format again), no filter hides rows.
 * Writes into a filtered table have landed in the wrong rows (office-js issue 224), and taking the
 * user's filter off and on again could lose it if the command were cut short: so the command is
 * refused before it writes, and the filter stays as it is.
 */
export function writableGoalTable(read: WorkbookRead, rows = true): Decision<GoalTableFound> {
  const table = readGoalTable(read);
  if (!table.ok) return table;
  const goals = read.goals as TableRead;
  if (goals.sheetProtected)
    return {
      ok: false,
      refusal: refusal("protected-sheet", "xl.error.protectedSheet", { sheet: goals.sheet }),
    };
  if (rows && goals.filtered === true)
    return {
      ok: false,
      refusal: refusal("filtered-table", "xl.error.filteredTable", { sheet: goals.sheet }),
    };
  return { ok: true, value: { goals, table: table.value } };
}

/**
 * The cell an issue is in: "Mål!G70" for a status cell of Excel row 70; for an issue not tied to a
 * row, the first goal's ID cell. The one place the pane, the ribbon and the CLI locate an issue of
 * a goal table, so they all name the same cell.
 */
export function issueAddress(
  table: Pick<GoalTableRead, "address" | "history" | "indicators">,
  issue: Issue,
): string {
  if (issue.at !== undefined) return issue.at;
  if (issue.history && table.history) return table.history.address(issue.history.row, issue.history.field);
  if (issue.indicator && table.indicators)
    return table.indicators.address(issue.indicator.row, issue.indicator.column);
  return table.address(issue.row, issue.column);
}

/** The history table read against the goal table's IDs (no rows when there is no history table). */
export function historyOf(table: GoalTableRead): HistoryRead {
  const ids = table.rows.map((r) => r.cells.id ?? "");
  return readHistory(table.history?.rows ?? [], { ids, year: table.reference.year }, table.lang);
}

/** The indicator table read against the goal table's IDs (none when there is no indicator table). */
export function indicatorsOf(table: GoalTableRead): IndicatorsRead {
  if (!table.indicators) return { byGoal: new Map(), issues: [] };
  const read = readIndicators(
    table.indicators,
    table.rows.map((r) => r.cells.id ?? ""),
  );
  return table.rules ? { ...read, byGoal: indicatorsWithRules(read.byGoal, table.rules) } : read;
}

const rulesIssues = (table: GoalTableRead): Issue[] => (table.rulesIssue ? [table.rulesIssue] : []);

/** A copy of `structure` whose goals carry the indicators read for their IDs. */
export function withIndicators(structure: GoalStructure, read: IndicatorsRead): GoalStructure {
  return withPerGoal(structure, "indicators", read.byGoal);
}

/**
 * What the workbook holds as a structure: the goal table's rows (rowsToStructure), each goal with
 * its history and its indicators, and the issues of the three tables (the goal table's first).
 */
export function tableStructure(table: GoalTableRead): { structure: GoalStructure; issues: Issue[] } {
  const { structure, issues } = rowsToStructure(table.rows, table.reference, table.lang);
  const history = historyOf(table);
  const indicators = indicatorsOf(table);
  const full = withIndicators(withHistory(structure, history), indicators);
  const advice = tableSuggestionIssues(table, full);
  return {
    structure: full,
    issues: [...issues, ...history.issues, ...indicators.issues, ...rulesIssues(table), ...advice],
  };
}

/**
 * The information where a goal's status or trend differs from its indicators' suggestion, at the
 * goal's status cell (its first row by ID). `structure`: the table read back (rowsToStructure).
 */
export function tableSuggestionIssues(table: GoalTableRead, structure: GoalStructure): Issue[] {
  if (!hasIndicators(structure)) return [];
  const rows = new Map<string, number>();
  for (const r of table.rows) {
    const key = idKey((r.cells.id ?? "").trim());
    if (key !== "" && !rows.has(key)) rows.set(key, r.index);
  }
  return suggestionIssues(structure, table.lang, (id) => rows.get(idKey(id.trim())) ?? -1);
}

/** Every issue of the table, of its history and of its indicators, at its cell, counted as the pane shows. */
export function validation(table: GoalTableRead): ValidationResult {
  const issues = validateRows(table.rows, table.reference, table.lang);
  const indicators = indicatorsOf(table);
  // Suggestions need the goals with their indicators (the sheet's, else the reference's): the
  // table is read back into goals only when there are any.
  const advice =
    indicators.byGoal.size > 0 || hasIndicators(table.reference)
      ? tableSuggestionIssues(
          table,
          withIndicators(rowsToStructure(table.rows, table.reference, table.lang).structure, indicators),
        )
      : [];
  const beside = [...historyOf(table).issues, ...indicators.issues, ...rulesIssues(table)];
  return addressedIssues(table, [...issues, ...beside, ...advice]);
}

/** The issues found in `table`, at their cells, counted. */
function addressedIssues(table: GoalTableRead, issues: readonly Issue[]): ValidationResult {
  const addressed: AddressedIssue[] = issues.map((i) => ({ ...i, address: issueAddress(table, i) }));
  const counts = { error: 0, warning: 0, info: 0, fixable: 0, advice: 0 };
  for (const i of issues) {
    if (isAdvisory(i)) counts.advice += 1;
    else counts[i.severity] += 1;
    if (i.suggestion !== null && i.row >= 0 && i.column !== null) counts.fixable += 1;
  }
  return { issues: addressed, counts, goals: table.rows.length };
}

export function planValidate(read: WorkbookRead): Decision<ValidationResult> {
  const table = readGoalTable(read);
  return table.ok ? { ok: true, value: validation(table.value) } : table;
}

/** One write per fixable cell (the last suggestion wins when two issues name the same cell). */
export function fixWrites(table: GoalTableRead): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const i of validateRows(table.rows, table.reference, table.lang)) {
    if (i.suggestion === null || i.row < 0 || i.column === null) continue;
    const col = table.columns[i.column];
    if (col === undefined) continue;
    byCell.set(`${i.row}:${col}`, { row: i.row, col, value: i.suggestion });
  }
  return [...byCell.values()];
}

export interface FixPlan {
  goals: TableRead;
  writes: CellWrite[];
  /** The validation after the fixes, from the same cells as written: no extra round trip. */
  result: FixResult;
}

export function planFix(read: WorkbookRead): Decision<FixPlan> {
  const found = writableGoalTable(read);
  if (!found.ok) return found;
  const { goals, table } = found.value;
  const writes = fixWrites(table);
  const body = goals.body.map((row) => [...row]);
  for (const w of writes) body[w.row][w.col] = w.value;
  const after = readGoalTable({ ...read, goals: { ...goals, body } });
  if (!after.ok) return after;
  return {
    ok: true,
    value: { goals, writes, result: { fixed: writes.length, after: validation(after.value) } },
  };
}

export interface GoalFormatting {
  validations: ListValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  /** The status and trend body ranges, whose old rules are cleared first. */
  ranges: string[];
}

/**
 * The goal sheet's drop-downs and rules, put on the table as it is now: the status and trend
 * columns found by header, over every body row (officials add rows).
 */
export function goalTableFormatting(
  goals: TableData,
  columns: GoalTableRead["columns"],
  lang: Lang,
  bodyRows: number,
): GoalFormatting {
  const top = parseCell(goals.topLeft);
  const first = top.row + 1;
  const last = top.row + bodyRows;
  const at = (key: "status" | "trend"): number => top.col + (columns[key] as number);
  const optional = (key: "done" | "suggestedStatus" | "suggestedTrend"): number =>
    columns[key] === undefined ? 0 : top.col + (columns[key] as number);
  const rules = goalColumnRules(lang, first, last, {
    status: at("status"),
    trend: at("trend"),
    done: optional("done"),
    suggestedStatus: optional("suggestedStatus"),
    suggestedTrend: optional("suggestedTrend"),
  });
  const range = (col: number): string => rangeAddress(first, col, last, col);
  const ranges = [range(at("status")), range(at("trend"))];
  for (const key of ["done", "suggestedStatus", "suggestedTrend"] as const)
    if (optional(key) > 0) ranges.push(range(optional(key)));
  return { ...rules, ranges };
}

export interface FormatPlan {
  sheet: string;
  formatting: GoalFormatting;
  result: FormatResult;
}

export function planFormat(read: WorkbookRead): Decision<FormatPlan> {
  // Lists and colour rules go on whole columns, not rows: a filter does not stand in their way.
  const found = writableGoalTable(read, false);
  if (!found.ok) return found;
  const { goals, table } = found.value;
  // Every body row, not a totals row a user may have switched on.
  const body = parseRange(goals.bodyAddress);
  const formatting = goalTableFormatting(goals, table.columns, table.lang, body.bottom - body.top + 1);
  const result = {
    validations: formatting.validations.length,
    conditionalFormats: formatting.conditionalFormats.length,
  };
  return { ok: true, value: { sheet: goals.sheet, formatting, result } };
}

/** The goal table as it is in the workbook, as the plan's layout (actual headers and columns). */
export function actualLayout(goals: TableData, table: GoalTableRead): GoalTableLayout {
  const top = parseCell(goals.topLeft);
  const columns = (Object.entries(table.columns) as [ColumnKey, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([key, i]) => ({ key, header: goals.header[i], column: columnLetter(top.col + i) }));
  return { sheet: goals.sheet, table: GOAL_TABLE, headerRow: top.row, columns };
}

export interface SummaryPlan {
  sheet: OwnedSheet;
  result: SummaryResult;
  /** The goal table, and its suggestion cells to bring up to date (suggestionCells.ts). */
  goals: TableRead;
  writes: CellWrite[];
}

/** The summary of what the table holds now, on the add-in's summary sheet; reported in `lang`. */
export function planSummary(read: WorkbookRead, lang: Lang): Decision<SummaryPlan> {
  const found = readGoalTable(read);
  if (!found.ok) return found;
  const table = found.value;
  const goals = read.goals as TableRead;
  // The issues come with the structure: the same as validate's, at no extra read.
  const { structure, issues } = tableStructure(table);
  const summary = summarize(structure);
  const plan = buildSummarySheet(structure, summary, actualLayout(goals, table), table.lang).sheet;
  const target = resolveSheet("summary", read, table.lang);
  if (!target.ok) return target;
  const checked = addressedIssues(table, issues);
  return {
    ok: true,
    value: {
      sheet: { target: target.value, plan, activate: false },
      goals,
      // A protected goal sheet refuses cell writes, and writes to a filtered table have landed in
      // the wrong cells (office-js issue 224): there the columns wait for the next refresh.
      writes: goals.sheetProtected || goals.filtered === true ? [] : suggestionCellWrites(table, structure),
      result: {
        summary,
        reportText: summaryReportText(summary, lang),
        sheet: target.value.name,
        goalSheet: goals.sheet,
        issues: checked.issues,
        counts: checked.counts,
        history: { year: structure.year, programs: summarizeHistory(structure) },
        suggestions: tableSuggestions(table, structure),
        about: {
          organisation: structure.organisation,
          year: structure.year,
          source: structure.source ?? null,
        },
      },
    },
  };
}
