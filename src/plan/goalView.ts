// The pane's goal view ("Mål"), as decisions on plain cell text: which body row of the goal table
// a selection is in, what the view shows of that row (its goal, last year's assessment from the
// history table, the official's fields), where previous / next go, and what a save writes. The
// Excel adapter (src/excel/goalView.ts) only moves text in and out, so all of this is tested
// without Office. The fields are the official-owned columns of GOAL_COLUMNS: a column added there
// appears in the view without a change here.
import {
  GOAL_COLUMNS,
  parseSdgs,
  parseStatus,
  parseTrend,
  type ColumnKey,
  type GoalColumn,
  type GoalColumns,
  type Lang,
  type Status,
  type Trend,
} from "../domain";
import { parseCell } from "./a1";
import { goalIndicators, type GoalIndicators } from "./goalIndicators";
import { indicatorsOf } from "./goalTable";
import { readWorkbookTables, type TableData } from "./read";

/** The goal table's frame, read before its rows: where it is and its header. */
export interface GoalTableFrame {
  sheet: string;
  /** The header's top-left cell, e.g. "A3". */
  topLeft: string;
  header: string[];
  /** Number of body rows. */
  bodyRows: number;
}

/** Where the user's selection is: its sheet and its top-left cell (0-based sheet row and column). */
export interface SelectionAt {
  sheet: string;
  row: number;
  col: number;
}

export type RowLocation =
  | { kind: "no-table" }
  | { kind: "outside" }
  /** `index`: 0-based body row. */
  | { kind: "row"; index: number };

/** The body row the selection is in, or why the view has no row to show. */
export function locateSelection(frame: GoalTableFrame | null, selection: SelectionAt | null): RowLocation {
  if (frame === null) return { kind: "no-table" };
  if (selection === null || selection.sheet.toLocaleLowerCase() !== frame.sheet.toLocaleLowerCase())
    return { kind: "outside" };
  const top = parseCell(frame.topLeft);
  // parseCell gives 1-based rows and columns; the selection is 0-based.
  const index = selection.row - top.row; // header at top.row - 1 (0-based): body starts below it
  const col = selection.col + 1 - top.col;
  if (index < 0 || index >= frame.bodyRows || col < 0 || col >= frame.header.length)
    return { kind: "outside" };
  return { kind: "row", index };
}

/** The columns an official edits in the view, in table order. */
export function editableColumns(columns: GoalColumns = GOAL_COLUMNS): GoalColumn[] {
  return columns.filter((c) => c.owner === "official");
}

/** Last year's assessment of the goal, from the history table (its latest year). */
export interface LastAssessment {
  year: number;
  status: Status | null;
  trend: Trend | null;
  /** The cells as written, for what the parser does not recognise. */
  statusText: string;
  trendText: string;
  comment: string;
}

/** One goal of the table, as the view shows it. */
export interface GoalShown {
  /** 0-based body row and the Excel row (1-based) it is on. */
  index: number;
  excelRow: number;
  sheet: string;
  id: string;
  /** The workbook's language: the status and trend labels are written in it. */
  lang: Lang;
  /** Cell text by column key, for the goal columns the table has. */
  cells: Partial<Record<ColumnKey, string>>;
  /** Position of each goal column found in the table (0-based within it). */
  positions: Partial<Record<ColumnKey, number>>;
  /** Agenda 2030 goal numbers (empty when none or unreadable). */
  sdgs: number[];
  last: LastAssessment | null;
  /** The workbook has a history table (with year and goal ID columns). */
  hasHistory: boolean;
  /** The official's columns this table has, in table order. */
  fields: GoalColumn[];
  /**
   * What the goal's indicators suggest, from the add-in's suggestion columns (null when the table
   * has none or they are empty for this goal). Shown beside the fields, never written into them.
   */
  suggestion: { status: Status | null; trend: Trend | null } | null;
  /** The goal's rows of the indicator sheet, with the suggestion the rules give from them. */
  indicators: GoalIndicators;
}

export type GoalViewState =
  | { kind: "no-table" }
  /** The table lacks columns the view needs (id, status, trend). */
  | { kind: "no-columns"; sheet: string }
  | { kind: "outside"; sheet: string }
  /** The selected row holds no goal ID. */
  | { kind: "blank-row"; sheet: string; excelRow: number }
  | { kind: "goal"; goal: GoalShown; nav: GoalNav };

