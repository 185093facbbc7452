// A table column of one formula, written once: the goal table's "last year" columns
// (src/plan/previous.ts) hold the same formula on every row, and sent per row they would make a
// load's request grow with the table (two columns of 10,000 formulas took it from 2 to 5 round
// trips and past 5 MB at 50,000 goals). So the renderer (render.ts, addTableBody) writes the first
// cell's formula and fills it down with Range.autoFill (ExcelApi 1.9): two commands whatever the
// rows. The fill copies the first cell's number format and look too, which the plan gives the
// whole column alike. The self-test's "formula-fill" check proves it in Excel.
import { isFormula, rangeAddress, type PlanValue } from "../plan";
import type { WriteBatch } from "./batch";

/** The columns of `rows` (2 rows or more) whose every cell holds one and the same formula, by index. */
export function uniformFormulaColumns(rows: readonly PlanValue[][]): number[] {
  if (rows.length < 2) return [];
  const out: number[] = [];
  rows[0].forEach((v, j) => {
    if (v === null || !isFormula(v)) return;
    const same = rows.every((r) => {
      const w = r[j];
      return w !== null && isFormula(w) && w.formula === v.formula;
    });
    if (same) out.push(j);
  });
  return out;
}

/** The runs [from, to] of the columns 0 … width − 1 not in `filled`. */
export function otherColumns(width: number, filled: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let j = 0; j < width; j++) {
    if (filled.includes(j)) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === j - 1) last[1] = j;
    else runs.push([j, j]);
  }
  return runs;
}

/** Column `col`, rows top…bottom: `formula` ("=…") in the top cell, filled down by autoFill. */
export function addColumnFill(
  batch: WriteBatch,
  sheet: string,
  top: number,
  bottom: number,
  col: number,
  formula: string,
): void {
  const first = rangeAddress(top, col, top, col);
  const whole = rangeAddress(top, col, bottom, col);
  batch.add(`fill ${sheet}!${whole}`, 2, formula, (context) => {
    const cell = context.workbook.worksheets.getItem(sheet).getRange(first);
    cell.formulas = [[formula]];
    cell.autoFill(whole, "FillCopy");
  });
  batch.repeatableLast();
}
