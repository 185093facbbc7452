/**
 * An in-memory emulator of the Excel JavaScript API subset Måluppföljning uses.
 * Browser-safe: no Node APIs here (saving to .xlsx lives in save.ts).
 *
 *   const emu = createEmulator({ sheets: ["Blad1"] });
 *   await emu.Excel.run(async (context) => { ... await context.sync(); });
 *   emu.stats.syncs; emu.faults.failNextSync({ code: "GeneralException", applied: 3 });
 */
import "./api-workbook"; // registers the request context's root objects
import { ClientObject, ClientResult, type Env, RequestContext } from "./context";
import { EmulatorError, ErrorCode } from "./errors";
import { ExcelEnums } from "./enums";
import { Faults } from "./faults";
import { newWorkbook } from "./model";
import { createOffice, type ActionHandler, type OfficeNamespace } from "./office";
import { type Stats, newStats, resetStats } from "./stats";
import { WorkbookState } from "./workbook-state";
import type { FormulaValueHook } from "./cells";
import { evaluate, newScope } from "./formula";
import { Range, RangeFormat, RangeFill, RangeFont } from "./api-range";
import { Worksheet, WorksheetCollection } from "./api-sheet";
import {
  Table,
  TableCollection,
  TableColumn,
  TableColumnCollection,
  TableRow,
  TableRowCollection,
} from "./api-table";
import { Workbook, NamedItem, NamedItemCollection, Application } from "./api-workbook";
import { DataValidation } from "./api-validation";
import { ConditionalFormat, ConditionalFormatCollection } from "./api-cf";
import { Chart, ChartCollection } from "./api-chart";
import { Setting, SettingCollection } from "./api-settings";
import { PageLayout } from "./api-pagelayout";
import { AutoFilter, Filter } from "./api-filter";

export interface EmulatorOptions {
  /** Sheets of the new workbook, in order (default ["Sheet1"]). */
  sheets?: string[];
  /** Base name for sheets added without a name (default "Sheet"; Swedish Excel says "Blad"). */
  sheetBaseName?: string;
  /** Highest ExcelApi requirement set supported (default "1.17"). Commands needing more fail with ApiNotFound. */
  apiVersion?: string;
  /** Other requirement sets reported by isSetSupported, e.g. { SharedRuntime: "1.1" }. */
  requirementSets?: Record<string, string>;
  /** Office.context.displayLanguage (default "sv-SE"). */
  displayLanguage?: string;
  /** Office.context.contentLanguage (default: the display language). */
  contentLanguage?: string;
  /** Office.context.platform (default "OfficeOnline"). */
  platform?: string;
  /** Request size limit in bytes (default 5,000,000, as Excel on the web). */
  maxRequestBytes?: number;
  /** Response size limit in bytes (default 5,000,000). */
  maxResponseBytes?: number;
  /**
   * Requests above this many bytes fail with GeneralException, nothing applied (unset: never), as
   * large writes have been reported to fail in Excel (HTTP 500) below the payload limit.
   */
  generalExceptionAboveBytes?: number;
  /** Delay of each round trip in ms (default 0). */
  latencyMs?: number;
  /**
   * Value of formula cells that have no cached result. Asked first; when it returns undefined the
   * built-in evaluator (formula.ts) tries, and failing that the value is 0.
   */
  formulaValue?: FormulaValueHook;
  /** Evaluate simple formulas (COUNTIFS over structured references, SUM, …) when read (default true). */
  evaluateFormulas?: boolean;
  /**
   * Values written right below a table make it grow over them, as Excel's auto-expansion does
   * (default true, as in Excel; autoexpand.ts says what is modelled).
   */
  autoExpandTables?: boolean;
}

export interface RunOptions {
  delayForCellEdit?: boolean;
}

type Batch<T> = (context: RequestContext) => Promise<T>;

function createExcel(env: Env) {
  class EmulatedRequestContext extends RequestContext {
    constructor(_url?: string) {
      super(env);
    }
  }

  /**
   * Excel.run: makes a context, runs the batch, flushes commands left in the queue with one more
   * sync. If the batch rejects, queued commands are dropped (nothing more is sent).
   */
  async function run<T>(
    first: Batch<T> | RequestContext | ClientObject<unknown> | RunOptions,
    second?: Batch<T>,
  ): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as Batch<T> | undefined;
    if (typeof batch !== "function")
      throw new EmulatorError(ErrorCode.invalidArgument, "Excel.run needs a batch function.", "Excel.run");
    const context =
      first instanceof RequestContext
        ? first
        : first instanceof ClientObject
          ? first.context
          : new EmulatedRequestContext();
    const pending = batch(context) as unknown;
    if (!pending || typeof (pending as Promise<T>).then !== "function")
      throw new EmulatorError(
        ErrorCode.runMustReturnPromise,
        'The batch function passed to the ".run" method didn\'t return a promise.',
        "Excel.run",
      );
    const result = await (pending as Promise<T>);
    if (context.pendingCommands > 0) await context.sync();
    return result;
  }

  return {
    ...ExcelEnums,
    ErrorCodes: ErrorCode,
    run,
    RequestContext: EmulatedRequestContext,
    // Classes, for `instanceof` checks.
    Workbook,
    Application,
    Worksheet,
    WorksheetCollection,
    Range,
    RangeFormat,
    RangeFill,
    RangeFont,
    Table,
    TableCollection,
    TableColumn,
    TableColumnCollection,
    TableRow,
    TableRowCollection,
    NamedItem,
    NamedItemCollection,
    DataValidation,
    ConditionalFormat,
    ConditionalFormatCollection,
    Chart,
    ChartCollection,
    Setting,
    SettingCollection,
    PageLayout,
    AutoFilter,
    Filter,
  };
}

