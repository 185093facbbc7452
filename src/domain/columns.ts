// The goal table's columns, described once. Everything that depends on the set of columns (the
// row model, the table layout and widths, the reader, validation of lengths, merge ownership, the
// CLI's JSON paths) is derived from GOAL_COLUMNS, so adding a column is one entry here and its
// header strings in src/i18n. Functions that work on columns take the descriptor as an optional
// argument (default GOAL_COLUMNS), so a test can run the whole chain with a column of its own.
import type { StringKey } from "../i18n";
import type { Goal } from "./types";

/** Excel's limit on the characters in one cell. */
export const EXCEL_CELL_LIMIT = 32767;

/**
 * What a column holds, which decides how its cell text is written, read and checked:
 * - id, program, area, status, trend: one column each, whose key is the kind's own name (the
 *   goal's id; the programme and målområde it sits in, by name; the localized labels);
 * - text: free text in a string field of the goal;
 * - sdgs: an Agenda 2030 list ("3, 5, 10") in a number-array field;
 * - activities: one entry per line, in a string-array field;
 * - done: the official's done mark ("Ja" / blank), in a boolean field; at most one column, key "done";
 * - suggestedStatus, suggestedTrend: the status and trend the goal's indicators suggest
 *   (src/domain/suggestions.ts), as labels; no goal field, so never read back as the official's.
 *   At most one column each, keyed by the kind.
 * - previous: the comparison year's status or trend of the goal, looked up from the history table
 *   by a formula the add-in writes (src/plan/previous.ts); no goal field, never read back.
 */
export type ColumnKind =
  | "id"
  | "program"
  | "area"
  | "text"
  | "sdgs"
  | "status"
  | "trend"
  | "activities"
  | "done"
  | "suggestedStatus"
  | "suggestedTrend"
  | "previous";

/**
 * Who owns a column's cells in a goal table officials work in:
 * - structural: the goal structure; a load or merge rewrites the cell when the structure's text differs;
 * - official: the officials; a merge never writes it for a goal the table has;
 * - identity: the goal id, which a merge matches rows by and never rewrites;
 * - add-in: computed by the add-in from the structure (the suggestions); a load or merge rewrites
 *   the cell when it differs, a rollover empties it, and collect never takes it from a return;
 * - formula: formulas the add-in writes when it makes the table (last year's status and trend); a
 *   load, merge or rollover never writes them in a row the table has, the reader and validation
 *   ignore their text, and a table without them is whole.
 */
export type ColumnOwner = "structural" | "official" | "identity" | "add-in" | "formula";

export interface GoalColumnSpec<K extends string = string> {
  readonly key: K;
  /** i18n key of the header in the goal table (wb.col.*). */
  readonly header: StringKey;
  /** i18n key of the column's name in issue messages (domain.column.*). */
  readonly name: StringKey;
  /** Width limits in Excel character units; long texts wrap within the maximum. */
  readonly width: { readonly min: number; readonly max: number };
  readonly wrap: boolean;
  /** Every goal column is text ("@"): "=…" never becomes a formula, "2030" never a number. */
  readonly numberFormat: string;
  /** The goal table cannot be followed up without this column. */
  readonly required: boolean;
  readonly owner: ColumnOwner;
  /** The goal's field in the goal-structure JSON; null when the column is not a goal field. */
  readonly field: string | null;
  /** The most characters a cell may hold. */
  readonly maxLength: number;
  readonly kind: ColumnKind;
  /** Every goal needs text here (an empty cell is a missing-text error). */
  readonly mustHaveText?: boolean;
}

const TEXT = { numberFormat: "@", maxLength: EXCEL_CELL_LIMIT } as const;

