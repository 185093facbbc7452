// What a unit needs to place its table as formulas: the cursor, and the counts of the goal
// table as the domain makes them (live.ts): a goal counts in the area its programme and area
// cells name, with the status and trend the parser reads, whatever the spelling.
import type { GoalStructure, Lang, Status, Trend } from "../../domain";
import { columnLetter } from "../a1";
import type { FormulaValue } from "../types";
import type { CountColumnId } from "./model";
import type { SheetCursor } from "./cursor";
import { countWhere, type LiveNames } from "./live";

/** Which rows a count takes: a programme (position from 1), optionally one of its areas. */
export interface Where {
  program: number;
  area?: number;
  status?: Status;
  trend?: Trend;
}

/** A programme's position in the structure (from 1), and its areas' positions by id. */
export interface ProgramPlace {
  program: number;
  area(id: string): number;
}

export function programPlace(structure: GoalStructure, programId: string): ProgramPlace {
  const index = structure.programs.findIndex((p) => p.id === programId);
  if (index < 0) throw new Error(`no programme ${programId}`);
  const areas = structure.programs[index].areas;
  return {
    program: index + 1,
    area: (id) => {
      const a = areas.findIndex((x) => x.id === id);
      if (a < 0) throw new Error(`no area ${id} in programme ${programId}`);
      return a + 1;
    },
  };
}

export interface PlaceContext {
  cursor: SheetCursor;
  lang: Lang;
  /** The formula counting the goals `where` says. */
  count(where: Where): string;
  /** The formula counting the goals of a programme whose status (trend) cell holds a rejected value. */
  countUnknown(program: number, kind: "status" | "trend"): string;
}

export function placeContext(cursor: SheetCursor, live: LiveNames, lang: Lang): PlaceContext {
  return {
    cursor,
    lang,
    count: (where) =>
      countWhere([
        where.area === undefined ? live.inProgram(where.program) : live.inArea(where.program, where.area),
        ...(where.status === undefined ? [] : [live.status(where.status)]),
        ...(where.trend === undefined ? [] : [live.trend(where.trend)]),
      ]),
    countUnknown: (program, kind) => countWhere([live.inProgram(program), live.unknown(kind)]),
  };
}

export function formula(formula: string, result: number): FormulaValue {
  return { formula, result };
}

/** Where a placed table's count columns are, and its total row: what later tables refer to. */
export interface PlacedCounts {
  totalRow: number;
  /** "C12": the cell of column `id` on row `row`. */
  cell(id: CountColumnId, row: number): string;
}

/** Columns of a placed table: the label in A, the count columns from B in model order. */
export function columnsFrom(ids: readonly CountColumnId[]): (id: CountColumnId) => string {
  const letters = new Map(ids.map((id, i) => [id, columnLetter(2 + i)]));
  return (id) => {
    const letter = letters.get(id);
    if (letter === undefined) throw new Error(`table has no ${id} column`);
    return letter;
  };
}

/** "B12-C12-D12": `first` minus each of `rest`. */
export function minus(first: string, rest: readonly string[]): string {
  return [first, ...rest].join("-");
}
