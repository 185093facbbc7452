// Rollover ("Nytt uppföljningsår") and history import in a workbook, decided from one read. Pure:
// the Office.js adapter reads the goal table, the history table, the structure sheet's info
// table and the add-in's sheets, calls one of these, and writes what it says in one write. The
// domain decides what moves (closingRows, importHistory, src/domain/rollover.ts); this file
// decides where in the workbook it goes:
// - the history table gets the closing year's rows appended (its blank rows at the end filled
//   first, as a load fills the goal table's); existing rows are never rewritten by a rollover,
//   and an import rewrites only the status, trend and comment of the rows it replaces;
// - the goal table loses only its status, trend and comment cells, every other column stays;
// - the year moves on where the workbook keeps it: the info table's year cell, and the goal
//   sheet's title while it still reads as the add-in wrote it (the document setting is the
//   pane's, saved after the write);
// - the summary sheet is drawn for the new state from the same read, so it never shows the
//   closed year's counts under the new year.
import {
  HISTORY_FIELDS,
  closingRows,
  idKey,
  importHistory,
  type GoalStructure,
  type HistoryField,
  type HistoryRowChange,
  type Lang,
} from "../domain";
import { t } from "../i18n";
import { cellAddress, parseCell, parseRange, rangeAddress } from "./a1";
import {
  planSummary,
  readGoalTable,
  tableStructure,
  validation,
  writableGoalTable,
  type OwnedSheet,
} from "./goalTable";
import { historyFieldHeader, historyRow } from "./history";
import { HISTORY_TABLE, normaliseHeader } from "./layout";
import type { CellWrite } from "./merge";
import { refusal, type Decision, type TableRead, type WorkbookRead } from "./ownership";
import { matchFields } from "./read";
import { INFO_ITEM_KEY } from "./structure";
import type { PlanValue } from "./types";

/** Rows appended to a table: the blank rows at its end are filled first, rows added for the rest. */
export interface TableAppend {
  table: string;
  sheet: string;
  /** Excel row (1-based) of the first row written, and the table's first column. */
  row: number;
  col: number;
  /** How many of the rows are added to the table (the others fill blank rows it has). */
  add: number;
  /** Table-wide rows; "" is an empty cell. */
  values: (string | number)[][];
  /** The number format of each cell, set before its value ("@" for text). */
  formats: string[][];
  /**
   * Per column: its values can travel with the added rows themselves (the year, a status or trend
   * label, an empty user column), because no host reads them as anything but what they are. The
   * other columns (goal ID, comment: anybody's text) get their format first, then their values.
   * Sending the safe ones with the rows saves the added rows' blank payload: at 50,000 goals that
   * is what keeps the write in one request.
   */
  safe: boolean[];
}

/** One cell outside the tables' bodies the command sets, format first. */
export interface CellSet {
  sheet: string;
  cell: string;
  value: PlanValue;
  format: string;
}

export interface RolloverResult {
  /** The year closed into the history, and the new follow-up year. */
  closing: number;
  year: number;
  /** Goals whose assessment moved into the history (one history row each). */
  goals: number;
  /** Errors the validation found that the confirmation overrode (0 when there were none). */
  overriddenErrors: number;
  /** The summary sheet drawn for the new year; null when it could not be (see the summary command). */
  summarySheet: string | null;
  /** The data was written, but frozen rows or a print setup may not have been (refused). */
  formattingIncomplete?: boolean;
}

export interface RolloverPlan {
  goals: TableRead;
  /** Body ranges of the goal table's status, trend and comment columns, on the goal sheet. */
  clear: string[];
  append: TableAppend | null;
  cells: CellSet[];
  summary: OwnedSheet | null;
  result: RolloverResult;
}

export interface HistoryImportResult {
  /** The years the import brought, oldest first. */
  years: number[];
  added: number;
  replaced: number;
  unchanged: number;
  /** Goal IDs of the imported follow-up that no goal of the workbook has. */
  unknownGoals: string[];
}

export interface HistoryImportPlan {
  history: TableRead;
  append: TableAppend | null;
  /** Status, trend and comment of the rows replaced in place (body rows of the history table). */
  replace: CellWrite[];
  result: HistoryImportResult;
}

/** Issues of the validation listed in the refusal of a rollover, before "and N more". */
const LISTED_ERRORS = 3;

const refused = (r: ReturnType<typeof refusal>): Decision<never> => ({ ok: false, refusal: r });

