// The history sheet in Excel (the emulator): a load creates it, no later load or merge changes
// it, a workbook made before it gets it on its next load, and validate, fix and the summary read
// it in the same request as the goal table, reporting its rows at their cells.
import { bundledStructure, summaryReportText, type GoalStructure } from "../../src/domain";
import { HISTORY_TABLE, buildWorkbook } from "../../src/plan";
import { goalsIn, twentyFour, withHistory } from "../history/fixtures";
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

describe("the comparison in the pane's summary", () => {
  test("the refreshed report text ends with the comparison sentence, in the pane's language too", async () => {
    await s.service.applyLoad(twentyFour(), "sv");
    const r = await s.service.refreshSummary("sv");
    // 3 better (G1–G3 yellow → green), 1 worse (G4 green → red), 20 the same; Kulturprogram none.
    expect(r.reportText.split("\n\n")[0]).toMatch(
      / Jämfört med 2023 har 3 mål fått en bättre bedömning, ett mål en sämre och 20 samma\.$/,
    );
    expect(r.reportText.match(/Jämfört med/g)).toHaveLength(1);
    // The pane shows the text again in another language from the summary it was given.
    expect(summaryReportText(r.summary, "en").split("\n\n")[0]).toMatch(
      / Compared with 2023, 3 goals got a better assessment, one goal a worse one and 20 the same\.$/,
    );
    // After an official's edit: G5 (row 7, under the header on row 2) yellow → green is one
    // more better, one fewer the same.
    expect(s.emu.workbook.values("Mål", "A7")).toEqual([["G5"]]);
    s.emu.workbook.typeValues("Mål", "G7", [["Grön"]]);
    const after = await s.service.refreshSummary("sv");
    expect(after.reportText).toMatch(
      / Jämfört med 2023 har 4 mål fått en bättre bedömning, ett mål en sämre och 19 samma\./,
    );
  });

  test("the summary sheet counts the comparison live and its report text ends with the same sentence", async () => {
    await s.service.applyLoad(twentyFour(), "sv");
    const [miljo] = buildWorkbook(twentyFour(), "sv").summaryBlocks;
    const rows = miljo.comparison;
    if (rows === null) throw new Error("no comparison on the sheet");
    const outcome = (): unknown[][] =>
      s.emu.workbook.values("Sammanfattning", `B${rows.outcomeRow}:E${rows.outcomeRow}`);
    const report = (): unknown => s.emu.workbook.values("Sammanfattning", `A${miljo.reportRow}`)[0][0];
    // Better, worse, the same, cannot be compared: G1–G3, G4, G5–G24, none.
    expect(outcome()).toEqual([[3, 1, 20, 0]]);
    // Yellow 2023 → green now: 3; green → red: 1; yellow → yellow: 20.
    expect(
      s.emu.workbook.values("Sammanfattning", `B${rows.transitionRow}:F${rows.transitionRow + 4}`),
    ).toEqual([
      [0, 0, 0, 0, 0],
      [0, 20, 3, 0, 23],
      [1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [1, 20, 3, 0, 24],
    ]);
    // An official's edit, before any refresh: G5 yellow → green; the formulas follow.
    s.emu.workbook.typeValues("Mål", "G7", [["grön"]]);
    expect(outcome()).toEqual([[4, 1, 19, 0]]);
    expect(report()).toMatch(
      / Jämfört med 2023 har 4 mål fått en bättre bedömning, ett mål en sämre och 19 samma\.$/,
    );
    // The refresh's report text (what the pane shows) says the same.
    const r = await s.service.refreshSummary("sv");
    expect(r.reportText.split("\n\n")[0]).toBe(report());
  });

  test("last-year cells that no longer show the history: no live comparison, the domain's text as a value", async () => {
    await s.service.applyLoad(twentyFour(), "sv");
    // An official types over G1's last-year status (I3): the cell no longer looks the history up.
    expect(s.emu.workbook.values("Mål", "A3:A3")).toEqual([["G1"]]);
    s.emu.workbook.typeValues("Mål", "I3", [["Grön"]]);
    const r = await s.service.refreshSummary("sv");
    const cells = s.emu.workbook.dump().sheets.find((sh) => sh.name === "Sammanfattning")?.cells ?? {};
    const texts = Object.values(cells).map((c) => String((c as { value?: unknown }).value ?? ""));
    expect(texts.some((x) => x.startsWith("Jämförelse med 2023"))).toBe(false);
    // The report text still ends with the domain's sentence (the history is unchanged), as a value.
    const first = r.reportText.split("\n\n")[0];
    expect(first).toMatch(
      / Jämfört med 2023 har 3 mål fått en bättre bedömning, ett mål en sämre och 20 samma\.$/,
    );
    expect(texts).toContain(first);
  });
});
