// Validate reads the goal table back into the domain and reports each problem at its cell; a
// problem's cell can be selected; fixable values are normalised in one batch that writes only
// the cells that change.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { columnLetter, parseRange } from "../../src/plan";
import { col, goalTable, goalsOf, setup, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

function address(row: number, header: string): { sheet: string; cell: string } {
  const t = goalTable(s.emu);
  const r = parseRange(t.range);
  return { sheet: t.sheet, cell: `${columnLetter(r.left + col(s.emu, header))}${r.top + 1 + row}` };
}

function type(row: number, header: string, value: string): void {
  const a = address(row, header);
  s.emu.workbook.typeValues(a.sheet, a.cell, [[value]]);
}

/** Every stored cell of the workbook, sheet by sheet, for comparing before and after. */
function cellsOf(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(s.emu.workbook.dump().sheets.map((sh) => [sh.name, sh.cells]));
}

describe("validate, select, fix", () => {
  let structure: GoalStructure;
  beforeEach(async () => {
    structure = bundledStructure();
    await s.service.applyLoad(structure, "sv");
  });

  test("issues name the offending cell as Sheet!A1", async () => {
    type(0, "Status", " grön");
    type(1, "Trend", "sidled");
    type(2, "Mål-ID", goalsOf(structure)[0].goal.id);
    const v = await s.service.validate();
    const byCode = (code: string) => v.issues.filter((i) => i.code === code);
    expect(byCode("normalisable-status").map((i) => i.address)).toEqual([`Mål!${address(0, "Status").cell}`]);
    expect(byCode("normalisable-status")[0].suggestion).toBe("Grön");
    expect(byCode("unknown-trend").map((i) => i.address)).toEqual([`Mål!${address(1, "Trend").cell}`]);
    expect(byCode("duplicate-id").map((i) => i.address)).toEqual([`Mål!${address(2, "Mål-ID").cell}`]);
    expect(v.counts.error).toBe(2);
    expect(v.counts.info).toBe(1);
    expect(v.counts.fixable).toBe(1);
    expect(v.goals).toBe(goalsOf(structure).length);
  });

  test("a problem's cell is selected and its sheet activated", async () => {
    s.emu.workbook.addSheet("Annat");
    await s.emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Annat").activate();
      await context.sync();
    });
    type(4, "Status", "lila");
    const v = await s.service.validate();
    const issue = v.issues.find((i) => i.code === "unknown-status");
    expect(issue).toBeDefined();
    s.emu.resetStats();
    await s.service.selectCell(issue?.address as string);
    expect(s.emu.stats.syncs).toBe(1);
    expect(s.emu.workbook.activeSheet).toBe("Mål");
    expect(s.emu.workbook.selection).toBe(`Mål!${address(4, "Status").cell}`);
  });

  test("selecting a cell on a quoted sheet name and on a sheet that is gone", async () => {
    s.emu.workbook.addSheet("Min flik");
    await s.service.selectCell("'Min flik'!C7");
    expect(s.emu.workbook.selection).toBe("'Min flik'!C7");
    await expect(s.service.selectCell("Borta!A1")).rejects.toMatchObject({ code: "sheet-missing" });
    await expect(s.service.selectCell("inte en adress")).rejects.toMatchObject({ code: "invalid-input" });
  });

  test("fix all writes exactly the cells whose value changes, in one write", async () => {
    type(0, "Status", " grön");
    type(3, "Status", "GUL");
    type(5, "Trend", "upp");
    type(6, "Trend", "sidled"); // unknown: not fixable, left alone
    const before = cellsOf();
    s.emu.resetStats();
    const r = await s.service.fixAll();
    // probe, read, write
    expect(s.emu.stats.syncs).toBe(3);
    expect(r.fixed).toBe(3);
    expect(r.after.counts.fixable).toBe(0);
    expect(r.after.issues.map((i) => i.code)).toContain("unknown-trend");

    const after = cellsOf();
    const changed: string[] = [];
    for (const [sheet, cells] of Object.entries(after))
      for (const [a, c] of Object.entries(cells))
        if (JSON.stringify(c) !== JSON.stringify(before[sheet]?.[a])) changed.push(`${sheet}!${a}`);
    for (const [sheet, cells] of Object.entries(before))
      for (const a of Object.keys(cells)) if (!(a in after[sheet])) changed.push(`${sheet}!${a}`);
    expect(changed.sort()).toEqual(
      [address(0, "Status"), address(3, "Status"), address(5, "Trend")].map((a) => `Mål!${a.cell}`).sort(),
    );
    const t = goalTable(s.emu);
    expect(t.body[0][col(s.emu, "Status")]).toBe("Grön");
    expect(t.body[3][col(s.emu, "Status")]).toBe("Gul");
    expect(t.body[5][col(s.emu, "Trend")]).toBe("Uppåt");
    expect(t.body[6][col(s.emu, "Trend")]).toBe("sidled");
    // The result after the fixes is what a fresh validation says.
    const fresh = await s.service.validate();
    expect(fresh.counts).toEqual(r.after.counts);
  });

  test("with nothing to fix, nothing is written", async () => {
    s.emu.resetStats();
    const r = await s.service.fixAll();
    expect(r.fixed).toBe(0);
    expect(s.emu.stats.syncs).toBe(2);
  });
});