/** The history table when the command may write to it. */
function writableHistory(read: WorkbookRead): Decision<TableRead> {
  const h = read.history ?? null;
  if (h === null)
    return refused(refusal("table-missing", "xl.error.historyMissing", { table: HISTORY_TABLE }));
  const found = matchFields<HistoryField>(h.header, HISTORY_FIELDS, historyFieldHeader);
  if (found.year === undefined || found.id === undefined)
    return refused(refusal("header-missing", "xl.error.historyHeaders", { sheet: h.sheet }));
  if (h.sheetProtected)
    return refused(refusal("protected-sheet", "xl.error.protectedSheet", { sheet: h.sheet }));
  return { ok: true, value: h };
}

function historyPositions(h: TableRead): Partial<Record<HistoryField, number>> {
  return matchFields<HistoryField>(h.header, HISTORY_FIELDS, historyFieldHeader);
}

/** The history rows as rows of the table as it is (its column order, user columns empty). */
function tableRows(h: TableRead, rows: readonly HistoryRowChange[], lang: Lang): (string | number)[][] {
  const at = historyPositions(h);
  return rows.map((r) => {
    const out: (string | number)[] = h.header.map(() => "");
    historyRow(r.id, r.entry, lang).forEach((v, j) => {
      const i = at[HISTORY_FIELDS[j]];
      if (i !== undefined && (typeof v === "string" || typeof v === "number")) out[i] = v;
    });
    return out;
  });
}

function appendTo(h: TableRead, values: (string | number)[][]): TableAppend | null {
  if (values.length === 0) return null;
  let blank = 0;
  for (let i = h.body.length - 1; i >= 0 && h.body[i].every((c) => c.trim() === ""); i--) blank++;
  const fill = Math.min(blank, values.length);
  const body = parseRange(h.bodyAddress);
  const at = historyPositions(h);
  const line = h.header.map((_, j) => (j === at.year ? "0" : "@"));
  const unsafe = new Set([at.id, at.comment]);
  return {
    table: HISTORY_TABLE,
    sheet: h.sheet,
    row: body.top + h.body.length - blank,
    col: body.left,
    add: values.length - fill,
    values,
    formats: values.map(() => line),
    safe: h.header.map((_, j) => !unsafe.has(j)),
  };
}

/** The body as it will be after `append`, as cell text: for deciding the summary from the same read. */
function appendedBody(h: TableRead, append: TableAppend | null): string[][] {
  if (append === null) return h.body;
  const kept = append.row - parseRange(h.bodyAddress).top;
  const added = append.values.map((r) => r.map(String));
  return [...h.body.slice(0, kept), ...added, ...h.body.slice(kept + added.length)];
}

/** The info table's year row (0-based body row), when it has one. */
function yearRow(info: TableRead | null): number | null {
  if (info === null) return null;
  const labels = new Set((["sv", "en"] as const).map((l) => normaliseHeader(t(l, INFO_ITEM_KEY.year))));
  const i = info.body.findIndex((row) => labels.has(normaliseHeader(row[0] ?? "")));
  return i < 0 ? null : i;
}

function errorList(issues: ReturnType<typeof validation>["issues"], lang: Lang): string {
  const errors = issues.filter((i) => i.severity === "error");
  const listed = errors.slice(0, LISTED_ERRORS).map((i) => `${i.address}: ${i.message[lang]}`);
  const more = errors.length - listed.length;
  return more > 0
    ? `${listed.join("; ")} ${t(lang, "xl.rollover.moreErrors", { count: more })}`
    : listed.join("; ");
}

/**
 * Closes the workbook's follow-up year into the history and opens `year`. Refuses a year not
 * later than the workbook's, and a workbook whose validation finds errors unless `force` (the
 * official confirmed): a year closed with unreadable cells is history nobody can compare against.
 */
