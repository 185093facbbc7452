// "Samla in svar" of indicator values through the adapter, on the emulator: returns made as
// `split` makes them, an official's indicator values edited with ExcelJS, read with the pane's
// reader. The preview lists the indicator values with the goal cells and changes nothing; Apply is
// still one read and one write, and writes exactly the taken cells: goal cells as text, indicator
// values as numbers in General cells; the main's own edit is kept and listed as a conflict.
import ExcelJS from "exceljs";
import type { GoalStructure } from "../../src/domain";
import { INDICATOR_TABLE, parseRange } from "../../src/plan";
import type { ReturnedWorkbook } from "../../src/plan/collect";
import { returned, splitFiles } from "../collect/returns";
import { indicatorCells } from "../collect/indicatorCells";
import { goalsIn } from "../history/fixtures";
import { goalCells } from "../history/workbooks";
import { withIndicators } from "../indicators/fixtures";
import { goalTable, setup, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

const KS = "Kommunstyrelsen";
const TN = "Tekniska nämnden";

/** The fixture (follow-up year 2023), EKO-1.02's indicators (utslapp, cykel) with TN, the rest with KS. */
function structure(): GoalStructure {
  const st = withIndicators();
  for (const g of goalsIn(st)) g.responsible = g.id === "EKO-1.02" ? TN : KS;
  return st;
}

async function edit(bytes: Buffer, fn: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  fn(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The live indicator table's cell of (indicator ID, year), as a sheet address. */
function indicatorAt(id: string, year: number): { sheet: string; address: string } {
  const table = s.emu.workbook.table(INDICATOR_TABLE);
  if (!table) throw new Error("no indicator table");
  const col = table.headers.indexOf(String(year));
  const row = table.rows.findIndex((r) => r[table.headers.indexOf("Indikator-ID")] === id);
  if (col < 0 || row < 0) throw new Error(`no cell ${id}/${year}`);
  const top = /^([A-Z]+)(\d+)/.exec(table.address.replace(/^.*!/, ""));
  if (!top) throw new Error(table.address);
  return {
    sheet: table.sheet,
    address: `${String.fromCharCode(top[1].charCodeAt(0) + col)}${Number(top[2]) + 1 + row}`,
  };
}

function dump(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    s.emu.workbook.dump().sheets.map((sh) => [sh.name, JSON.parse(JSON.stringify(sh.cells))]),
  ) as Record<string, Record<string, unknown>>;
}

async function loaded(): Promise<ReturnedWorkbook[]> {
  await s.service.applyLoad(structure(), "sv");
  // The analyst corrected fornybar's 2022 value in the open workbook since the split.
  const f = indicatorAt("fornybar", 2022);
  s.emu.workbook.typeValues(f.sheet, f.address, [[45.5]]);
  const split = await splitFiles(structure());
  const ks = await edit(split.get(KS) as Buffer, (wb) => {
    const c = indicatorCells(wb);
    c.cell("EKO-1.01", "fornybar", 2023).value = 47;
    c.cell("EKO-1.01", "fornybar", 2022).value = 46;
    goalCells(wb).cell("EKO-1.03", "Status").value = "Grön";
  });
  const tn = await edit(split.get(TN) as Buffer, (wb) => {
    indicatorCells(wb).cell("EKO-1.02", "utslapp", 2021).value = null;
  });
  return [await returned(`${KS}.xlsx`, ks), await returned(`${TN}.xlsx`, tn)];
}

describe("collecting indicator values into the open workbook", () => {
  test("the preview lists them and changes nothing; Apply writes exactly the taken cells in one read and one write", async () => {
    const back = await loaded();
    const before = dump();
    const preview = await s.service.previewCollect(back);
    expect(dump()).toEqual(before);
    expect(preview.result.taken.map((x) => [x.file, x.goalId, x.column, x.from, x.to])).toEqual([
      [`${KS}.xlsx`, "EKO-1.03", "status", "Gul", "Grön"],
      [`${KS}.xlsx`, "EKO-1.01", "indicator:fornybar:2023", "", "47"],
      [`${TN}.xlsx`, "EKO-1.02", "indicator:utslapp:2021", "1100.25", ""],
    ]);
    expect(preview.result.conflicts).toEqual([
      {
        file: `${KS}.xlsx`,
        goalId: "EKO-1.01",
        column: "indicator:fornybar:2022",
        indicator: { id: "fornybar", name: "Andel förnybar energi", year: 2022 },
        sent: "45.25",
        main: "45.5",
        returned: "46",
      },
    ]);
    expect(preview.result.rejected).toEqual([]);
    expect(preview.cells).toBe(3);

    s.emu.resetStats();
    const applied = await s.service.applyCollect(back, preview.stamp);
    expect(applied).toEqual({ applied: true, result: preview.result, cells: 3 });
    // Probe and read (the one read of the workbook), then one write.
    expect(s.emu.stats.syncs).toBe(3);
    expect(s.emu.stats.requests).toHaveLength(3);

    const after = dump();
    const changed = Object.keys(after).flatMap((sheet) =>
      Object.keys({ ...before[sheet], ...after[sheet] })
        .filter((a) => JSON.stringify(before[sheet]?.[a]) !== JSON.stringify(after[sheet]?.[a]))
        .map((a) => `${sheet}!${a}`),
    );
    const f2023 = indicatorAt("fornybar", 2023);
    const u2021 = indicatorAt("utslapp", 2021);
    const goals = goalTable(s.emu);
    const row = goals.body.findIndex((r) => r[goals.header.indexOf("Mål-ID")] === "EKO-1.03");
    const top = parseRange(goals.range.replace(/^.*!/, ""));
    const status = `${String.fromCharCode(64 + top.left + goals.header.indexOf("Status"))}${top.top + 1 + row}`;
    expect(changed.sort()).toEqual(
      [
        `${f2023.sheet}!${f2023.address}`,
        `${u2021.sheet}!${u2021.address}`,
        `${goals.sheet}!${status}`,
      ].sort(),
    );
    expect(s.emu.workbook.cell(f2023.sheet, f2023.address).value).toBe(47);
    expect(s.emu.workbook.numberFormats(f2023.sheet, f2023.address)).toEqual([["General"]]);
    expect(s.emu.workbook.cell(u2021.sheet, u2021.address).value ?? "").toBe("");
    const kept = indicatorAt("fornybar", 2022);
    expect(s.emu.workbook.cell(kept.sheet, kept.address).value).toBe(45.5);
  });

  test("an indicator value edited in the main after the preview is not overwritten: the merge is planned again", async () => {
    const back = await loaded();
    const old = await s.service.previewCollect(back);
    const f = indicatorAt("fornybar", 2023);
    s.emu.workbook.typeValues(f.sheet, f.address, [[40]]);
    const refused = await s.service.applyCollect(back, old.stamp);
    expect(refused.applied).toBe(false);
    if (refused.applied) throw new Error("unreachable");
    expect(refused.preview.result.conflicts.map((c) => [c.column, c.main, c.returned])).toContainEqual([
      "indicator:fornybar:2023",
      "40",
      "47",
    ]);
    expect(s.emu.workbook.cell(f.sheet, f.address).value).toBe(40);
  });

  test("a filtered indicator table is refused before Apply writes anything, the filter kept", async () => {
    const back = await loaded();
    const preview = await s.service.previewCollect(back);
    await s.emu.Excel.run(async (context) => {
      context.workbook.tables
        .getItem(INDICATOR_TABLE)
        .columns.getItem("Indikator-ID")
        .filter.applyValuesFilter(["cykel"]);
      await context.sync();
    });
    const before = dump();
    const error = await s.service.applyCollect(back, preview.stamp).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "filtered-table" });
    expect((error as { messages: { sv: string; en: string } }).messages.sv).toContain("filtrerad");
    expect(dump()).toEqual(before);
  });

  test("past the request budget the write is cut into chunks, each under it, with the same cells", async () => {
    const back = await loaded();
    await s.service.applyCollect(back, (await s.service.previewCollect(back)).stamp);
    const expected = dump();
    s.restore();
    // Each cell's write carries its row guard (the goal ID and indicator ID loaded in its request).
    const budget = 2_500;
    s = setup({}, { requestBudget: budget });
    const again = await loaded();
    const preview = await s.service.previewCollect(again);
    s.emu.resetStats();
    expect(await s.service.applyCollect(again, preview.stamp)).toMatchObject({ applied: true, cells: 3 });
    // Probe and read, then more than one write request, none past the budget.
    expect(s.emu.stats.syncs).toBeGreaterThan(3);
    expect(Math.max(...s.emu.stats.requests.slice(2).map((r) => r.bytes))).toBeLessThanOrEqual(budget);
    expect(dump()).toEqual(expected);
  });
});
