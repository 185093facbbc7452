// The goal table's suggestion columns in Excel (the emulator): a load writes them from the
// structure's indicators, a merge rewrites them where the indicators changed and never touches the
// officials' cells, Format again colours them like the status and trend, a rollover empties them,
// and nothing reads them back as the official's assessment. The hand-checked structure is
// test/indicators/suggestionFixture.ts.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { collectReturns } from "../../src/domain/collect";
import { GOAL_TABLE, INDICATOR_TABLE, buildWorkbookPlan, readWorkbookTables } from "../../src/plan";
import { validation } from "../../src/plan/goalTable";
import { suggestionStructure } from "../indicators/suggestionFixture";
import { col, edit, goalTable, measure, setup, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

function cells(header: string): unknown[] {
  const c = col(s.emu, header);
  return goalTable(s.emu).body.map((r) => r[c]);
}

describe("the suggestion columns", () => {
  test("a load writes them after the officials' columns, empty for goals without indicator values", async () => {
    await s.service.applyLoad(suggestionStructure(), "sv");
    const { header } = goalTable(s.emu);
    expect(header.slice(-2)).toEqual(["Förslag status", "Förslag trend"]);
    expect(cells("Förslag status")).toEqual(["Gul", "Röd", "", ""]);
    expect(cells("Förslag trend")).toEqual(["Uppåt", "Oförändrad", "", ""]);
    // The official's own status stays as the structure has it.
    expect(cells("Status")).toEqual(["Gul", "Grön", "Grön", ""]);
  });

  test("a structure without indicators gets the table it always had", async () => {
    await s.service.applyLoad(bundledStructure(), "sv");
    expect(goalTable(s.emu).header).not.toContain("Förslag status");
  });

  test("a merge leaves the suggestions to the workbook's indicator table, and the officials' cells as they are", async () => {
    await s.service.applyLoad(suggestionStructure(), "sv");
    await edit(s.emu, (context) => {
      const table = context.workbook.tables.getItem(GOAL_TABLE);
      // The official of EKO-2 changes the status to Gul.
      table.getDataBodyRange().getCell(1, col(s.emu, "Status")).values = [["Gul"]];
    });
    const next: GoalStructure = suggestionStructure();
    // EKO-3's indicator gets a value in the structure (10 → 20, 2025: 15, p = e = 0.5), which
    // would suggest green; the workbook keeps its own indicator table, which lacks the value, so
    // EKO-3 still has no suggestion, before and after the next refresh.
    next.programs[0].areas[1].goals[0].indicators![0].values = [{ year: 2025, value: 15 }];
    next.programs[0].areas[0].goals[1].status = "red";
    await s.service.applyLoad(next, "sv");
    expect(cells("Förslag status")).toEqual(["Gul", "Röd", "", ""]);
    expect(cells("Förslag trend")).toEqual(["Uppåt", "Oförändrad", "", ""]);
    expect(cells("Status")).toEqual(["Gul", "Gul", "Grön", ""]);
    await s.service.refreshSummary("sv");
    expect(cells("Förslag status")).toEqual(["Gul", "Röd", "", ""]);
  });

  test("validate informs at the status cell where the official's status differs; never a fix", () => {
    // The table as a load writes it, read back against a reference that carries the goals'
    // indicators (what the workbook's indicator sheet is to give; the structure sheet has none).
    const plan = buildWorkbookPlan(suggestionStructure(), "sv");
    const sheet = plan.sheets.find((x) => x.role === "goals")!;
    const table = sheet.tables[0];
    const read = readWorkbookTables({
      goals: {
        sheet: sheet.name,
        topLeft: table.range.split(":")[0],
        header: table.columns,
        body: table.rows.map((r) => r.map((v) => (v === null ? "" : String(v)))),
      },
    });
    if (!read.ok) throw new Error("unreadable");
    const result = validation({ ...read.value, reference: suggestionStructure() });
    const info = result.issues.filter((i) => i.code === "differs-from-suggestion");
    expect(info.map((i) => [i.address, i.goalId, i.severity, i.suggestion])).toEqual([
      // Header on row 2 (no note), EKO-1 on row 3, EKO-2 on row 4; G is the status column.
      ["Mål!G4", "EKO-2", "info", null],
    ]);
    // Advice, not something to tidy up: counted apart from info.
    expect(result.counts).toEqual({ error: 0, warning: 1, info: 0, fixable: 0, advice: 1 });
    // Without indicators in the reference, nothing to compare.
    expect(validation(read.value).issues.map((i) => i.code)).toEqual(["missing-status"]);
  });

  test("Refresh summary gives the pane what the suggestion columns say", async () => {
    await s.service.applyLoad(suggestionStructure(), "sv");
    const result = await s.service.refreshSummary("sv");
    expect(
      (result.suggestions ?? []).map((v) => [v.goalId, v.official.status, v.status, v.trend, v.differs]),
    ).toEqual([
      ["EKO-1", "yellow", "yellow", "up", false],
      ["EKO-2", "green", "red", "flat", true],
    ]);
  });

  test("Refresh summary brings them up to date with values typed into the indicator sheet, in its 3 requests", async () => {
    await s.service.applyLoad(suggestionStructure(), "sv");
    const info = s.emu.workbook.table(INDICATOR_TABLE);
    if (!info) throw new Error("no indicator table");
    const row = info.rows.findIndex((r) => r[info.headers.indexOf("Indikator-ID")] === "skydd");
    const year = info.headers.indexOf("2025");
    expect([row >= 0, year >= 0]).toEqual([true, true]);
    // An official types EKO-3's 2025 value: 15 of 10 → 20 by 2030 is on the line (p = e = 0.5),
    // green; one value, so no trend.
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(INDICATOR_TABLE).getDataBodyRange().getCell(row, year).values = [[15]];
    });
    s.emu.resetStats();
    const result = await s.service.refreshSummary("sv");
    expect(measure(s.emu).syncs).toBe(3);
    expect(cells("Förslag status")).toEqual(["Gul", "Röd", "Grön", ""]);
    expect(cells("Förslag trend")).toEqual(["Uppåt", "Oförändrad", "", ""]);
    // The pane's list says the same as the columns; the official's status is untouched.
    expect((result.suggestions ?? []).map((v) => [v.goalId, v.status])).toEqual([
      ["EKO-1", "yellow"],
      ["EKO-2", "red"],
      ["EKO-3", "green"],
    ]);
    expect(cells("Status")).toEqual(["Gul", "Grön", "Grön", ""]);
  });

  test("Format again colours them with the status and trend rules", async () => {
    await s.service.applyLoad(suggestionStructure(), "sv");
    const result = await s.service.applyFormatting();
    // Three statuses and three trends, on the official's columns and on the suggestions'.
    expect(result.conditionalFormats).toBe(12);
  });

  test("a rollover empties them with the year's assessment", async () => {
    await s.service.applyLoad(suggestionStructure(), "sv");
    await s.service.rollover(2026, true, "sv");
    expect(cells("Förslag status")).toEqual(["", "", "", ""]);
    expect(cells("Förslag trend")).toEqual(["", "", "", ""]);
  });
});

describe("collect", () => {
  test("never takes a suggestion from a return", () => {
    const sent = [{ id: "EKO-2", cells: { status: "Grön", suggestedStatus: "Röd" } }];
    const returned = [{ id: "EKO-2", cells: { status: "Grön", suggestedStatus: "Grön" } }];
    const result = collectReturns(sent, [{ file: "ret.xlsx", sent, returned }]);
    expect(result.taken).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });
});
