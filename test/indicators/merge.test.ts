// A structure merged into a workbook that has an indicator table of its own: that table, which
// the merge keeps, decides the suggestion cells, so the merge leaves them as they are whatever
// the structure's indicators say, and the next refresh has nothing to take back.
import type { GoalStructure } from "../../src/domain";
import { col, goalTable, setup, type Setup } from "../excel/helpers";
import { suggestionStructure } from "./suggestionFixture";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

const withoutIndicators = (x: GoalStructure): GoalStructure => {
  const copy = JSON.parse(JSON.stringify(x)) as GoalStructure;
  for (const p of copy.programs) for (const a of p.areas) for (const g of a.goals) delete g.indicators;
  return copy;
};

/** Goal ID → [suggested status, suggested trend] as the goal table shows them. */
function suggestions(): Record<string, [string, string]> {
  const t = goalTable(s.emu);
  const id = col(s.emu, "Mål-ID");
  const st = col(s.emu, "Förslag status");
  const tr = col(s.emu, "Förslag trend");
  return Object.fromEntries(t.body.map((r) => [r[id], [r[st], r[tr]]]));
}

describe("merge into a workbook with its own indicator table", () => {
  test("a structure without indicators leaves the suggestions, and the refresh agrees", async () => {
    const first = suggestionStructure();
    await s.service.applyLoad(first, "sv");
    const before = suggestions();
    // The fixture's hand-worked suggestions: EKO-1 yellow/up, EKO-2 red/flat, none for EKO-3/4.
    expect(before["EKO-1"]).toEqual(["Gul", "Uppåt"]);
    expect(before["EKO-2"]).toEqual(["Röd", "Oförändrad"]);

    await s.service.applyLoad(withoutIndicators(first), "sv");
    expect(suggestions()).toEqual(before);
    await s.service.refreshSummary("sv");
    expect(suggestions()).toEqual(before);
  });

  test("a structure with other indicator values and a new goal: the workbook's table still decides", async () => {
    const first = suggestionStructure();
    await s.service.applyLoad(first, "sv");
    const before = suggestions();

    const next = suggestionStructure();
    const area = next.programs[0].areas[0];
    // EKO-1's latest value reaching its target would suggest green if the merge followed it.
    const eko1 = area.goals.find((g) => g.id === "EKO-1");
    const values = eko1?.indicators?.[0].values;
    if (!values) throw new Error("fixture changed: EKO-1 has no indicator values");
    values[values.length - 1].value = 50;
    area.goals.push({ ...structuredClone(eko1!), id: "EKO-9", text: "Ett nytt mål med en indikator" });

    await s.service.applyLoad(next, "sv");
    const merged = suggestions();
    expect(merged["EKO-1"]).toEqual(before["EKO-1"]);
    // The new goal's indicator is not in the workbook's table, so it has no suggestion yet.
    expect(merged["EKO-9"]).toEqual(["", ""]);
    await s.service.refreshSummary("sv");
    expect(suggestions()).toEqual(merged);
  });
});
