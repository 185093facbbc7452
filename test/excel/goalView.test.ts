// The goal view's adapter on the emulator: it follows the selection, reads last year's assessment
// from the history table, saves one row's official cells as text in one request, and refuses to
// write when the row no longer holds the goal shown (a co-author sorted the table). With an
// indicator sheet, the goal's indicators come in the same read, with the CLI's suggestion.
import { createGoalViewPort, type GoalViewPort } from "../../src/excel/goalView";
import type { GoalShown, GoalViewState } from "../../src/plan/goalView";
import { structureSuggestions } from "../../src/domain";
import { goalsIn, withHistory } from "../history/fixtures";
import { suggestionStructure } from "../indicators/suggestionFixture";
import { col, goalTable, setup, type Setup } from "./helpers";

let s: Setup;
let port: GoalViewPort;
beforeEach(async () => {
  s = setup();
  await s.service.applyLoad(withHistory(), "sv");
  port = createGoalViewPort(s.emu.Excel.run as never);
});
afterEach(() => s.restore());

function shown(v: GoalViewState): GoalShown {
  if (v.kind !== "goal") throw new Error(`no goal shown: ${v.kind}`);
  return v.goal;
}

/** The table's header is on Excel row 3 of "Mål" when loaded into a new workbook. */
function bodyTop(): number {
  const range = goalTable(s.emu).range; // e.g. "A3:J40"
  return Number(/\d+/.exec(range)?.[0]) + 1;
}

describe("goal view adapter", () => {
  test("no goal table, and a selection outside it, say so", async () => {
    s.emu.workbook.select("Blad1", "C3");
    expect((await port.read()).kind).toBe("outside");
    s.emu.reset({ sheets: ["Blad1"] });
    expect(await port.read()).toEqual({ kind: "no-table" });
  });

  test("follows the selection: goal, last year's assessment, navigation, in three syncs", async () => {
    const goals = goalsIn(withHistory());
    const top = bodyTop();
    s.emu.workbook.select("Mål", `B${top}`);
    s.emu.resetStats();
    const first = await port.read();
    expect(s.emu.stats.syncs).toBe(3);
    if (first.kind !== "goal") throw new Error(first.kind);
    expect(first.goal.id).toBe(goals[0].id);
    expect(first.goal.cells.text).toBe(goals[0].text);
    expect(first.goal.last).toMatchObject({ status: "yellow", trend: "up", comment: "+46 21 39 00 00" });
    expect(first.nav).toMatchObject({ previous: null, next: 1, position: 1, count: goals.length });
    expect(first.goal.fields.map((f) => f.key)).toEqual(["status", "trend", "comment", "done"]);

    s.emu.workbook.select("Mål", `H${top + 3}`);
    const fourth = shown(await port.read());
    expect(fourth.id).toBe(goals[3].id);
    expect(fourth.last).toMatchObject({ status: "red", trend: "down" });
  });

  test("go() moves Excel's selection to the row", async () => {
    const v = shown(await port.go(2));
    expect(v.id).toBe(goalsIn(withHistory())[2].id);
    expect(s.emu.workbook.selection).toMatch(new RegExp(`^Mål!A${bodyTop() + 2}:`));
  });

  test("saves the changed official cells as text in one write, formula-looking text included", async () => {
    const top = bodyTop();
    s.emu.workbook.select("Mål", `A${top + 1}`);
    const goal = shown(await port.read());
    const status = goal.cells.status === "Grön" ? "Röd" : "Grön";
    const trend = goal.cells.trend === "Nedåt" ? "Uppåt" : "Nedåt";
    const others = goalTable(s.emu).body.filter((_, i) => i !== 1);
    s.emu.resetStats();
    const out = await port.save(goal, { status, trend, comment: "=1+1" });
    expect(out.kind).toBe("saved");
    if (out.kind !== "saved") return;
    expect(out.cells).toBe(3);
    // Check and write: two syncs; then the view is read again (three).
    expect(s.emu.stats.syncs).toBe(5);
    const row = goalTable(s.emu).body[1];
    expect(row[col(s.emu, "Status")]).toBe(status);
    expect(row[col(s.emu, "Trend")]).toBe(trend);
    expect(row[col(s.emu, "Kommentar och analys")]).toBe("=1+1");
    const commentCell = s.emu.workbook.cell(
      "Mål",
      `${String.fromCharCode(65 + col(s.emu, "Kommentar och analys"))}${top + 1}`,
    );
    expect(commentCell.formula ?? null).toBeNull();
    expect(commentCell.numberFormat).toBe("@");
    expect(shown(out.view).cells.comment).toBe("=1+1");
    // Nothing else in the table changed.
    expect(goalTable(s.emu).body.filter((_, i) => i !== 1)).toEqual(others);
  });

  test("a sort between show and save: nothing written, the goal found at its new row", async () => {
    const top = bodyTop();
    s.emu.workbook.select("Mål", `A${top}`);
    const goal = shown(await port.read());
    const before = goalTable(s.emu).body.map((r) => [...r]);
    // A co-author swaps the first two rows.
    const width = before[0].length;
    const last = String.fromCharCode(64 + width);
    s.emu.workbook.typeValues(
      "Mål",
      `A${top}:${last}${top + 1}`,
      [before[1], before[0]].map((r) => r.map((v) => String(v ?? ""))),
    );
    const sorted = goalTable(s.emu).body.map((r) => [...r]);
    const out = await port.save(goal, { comment: "Skrivs inte fel" });
    expect(out.kind).toBe("moved");
    expect(JSON.stringify(s.emu.workbook.dump())).not.toContain("Skrivs inte fel");
    if (out.kind !== "moved") return;
    expect(out.found).toBe(true);
    expect(goalTable(s.emu).body).toEqual(sorted);
    expect(shown(out.view).id).toBe(goal.id);
    expect(shown(out.view).index).toBe(1);
  });

  test("watch() calls back on every selection change until stopped", async () => {
    let heard = 0;
    const stop = await port.watch(() => (heard += 1));
    s.emu.workbook.select("Mål", "B5");
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toBe(1);
    await stop();
    s.emu.workbook.select("Mål", "B6");
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toBe(1);
  });
});

