// A large workbook with history: 50,000 goals with two years of it are about 100,000 history
// rows, more than Excel on the web answers in one read (5 MB).
// - The goal view, which reads the history whole for smaller workbooks, then reads the history's
//   goal IDs first and only the goal's rows: four syncs instead of three, an answer far under the
//   limit, and the same last assessment.
// - The commands read the history's first rows with the goal table's and the rest in slices
//   packed with the goal table's (src/excel/slices.ts): no request Excel refuses, every row read.
import { createGoalViewPort } from "../../src/excel/goalView";
import { GOAL_TABLE, HISTORY_TABLE, columnLetter, parseRange } from "../../src/plan";
import { edit, scaledStructure, setup } from "./helpers";

function withTwoYears(goals: number) {
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
  return st;
}

async function viewAt(goals: number, row: number) {
  const s = setup();
  try {
    const st = withTwoYears(goals);
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

test("validate at 50,000 goals with two years of history reads every history row, none refused", async () => {
  const s = setup();
  try {
    await s.service.applyLoad(withTwoYears(50_000), "sv");
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
