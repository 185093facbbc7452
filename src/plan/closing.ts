// What a rollover does with each row of the goal table: closingRows (src/domain/rollover.ts) gives
// the history rows of the goals the reader placed; this ties each of them to its table row, so that
// only those rows are emptied, and a status or trend the reader could not read goes into the
// history as the cell's own text (the history's validation then flags it there, where it can be
// fixed) instead of as "not assessed". A row the reader could not place, or a goal without an ID,
// gets no history row and keeps its cells. Goals that share an ID are named (`repeated`): their
// assessments would land on one history row, so both shells refuse to close the year. Shared by
// the CLI (src/cli/rollover.ts) and the pane (src/plan/rollover.ts), so the same workbook rolls
// over the same way in either.
import { analyseRows, idKey, type Area, type GoalRow, type HistoryRowChange, type Issue } from "../domain";
import type { GoalTableRead } from "./read";

export interface ClosingPlan {
  /** The history rows to append, in closingRows's order (goals without an ID left out). */
  rows: HistoryRowChange[];
  /** For a row whose status or trend could not be read: the cell's text, written instead. */
  raw: Map<HistoryRowChange, { status?: string; trend?: string }>;
  /** Body rows (GoalRow.index) whose status, trend and comment are emptied. */
  clear: Set<number>;
  /** Body rows holding an assessment that the reader could not place: their cells stay. */
  kept: number;
  /** Goals without a goal ID holding an assessment: no history row, their cells stay. */
  withoutId: number;
  /** Goal IDs more than one goal has (as the first of them writes it); a rollover is refused. */
  repeated: string[];
}

const ASSESSMENT = ["status", "trend", "comment"] as const;

/** The body rows the reader placed, in the order the structure (and closingRows) holds their goals. */
function placedInGoalOrder(read: GoalTableRead): GoalRow[] {
  const byArea = new Map<Area, GoalRow[]>();
  analyseRows(read.rows, read.reference, read.lang, (row, _id, { area }) => {
    const list = byArea.get(area) ?? [];
    list.push(row);
    byArea.set(area, list);
  });
  return read.reference.programs.flatMap((p) => p.areas.flatMap((a) => byArea.get(a) ?? []));
}

export function closingPlan(
  read: GoalTableRead,
  issues: readonly Issue[],
  closing: HistoryRowChange[],
): ClosingPlan {
  const placed = placedInGoalOrder(read);
  if (placed.length !== closing.length)
    throw new Error(`closing rows (${closing.length}) and placed table rows (${placed.length}) differ`);
  const unreadable = new Set(
    issues
      .filter((i) => i.history === undefined && (i.code === "unknown-status" || i.code === "unknown-trend"))
      .map((i) => `${i.row}:${i.code === "unknown-status" ? "status" : "trend"}`),
  );
  const raw = new Map<HistoryRowChange, { status?: string; trend?: string }>();
  const clear = new Set<number>();
  const rows: HistoryRowChange[] = [];
  let withoutId = 0;
  closing.forEach((c, k) => {
    const row = placed[k];
    // A history row without a goal ID belongs to no goal: the row keeps its cells instead.
    if (c.id.trim() === "") {
      if (ASSESSMENT.some((f) => (row.cells[f] ?? "").trim() !== "")) withoutId++;
      return;
    }
    rows.push(c);
    clear.add(row.index);
    const text: { status?: string; trend?: string } = {};
    for (const f of ["status", "trend"] as const) {
      const cell = row.cells[f];
      if (unreadable.has(`${row.index}:${f}`) && cell !== undefined) text[f] = cell;
    }
    if (text.status !== undefined || text.trend !== undefined) raw.set(c, text);
  });
  const kept = read.rows.filter(
    (r) => !clear.has(r.index) && ASSESSMENT.some((f) => (r.cells[f] ?? "").trim() !== ""),
  ).length;
  const seen = new Set<string>();
  const repeated = new Map<string, string>();
  for (const r of rows) {
    const key = idKey(r.id.trim());
    if (seen.has(key) && !repeated.has(key)) repeated.set(key, r.id.trim());
    seen.add(key);
  }
  return { rows, raw, clear, kept: kept - withoutId, withoutId, repeated: [...repeated.values()] };
}
