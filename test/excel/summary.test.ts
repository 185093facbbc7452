// The summary sheet belongs to the add-in: a refresh rewrites it whole, gives the same workbook
// when run twice, counts what officials entered, and never takes over a sheet of a user's.
import { bundledStructure, type ProgramSummary } from "../../src/domain";
import { columnLetter, parseRange } from "../../src/plan";
import { MARKER } from "../../src/excel";
import { col, domainSummaryRows, goalTable, setup, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

function type(row: number, header: string, value: string): void {
  const t = goalTable(s.emu);
  const r = parseRange(t.range);
  s.emu.workbook.typeValues(t.sheet, `${columnLetter(r.left + col(s.emu, header))}${r.top + 1 + row}`, [
    [value],
  ]);
}

/** The counts the summary sheet shows for a programme (evaluated by the emulator), row by row. */
function shownCounts(
  sheet: string,
  p: ProgramSummary,
  values: unknown[][] = s.emu.workbook.values(sheet),
): { label: string; counts: unknown[] }[] {
  const heading = values.findIndex((row) => row[0] === p.name);
  expect(heading).toBeGreaterThan(0);
  const out: { label: string; counts: unknown[] }[] = [];
  for (let i = 0; i <= p.areas.length; i++) {
    const row = values[heading + 2 + i];
    out.push({ label: String(row[0]), counts: row.slice(1, 10) });
  }
  return out;
}

describe("refresh summary", () => {
  beforeEach(async () => {
    await s.service.applyLoad(bundledStructure(), "sv");
  });

  test("twice in a row gives the same workbook, on the same sheet object", async () => {
    // An official's edits first, so the summary differs from the one the load wrote.
    type(0, "Status", "Grön");
    type(1, "Status", "");
    type(2, "Trend", "Nedåt");
    const id = s.emu.workbook.sheet("Sammanfattning").id;
    const position = s.emu.workbook.sheetNames().indexOf("Sammanfattning");
    await s.service.refreshSummary("sv");
    const once = s.emu.workbook.dump();
    await s.service.refreshSummary("sv");
    expect(s.emu.workbook.dump()).toEqual(once);
    expect(s.emu.workbook.sheet("Sammanfattning").id).toBe(id);
    expect(s.emu.workbook.sheetNames().indexOf("Sammanfattning")).toBe(position);
  });

  test("counts what officials entered, as the domain does", async () => {
    type(0, "Status", "Grön");
    type(1, "Status", "röd");
    type(2, "Status", "");
    type(3, "Trend", "nedåt");
    type(4, "Status", "lila");
    const r = await s.service.refreshSummary("sv");
    expect(r.sheet).toBe("Sammanfattning");
    for (const p of r.summary.programs) expect(shownCounts(r.sheet, p)).toEqual(domainSummaryRows(p));
    expect(r.reportText).toMatch(/^Av de \d+ mål/);
    const en = await s.service.refreshSummary("en");
    // The workbook stays Swedish; only the returned text follows the pane's language.
    expect(en.sheet).toBe("Sammanfattning");
    expect(en.reportText).toMatch(/^Of the \d+ goals/);
  });

  test("returns the issues left in the table at their cells, as validate finds them, in 3 syncs", async () => {
    type(4, "Status", "lila");
    type(6, "Trend", " uppåt");
    s.emu.resetStats();
    const r = await s.service.refreshSummary("en");
    // No extra read for the pane to learn which errors are left.
    expect(s.emu.stats.syncs).toBe(3);
    const v = await s.service.validate();
    expect(r.issues).toEqual(v.issues);
    expect(r.counts).toEqual(v.counts);
    const t = goalTable(s.emu);
    const top = parseRange(t.range);
    const lila = r.issues.find((i) => i.code === "unknown-status");
    expect(lila?.address).toBe(`${t.sheet}!${columnLetter(top.left + col(s.emu, "Status"))}${top.top + 5}`);
    expect(r.issues.map((i) => i.code)).toContain("normalisable-trend");
    expect(r.goalSheet).toBe(t.sheet);
    expect(r.goalSheet).toBe("Mål");
  });

  test("every spelling the parser accepts is counted live as its value, before and after Fix all", async () => {
    type(1, "Status", " röd ");
    type(2, "Status", "GREEN.");
    type(3, "Trend", "↑");
    type(5, "Trend", "Upp");
    const v = await s.service.validate();
    expect(v.issues.map((i) => i.code)).toContain("normalisable-status");
    // Live: the sheet the load wrote, recalculated, before any refresh.
    const shown = s.emu.workbook.values("Sammanfattning");
    const domain = await s.service.refreshSummary("sv");
    for (const p of domain.summary.programs)
      expect(shownCounts(domain.sheet, p, shown)).toEqual(domainSummaryRows(p));
    await s.service.fixAll();
    const r = await s.service.refreshSummary("sv");
    for (const p of r.summary.programs) expect(shownCounts(r.sheet, p)).toEqual(domainSummaryRows(p));
  });

  test("a refresh after the layout shrank equals a summary written on a fresh sheet", async () => {
    // The structure loses its second programme: the summary loses a whole block.
    const smaller = bundledStructure();
    smaller.programs = smaller.programs.slice(0, 1);
    await s.service.applyLoad(smaller, "sv");
    const rewritten = s.emu.workbook.dump().sheets.find((x) => x.name === "Sammanfattning");
    // The same summary, on a sheet that never held the old layout.
    await s.emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sammanfattning").delete();
      await context.sync();
    });
    await s.service.refreshSummary("sv");
    const fresh = s.emu.workbook.dump().sheets.find((x) => x.name === "Sammanfattning");
    expect(rewritten).toEqual(fresh);
  });

  test("the summary sheet is found by its marker after a user renames it", async () => {
    await s.emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sammanfattning").name = "Sammanfattning 2023";
      await context.sync();
    });
    // The marker (a defined name) follows the sheet, as in Excel.
    expect(s.emu.workbook.dump().names).toContainEqual({
      name: MARKER.summary,
      formula: "='Sammanfattning 2023'!$A$1",
    });
    const r = await s.service.refreshSummary("sv");
    expect(r.sheet).toBe("Sammanfattning 2023");
    expect(s.emu.workbook.hasSheet("Sammanfattning")).toBe(false);
  });

  test("a user's own sheet called Sammanfattning is never touched", async () => {
    // The add-in's summary sheet is gone, and the user has made a sheet of their own by that name.
    await s.emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sammanfattning").delete();
      context.workbook.names.getItem(MARKER.summary).delete();
      await context.sync();
    });
    s.emu.workbook.addSheet("Sammanfattning");
    s.emu.workbook.typeValues("Sammanfattning", "A1:B2", [
      ["Min egen sammanfattning", ""],
      ["Antal", 3],
    ]);
    const before = s.emu.workbook.dump();
    await expect(s.service.refreshSummary("sv")).rejects.toMatchObject({
      code: "sheet-name-taken",
      state: "unchanged",
      messages: {
        sv: expect.stringContaining("Sammanfattning"),
        en: expect.stringContaining("Sammanfattning"),
      },
    });
    await expect(s.service.applyLoad(bundledStructure(), "sv")).rejects.toMatchObject({
      code: "sheet-name-taken",
    });
    expect(s.emu.workbook.dump()).toEqual(before);
  });

  test("a summary written by the CLI (no marker) is recognised and taken over", async () => {
    await s.emu.Excel.run(async (context) => {
      context.workbook.names.getItem(MARKER.summary).delete();
      await context.sync();
    });
    const r = await s.service.refreshSummary("sv");
    expect(r.sheet).toBe("Sammanfattning");
    expect(s.emu.workbook.model.names.map((n) => n.name)).toContain(MARKER.summary);
  });
});
