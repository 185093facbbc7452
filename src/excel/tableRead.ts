// The commands' read: the probe, then in one request the goal table's first rows, the structure
// tables, the history and the indicators (their first rows too) and the sheets a command
// writes; rows beyond those in slices packed under the response budget (slices.ts). Part of the
// transport (transport.ts), the one place that syncs.
import {
  AREA_TABLE,
  GOAL_TABLE,
  HISTORY_TABLE,
  INDICATOR_TABLE,
  INFO_TABLE,
  PROGRAM_TABLE,
  parseRange,
} from "../plan";
import {
  hasTable,
  nothingRead,
  readPlan,
  type Probe,
  type ReadPlan,
  type SheetRead,
  type TableRead,
  type WorkbookRead,
} from "../plan/ownership";
import { officeErrorCode, syncFailure, type Operation } from "./errors";
import { queueProbe, queueTableShapes, type TableShape } from "./probe";
import {
  goalColumnSplit,
  goalRowBytes,
  historyColumnSplit,
  runsOf,
  type ColumnSplit,
  type ReadColumns,
} from "./readColumns";
import { SAMPLE_ROWS, firstRowCounts, readPresence, readRest, rowBytes, type RestPart } from "./restRead";
import { cellText, spread, splitAddress, valuesText } from "./slices";

interface TableHandles {
  ws: Excel.Worksheet;
  range: Excel.Range;
  header: Excel.Range;
  body: Excel.Range;
  /** Loaded with values when the body is read in the same request. */
  data: boolean;
  /**
   * A large table's first rows (as many as firstRowCounts gives it), loaded with values instead of
   * the whole body: one range per run of the columns read (`runs`), the whole table when it is
   * that small, else the start of a read in slices.
   */
  first: Excel.Range[] | null;
  /** The first rows' column runs, [first, last] positions in the table. */
  runs: [number, number][];
  /** How many first rows were asked for. */
  firstRows: number;
  /** The sheet's used range (values only), for whether anything lies below the table. */
  used: Excel.Range;
  /** The table's filter, where the host has it and the read asked for it. */
  filter?: Excel.AutoFilter;
}

interface SheetHandles {
  name: string;
  ws: Excel.Worksheet;
  usedValues: Excel.Range;
  usedAll: Excel.Range;
  top: Excel.Range;
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection;
}

/** Proxies loaded by queueRead; readResult turns them into data after the sync. */
export interface ReadHandles {
  probe: Probe;
  goals: TableHandles | null;
  info: TableHandles | null;
  programs: TableHandles | null;
  areas: TableHandles | null;
  /** Only when the read plan asks for the history. */
  history: TableHandles | null;
  /** Read with the history (whatever reads one reads the other), in the same request. */
  indicators: TableHandles | null;
  sheets: SheetHandles[];
}

/** How the body of a table is read: not at all, whole, or its first rows (the goal table). */
type BodyRead = "none" | "whole" | "first";

/** How a table's first rows are read: how many, and which columns (absent: all). */
interface FirstRead {
  rows: number;
  runs?: [number, number][];
}

function queueTable(
  context: Excel.RequestContext,
  probe: Probe,
  name: string,
  body: BodyRead,
  filters = false,
  first: FirstRead = { rows: 0 },
): TableHandles | null {
  if (!hasTable(probe, name)) return null;
  const table = context.workbook.tables.getItem(name);
  const handles = tableHandles(table, body, first);
  if (filters) {
    // A navigation property (a proxy), not a value read before the sync.
    // eslint-disable-next-line office-addins/call-sync-before-read
    handles.filter = table.autoFilter;
    handles.filter.load("isDataFiltered");
  }
  return handles;
}

