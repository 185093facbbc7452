// "Hämta från Kolada" and the file import on a filtered indicator table: refused before the fill
// is called (no request, no file read into the sheet), nothing written, the user's filter left as
// it was; once the filter is cleared the same fill writes. Writes into a filtered table have
// landed in the wrong rows (office-js issue 224), as for the goal table (test/excel/filters.test.ts).
import { AddinError } from "../../src/excel";
import { koladaTargets, mergeKoladaValues } from "../../src/kolada";
import type { GoalStructure } from "../../src/domain";
import { INDICATOR_TABLE } from "../../src/plan";
import { edit, setup, type Setup } from "../excel/helpers";
import { withIndicators } from "./fixtures";

let s: Setup;
beforeEach(async () => {
  s = setup();
  await s.service.applyLoad(withIndicators(), "sv");
});
afterEach(() => s.restore());

const fill = () =>
  jest.fn(async (structure: GoalStructure) => {
    const y = structure.year;
    const values = [{ kpi: "N00401", municipality: "1980", year: y, gender: "T" as const, value: 99.5 }];
    return mergeKoladaValues(structure, koladaTargets(structure), values, new Set(["N00401"]), "2026-12-24");
  });

async function setFilter(values: string[] | null): Promise<void> {
  await edit(s.emu, (context) => {
    const column = context.workbook.tables.getItem(INDICATOR_TABLE).columns.getItem("Indikator-ID");
    if (values === null) column.filter.clear();
    else column.filter.applyValuesFilter(values);
  });
}

async function isFiltered(): Promise<boolean> {
  let filtered = false;
  await s.emu.Excel.run(async (context) => {
    const f = context.workbook.tables.getItem(INDICATOR_TABLE).autoFilter;
    f.load("isDataFiltered");
    await context.sync();
    filtered = f.isDataFiltered;
  });
  return filtered;
}

test("a filtered indicator table is refused before the fill, nothing written, the filter kept", async () => {
  await setFilter(["fornybar"]);
  const before = s.emu.workbook.dump();
  const f = fill();
  const error = await s.service.fetchIndicators(f).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AddinError);
  const e = error as AddinError;
  expect(e.code).toBe("filtered-table");
  expect(e.state).toBe("unchanged");
  expect(e.messages.sv).toContain("Indikatortabellen på bladet Indikatorer är filtrerad");
  expect(e.messages.sv).toContain("Rensa filter");
  expect(e.messages.en).toContain("The indicator table on the sheet Indikatorer is filtered");
  expect(f).not.toHaveBeenCalled();
  expect(s.emu.workbook.dump()).toEqual(before);
  expect(await isFiltered()).toBe(true);
  // Cleared, the same fill writes.
  await setFilter(null);
  const result = await s.service.fetchIndicators(f);
  expect(f).toHaveBeenCalledTimes(1);
  expect(result.cells).toBeGreaterThan(0);
});
