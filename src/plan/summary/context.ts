// What a unit needs to place its table as formulas: the cursor, and the goal table's structured
// references. The criteria are the labels in the workbook's language, as the goal table holds them.
import { statusLabel, trendLabel, type Lang, type Status, type Trend } from "../../domain";
import { columnLetter } from "../a1";
import { columnRef, countifs, stringLiteral } from "../formula";
import type { FormulaValue, GoalTableLayout } from "../types";
import type { CountColumnId } from "./model";
import type { SheetCursor } from "./cursor";

export type Criterion = [header: string, value: string];

export interface PlaceContext {
  cursor: SheetCursor;
  lang: Lang;
  /** COUNTIFS over the goal table. */
  countifs(criteria: Criterion[]): string;
  /** COUNTIFS with `exact` criteria and one criterion written as it is (e.g. "<>": not empty). */
  countifsRaw(exact: Criterion[], raw: Criterion): string;
  /** The goal table's header of a column. */
  header(key: "program" | "area" | "status" | "trend"): string;
  program(name: string): Criterion;
  area(name: string): Criterion;
  status(s: Status): Criterion;
  trend(tr: Trend): Criterion;
}

export function placeContext(cursor: SheetCursor, goalTable: GoalTableLayout, lang: Lang): PlaceContext {
  const header = (key: "program" | "area" | "status" | "trend"): string => {
    const c = goalTable.columns.find((col) => col.key === key);
    if (!c) throw new Error(`goal table has no ${key} column`);
    return c.header;
  };
  const program = header("program");
  const area = header("area");
  const status = header("status");
  const trend = header("trend");
  return {
    cursor,
    lang,
    countifs: (criteria) => countifs(goalTable.table, criteria),
    countifsRaw: (exact, [column, raw]) =>
      `${countifs(goalTable.table, exact).slice(0, -1)},${columnRef(goalTable.table, column)},${stringLiteral(raw)})`,
    header,
    program: (name) => [program, name],
    area: (name) => [area, name],
    status: (s) => [status, statusLabel(s, lang)],
    trend: (tr) => [trend, trendLabel(tr, lang)],
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
