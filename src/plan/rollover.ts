// Rollover ("Nytt uppföljningsår") in a workbook, decided from one read. Pure: the Office.js
// adapter reads the goal table, the history table, the structure sheet's info table and the
// add-in's sheets, calls planRollover, and writes what it says in one write. The domain decides
// what moves (closingRows, src/domain/rollover.ts); this file decides where it goes:
// - the history table gets the closing year's rows appended (its blank rows at the end filled
//   first, as a load fills the goal table's); rows already there are never rewritten, except to
//   complete what a rollover cut short left (closingChanges);
// - the goal table loses only its status, trend and comment cells, every other column stays;
// - the year moves on where the workbook keeps it: the info table's year cell, and the goal
//   sheet's title while it still reads as the add-in wrote it (the document setting is the
//   pane's, saved after the write);
// - the summary sheet is drawn for the new state from the same read, so it never shows the
//   closed year's counts under the new year.
import { closingRows, idKey, ROLLOVER_EMPTIED, type HistoryRowChange, type Lang } from "../domain";
import { t } from "../i18n/adapterStrings";
import { cellAddress, parseCell, parseRange, rangeAddress } from "./a1";
import {
  issueAddress,
  planSummary,
  tableStructure,
  writableGoalTable,
  type AddressedIssue,
  type OwnedSheet,
} from "./goalTable";
import {
  appendTo,
  historyPositions,
  refused,
  tableRows,
  writableHistory,
  writtenBody,
  type TableAppend,
} from "./historyTable";
import { closingPlan, type ClosingPlan } from "./closing";
import { historyFieldHeader } from "./history";
import { normaliseHeader } from "./layout";
import { previousColumnsFor, rightOfTableFree, type PreviousColumnsPlan } from "./previousColumns";
import type { CellWrite } from "./merge";
import { refusal, type Decision, type TableRead, type WorkbookRead } from "./ownership";
import { INFO_ITEM_KEY } from "./structure";
import type { PlanValue } from "./types";

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
  history: TableRead;
  /** History cells of a rollover cut short, completed in place (body rows of the history table). */
  complete: CellWrite[];
  /** Body ranges of the goal table's status, trend and comment columns, on the goal sheet. */
  clear: string[];
  append: TableAppend | null;
  /** The last-year columns the goal table lacks, added after the emptied cells, before the summary. */
  previous: PreviousColumnsPlan | null;
  /** Written last, the year last of all: a rollover cut short before it is completed by a retry. */
  cells: CellSet[];
  summary: OwnedSheet | null;
  result: RolloverResult;
}

/** Issues of the validation listed in the refusal of a rollover, before "and N more". */
const LISTED_ERRORS = 3;

/**
 * A rollover's history rows against the rows the history holds for the closing year already. No
 * workbook holds such rows (the reader refuses a year not before the follow-up year) unless a
 * rollover was cut short: then each goal's row is completed from its cells where they still hold
 * something (the cells are emptied only after every row is written, a column at a time), and
 * the goals without a row are appended.
 */
function closingChanges(
  h: TableRead,
  rows: readonly HistoryRowChange[],
  closing: number,
  lang: Lang,
  raw: ClosingPlan["raw"],
): { append: (string | number)[][]; complete: CellWrite[]; cutShort: Set<number> } {
  const at = historyPositions(h);
  const cell = (r: string[], i: number | undefined): string => (i === undefined ? "" : (r[i] ?? "").trim());
  const held = new Map<string, number>();
  const cutShort = new Set<number>();
  h.body.forEach((r, i) => {
    if (cell(r, at.year) !== String(closing)) return;
    cutShort.add(i);
    const key = idKey(cell(r, at.id));
    if (key !== "" && !held.has(key)) held.set(key, i);
  });
  const wanted = tableRows(h, rows, lang);
  rows.forEach((r, n) => {
    const text = raw.get(r);
    for (const f of ["status", "trend"] as const) {
      const col = at[f];
      if (text?.[f] !== undefined && col !== undefined) wanted[n][col] = text[f];
    }
  });
  const append: (string | number)[][] = [];
  const complete: CellWrite[] = [];
  rows.forEach((r, n) => {
    const i = held.get(idKey(r.id.trim()));
    if (i === undefined) {
      append.push(wanted[n]);
      return;
    }
    for (const f of ["status", "trend", "comment"] as const) {
      const col = at[f];
      if (col === undefined) continue;
      const now = String(wanted[n][col]);
      if (now !== "" && now !== h.body[i][col]) complete.push({ row: i, col, value: now });
    }
  });
  return { append, complete, cutShort };
}

