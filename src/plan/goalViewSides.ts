// Which rows of the history and indicator tables the goal view reads. Read whole, they cost no
// request of their own, but their answer grows with the workbook: 50,000 goals with two years
// of history are about 100,000 history rows, more than Excel on the web's 5 MB answer holds, and
// Excel refuses the read. Above a predicted size the view reads those tables' goal ID columns
// first and then only the selected goal's rows: one more sync, an answer of a few rows.
import { HISTORY_FIELDS, idKey } from "../domain";
import { historyFieldHeader } from "./history";
import { readIndicatorTable } from "./indicatorRead";
import { matchFields } from "./read";

export type SideTable = "history" | "indicators";

/** Predicted answer bytes per cell: IDs, years, labels and numbers are short, a comment is not. */
const CELL_BYTES: Record<SideTable, number> = { history: 24, indicators: 16 };
/** A goal-table cell of the ID and status columns the view reads down the table. */
const KEY_CELL_BYTES = 20;
/**
 * What one read may answer before the view reads by goal ID instead: well under Excel on the
 * web's 5 MB, as the commands' reads are (src/excel/slices.ts), so 10,000 goals with a few
 * years of history keep the three syncs.
 */
export const WHOLE_READ_BUDGET = 3_000_000;

export interface SideFrame {
  rows: number;
  columns: number;
}

/** Whether the side tables are read whole with the row, from their sizes and the goal table's. */
export function readSidesWhole(goalRows: number, sides: Partial<Record<SideTable, SideFrame>>): boolean {
  let bytes = goalRows * 2 * KEY_CELL_BYTES;
  for (const [role, frame] of Object.entries(sides) as [SideTable, SideFrame | undefined][]) {
    if (frame) bytes += frame.rows * frame.columns * CELL_BYTES[role];
  }
  return bytes <= WHOLE_READ_BUDGET;
}

/** The side table's column of goal IDs, by its header; undefined when it has none. */
export function goalIdColumn(role: SideTable, header: string[]): number | undefined {
  if (role === "history") return matchFields(header, HISTORY_FIELDS, historyFieldHeader).id;
  return readIndicatorTable({ sheet: "", topLeft: "A1", header, body: [] })?.positions.goalId;
}

/**
 * The body rows whose goal ID is the goal's. Matched both ways the readers compare IDs (ignoring
 * case in lower and in upper case), so no row a reader would give the goal is left out; a row
 * too many is harmless, since the readers pick the goal's rows again.
 */
export function rowsOfGoal(ids: readonly string[], goalId: string): number[] {
  const lower = goalId.trim().toLocaleLowerCase();
  const upper = idKey(goalId.trim());
  const out: number[] = [];
  ids.forEach((cell, i) => {
    const id = cell.trim();
    if (id !== "" && (id.toLocaleLowerCase() === lower || idKey(id) === upper)) out.push(i);
  });
  return out;
}
