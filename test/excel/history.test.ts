// The history sheet in Excel (the emulator): a load creates it, no later load or merge changes
// it, a workbook made before it gets it on its next load, and validate, fix and the summary read
// it in the same request as the goal table, reporting its rows at their cells.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { HISTORY_TABLE } from "../../src/plan";
import { goalsIn, withHistory } from "../history/fixtures";
import { edit, setup, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

/** Every stored cell of one sheet, for comparing before and after. */
function cellsOf(sheet: string): Record<string, unknown> {
  const found = s.emu.workbook.dump().sheets.find((sh) => sh.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found.cells;
}

/** The structure a year later: other goal texts, a new goal, and a history of its own. */
function revised(): GoalStructure {
  const next = withHistory();
  const goals = goalsIn(next);
  goals[0].text = "Omformulerat mål";
  goals[1].history = [{ year: next.year - 1, status: "red", trend: "down", comment: "Annan historik" }];
  next.programs[0].areas[0].goals.push({ id: "NY-1", text: "Nytt mål", status: null, trend: null });
  return next;
}

describe("the history sheet on a load", () => {
  test("a new workbook gets it after the summary, with the structure's history", async () => {
    const r = await s.service.applyLoad(withHistory(), "sv");
    expect(r.sheetsToCreate).toEqual(["Mål", "Sammanfattning", "Historik", "Struktur"]);
    expect(s.emu.workbook.sheetNames()).toEqual(["Blad1", "Mål", "Sammanfattning", "Historik", "Struktur"]);
    const table = s.emu.workbook.table(HISTORY_TABLE);
    expect(table?.sheet).toBe("Historik");
    expect(table?.rows).toHaveLength(8);
    // Texts that look like formulas arrive as text.
    expect(table?.rows[0][4]).toBe('=HYPERLINK("http://example.com","x")');
    expect(s.emu.workbook.cell("Historik", "E5").formula ?? null).toBeNull();
  });

  test("a merge, and a load again, never change it, also after an official edited it", async () => {
    await s.service.applyLoad(withHistory(), "sv");
    s.emu.workbook.typeValues("Historik", "E6", [["Rättad kommentar"]]);
    const before = cellsOf("Historik");
    const merged = await s.service.applyLoad(revised(), "sv");
    expect(merged.mode).toBe("merge");
    expect(merged.sheetsToCreate).toEqual([]);
    expect(cellsOf("Historik")).toEqual(before);
    // Also when the table has been moved to another sheet: it is found by name.
    await edit(s.emu, (context) => {
      context.workbook.worksheets.getItem("Historik").name = "Tidigare år";
    });
    await s.service.applyLoad(revised(), "en");
    expect(s.emu.workbook.sheetNames()).not.toContain("Historik");
    expect(cellsOf("Tidigare år")).toEqual(before);
  });

  test("a load cut short after the sheet's heading, before its table, is completed by the retry", async () => {
    await s.service.applyLoad(withHistory(), "sv");
    const want = s.emu.workbook.table(HISTORY_TABLE)?.rows;
    // What a fault between the heading and the table leaves: the marked sheet with A1:A2 only.
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(HISTORY_TABLE).convertToRange();
      context.workbook.worksheets.getItem("Historik").getRange("A3:J200").clear("All");
    });
    expect(s.emu.workbook.table(HISTORY_TABLE)).toBeUndefined();
    const retry = await s.service.applyLoad(withHistory(), "sv");
    expect(retry.mode).toBe("merge");
    expect(s.emu.workbook.table(HISTORY_TABLE)?.sheet).toBe("Historik");
    expect(s.emu.workbook.table(HISTORY_TABLE)?.rows).toEqual(want);
  });

  test("a sheet called Historik holding only a user's own two cells in A1:A2 is left alone", async () => {
    await edit(s.emu, (context) => {
      const ws = context.workbook.worksheets.add("Historik");
      ws.getRange("A1:A2").values = [["Mina anteckningar"], ["om tidigare år"]];
    });
    await s.service.applyLoad(withHistory(), "sv");
    expect(s.emu.workbook.table(HISTORY_TABLE)).toBeUndefined();
    expect(cellsOf("Historik")).toMatchObject({ A1: expect.anything(), A2: expect.anything() });
  });

  test("a sheet with our title but a user's own text below it is theirs: left alone", async () => {
    await edit(s.emu, (context) => {
      const ws = context.workbook.worksheets.add("Historik");
      ws.getRange("A1:A2").values = [["Historik: tidigare års bedömningar"], ["Mina egna anteckningar"]];
    });
    await s.service.applyLoad(withHistory(), "sv");
    expect(s.emu.workbook.table(HISTORY_TABLE)).toBeUndefined();
    expect(s.emu.workbook.cell("Historik", "A2").value).toBe("Mina egna anteckningar");
  });

  test("a workbook made before the history sheet gets it on its next load", async () => {
    await s.service.applyLoad(bundledStructure(), "sv");
    await edit(s.emu, (context) => {
      context.workbook.worksheets.getItem("Historik").delete();
    });
    const preview = await s.service.previewLoad(withHistory(), "sv");
    expect(preview.sheetsToCreate).toEqual(["Historik"]);
    await s.service.applyLoad(withHistory(), "sv");
    expect(s.emu.workbook.table(HISTORY_TABLE)?.rows).toHaveLength(8);
  });

  test("a sheet called Historik that someone else filled is left alone, and the load goes on", async () => {
    await s.service.applyLoad(bundledStructure(), "sv");
    await edit(s.emu, (context) => {
      context.workbook.worksheets.getItem("Historik").delete();
      context.workbook.worksheets.add("Historik").getRange("A1").values = [["Mina egna anteckningar"]];
    });
    const r = await s.service.applyLoad(withHistory(), "sv");
    expect(r.sheetsToCreate).toEqual([]);
    expect(s.emu.workbook.table(HISTORY_TABLE)).toBeUndefined();
    expect(s.emu.workbook.values("Historik", "A1")).toEqual([["Mina egna anteckningar"]]);
  });
});

