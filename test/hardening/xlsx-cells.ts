// Reading cells back from an .xlsx with ExcelJS, independently of the product's reader: the goal
// table is found by its name and its columns by the header labels, so a reader bug cannot hide a
// writer bug.
import ExcelJS from "exceljs";
import type { ColumnKey, Lang } from "../../src/domain";
import { GOAL_COLUMN_KEYS, GOAL_TABLE, goalHeader } from "../../src/plan";
import { foreignFormula } from "./invariants";

export interface XlsxCell {
  address: string;
  /** ExcelJS's value type name: "String", "Formula", "Number", "RichText", … */
  type: string;
  value: unknown;
  formula: string | undefined;
}

export interface XlsxGoalTable {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  firstCol: number;
  lastRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** Body row number (1-based sheet row) by goal id. */
  rowOf: Map<string, number>;
}

const TYPE_NAMES = new Map<number, string>(
  Object.entries(ExcelJS.ValueType)
    .filter(([, v]) => typeof v === "number")
    .map(([k, v]) => [v as number, k]),
);

export function describeCell(cell: ExcelJS.Cell): XlsxCell {
  return {
    address: cell.address,
    type: TYPE_NAMES.get(cell.type) ?? String(cell.type),
    value: cell.value,
    formula: cell.formula || undefined,
  };
}

interface LoadedTableModel {
  table?: { name?: string; tableRef?: string; ref?: string };
}

function decodeRef(ref: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`unexpected table ref ${ref}`);
  const col = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { left: col(m[1]), top: Number(m[2]), right: col(m[3]), bottom: Number(m[4]) };
}

/** The goal table of a loaded workbook, found by name; null when it is not there. */
export function goalTable(wb: ExcelJS.Workbook, lang: Lang): XlsxGoalTable | null {
  let found: XlsxGoalTable | null = null;
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as LoadedTableModel[]) {
      const model = t.table;
      const ref = model?.tableRef ?? model?.ref;
      if (!model?.name || !ref || model.name.toLowerCase() !== GOAL_TABLE.toLowerCase()) continue;
      const r = decodeRef(ref);
      const columns: Partial<Record<ColumnKey, number>> = {};
      for (let c = r.left; c <= r.right; c++) {
        const text = String(ws.getCell(r.top, c).value ?? "");
        const key = GOAL_COLUMN_KEYS.find((k) => goalHeader(k, lang) === text);
        if (key) columns[key] = c;
      }
      const rowOf = new Map<string, number>();
      if (columns.id !== undefined) {
        for (let row = r.top + 1; row <= r.bottom; row++) {
          const id = ws.getCell(row, columns.id).value;
          if (typeof id === "string" && id !== "") rowOf.set(id, row);
        }
      }
      found = { ws, headerRow: r.top, firstCol: r.left, lastRow: r.bottom, columns, rowOf };
    }
  });
  return found;
}

export async function loadXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The goal-table cell of goal `id` in column `key`. */
export function goalCell(t: XlsxGoalTable, id: string, key: ColumnKey): XlsxCell | null {
  const row = t.rowOf.get(id);
  const col = t.columns[key];
  if (row === undefined || col === undefined) return null;
  return describeCell(t.ws.getCell(row, col));
}

/** Every formula cell in the workbook whose formula the add-in could not have written. */
export function foreignFormulas(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const f = cell.formula;
        if (!f) return;
        const why = foreignFormula(f);
        if (why) out.push(`${ws.name}!${cell.address}: =${f} (${why})`);
      });
    });
  });
  return out;
}

/** Formula cells anywhere on the goal sheet (the add-in writes none there). */
export function formulasOnSheet(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.formula) out.push(`${ws.name}!${cell.address}: =${cell.formula}`);
    });
  });
  return out;
}
