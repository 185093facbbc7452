// The service the task pane and the ribbon commands call: one method per user action. Each
// method is one Excel.run with a fixed sequence of syncs, whatever the number of goals:
//   probe (1) → read (1, skipped when there is nothing to read) → write (1; more only when the
//   request would pass the size budget, see batch.ts).
// Everything between the read and the write is pure: the plan (src/plan), the domain (src/domain)
// and the merge (merge.ts) decide; this file only moves data in and out of Excel.
import {
  structureToRows,
  rowsToStructure,
  summarize,
  summaryReportText,
  validateRows,
  validateStructure,
  type ColumnKey,
  type GoalStructure,
  type Issue,
  type IssueCode,
  type Lang,
  type Summary,
} from "../domain";
import {
  GOAL_TABLE,
  buildStructureSheet,
  buildSummarySheet,
  buildWorkbook,
  columnLetter,
  goalHeader,
  parseCell,
  parseRange,
  rangeAddress,
  readWorkbookTables,
  type ConditionalFormatPlan,
  type GoalTableLayout,
  type GoalTableRead,
  type ListValidationPlan,
  type SheetPlan,
  type TableData,
  type WorkbookPlan,
} from "../plan";
import { t } from "../i18n";
import { DEFAULT_REQUEST_BUDGET, WriteBatch, syncChunks } from "./batch";
import { AddinError, addinError, officeErrorCode, syncFailure, type Applied, type Operation } from "./errors";
import {
  MARKER,
  ROLES,
  STRUCTURE_TABLES,
  candidateSheets,
  findSheet,
  hasTable,
  queueProbe,
  queueRead,
  readBodyInSlices,
  readResult,
  roleSheetName,
  type Probe,
  type SheetRead,
  type SheetRole,
  type TableRead,
  type WorkbookRead,
} from "./inspect";
import { columnRuns, planMerge, type CellWrite, type MergeCounts } from "../plan/merge";
import {
  addConditionalFormats,
  addGrid,
  addSheetPlan,
  addValidation,
  formatGrid,
  gridBudget,
  type RenderOptions,
} from "./render";
import {
  COMMAND_FEATURES,
  checkRequirements,
  hostIsSetSupported,
  requirementsMessage,
  type Feature,
  type IsSetSupported,
  type RequirementCheck,
} from "./requirements";

export { AddinError } from "./errors";
export type { AddinErrorCode, AddinErrorState, Applied } from "./errors";
export { checkRequirements } from "./requirements";
export type { RequirementCheck } from "./requirements";

/** Lets tests inject the emulator's Excel.run; production passes the real one. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

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
}
export type LoadResult = LoadPreview;

export interface AddressedIssue extends Issue {
  /** The offending cell, "Mål!G5"; for an issue not tied to a row, the first goal's ID cell. */
  address: string;
}
export interface ValidationResult {
  issues: AddressedIssue[];
  counts: { error: number; warning: number; info: number; fixable: number };
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
}

export interface GoalWorkbookService {
  previewLoad(structure: GoalStructure, lang: Lang): Promise<LoadPreview>;
  applyLoad(structure: GoalStructure, lang: Lang): Promise<LoadResult>;
  validate(lang: Lang): Promise<ValidationResult>;
  selectCell(address: string): Promise<void>;
  fixAll(lang: Lang): Promise<FixResult>;
  applyFormatting(lang: Lang): Promise<FormatResult>;
  refreshSummary(lang: Lang): Promise<SummaryResult>;
}

export interface ServiceOptions {
  /** Office.context.requirements.isSetSupported by default. */
  isSetSupported?: IsSetSupported;
  /** Estimated bytes per request before a write is cut into chunks (default 3.8 MB). */
  requestBudget?: number;
  /** Identifier of each write, for telling after a fault how much of it landed. */
  newOperationId?: () => string;
}

/** Workbook settings (Excel.SettingCollection, saved in the file) that bracket every write. */
export const OPERATION_STARTED = "Maluppfoljning.operation.started";
export const OPERATION_FINISHED = "Maluppfoljning.operation.finished";

