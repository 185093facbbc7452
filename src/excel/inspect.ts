// Reading the workbook's state before an operation, in two syncs whatever the number of goals:
//   1. probe: sheet names, table names and the add-in's marker names (small collections only);
//   2. read: what the probe found — the goal table's header and body, the structure tables,
//      the candidate sheets' used ranges and protection.
// Two syncs, because a command queued on a null object fails the whole request: the probe tells
// which objects exist, so the read touches only those.
import type { Lang } from "../domain/types";
import {
  AREA_TABLE,
  GOAL_TABLE,
  INFO_TABLE,
  PROGRAM_TABLE,
  parseRange,
  rangeAddress,
  type TableData,
} from "../plan";
import { jsonBytes } from "./batch";
import { t } from "../i18n";
import { LANGS } from "../domain/types";

/** The three sheets the add-in makes. */
export type SheetRole = "goals" | "summary" | "structure";
export const ROLES: readonly SheetRole[] = ["goals", "summary", "structure"];

/**
 * Defined names that mark the sheets the add-in made. A workbook-scoped name that refers to A1
 * of the sheet follows the sheet when it is renamed or moved, is saved in the file, needs no
 * newer API than the rest (ExcelApi 1.4), and cannot be confused with anything a user makes.
 * A user's own sheet called "Sammanfattning" has no such name, so the add-in leaves it alone.
 */
export const MARKER: Readonly<Record<SheetRole, string>> = {
  goals: "Maluppfoljning_Blad_Mal",
  summary: "Maluppfoljning_Blad_Sammanfattning",
  structure: "Maluppfoljning_Blad_Struktur",
};

const ROLE_SHEET_KEY = {
  goals: "wb.sheet.goals",
  summary: "wb.sheet.summary",
  structure: "wb.sheet.structure",
} as const;

/** The sheet name a role gets in a language ("Mål" / "Goals"). */
export function roleSheetName(role: SheetRole, lang: Lang): string {
  return t(lang, ROLE_SHEET_KEY[role]);
}

export const STRUCTURE_TABLES = [INFO_TABLE, PROGRAM_TABLE, AREA_TABLE] as const;

export interface Probe {
  sheets: { name: string; visibility: string }[];
  tables: Set<string>;
  /** The sheet each marker refers to, when the marker exists and its sheet still does. */
  markers: Record<SheetRole, string | null>;
  /** Whether the marker name exists at all (a broken one must be deleted before it is re-added). */
  markerExists: Record<SheetRole, boolean>;
}

const sameName = (a: string, b: string): boolean => a.toLocaleUpperCase("sv") === b.toLocaleUpperCase("sv");

