// The history sheet ("Historik" / "Goal history": Excel reserves "History"): every goal's earlier years' assessments in one
// table, Maluppfoljning_Historik (year | goal ID | status | trend | comment), one row per goal
// and year, sorted by year, then in goal order. The sheet is the add-in's, but unlike the
// summary and structure sheets a load never draws it again once it exists: a load or a merge
// creates it only when the workbook has no history table (src/plan/ownership.ts,
// resolveHistorySheet), because the history is what earlier years left, not part of the
// structure being loaded. Only a rollover (the closing year's rows appended) and a history import
// change its table afterwards (src/plan/rollover.ts, historyImport.ts). Read back by
// src/plan/read.ts into each goal's `history`.
import {
  HISTORY_FIELDS,
  statusLabel,
  trendLabel,
  type GoalStructure,
  type HistoryEntry,
  type HistoryField,
  type Lang,
} from "../domain";
import { t, type StringKey } from "../i18n";
import { rangeAddress } from "./a1";
import { NOTE_FONT } from "./colors";
import { HISTORY_TABLE, block, fitWidth, headerRowFormat, letters, numericFormats } from "./layout";
import type { CellBlock, ColumnPlan, PlanValue, RangeFormat, SheetPlan, TablePlan } from "./types";

/** The row of the table's header: below the title, the intro and one blank row. */
export const HISTORY_HEADER_ROW = 4;

const HEADER_KEY: Record<HistoryField, StringKey> = {
  year: "wb.structure.year",
  id: "wb.col.id",
  status: "wb.col.status",
  trend: "wb.col.trend",
  comment: "wb.col.comment",
};

export function historyFieldHeader(field: HistoryField, lang: Lang): string {
  return t(lang, HEADER_KEY[field]);
}

/** Widths in characters: [min, max] per column; the comment wraps. */
const WIDTH: Record<HistoryField, [number, number]> = {
  year: [8, 8],
  id: [10, 24],
  status: [10, 16],
  trend: [10, 16],
  comment: [30, 80],
};

/** One body row of the table (year | goal ID | status | trend | comment), labels in `lang`. */
export function historyRow(id: string, e: HistoryEntry, lang: Lang): PlanValue[] {
  return [
    e.year,
    id,
    e.status === null ? null : statusLabel(e.status, lang),
    e.trend === null ? null : trendLabel(e.trend, lang),
    // An empty comment is an empty cell, never "" (Office.js and ExcelJS write "" differently).
    e.comment === undefined || e.comment === "" ? null : e.comment,
  ];
}

/** The table's body rows: by year, then in goal (structure) order. */
export function historyRows(structure: GoalStructure, lang: Lang): PlanValue[][] {
  const entries: { year: number; order: number; row: PlanValue[] }[] = [];
  let order = 0;
  for (const p of structure.programs)
    for (const a of p.areas)
      for (const g of a.goals) {
        for (const e of g.history ?? [])
          entries.push({ year: e.year, order, row: historyRow(g.id, e, lang) });
        order += 1;
      }
  entries.sort((x, y) => x.year - y.year || x.order - y.order);
  return entries.map((e) => e.row);
}

/**
 * The history sheet's frozen header rows and print setup. A merge puts them back on the add-in's
 * history sheet without touching its cells (a host may have refused them when the sheet was made).
 */
export const HISTORY_VIEW: Pick<SheetPlan, "freezeRows" | "print"> = {
  freezeRows: HISTORY_HEADER_ROW,
  print: {
    orientation: "portrait",
    fitToWidth: true,
    titleRows: `${HISTORY_HEADER_ROW}:${HISTORY_HEADER_ROW}`,
  },
};

export function buildHistorySheet(structure: GoalStructure, lang: Lang): SheetPlan {
  const blocks: CellBlock[] = [
    block(1, 1, [[t(lang, "wb.history.title")]]),
    block(2, 1, [[t(lang, "wb.history.intro")]]),
  ];
  const formats: RangeFormat[] = [
    { range: "A1", format: { bold: true, fontSize: 14, wrap: false } },
    { range: "A2", format: { italic: true, fontColor: NOTE_FONT, wrap: false } },
  ];
  const columns = HISTORY_FIELDS.map((f) => historyFieldHeader(f, lang));
  const rows = historyRows(structure, lang);
  // Excel needs a body row: an empty history is one row of empty cells (the reader skips it).
  const body = rows.length > 0 ? rows : [columns.map(() => null)];
  const top = HISTORY_HEADER_ROW;
  const table: TablePlan = {
    name: HISTORY_TABLE,
    range: rangeAddress(top, 1, top + body.length, columns.length),
    columns,
    rows: body,
    style: "TableStyleLight1",
    showRowStripes: true,
  };
  formats.push(headerRowFormat(rangeAddress(top, 1, top, columns.length)));
  formats.push(...numericFormats([], [table]));

  const columnPlans: ColumnPlan[] = letters(columns.length).map((column, j) => {
    const field = HISTORY_FIELDS[j];
    const [min, max] = WIDTH[field];
    const texts = [...columns[j].split(" "), ...body.map((r) => (r[j] === null ? "" : String(r[j])))];
    return {
      column,
      width: fitWidth(texts, min, max),
      format: { numberFormat: "@", vertical: "top", wrap: field === "comment" },
    };
  });

  return {
    name: t(lang, "wb.sheet.history"),
    role: "history",
    columns: columnPlans,
    blocks,
    tables: [table],
    formats,
    validations: [],
    conditionalFormats: [],
    merges: [],
    rowHeights: [],
    autoRowHeights: true,
    names: [],
    ...HISTORY_VIEW,
  };
}
