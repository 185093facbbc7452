// A large workbook with history: 50,000 goals with two years of it are about 100,000 history
// rows, more than Excel on the web answers in one read (5 MB).
// - The goal view, which reads the history whole for smaller workbooks, then reads the history's
//   goal IDs first and only the goal's rows: four syncs instead of three, an answer far under the
//   limit, and the same last assessment.
// - The commands read the history's first rows with the goal table's and the rest in slices
//   packed with the goal table's (src/excel/slices.ts): no request Excel refuses, every row read.
import { createGoalViewPort } from "../../src/excel/goalView";
import { GOAL_TABLE, HISTORY_TABLE, columnLetter, parseRange } from "../../src/plan";
import { edit, scaledStructure, setup, type Setup } from "./helpers";
import { lastYearUnevaluated } from "./lastYearUnevaluated";

/**
 * A workbook of `goals` goals loaded without history, then given two years of it by two history
 * imports, as an analyst catching up would (a load with history would add the last-year formula
 * columns, which the emulator evaluates far too slowly at this size: a pass over the history per
 * goal). Last year: yellow for odd goal numbers, green for even; two years ago red.
 */
async function loadWithTwoYears(service: Setup["service"], goals: number) {
  const st = scaledStructure(goals);
  const earlier = (back: number, status: (i: number) => "red" | "yellow" | "green", comment: string) => {
    const e = structuredClone(st);
    e.year = st.year - back;
    let i = 0;
    for (const p of e.programs)
      for (const a of p.areas)
        for (const g of a.goals) {
          i += 1;
          g.status = status(i);
          g.trend = back === 1 ? "flat" : "up";
          g.comment = `Goal ${i}: ${comment}`;
        }
    return e;
  };
  await service.applyLoad(st, "sv");
  await service.importHistory(earlier(2, () => "red", "two years ago, in a sentence."));
  await service.importHistory(earlier(1, (i) => (i % 2 ? "yellow" : "green"), "last year."));
  return st;
}

async function viewAt(goals: number, row: number) {
  const s = setup({ formulaValue: lastYearUnevaluated });
  try {
    const st = await loadWithTwoYears(s.service, goals);
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).getDataBodyRange().getRow(row).select();
    });
    s.emu.resetStats();
    const view = await createGoalViewPort(s.emu.Excel.run as never).read();
    return { view, stats: { ...s.emu.stats }, year: st.year };
  } finally {
    s.restore();
  }
}

describe("goal view at scale", () => {
  test.each([
    [10_000, 3],
    [50_000, 4],
  ])("%i goals with two years of history: %i syncs, an answer Excel accepts", async (goals, syncs) => {
    const row = goals - 2; // goal number goals - 1 (1-based): odd, so last year yellow
    const { view, stats, year } = await viewAt(goals, row);
    if (view.kind !== "goal") throw new Error(`no goal shown: ${view.kind}`);
    expect(view.goal.last).toEqual({
      year: year - 1,
      status: "yellow",
      trend: "flat",
      statusText: "Gul",
      trendText: "Oförändrad",
      comment: `Goal ${goals - 1}: last year.`,
    });
    expect(stats.syncs).toBe(syncs);
    // Under the 3.5 MB the commands' reads keep to (src/excel/slices.ts), so under the 5 MB limit.
    expect(stats.maxResponseBytes).toBeLessThan(3_500_000);
  });
});

test("validate at 50,000 goals with two years of history reads every history row, none refused", async () => {
  const s = setup({ formulaValue: lastYearUnevaluated });
  try {
    await loadWithTwoYears(s.service, 50_000);
    // An unreadable status in the history's last row: found only if the last slice was read.
    const t = s.emu.workbook.table(HISTORY_TABLE);
    if (!t) throw new Error("no history table");
    const r = parseRange(t.address);
    const status = t.headers.findIndex((h) => h === "Status");
    const cell = `${columnLetter(r.left + status)}${r.bottom}`;
    s.emu.workbook.typeValues(t.sheet, cell, [["lila"]]);
    s.emu.resetStats();
    const result = await s.service.validate();
    expect(result.issues.filter((x) => x.code === "history-unknown-status").map((x) => x.address)).toEqual([
      `Historik!${cell}`,
    ]);
    expect(s.emu.stats.requests.filter((x) => x.failed !== undefined)).toEqual([]);
  } finally {
    s.restore();
  }
});
