// "Hämta från Kolada" in Excel (the emulator): the service reads the indicator sheet, hands the
// structure to the fill (the network is the caller's), and writes only the fetched values and the
// attribution into the indicator table, in one read and one write; a value an official typed in
// another cell stays. Refused cases never call the fill and write nothing.
import { AddinError } from "../../src/excel";
import { koladaTargets, mergeKoladaValues, type KoladaValue } from "../../src/kolada";
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { INDICATOR_TABLE } from "../../src/plan";
import { edit, setup, type Setup } from "../excel/helpers";
import { withIndicators } from "./fixtures";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

const TODAY = "2026-12-24";

function cellsOf(sheet: string): Record<string, unknown> {
  const found = s.emu.workbook.dump().sheets.find((sh) => sh.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return JSON.parse(JSON.stringify(found.cells)) as Record<string, unknown>;
}

/** The cells that differ between two dumps of a sheet. */
function changed(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/** A fill as the pane's would answer: these values, U00001 unknown to Kolada. */
function fillWith(values: KoladaValue[]) {
  return jest.fn(async (structure: GoalStructure) =>
    mergeKoladaValues(structure, koladaTargets(structure), values, new Set(["N00401"]), TODAY),
  );
}

/** Column letter and row of a header and an indicator ID in the live indicator table. */
function cellOf(header: string, id: string): string {
  const table = s.emu.workbook.table(INDICATOR_TABLE);
  if (!table) throw new Error("no indicator table");
  const col = table.headers.indexOf(header);
  const row = table.rows.findIndex((r) => r[table.headers.indexOf("Indikator-ID")] === id);
  if (col < 0 || row < 0) throw new Error(`no cell ${header}/${id}`);
  const top = /^([A-Z]+)(\d+)/.exec(table.address);
  if (!top) throw new Error(table.address);
  const letter = String.fromCharCode(top[1].charCodeAt(0) + col);
  return `${letter}${Number(top[2]) + 1 + row}`;
}

describe("fetchIndicators", () => {
  test("writes the fetched values and the attribution, nothing else, in three syncs", async () => {
    const structure = withIndicators();
    const y = structure.year;
    await s.service.applyLoad(structure, "sv");
    const sheet = s.emu.workbook.table(INDICATOR_TABLE)?.sheet ?? "";
    expect(sheet).toBe("Indikatorer");
    // An official typed a value for the manual indicator; it must stay.
    const typed = cellOf(String(y - 1), "utslapp");
    s.emu.workbook.typeValues(sheet, typed, [[1050]]);
    const before = cellsOf(sheet);
    s.emu.resetStats();

    const fill = fillWith([
      { kpi: "N00401", municipality: "1980", year: y - 3, gender: "T", value: 41.75 },
      { kpi: "N00401", municipality: "1980", year: y, gender: "T", value: 48 },
      // Another gender than the indicator's: not taken.
      { kpi: "N00401", municipality: "1980", year: y - 1, gender: "K", value: 99 },
    ]);
    const result = await s.service.fetchIndicators(fill);

    expect(s.emu.stats.syncs).toBeLessThanOrEqual(3);
    expect(fill).toHaveBeenCalledTimes(1);
    // The structure handed to the fill is the workbook's, with its municipality and indicators.
    expect(fill.mock.calls[0][0].municipality?.id).toBe("1980");
    expect(result.sheet).toBe("Indikatorer");
    expect(result.fetched).toBe(2);
    expect(result.results.map((r) => [r.target.indicatorId, r.known, r.fetched])).toEqual([
      ["fornybar", true, [y - 3, y]],
      ["cykel", false, []],
    ]);

    const value = cellOf(String(y), "fornybar");
    const revised = cellOf(String(y - 3), "fornybar");
    const source = cellOf("Värdenas källa", "fornybar");
    const after = cellsOf(sheet);
    expect(changed(before, after)).toEqual([revised, value, source].sort());
    expect(result.cells).toBe(3);
    // A number, in a General cell (the emulator keeps General as no format).
    expect(s.emu.workbook.cell(sheet, value).value).toBe(48);
    expect(s.emu.workbook.cell(sheet, value).numberFormat ?? "General").toBe("General");
    expect(s.emu.workbook.cell(sheet, revised).value).toBe(41.75);
    expect(s.emu.workbook.cell(sheet, source)).toMatchObject({ numberFormat: "@" });
    expect(String(s.emu.workbook.cell(sheet, source).value)).toContain(`Källa: Kolada, hämtad ${TODAY}`);
    expect(s.emu.workbook.cell(sheet, typed).value).toBe(1050);

    // The same answer again: nothing left to write.
    s.emu.resetStats();
    const again = await s.service.fetchIndicators(
      fillWith([
        { kpi: "N00401", municipality: "1980", year: y - 3, gender: "T", value: 41.75 },
        { kpi: "N00401", municipality: "1980", year: y, gender: "T", value: 48 },
      ]),
    );
    expect(again.cells).toBe(0);
    expect(changed(after, cellsOf(sheet))).toEqual([]);
  });

  test.each([
    ["no indicator sheet", () => bundledStructure(), "table-missing", /indikatorblad/],
    [
      "no municipality",
      () => {
        const x = withIndicators();
        delete x.municipality;
        return x;
      },
      "invalid-input",
      /Kommun-ID i Kolada saknas/,
    ],
    [
      "no Kolada-sourced indicator",
      () => {
        const x = withIndicators();
        for (const p of x.programs)
          for (const a of p.areas)
            for (const g of a.goals)
              for (const i of g.indicators ?? [])
                if (i.source?.kind === "kolada") i.source = { kind: "manual" };
        return x;
      },
      "invalid-input",
      /källan Kolada/,
    ],
  ])("refuses a workbook with %s, without asking Kolada or writing", async (_what, make, code, message) => {
    await s.service.applyLoad(make(), "sv");
    const before = s.emu.workbook.dump();
    const fill = fillWith([]);
    const error = await s.service.fetchIndicators(fill).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    expect((error as AddinError).code).toBe(code);
    expect((error as AddinError).messages.sv).toMatch(message);
    expect((error as AddinError).messages.en).not.toBe("");
    expect(fill).not.toHaveBeenCalled();
    expect(s.emu.workbook.dump()).toEqual(before);
  });

  test("refuses a protected indicator sheet, naming it, without asking Kolada", async () => {
    await s.service.applyLoad(withIndicators(), "sv");
    await edit(s.emu, (context) => context.workbook.worksheets.getItem("Indikatorer").protection.protect());
    const fill = fillWith([]);
    const error = await s.service.fetchIndicators(fill).catch((e: unknown) => e);
    expect((error as AddinError).code).toBe("protected-sheet");
    expect((error as AddinError).messages.sv).toContain("Indikatorer");
    expect(fill).not.toHaveBeenCalled();
  });

  test("a co-author's sort of the indicator table before the write: nothing lands on another row", async () => {
    const structure = withIndicators();
    const y = structure.year;
    await s.service.applyLoad(structure, "sv");
    const table = s.emu.workbook.table(INDICATOR_TABLE);
    if (!table) throw new Error("no indicator table");
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(table.address);
    if (!m) throw new Error(table.address);
    const bodyAddress = `${m[1]}${Number(m[2]) + 1}:${m[3]}${m[4]}`;
    const byId = table.headers.indexOf("Indikator-ID");
    let sorted: Record<string, unknown> = {};
    // Probe, read, then the write: the co-author sorts between the read and the write.
    s.emu.faults.beforeSync(3, () => {
      s.emu.workbook.sortRows("Indikatorer", bodyAddress, byId, true);
      sorted = cellsOf("Indikatorer");
    });
    const fill = fillWith([{ kpi: "N00401", municipality: "1980", year: y, gender: "T", value: 48 }]);
    const error = await s.service.fetchIndicators(fill).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    expect((error as AddinError).code).toBe("table-changed");
    expect((error as AddinError).messages.sv).toContain("bladet Indikatorer");
    // The sheet is exactly as the co-author left it: the value did not land on the row that
    // moved into fornybar's place.
    expect(Object.keys(sorted).length).toBeGreaterThan(0);
    expect(cellsOf("Indikatorer")).toEqual(sorted);

    // A retry reads again and writes fornybar's own row.
    await s.service.fetchIndicators(fill);
    expect(s.emu.workbook.cell("Indikatorer", cellOf(String(y), "fornybar")).value).toBe(48);
  });

  test("a failed fetch writes nothing", async () => {
    await s.service.applyLoad(withIndicators(), "sv");
    const before = s.emu.workbook.dump();
    const fill = jest.fn(async (): Promise<never> => {
      throw new TypeError("Failed to fetch");
    });
    await expect(s.service.fetchIndicators(fill)).rejects.toThrow("Failed to fetch");
    expect(s.emu.workbook.dump()).toEqual(before);
  });
});
