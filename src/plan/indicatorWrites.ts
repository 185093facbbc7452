// What fetching from Kolada changes on an indicator sheet as it is: the cells of the fetched
// values and of the attribution, as cell writes into the table found (its own column positions),
// so the pane writes only those cells into the live workbook. A year Kolada answers for replaces
// what the cell held (as the CLI's `kolada` does); every other cell stays as the official left it.
// The .xlsx path draws the sheet again instead (src/xlsx/goalbook.ts).
import { idKey, type GoalStructure, type Indicator, type Lang } from "../domain";
import type { IndicatorTableRead } from "./indicatorRead";
import { attributionText } from "./indicatorSheet";

export interface IndicatorCellWrite {
  /** 0-based body row. */
  row: number;
  /** 0-based column within the table. */
  col: number;
  value: number | string;
  /** A number goes into a General cell, the attribution into a text cell. */
  numberFormat: "General" | "@";
}

export interface IndicatorWrites {
  writes: IndicatorCellWrite[];
  /** Fetched years the table has no column for (nothing is written for them). */
  missingYears: number[];
}

/** The cell writes that put the Kolada values of `filled` (fillFromKolada's) into `table`. */
export function indicatorWrites(
  table: IndicatorTableRead,
  filled: GoalStructure,
  lang: Lang,
): IndicatorWrites {
  const byKey = new Map<string, Indicator>();
  for (const p of filled.programs)
    for (const a of p.areas)
      for (const g of a.goals)
        for (const ind of g.indicators ?? [])
          byKey.set(`${idKey(g.id.trim())}\u0000${ind.id.toLowerCase()}`, ind);
  const writes: IndicatorCellWrite[] = [];
  const missing = new Set<number>();
  const seen = new Set<string>();
  for (const row of table.rows) {
    const key = `${idKey((row.cells.goalId ?? "").trim())}\u0000${(row.cells.id ?? "").trim().toLowerCase()}`;
    const ind = byKey.get(key);
    // The first row of a goal's indicator is the one read (a repeated one is an issue of its own).
    if (ind === undefined || seen.has(key)) continue;
    seen.add(key);
    const texts = new Map(row.years.map((y) => [y.year, y.text.trim()]));
    for (const v of ind.values ?? []) {
      if (v.source !== "kolada") continue;
      const col = table.yearPositions.get(v.year);
      if (col === undefined) {
        missing.add(v.year);
        continue;
      }
      if (texts.get(v.year) !== String(v.value))
        writes.push({ row: row.index, col, value: v.value, numberFormat: "General" });
    }
    const col = table.positions.attribution;
    // Only the years the sheet shows: the attribution must not name a value no cell holds.
    const shown = (ind.values ?? []).filter((v) => table.yearPositions.has(v.year));
    const text = attributionText(shown, lang);
    if (col !== undefined && text !== null && (row.cells.attribution ?? "").trim() !== text)
      writes.push({ row: row.index, col, value: text, numberFormat: "@" });
  }
  return { writes, missingYears: [...missing].sort((a, b) => a - b) };
}