/** "='Min flik'!$A$1" → "Min flik"; "=#REF!$A$1" → null. */
export function sheetOfReference(formula: string): string | null {
  const f = formula.replace(/^=/, "");
  const bang = f.lastIndexOf("!");
  if (bang <= 0) return null;
  const raw = f.slice(0, bang);
  if (raw.startsWith("'") && raw.endsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  if (raw.includes("#REF")) return null;
  return raw;
}

/** Queues the probe; call the returned function after the sync. */
export function queueProbe(context: Excel.RequestContext): () => Probe {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const markers = ROLES.map((role) => {
    const item = context.workbook.names.getItemOrNullObject(MARKER[role]);
    item.load("formula");
    return { role, item };
  });
  return () => {
    const sheetList = sheets.items.map((s) => ({ name: s.name, visibility: s.visibility as string }));
    const out: Probe = {
      sheets: sheetList,
      tables: new Set(tables.items.map((tb) => tb.name.toLocaleUpperCase("sv"))),
      markers: { goals: null, summary: null, structure: null },
      markerExists: { goals: false, summary: false, structure: false },
    };
    for (const { role, item } of markers) {
      if (item.isNullObject) continue;
      out.markerExists[role] = true;
      const sheet = sheetOfReference(item.formula);
      const found = sheet === null ? undefined : sheetList.find((s) => sameName(s.name, sheet));
      out.markers[role] = found ? found.name : null;
    }
    return out;
  };
}

export function hasTable(probe: Probe, name: string): boolean {
  return probe.tables.has(name.toLocaleUpperCase("sv"));
}

export function findSheet(probe: Probe, name: string): string | null {
  return probe.sheets.find((s) => sameName(s.name, name))?.name ?? null;
}

/** A table as read: where it is and its cell text. */
export interface TableRead extends TableData {
  /** Address of the whole table on its sheet, e.g. "A3:J75" (header and body). */
  range: string;
  /** Whether the table's sheet is protected. */
  sheetProtected: boolean;
  /** Address of the data body on its sheet, e.g. "A4:J75" (no header, no totals row). */
  bodyAddress: string;
}

/** What the read found about a sheet that may become one of the add-in's sheets. */
export interface SheetRead {
  name: string;
  protected: boolean;
  /** Used range, values only (sheet-local address), or null for an empty sheet. */
  usedValues: string | null;
  /** Used range including formats (sheet-local address), or null. */
  usedAll: string | null;
  /** Formulas of A1:J8, for recognising a summary sheet written by the CLI. */
  top: (string | number | boolean)[][] | null;
  /** Names of the tables on the sheet. */
  tables: string[];
}

export interface WorkbookRead {
  probe: Probe;
  goals: TableRead | null;
  info: TableRead | null;
  programs: TableRead | null;
  areas: TableRead | null;
  /** Sheets by name (case as in the workbook) for every candidate sheet that exists. */
  sheets: Map<string, SheetRead>;
}

/** "'Min flik'!A3:J75" → { sheet: "Min flik", address: "A3:J75" } */
export function splitAddress(address: string): { sheet: string; address: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(bang + 1) };
}

export const cellText = (v: unknown): string =>
  v === null || v === undefined ? "" : typeof v === "string" ? v : String(v);

/** Options for the read: which tables to read whole, and which sheets to look at. */
export interface ReadPlan {
  /** Read the goal table's body (validate, merge, summary); header and position always. */
  goalBody: boolean;
  /** Sheet names (any role, any language) whose used range and protection matter. */
  sheets: string[];
}

/** Candidate sheet names for every role in every language, plus where the markers point. */
export function candidateSheets(probe: Probe): string[] {
  const names = new Set<string>();
  for (const role of ROLES) {
    for (const lang of LANGS) {
      const found = findSheet(probe, roleSheetName(role, lang));
      if (found) names.add(found);
    }
    const marked = probe.markers[role];
    if (marked) names.add(marked);
  }
  return [...names];
}

interface TableHandles {
  ws: Excel.Worksheet;
  range: Excel.Range;
  header: Excel.Range;
  body: Excel.Range;
  /** Loaded with values when the body is read in the same request. */
  data: boolean;
}

interface SheetHandles {
  name: string;
  ws: Excel.Worksheet;
  usedValues: Excel.Range;
  usedAll: Excel.Range;
  top: Excel.Range;
  tables: Excel.TableCollection;
}

/** Proxies loaded by queueRead; readResult turns them into data after the sync. */
export interface ReadHandles {
  probe: Probe;
  goals: TableHandles | null;
  info: TableHandles | null;
  programs: TableHandles | null;
  areas: TableHandles | null;
  sheets: SheetHandles[];
}

function queueTable(
  context: Excel.RequestContext,
  probe: Probe,
  name: string,
  body: boolean,
): TableHandles | null {
  if (!hasTable(probe, name)) return null;
  return tableHandles(context.workbook.tables.getItem(name), body);
}

/** Loads what the read needs from a table that exists. */
function tableHandles(table: Excel.Table, body: boolean): TableHandles {
  const handles: TableHandles = {
    ws: table.worksheet,
    range: table.getRange(),
    header: table.getHeaderRowRange(),
    body: table.getDataBodyRange(),
    data: body,
  };
  handles.ws.load("name");
  handles.ws.protection.load("protected");
  handles.range.load("address");
  handles.header.load("values");
  handles.body.load(body ? "address,values" : "address");
  return handles;
}

function queueSheet(context: Excel.RequestContext, name: string): SheetHandles {
  return sheetHandles(context.workbook.worksheets.getItem(name), name);
}

