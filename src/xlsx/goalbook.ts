/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these rules are for Office.js proxies; this file works on ExcelJS objects, which hold their
   data in memory. */
// The edits a rollover and a history import make to one of our workbooks, loaded with ExcelJS
// (src/xlsx/package.ts): the goal table's year cells emptied, history rows appended or rewritten
// in the history table, the year moved on, the summary sheet drawn again. Every other cell, column,
// row and sheet stays as the file had it; text goes in as ExcelJS string values, which it always
// writes as strings (never as formulas), in cells formatted "@".
import ExcelJS from "exceljs";
import {
  HISTORY_FIELDS,
  LANGS,
  idKey,
  ROLLOVER_EMPTIED,
  statusLabel,
  trendLabel,
  type GoalStructure,
  type HistoryEntry,
  type HistoryField,
  type HistoryRowChange,
  type Lang,
} from "../domain";
import { t } from "../i18n";
import {
  HISTORY_TABLE,
  buildHistorySheet,
  normaliseHeader,
  parseCell,
  parseQualified,
  parseRange,
  rangeAddress,
  type GoalTableRead,
  type PlanValue,
  type SheetPlan,
  type WorkbookTables,
} from "../plan";
import {
  MARKER,
  ROLES,
  refusal,
  resolveSheet,
  type Probe,
  type Refusal,
  type SheetRead,
  type WorkbookRead,
} from "../plan/ownership";
import { INFO_ITEM_KEY } from "../plan/structure";
import type { EditableWorkbook } from "./package";
import { renderSheet } from "./write";

export interface GoalBook {
  edit: EditableWorkbook;
  tables: WorkbookTables;
  read: GoalTableRead;
}

/** Why a workbook cannot be edited as asked; the CLI says it in both languages. */
export class EditProblem extends Error {
  constructor(
    readonly kind: "rowsBelowHistory" | "historyUnreadable" | "noYearCell" | "protectedSheet" | "refused",
    readonly sheet: string,
    readonly refusal?: Refusal,
  ) {
    super(`${kind}: ${sheet}`);
    this.name = "EditProblem";
  }
}

export interface LoadedTable {
  table?: { name?: string; tableRef?: string; ref?: string; autoFilterRef?: string; totalsRow?: boolean };
}

export function tableModel(
  wb: ExcelJS.Workbook,
  name: string,
): { ws: ExcelJS.Worksheet; model: NonNullable<LoadedTable["table"]> } | null {
  let found: { ws: ExcelJS.Worksheet; model: NonNullable<LoadedTable["table"]> } | null = null;
  wb.eachSheet((ws) => {
    for (const tb of ws.getTables() as unknown as LoadedTable[]) {
      if (found === null && tb.table?.name?.toLowerCase() === name.toLowerCase())
        found = { ws, model: tb.table };
    }
  });
  return found;
}

/**
 * The goal table or the history table when it has a totals row: its last row is no goal and no
 * history entry, and an edit that appends or empties rows would treat it as one.
 */
export function tableWithTotalsRow(book: GoalBook): { table: string; sheet: string } | null {
  const goals = book.tables.goals;
  let found: { table: string; sheet: string } | null = null;
  book.edit.wb.eachSheet((ws) => {
    for (const tb of ws.getTables() as unknown as LoadedTable[]) {
      const model = tb.table;
      const ref = model?.tableRef ?? model?.ref ?? "";
      const isGoals = ws.name === goals.sheet && ref.split(":")[0] === goals.topLeft;
      const isHistory = model?.name?.toLowerCase() === HISTORY_TABLE.toLowerCase();
      if (found === null && model?.totalsRow === true && (isGoals || isHistory))
        found = { table: model.name ?? "", sheet: ws.name };
    }
  });
  return found;
}

function worksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The cell part of "Historik!E7" / "'Goal history'!E7". */
function cellOf(qualified: string): string {
  const at = parseQualified(qualified);
  if (!at) throw new Error(`not a cell address: ${qualified}`);
  return at.cell;
}