describe("the history read with the goal table", () => {
  test("validate reports its unreadable rows at their cells, in the same two syncs", async () => {
    await s.service.applyLoad(withHistory(), "sv");
    s.emu.resetStats();
    const clean = await s.service.validate();
    expect(s.emu.stats.syncs).toBe(2);
    expect(clean.issues.filter((i) => i.code.startsWith("history-"))).toEqual([]);

    s.emu.workbook.typeValues("Historik", "C5", [["lila"]]);
    s.emu.workbook.typeValues("Historik", "B7", [["FINNS-INTE"]]);
    s.emu.resetStats();
    const v = await s.service.validate();
    expect(s.emu.stats.syncs).toBe(2);
    expect(v.issues.filter((i) => i.code.startsWith("history-")).map((i) => [i.address, i.code])).toEqual([
      ["Historik!C5", "history-unknown-status"],
      ["Historik!B7", "history-unknown-goal"],
    ]);
    // Not fixable: nothing for fix all to write there.
    const before = cellsOf("Historik");
    await s.service.fixAll();
    expect(cellsOf("Historik")).toEqual(before);
    await s.service.selectCell("Historik!C5");
    expect(s.emu.workbook.selection).toBe("Historik!C5");
  });

  test("the summary's refresh reads it in its three syncs and leaves it as it is", async () => {
    await s.service.applyLoad(withHistory(), "sv");
    s.emu.workbook.typeValues("Historik", "D5", [["snett"]]);
    const before = cellsOf("Historik");
    s.emu.resetStats();
    const r = await s.service.refreshSummary("sv");
    expect(s.emu.stats.syncs).toBe(3);
    expect(r.issues.filter((i) => i.code.startsWith("history-")).map((i) => i.address)).toEqual([
      "Historik!D5",
    ]);
    expect(cellsOf("Historik")).toEqual(before);
  });
});