let operationCounter = 0;
function defaultOperationId(): string {
  operationCounter += 1;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${operationCounter}`;
}

export function createService(run: ExcelRun, options: ServiceOptions = {}): GoalWorkbookService {
  const isSetSupported = options.isSetSupported ?? hostIsSetSupported;
  const budget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
  const newId = options.newOperationId ?? defaultOperationId;

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
    gridBudget: Math.max(100_000, budget - 200_000),
  });

  /** Probe and read, as two syncs (the read only when there is something to read). */
  const inspect = async (
    context: Excel.RequestContext,
    op: Operation,
    goalBody: boolean,
    withSheets: boolean,
  ): Promise<WorkbookRead> => {
    try {
      const probe = queueProbe(context);
      await context.sync();
      const p = probe();
      const sheets = withSheets ? candidateSheets(p) : [];
      const anything =
        sheets.length > 0 || hasTable(p, GOAL_TABLE) || STRUCTURE_TABLES.some((n) => hasTable(p, n));
      if (!anything)
        return { probe: p, goals: null, info: null, programs: null, areas: null, sheets: new Map() };
      const handles = queueRead(context, p, { goalBody, sheets });
      try {
        await context.sync();
        return readResult(handles);
      } catch (e) {
        // A goal table too large for one answer: read its frame, then its body in slices.
        if (!goalBody || officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
      }
      const frame = queueRead(context, p, { goalBody: false, sheets });
      await context.sync();
      const read = readResult(frame);
      if (read.goals)
        read.goals.body = await readBodyInSlices(context, read.goals.sheet, read.goals.bodyAddress);
      return read;
    } catch (e) {
      throw syncFailure(op, e, "none");
    }
  };

  /**
   * Sends a write batch: one sync, or one per chunk when the batch passes the budget. The first
   * command records the operation as started and the last as finished, so that after a fault a
   * single look at those two settings tells whether the workbook is unchanged, partly written
   * or complete. Returns `result` once everything landed.
   */
  const write = async <T>(
    context: Excel.RequestContext,
    op: Operation,
    batch: WriteBatch,
    result: T,
  ): Promise<T> => {
    if (batch.length === 0) return result;
    const id = newId();
    const framed = new WriteBatch();
    framed.add("operation started", 1, [OPERATION_STARTED, id], (ctx) => {
      ctx.workbook.settings.add(OPERATION_STARTED, id);
    });
    framed.ops.push(...batch.ops);
    framed.add("operation finished", 1, [OPERATION_FINISHED, id], (ctx) => {
      ctx.workbook.settings.add(OPERATION_FINISHED, id);
    });
    const chunks = framed.chunks(budget);
    let landed = 0;
    try {
      await syncChunks(context, chunks, (i) => (landed = i + 1));
    } catch (error) {
      throw new WriteFailed(op, error, id, landed, result);
    }
    return result;
  };

  /**
   * Runs one command. A failed write is looked at again in a fresh Excel.run: the failed run's
   * context may still hold queued commands, which must never reach the workbook.
   */
  const execute = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await run(batch);
    } catch (e) {
      if (!(e instanceof WriteFailed)) throw e;
      const applied: Applied = e.landed > 0 ? "partial" : await run((context) => verify(context, e.id));
      if (applied === "all") return e.result as T;
      throw syncFailure(e.op, e.error, applied);
    }
  };

  /** After a failed write: how much of operation `id` is in the workbook. */
  const verify = async (context: Excel.RequestContext, id: string): Promise<Applied> => {
    try {
      const started = context.workbook.settings.getItemOrNullObject(OPERATION_STARTED);
      started.load("value");
      const finished = context.workbook.settings.getItemOrNullObject(OPERATION_FINISHED);
      finished.load("value");
      await context.sync();
      if (!finished.isNullObject && finished.value === id) return "all";
      if (!started.isNullObject && started.value === id) return "partial";
      return "none";
    } catch {
      return "unknown";
    }
  };

  const service: GoalWorkbookService = {
    async previewLoad(structure, lang) {
      requireFeatures(COMMAND_FEATURES.read);
      checkStructure(structure);
      return execute(async (context) => {
        const read = await inspect(context, "load", true, true);
        return prepareLoad(read, structure, lang, { print: false }).preview;
      });
    },

    async applyLoad(structure, lang) {
      const check = requireFeatures(COMMAND_FEATURES.load);
      checkStructure(structure);
      return execute(async (context) => {
        const read = await inspect(context, "load", true, true);
        const prepared = prepareLoad(read, structure, lang, renderOptions(check));
        return write(context, "load", prepared.batch, prepared.preview);
      });
    },

    async validate(lang) {
      requireFeatures(COMMAND_FEATURES.read);
      void lang;
      return execute(async (context) => {
        const read = await inspect(context, "validate", true, false);
        return validation(goalTableRead(read));
      });
    },

    async selectCell(address) {
      requireFeatures(COMMAND_FEATURES.read);
      const target = parseQualified(address);
      if (!target) throw addinError("invalid-input", "xl.error.badAddress", { address });
      return execute(async (context) => {
        try {
          const ws = context.workbook.worksheets.getItem(target.sheet);
          ws.activate();
          ws.getRange(target.cell).select();
          await context.sync();
        } catch (e) {
          if ((e as { code?: string }).code === "ItemNotFound")
            throw addinError("sheet-missing", "xl.error.sheetMissing", { sheet: target.sheet });
          throw syncFailure("select", e, "none");
        }
      });
    },

    async fixAll(lang) {
      const check = requireFeatures(COMMAND_FEATURES.fix);
      void lang;
      return execute(async (context) => {
        const read = await inspect(context, "fix", true, false);
        const table = goalTableRead(read);
        assertWritable(read.goals as TableRead);
        const writes = fixWrites(table);
        const batch = new WriteBatch();
        addTextRuns(batch, read.goals as TableRead, writes, renderOptions(check));
        // The result after the fixes, from the same cells as written: no extra round trip.
        const body = (read.goals as TableRead).body.map((row) => [...row]);
        for (const w of writes) body[w.row][w.col] = w.value;
        const after = goalTableRead({ ...read, goals: { ...(read.goals as TableRead), body } });
        return write(context, "fix", batch, { fixed: writes.length, after: validation(after) });
      });
    },

    async applyFormatting(lang) {
      const check = requireFeatures(COMMAND_FEATURES.format);
      void lang;
      return execute(async (context) => {
        const read = await inspect(context, "format", false, false);
        const table = goalTableRead(read);
        const goals = read.goals as TableRead;
        assertWritable(goals);
        // Every body row, not a totals row a user may have switched on.
        const body = parseRange(goals.bodyAddress);
        const rows = body.bottom - body.top + 1;
        const batch = new WriteBatch();
        const formatting = goalTableFormatting(table.lang, goals, rows);
        queueGoalFormatting(batch, goals.sheet, formatting, renderOptions(check));
        return write(context, "format", batch, {
          validations: formatting.validations.length,
          conditionalFormats: formatting.conditionalFormats.length,
        });
      });
    },

    async refreshSummary(lang) {
      const check = requireFeatures(COMMAND_FEATURES.summary);
      return execute(async (context) => {
        const read = await inspect(context, "summary", true, true);
        const table = goalTableRead(read);
        const goals = read.goals as TableRead;
        const { structure } = rowsToStructure(table.rows, table.reference, table.lang);
        const summary = summarize(structure);
        const sheetPlan = buildSummarySheet(structure, summary, actualLayout(goals, table), table.lang).sheet;
        const target = resolveSheet("summary", read, table.lang);
        const batch = new WriteBatch();
        addOwnedSheet(batch, read.probe, target, sheetPlan, renderOptions(check));
        const result = { summary, reportText: summaryReportText(summary, lang), sheet: target.name };
        return write(context, "summary", batch, result);
      });
    },
  };
  return service;
}

/** A write that failed: carried out of Excel.run so the outcome is checked in a fresh context. */
class WriteFailed {
  constructor(
    readonly op: Operation,
    readonly error: unknown,
    readonly id: string,
    /** Chunks that landed before the failure. */
    readonly landed: number,
    /** What the command returns if the write turns out to have landed whole. */
    readonly result: unknown,
  ) {}
}

// ---------------------------------------------------------------------------------------------
// Pure helpers: from what was read to what to write.

/**
 * Problems that make a structure impossible to write or to merge: Excel refuses text over its
 * cell limit (a load would stop halfway), and goals are merged by ID. Other problems (an empty
 * goal text, an odd Agenda 2030 number) are loaded and then reported by validate at their cells.
 */
const BLOCKING: ReadonlySet<IssueCode> = new Set<IssueCode>(["text-too-long", "duplicate-id", "missing-id"]);

/** Refuses a structure that cannot be written, before anything is sent to Excel. */
function checkStructure(structure: GoalStructure): void {
  const errors = validateStructure(structure, "sv").filter((i) => BLOCKING.has(i.code));
  if (errors.length === 0) return;
  const first = errors[0];
  const more = errors.length > 1 ? ` (+${errors.length - 1})` : "";
  const where = first.goalId ? `${first.goalId}: ` : "";
  throw new AddinError("invalid-input", {
    sv: t("sv", "xl.error.invalidStructure", { reason: where + first.message.sv + more }),
    en: t("en", "xl.error.invalidStructure", { reason: where + first.message.en + more }),
  });
}

function tableData(tr: TableRead | null): TableData | null {
  return tr ? { sheet: tr.sheet, topLeft: tr.topLeft, header: tr.header, body: tr.body } : null;
}

/** The goal table read back into the domain's rows, or the error the user needs. */
function goalTableRead(read: WorkbookRead): GoalTableRead {
  if (!read.goals) throw addinError("table-missing", "xl.error.tableMissing", { table: GOAL_TABLE });
  const result = readWorkbookTables({
    goals: tableData(read.goals) as TableData,
    info: tableData(read.info),
    programs: tableData(read.programs),
    areas: tableData(read.areas),
  });
  if (!result.ok) {
    const names = (l: Lang): string => result.missing.map((k) => `"${goalHeader(k, l)}"`).join(", ");
    throw new AddinError("header-missing", {
      sv: t("sv", "xl.error.headerMissing", { columns: names("sv") }),
      en: t("en", "xl.error.headerMissing", { columns: names("en") }),
    });
  }
  return result.value;
}

function validation(table: GoalTableRead): ValidationResult {
  const issues = validateRows(table.rows, table.reference, table.lang);
  const addressed: AddressedIssue[] = issues.map((i) => ({ ...i, address: table.address(i.row, i.column) }));
  const counts = { error: 0, warning: 0, info: 0, fixable: 0 };
  for (const i of issues) {
    counts[i.severity] += 1;
    if (i.suggestion !== null && i.row >= 0 && i.column !== null) counts.fixable += 1;
  }
  return { issues: addressed, counts, goals: table.rows.length };
}

/** One write per fixable cell (the last suggestion wins when two issues name the same cell). */
function fixWrites(table: GoalTableRead): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const i of validateRows(table.rows, table.reference, table.lang)) {
    if (i.suggestion === null || i.row < 0 || i.column === null) continue;
    const col = table.columns[i.column];
    if (col === undefined) continue;
    byCell.set(`${i.row}:${col}`, { row: i.row, col, value: i.suggestion });
  }
  return [...byCell.values()];
}

/** "Mål!G5" / "'Min flik'!G5" → sheet and cell. */
export function parseQualified(address: string): { sheet: string; cell: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, cell: `${m[3]}${m[4]}` };
}

function assertWritable(table: TableRead): void {
  if (table.sheetProtected)
    throw addinError("protected-sheet", "xl.error.protectedSheet", { sheet: table.sheet });
}

/** The goal table as it is in the workbook, as the plan's layout (actual headers and columns). */
function actualLayout(goals: TableRead, table: GoalTableRead): GoalTableLayout {
  const top = parseCell(goals.topLeft);
  const columns = (Object.entries(table.columns) as [ColumnKey, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([key, i]) => ({ key, header: goals.header[i], column: columnLetter(top.col + i) }));
  return { sheet: goals.sheet, table: GOAL_TABLE, headerRow: top.row, columns };
}

/** Writes text cells of the goal table as runs down a column, each made text ("@") first. */
function addTextRuns(batch: WriteBatch, goals: TableRead, writes: CellWrite[], options: RenderOptions): void {
  const top = parseCell(goals.topLeft);
  for (const run of columnRuns(writes)) {
    const col = top.col + run.col;
    const row = top.row + 1 + run.row;
    const grid = run.values.map((v) => [v]);
    addGrid(
      batch,
      goals.sheet,
      row,
      col,
      formatGrid(grid.length, 1, "@"),
      "numberFormat",
      gridBudget(options),
    );
    addGrid(batch, goals.sheet, row, col, grid, "values", gridBudget(options));
  }
}

interface GoalFormatting {
  validations: ListValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  /** The status and trend body ranges, whose old rules are cleared first. */
  ranges: string[];
}

/**
 * The plan's validations and rules for the goal table, moved onto the table as it is now: the
 * status and trend columns found by header, over every body row (officials add rows).
 */
function goalTableFormatting(lang: Lang, goals: TableRead, bodyRows: number): GoalFormatting {
  const planned = buildWorkbook(emptyStructure(), lang).plan.sheets.find(
    (s) => s.role === "goals",
  ) as SheetPlan;
  const { columns } = readColumns(goals.header);
  const top = parseCell(goals.topLeft);
  const first = top.row + 1;
  const last = top.row + bodyRows;
  const rangeOf = (key: "status" | "trend"): { range: string; topLeft: string } => {
    const col = top.col + (columns[key] as number);
    return { range: rangeAddress(first, col, last, col), topLeft: `${columnLetter(col)}${first}` };
  };
  const validations = planned.validations.map((v) => ({ ...v, range: rangeOf(v.column).range }));
  const conditionalFormats = planned.conditionalFormats.map((cf) => {
    const target = rangeOf(cf.marks.column);
    const plannedTopLeft = cf.range.split(":")[0];
    // The rule's formula is relative to the range's top-left cell: move that reference along.
    if (!cf.formula.startsWith(plannedTopLeft)) throw new Error(`unexpected rule formula ${cf.formula}`);
    return { ...cf, range: target.range, formula: target.topLeft + cf.formula.slice(plannedTopLeft.length) };
  });
  return { validations, conditionalFormats, ranges: [rangeOf("status").range, rangeOf("trend").range] };
}

function readColumns(header: string[]): { columns: Partial<Record<ColumnKey, number>> } {
  const result = readWorkbookTables({ goals: { sheet: "", topLeft: "A1", header, body: [] } });
  return { columns: result.ok ? result.value.columns : {} };
}

function emptyStructure(): GoalStructure {
  return { organisation: "", year: 2000, programs: [] };
}

function queueGoalFormatting(
  batch: WriteBatch,
  sheet: string,
  f: GoalFormatting,
  _options: RenderOptions,
): void {
  for (const range of f.ranges) {
    batch.add(`clear rules ${sheet}!${range}`, 1, range, (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(range).conditionalFormats.clearAll();
    });
  }
  for (const v of f.validations) addValidation(batch, sheet, v);
  addConditionalFormats(batch, sheet, f.conditionalFormats);
}

/** Where an add-in sheet goes and what happens to what is there. */
interface SheetTarget {
  role: SheetRole;
  name: string;
  /** create: a new sheet; reuse: an empty sheet by that name; rewrite: our own sheet, cleared. */
  action: "create" | "reuse" | "rewrite";
  /** Tables on the sheet now (deleted before it is written again). */
  tables: string[];
  /** Whether the sheet's marker must be (re)added. */
  needsMarker: boolean;
}

const sameName = (a: string, b: string): boolean => a.toLocaleUpperCase("sv") === b.toLocaleUpperCase("sv");

/** True when A1:J8 holds the summary title and a count over the goal table: a summary the CLI wrote. */
function looksLikeOurSummary(sheet: SheetRead): boolean {
  const top = sheet.top ?? [];
  const title = String(top[0]?.[0] ?? "");
  const titled = (["sv", "en"] as Lang[]).some((l) =>
    title.startsWith(t(l, "wb.summary.title").split("{")[0]),
  );
  const counts = top.some((row) => row.some((v) => typeof v === "string" && v.includes(`${GOAL_TABLE}[`)));
  return titled && counts;
}

/**
 * Finds the sheet for the summary or structure role: the marked sheet (ours, whatever it is now
 * called), else the sheet holding the structure tables, else the localized name — reused when
 * empty, adopted when it is recognisably ours (written by the CLI), refused otherwise.
 */
function resolveSheet(role: "summary" | "structure", read: WorkbookRead, lang: Lang): SheetTarget {
  const probe = read.probe;
  // The sheet holding the goal table is the officials': never cleared, whatever points at it.
  const goalSheet = read.goals?.sheet ?? null;
  const notGoalSheet = (name: string | null): string | null =>
    name !== null && goalSheet !== null && sameName(name, goalSheet) ? null : name;
  const marked = notGoalSheet(probe.markers[role]);
  const protectedCheck = (name: string): void => {
    if (read.sheets.get(name)?.protected)
      throw addinError("protected-sheet", "xl.error.protectedSheet", { sheet: name });
  };
  if (marked) {
    protectedCheck(marked);
    return {
      role,
      name: marked,
      action: "rewrite",
      tables: read.sheets.get(marked)?.tables ?? [],
      needsMarker: false,
    };
  }
  if (role === "structure" && read.info && notGoalSheet(read.info.sheet) !== null) {
    if (read.info.sheetProtected)
      throw addinError("protected-sheet", "xl.error.protectedSheet", { sheet: read.info.sheet });
    const tables = STRUCTURE_TABLES.filter((n) => hasTable(probe, n));
    return { role, name: read.info.sheet, action: "rewrite", tables, needsMarker: true };
  }
  // Structure tables found on the goal sheet (moved there by someone) are deleted as tables;
  // their cells hold only the add-in's reference data. The sheet itself is left alone.
  const stray = role === "structure" ? STRUCTURE_TABLES.filter((n) => hasTable(probe, n)) : [];
  const wanted = roleSheetName(role, lang);
  const existing = findSheet(probe, wanted);
  if (!existing) return { role, name: wanted, action: "create", tables: stray, needsMarker: true };
  if (notGoalSheet(existing) === null)
    throw addinError("sheet-name-taken", "xl.error.sheetNameTaken", { sheet: existing });
  const sheet = read.sheets.get(existing);
  protectedCheck(existing);
  if (sheet && sheet.usedValues === null && sheet.tables.length === 0)
    return { role, name: existing, action: "reuse", tables: stray, needsMarker: true };
  if (sheet && role === "summary" && looksLikeOurSummary(sheet))
    return { role, name: existing, action: "rewrite", tables: sheet.tables, needsMarker: true };
  throw addinError("sheet-name-taken", "xl.error.sheetNameTaken", { sheet: existing });
}

/**
 * The goal sheet when there is no goal table yet: a new sheet, or an existing one by that name
 * that is empty, or that the add-in marked and holds nothing below the header row (a load that
 * was cut short). Anything else is someone's sheet.
 */
function resolveGoalSheet(read: WorkbookRead, lang: Lang, headerRow: number): SheetTarget {
  const wanted = roleSheetName("goals", lang);
  const existing = findSheet(read.probe, wanted);
  if (!existing) return { role: "goals", name: wanted, action: "create", tables: [], needsMarker: true };
  const sheet = read.sheets.get(existing);
  if (sheet?.protected) throw addinError("protected-sheet", "xl.error.protectedSheet", { sheet: existing });
  const marked = read.probe.markers.goals !== null && sameName(read.probe.markers.goals, existing);
  const usedBottom = sheet?.usedValues ? parseRange(sheet.usedValues).bottom : 0;
  if (
    sheet &&
    ((sheet.usedValues === null && sheet.tables.length === 0) || (marked && usedBottom <= headerRow + 1))
  )
    return { role: "goals", name: existing, action: "reuse", tables: sheet.tables, needsMarker: !marked };
  if (marked)
    throw addinError("sheet-name-taken", "xl.error.goalSheetWithoutTable", {
      sheet: existing,
      table: GOAL_TABLE,
    });
  throw addinError("sheet-name-taken", "xl.error.sheetNameTaken", { sheet: existing });
}

/** Makes the target sheet ready (new, or emptied) and marks it, then draws the plan on it. */
function addOwnedSheet(
  batch: WriteBatch,
  probe: Probe,
  target: SheetTarget,
  plan: SheetPlan,
  options: RenderOptions,
  activate = false,
): void {
  const name = target.name;
  // The add-in's own tables go first, wherever they are, so that their names are free again.
  for (const table of target.tables) {
    batch.add(`delete table ${table}`, 2, table, (context) => {
      context.workbook.tables.getItem(table).delete();
    });
  }
  if (target.action === "create") {
    batch.add(`add sheet ${name}`, 1, name, (context) => {
      context.workbook.worksheets.add(name);
    });
  } else {
    // Cleared in place rather than deleted and added again: the sheet keeps its position, its
    // id and every reference other sheets make to it.
    batch.add(`clear sheet ${name}`, 5, name, (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      const all = ws.getRange();
      all.unmerge();
      all.clear("All");
      all.conditionalFormats.clearAll();
      // Validations live on cells: clearing the used range reaches every one there is.
      ws.getUsedRange(false).dataValidation.clear();
      all.format.useStandardHeight = true;
      all.format.useStandardWidth = true;
    });
  }
  if (target.needsMarker) addMarker(batch, probe, target.role, name);
  // The goal sheet is shown as soon as it exists, so that a load cut short and completed by a
  // retry (as a merge, which never changes the user's view) ends on the same sheet.
  if (activate)
    batch.add(`activate ${name}`, 2, name, (context) => {
      context.workbook.worksheets.getItem(name).activate();
    });
  addSheetPlan(batch, name, plan, options);
}

function addMarker(batch: WriteBatch, probe: Probe, role: SheetRole, sheet: string): void {
  const marker = MARKER[role];
  const stale = probe.markerExists[role];
  batch.add(`marker ${marker}`, stale ? 3 : 2, [marker, sheet], (context) => {
    if (stale) context.workbook.names.getItem(marker).delete();
    context.workbook.names.add(marker, context.workbook.worksheets.getItem(sheet).getRange("A1"));
  });
}

interface PreparedLoad {
  preview: LoadPreview;
  batch: WriteBatch;
}

/** Everything a load will do, decided from the read: the preview and the write batch. */
function prepareLoad(
  read: WorkbookRead,
  structure: GoalStructure,
  lang: Lang,
  options: RenderOptions,
): PreparedLoad {
  return read.goals ? prepareMerge(read, structure, options) : prepareCreate(read, structure, lang, options);
}

function prepareCreate(
  read: WorkbookRead,
  structure: GoalStructure,
  lang: Lang,
  options: RenderOptions,
): PreparedLoad {
  const plan: WorkbookPlan = buildWorkbook(structure, lang).plan;
  const goalsPlan = plan.sheets.find((s) => s.role === "goals") as SheetPlan;
  const goalTarget = resolveGoalSheet(read, lang, plan.goalTable.headerRow);
  const summaryTarget = resolveSheet("summary", read, lang);
  const structureTarget = resolveSheet("structure", read, lang);
  const targets: Record<SheetRole, SheetTarget> = {
    goals: goalTarget,
    summary: summaryTarget,
    structure: structureTarget,
  };
  const batch = new WriteBatch();
  for (const role of ROLES) {
    const sheetPlan = plan.sheets.find((s) => s.role === role);
    if (sheetPlan) addOwnedSheet(batch, read.probe, targets[role], sheetPlan, options, role === "goals");
  }
  const goals = goalsPlan.tables[0]?.rows.filter((r) => r.some((v) => v !== null)).length ?? 0;
  return {
    batch,
    preview: {
      mode: "create",
      newGoals: goals,
      updatedGoals: 0,
      unchangedGoals: 0,
      orphanGoals: 0,
      sheetsToCreate: ROLES.map((r) => targets[r])
        .filter((tg) => tg.action === "create")
        .map((tg) => tg.name),
      updatedCells: {},
      userRows: 0,
      duplicateRows: 0,
      userColumns: [],
      workbookLang: lang,
    },
  };
}

function prepareMerge(read: WorkbookRead, structure: GoalStructure, options: RenderOptions): PreparedLoad {
  const goals = read.goals as TableRead;
  const table = goalTableRead(read);
  assertWritable(goals);
  const lang = table.lang;
  const merge = planMerge(goals.header, goals.body, structureToRows(structure, lang));

  // The summary written with the merge counts what the table will hold: officials' statuses
  // for the goals they have, the structure's for the goals the merge adds.
  const mergedRead = readWorkbookTables({ goals: { ...tableData(goals), body: merge.body } as TableData });
  const mergedRows = mergedRead.ok ? mergedRead.value.rows : [];
  const { structure: merged } = rowsToStructure(mergedRows, structure, lang);
  const summaryPlan = buildSummarySheet(merged, summarize(merged), actualLayout(goals, table), lang).sheet;
  const structurePlan = buildStructureSheet(structure, lang, goals.sheet);
  const summaryTarget = resolveSheet("summary", read, lang);
  const structureTarget = resolveSheet("structure", read, lang);

  const batch = new WriteBatch();
  addMergeWrites(batch, goals, merge, options);
  const rows = Math.max(1, merge.finalRows);
  queueGoalFormatting(batch, goals.sheet, goalTableFormatting(lang, goals, rows), options);
  addOwnedSheet(batch, read.probe, summaryTarget, summaryPlan, options);
  addOwnedSheet(batch, read.probe, structureTarget, structurePlan, options);
  if (read.probe.markers.goals === null) addMarker(batch, read.probe, "goals", goals.sheet);

  const c: MergeCounts = merge.counts;
  return {
    batch,
    preview: {
      mode: "merge",
      newGoals: c.newGoals,
      updatedGoals: c.updatedGoals,
      unchangedGoals: c.unchangedGoals,
      orphanGoals: c.orphanGoals,
      sheetsToCreate: [summaryTarget, structureTarget]
        .filter((tg) => tg.action === "create")
        .map((tg) => tg.name),
      updatedCells: c.updatedCells,
      userRows: c.userRows,
      duplicateRows: c.duplicateRows,
      userColumns: c.userColumns,
      workbookLang: lang,
    },
  };
}

/** The merge's cell writes: changed structural cells, new goals into blank rows, appended rows. */
function addMergeWrites(
  batch: WriteBatch,
  goals: TableRead,
  merge: ReturnType<typeof planMerge>,
  options: RenderOptions,
): void {
  addTextRuns(batch, goals, merge.updates, options);
  const top = parseCell(goals.topLeft);
  const width = goals.header.length;
  const known = new Set(Object.values(readColumns(goals.header).columns));
  // Only the add-in's columns are written: a user's own column is left as it is, even in rows
  // the add-in fills (null leaves a cell unchanged).
  const own = <T>(row: T[]): (T | null)[] => row.map((v, i) => (known.has(i) ? v : null));
  const formatRow = own(Array<string>(width).fill("@"));
  const budgetBytes = gridBudget(options);

  if (merge.fills.length > 0) {
    const firstRow = top.row + 1 + merge.fills[0].row;
    addGrid(
      batch,
      goals.sheet,
      firstRow,
      top.col,
      merge.fills.map(() => formatRow),
      "numberFormat",
      budgetBytes,
    );
    addGrid(
      batch,
      goals.sheet,
      firstRow,
      top.col,
      merge.fills.map((f) => own(f.values)),
      "values",
      budgetBytes,
    );
  }
  if (merge.appends.length > 0) {
    const n = merge.appends.length;
    const blank = Array.from({ length: n }, () => Array<string>(width).fill(""));
    // Rows are added empty, made text, then filled: the new cells' format is set before any
    // text arrives, whatever format the row above them had.
    batch.add(`add ${n} rows to ${GOAL_TABLE}`, 2, blank, (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).rows.add(undefined, blank);
    });
    const firstRow = top.row + 1 + goals.body.length;
    addGrid(
      batch,
      goals.sheet,
      firstRow,
      top.col,
      merge.appends.map(() => formatRow),
      "numberFormat",
      budgetBytes,
    );
    addGrid(batch, goals.sheet, firstRow, top.col, merge.appends.map(own), "values", budgetBytes);
  }
}
