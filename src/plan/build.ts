// buildWorkbookPlan: a goal structure and a language in, the whole workbook out, as data.
import {
  goalColumnsFor,
  structureToRows,
  summarize,
  type GoalColumns,
  type GoalStructure,
  type Lang,
} from "../domain";
import type { GoalTableLayout, SheetPlan } from "./types";
import { buildGoalSheet } from "./goals";
import { buildHistorySheet } from "./history";
import { buildIndicatorSheet, hasIndicators } from "./indicatorSheet";
import { buildStructureSheet } from "./structure";
import { buildSummarySheet, type SummaryBlockLayout } from "./summary";
import type { WorkbookPlan } from "./types";

export interface BuildOptions {
  /** Leave out the structure sheet (default: included; reading a workbook back relies on it). */
  structureSheet?: boolean;
  /**
   * The goal columns, in table order (default GOAL_COLUMNS, without the suggestion columns when
   * no goal has indicators: goalColumnsFor).
   */
  columns?: GoalColumns;
}

export interface BuiltWorkbook {
  plan: WorkbookPlan;
  /** Where each programme's parts are on the summary sheet. */
  summaryBlocks: SummaryBlockLayout[];
}

/**
 * Sheets in tab order: goals (officials work there, so it opens first), summary, history (always,
 * also empty, so the table a later year's assessments go into is there from the start),
 * indicators (when any goal has one), structure.
 * Cached formula results come from the domain's summarize() of the same structure, so they are
 * exactly what the formulas evaluate to over the goal table the plan writes.
 */
export function buildWorkbook(
  structure: GoalStructure,
  lang: Lang,
  options: BuildOptions = {},
): BuiltWorkbook {
  const columns = options.columns ?? goalColumnsFor(structure);
  const rows = structureToRows(structure, lang, columns);
  const goals = buildGoalSheet(structure, rows, lang, columns);
  const summary = buildSummarySheet(structure, summarize(structure), goals.layout, lang);
  const sheets = [goals.sheet, summary.sheet, buildHistorySheet(structure, lang)];
  // Only a structure with indicators gets their sheet: the others' workbooks stay as they were.
  if (hasIndicators(structure)) sheets.push(buildIndicatorSheet(structure, lang, goals.layout.sheet));
  if (options.structureSheet !== false) sheets.push(buildStructureSheet(structure, lang, goals.layout.sheet));
  return { plan: { lang, sheets, goalTable: goals.layout }, summaryBlocks: summary.blocks };
}

export function buildWorkbookPlan(
  structure: GoalStructure,
  lang: Lang,
  options: BuildOptions = {},
): WorkbookPlan {
  return buildWorkbook(structure, lang, options).plan;
}

/**
 * The summary sheet alone, for a refresh: `structure` is what the goal table holds now (from
 * rowsToStructure), `layout` the table as found (goalTableLayoutOf), so the formulas refer to
 * its real header names.
 */
export function buildSummaryPlan(structure: GoalStructure, layout: GoalTableLayout, lang: Lang): SheetPlan {
  return buildSummarySheet(structure, summarize(structure), layout, lang).sheet;
}
