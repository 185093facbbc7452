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
import { columnRef, countifs, literal } from "../formula";
import type { FormulaValue, GoalTableLayout } from "../types";
import type { CountColumnId } from "./model";
import type { SheetCursor } from "./cursor";
import { countWhere, goalHeader, type LiveNames } from "./live";

export type Criterion = readonly [header: string, value: string];

/** Which rows a count takes: a programme, optionally one of its areas (by id). */
export interface Where {
  place: ProgramPlace;
  area?: string;
  status?: Status;
  trend?: Trend;
  /**
   * More columns that must hold a text exactly (any case): the goal table's "last year" cells,
   * which hold the add-in's formulas' labels (comparison.ts), so "=" and COUNTIFS read them as the
   * domain does.
   */
  exactly?: readonly Criterion[];
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
  /** The cell counting the goals of a programme whose status (trend) cell holds a rejected value. */
  countUnknown(place: ProgramPlace, kind: "status" | "trend"): string;
  /** The formula counting the goals `where` says (status and trend ignored) that are marked done;
   * "0" when the goal table has no done column. */
  countDone(where: Where): string;
  /** The names the counts read (live.ts), for tables over all programmes. */
  live: LiveNames;
}

/**
 * The cells of the sheet's first table (quality.ts) the counts test: per column, how many cells
 * "=" would not read as the domain does (absolute addresses, "$B$5"; `place` null when there is
 * no such check), and per programme the count of status (trend) cells the parser rejects.
 */
export interface QualityCells {
  status: string;
  trend: string;
  place: string | null;
  unknown(place: ProgramPlace, kind: "status" | "trend"): string;
}

/** `(…[Program]="…")`: the rows whose column holds `value`, in any case. */
function equals(
  goalTable: GoalTableLayout,
  key: "program" | "area" | "status" | "trend",
  value: string,
): string {
  return `(${columnRef(goalTable.table, goalHeader(goalTable, key))}=${literal(value)})`;
}

/**
 * The rows of a programme (or one of its areas): by "=" on the programme and area names while
 * every placed row holds an area's names (`plain`), through the names otherwise.
 */
export function placedRows(
  live: LiveNames,
  goalTable: GoalTableLayout,
  where: Where,
  plain: boolean,
): string {
  const { place, area } = where;
  if (!plain)
    return area === undefined ? live.inProgram(place.program) : live.inArea(place.program, place.area(area));
  const inProgram = equals(goalTable, "program", place.name);
  return area === undefined ? inProgram : `${inProgram}*${equals(goalTable, "area", place.areaName(area))}`;
}

export function placeContext(
  cursor: SheetCursor,
  live: LiveNames,
  cells: QualityCells,
  goalTable: GoalTableLayout,
  lang: Lang,
): PlaceContext {
  const header = (key: "program" | "area" | "status" | "trend"): string => goalHeader(goalTable, key);
  const fast = (where: Where): string => {
    const { place, area, status, trend } = where;
    const criteria: Criterion[] = [[header("program"), place.name]];
    if (area !== undefined) criteria.push([header("area"), place.areaName(area)]);
    if (status !== undefined) criteria.push([header("status"), statusLabel(status, lang)]);
    if (trend !== undefined) criteria.push([header("trend"), trendLabel(trend, lang)]);
    return countifs(goalTable.table, [...criteria, ...(where.exactly ?? [])]);
  };
  const viaNames = (where: Where, plainPlace: boolean): string =>
    countWhere([
      placedRows(live, goalTable, where, plainPlace),
      ...(where.status === undefined ? [] : [live.status(where.status)]),
      ...(where.trend === undefined ? [] : [live.trend(where.trend)]),
      ...(where.exactly ?? []).map(([h, v]) => `(${columnRef(goalTable.table, h)}=${literal(v)})`),
    ]);
  return {
    cursor,
    lang,
    // COUNTIFS while every column the count reads holds labels only; else the names for status
    // and trend, and "=" on the places while those hold the structure's names. So one pasted
    // " grön" costs the status counts, not the goal and trend counts. Not more branches: LibreOffice
    // inlines a name into every formula that uses it, and its formulas hold at most 8,192 tokens.
    count: (where) => {
      if (cells.place === null) return viaNames(where, false);
      const tested = [
        cells.place,
        ...(where.status === undefined ? [] : [cells.status]),
        ...(where.trend === undefined ? [] : [cells.trend]),
      ].map((cell) => `${cell}=0`);
      // A count of places only has nothing to read through the names while the places are plain.
      if (tested.length === 1) return `IF(${tested[0]},${fast(where)},${viaNames(where, false)})`;
      return `IF(AND(${tested.join(",")}),${fast(where)},IF(${cells.place}=0,${viaNames(where, true)},${viaNames(where, false)}))`;
    },
    countUnknown: (place, kind) => cells.unknown(place, kind),
    countDone: (where) =>
      live.done === null ? "0" : countWhere([placedRows(live, goalTable, where, false), live.done]),
    live,
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