/** Loads what the read needs from a table that exists. */
function tableHandles(table: Excel.Table, body: BodyRead, first: FirstRead): TableHandles {
  const dataBody = table.getDataBodyRange();
  const runs = first.runs ?? [];
  const rows = body === "first" ? first.rows : 0;
  const handles: TableHandles = {
    ws: table.worksheet,
    range: table.getRange(),
    header: table.getHeaderRowRange(),
    body: dataBody,
    data: body === "whole",
    // Cut to the body, so a table shorter than the probe found brings back only its own rows.
    first:
      rows > 0
        ? (first.runs === undefined ? [null] : runs).map((run) => {
            const rowsRange = dataBody.getRow(0).getResizedRange(rows - 1, 0);
            const cut =
              run === null
                ? rowsRange
                : dataBody.getCell(0, run[0]).getResizedRange(rows - 1, run[1] - run[0]);
            return dataBody.getIntersection(cut);
          })
        : null,
    runs,
    firstRows: rows,
    used: table.worksheet.getUsedRangeOrNullObject(true),
  };
  handles.used.load("address");
  handles.ws.load("name");
  handles.ws.protection.load("protected");
  handles.range.load("address");
  handles.header.load("values");
  handles.body.load(body === "whole" ? "address,values" : "address");
  for (const r of handles.first ?? []) r.load("values");
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
    charts: ws.charts,
  };
  handles.ws.protection.load("protected");
  handles.usedValues.load("address");
  handles.usedAll.load("address");
  handles.top.load("formulas");
  handles.tables.load("items/name");
  handles.charts.load("items/name");
  return handles;
}

/** The first rows each large table's read starts with (absent: none, its frame only). */
export interface FirstReads {
  goals?: FirstRead;
  history?: FirstRead;
  indicators?: FirstRead;
}

/**
 * Queues the read of what the probe found; hand the result to readResult after the sync. The
 * history and indicator tables come with the rest, in the same request, their first rows too.
 */
export function queueRead(
  context: Excel.RequestContext,
  probe: Probe,
  plan: ReadPlan,
  first: FirstReads,
  filters = false,
): ReadHandles {
  const side = (name: string, f: FirstRead | undefined, withFilter: boolean): TableHandles | null =>
    queueTable(context, probe, name, f ? "first" : "none", withFilter, f);
  return {
    probe,
    goals: queueTable(context, probe, GOAL_TABLE, plan.goalBody ? "first" : "none", filters, first.goals),
    info: queueTable(context, probe, INFO_TABLE, "whole"),
    programs: queueTable(context, probe, PROGRAM_TABLE, "whole"),
    areas: queueTable(context, probe, AREA_TABLE, "whole"),
    // The rest of a long history (50,000 goals, years of it) goes on in slices packed with the
    // goal table's (readRestInSlices).
    history: plan.history === true ? side(HISTORY_TABLE, first.history, false) : null,
    // Its filter too: the Kolada fill writes its rows (planKoladaFill refuses a filtered one).
    indicators: plan.history === true ? side(INDICATOR_TABLE, first.indicators, filters) : null,
    sheets: plan.sheets.map((name) => queueSheet(context, name)),
  };
}

/** The first rows read, each as wide as the table ("" in the columns not loaded). */
function firstBody(h: TableHandles): string[][] {
  if (!h.first) return [];
  if (h.runs.length === 0) return valuesText(h.first[0].values);
  const width = h.header.values[0].length;
  return spread(
    width,
    h.runs,
    h.first.map((r) => r.values),
    h.first[0].values.length,
  );
}

function tableResult(h: TableHandles | null): TableRead | null {
  if (!h) return null;
  const split = splitAddress(h.range.address);
  return {
    sheet: h.ws.name,
    topLeft: split.address.split(":")[0],
    range: split.address,
    header: h.header.values[0].map(cellText),
    body: h.data ? h.body.values.map((row) => row.map(cellText)) : firstBody(h),
    sheetProtected: h.ws.protection.protected,
    ...(h.filter ? { filtered: h.filter.isDataFiltered } : {}),
    bodyAddress: splitAddress(h.body.address).address,
    // A totals row is the table's last row: rows written below it would not join the table.
    belowEmpty:
      parseRange(splitAddress(h.body.address).address).bottom === parseRange(split.address).bottom &&
      (h.used.isNullObject ||
        parseRange(splitAddress(h.used.address).address).bottom <= parseRange(split.address).bottom),
    rightEmpty:
      h.used.isNullObject ||
      parseRange(splitAddress(h.used.address).address).right <= parseRange(split.address).right,
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
    charts: h.charts.items.map((c) => c.name),
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
    history: tableResult(h.history),
    indicators: tableResult(h.indicators),
    sheets: new Map(h.sheets.map((s) => [s.name, sheetResult(s)])),
  };
}

/**
 * Bytes of values the read's first answer is planned at, from the probe's row counts and column
 * names and the typical bytes of a cell (goalRowBytes; SIDE_CELL_BYTES), so that the first answer
 * takes as many rows as fit and stays under the response budget, and under Excel on the web's
 * 5 MB limit for rows 40 % longer than planned. A table whose planned rows all fit is read in
 * that one request; the rest of a larger one goes on in slices.
 */