/** A sheet's place in the tab order (ExcelJS sorts by it; its typings omit it). */
const orderOf = (ws: ExcelJS.Worksheet): number => (ws as unknown as { orderNo: number }).orderNo;
const setOrder = (ws: ExcelJS.Worksheet, order: number): void => {
  (ws as unknown as { orderNo: number }).orderNo = order;
};

const isProtected = (ws: ExcelJS.Worksheet): boolean =>
  (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true;

function writable(ws: ExcelJS.Worksheet): ExcelJS.Worksheet {
  if (isProtected(ws)) throw new EditProblem("protectedSheet", ws.name);
  return ws;
}

/** Writes text as a string value in a text ("@") cell, a number as a number; null empties it. */
function put(cell: ExcelJS.Cell, value: PlanValue): void {
  if (typeof value === "string") {
    if (cell.numFmt !== "@") cell.style = { ...cell.style, numFmt: "@" };
    cell.value = value;
  } else if (typeof value === "number") {
    // As the plan formats a number (numericFormats in src/plan/layout.ts), not as text.
    if (cell.numFmt === "@" || cell.numFmt === undefined)
      cell.style = {
        ...cell.style,
        numFmt: "0",
        alignment: { ...cell.style.alignment, horizontal: "right" },
      };
    cell.value = value;
  } else {
    cell.value = null;
  }
}

/**
 * Empties the status, trend, comment, done and suggestion cells (ROLLOVER_EMPTIED) of the goal table's
 * body rows in `rows` (GoalRow indexes: those whose assessment went into the history); returns how
 * many cells held something.
 */
export function clearAssessments(book: GoalBook, rows: ReadonlySet<number>): number {
  const { goals } = book.tables;
  const ws = writable(worksheet(book.edit.wb, goals.sheet));
  const top = parseCell(goals.topLeft);
  let cleared = 0;
  for (const key of ROLLOVER_EMPTIED) {
    const at = book.read.columns[key];
    if (at === undefined) continue;
    for (let i = 0; i < goals.body.length; i++) {
      if (!rows.has(i)) continue;
      const cell = ws.getCell(top.row + 1 + i, top.col + at);
      if (cell.value === null || cell.value === undefined) continue;
      if (cell.value !== "") cleared++;
      cell.value = null;
    }
  }
  return cleared;
}

function historyValues(e: HistoryEntry, lang: Lang): Record<HistoryField, PlanValue> {
  return {
    year: e.year,
    id: "",
    status: e.status === null ? null : statusLabel(e.status, lang),
    trend: e.trend === null ? null : trendLabel(e.trend, lang),
    comment: e.comment === undefined || e.comment === "" ? null : e.comment,
  };
}

/** The history changes to write: rows to append and rows to rewrite in place. */
export interface HistoryChange {
  added: HistoryRowChange[];
  replaced: HistoryRowChange[];
  /** A goal-table cell's own text for a status or trend it could not read, written instead. */
  raw?: ReadonlyMap<HistoryRowChange, { status?: string; trend?: string }>;
}

/** The history sheet's plan with `change.raw`'s cell texts in the rows of their entries. */
function withRawText(sheet: SheetPlan, change: HistoryChange): SheetPlan {
  if (change.raw === undefined || change.raw.size === 0) return sheet;
  const [table, ...others] = sheet.tables;
  const column = (f: HistoryField): number => HISTORY_FIELDS.indexOf(f);
  const rows = table.rows.map((r) => [...r]);
  const used = new Set<number>();
  for (const [c, text] of change.raw) {
    const i = rows.findIndex(
      (r, k) => !used.has(k) && r[column("year")] === c.entry.year && r[column("id")] === c.id,
    );
    if (i < 0) throw new Error(`no history row for ${c.id} ${c.entry.year}`);
    used.add(i);
    if (text.status !== undefined) rows[i][column("status")] = text.status;
    if (text.trend !== undefined) rows[i][column("trend")] = text.trend;
  }
  return { ...sheet, tables: [{ ...table, rows }, ...others] };
}

/**
 * Writes history rows. `added` go after the table's last filled row (its trailing empty rows are
 * filled first) and the table grows over them; `replaced` rewrite the row the reader takes for
 * that goal and year (the first). Without a history table, the history sheet is drawn from
 * `structure` (which then holds every entry) after the summary sheet.
 */
export function writeHistory(book: GoalBook, change: HistoryChange, structure: GoalStructure): void {
  const { wb } = book.edit;
  const lang = book.read.lang;
  const found = tableModel(wb, HISTORY_TABLE);
  if (found === null) {
    if (change.added.length === 0 && change.replaced.length === 0) return;
    const sheet = withRawText(buildHistorySheet(structure, lang), change);
    if (wb.worksheets.some((w) => w.name.toLowerCase() === sheet.name.toLowerCase()))
      throw new EditProblem("historyUnreadable", sheet.name);
    const ws = renderSheet(wb, sheet);
    const summary = wb.worksheets.find(
      (w) => w.name.toLowerCase() === t(lang, "wb.sheet.summary").toLowerCase(),
    );
    // After the summary; when the summary is drawn new too (after this), it goes between the goal
    // sheet and this one (replaceSummary's 0.25).
    setOrder(ws, orderOf(summary ?? worksheet(wb, book.tables.goals.sheet)) + 0.5);
    return;
  }
  const history = book.read.history;
  const ws = writable(found.ws);
  if (history === null) throw new EditProblem("historyUnreadable", ws.name);
  // Where each field's cell of body row 0 is; row i is i rows below.
  const first = new Map(HISTORY_FIELDS.map((f) => [f, parseCell(cellOf(history.address(0, f)))]));
  const at = (row: number, field: HistoryField): ExcelJS.Cell => {
    const c = first.get(field) as { row: number; col: number };
    return ws.getCell(c.row + row, c.col);
  };
  // The reader places a missing column at the goal ID's cell: such a field is not written.
  const fields = HISTORY_FIELDS.filter(
    (f) => f === "id" || history.address(0, f) !== history.address(0, "id"),
  );
  const write = (row: number, c: HistoryRowChange, fieldsToWrite: readonly HistoryField[]): void => {
    const values = { ...historyValues(c.entry, lang), id: c.id, ...change.raw?.get(c) };
    for (const f of fieldsToWrite) put(at(row, f), values[f]);
  };

  // The reader takes the first row for a goal and year; that is the one rewritten.
  const rowFor = new Map<string, number>();
  for (const r of history.rows) {
    const key = `${idKey((r.cells.id ?? "").trim())}\u0000${(r.cells.year ?? "").trim()}`;
    if (!rowFor.has(key)) rowFor.set(key, r.index);
  }
  const assessment = fields.filter((f) => f !== "id" && f !== "year");
  for (const c of change.replaced) {
    const row = rowFor.get(`${idKey(c.id.trim())}\u0000${c.entry.year}`);
    // The entry came from the history the reader read: a row it cannot find is a bug, never a
    // row to report as replaced.
    if (row === undefined) throw new Error(`no history row to replace for ${c.id} ${c.entry.year}`);
    write(row, c, assessment);
  }
  if (change.added.length === 0) return;

  const ref = parseRange((found.model.tableRef ?? found.model.ref) as string);
  const bodyRows = ref.bottom - ref.top;
  // A trailing row is reused only when all of it is empty: a user's column, or a formula even
  // one that shows nothing, is someone's.
  const filled = (i: number): boolean => {
    for (let col = ref.left; col <= ref.right; col++) {
      const v = ws.getCell(ref.top + 1 + i, col).value;
      if (v !== null && v !== undefined && v !== "") return true;
    }
    return false;
  };
  let next = bodyRows;
  while (next > 0 && !filled(next - 1)) next--;
  const needed = next + change.added.length;
  // Rows below the table are someone's: the table grows only over empty cells.
  for (let r = ref.top + 1 + bodyRows; r <= ref.top + needed; r++)
    for (let col = ref.left; col <= ref.right; col++) {
      const v = ws.getCell(r, col).value;
      if (v !== null && v !== undefined && v !== "") throw new EditProblem("rowsBelowHistory", ws.name);
    }
  // New rows take the formats of the table's last body row.
  const styleRow = ref.top + Math.max(1, bodyRows);
  change.added.forEach((c, k) => {
    const row = next + k;
    if (row >= bodyRows)
      for (let col = ref.left; col <= ref.right; col++)
        ws.getCell(ref.top + 1 + row, col).style = { ...ws.getCell(styleRow, col).style };
    write(row, c, fields);
  });
  if (needed > bodyRows) {
    found.model.tableRef = rangeAddress(ref.top, ref.left, ref.top + needed, ref.right);
    if (found.model.autoFilterRef !== undefined) found.model.autoFilterRef = found.model.tableRef;
  }
}

/**
 * Moves the follow-up year from `from` to `to` in the cells that hold it: the structure sheet's
 * year item and the goal sheet's title (when it is still the title the add-in wrote).
 */
export function moveYear(book: GoalBook, organisation: string, from: number, to: number): void {
  const { wb } = book.edit;
  const info = book.tables.info;
  if (!info) throw new EditProblem("noYearCell", book.tables.goals.sheet);
  const labels = new Set(LANGS.map((l) => normaliseHeader(t(l, INFO_ITEM_KEY.year))));
  const i = info.body.findIndex((r) => labels.has(normaliseHeader(r[0] ?? "")));
  if (i < 0) throw new EditProblem("noYearCell", info.sheet);
  const top = parseCell(info.topLeft);
  const infoSheet = writable(worksheet(wb, info.sheet));
  const cell = infoSheet.getCell(top.row + 1 + i, top.col + 1);
  cell.value = to;

  const title = worksheet(wb, book.tables.goals.sheet).getCell("A1");
  for (const l of LANGS) {
    if (title.value === t(l, "wb.goals.title", { organisation, year: from }))
      title.value = t(l, "wb.goals.title", { organisation, year: to });
  }
}

function cellValueForRead(v: ExcelJS.CellValue): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "object" && "formula" in v && typeof v.formula === "string") return `=${v.formula}`;
  return "";
}