const COLUMNS = [
  {
    ...TEXT,
    key: "id",
    header: "wb.col.id",
    name: "domain.column.id",
    width: { min: 9, max: 16 },
    wrap: false,
    required: true,
    owner: "identity",
    field: "id",
    kind: "id",
  },
  {
    ...TEXT,
    key: "program",
    header: "wb.col.program",
    name: "domain.column.program",
    width: { min: 12, max: 24 },
    wrap: true,
    required: true,
    owner: "structural",
    field: null,
    kind: "program",
  },
  {
    ...TEXT,
    key: "area",
    header: "wb.col.area",
    name: "domain.column.area",
    width: { min: 12, max: 24 },
    wrap: true,
    required: true,
    owner: "structural",
    field: null,
    kind: "area",
  },
  {
    ...TEXT,
    key: "text",
    header: "wb.col.text",
    name: "domain.column.text",
    width: { min: 30, max: 60 },
    wrap: true,
    required: false,
    owner: "structural",
    field: "text",
    kind: "text",
    mustHaveText: true,
  },
  {
    ...TEXT,
    key: "responsible",
    header: "wb.col.responsible",
    name: "domain.column.responsible",
    width: { min: 12, max: 22 },
    wrap: true,
    required: false,
    owner: "structural",
    field: "responsible",
    kind: "text",
  },
  {
    ...TEXT,
    key: "sdgs",
    header: "wb.col.sdgs",
    name: "domain.column.sdgs",
    width: { min: 11, max: 16 },
    wrap: true,
    required: false,
    owner: "structural",
    field: "sdgs",
    kind: "sdgs",
  },
  {
    ...TEXT,
    key: "status",
    header: "wb.col.status",
    name: "domain.column.status",
    width: { min: 10, max: 14 },
    wrap: false,
    required: true,
    owner: "official",
    field: "status",
    kind: "status",
  },
  {
    ...TEXT,
    key: "trend",
    header: "wb.col.trend",
    name: "domain.column.trend",
    width: { min: 11, max: 14 },
    wrap: false,
    required: true,
    owner: "official",
    field: "trend",
    kind: "trend",
  },
  // Beside this year's status and trend: the comparison year's, looked up from the history
  // table. The headers carry no year, so a rollover renames nothing.
  {
    key: "previousStatus",
    header: "wb.col.previousStatus",
    name: "domain.column.previousStatus",
    width: { min: 9, max: 12 },
    wrap: true,
    // Formulas: a text format would keep them as text.
    numberFormat: "General",
    maxLength: EXCEL_CELL_LIMIT,
    required: false,
    owner: "formula",
    field: null,
    kind: "previous",
  },
  {
    key: "previousTrend",
    header: "wb.col.previousTrend",
    name: "domain.column.previousTrend",
    width: { min: 9, max: 12 },
    wrap: true,
    numberFormat: "General",
    maxLength: EXCEL_CELL_LIMIT,
    required: false,
    owner: "formula",
    field: null,
    kind: "previous",
  },
  {
    ...TEXT,
    key: "comment",
    header: "wb.col.comment",
    name: "domain.column.comment",
    // An empty comment column gives the done column beside it its width, so the other columns,
    // and with them the rows' heights, stay as they were before Klar (the page is the limit).
    width: { min: 22, max: 45 },
    wrap: true,
    required: false,
    owner: "official",
    field: "comment",
    kind: "text",
  },
  {
    ...TEXT,
    key: "done",
    header: "wb.col.done",
    name: "domain.column.done",
    width: { min: 7, max: 10 },
    wrap: false,
    required: false,
    owner: "official",
    field: "done",
    kind: "done",
  },
  {
    ...TEXT,
    key: "activities",
    header: "wb.col.activities",
    name: "domain.column.activities",
    width: { min: 30, max: 50 },
    wrap: true,
    required: false,
    owner: "structural",
    field: "activities",
    kind: "activities",
  },
  // Last, so the columns officials work in keep their places in older workbooks and in the
  // addresses validation names.
  {
    ...TEXT,
    key: "suggestedStatus",
    header: "wb.col.suggestedStatus",
    name: "domain.column.suggestedStatus",
    width: { min: 10, max: 16 },
    wrap: false,
    required: false,
    owner: "add-in",
    field: null,
    kind: "suggestedStatus",
  },
  {
    ...TEXT,
    key: "suggestedTrend",
    header: "wb.col.suggestedTrend",
    name: "domain.column.suggestedTrend",
    width: { min: 10, max: 16 },
    wrap: false,
    required: false,
    owner: "add-in",
    field: null,
    kind: "suggestedTrend",
  },
] as const satisfies readonly GoalColumnSpec[];