export function planRollover(
  read: WorkbookRead,
  year: number,
  force: boolean,
  lang: Lang,
): Decision<RolloverPlan> {
  const found = writableGoalTable(read);
  if (!found.ok) return found;
  const { goals, table } = found.value;
  const history = writableHistory(read);
  if (!history.ok) return history;
  const info = read.info;
  const row = yearRow(info);
  const { structure } = tableStructure(table);
  if (info === null || row === null || structure.year === 0)
    return refused(refusal("invalid-input", "xl.error.noYear", {}));
  if (info.sheetProtected)
    return refused(refusal("protected-sheet", "xl.error.protectedSheet", { sheet: info.sheet }));
  const closing = closingRows(structure, year);
  if (!closing.ok)
    return refused(
      refusal("invalid-input", "xl.rollover.yearNotLater", {
        requested: String(year),
        current: String(closing.current),
      }),
    );
  const checked = validation(table);
  if (checked.counts.error > 0 && !force)
    return {
      ok: false,
      refusal: {
        code: "validation-errors",
        messages: {
          sv: t("sv", "xl.rollover.errors", {
            count: checked.counts.error,
            list: errorList(checked.issues, "sv"),
          }),
          en: t("en", "xl.rollover.errors", {
            count: checked.counts.error,
            list: errorList(checked.issues, "en"),
          }),
        },
      },
    };

  const top = parseCell(goals.topLeft);
  const body = parseRange(goals.bodyAddress);
  const emptied = (["status", "trend", "comment"] as const)
    .map((k) => table.columns[k])
    .filter((c): c is number => c !== undefined);
  const clear =
    goals.body.length === 0
      ? []
      : emptied.map((c) => rangeAddress(body.top, top.col + c, body.bottom, top.col + c));
  const append = appendTo(history.value, tableRows(history.value, closing.rows, table.lang));

  const infoTop = parseCell(info.topLeft);
  const cells: CellSet[] = [
    {
      sheet: info.sheet,
      cell: cellAddress(infoTop.row + 1 + row, infoTop.col + 1),
      value: year,
      format: "0",
    },
  ];
  const titleOf = (y: number): string =>
    t(table.lang, "wb.goals.title", { organisation: structure.organisation, year: y });
  const goalSheet = read.sheets.get(goals.sheet);
  if (goalSheet && goalSheet.top?.[0]?.[0] === titleOf(closing.closing) && !goalSheet.protected)
    cells.push({ sheet: goals.sheet, cell: "A1", value: titleOf(year), format: "@" });

  // The summary of the workbook as this write leaves it, decided from the same read.
  const after: WorkbookRead = {
    ...read,
    goals: { ...goals, body: goals.body.map((r) => r.map((v, j) => (emptied.includes(j) ? "" : v))) },
    info: {
      ...info,
      body: info.body.map((r, i) => (i === row ? [r[0] ?? "", String(year), ...r.slice(2)] : r)),
    },
    history: { ...history.value, body: appendedBody(history.value, append) },
  };
  const summary = planSummary(after, lang);
  return {
    ok: true,
    value: {
      goals,
      clear,
      append,
      cells,
      summary: summary.ok ? summary.value.sheet : null,
      result: {
        closing: closing.closing,
        year: closing.year,
        goals: closing.rows.length,
        overriddenErrors: checked.counts.error,
        summarySheet: summary.ok ? summary.value.sheet.target.name : null,
      },
    },
  };
}

/** The history table's body row of each goal and year (the first, as the reader counts it). */
function rowsByEntry(h: TableRead): Map<string, number> {
  const at = historyPositions(h);
  const out = new Map<string, number>();
  h.body.forEach((r, i) => {
    const year = (r[at.year as number] ?? "").trim();
    const key = `${idKey((r[at.id as number] ?? "").trim())}\u0000${year}`;
    if (/^\d{4}$/.test(year) && !out.has(key)) out.set(key, i);
  });
  return out;
}

/**
 * Merges an earlier year's follow-up (`source`) into the workbook's history by goal ID: new
 * entries are appended, entries that differ replace the row in place, and the result names the
 * goals that no longer exist.
 */
export function planHistoryImport(read: WorkbookRead, source: GoalStructure): Decision<HistoryImportPlan> {
  const found = readGoalTable(read);
  if (!found.ok) return found;
  const table = found.value;
  const history = writableHistory(read);
  if (!history.ok) return history;
  const h = history.value;
  const imported = importHistory(tableStructure(table).structure, source);
  if (!imported.ok)
    return refused(
      refusal("invalid-input", "xl.import.notEarlier", {
        source: String(imported.source),
        target: String(imported.target),
      }),
    );
  const at = historyPositions(h);
  const rows = rowsByEntry(h);
  const replace: CellWrite[] = [];
  for (const r of imported.replaced) {
    const i = rows.get(`${idKey(r.id.trim())}\u0000${r.entry.year}`);
    if (i === undefined) continue;
    const [, , status, trend, comment] = historyRow(r.id, r.entry, table.lang);
    const cells: [HistoryField, PlanValue][] = [
      ["status", status],
      ["trend", trend],
      ["comment", comment],
    ];
    for (const [f, v] of cells) {
      const col = at[f];
      if (col !== undefined) replace.push({ row: i, col, value: v === null ? "" : String(v) });
    }
  }
  return {
    ok: true,
    value: {
      history: h,
      append: appendTo(h, tableRows(h, imported.added, table.lang)),
      replace,
      result: {
        years: imported.years,
        added: imported.added.length,
        replaced: imported.replaced.length,
        unchanged: imported.unchanged,
        unknownGoals: imported.unknownGoals,
      },
    },
  };
}