/** Body rows to move to (null: none that way). */
export interface GoalNav {
  previous: number | null;
  next: number | null;
  /** The next row after this one (wrapping round) whose goal has no status yet. */
  nextWithoutStatus: number | null;
  /** How many goals the table has, and this one's place among them (1-based). */
  count: number;
  position: number;
}

/** What the adapter read at the selection: the frame, the row, the ID and status columns, history. */
export interface GoalViewRead {
  frame: GoalTableFrame;
  index: number;
  /** The row's cells, the whole table width. */
  row: string[];
  /** Every body row's goal ID and status cell (empty when the table has no such column). */
  ids: string[];
  statuses: string[];
  info: TableData | null;
  /** The programme table (absent or null: not read), for the programmes' suggestion rules. */
  programs?: TableData | null;
  history: TableData | null;
  /** The indicator table, whole (absent or null: the workbook has none). */
  indicators?: TableData | null;
}

/** Where the ID and status columns are, for reading them down the table. */
export function keyPositions(
  header: string[],
  columns: GoalColumns = GOAL_COLUMNS,
): { id?: number; status?: number } {
  const read = readWorkbookTables({ goals: { sheet: "", topLeft: "A1", header, body: [] } }, columns);
  if (!read.ok) return {};
  return { id: read.value.columns.id, status: read.value.columns.status };
}

/** The view of the row that was read. */
export function goalViewOf(read: GoalViewRead, columns: GoalColumns = GOAL_COLUMNS): GoalViewState {
  const { frame } = read;
  const excelRow = parseCell(frame.topLeft).row + 1 + read.index;
  const table = readWorkbookTables(
    {
      goals: { sheet: frame.sheet, topLeft: frame.topLeft, header: frame.header, body: [read.row] },
      info: read.info,
      programs: read.programs ?? null,
      history: read.history,
      indicators: read.indicators ?? null,
    },
    columns,
  );
  if (!table.ok) return { kind: "no-columns", sheet: frame.sheet };
  const value = table.value;
  const cells: Partial<Record<ColumnKey, string>> = {};
  for (const c of columns) {
    const at = value.columns[c.key];
    if (at !== undefined) cells[c.key] = read.row[at] ?? "";
  }
  const id = (cells.id ?? "").trim();
  if (id === "") return { kind: "blank-row", sheet: frame.sheet, excelRow };
  const goal: GoalShown = {
    index: read.index,
    excelRow,
    sheet: frame.sheet,
    id,
    lang: value.lang,
    cells,
    positions: value.columns,
    sdgs: parseSdgs(cells.sdgs ?? "") ?? [],
    last: lastAssessment(id, value.history?.rows ?? [], value.reference.year, value.lang),
    hasHistory: value.history !== null,
    fields: editableColumns(columns).filter((c) => value.columns[c.key] !== undefined),
    suggestion: suggestionOf(cells, value.lang),
    indicators: goalIndicators(
      value.indicators,
      value.reference,
      {
        id,
        text: cells.text ?? "",
        status: parseStatus((cells.status ?? "").trim(), value.lang).value,
        trend: parseTrend((cells.trend ?? "").trim(), value.lang).value,
      },
      cells.program ?? "",
      indicatorsOf(value),
    ),
  };
  return { kind: "goal", goal, nav: navigation(read.ids, read.statuses, read.index, value.lang) };
}

/** The suggestion columns' labels, read in the workbook's language; null when both are empty. */
function suggestionOf(
  cells: Partial<Record<ColumnKey, string>>,
  lang: Lang,
): { status: Status | null; trend: Trend | null } | null {
  const status = parseStatus((cells.suggestedStatus ?? "").trim(), lang).value;
  const trend = parseTrend((cells.suggestedTrend ?? "").trim(), lang).value;
  return status === null && trend === null ? null : { status, trend };
}