/** What resolveSheet needs to know about the loaded workbook, as the pane's probe would see it. */
function workbookRead(book: GoalBook): WorkbookRead {
  const { wb } = book.edit;
  const tables = new Set<string>();
  const sheets = new Map<string, SheetRead>();
  wb.eachSheet((ws) => {
    const names: string[] = [];
    for (const tb of ws.getTables() as unknown as LoadedTable[]) {
      if (tb.table?.name) {
        names.push(tb.table.name);
        tables.add(tb.table.name.toLocaleUpperCase("sv"));
      }
    }
    let used = false;
    ws.eachRow((row) => row.eachCell((c) => (used ||= c.value !== null && c.value !== "")));
    const top: (string | number | boolean)[][] = [];
    for (let r = 1; r <= 8; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = 1; c <= 10; c++) row.push(cellValueForRead(ws.getCell(r, c).value));
      top.push(row);
    }
    const usedRange = used ? ws.dimensions.range : null;
    sheets.set(ws.name, {
      name: ws.name,
      protected: isProtected(ws),
      usedValues: usedRange,
      usedAll: usedRange,
      top,
      tables: names,
    });
  });
  const defined = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const markerSheet = (name: string): string | null => {
    const range = defined.find((d) => d.name === name)?.ranges[0];
    const sheet = range ? parseQualified(range.split(":")[0])?.sheet : undefined;
    return sheet !== undefined && sheets.has(sheet) ? sheet : null;
  };
  const roles = ROLES;
  const probe: Probe = {
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state })),
    tables,
    markers: Object.fromEntries(roles.map((r) => [r, markerSheet(MARKER[r])])) as Probe["markers"],
    names: [...defined.map((d) => d.name), ...book.edit.formulaNames.map((n) => n.name)],
    markerExists: Object.fromEntries(
      roles.map((r) => [r, defined.some((d) => d.name === MARKER[r])]),
    ) as Probe["markerExists"],
  };
  const goals = book.tables.goals;
  const goalTable = {
    ...goals,
    range: "A1",
    bodyAddress: "A1",
    sheetProtected: isProtected(worksheet(wb, goals.sheet)),
  };
  return { probe, goals: goalTable, info: null, programs: null, areas: null, history: null, sheets };
}

