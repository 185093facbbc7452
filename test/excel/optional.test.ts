// Frozen rows and the print setup only change how a sheet looks: a host that refuses them
// (freezeRows has thrown GeneralException on an Excel 2019 build) must not stop a load or a
// summary from landing, must not cost a round trip, and must be told to the user.
import { bundledStructure } from "../../src/domain";
import { AddinError } from "../../src/excel";
import { goalTable, setup, type Setup } from "./helpers";

let s: Setup;
afterEach(() => s.restore());

function sheetState(name: string) {
  const sheet = s.emu.workbook.dump().sheets.find((x) => x.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe("optional formatting", () => {
  it("a load with no refusal freezes the header rows and reports nothing incomplete", async () => {
    s = setup();
    const result = await s.service.applyLoad(bundledStructure(), "sv");
    expect(result.formattingIncomplete).toBeUndefined();
    expect(sheetState(goalTable(s.emu).sheet).freeze.rows).toBeGreaterThan(0);
  });

  it("a refused freeze leaves the load complete, in the same round trips, and says so", async () => {
    const plain = setup();
    await plain.service.applyLoad(bundledStructure(), "sv");
    const syncsWithout = plain.emu.stats.syncs;
    const want = plain.emu.workbook.dump();
    plain.restore();

    s = setup();
    s.emu.faults.failCommand("WorksheetFreezePanes.freezeRows");
    const result = await s.service.applyLoad(bundledStructure(), "sv");
    expect(result.formattingIncomplete).toBe(true);
    expect(result.newGoals).toBe(goalTable(plain.emu).body.length);
    // Every goal, every sheet and the table are there; only freezes or print set-ups may differ.
    const got = s.emu.workbook.dump();
    expect(got.sheets.map((x) => x.name)).toEqual(want.sheets.map((x) => x.name));
    expect(goalTable(s.emu).body).toEqual(goalTable(plain.emu).body);
    // Excel stops a request at the refused command: the goal sheet, frozen first, stays unfrozen.
    const goalSheet = goalTable(s.emu).sheet;
    const sheetOf = (d: typeof want, name: string) => d.sheets.find((x) => x.name === name);
    expect(sheetOf(want, goalSheet)?.freeze.rows).toBeGreaterThan(0);
    expect(sheetOf(got, goalSheet)?.freeze.rows).toBe(0);
    // One extra read, only after the failure, to see that the data landed.
    expect(s.emu.stats.syncs).toBe(syncsWithout + 1);
    // Trying again (a merge now) puts the frozen rows and the print setup back: the workbook is
    // then the one a load without the refusal leaves.
    const again = await s.service.applyLoad(bundledStructure(), "sv");
    expect(again.formattingIncomplete).toBeUndefined();
    // Every sheet, the history sheet too (which a merge never rewrites).
    const after = s.emu.workbook.dump();
    for (const { name } of want.sheets) {
      expect({ name, freeze: sheetOf(after, name)?.freeze }).toEqual({
        name,
        freeze: sheetOf(want, name)?.freeze,
      });
      expect({ name, layout: sheetOf(after, name)?.pageLayout }).toEqual({
        name,
        layout: sheetOf(want, name)?.pageLayout,
      });
    }
  });

  it("a refused page layout leaves the summary written and says so", async () => {
    s = setup();
    await s.service.applyLoad(bundledStructure(), "sv");
    s.emu.faults.failCommand("PageLayout.orientation");
    const result = await s.service.refreshSummary("sv");
    expect(result.formattingIncomplete).toBe(true);
    expect(result.summary.total.total).toBe(72);
  });

  it("a refusal among the data still fails the command as before", async () => {
    s = setup();
    s.emu.faults.failCommand("TableCollection.add");
    await expect(s.service.applyLoad(bundledStructure(), "sv")).rejects.toBeInstanceOf(AddinError);
  });
});
