// What a unit needs to place its table as formulas: the cursor, and the counts of the goal
// table as the domain makes them (live.ts): a goal counts in the area its programme and area
// cells name, with the status and trend the parser reads, whatever the spelling.
import {
  statusLabel,
  trendLabel,
  type GoalStructure,
  type Lang,
  type Status,
  type Trend,
} from "../../domain";
import { columnLetter } from "../a1";
import { countifs } from "../formula";
import type { FormulaValue, GoalTableLayout } from "../types";
import type { CountColumnId } from "./model";
import type { SheetCursor } from "./cursor";
import { countWhere, goalHeader, type LiveNames } from "./live";

type Criterion = [header: string, value: string];

/** Which rows a count takes: a programme, optionally one of its areas (by id). */
export interface Where {
  place: ProgramPlace;
  area?: string;
  status?: Status;
  trend?: Trend;
}

/** A programme's position in the structure (from 1) and name, and its areas' positions and names by id. */
export interface ProgramPlace {
  program: number;
  name: string;
  area(id: string): number;
  areaName(id: string): string;
}

export function programPlace(structure: GoalStructure, programId: string): ProgramPlace {
  const index = structure.programs.findIndex((p) => p.id === programId);
  if (index < 0) throw new Error(`no programme ${programId}`);
  const areas = structure.programs[index].areas;
  const position = (id: string): number => {
    const a = areas.findIndex((x) => x.id === id);
    if (a < 0) throw new Error(`no area ${id} in programme ${programId}`);
    return a + 1;
  };
  return {
    program: index + 1,
    name: structure.programs[index].name,
    area: position,
    areaName: (id) => areas[position(id) - 1].name,
  };
}

export interface PlaceContext {
  cursor: SheetCursor;
  lang: Lang;
  /** The formula counting the goals `where` says. */
  count(where: Where): string;
  /** The formula counting the goals of a programme whose status (trend) cell holds a rejected value. */
  countUnknown(place: ProgramPlace, kind: "status" | "trend"): string;
}

export function placeContext(
  cursor: SheetCursor,
  live: LiveNames,
  goalTable: GoalTableLayout,
  lang: Lang,
): PlaceContext {
  const header = (key: "program" | "area" | "status" | "trend"): string => goalHeader(goalTable, key);
  // While every cell is written as COUNTIFS reads it (live.exact), the counts take COUNTIFS;
  // else the names, which read every spelling the parser accepts.
  const fast = ({ place, area, status, trend }: Where): string => {
    const criteria: Criterion[] = [[header("program"), place.name]];
    if (area !== undefined) criteria.push([header("area"), place.areaName(area)]);
    if (status !== undefined) criteria.push([header("status"), statusLabel(status, lang)]);
    if (trend !== undefined) criteria.push([header("trend"), trendLabel(trend, lang)]);
    return countifs(goalTable.table, criteria);
  };
  const slow = ({ place, area, status, trend }: Where): string =>
    countWhere([
      area === undefined ? live.inProgram(place.program) : live.inArea(place.program, place.area(area)),
      ...(status === undefined ? [] : [live.status(status)]),
      ...(trend === undefined ? [] : [live.trend(trend)]),
    ]);
  return {
    cursor,
    lang,
    count: (where) => `IF(${live.exact},${fast(where)},${slow(where)})`,
    countUnknown: (place, kind) =>
      `IF(${live.exact},0,${countWhere([live.inProgram(place.program), live.unknown(kind)])})`,
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
