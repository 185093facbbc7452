// Reads the tables of one of our workbooks (.xlsx) in the browser: JSZip for the archive, the
// host's DOMParser for the parts, no ExcelJS (its browser build evaluates strings, which the task
// pane's CSP refuses, and src/xlsx/ needs Node). It gives the same grids of cell text that
// workbookTables in src/xlsx/read.ts gives the CLI (test/xlsxlite/parity.test.ts compares them),
// so the pure reader in src/plan/read.ts sees one workbook the same way in both shells. Tables
// are found by name; when the goal table was renamed, any table whose header holds the required
// goal columns is used. Only the sheets that hold a table are parsed.
import { GOAL_COLUMNS, type GoalColumns } from "../domain/columns";
import { cellAddress, parseRange, type RangeRef } from "../plan/a1";
import {
  AREA_TABLE,
  GOAL_TABLE,
  HISTORY_TABLE,
  INDICATOR_TABLE,
  INFO_TABLE,
  PROGRAM_TABLE,
} from "../plan/layout";
import { SENT_SHEET } from "../plan/sent";
import { looksLikeGoalTable, type TableData, type WorkbookTables } from "../plan/read";
import { cellText, dateStyles, sharedStrings, type CellContext } from "./cells";
import { NotWorkbookError, openPackage, type Package, type Relationship } from "./package";
import { attr, child, children, domParser, relId, type XmlParser } from "./xml";

export { NotWorkbookError, type NotWorkbookKind } from "./package";

/** Cells one table may span: a table ref over whole columns would otherwise fill the memory. */
export const MAX_TABLE_CELLS = 5_000_000;

export interface ReadOptions {
  /** The browser's DOMParser by default. */
  parse?: XmlParser;
  /** The goal columns a renamed goal table is recognised by (default GOAL_COLUMNS). */
  columns?: GoalColumns;
  /** What the parts read may inflate to in all (default MAX_INFLATED_BYTES); tests lower it. */
  maxInflatedBytes?: number;
}

interface FoundTable {
  sheet: SheetRef;
  name: string;
  range: RangeRef;
}

interface SheetRef {
  name: string;
  part: string;
}

/** A sheet's cells as text, by row and column (1-based), only within the given ranges. */
type Grid = Map<number, Map<number, string>>;

const DEFAULT_WORKBOOK = "xl/workbook.xml";

/** "AB12" → column 28, row 12; null for anything else. */
function cellPosition(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function byId(rels: readonly Relationship[]): Map<string, Relationship> {
  return new Map(rels.map((r) => [r.id, r]));
}

/** The cells of `sheet` that lie within `ranges`, as text. */
function readGrid(root: Element, ranges: readonly RangeRef[], ctx: CellContext): Grid {
  const grid: Grid = new Map();
  const top = Math.min(...ranges.map((r) => r.top));
  const bottom = Math.max(...ranges.map((r) => r.bottom));
  const inside = (row: number, col: number): boolean =>
    ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
  const data = child(root, "sheetData");
  if (data === null) return grid;
  let rowNumber = 0;
  for (const row of children(data, "row")) {
    // Rows and cells without a reference follow the one before (the schema allows leaving it out).
    const r = Number(attr(row, "r") ?? NaN);
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    if (rowNumber < top || rowNumber > bottom) continue;
    let col = 0;
    let cells: Map<number, string> | undefined;
    for (const c of children(row, "c")) {
      const at = cellPosition(attr(c, "r") ?? "");
      col = at === null ? col + 1 : at.col;
      if (!inside(rowNumber, col)) continue;
      const text = cellText(c, ctx);
      if (text === "") continue;
      if (cells === undefined) {
        cells = grid.get(rowNumber) ?? new Map<number, string>();
        grid.set(rowNumber, cells);
      }
      cells.set(col, text);
    }
  }
  return grid;
}

function tableData(grid: Grid, sheet: string, r: RangeRef): TableData {
  const rowText = (row: number): string[] => {
    const cells = grid.get(row);
    const out: string[] = [];
    for (let c = r.left; c <= r.right; c++) out.push(cells?.get(c) ?? "");
    return out;
  };
  const body: string[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) body.push(rowText(row));
  return { sheet, topLeft: cellAddress(r.top, r.left), header: rowText(r.top), body };
}

/** Every table of the workbook with a name and a range of more than one cell, sheet by sheet. */
async function findTables(pkg: Package, workbookPart: string, workbook: Element): Promise<FoundTable[]> {
  const rels = byId(await pkg.rels(workbookPart));
  const out: FoundTable[] = [];
  for (const sheet of children(child(workbook, "sheets") ?? workbook, "sheet")) {
    const rel = rels.get(relId(sheet) ?? "");
    if (!rel || rel.type !== "worksheet" || rel.target === null) continue;
    const ref: SheetRef = { name: attr(sheet, "name") ?? "", part: rel.target };
    for (const t of await pkg.rels(rel.target)) {
      if (t.type !== "table" || t.target === null) continue;
      const table = await pkg.xml(t.target);
      if (table === null) continue;
      const name = attr(table, "name") ?? attr(table, "displayName") ?? "";
      const range = attr(table, "ref") ?? "";
      if (name === "" || !range.includes(":")) continue;
      let parsed: RangeRef;
      try {
        parsed = parseRange(range);
      } catch {
        continue;
      }
      // A totals row a user switched on ("Summa", a count) is no goal: read the body above it.
      const totals = Number(attr(table, "totalsRowCount") ?? "0");
      if (Number.isInteger(totals) && totals > 0 && parsed.bottom - totals >= parsed.top)
        parsed = { ...parsed, bottom: parsed.bottom - totals };
      if ((parsed.bottom - parsed.top + 1) * (parsed.right - parsed.left + 1) > MAX_TABLE_CELLS)
        throw new NotWorkbookError("too-large", `table ${name} spans ${range}`);
      out.push({ sheet: ref, name, range: parsed });
    }
  }
  return out;
}

async function cellContext(pkg: Package, workbookPart: string, workbook: Element): Promise<CellContext> {
  const rels = await pkg.rels(workbookPart);
  const target = (type: string): string | null => rels.find((r) => r.type === type)?.target ?? null;
  const stringsPart = target("sharedStrings");
  const stylesPart = target("styles");
  const pr = child(workbook, "workbookPr");
  const date1904 = pr !== null && ["1", "true"].includes(attr(pr, "date1904") ?? "");
  return {
    shared: sharedStrings(stringsPart === null ? null : await pkg.xml(stringsPart)),
    dateStyles: dateStyles(stylesPart === null ? null : await pkg.xml(stylesPart)),
    date1904,
  };
}

/**
 * The tables of the workbook in `bytes`, or null when it has no goal table. Throws
 * NotWorkbookError when the bytes are no readable .xlsx.
 */
export async function readXlsxTables(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<WorkbookTables | null> {
  const book = await openWorkbook(bytes, options);
  return tablesOf(book, options.columns ?? GOAL_COLUMNS);
}

interface OpenWorkbook {
  pkg: Package;
  workbookPart: string;
  workbook: Element;
}

async function openWorkbook(bytes: Uint8Array | ArrayBuffer, options: ReadOptions): Promise<OpenWorkbook> {
  const pkg = await openPackage(
    bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes),
    options.parse ?? domParser,
    options.maxInflatedBytes,
  );
  const office = (await pkg.rels("")).find((r) => r.type === "officeDocument" && r.target !== null);
  const workbookPart = office?.target ?? DEFAULT_WORKBOOK;
  const workbook = await pkg.xml(workbookPart);
  if (workbook === null || workbook.localName !== "workbook")
    throw new NotWorkbookError("not-workbook", `no workbook part at ${workbookPart}`);
  return { pkg, workbookPart, workbook };
}

/** Rows and columns the record's sheet is read within: far beyond any split's goal count. */
const SENT_RANGE: RangeRef = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };

/**
 * A workbook `split` sent out, as `collect` reads it: its tables and the very hidden sheet's record
 * of what it was sent with (src/plan/sent.ts) as a grid of cell text, the same grid sentSheetGrid
 * in src/xlsx/sent.ts gives the CLI; null when the workbook has no such sheet.
 */
export async function readXlsxReturn(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<{ tables: WorkbookTables | null; sent: string[][] | null }> {
  const book = await openWorkbook(bytes, options);
  const tables = await tablesOf(book, options.columns ?? GOAL_COLUMNS);
  const { pkg, workbookPart, workbook } = book;
  const rels = byId(await pkg.rels(workbookPart));
  const sheet = children(child(workbook, "sheets") ?? workbook, "sheet").find(
    (s) => (attr(s, "name") ?? "").toLowerCase() === SENT_SHEET.toLowerCase(),
  );
  const rel = sheet === undefined ? undefined : rels.get(relId(sheet) ?? "");
  const root = rel?.target ? await pkg.xml(rel.target) : null;
  if (root === null) return { tables, sent: null };
  const grid = readGrid(root, [SENT_RANGE], await cellContext(pkg, workbookPart, workbook));
  // Loops, not Math.max(...): a sheet someone filled may hold more cells than a call takes arguments.
  let bottom = 0;
  let right = 0;
  for (const [r, cells] of grid) {
    bottom = Math.max(bottom, r);
    for (const c of cells.keys()) right = Math.max(right, c);
  }
  const sent: string[][] = [];
  for (let r = 1; r <= bottom; r++)
    sent.push(Array.from({ length: right }, (_, c) => grid.get(r)?.get(c + 1) ?? ""));
  return { tables, sent };
}

async function tablesOf(book: OpenWorkbook, columns: GoalColumns): Promise<WorkbookTables | null> {
  const { pkg, workbookPart, workbook } = book;
  const tables = await findTables(pkg, workbookPart, workbook);
  if (tables.length === 0) return null;
  const ctx = await cellContext(pkg, workbookPart, workbook);
  const grids = new Map<string, Grid>();
  const gridOf = async (sheet: SheetRef): Promise<Grid> => {
    let grid = grids.get(sheet.part);
    if (grid === undefined) {
      const root = await pkg.xml(sheet.part);
      const ranges = tables.filter((t) => t.sheet.part === sheet.part).map((t) => t.range);
      grid = root === null ? new Map() : readGrid(root, ranges, ctx);
      grids.set(sheet.part, grid);
    }
    return grid;
  };
  const data = async (t: FoundTable | undefined): Promise<TableData | null> =>
    t ? tableData(await gridOf(t.sheet), t.sheet.name, t.range) : null;
  // Excel table names are case-insensitive.
  const byName = (name: string): FoundTable | undefined =>
    tables.find((t) => t.name.toLowerCase() === name.toLowerCase());

  let goals = await data(byName(GOAL_TABLE));
  if (!goals) {
    for (const t of tables) {
      const d = await data(t);
      if (d && looksLikeGoalTable(d.header, columns)) {
        goals = d;
        break;
      }
    }
  }
  if (!goals) return null;
  return {
    goals,
    info: await data(byName(INFO_TABLE)),
    programs: await data(byName(PROGRAM_TABLE)),
    areas: await data(byName(AREA_TABLE)),
    history: await data(byName(HISTORY_TABLE)),
    indicators: await data(byName(INDICATOR_TABLE)),
  };
}