/**
 * Draws the summary sheet again from `sheet` where the add-in's summary is (the sheet its marker
 * names, or the sheet by the summary's name when it is empty or one the CLI wrote), at the same
 * place in the tab order; a new one goes after the goal sheet. Refuses, as the pane's refresh
 * does, a protected summary sheet or someone's sheet by that name. Returns the names the old
 * summary owned (to be dropped).
 */
export function replaceSummary(book: GoalBook, sheet: SheetPlan): string[] {
  const { wb } = book.edit;
  const target = resolveSheet("summary", workbookRead(book), book.read.lang);
  if (!target.ok) throw new EditProblem("refused", sheet.name, target.refusal);
  const existing = wb.worksheets.find((w) => w.name === target.value.name);
  // A new one right after the goal sheet, before a history sheet drawn new in the same edit (+0.5).
  const order = existing ? orderOf(existing) : orderOf(worksheet(wb, book.tables.goals.sheet)) + 0.25;
  if (existing) wb.removeWorksheet(existing.id);
  const ws = renderSheet(wb, { ...sheet, name: target.value.name });
  setOrder(ws, order);
  return target.value.names;
}

/**
 * Draws the indicator sheet again from `sheet` where the indicator table is, at the same place in
 * the tab order, or, for a workbook without one, on a new sheet after the history. For `kolada`
 * and `rollover` on an .xlsx, whose plan is built from what the sheet held, so every value an
 * official typed is in it. Refuses a sheet that holds anything else: another table, or someone's
 * sheet by the plan's name.
 */
