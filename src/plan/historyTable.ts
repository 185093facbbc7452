// Writing to the history table (Maluppfoljning_Historik), shared by the rollover and the history
// import: the table when a command may write to it, entries as rows of the table as it is, and
// rows appended at its end (its blank rows, or what a write cut short left, filled first). Pure.
import { HISTORY_FIELDS, type HistoryField, type HistoryRowChange, type Lang } from "../domain";
import { parseRange } from "./a1";
import { historyFieldHeader, historyRow } from "./history";
import { HISTORY_TABLE } from "./layout";
import type { CellWrite } from "./merge";
import { refusal, type Decision, type TableRead, type WorkbookRead } from "./ownership";
import { matchFields } from "./read";

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
  /** Nothing lies below the table: the added rows are written right below it (TableRead.belowEmpty). */
  below: boolean;
}

export const refused = (r: ReturnType<typeof refusal>): Decision<never> => ({ ok: false, refusal: r });

/** The history table when the command may write to it. */
export function writableHistory(read: WorkbookRead): Decision<TableRead> {
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

export function historyPositions(h: TableRead): Partial<Record<HistoryField, number>> {
  return matchFields<HistoryField>(h.header, HISTORY_FIELDS, historyFieldHeader);
}

/** The history rows as rows of the table as it is (its column order, user columns empty). */
export function tableRows(
  h: TableRead,
  rows: readonly HistoryRowChange[],
  lang: Lang,
): (string | number)[][] {
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

/**
 * The rows appended after the table's last row that holds anything but what a write of `years`
 * cut short left there: blank rows, and rows without a goal ID whose year is one of `years`
 * (the added rows carry their year before their ID arrives). Those are filled again, so a retry
 * after a fault ends with the rows a run without the fault writes.
 */
export function appendTo(
  h: TableRead,
  values: (string | number)[][],
  years: ReadonlySet<string>,
  /** The status and trend columns may hold anybody's text (a forced rollover's unread cells). */
  rawAssessments = false,
): TableAppend | null {
  if (values.length === 0) return null;
  const at = historyPositions(h);
  const cell = (r: string[], i: number | undefined): string => (i === undefined ? "" : (r[i] ?? "").trim());
  // A cut-short write leaves at most the cells that travel with the added rows (year, status,
  // trend); a row holding anything else (a comment, a user column) is somebody's and stays.
  const travelled = new Set([at.year, at.status, at.trend]);
  const reusable = (r: string[]): boolean =>
    r.every((c) => c.trim() === "") ||
    (cell(r, at.id) === "" &&
      years.has(cell(r, at.year)) &&
      r.every((c, j) => travelled.has(j) || c.trim() === ""));
  let blank = 0;
  for (let i = h.body.length - 1; i >= 0 && reusable(h.body[i]); i--) blank++;
  const fill = Math.min(blank, values.length);
  const body = parseRange(h.bodyAddress);
  const line = h.header.map((_, j) => (j === at.year ? "0" : "@"));
  const unsafe = new Set(rawAssessments ? [at.id, at.comment, at.status, at.trend] : [at.id, at.comment]);
  return {
    table: HISTORY_TABLE,
    sheet: h.sheet,
    row: body.top + h.body.length - blank,
    col: body.left,
    add: values.length - fill,
    values,
    formats: values.map(() => line),
    safe: h.header.map((_, j) => !unsafe.has(j)),
    below: h.belowEmpty === true,
  };
}

/**
 * The body as it will be after `complete` and `append`, as cell text: for deciding the summary
 * from the same read.
 */
export function writtenBody(
  h: TableRead,
  complete: readonly CellWrite[],
  append: TableAppend | null,
): string[][] {
  const body = h.body.map((r) => [...r]);
  for (const w of complete) body[w.row][w.col] = w.value;
  if (append === null) return body;
  const kept = append.row - parseRange(h.bodyAddress).top;
  const added = append.values.map((r) => r.map(String));
  return [...body.slice(0, kept), ...added, ...body.slice(kept + added.length)];
}