export type ExcelNamespace = ReturnType<typeof createExcel>;

export const OfficeExtension = {
  Error: EmulatorError,
  ErrorCodes: ErrorCode,
  ClientResult,
  ClientObject,
  ClientRequestContext: RequestContext,
  Promise,
  config: { extendedErrorLogging: false },
};

export type OfficeExtensionNamespace = typeof OfficeExtension;

export interface Emulator {
  /** Stands in for the global `Excel`. */
  Excel: ExcelNamespace;
  /** Stands in for the global `Office`. */
  Office: OfficeNamespace;
  /** Stands in for the global `OfficeExtension`. */
  OfficeExtension: OfficeExtensionNamespace;
  /** Inspect and set up the workbook directly (no syncs counted). */
  workbook: WorkbookState;
  /** Live counters; see stats.ts. */
  stats: Stats;
  resetStats(): void;
  faults: Faults;
  /** Function commands registered with Office.actions.associate. */
  actions: { names(): string[]; invoke(name: string, timeoutMs?: number): Promise<void> };
  /** Requirement set support can change between tests (e.g. to prove a "needs ExcelApi 1.8" message). */
  setApiVersion(version: string): void;
  /** The request limits can change too (a host refusing smaller requests than the one a workbook was set up in). */
  setLimits(limits: Pick<EmulatorOptions, "maxRequestBytes" | "generalExceptionAboveBytes">): void;
  /** A fresh workbook, stats, faults and settings; registered function commands stay. */
  reset(options?: Pick<EmulatorOptions, "sheets">): void;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const sheets = options.sheets ?? ["Sheet1"];
  const stats = newStats();
  const env: Env = {
    wb: newWorkbook(sheets),
    stats,
    faults: undefined as unknown as Faults,
    maxRequestBytes: options.maxRequestBytes ?? 5_000_000,
    maxResponseBytes: options.maxResponseBytes ?? 5_000_000,
    generalExceptionAboveBytes: options.generalExceptionAboveBytes,
    apiVersion: options.apiVersion ?? "1.17",
    formulaValue: undefined,
    latencyMs: options.latencyMs ?? 0,
    sheetBaseName: options.sheetBaseName ?? "Sheet",
    autoExpandTables: options.autoExpandTables ?? true,
  };
  const faults = new Faults(() => stats.syncs);
  env.faults = faults;
  const userHook = options.formulaValue;
  const evaluateFormulas = options.evaluateFormulas ?? true;
  let scope = newScope();
  env.newEvaluation = () => {
    scope = newScope();
  };
  env.formulaValue = (info) => {
    const given = userHook?.(info);
    if (given !== undefined || !evaluateFormulas) return given;
    const sheet = env.wb.sheets.find((s) => s.name === info.sheet);
    return sheet ? evaluate(env.wb, sheet, info.row, info.col, info.formula, 0, scope) : undefined;
  };
  const requirementSets: Record<string, string> = {
    ...(options.requirementSets ?? {}),
    ExcelApi: env.apiVersion,
  };
  const displayLanguage = options.displayLanguage ?? "sv-SE";
  const { office, actions } = createOffice(
    {
      platform: options.platform ?? "OfficeOnline",
      displayLanguage,
      contentLanguage: options.contentLanguage ?? displayLanguage,
      requirementSets,
    },
    () => env.wb,
    faults,
  );
  return {
    Excel: createExcel(env),
    Office: office,
    OfficeExtension,
    workbook: new WorkbookState(
      () => env.wb,
      () => {
        env.newEvaluation?.();
        return env.formulaValue;
      },
    ),
    stats,
    resetStats: () => resetStats(stats),
    faults,
    actions,
    setApiVersion(version: string): void {
      env.apiVersion = version;
      requirementSets.ExcelApi = version;
    },
    setLimits(limits): void {
      if (limits.maxRequestBytes !== undefined) env.maxRequestBytes = limits.maxRequestBytes;
      if ("generalExceptionAboveBytes" in limits)
        env.generalExceptionAboveBytes = limits.generalExceptionAboveBytes;
    },
    reset(resetOptions?: Pick<EmulatorOptions, "sheets">): void {
      env.wb = newWorkbook(resetOptions?.sheets ?? sheets);
      resetStats(stats);
      faults.clear();
    },
  };
}

/**
 * Installs the emulator as the globals `Excel`, `Office` and `OfficeExtension` (jest or a browser)
 * and returns a function that restores what was there before.
 */
export function installGlobals(emu: Emulator, target: object = globalThis): () => void {
  const g = target as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Excel = emu.Excel;
  g.Office = emu.Office;
  g.OfficeExtension = emu.OfficeExtension;
  return () => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  };
}

export type { ActionHandler, Stats, FormulaValueHook };
export type { RequestStat } from "./stats";
export type { FaultSpec, Applied } from "./faults";
export type {
  WorkbookDump,
  SheetDump,
  CellDump,
  TableInfo,
  TableDump,
  CfDump,
  ChartDump,
} from "./workbook-state";
export { EmulatorError, ErrorCode, RequestContext, ClientResult, Faults, WorkbookState };