const FIRST_READ_BUDGET = 3_700_000;
/** A history or indicator cell (60 bytes a history row of 5). */
const SIDE_CELL_BYTES = 12;

/** What a command reads: the goal table's body or only its frame, and whether sheets matter. */
export interface ReadWanted {
  goalBody: boolean;
  sheets: boolean;
  /** The history table's body too (absent: no). */
  history?: boolean;
  /** The columns whose text the command uses (absent: every column). */
  columns?: ReadColumns;
}

/** The columns split for a table read in part, from its header; null: every column. */
function splitFor(name: string, header: string[], columns: ReadColumns | undefined): ColumnSplit | null {
  if (!columns) return null;
  if (name === GOAL_TABLE) return goalColumnSplit(header, columns);
  if (name === HISTORY_TABLE) return historyColumnSplit(header, columns);
  return null;
}

export async function readWorkbook(
  context: Excel.RequestContext,
  op: Operation,
  wanted: ReadWanted,
  filters: boolean,
): Promise<WorkbookRead> {
  try {
    const probe = queueProbe(context);
    const shapesOf = queueTableShapes(context);
    await context.sync();
    const p = probe();
    const shapes = shapesOf();
    const plan = readPlan(p, wanted);
    if (!plan) return nothingRead(p);
    type Key = keyof FirstReads;
    const large: { key: Key; name: string }[] = [
      ...(plan.goalBody ? [{ key: "goals" as Key, name: GOAL_TABLE }] : []),
      ...(plan.history === true
        ? [
            { key: "history" as Key, name: HISTORY_TABLE },
            { key: "indicators" as Key, name: INDICATOR_TABLE },
          ]
        : []),
    ];
    const parts = large.flatMap((t) => {
      const shape: TableShape | undefined = shapes.get(t.name.toLocaleUpperCase("sv"));
      if (!shape || !hasTable(p, t.name)) return [];
      // A small table is read whole: the bytes saved are few, and its blank rows (an empty
      // table's one) would cost a request of their own (readPresence).
      const split = shape.rows > SAMPLE_ROWS ? splitFor(t.name, shape.columns, wanted.columns) : null;
      const loaded = split ? split.full : shape.columns.map((_, i) => i);
      const perRow =
        t.name === GOAL_TABLE ? goalRowBytes(shape.columns, loaded) : loaded.length * SIDE_CELL_BYTES;
      return [{ ...t, shape, split, perRow: Math.max(1, perRow), rows: shape.rows }];
    });
    const counts = firstRowCounts(parts, FIRST_READ_BUDGET);
    const first: FirstReads = {};
    parts.forEach((t, i) => {
      first[t.key] = { rows: counts[i], ...(t.split ? { runs: runsOf(t.split.full) } : {}) };
    });
    const handles = queueRead(context, p, plan, first, filters);
    let result: WorkbookRead;
    let refused = false;
    try {
      await context.sync();
      result = readResult(handles);
    } catch (e) {
      // Even the planned first rows were too large for one answer (cells far longer than usual):
      // read the frame, then the bodies in slices from the start.
      if (parts.length === 0 || officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
      const frame: FirstReads = {};
      for (const t of parts) frame[t.key] = { rows: 0 };
      const again = queueRead(context, p, plan, frame, filters);
      await context.sync();
      result = readResult(again);
      refused = true;
    }
    const rest: (RestPart | null)[] = [];
    const restricted: { table: TableRead; split: ColumnSplit }[] = [];
    for (const t of parts) {
      const table = result[t.key] ?? null;
      const h = handles[t.key];
      if (!table || !h) continue;
      // The header as read now decides the columns; a co-author's new column since the probe
      // moves them, and then the first rows read are not the ones planned: read again from 0.
      const split = t.split ? splitFor(t.name, table.header, wanted.columns) : null;
      const same = !refused && sameColumns(table.header, t.shape.columns);
      if (!same) table.body = [];
      const read = same ? table.body.length : 0;
      const perRow = same && h.first ? rowBytes(h.first.map((r) => r.values)) : 0;
      rest.push({ table, read, perRow, ...(split ? { runs: runsOf(split.full) } : {}) });
      if (split) restricted.push({ table, split });
    }
    await readRest(context, rest);
    await readPresence(context, restricted);
    return result;
  } catch (e) {
    throw syncFailure(op, e, "none");
  }
}

const sameColumns = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
