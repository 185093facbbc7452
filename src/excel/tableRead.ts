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
import { jsonBytes } from "./batch";
import { officeErrorCode, syncFailure, type Operation } from "./errors";
import { queueProbe } from "./probe";
import { cellText, readRestInSlices, splitAddress, valuesText } from "./slices";

interface TableHandles {
  ws: Excel.Worksheet;
  range: Excel.Range;
  header: Excel.Range;
  body: Excel.Range;
  /** Loaded with values when the body is read in the same request. */
  data: boolean;
  /**
   * The goal table's first rows, at most FIRST_READ_ROWS, loaded with values instead of the whole
   * body: the whole table when it is that small, else the start of a read in slices.
   */
  first: Excel.Range | null;
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

function queueTable(
  context: Excel.RequestContext,
  probe: Probe,
  name: string,
  body: BodyRead,
  filters = false,
  firstRows = FIRST_READ_ROWS,
): TableHandles | null {
  if (!hasTable(probe, name)) return null;
  const table = context.workbook.tables.getItem(name);
  const handles = tableHandles(table, body, firstRows);
  if (filters) {
    // A navigation property (a proxy), not a value read before the sync.
    // eslint-disable-next-line office-addins/call-sync-before-read
    handles.filter = table.autoFilter;
    handles.filter.load("isDataFiltered");
  }
  return handles;
}

/** Loads what the read needs from a table that exists. */
function tableHandles(table: Excel.Table, body: BodyRead, firstRows = FIRST_READ_ROWS): TableHandles {
  const dataBody = table.getDataBodyRange();
  const handles: TableHandles = {
    ws: table.worksheet,
    range: table.getRange(),
    header: table.getHeaderRowRange(),
    body: dataBody,
    data: body === "whole",
    // Cut to the body, so a small table brings back only its own rows.
    first:
      body === "first"
        ? dataBody.getIntersection(dataBody.getRow(0).getResizedRange(firstRows - 1, 0))
        : null,
    used: table.worksheet.getUsedRangeOrNullObject(true),
  };
  handles.used.load("address");
  handles.ws.load("name");
  handles.ws.protection.load("protected");
  handles.range.load("address");
  handles.header.load("values");
  handles.body.load(body === "whole" ? "address,values" : "address");
  handles.first?.load("values");
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

/**
 * Queues the read of what the probe found; hand the result to readResult after the sync. The
 * history table comes whole with the rest, in the same request (`frame`: its frame only, for a
 * read whose answer was too large, which then reads the body in slices).
 */
export function queueRead(
  context: Excel.RequestContext,
  probe: Probe,
  plan: ReadPlan,
  frame = false,
  filters = false,
): ReadHandles {
  return {
    probe,
    goals: queueTable(context, probe, GOAL_TABLE, plan.goalBody ? "first" : "none", filters),
    info: queueTable(context, probe, INFO_TABLE, "whole"),
    programs: queueTable(context, probe, PROGRAM_TABLE, "whole"),
    areas: queueTable(context, probe, AREA_TABLE, "whole"),
    // Their first rows, as the goal table's: the rest of a long history (50,000 goals, years of
    // it) goes on in slices packed with the goal table's (readRestInSlices).
    history:
      plan.history === true
        ? queueTable(context, probe, HISTORY_TABLE, frame ? "none" : "first", false, SIDE_FIRST_ROWS)
        : null,
    indicators:
      // Its filter too: the Kolada fill writes its rows (planKoladaFill refuses a filtered one).
      plan.history === true
        ? queueTable(context, probe, INDICATOR_TABLE, frame ? "none" : "first", filters, SIDE_FIRST_ROWS)
        : null,
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
    body: h.data ? h.body.values.map((row) => row.map(cellText)) : h.first ? valuesText(h.first.values) : [],
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
 * Goal rows read with the rest of the read: about 2 MB at the 210 bytes a typical row takes, so
 * the answer stays under Excel on the web's 5 MB limit even for rows twice as long. Tables up to
 * this size are read in the read's one request; larger ones go on in slices.
 */
const FIRST_READ_ROWS = 10_000;
/**
 * History and indicator rows read with it: about 1.2 MB of history at its 60 bytes a row, so
 * 10,000 goals with two years of history are still one read and the first answer stays under
 * 3.5 MB.
 */
const SIDE_FIRST_ROWS = 20_000;

/** What a command reads: the goal table's body or only its frame, and whether sheets matter. */
export interface ReadWanted {
  goalBody: boolean;
  sheets: boolean;
  /** The history table's body too (absent: no). */
  history?: boolean;
}

/** Bytes per row of values read (0 for none). */
function rowBytes(values: unknown[][]): number {
  return values.length > 0 ? jsonBytes(values) / values.length : 0;
}

/** Reads the rows each table has beyond those read, appending them to its body. */
async function readRest(
  context: Excel.RequestContext,
  parts: ({ table: TableRead; read: number; perRow: number } | null)[],
): Promise<void> {
  const open = parts.filter((x): x is { table: TableRead; read: number; perRow: number } => {
    if (x === null) return false;
    const r = parseRange(x.table.bodyAddress);
    return x.read < r.bottom - r.top + 1;
  });
  if (open.length === 0) return;
  const rest = await readRestInSlices(
    context,
    open.map((x) => ({
      sheet: x.table.sheet,
      bodyAddress: x.table.bodyAddress,
      start: x.read,
      perRow: x.perRow,
    })),
  );
  open.forEach((x, i) => {
    if (x.read === 0) x.table.body = [];
    for (const row of rest[i]) x.table.body.push(row);
  });
}

export async function readWorkbook(
  context: Excel.RequestContext,
  op: Operation,
  wanted: ReadWanted,
  filters: boolean,
): Promise<WorkbookRead> {
  try {
    const probe = queueProbe(context);
    await context.sync();
    const p = probe();
    const plan = readPlan(p, wanted);
    if (!plan) return nothingRead(p);
    const handles = queueRead(context, p, plan, false, filters);
    try {
      await context.sync();
    } catch (e) {
      // Even the goal table's first rows were too large for one answer (rows far longer than
      // usual): read the frame, then the body in slices from the start.
      if (!(plan.goalBody || plan.history) || officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded")
        throw e;
      const frame = queueRead(context, p, { ...plan, goalBody: false }, true, filters);
      await context.sync();
      const result = readResult(frame);
      const tables = [plan.goalBody ? result.goals : null, result.history, result.indicators];
      await readRest(
        context,
        tables.map((t) => (t ? { table: t, read: 0, perRow: 0 } : null)),
      );
      return result;
    }
    const result = readResult(handles);
    const measured = (t: TableRead | null | undefined, h: TableHandles | null) =>
      t && h?.first ? { table: t, read: t.body.length, perRow: rowBytes(h.first.values) } : null;
    await readRest(context, [
      plan.goalBody ? measured(result.goals, handles.goals) : null,
      measured(result.history, handles.history),
      measured(result.indicators, handles.indicators),
    ]);
    return result;
  } catch (e) {
    throw syncFailure(op, e, "none");
  }
}
