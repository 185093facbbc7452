// The goal view in a large workbook: 50,000 goals with two years of history are about 100,000
// history rows, more than Excel on the web answers in one read (5 MB), so reading the history
// whole, as the view does for smaller workbooks, would be refused on every selection move. It
// then reads the history's goal IDs first and only the goal's rows: four syncs instead of three,
// an answer far under the limit, and the same last assessment.
import { createGoalViewPort } from "../../src/excel/goalView";
import { GOAL_TABLE } from "../../src/plan";
import { edit, scaledStructure, setup } from "./helpers";

async function viewAt(goals: number, row: number) {
  const s = setup();
  try {
    const st = scaledStructure(goals);
    let i = 0;
    for (const p of st.programs)
      for (const a of p.areas)
        for (const g of a.goals) {
          i += 1;
          g.history = [
            {
              year: st.year - 2,
              status: "red",
              trend: "up",
              comment: `Goal ${i}: two years ago, in a sentence.`,
            },
            {
              year: st.year - 1,
              status: i % 2 ? "yellow" : "green",
              trend: "flat",
              comment: `Goal ${i}: last year.`,
            },
          ];
        }
    await s.service.applyLoad(st, "sv");
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
