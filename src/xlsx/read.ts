/* eslint-disable office-addins/load-object-before-read --
   these rules are for Office.js proxies; this file works on ExcelJS objects, which hold their
   data in memory. */
// Reads the goal table (and the structure and history tables) back from an .xlsx file with ExcelJS, as cell
// text, then hands them to the pure reader in src/plan/read.ts. Tables are found by name; when
// the goal table was renamed, any table whose header holds the required goal columns is used.
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { GOAL_COLUMNS, type GoalColumns } from "../domain";
import {
  AREA_TABLE,
  GOAL_TABLE,
  HISTORY_TABLE,
  INDICATOR_TABLE,
  INFO_TABLE,
  PROGRAM_TABLE,
  cellAddress,
  looksLikeGoalTable,
  parseRange,
  rangeAddress,
  readWorkbookTables,
  type ReadTablesResult,
  type TableData,
  type WorkbookTables,
} from "../plan";

/** What ExcelJS keeps of a loaded table (its typings do not describe it). */
interface LoadedTable {
  table?: { name?: string; tableRef?: string; ref?: string; totalsRow?: boolean };
}

/** The text a cell shows, for any ExcelJS cell value. Formulas give their cached result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join("");
    if ("error" in value) return String(value.error);
    if ("formula" in value || "sharedFormula" in value) {
      return cellText((value as { result?: ExcelJS.CellValue }).result);
    }
    if ("text" in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  }
  return "";
}

function tableData(ws: ExcelJS.Worksheet, ref: string): TableData {
  const r = parseRange(ref);
  const rowText = (row: number): string[] => {
    const out: string[] = [];
    const xrow = ws.getRow(row);
    for (let c = r.left; c <= r.right; c++) out.push(cellText(xrow.getCell(c).value));
    return out;
  };
  const body: string[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) body.push(rowText(row));
  return { sheet: ws.name, topLeft: cellAddress(r.top, r.left), header: rowText(r.top), body };
}

interface FoundTable {
  ws: ExcelJS.Worksheet;
  name: string;
  ref: string;
}

function allTables(wb: ExcelJS.Workbook): FoundTable[] {
  const out: FoundTable[] = [];
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as LoadedTable[]) {
      const model = t.table;
      const ref = model?.tableRef ?? model?.ref;
      if (!model?.name || !ref || !ref.includes(":")) continue;
      // A totals row a user switched on ("Summa", a count) is no goal: read the body above it.
      const r = parseRange(ref);
      const body =
        model.totalsRow === true && r.bottom > r.top
          ? rangeAddress(r.top, r.left, r.bottom - 1, r.right)
          : ref;
      out.push({ ws, name: model.name, ref: body });
    }
  });
  return out;
}

/**
 * The tables of a loaded workbook, or null when there is no goal table. `columns`: the goal
 * columns a renamed goal table is recognised by (default GOAL_COLUMNS).
 */
export function workbookTables(
  wb: ExcelJS.Workbook,
  columns: GoalColumns = GOAL_COLUMNS,
): WorkbookTables | null {
  const tables = allTables(wb);
  // Excel table names are case-insensitive.
  const byName = (name: string): FoundTable | undefined =>
    tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const data = (t: FoundTable | undefined): TableData | null => (t ? tableData(t.ws, t.ref) : null);

  let goals = data(byName(GOAL_TABLE));
  if (!goals) {
    for (const t of tables) {
      const d = tableData(t.ws, t.ref);
      if (looksLikeGoalTable(d.header, columns)) {
        goals = d;
        break;
      }
    }
  }
  if (!goals) return null;
  return {
    goals,
    info: data(byName(INFO_TABLE)),
    programs: data(byName(PROGRAM_TABLE)),
    areas: data(byName(AREA_TABLE)),
    history: data(byName(HISTORY_TABLE)),
    indicators: data(byName(INDICATOR_TABLE)),
  };
}

/**
 * Why bytes are not a workbook ExcelJS can open: `empty`, `not-zip` (an .xlsx is a zip archive, so
 * e.g. a text file given an .xlsx name) or `damaged` (a zip that ExcelJS could not read as a
 * workbook). `detail` is ExcelJS's or JSZip's own message, for debugging only: it is English and
 * names library internals, so it is not for users.
 */
export class NotXlsxError extends Error {
  constructor(
    readonly kind: "empty" | "not-zip" | "damaged",
    readonly detail: string,
  ) {
    super(`not an .xlsx workbook (${kind}): ${detail}`);
    this.name = "NotXlsxError";
  }
}

// A zip archive starts with a local file header, or (when it has no entries) the end record.
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

/** Opens a workbook from a path or bytes; NotXlsxError when the bytes are not a readable .xlsx. */
export async function loadWorkbook(input: string | Buffer): Promise<ExcelJS.Workbook> {
  const bytes = typeof input === "string" ? await fs.readFile(input) : input;
  if (bytes.length === 0) throw new NotXlsxError("empty", "0 bytes");
  if (!ZIP_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) {
    throw new NotXlsxError("not-zip", "no zip signature");
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new NotXlsxError("damaged", e instanceof Error ? e.message : String(e));
  }
  return wb;
}

export type ReadGoalRowsResult = ReadTablesResult | { ok: false; missing: null };

/**
 * Reads the goal rows, the reference structure, the workbook's language and the cell address of
 * every row and column. `{ ok: false, missing: null }` when the file has no goal table;
 * `{ ok: false, missing: [...] }` when required columns are missing. Throws NotXlsxError when the
 * bytes are not a readable .xlsx (and the file system's error when a path cannot be read).
 * `columns`: the goal columns to read (default GOAL_COLUMNS).
 */
export async function readGoalRowsFromXlsx(
  input: string | Buffer,
  columns: GoalColumns = GOAL_COLUMNS,
): Promise<ReadGoalRowsResult> {
  const wb = await loadWorkbook(input);
  const tables = workbookTables(wb, columns);
  if (!tables) return { ok: false, missing: null };
  return readWorkbookTables(tables, columns);
}
