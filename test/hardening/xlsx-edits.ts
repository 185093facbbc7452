// An official's edits (test/corpus/cases.ts `Edit`) carried out with ExcelJS on the .xlsx the CLI
// wrote, so that the CLI can read the same odd states the adapter meets in Excel. Edits that change
// the table's shape rebuild the table object from its cells, as Excel would store the result.
import ExcelJS from "exceljs";
import type { ColumnKey, Lang } from "../../src/domain";
import { GOAL_TABLE } from "../../src/plan";
import type { Edit, RowRef } from "../corpus/cases";
import { keyOfHeader, sheetName } from "./emulator-edits";

interface TableSpot {
  ws: ExcelJS.Worksheet;
  top: number;
  left: number;
  header: string[];
  /** Body values as ExcelJS holds them (formulas stay formulas). */
  rows: ExcelJS.CellValue[][];
}

interface LoadedTableModel {
  table?: { name?: string; tableRef?: string; ref?: string };
}

function col(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function findGoalTable(wb: ExcelJS.Workbook): TableSpot {
  let spot: TableSpot | null = null;
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as LoadedTableModel[]) {
      const m = t.table;
      const ref = m?.tableRef ?? m?.ref;
      if (!m?.name || !ref || m.name.toLowerCase() !== GOAL_TABLE.toLowerCase()) continue;
      const r = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
      if (!r) continue;
      const left = col(r[1]);
      const right = col(r[3]);
      const top = Number(r[2]);
      const bottom = Number(r[4]);
      const header: string[] = [];
      for (let c = left; c <= right; c++) header.push(String(ws.getCell(top, c).value ?? ""));
      const rows: ExcelJS.CellValue[][] = [];
      for (let row = top + 1; row <= bottom; row++) {
        const values: ExcelJS.CellValue[] = [];
        for (let c = left; c <= right; c++) values.push(ws.getCell(row, c).value);
        rows.push(values);
      }
      spot = { ws, top, left, header, rows };
    }
  });
  if (!spot) throw new Error("the goal table is not there");
  return spot;
}

function columnOf(t: TableSpot, key: ColumnKey): number {
  const i = t.header.findIndex((h) => keyOfHeader(h) === key);
  if (i < 0) throw new Error(`no ${key} column`);
  return i;
}

function rowOf(t: TableSpot, at: RowRef): number {
  if ("row" in at) return at.row;
  const idCol = columnOf(t, "id");
  const i = t.rows.findIndex((r) => String(r[idCol] ?? "") === at.goal);
  if (i < 0) throw new Error(`no row for goal ${at.goal}`);
  return i;
}

function clearCells(t: TableSpot, width: number, height: number): void {
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) t.ws.getCell(t.top + r, t.left + c).value = null;
}

/** Removes the table object and writes a new one with the same name at the same place. */
function rebuild(t: TableSpot, header: string[], rows: ExcelJS.CellValue[][]): void {
  t.ws.removeTable(GOAL_TABLE);
  clearCells(t, Math.max(t.header.length, header.length), Math.max(t.rows.length, rows.length) + 1);
  const body = rows.length > 0 ? rows : [header.map(() => null)];
  t.ws.addTable({
    name: GOAL_TABLE,
    ref: t.ws.getCell(t.top, t.left).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: header.map((name) => ({ name, filterButton: true })),
    rows: body,
  });
}

function rowCells(t: TableSpot, cells: Partial<Record<ColumnKey, string>>): ExcelJS.CellValue[] {
  return t.header.map((h) => {
    const k = keyOfHeader(h);
    return k ? (cells[k] ?? "") : "";
  });
}

/** A value typed into a General cell: "=…" becomes a formula, anything else stays as typed. */
function typed(value: string): ExcelJS.CellValue {
  return value.startsWith("=") ? ({ formula: value.slice(1) } as ExcelJS.CellFormulaValue) : value;
}

function roleSheet(
  wb: ExcelJS.Workbook,
  t: TableSpot,
  role: "goals" | "summary",
  lang: Lang,
): ExcelJS.Worksheet {
  if (role === "goals") return t.ws;
  const ws = wb.getWorksheet(sheetName("summary", lang));
  if (!ws) throw new Error("no summary sheet");
  return ws;
}

export async function applyXlsxEdit(wb: ExcelJS.Workbook, edit: Edit, lang: Lang): Promise<void> {
  const t = findGoalTable(wb);
  switch (edit.op) {
    case "setCell":
      t.ws.getCell(t.top + 1 + rowOf(t, edit.at), t.left + columnOf(t, edit.column)).value = edit.value;
      return;
    case "deleteTable":
      t.ws.removeTable(GOAL_TABLE);
      clearCells(t, t.header.length, t.rows.length + 1);
      return;
    case "convertToRange":
      t.ws.removeTable(GOAL_TABLE);
      return;
    case "renameHeader": {
      const header = [...t.header];
      header[columnOf(t, edit.column)] = edit.to;
      rebuild(t, header, t.rows);
      return;
    }
    case "reorderColumns": {
      const order = edit.order.map((k) => columnOf(t, k));
      const perm = [...order, ...t.header.map((_, i) => i).filter((i) => !order.includes(i))];
      rebuild(
        t,
        perm.map((i) => t.header[i]),
        t.rows.map((r) => perm.map((i) => r[i])),
      );
      return;
    }
    case "merge": {
      const ws = roleSheet(wb, t, edit.sheet, lang);
      const first = edit.range.split(":")[0];
      ws.mergeCells(edit.range);
      if (edit.value !== undefined) ws.getCell(first).value = edit.value;
      return;
    }
    case "filter": {
      const c = columnOf(t, edit.column);
      t.rows.forEach((r, i) => {
        if (!edit.keep.includes(String(r[c] ?? ""))) t.ws.getRow(t.top + 1 + i).hidden = true;
      });
      return;
    }
    case "emptyTable":
      rebuild(t, t.header, []);
      return;
    case "protect":
      await roleSheet(wb, t, edit.sheet, lang).protect("", {});
      return;
    case "appendRows": {
      const rows = [...t.rows];
      for (let i = 0; i < edit.count; i++) rows.push(rowCells(t, edit.row(i)));
      rebuild(t, t.header, rows);
      return;
    }
    case "addUserColumn": {
      const at = Math.min(edit.at ?? t.header.length, t.header.length);
      const insert = <T>(list: T[], value: T): T[] => [...list.slice(0, at), value, ...list.slice(at)];
      rebuild(
        t,
        insert(t.header, edit.header),
        t.rows.map((r, i) => insert(r, typed(edit.values(i)))),
      );
      return;
    }
    case "insertRow": {
      const rows = [...t.rows];
      rows.splice(edit.at, 0, rowCells(t, edit.cells));
      rebuild(t, t.header, rows);
      return;
    }
    case "setOutside":
      t.ws.getCell(edit.address).value = edit.value;
      return;
    case "renameSheet":
      t.ws.name = edit.to;
      return;
    case "deleteSheet":
      wb.removeWorksheet(roleSheet(wb, t, edit.sheet, lang).id);
      return;
  }
}