export type ColumnKey = (typeof COLUMNS)[number]["key"];
export type GoalColumn = GoalColumnSpec<ColumnKey>;
/** A set of goal columns in table order: GOAL_COLUMNS, or a test's own. */
export type GoalColumns = readonly GoalColumn[];

/** The goal table's columns in their default order. */
export const GOAL_COLUMNS: GoalColumns = COLUMNS;

/** The goal table's default column order. */
export const COLUMN_KEYS: readonly ColumnKey[] = GOAL_COLUMNS.map((c) => c.key);

export interface GoalRow {
  /** 0-based position in the table body. */
  index: number;
  /** Raw cell text; a missing key means the table has no such column. */
  cells: Partial<Record<ColumnKey, string>>;
}

/** A goal's value for a column, by the column's JSON field name (undefined when it has none). */
export function goalField(goal: Goal, column: GoalColumn): unknown {
  return column.field === null ? undefined : (goal as unknown as Record<string, unknown>)[column.field];
}

/** Sets a goal's field for a column (a column with a field). */
export function setGoalField(goal: Goal, column: GoalColumn, value: unknown): void {
  if (column.field !== null) (goal as unknown as Record<string, unknown>)[column.field] = value;
}

/** The column of `columns` with key `key`; throws for a key the set does not have. */
export function goalColumn(key: ColumnKey, columns: GoalColumns = GOAL_COLUMNS): GoalColumn {
  const column = columns.find((c) => c.key === key);
  if (column === undefined) throw new Error(`no goal column "${key}"`);
  return column;
}

/** Keys of the columns without which the goal table cannot be followed up. */
export function requiredColumnKeys(columns: GoalColumns = GOAL_COLUMNS): ColumnKey[] {
  return columns.filter((c) => c.required).map((c) => c.key);
}

/** Keys of the columns owned by the structure. */
export function structuralColumnKeys(columns: GoalColumns = GOAL_COLUMNS): ColumnKey[] {
  return columns.filter((c) => c.owner === "structural").map((c) => c.key);
}

/** Keys of the columns the add-in computes (the suggestions). */
export function addinColumnKeys(columns: GoalColumns = GOAL_COLUMNS): ColumnKey[] {
  return columns.filter((c) => c.owner === "add-in").map((c) => c.key);
}

/** Keys of the columns whose cells are the add-in's formulas (owner "formula"). */
export function formulaColumnKeys(columns: GoalColumns = GOAL_COLUMNS): ColumnKey[] {
  return columns.filter((c) => c.owner === "formula").map((c) => c.key);
}

/** Keys of the columns a merge rewrites where they differ: the structure's and the add-in's. */
export function mergedColumnKeys(columns: GoalColumns = GOAL_COLUMNS): ColumnKey[] {
  return columns.filter((c) => c.owner === "structural" || c.owner === "add-in").map((c) => c.key);
}

const SINGLE_KINDS: readonly ColumnKind[] = ["id", "program", "area", "status", "trend"];
/** Kinds a table may lack but holds at most once, under the kind's own key. */
const OPTIONAL_SINGLE_KINDS: readonly ColumnKind[] = ["done", "suggestedStatus", "suggestedTrend"];

/**
 * Throws unless `columns` can describe a goal table: unique keys, and each of the kinds id,
 * program, area, status and trend held by exactly one column, whose key is the kind's name (the
 * code reads those cells by that key), and so is the optional done column's. A mistake in a
 * descriptor fails at once, not as lost data.
 */
export function checkGoalColumns(columns: GoalColumns): void {
  const keys = new Set<string>();
  for (const c of columns) {
    if (keys.has(c.key)) throw new Error(`goal column "${c.key}" is described twice`);
    keys.add(c.key);
    if ((SINGLE_KINDS.includes(c.kind) || OPTIONAL_SINGLE_KINDS.includes(c.kind)) && c.key !== c.kind)
      throw new Error(`goal column "${c.key}" has kind "${c.kind}", which only column "${c.kind}" may have`);
  }
  for (const kind of SINGLE_KINDS) {
    if (!columns.some((c) => c.kind === kind)) throw new Error(`no goal column of kind "${kind}"`);
  }
}

checkGoalColumns(GOAL_COLUMNS);