function lastAssessment(
  id: string,
  rows: readonly { cells: Partial<Record<"year" | "id" | "status" | "trend" | "comment", string>> }[],
  /** The follow-up year: entries of it or later are not "last year". 0 when unknown. */
  year: number,
  lang: Lang,
): LastAssessment | null {
  let best: LastAssessment | null = null;
  const want = id.toLocaleLowerCase();
  for (const r of rows) {
    if ((r.cells.id ?? "").trim().toLocaleLowerCase() !== want) continue;
    const y = Number.parseInt((r.cells.year ?? "").trim(), 10);
    if (!Number.isFinite(y) || (year > 0 && y >= year) || (best !== null && y <= best.year)) continue;
    const statusText = (r.cells.status ?? "").trim();
    const trendText = (r.cells.trend ?? "").trim();
    best = {
      year: y,
      status: parseStatus(statusText, lang).value,
      trend: parseTrend(trendText, lang).value,
      statusText,
      trendText,
      comment: r.cells.comment ?? "",
    };
  }
  return best;
}

/** Previous / next goal (rows with a goal ID) and the next one without a status. */
export function navigation(
  ids: readonly string[],
  statuses: readonly string[],
  index: number,
  lang: Lang,
): GoalNav {
  const goals: number[] = [];
  ids.forEach((id, i) => {
    if (id.trim() !== "") goals.push(i);
  });
  const previous = [...goals].reverse().find((i) => i < index) ?? null;
  const next = goals.find((i) => i > index) ?? null;
  const unassessed = (i: number): boolean => parseStatus(statuses[i] ?? "", lang).value === null;
  const after = [...goals.filter((i) => i > index), ...goals.filter((i) => i < index)];
  const nextWithoutStatus = after.find(unassessed) ?? null;
  const place = goals.indexOf(index);
  return { previous, next, nextWithoutStatus, count: goals.length, position: place < 0 ? 0 : place + 1 };
}

/** One cell a save writes, by position within the table: body row and column (0-based). */
export interface GoalCellWrite {
  row: number;
  col: number;
  value: string;
}

export type SavePlan =
  | { kind: "write"; writes: GoalCellWrite[] }
  /** Nothing changed: nothing to write. */
  | { kind: "unchanged" }
  /**
   * The row no longer holds the goal shown (rows were sorted, inserted or deleted) or the columns
   * moved: nothing is written. `index`: the goal's row now, null when it is gone.
   */
  | { kind: "moved"; index: number | null };

/** What the save reads again, right before it writes: the header and the ID column. */
export interface SaveCheck {
  header: string[];
  ids: string[];
}

/**
 * The writes of a save: the official's cells of the goal's row that the draft changed, after
 * checking that the row still holds the goal shown and the columns are where they were.
 */
export function planSave(
  shown: GoalShown,
  draft: Partial<Record<ColumnKey, string>>,
  check: SaveCheck,
  columns: GoalColumns = GOAL_COLUMNS,
): SavePlan {
  const now = readWorkbookTables(
    { goals: { sheet: "", topLeft: "A1", header: check.header, body: [] } },
    columns,
  );
  const same = (a: string | undefined, b: string): boolean =>
    (a ?? "").trim().toLocaleLowerCase() === b.toLocaleLowerCase();
  const find = (): number | null => {
    const at = check.ids.findIndex((v) => same(v, shown.id));
    return at < 0 ? null : at;
  };
  if (!now.ok) return { kind: "moved", index: null };
  const moved = shown.fields.some((c) => now.value.columns[c.key] !== shown.positions[c.key]);
  if (moved || now.value.columns.id !== shown.positions.id || !same(check.ids[shown.index], shown.id))
    return { kind: "moved", index: moved ? null : find() };
  const writes: GoalCellWrite[] = [];
  for (const c of shown.fields) {
    const value = draft[c.key];
    const col = shown.positions[c.key];
    if (value === undefined || col === undefined || value === (shown.cells[c.key] ?? "")) continue;
    writes.push({ row: shown.index, col, value });
  }
  return writes.length === 0 ? { kind: "unchanged" } : { kind: "write", writes };
}

/** The draft's fields that differ from the cells shown (what a save would write). */
export function changedKeys(shown: GoalShown, draft: Partial<Record<ColumnKey, string>>): ColumnKey[] {
  return shown.fields
    .map((c) => c.key)
    .filter((k) => draft[k] !== undefined && draft[k] !== (shown.cells[k] ?? ""));
}
