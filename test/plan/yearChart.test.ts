// A programme whose goals have history gets, on the summary sheet, its counts per year (the earlier
// years as the history holds them, the follow-up year live from the area table) and a third chart,
// its status per year, over that table. Hand-checkable: the bundled example's first six goals (all
// in the ecological programme) carry a history of the two years before (test/history/fixtures.ts).
import { buildWorkbook, isFormula, parseRange, type PlanValue, type SheetPlan } from "../../src/plan";
import { CHART_NAME_PREFIX } from "../../src/plan/summary/charts";
import { withHistory } from "../history/fixtures";

function cellAt(sheet: SheetPlan, address: string): PlanValue | undefined {
  const { top: row, left: col } = parseRange(address);
  for (const b of sheet.blocks) {
    const r = parseRange(b.range);
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
      return b.values[row - r.top][col - r.left];
  }
  return undefined;
}

const structure = withHistory();
const y = structure.year;
const sheet = buildWorkbook(structure, "sv").plan.sheets.find((s) => s.role === "summary") as SheetPlan;
const charts = sheet.charts ?? [];
const rowOf = (label: string, from = 0): number => {
  for (const b of sheet.blocks) {
    const r = parseRange(b.range);
    for (let i = 0; i < b.values.length; i++)
      if (r.left === 1 && b.values[i][0] === label && r.top + i > from) return r.top + i;
  }
  throw new Error(`no row ${label}`);
};

test("the programme with history has a table per year: earlier years as counted, the comparison year and the follow-up year live", () => {
  const heading = rowOf("Per år: Program för ekologisk hållbarhet");
  const [r2, r1, r0] = [
    rowOf(String(y - 2), heading),
    rowOf(String(y - 1), heading),
    rowOf(String(y), heading),
  ];
  expect([r1 - r2, r0 - r1]).toEqual([1, 1]);
  // Goals, Röd, Gul, Grön, Ej bedömd (columns B–F). Two years back: red, not assessed, green;
  // one year back: yellow, green, red, yellow, green.
  const counts = (row: number) => ["B", "C", "D", "E", "F"].map((c) => cellAt(sheet, `${c}${row}`));
  expect(counts(r2)).toEqual([3, 1, 0, 1, 1]);
  // The comparison year refers to the comparison's total row (its own counts, from the history).
  const last = counts(r1);
  expect(last.map((v) => (v as { result: number }).result)).toEqual([5, 1, 2, 2, 0]);
  const refs = last.map((v) => (v as { formula: string }).formula);
  const row = /\d+$/.exec(refs[0])?.[0];
  expect(refs).toEqual(["B", "C", "D", "E", "F"].map((c) => `${c}${row}`));

  const now = counts(r0);
  for (const v of now) expect(isFormula(v as PlanValue)).toBe(true);
  // The published figures of 2023: 42 goals, 9 red, 29 yellow, 4 green.
  expect(now.map((v) => (v as { result: number }).result)).toEqual([42, 9, 29, 4, 0]);
  const total = rowOf("Totalt");
  expect((now[0] as { formula: string }).formula).toBe(`B${total}`);
  // The other programmes' goals have no history: no such table.
  expect(() => rowOf("Per år: Program för social hållbarhet")).toThrow();
});

test("a third chart, status per year, reads that table and stands beside the other two", () => {
  const eco = charts.filter((c) => c.name.startsWith(`${CHART_NAME_PREFIX}1_`));
  expect(eco.map((c) => c.name)).toEqual([
    `${CHART_NAME_PREFIX}1_Status`,
    `${CHART_NAME_PREFIX}1_Trend`,
    `${CHART_NAME_PREFIX}1_Ar`,
  ]);
  expect(charts.filter((c) => c.name.startsWith(`${CHART_NAME_PREFIX}2_`))).toHaveLength(2);
  const years = eco[2];
  expect(years.title).toBe("Status per år: Program för ekologisk hållbarhet");
  expect(years.altDescription).toContain("en stapel per uppföljningsår");
  expect(years.categoryNames).toEqual([String(y - 2), String(y - 1), String(y)]);
  const first = rowOf(String(y - 2), rowOf("Per år: Program för ekologisk hållbarhet"));
  expect(years.categories).toBe(`A${first}:A${first + 2}`);
  expect(years.series.map((s) => [s.name, s.values, s.cached])).toEqual([
    ["Röd", `C${first}:C${first + 2}`, [1, 1, 9]],
    ["Gul", `D${first}:D${first + 2}`, [0, 2, 29]],
    ["Grön", `E${first}:E${first + 2}`, [1, 2, 4]],
    ["Ej bedömd", `F${first}:F${first + 2}`, [1, 0, 0]],
  ]);
  const [status, , chart] = eco.map((c) => parseRange(c.anchor));
  expect(chart.top).toBe(status.top);
  expect(chart.left).toBeGreaterThan(parseRange(eco[1].anchor).right);
});