/** The runs [first, last] of consecutive body rows, in order. */
function rowRuns(rows: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** The info table's year row (0-based body row), when it has one. */
function yearRow(info: TableRead | null): number | null {
  if (info === null) return null;
  const labels = new Set((["sv", "en"] as const).map((l) => normaliseHeader(t(l, INFO_ITEM_KEY.year))));
  const i = info.body.findIndex((row) => labels.has(normaliseHeader(row[0] ?? "")));
  return i < 0 ? null : i;
}

function errorList(errors: readonly AddressedIssue[], lang: Lang): string {
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
  // The issues come with the structure, from the same pass as the validation's.
  const { structure, issues } = tableStructure(table);
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
  // Which rows close, and what an unreadable cell leaves in the history, as the CLI decides it.
  // Goals sharing an ID are refused even when confirmed: the confirmation cannot tell them apart.
  const plan = closingPlan(table, issues, closing.rows);
  if (plan.repeated.length > 0)
    return refused(refusal("invalid-input", "xl.rollover.duplicateIds", { ids: plan.repeated.join(", ") }));
  const held = historyPositions(history.value);
  const lost = (["status", "trend", "comment"] as const).filter(
    (f) => table.columns[f] !== undefined && held[f] === undefined,
  );
  if (lost.length > 0)
    return refused(
      refusal("header-missing", "xl.rollover.historyColumns", {
        sheet: history.value.sheet,
        fields: lost.map((f) => historyFieldHeader(f, table.lang)).join(", "),
      }),
    );
  const changes = closingChanges(history.value, plan.rows, closing.closing, table.lang, plan.raw);
  // What a rollover cut short left (rows for the closing year) is completed, not an error.
  const errors = issues
    .filter(
      (i) => i.severity === "error" && !(i.history !== undefined && changes.cutShort.has(i.history.row)),
    )
    .map((i): AddressedIssue => ({ ...i, address: issueAddress(table, i) }));
  if (errors.length > 0 && !force)
    return {
      ok: false,
      refusal: {
        code: "validation-errors",
        messages: {
          sv: t("sv", "xl.rollover.errors", { count: errors.length, list: errorList(errors, "sv") }),
          en: t("en", "xl.rollover.errors", { count: errors.length, list: errorList(errors, "en") }),
        },
      },
    };

  const top = parseCell(goals.topLeft);
  const body = parseRange(goals.bodyAddress);
  const emptied = ROLLOVER_EMPTIED.map((k) => table.columns[k]).filter((c): c is number => c !== undefined);
  // Only the rows of the goals whose year moved into the history: a row of an official's own
  // without a goal ID (a note) keeps its cells.
  const goalRows = plan.clear;
  const clear = rowRuns(goalRows).flatMap(([first, last]) =>
    emptied.map((c) => rangeAddress(body.top + first, top.col + c, body.top + last, top.col + c)),
  );
  const append = appendTo(
    history.value,
    changes.append,
    new Set([String(closing.closing)]),
    plan.raw.size > 0,
  );

  const infoTop = parseCell(info.topLeft);
  const cells: CellSet[] = [];
  const titleOf = (y: number): string =>
    t(table.lang, "wb.goals.title", { organisation: structure.organisation, year: y });
  const goalSheet = read.sheets.get(goals.sheet);
  if (goalSheet && goalSheet.top?.[0]?.[0] === titleOf(closing.closing) && !goalSheet.protected)
    cells.push({ sheet: goals.sheet, cell: "A1", value: titleOf(year), format: "@" });
  const yearCell = cellAddress(infoTop.row + 1 + row, infoTop.col + 1);
  cells.push({ sheet: info.sheet, cell: yearCell, value: year, format: "0" });

  // The summary of the workbook as this write leaves it, decided from the same read.
  const after: WorkbookRead = {
    ...read,
    goals: {
      ...goals,
      body: goals.body.map((r, i) => (goalRows.has(i) ? r.map((v, j) => (emptied.includes(j) ? "" : v)) : r)),
    },
    info: {
      ...info,
      body: info.body.map((r, i) => (i === row ? [r[0] ?? "", String(year), ...r.slice(2)] : r)),
    },
    history: { ...history.value, body: writtenBody(history.value, changes.complete, append) },
  };
  // With the last-year columns the history now calls for (src/plan/previousColumns.ts), so the
  // summary drawn by this write compares live.
  const previous = previousColumnsFor(read, after, rightOfTableFree(read, goals));
  const summary = planSummary(previous.read, lang);
  return {
    ok: true,
    value: {
      goals,
      history: history.value,
      complete: changes.complete,
      clear,
      append,
      previous: previous.plan,
      cells,
      summary: summary.ok ? summary.value.sheet : null,
      result: {
        closing: closing.closing,
        year: closing.year,
        goals: plan.rows.length,
        overriddenErrors: errors.length,
        summarySheet: summary.ok ? summary.value.sheet.target.name : null,
      },
    },
  };
}
