// The service the task pane and the ribbon commands call: one method per user action, each
// read → decide → write. transport.ts reads the workbook into plain records and sends the
// writes; the plan (src/plan: ownership.ts, load.ts, goalTable.ts) decides from what was read;
// writes.ts records what it decided into a batch. Nothing in this file decides or syncs.
import type { GoalStructure, Lang } from "../domain";
import type { FixResult, FormatResult, SummaryResult, ValidationResult } from "../plan/goalTable";
import { planFix, planFormat, planSummary, planValidate } from "../plan/goalTable";
import { blockingProblem, planLoad, type LoadPreview, type LoadResult } from "../plan/load";
import type { Decision, Refusal } from "../plan/ownership";
import { parseQualified } from "../plan/a1";
import { planHistoryImport, type HistoryImportResult } from "../plan/historyImport";
import { planRollover, type RolloverResult } from "../plan/rollover";
import { planSplitSource, type SplitSource } from "../plan/split";
import { koladaCellWrites, planKoladaFill } from "../plan/koladaFill";
import type { FillResult, KoladaFill } from "../kolada/fill";
import {
  collectPreview,
  planCollect,
  type CollectApplied,
  type CollectPreview,
  type ReturnedWorkbook,
} from "../plan/collect";
import { DEFAULT_REQUEST_BUDGET, WriteBatch } from "./batch";
import { AddinError, addinError, syncFailure } from "./errors";
import type { RenderOptions } from "./render";
import {
  COMMAND_FEATURES,
  checkRequirements,
  hostIsSetSupported,
  requirementsMessage,
  type Feature,
  type IsSetSupported,
  type RequirementCheck,
} from "./requirements";
import { createTransport, type ExcelRun } from "./transport";
import { SUMMARY_COLUMNS, VALIDATION_COLUMNS } from "./readColumns";
import {
  addGoalFormatting,
  addHistoryImport,
  addKoladaCells,
  addLoad,
  addOwnedSheet,
  addRollover,
  addTextRuns,
} from "./writes";

export { AddinError } from "./errors";
export type { AddinErrorCode, AddinErrorState, Applied } from "./errors";
export { checkRequirements } from "./requirements";
export type { RequirementCheck } from "./requirements";
export { OPERATION_FINISHED, OPERATION_STARTED, type ExcelRun } from "./transport";
export type { LoadPreview, LoadResult } from "../plan/load";
export type { HistoryImportResult } from "../plan/historyImport";
export type { RolloverResult } from "../plan/rollover";
export type { CollectApplied, CollectPreview, ReturnedWorkbook } from "../plan/collect";
export type { SplitSource } from "../plan/split";

/** What "Hämta från Kolada" fetched and wrote (fetchIndicators). */
export interface KoladaFetchResult {
  /** Per Kolada-sourced indicator: the years fetched and missing, or an unknown KPI. */
  results: FillResult[];
  /** Values fetched, over all indicators. */
  fetched: number;
  /** Cells written on the indicator sheet (values and attribution). */
  cells: number;
  /** The indicator sheet's name. */
  sheet: string;
  /** Fetched years the sheet has no column for (not written). */
  missingYears: number[];
}
export type {
  AddressedIssue,
  FixResult,
  FormatResult,
  SummaryResult,
  ValidationResult,
} from "../plan/goalTable";

export interface GoalWorkbookService {
  previewLoad(structure: GoalStructure, lang: Lang): Promise<LoadPreview>;
  applyLoad(structure: GoalStructure, lang: Lang): Promise<LoadResult>;
  validate(): Promise<ValidationResult>;
  selectCell(address: string): Promise<void>;
  fixAll(): Promise<FixResult>;
  applyFormatting(): Promise<FormatResult>;
  /** `lang`: the language of the report text (the sheet is written in the workbook's). */
  refreshSummary(lang: Lang): Promise<SummaryResult>;
  /**
   * Closes the workbook's follow-up year into the history and opens `year`. Refused (nothing
   * written) for a year not later than the workbook's, and, unless `force`, when the validation
   * finds errors (code "validation-errors"). `lang`: the language of the summary's report text.
   */
  rollover(year: number, force: boolean, lang: Lang): Promise<RolloverResult>;
  /**
   * Merges an earlier year's follow-up into the history table by goal ID. `unreadable`: goal IDs
   * of the source whose status or trend could not be read; their entry never replaces a held one.
   */
  importHistory(source: GoalStructure, unreadable?: readonly string[]): Promise<HistoryImportResult>;
  /** What collecting `returned` into the goal table would take, and what it would list as conflicts or reject. */
  previewCollect(returned: readonly ReturnedWorkbook[]): Promise<CollectPreview>;
  /**
   * Writes the taken values (one read, one write), but only when the merge is still the one
   * `stamp` (CollectPreview) names; otherwise writes nothing and returns the new preview.
   */
  applyCollect(returned: readonly ReturnedWorkbook[], stamp: string): Promise<CollectApplied>;
  /**
   * The goals as split sends them (the goal table with its history, as the CLI's split reads a
   * file): one read, nothing written. The pane draws the files from it (src/plan/split.ts).
   */
  readSplitSource(): Promise<SplitSource>;
  /**
   * "Hämta från Kolada": reads the workbook with its indicator sheet, hands the structure to
   * `fill` (which asks Kolada; the network is the caller's) and writes the fetched values and
   * their attribution into the indicator table, leaving every other cell as it is. Refused,
   * before `fill` is called, without an indicator sheet, a Kolada-sourced indicator or a
   * municipality. One read, one write; nothing is written when `fill` fails.
   */
  fetchIndicators(fill: (structure: GoalStructure) => Promise<KoladaFill>): Promise<KoladaFetchResult>;
}

