// The goal table's "last year" columns in Excel (the emulator): one formula down each column,
// written once and filled down where the host has Range.autoFill (ExcelApi 1.9) and once per row
// where it has not; every row shows its goal's status and trend of the history's latest year,
// and follows an edit of the history.
import { GOAL_TABLE } from "../../src/plan";
import { goalsIn, withHistory } from "./fixtures";
import { GOAL_COLUMNS, type GoalStructure } from "../../src/domain";
import { measure, scaledStructure, setup, type Setup } from "../excel/helpers";
import { Range } from "../emulator/api-range";

let s: Setup;
afterEach(() => s.restore());

function columnOf(header: string): number {
  const t = s.emu.workbook.table(GOAL_TABLE);
  if (!t) throw new Error("no goal table");
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
}

describe.each([
  ["1.17", 1],
  ["1.8", 0],
])("ExcelApi %s", (apiVersion, fills) => {
  beforeEach(() => {
    s = setup({ apiVersion });
  });

  test("every row shows the comparison year's status and trend, and follows an edit of the history", async () => {
    const structure = withHistory();
    const autoFill = jest.spyOn(Range.prototype, "autoFill");
    await s.service.applyLoad(structure, "sv");
    const t = s.emu.workbook.table(GOAL_TABLE);
    if (!t) throw new Error("no goal table");
    const status = columnOf("Status förra året");
    const trend = columnOf("Trend förra året");
    const goals = goalsIn(structure);
    expect(t.rows).toHaveLength(goals.length);
    expect(t.rows.slice(0, 6).map((r) => r[status])).toEqual(["Gul", "Grön", "", "Röd", "Gul", "Grön"]);
    expect(t.rows.slice(0, 6).map((r) => r[trend])).toEqual([
      "Uppåt",
      "Oförändrad",
      "",
      "Nedåt",
      "",
      "Uppåt",
    ]);
    expect(t.rows.slice(6).every((r) => r[status] === "" && r[trend] === "")).toBe(true);
    // One formula on every row.
    const [from, to] = t.address.replace(/^.*!/, "").split(":");
    const top = Number(/\d+/.exec(from)?.[0]) + 1;
    const bottom = Number(/\d+/.exec(to)?.[0]);
    const letter = String.fromCharCode(65 + status);
    const formulas = new Set(
      s.emu.workbook.formulas("Mål", `${letter}${top}:${letter}${bottom}`).map((r) => r[0]),
    );
    expect(formulas.size).toBe(1);
    expect([...formulas][0]).toMatch(/^=IFERROR\(/);
    expect(autoFill).toHaveBeenCalledTimes(fills * 2);
    autoFill.mockRestore();
    // The history's rows go by year, then goal: the first goal's row of last year is the fourth.
    expect(s.emu.workbook.values("Historik", "A8:C8")).toEqual([[structure.year - 1, goals[0].id, "Gul"]]);
    s.emu.workbook.typeValues("Historik", "C8", [["Röd"]]);
    s.emu.workbook.typeValues("Historik", "C9", [[""]]);
    const after = s.emu.workbook.table(GOAL_TABLE)?.rows ?? [];
    expect(after.slice(0, 2).map((r) => r[status])).toEqual(["Röd", "Ej bedömd"]);
  });
});

/** The scaled structure (test/excel/helpers.ts) with last year's assessment for every goal. */
function scaledWithHistory(n: number): GoalStructure {
  const s = scaledStructure(n);
  for (const p of s.programs)
    for (const a of p.areas)
      a.goals.forEach((g, i) => {
        g.history = [{ year: s.year - 1, status: (["red", "yellow", "green"] as const)[i % 3], trend: null }];
      });
  return s;
}

describe("at 10,000 goals with a year of history", () => {
  afterEach(() => jest.restoreAllMocks());

  test("each column is filled once, and the load takes at most one round trip more than without the columns", async () => {
    const figures = [];
    for (const columns of [true, false]) {
      s = setup();
      const autoFill = jest.spyOn(Range.prototype, "autoFill");
      // The same load, the last-year columns left out: taken for suggestion columns, which a
      // structure without indicators does not get.
      const previous = GOAL_COLUMNS.filter((c) => c.kind === "previous") as { owner: string }[];
      if (!columns) for (const c of previous) c.owner = "add-in";
      s.emu.resetStats();
      await s.service.applyLoad(scaledWithHistory(10_000), "sv");
      figures.push({ ...measure(s.emu), fills: autoFill.mock.calls.length });
      for (const c of previous) c.owner = "formula";
      s.restore();
      jest.restoreAllMocks();
    }
    const [withColumns, without] = figures;
    expect(withColumns.fills).toBe(2);
    expect(without.fills).toBe(0);
    // Measured 3 and 3 (6 and 5 before the history's year column was one format range): the
    // formulas are two commands, the narrower goal texts' row heights about 700 more (README).
    expect(withColumns.syncs - without.syncs).toBeLessThanOrEqual(1);
    // Two formulas, not two per row (about 2 MB at 10,000 goals, as before the fill).
    expect(withColumns.maxRequest - without.maxRequest).toBeLessThan(300_000);
    expect(withColumns.maxRequest).toBeLessThan(4_000_000);
  }, 120_000);
});
