// Loading a goal structure into the workbook, decided from what was read: a new workbook's
// sheets (create), or a merge into the goal table the officials already work in, with the
// summary and structure sheets written anew and the history sheet only added where there is none. Pure: the Office.js adapter reads, calls planLoad
// and writes what it returns; the preview the pane shows is the same plan, not written.
import {
  GOAL_COLUMNS,
  formulaColumnKeys,
  rowsToStructure,
  structureToRows,
  summarize,
  validateStructure,
  type ColumnKey,
  type GoalColumns,
  type GoalStructure,
  type IssueCode,
  type Lang,
} from "../domain";
import { t } from "../i18n/adapterStrings";
import { planMerge, type CellWrite, type MergeCounts } from "./merge";
import { buildWorkbook } from "./build";
import {
  actualLayout,
  goalTableFormatting,
  tableData,
  writableGoalTable,
  type GoalFormatting,
  type OwnedSheet,
} from "./goalTable";
import {
  ROLES,
  goalTableMarker,
  hasTable,
  resolveGoalSheet,
  resolveHistorySheet,
  resolveSheet,
  resolveTypedSheet,
  type Decision,
  type MarkerAction,
  type Refusal,
  type SheetTarget,
  type TableRead,
  type WorkbookRead,
} from "./ownership";
import { readWorkbookTables, type GoalTableRead, type TableData } from "./read";
import { HISTORY_VIEW, buildHistorySheet } from "./history";
import { buildIndicatorSheet, hasIndicators } from "./indicatorSheet";
import { HISTORY_TABLE, INDICATOR_TABLE } from "./layout";
import { buildStructureSheet } from "./structure";
import { buildSummarySheet } from "./summary";
import type { SheetPlan, SheetRole } from "./types";
import { goalSheetView } from "./goals";
import { parseCell } from "./a1";
import { mergedPreviousRows, type PreviousRows } from "./previousColumns";

export interface LoadPreview {
  mode: "create" | "merge";
  newGoals: number;
  updatedGoals: number;
  unchangedGoals: number;
  /** Goals in the workbook that the structure no longer has: kept, reported. */
  orphanGoals: number;
  sheetsToCreate: string[];
  // Extensions to the first contract: optional so that fakes written against it still type-check;
  // the adapter always fills them.
  /** Changed cells per structural column (programme, målområde, goal text, …). */
  updatedCells?: Partial<Record<ColumnKey, number>>;
  /** Rows without an ID that hold something: a user's own rows, kept as they are. */
  userRows?: number;
  /** Rows repeating an ID: kept as they are (validate reports them). */
  duplicateRows?: number;
  /** Headers of columns the add-in does not know: a user's own columns, kept as they are. */
  userColumns?: string[];
  /** The language the workbook's cells are written in (the existing table's, on a merge). */
  workbookLang?: Lang;
  /** The sheet the goal table is on (to be created, or where the merge found it). */
  goalSheet?: string;
  /** The data landed, but frozen rows or the print setup may not have (the host refused them). */
  formattingIncomplete?: boolean;
}
export type LoadResult = LoadPreview;

/**
 * Problems that make a structure impossible to write or to merge: Excel refuses text over its
 * cell limit (a load would stop halfway), and goals are merged by ID. Other problems (an empty
 * goal text, an odd Agenda 2030 number) are loaded and then reported by validate at their cells.
 */
const BLOCKING: ReadonlySet<IssueCode> = new Set<IssueCode>(["text-too-long", "duplicate-id", "missing-id"]);

/** Why a structure cannot be written at all, before anything is read; null when it can. */
export function blockingProblem(structure: GoalStructure): Refusal | null {
  const errors = validateStructure(structure, "sv").filter((i) => BLOCKING.has(i.code));
  if (errors.length === 0) return null;
  const first = errors[0];
  const more = errors.length > 1 ? ` (+${errors.length - 1})` : "";
  const where = first.goalId ? `${first.goalId}: ` : "";
  return {
    code: "invalid-input",
    messages: {
      sv: t("sv", "xl.error.invalidStructure", { reason: where + first.message.sv + more }),
      en: t("en", "xl.error.invalidStructure", { reason: where + first.message.en + more }),
    },
  };
}

/** A new workbook's sheets, in tab order. */
export interface CreateLoad {
  mode: "create";
  sheets: OwnedSheet[];
  preview: LoadPreview;
}

/** Cell text for the merge's rows; null leaves a cell as it is (a user's own column). */
export type MergeCell = string | null;

