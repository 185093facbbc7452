// The indicator table of a workbook loaded with ExcelJS, cell by (goal ID, indicator ID, year): for
// tests that edit indicator values as an official would, and read them back.
import ExcelJS from "exceljs";
import { INDICATOR_TABLE } from "../../src/plan/layout";

interface LoadedTable {
  table?: { name?: string; tableRef?: string; ref?: string };
}

export function indicatorCells(wb: ExcelJS.Workbook): {
  ws: ExcelJS.Worksheet;
  /** "goal/indicator" of every body row, in order. */
  rows: string[];
  cell(goalId: string, indicator: string, year: number): ExcelJS.Cell;
} {
  for (const ws of wb.worksheets) {
    for (const tb of ws.getTables() as unknown as LoadedTable[]) {
      if (tb.table?.name !== INDICATOR_TABLE) continue;
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(tb.table.tableRef ?? tb.table.ref ?? "");
      if (!m) continue;
      const top = Number(m[2]);
      const bottom = Number(m[4]);
      const left = ws.getColumn(m[1]).number;
      const width = ws.getColumn(m[3]).number - left + 1;
      const header = Array.from({ length: width }, (_, j) => String(ws.getCell(top, left + j).value ?? ""));
      const rows: string[] = [];
      for (let r = top + 1; r <= bottom; r++)
        rows.push(
          `${String(ws.getCell(r, left).value ?? "")}/${String(ws.getCell(r, left + 1).value ?? "")}`,
        );
      return {
        ws,
        rows,
        cell: (goalId, indicator, year) => {
          const r = rows.indexOf(`${goalId}/${indicator}`);
          const c = header.indexOf(String(year));
          if (r < 0 || c < 0) throw new Error(`no indicator cell for ${goalId} / ${indicator} / ${year}`);
          return ws.getCell(top + 1 + r, left + c);
        },
      };
    }
  }
  throw new Error("no indicator table");
}