describe("goal view adapter with an indicator sheet", () => {
  test("reads the goal's indicators in the same three syncs, with the suggestion the CLI gives", async () => {
    const structure = suggestionStructure();
    s.emu.reset({ sheets: ["Blad1"] });
    await s.service.applyLoad(structure, "sv");
    const top = bodyTop();
    // The summary's (and `summary`'s) suggestions for the same goals (src/domain/suggestions.ts).
    const cli = new Map(structureSuggestions(structure).map((v) => [v.goalId, v]));
    for (const [i, id] of ["EKO-1", "EKO-2"].entries()) {
      s.emu.workbook.select("Mål", `C${top + i}`);
      s.emu.resetStats();
      const goal = shown(await port.read());
      expect(s.emu.stats.syncs).toBe(3);
      expect(goal.id).toBe(id);
      const want = cli.get(id)!;
      expect(goal.indicators).toEqual({
        kind: "suggested",
        year: 2025,
        status: want.status,
        trend: want.trend,
        indicators: want.indicators.map((f, j) => ({
          ...f,
          direction: goalsIn(structure)[i].indicators![j].direction,
        })),
      });
    }
    expect(cli.get("EKO-2")).toMatchObject({ status: "red", trend: "flat" });
    // EKO-3: one indicator without values; EKO-4: none on the sheet.
    s.emu.workbook.select("Mål", `C${top + 2}`);
    expect(shown(await port.read()).indicators).toMatchObject({
      kind: "no-values",
      year: 2025,
      indicators: [{ id: "skydd", latest: null, status: null, trend: null }],
    });
    s.emu.workbook.select("Mål", `C${top + 3}`);
    expect(shown(await port.read()).indicators).toEqual({ kind: "none" });
  });

  test("suggests by the workbook's own rules (top, programme and indicator layers), as the CLI does", async () => {
    // As in test/indicators/rulesCell.test.ts: the defaults would give EKO-1 yellow / up and
    // EKO-2's "fornybar" red under the top layer; the rules make them red / flat and green.
    const structure = suggestionStructure();
    structure.statusRule = { yellow: 0.9 };
    structure.programs[0].trendRule = { flatBand: 0.2 };
    goalsIn(structure)[1].indicators![0].statusRule = { green: 0.4, yellow: 0.1 };
    s.emu.reset({ sheets: ["Blad1"] });
    await s.service.applyLoad(structure, "sv");
    const top = bodyTop();
    const cli = new Map(structureSuggestions(structure).map((v) => [v.goalId, v]));
    expect(cli.get("EKO-1")).toMatchObject({ status: "red", trend: "flat" });
    for (const [i, id] of ["EKO-1", "EKO-2"].entries()) {
      s.emu.workbook.select("Mål", `C${top + i}`);
      s.emu.resetStats();
      const goal = shown(await port.read());
      expect(s.emu.stats.syncs).toBe(3);
      const want = cli.get(id)!;
      expect(goal.indicators).toMatchObject({ kind: "suggested", status: want.status, trend: want.trend });
      if (goal.indicators.kind !== "suggested") throw new Error(goal.indicators.kind);
      expect(goal.indicators.indicators.map((f) => [f.id, f.status, f.trend])).toEqual(
        want.indicators.map((f) => [f.id, f.status, f.trend]),
      );
    }
  });

  test("a workbook without an indicator sheet reads as such, in three syncs", async () => {
    s.emu.workbook.select("Mål", `B${bodyTop()}`);
    s.emu.resetStats();
    expect(shown(await port.read()).indicators).toEqual({ kind: "no-sheet" });
    expect(s.emu.stats.syncs).toBe(3);
  });
});