/** A merge into the existing goal table, then the summary and structure sheets. */
export interface MergeLoad {
  mode: "merge";
  goals: TableRead;
  /** Changed structural cells of known goals. */
  updates: CellWrite[];
  /** New goals written into blank rows at the end of the body, from body row `row` on. */
  fills: { row: number; rows: MergeCell[][] } | null;
  /** New goals appended after the body (as many table rows are added first). */
  appends: MergeCell[][];
  /** The number format of a row the merge writes: "@" in the add-in's columns, General in its formulas'. */
  textFormat: MergeCell[];
  /** The last-year formulas of the rows `fills` and `appends` write (previousColumns.ts). */
  previous: PreviousRows | null;
  /** The goal table's drop-downs and rules, over the body as it will be. */
  formatting: GoalFormatting;
  /** The goal sheet's frozen header rows and print setup, put back (optional ops). */
  view: Pick<SheetPlan, "freezeRows" | "print">;
  /** The add-in's existing history sheet, whose frozen rows and print setup are put back too. */
  historyView: { sheet: string; view: Pick<SheetPlan, "freezeRows" | "print"> } | null;
  sheets: OwnedSheet[];
  goalMarker: MarkerAction;
  preview: LoadPreview;
}

export type LoadPlan = CreateLoad | MergeLoad;

/** Everything a load will do, decided from the read: create when there is no goal table, else merge. */
export function planLoad(read: WorkbookRead, structure: GoalStructure, lang: Lang): Decision<LoadPlan> {
  return read.goals ? mergeLoad(read, structure) : createLoad(read, structure, lang);
}

function createLoad(read: WorkbookRead, structure: GoalStructure, lang: Lang): Decision<CreateLoad> {
  const plan = buildWorkbook(structure, lang).plan;
  const goals = resolveGoalSheet(read, lang, plan.goalTable.headerRow);
  if (!goals.ok) return goals;
  const summary = resolveSheet("summary", read, lang);
  if (!summary.ok) return summary;
  const structureSheet = resolveSheet("structure", read, lang);
  if (!structureSheet.ok) return structureSheet;
  // The history only where none is (resolveHistorySheet): a load never writes over it.
  const targets: Record<SheetRole, SheetTarget | null> = {
    goals: goals.value,
    summary: summary.value,
    history: resolveHistorySheet(read, lang),
    indicators: hasIndicators(structure) ? resolveTypedSheet("indicators", read, lang) : null,
    structure: structureSheet.value,
  };
  const sheets: OwnedSheet[] = [];
  for (const role of ROLES) {
    const sheetPlan = plan.sheets.find((s) => s.role === role);
    const target = targets[role];
    if (sheetPlan && target) sheets.push({ target, plan: sheetPlan, activate: role === "goals" });
  }
  const goalsPlan = plan.sheets.find((s) => s.role === "goals");
  const newGoals = goalsPlan?.tables[0]?.rows.filter((r) => r.some((v) => v !== null)).length ?? 0;
  return {
    ok: true,
    value: {
      mode: "create",
      sheets,
      preview: {
        mode: "create",
        newGoals,
        updatedGoals: 0,
        unchangedGoals: 0,
        orphanGoals: 0,
        sheetsToCreate: created(ROLES.map((r) => targets[r])),
        updatedCells: {},
        userRows: 0,
        duplicateRows: 0,
        userColumns: [],
        workbookLang: lang,
        goalSheet: goals.value.name,
      },
    },
  };
}

/** The add-in's marked history sheet, when it still holds the history table; else null. */
function ownHistoryView(read: WorkbookRead): MergeLoad["historyView"] {
  const sheet = read.probe.markers.history;
  const tables = sheet === null ? [] : (read.sheets.get(sheet)?.tables ?? []);
  const holds = tables.some((n) => n.toLocaleUpperCase("sv") === HISTORY_TABLE.toLocaleUpperCase("sv"));
  return sheet !== null && holds ? { sheet, view: HISTORY_VIEW } : null;
}

/**
 * The columns the goal sheet's print width is planned for: every goal column, the add-in's
 * suggestion columns only when the table has them (a merge adds no column).
 */
function viewColumns(table: GoalTableRead): GoalColumns {
  return GOAL_COLUMNS.filter(
    (c) => (c.owner !== "add-in" && c.owner !== "formula") || table.columns[c.key] !== undefined,
  );
}

