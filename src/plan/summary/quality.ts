// The sheet's first table: what the goal table holds besides labels, live. One row counts, per
// column, the cells that "=" would not read as the domain does (another spelling, another case of
// a name); while a column's count is 0 the counts on the sheet read it with COUNTIFS or "=",
// which costs far less than the names (live.ts, context.ts). Then one row per programme counts
// the status and trend cells the parser rejects, which the line under its area table puts into
// words. Each count sits in one cell, evaluated once: inlined into the formulas that use it, it
// would be evaluated again in each of them.
import type { Lang } from "../../domain";
import { t } from "../../i18n";
import { formula, placedRows, type ProgramPlace, type QualityCells } from "./context";
import type { SheetCursor } from "./cursor";
import { countWhere, goalHeader, type LiveNames } from "./live";
import type { GoalTableLayout } from "../types";

/** The formula counting a programme's status (trend) cells that hold a rejected value. */
function unknownFormula(
  live: LiveNames,
  goalTable: GoalTableLayout,
  place: ProgramPlace,
  kind: "status" | "trend",
  column: string,
  placeCell: string | null,
): string {
  const count = (plain: boolean): string =>
    countWhere([placedRows(live, goalTable, { place }, plain), live.unknown(kind)]);
  const counted = placeCell === null ? count(false) : `IF(${placeCell}=0,${count(true)},${count(false)})`;
  // A column of labels holds nothing unknown.
  return `IF(${column}=0,0,${counted})`;
}

export function placeQualityTable(
  places: readonly ProgramPlace[],
  live: LiveNames,
  goalTable: GoalTableLayout,
  cursor: SheetCursor,
  lang: Lang,
): QualityCells {
  const { status, trend, place } = live.nonLabel;
  const [program, area, statusHeader, trendHeader] = (["program", "area", "status", "trend"] as const).map(
    (k) => goalHeader(goalTable, k),
  );
  cursor.headerRow([
    t(lang, "wb.summary.qualityCorner"),
    statusHeader,
    trendHeader,
    ...(place === null ? [] : [`${program}, ${area}`]),
  ]);
  // A workbook the plan writes holds labels only: every count is 0 when it is made.
  const row = cursor.write([
    [
      t(lang, "wb.summary.nonLabel"),
      formula(status, 0),
      formula(trend, 0),
      ...(place === null ? [] : [formula(place, 0)]),
    ],
  ]);
  const cells = { status: `$B$${row}`, trend: `$C$${row}`, place: place === null ? null : `$D$${row}` };
  const first = cursor.write(
    places.map((p) => [
      t(lang, "wb.summary.unreadable", { program: p.name }),
      formula(unknownFormula(live, goalTable, p, "status", cells.status, cells.place), 0),
      formula(unknownFormula(live, goalTable, p, "trend", cells.trend, cells.place), 0),
    ]),
  );
  const rowOf = new Map(places.map((p, i) => [p.program, first + i]));
  return {
    ...cells,
    unknown: (p, kind) => {
      const r = rowOf.get(p.program);
      if (r === undefined) throw new Error(`no quality row for programme ${p.program}`);
      return `$${kind === "status" ? "B" : "C"}$${r}`;
    },
  };
}