export interface ServiceOptions {
  /** Office.context.requirements.isSetSupported by default. */
  isSetSupported?: IsSetSupported;
  /** Estimated bytes per request before a write is cut into chunks (default 3.8 MB). */
  requestBudget?: number;
  /** Identifier of each write, for telling after a fault how much of it landed. */
  newOperationId?: () => string;
  /** Answer bytes a rollover's write may spend loading its emptied cells back (RenderOptions). */
  loadBackBytes?: number;
}

let operationCounter = 0;
function defaultOperationId(): string {
  operationCounter += 1;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${operationCounter}`;
}

/** The decision's value, or the refusal as the error the user sees (nothing was written). */
function decided<T>(decision: Decision<T>): T {
  if (decision.ok) return decision.value;
  throw refusalError(decision.refusal);
}

function refusalError(refusal: Refusal): AddinError {
  return new AddinError(refusal.code, refusal.messages);
}

/** Refuses a structure that cannot be written, before anything is sent to Excel. */
function checkStructure(structure: GoalStructure): void {
  const problem = blockingProblem(structure);
  if (problem) throw refusalError(problem);
}

export function createService(run: ExcelRun, options: ServiceOptions = {}): GoalWorkbookService {
  const isSetSupported = options.isSetSupported ?? hostIsSetSupported;
  const budget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
  const transport = createTransport(run, {
    budget,
    newOperationId: options.newOperationId ?? defaultOperationId,
    // Asked at each read: the host answers isSetSupported the same, a test's emulator may not.
    filters: () => checkRequirements(isSetSupported, []).supported.filters,
  });
  const { execute, read, write } = transport;

  const requireFeatures = (features: readonly Feature[]): RequirementCheck => {
    const check = checkRequirements(isSetSupported, features);
    if (!check.ok)
      throw new AddinError("requirements", {
        sv: requirementsMessage(check, "sv"),
        en: requirementsMessage(check, "en"),
      });
    return check;
  };

  const renderOptions = (check: RequirementCheck): RenderOptions => ({
    print: check.supported.print,
    fill: check.supported.fill,
    charts: check.supported.charts,
    validation: check.supported.validation,
    gridBudget: Math.max(100_000, budget - 200_000),
    resize: isSetSupported("ExcelApi", "1.13"),
    ...(options.loadBackBytes === undefined ? {} : { loadBackBytes: options.loadBackBytes }),
  });

  return {
    async previewLoad(structure, lang) {
      requireFeatures(COMMAND_FEATURES.read);
      checkStructure(structure);
      return execute(async (context) => {
        const found = await read(context, "load", { goalBody: true, sheets: true });
        return decided(planLoad(found, structure, lang)).preview;
      });
    },

    async applyLoad(structure, lang) {
      const check = requireFeatures(COMMAND_FEATURES.load);
      checkStructure(structure);
      return execute(async (context) => {
        const found = await read(context, "load", { goalBody: true, sheets: true });
        const load = decided(planLoad(found, structure, lang));
        const batch = new WriteBatch();
        addLoad(batch, load, renderOptions(check));
        return write(context, "load", batch, load.preview);
      });
    },

    async validate() {
      requireFeatures(COMMAND_FEATURES.read);
      return execute(async (context) => {
        const found = await read(context, "validate", {
          goalBody: true,
          sheets: false,
          history: true,
          columns: VALIDATION_COLUMNS,
        });
        return decided(planValidate(found));
      });
    },

    async selectCell(address) {
      requireFeatures(COMMAND_FEATURES.read);
      const target = parseQualified(address);
      if (!target) throw addinError("invalid-input", "xl.error.badAddress", { address });
      return execute(async (context) => {
        try {
          await transport.select(context, target.sheet, target.cell);
        } catch (e) {
          if ((e as { code?: string }).code === "ItemNotFound")
            throw addinError("sheet-missing", "xl.error.sheetMissing", { sheet: target.sheet });
          throw syncFailure("select", e, "none");
        }
      });
    },

    async fixAll() {
      const check = requireFeatures(COMMAND_FEATURES.fix);
      return execute(async (context) => {
        const found = await read(context, "fix", {
          goalBody: true,
          sheets: false,
          history: true,
          columns: VALIDATION_COLUMNS,
        });
        const fix = decided(planFix(found));
        const batch = new WriteBatch();
        addTextRuns(batch, fix.goals, fix.writes, renderOptions(check));
        return write(context, "fix", batch, fix.result);
      });
    },

    async applyFormatting() {
      requireFeatures(COMMAND_FEATURES.format);
      return execute(async (context) => {
        const found = await read(context, "format", { goalBody: false, sheets: false });
        const format = decided(planFormat(found));
        const batch = new WriteBatch();
        addGoalFormatting(batch, format.sheet, format.formatting);
        return write(context, "format", batch, format.result);
      });
    },

    async refreshSummary(lang) {
      const check = requireFeatures(COMMAND_FEATURES.summary);
      return execute(async (context) => {
        const found = await read(context, "summary", {
          goalBody: true,
          sheets: true,
          history: true,
          columns: SUMMARY_COLUMNS,
        });
        const summary = decided(planSummary(found, lang));
        const batch = new WriteBatch();
        if (summary.writes.length > 0)
          addTextRuns(batch, summary.goals, summary.writes, renderOptions(check));
        addOwnedSheet(batch, summary.sheet, renderOptions(check));
        return write(context, "summary", batch, summary.result);
      });
    },

    async rollover(year, force, lang) {
      const check = requireFeatures(COMMAND_FEATURES.rollover);
      return execute(async (context) => {
        const found = await read(context, "rollover", { goalBody: true, sheets: true, history: true });
        const rollover = decided(planRollover(found, year, force, lang));
        const batch = new WriteBatch();
        addRollover(batch, rollover, renderOptions(check));
        return write(context, "rollover", batch, rollover.result);
      });
    },

    async importHistory(source, unreadable) {
      const check = requireFeatures(COMMAND_FEATURES.historyImport);
      return execute(async (context) => {
        const found = await read(context, "historyImport", { goalBody: true, sheets: false, history: true });
        const imported = decided(planHistoryImport(found, source, unreadable));
        const batch = new WriteBatch();
        addHistoryImport(batch, imported, renderOptions(check));
        return write(context, "historyImport", batch, imported.result);
      });
    },

    async previewCollect(returned) {
      requireFeatures(COMMAND_FEATURES.read);
      return execute(async (context) => {
        // With the indicator table (read with the history), whose values are merged too.
        const found = await read(context, "collect", { goalBody: true, sheets: false, history: true });
        return collectPreview(decided(planCollect(found, returned)));
      });
    },

    async applyCollect(returned, stamp) {
      const check = requireFeatures(COMMAND_FEATURES.collect);
      return execute(async (context): Promise<CollectApplied> => {
        const found = await read(context, "collect", { goalBody: true, sheets: false, history: true });
        const plan = decided(planCollect(found, returned));
        const preview = collectPreview(plan);
        // Planned from this read, by goal ID, so the rows are right; but the user approved another merge.
        if (preview.stamp !== stamp) return { applied: false, preview };
        const batch = new WriteBatch();
        addTextRuns(batch, plan.goals, plan.writes, renderOptions(check));
        // Indicator values are numbers into General cells, written as a fetch from Kolada writes them.
        addKoladaCells(batch, plan.indicatorWrites);
        return write(context, "collect", batch, { applied: true, result: plan.result, cells: preview.cells });
      });
    },

    async readSplitSource() {
      requireFeatures(COMMAND_FEATURES.read);
      return execute(async (context) => {
        const found = await read(context, "split", { goalBody: true, sheets: false, history: true });
        return decided(planSplitSource(found));
      });
    },

    async fetchIndicators(fill) {
      // Plain cell writes, as a history import's: nothing beyond the base set.
      requireFeatures(COMMAND_FEATURES.historyImport);
      return execute(async (context): Promise<KoladaFetchResult> => {
        const found = await read(context, "kolada", { goalBody: true, sheets: false, history: true });
        const plan = decided(planKoladaFill(found));
        // The request waits here, inside the one Excel.run: the read it answers is the one written to.
        const filled = await fill(plan.structure);
        const { cells, missingYears } = koladaCellWrites(plan, filled.structure);
        const batch = new WriteBatch();
        addKoladaCells(batch, cells);
        return write(context, "kolada", batch, {
          results: filled.results,
          fetched: filled.written,
          cells: cells.length,
          sheet: plan.indicators.sheet,
          missingYears,
        });
      });
    },
  };
}

export { parseQualified };
