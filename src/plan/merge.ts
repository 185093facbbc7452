// Merging a goal structure into a goal table that officials already work in. Pure: from the
// table as read (header and cell text) and the structure's rows, it works out which cells to
// write, and nothing else.
//
// Ownership follows each column's owner in the descriptor (GOAL_COLUMNS): the goal table belongs
// to the officials. A merge
// - updates only the structural cells of goals it knows by ID (programme, målområde, goal text,
//   responsible, Agenda 2030, activities), and only the cells whose text differs;
// - adds the structure's goals the table lacks, filling blank rows at the end of the table first
//   (a table Excel made empty, or one a load cut short, has such rows) and appending the rest;
// - rewrites the add-in's suggestion cells of goals it knows by ID where they differ (the
//   structure's indicators decide them, as a load does), unless the workbook keeps an indicator
//   table of its own: then that table decides them, as the next refresh will, and the merge
//   leaves them alone (and writes none for the goals it adds, which that table lacks);
// - never writes the official cells of an existing goal (status, trend, comment), any column it
//   does not know (columns a user added), or any row whose ID the structure lacks (rows a user added).
import {
  GOAL_COLUMNS,
  addinColumnKeys,
  mergedColumnKeys,
  structuralColumnKeys,
  type ColumnKey,
  type GoalColumns,
  type GoalRow,
} from "../domain";
import { matchGoalColumns } from "./read";

/** Columns the structure owns: updated on a merge. */
export const STRUCTURAL_KEYS: readonly ColumnKey[] = structuralColumnKeys();

export interface CellWrite {
  /** 0-based body row. */
  row: number;
  /** 0-based column within the table. */
  col: number;
  value: string;
}

export interface MergeCounts {
  newGoals: number;
  /** Goals known by ID with at least one structural cell changed. */
  updatedGoals: number;
  unchangedGoals: number;
  /** Rows whose ID the structure does not have (kept, untouched). */
  orphanGoals: number;
  /** Rows without an ID that hold something (a user's own rows; kept, untouched). */
  userRows: number;
  /** Rows repeating an ID met earlier in the table (kept, untouched; validate reports them). */
  duplicateRows: number;
  /** Changed cells per structural column. */
  updatedCells: Partial<Record<ColumnKey, number>>;
  /** Headers of the columns the add-in does not know (a user's own columns; kept, untouched). */
  userColumns: string[];
}

export interface MergePlan {
  counts: MergeCounts;
  /** Structural cells of known goals whose text changes. */
  updates: CellWrite[];
  /** New goals written into blank rows at the end of the body: row index and full-width values. */
  fills: { row: number; values: string[] }[];
  /** New goals appended after the body, full width. */
  appends: string[][];
  /** Body row count after the merge. */
  finalRows: number;
  /** Body after the merge (cell text), for the summary that is written with it. */
  body: string[][];
}

/** Text compared the way a reader sees it: line ends unified, outer spaces ignored. */
function comparable(s: string): string {
  return s.replace(/\r\n?/g, "\n").trim();
}

const idKey = (s: string): string => s.trim().toLowerCase();

export interface MergeOptions {
  /** The goal columns (default GOAL_COLUMNS). */
  goalColumns?: GoalColumns;
  /** The workbook's own indicator table decides the suggestion cells: the merge writes none. */
  keepSuggestions?: boolean;
}

/**
 * `header`/`body`: the table as read. `planned`: the structure's rows in the workbook's
 * language (structureToRows). Columns are matched by header, so their order and any extra
 * columns do not matter.
 */
export function planMerge(
  header: string[],
  body: string[][],
  planned: GoalRow[],
  { goalColumns = GOAL_COLUMNS, keepSuggestions = false }: MergeOptions = {},
): MergePlan {
  const { columns } = matchGoalColumns(header, goalColumns);
  const structural = keepSuggestions ? structuralColumnKeys(goalColumns) : mergedColumnKeys(goalColumns);
  const untouched = new Set<ColumnKey>(keepSuggestions ? addinColumnKeys(goalColumns) : []);
  const width = header.length;
  const known = new Set(Object.values(columns));
  const userColumns = header.filter((_, i) => !known.has(i));

  const plannedById = new Map<string, GoalRow>();
  for (const r of planned) {
    const id = idKey(r.cells.id ?? "");
    if (id !== "" && !plannedById.has(id)) plannedById.set(id, r);
  }

  const counts: MergeCounts = {
    newGoals: 0,
    updatedGoals: 0,
    unchangedGoals: 0,
    orphanGoals: 0,
    userRows: 0,
    duplicateRows: 0,
    updatedCells: {},
    userColumns,
  };
  const updates: CellWrite[] = [];
  const seen = new Set<string>();
  const idCol = columns.id;
  const merged = body.map((row) => [...row]);

  body.forEach((row, r) => {
    const id = idCol === undefined ? "" : idKey(row[idCol] ?? "");
    if (id === "") {
      if (row.some((c) => c.trim() !== "")) counts.userRows += 1;
      return;
    }
    if (seen.has(id)) {
      counts.duplicateRows += 1;
      return;
    }
    seen.add(id);
    const goal = plannedById.get(id);
    if (!goal) {
      counts.orphanGoals += 1;
      return;
    }
    let changed = false;
    for (const key of structural) {
      const c = columns[key];
      if (c === undefined) continue;
      const want = goal.cells[key] ?? "";
      if (comparable(row[c] ?? "") === comparable(want)) continue;
      updates.push({ row: r, col: c, value: want });
      merged[r][c] = want;
      counts.updatedCells[key] = (counts.updatedCells[key] ?? 0) + 1;
      changed = true;
    }
    if (changed) counts.updatedGoals += 1;
    else counts.unchangedGoals += 1;
  });

  // New goals, in structure order, as full-width rows (user columns left empty).
  const newRows: string[][] = [];
  for (const goal of planned) {
    const id = idKey(goal.cells.id ?? "");
    if (id === "" || seen.has(id)) continue;
    seen.add(id);
    const values = Array<string>(width).fill("");
    for (const { key } of goalColumns) {
      const c = columns[key];
      if (c !== undefined && !untouched.has(key)) values[c] = goal.cells[key] ?? "";
    }
    newRows.push(values);
  }
  counts.newGoals = newRows.length;

  // Blank rows at the end of the body take new goals first.
  let firstTrailingBlank = body.length;
  while (firstTrailingBlank > 0 && body[firstTrailingBlank - 1].every((c) => c.trim() === ""))
    firstTrailingBlank -= 1;
  const fills: { row: number; values: string[] }[] = [];
  let next = 0;
  for (let r = firstTrailingBlank; r < body.length && next < newRows.length; r++, next++) {
    fills.push({ row: r, values: newRows[next] });
    merged[r] = newRows[next];
  }
  const appends = newRows.slice(next);
  merged.push(...appends);

  return { counts, updates, fills, appends, finalRows: body.length + appends.length, body: merged };
}

/**
 * Writes grouped into runs of consecutive rows in one column, so a changed block of cells is one
 * assignment; cells that do not change are never part of a run.
 */
export function columnRuns(writes: CellWrite[]): { col: number; row: number; values: string[] }[] {
  const sorted = [...writes].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { col: number; row: number; values: string[] }[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === w.col && last.row + last.values.length === w.row) last.values.push(w.value);
    else runs.push({ col: w.col, row: w.row, values: [w.value] });
  }
  return runs;
}