function mergeLoad(read: WorkbookRead, structure: GoalStructure): Decision<MergeLoad> {
  const found = writableGoalTable(read);
  if (!found.ok) return found;
  const { goals, table } = found.value;
  const lang = table.lang;
  const structureRows = structureToRows(structure, lang);
  // A workbook with an indicator table of its own keeps it through the merge (below), so that
  // table, not the structure's indicators, decides the suggestion cells.
  const keepSuggestions = hasTable(read.probe, INDICATOR_TABLE);
  const merge = planMerge(goals.header, goals.body, structureRows, { keepSuggestions });

  // The summary written with the merge counts what the table will hold: officials' statuses
  // for the goals they have, the structure's for the goals the merge adds.
  const mergedRead = readWorkbookTables({ goals: { ...tableData(goals), body: merge.body } as TableData });
  const mergedRows = mergedRead.ok ? mergedRead.value.rows : [];
  const { structure: merged } = rowsToStructure(mergedRows, structure, lang);
  const summaryPlan = buildSummarySheet(merged, summarize(merged), actualLayout(goals, table), lang).sheet;
  const structurePlan = buildStructureSheet(structure, lang, goals.sheet);
  const summary = resolveSheet("summary", read, lang);
  if (!summary.ok) return summary;
  const structureSheet = resolveSheet("structure", read, lang);
  if (!structureSheet.ok) return structureSheet;
  // A workbook made before the history sheet existed gets it, from the structure loaded; one
  // that has it keeps it as it is.
  const historySheet = resolveHistorySheet(read, lang);
  // The same for the indicators, when the structure has any: a workbook that has their table
  // keeps what the officials typed into it.
  const indicatorSheet = hasIndicators(structure) ? resolveTypedSheet("indicators", read, lang) : null;
  const owned: OwnedSheet[] = [
    { target: summary.value, plan: summaryPlan, activate: false },
    ...(historySheet
      ? [{ target: historySheet, plan: buildHistorySheet(structure, lang), activate: false }]
      : []),
    ...(indicatorSheet
      ? [{ target: indicatorSheet, plan: buildIndicatorSheet(structure, lang, goals.sheet), activate: false }]
      : []),
    { target: structureSheet.value, plan: structurePlan, activate: false },
  ];

  // Only the add-in's columns are written: a user's own column is left as it is, even in rows
  // the add-in fills.
  // The formula columns are left to `previous`, which writes their formula: "" is no formula.
  const formulas = new Set(formulaColumnKeys().map((k) => table.columns[k]));
  const known = new Set(Object.values(table.columns).filter((i) => !formulas.has(i)));
  const own = <T>(row: T[]): (T | null)[] => row.map((v, i) => (known.has(i) ? v : null));
  const written = merge.fills.length + merge.appends.length;
  const firstWritten = merge.fills.length > 0 ? merge.fills[0].row : goals.body.length;
  const c: MergeCounts = merge.counts;
  return {
    ok: true,
    value: {
      mode: "merge",
      goals,
      updates: merge.updates,
      fills:
        merge.fills.length > 0
          ? { row: merge.fills[0].row, rows: merge.fills.map((f) => own(f.values)) }
          : null,
      appends: merge.appends.map(own),
      textFormat: own(Array<string>(goals.header.length).fill("@")).map((f, i) =>
        formulas.has(i) ? "General" : f,
      ),
      previous: mergedPreviousRows(
        goals.header,
        table.columns,
        merge.body,
        firstWritten,
        written,
        structure,
        lang,
      ),
      formatting: goalTableFormatting(goals, table.columns, lang, Math.max(1, merge.finalRows)),
      view: goalSheetView(structureRows, lang, parseCell(goals.topLeft).row, viewColumns(table)),
      historyView: historySheet === null ? ownHistoryView(read) : null,
      sheets: owned,
      goalMarker: goalTableMarker(read),
      preview: {
        mode: "merge",
        newGoals: c.newGoals,
        updatedGoals: c.updatedGoals,
        unchangedGoals: c.unchangedGoals,
        orphanGoals: c.orphanGoals,
        sheetsToCreate: created(owned.map((o) => o.target)),
        updatedCells: c.updatedCells,
        userRows: c.userRows,
        duplicateRows: c.duplicateRows,
        userColumns: c.userColumns,
        workbookLang: lang,
        goalSheet: goals.sheet,
      },
    },
  };
}

const created = (targets: (SheetTarget | null)[]): string[] =>
  targets.flatMap((tg) => (tg !== null && tg.action === "create" ? [tg.name] : []));
