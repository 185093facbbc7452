// A filtered goal table (an official shows only their own goals): a command that writes its rows
// is refused before it writes anything and the filter stays as it was; reading commands and
// Format again (whole columns) still run. An Excel without table.autoFilter (below ExcelApi 1.9)
// cannot tell, and the command runs as before.
import { bundledStructure } from "../../src/domain";
import { AddinError } from "../../src/excel";
import { GOAL_TABLE, goalHeader } from "../../src/plan";
import { edit, goalTable, col, setup, type Setup } from "./helpers";
import { columnLetter, parseRange } from "../../src/plan";

let s: Setup;
beforeEach(async () => {
  s = setup();
  await s.service.applyLoad(bundledStructure(), "sv");
});
afterEach(() => s.restore());

async function filterOnStatus(values: string[]): Promise<void> {
  await edit(s.emu, (context) =>
    context.workbook.tables
      .getItem(GOAL_TABLE)
      .columns.getItem(goalHeader("status", "sv"))
      .filter.applyValuesFilter(values),
  );
}

async function isFiltered(): Promise<boolean> {
  let filtered = false;
  await s.emu.Excel.run(async (context) => {
    const f = context.workbook.tables.getItem(GOAL_TABLE).autoFilter;
    f.load("isDataFiltered");
    await context.sync();
    filtered = f.isDataFiltered;
  });
  return filtered;
}

function typeStatus(row: number, value: string): void {
  const t = goalTable(s.emu);
  const r = parseRange(t.range);
  s.emu.workbook.typeValues(t.sheet, `${columnLetter(r.left + col(s.emu, "Status"))}${r.top + 1 + row}`, [
    [value],
  ]);
}

test("fix, a merge and a new year are refused on a filtered goal table; nothing changes, the filter stays", async () => {
  typeStatus(0, " grön");
  await filterOnStatus(["Röd"]);
  const before = s.emu.workbook.dump();
  for (const run of [
    () => s.service.fixAll(),
    () => s.service.applyLoad(bundledStructure(), "sv"),
    () => s.service.rollover(2024, true, "sv"),
  ]) {
    const error = await run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AddinError);
    const e = error as AddinError;
    expect(e.code).toBe("filtered-table");
    expect(e.state).toBe("unchanged");
    expect(e.messages.sv).toContain("är filtrerad");
    expect(e.messages.en).toContain("is filtered");
  }
  expect(s.emu.workbook.dump()).toEqual(before);
  expect(await isFiltered()).toBe(true);
});

test("validate, the summary and Format again run on a filtered table; fix runs once the filter is cleared", async () => {
  typeStatus(0, " grön");
  await filterOnStatus(["Röd"]);
  await expect(s.service.validate()).resolves.toBeTruthy();
  await expect(s.service.refreshSummary("sv")).resolves.toBeTruthy();
  await expect(s.service.applyFormatting()).resolves.toBeTruthy();
  expect(await isFiltered()).toBe(true);
  await edit(s.emu, (context) => context.workbook.tables.getItem(GOAL_TABLE).clearFilters());
  const fixed = await s.service.fixAll();
  expect(fixed.fixed).toBe(1);
});

test("below ExcelApi 1.9 the filter cannot be read, and fix runs as before (no request refused)", async () => {
  typeStatus(0, " grön");
  await filterOnStatus(["Röd"]);
  s.emu.setApiVersion("1.8");
  const fixed = await s.service.fixAll();
  expect(fixed.fixed).toBe(1);
});
