/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these rules are for Office.js proxies; this file works on ExcelJS objects, which hold their
   data in memory. */
// The split workbook's record of what it was sent with (src/plan/sent.ts), on a very hidden sheet:
// written as text cells ("@", string values, so nothing becomes a number or a formula) and read
// back as cell text.
import ExcelJS from "exceljs";
import { SENT_SHEET, readSentGrid, sentGrid, type SentRecord } from "../plan/sent";
import { cellText } from "./read";

const TEXT_STYLE: Partial<ExcelJS.Style> = { numFmt: "@" };

/** Adds the record as the last sheet of `wb`, very hidden (only a macro or a tool shows it). */
export function addSentSheet(wb: ExcelJS.Workbook, record: SentRecord): ExcelJS.Worksheet {
  const grid = sentGrid(record);
  const ws = wb.addWorksheet(SENT_SHEET, { state: "veryHidden" });
  const width = Math.max(...grid.map((r) => r.length));
  for (let c = 1; c <= width; c++) ws.getColumn(c).style = TEXT_STYLE;
  grid.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.style = TEXT_STYLE;
      if (v !== "") cell.value = v;
    });
  });
  return ws;
}

/** The record's sheet as a grid of cell text, or null when the workbook has none. */
export function sentSheetGrid(wb: ExcelJS.Workbook): string[][] | null {
  const ws = wb.worksheets.find((w) => w.name.toLowerCase() === SENT_SHEET.toLowerCase());
  if (ws === undefined) return null;
  const grid: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: string[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++)
      values.push(cellText(row.getCell(c).value));
    grid.push(values);
  }
  return grid;
}

/** The record of a loaded workbook, or null when it has none (or one that cannot be read). */
export function readSentSheet(wb: ExcelJS.Workbook): SentRecord | null {
  const grid = sentSheetGrid(wb);
  return grid === null ? null : readSentGrid(grid);
}