export function replaceIndicatorSheet(book: GoalBook, sheet: SheetPlan): void {
  const { wb } = book.edit;
  const current = book.tables.indicators?.sheet;
  const existing = wb.worksheets.find((w) => w.name.toLowerCase() === (current ?? sheet.name).toLowerCase());
  if (existing) {
    const tables = (existing.getTables() as unknown as LoadedTable[]).map((tb) => tb.table?.name ?? "");
    let used = false;
    existing.eachRow((row) => row.eachCell((c) => (used ||= c.value !== null && c.value !== "")));
    const ours = current !== undefined && tables.length === 1;
    if (!ours && (used || tables.length > 0))
      throw new EditProblem(
        "refused",
        existing.name,
        refusal("sheet-name-taken", "xl.error.sheetNameTaken", { sheet: existing.name }),
      );
    if (isProtected(existing)) throw new EditProblem("protectedSheet", existing.name);
  }
  const history = book.tables.history?.sheet;
  const after = wb.worksheets.find((w) => w.name === history) ?? worksheet(wb, book.tables.goals.sheet);
  const order = existing ? orderOf(existing) : orderOf(after) + 0.75;
  if (existing) wb.removeWorksheet(existing.id);
  const ws = renderSheet(wb, { ...sheet, name: existing?.name ?? sheet.name });
  setOrder(ws, order);
}