/** Loads what the read needs from a sheet that exists. */
function sheetHandles(ws: Excel.Worksheet, name: string): SheetHandles {
  const handles: SheetHandles = {
    name,
    ws,
    usedValues: ws.getUsedRangeOrNullObject(true),
    usedAll: ws.getUsedRangeOrNullObject(false),
    top: ws.getRange("A1:J8"),
    tables: ws.tables,
  };
  handles.ws.protection.load("protected");
  handles.usedValues.load("address");
  handles.usedAll.load("address");
  handles.top.load("formulas");
  handles.tables.load("items/name");
  return handles;
}

/** Queues the read of what the probe found; hand the result to readResult after the sync. */
export function queueRead(context: Excel.RequestContext, probe: Probe, plan: ReadPlan): ReadHandles {
  return {
    probe,
    goals: queueTable(context, probe, GOAL_TABLE, plan.goalBody),
    info: queueTable(context, probe, INFO_TABLE, true),
    programs: queueTable(context, probe, PROGRAM_TABLE, true),
    areas: queueTable(context, probe, AREA_TABLE, true),
    sheets: plan.sheets.map((name) => queueSheet(context, name)),
  };
}

function tableResult(h: TableHandles | null): TableRead | null {
  if (!h) return null;
  const split = splitAddress(h.range.address);
  return {
    sheet: h.ws.name,
    topLeft: split.address.split(":")[0],
    range: split.address,
    header: h.header.values[0].map(cellText),
    body: h.data ? h.body.values.map((row) => row.map(cellText)) : [],
    sheetProtected: h.ws.protection.protected,
    bodyAddress: splitAddress(h.body.address).address,
  };
}

function sheetResult(h: SheetHandles): SheetRead {
  return {
    name: h.name,
    protected: h.ws.protection.protected,
    usedValues: h.usedValues.isNullObject ? null : splitAddress(h.usedValues.address).address,
    usedAll: h.usedAll.isNullObject ? null : splitAddress(h.usedAll.address).address,
    top: h.top.formulas as (string | number | boolean)[][],
    tables: h.tables.items.map((tb) => tb.name),
  };
}

/** The read's data; call only after the sync that carried queueRead's commands. */
export function readResult(h: ReadHandles): WorkbookRead {
  return {
    probe: h.probe,
    goals: tableResult(h.goals),
    info: tableResult(h.info),
    programs: tableResult(h.programs),
    areas: tableResult(h.areas),
    sheets: new Map(h.sheets.map((s) => [s.name, sheetResult(s)])),
  };
}

/** Rows read per request at first when a table is too large to read whole. */
const FIRST_SLICE_ROWS = 2_000;
/** Bytes of values one read should bring back at most (Excel on the web answers up to 5 MB). */
const RESPONSE_BUDGET = 3_000_000;

/**
 * Reads a table body too large for one response, a slice of rows per sync. Only tables of tens of
 * thousands of goals get here; the first slice tells how many bytes a row takes, and the next
 * slices are sized to stay under the response budget.
 */
export async function readBodyInSlices(
  context: Excel.RequestContext,
  sheet: string,
  bodyAddress: string,
): Promise<string[][]> {
  const r = parseRange(bodyAddress);
  const total = r.bottom - r.top + 1;
  const out: string[][] = [];
  const step = async (start: number, size: number): Promise<void> => {
    if (start >= total) return;
    const n = Math.min(size, total - start);
    const slice = context.workbook.worksheets
      .getItem(sheet)
      .getRange(rangeAddress(r.top + start, r.left, r.top + start + n - 1, r.right));
    slice.load("values");
    try {
      await context.sync();
    } catch (e) {
      if ((e as { code?: string }).code === "ResponsePayloadSizeLimitExceeded" && n > 1)
        return step(start, Math.ceil(n / 2));
      throw e;
    }
    const values = slice.values;
    for (const row of values) out.push(row.map(cellText));
    const perRow = Math.max(1, jsonBytes(values) / n);
    return step(start + n, Math.max(1, Math.floor(RESPONSE_BUDGET / perRow)));
  };
  await step(0, FIRST_SLICE_ROWS);
  return out;
}
