// "Samla in svar" through the adapter, on the emulator: the returned files made as `split` makes
// them and read with the pane's reader, collected into the open workbook's goal table. The preview
// changes nothing; Apply is one read and one write and writes exactly the taken cells, as text;
// a workbook whose rows moved after the preview is not written from it.
import { GOAL_TABLE, parseRange } from "../../src/plan";
import type { ReturnedWorkbook } from "../../src/plan/collect";
import { collectStructure, sampleReturns } from "../collect/returns";
import { goalTable, setup, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

const COMMENT = "Kommentar och analys";

/** Every stored cell of the goal sheet. */
function cells(): Record<string, unknown> {
  const sheet = goalTable(s.emu).sheet;
  const found = s.emu.workbook.dump().sheets.find((sh) => sh.name === sheet);
  if (!found) throw new Error("no goal sheet");
  return found.cells;
}

/** Column 1 → "A", 28 → "AB". */
function letters(n: number): string {
  let out = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

/** The goal table's cell of (goal ID, header), as a sheet address. */
function at(id: string, header: string): string {
  const t = goalTable(s.emu);
  const range = parseRange(t.range.replace(/^.*!/, ""));
  const row = t.body.findIndex((r) => r[t.header.indexOf("Mål-ID")] === id);
  const col = t.header.indexOf(header);
  if (row < 0 || col < 0) throw new Error(`no cell ${id} / ${header}`);
  return `${letters(range.left + col)}${range.top + 1 + row}`;
}

const returns = sampleReturns;

async function loaded(): Promise<ReturnedWorkbook[]> {
  await s.service.applyLoad(collectStructure(), "sv");
  // The analyst's own edit since the split: a two-sided change of V4's comment.
  s.emu.workbook.typeValues(goalTable(s.emu).sheet, at("V4", COMMENT), [["Analytikerns text"]]);
  return returns();
}

describe("collecting returns into the open workbook", () => {
  test("the preview changes nothing; Apply writes exactly the taken cells, as text, in one read and one write", async () => {
    const back = await loaded();
    const before = cells();
    const preview = await s.service.previewCollect(back);
    expect(cells()).toEqual(before);
    expect(preview.result.taken.map((x) => [x.file, x.goalId, x.column, x.to])).toEqual([
      ["Kommunstyrelsen.xlsx", "L1", "status", "Röd"],
      ["Kommunstyrelsen.xlsx", "V1", "comment", "=SUM(A1)"],
      ["Tekniska nämnden.xlsx", "L2", "trend", "Uppåt"],
    ]);
    expect(preview.result.conflicts).toEqual([
      {
        file: "Tekniska nämnden.xlsx",
        goalId: "V4",
        column: "comment",
        sent: "Kommentar V4",
        main: "Analytikerns text",
        returned: "Nämndens text",
      },
    ]);
    expect(preview.result.rejected).toEqual([]);
    expect(preview.cells).toBe(3);

    const targets = {
      [at("L1", "Status")]: "Röd",
      [at("V1", COMMENT)]: "=SUM(A1)",
      [at("L2", "Trend")]: "Uppåt",
    };
    s.emu.resetStats();
    const applied = await s.service.applyCollect(back, preview.stamp);
    expect(applied).toEqual({ applied: true, result: preview.result, cells: 3 });
    // Probe and read (the one read of the workbook), then one write.
    expect(s.emu.stats.syncs).toBe(3);
    expect(s.emu.stats.requests).toHaveLength(3);

    const after = cells();
    const changed = Object.keys({ ...before, ...after }).filter(
      (a) => JSON.stringify(before[a]) !== JSON.stringify(after[a]),
    );
    expect(changed.sort()).toEqual(Object.keys(targets).sort());
    const sheet = goalTable(s.emu).sheet;
    for (const [address, text] of Object.entries(targets)) {
      const cell = s.emu.workbook.cell(sheet, address);
      expect(cell.value).toBe(text);
      expect(cell.formula ?? null).toBeNull();
      expect(s.emu.workbook.numberFormats(sheet, address)).toEqual([["@"]]);
    }
    expect(s.emu.workbook.cell(sheet, at("V4", COMMENT)).value).toBe("Analytikerns text");
  });

  test("rows moved after the preview: nothing is written from it, the new preview is returned, and applying that writes the right rows", async () => {
    const back = await loaded();
    const old = await s.service.previewCollect(back);
    // An official sorts the table: the body's rows in reverse order.
    const t = goalTable(s.emu);
    const range = parseRange(t.range.replace(/^.*!/, ""));
    const body = t.body.map((r) => r.map((v) => (v === null ? "" : String(v)))).reverse();
    const bodyRange = `${letters(range.left)}${range.top + 1}:${letters(range.right)}${range.bottom}`;
    s.emu.workbook.typeValues(t.sheet, bodyRange, body);
    expect(goalTable(s.emu).body[0][0]).toBe(t.body[t.body.length - 1][0]);
    const before = cells();

    s.emu.resetStats();
    const refused = await s.service.applyCollect(back, old.stamp);
    expect(refused.applied).toBe(false);
    expect(cells()).toEqual(before);
    // Read only: no write request reached the workbook.
    expect(s.emu.stats.syncs).toBe(2);
    if (refused.applied) throw new Error("unreachable");
    expect(refused.preview.result).toEqual(old.result);
    expect(refused.preview.stamp).not.toBe(old.stamp);

    const applied = await s.service.applyCollect(back, refused.preview.stamp);
    expect(applied.applied).toBe(true);
    const sheet = goalTable(s.emu).sheet;
    expect(s.emu.workbook.cell(sheet, at("L1", "Status")).value).toBe("Röd");
    expect(s.emu.workbook.cell(sheet, at("L2", "Trend")).value).toBe("Uppåt");
    expect(s.emu.workbook.cell(sheet, at("V1", COMMENT)).value).toBe("=SUM(A1)");
  });

  test("a value edited in the main after the preview is not overwritten: the merge is planned again", async () => {
    const back = await loaded();
    const old = await s.service.previewCollect(back);
    s.emu.workbook.typeValues(goalTable(s.emu).sheet, at("L1", "Status"), [["Gul"]]);
    const refused = await s.service.applyCollect(back, old.stamp);
    expect(refused.applied).toBe(false);
    if (refused.applied) throw new Error("unreachable");
    expect(refused.preview.result.conflicts.map((c) => [c.goalId, c.main, c.returned])).toContainEqual([
      "L1",
      "Gul",
      "Röd",
    ]);
    expect(s.emu.workbook.cell(goalTable(s.emu).sheet, at("L1", "Status")).value).toBe("Gul");
  });

  test("past the request budget the write is cut into chunks, each under it, with the same cells", async () => {
    const back = await loaded();
    const whole = (await s.service.applyCollect(back, (await s.service.previewCollect(back)).stamp)) as {
      cells: number;
    };
    const expected = cells();
    const budget = 1_600;
    const cut = setup({}, { requestBudget: budget });
    try {
      await cut.service.applyLoad(collectStructure(), "sv");
      const t = goalTable(cut.emu);
      const range = parseRange(t.range.replace(/^.*!/, ""));
      const row = t.body.findIndex((r) => r[t.header.indexOf("Mål-ID")] === "V4");
      cut.emu.workbook.typeValues(
        t.sheet,
        `${letters(range.left + t.header.indexOf(COMMENT))}${range.top + 1 + row}`,
        [["Analytikerns text"]],
      );
      const preview = await cut.service.previewCollect(back);
      cut.emu.resetStats();
      const applied = await cut.service.applyCollect(back, preview.stamp);
      expect(applied).toMatchObject({ applied: true, cells: whole.cells });
      // Probe and read, then more than one write request, none past the budget.
      expect(cut.emu.stats.syncs).toBeGreaterThan(3);
      expect(Math.max(...cut.emu.stats.requests.slice(2).map((r) => r.bytes))).toBeLessThanOrEqual(budget);
      const sheet = cut.emu.workbook.dump().sheets.find((sh) => sh.name === t.sheet);
      expect(sheet?.cells).toEqual(expected);
    } finally {
      cut.restore();
    }
  });

  test("without a goal table the collect is refused, nothing written", async () => {
    const back = await returns();
    await expect(s.service.previewCollect(back)).rejects.toMatchObject({ code: expect.any(String) });
    expect(s.emu.workbook.table(GOAL_TABLE)).toBeUndefined();
  });
});
