// Emulator additions made for the self-test (issue 15): tables growing over a row written right
// below them (the option autoExpandTables) and the table filters whose state the self-test reads.
import { createEmulator, EmulatorError } from "./index";

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(EmulatorError);
    expect((e as EmulatorError).code).toBe(code);
    return;
  }
  throw new Error(`expected a ${code} error`);
}

/** A table "T" over A1:B2 (header and one row), then `write` run in a second batch. */
async function tableThen(
  autoExpandTables: boolean,
  address: string,
  values: (string | null)[][],
): Promise<string | undefined> {
  const emu = createEmulator({ sheets: ["S"], autoExpandTables });
  await emu.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("A1:B2").values = [
      ["Mål", "Status"],
      ["Ett", "Röd"],
    ];
    ws.tables.add("A1:B2", true).name = "T";
    await context.sync();
    ws.getRange(address).values = values as never;
    await context.sync();
  });
  return emu.workbook.table("T")?.address;
}

describe("table auto-expansion (autoExpandTables)", () => {
  test("a row written right below the table, starting within its columns, joins it", async () => {
    expect(await tableThen(true, "A3:B3", [["Två", "Gul"]])).toBe("A1:B3");
    expect(await tableThen(true, "B3:B4", [["Gul"], ["Grön"]])).toBe("A1:B4");
  });

  test("is off by default, and ignores blank writes, rows further down and writes beside the table", async () => {
    expect(await tableThen(false, "A3:B3", [["Två", "Gul"]])).toBe("A1:B2");
    expect(await tableThen(true, "A3:B3", [[null, ""]])).toBe("A1:B2");
    expect(await tableThen(true, "A4:B4", [["Två", "Gul"]])).toBe("A1:B2");
    expect(await tableThen(true, "C3:D3", [["x", "y"]])).toBe("A1:B2");
  });
});

describe("table filters", () => {
  async function filtered(apiVersion = "1.17"): Promise<{ during: boolean; after: boolean }> {
    const emu = createEmulator({ sheets: ["S"], apiVersion });
    return emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:B3").values = [
        ["Mål", "Status"],
        ["Ett", "Röd"],
        ["Två", "Grön"],
      ];
      const table = ws.tables.add("A1:B3", true);
      const before = table.autoFilter.load("isDataFiltered");
      await context.sync();
      expect(before.isDataFiltered).toBe(false);
      table.columns.getItem("Status").filter.applyValuesFilter(["Röd"]);
      const during = table.autoFilter.load("isDataFiltered");
      await context.sync();
      const duringValue = during.isDataFiltered;
      table.clearFilters();
      const after = table.autoFilter.load("isDataFiltered");
      await context.sync();
      return { during: duringValue, after: after.isDataFiltered };
    });
  }

  test("a values filter makes the table filtered; clearFilters ends it", async () => {
    expect(await filtered()).toEqual({ during: true, after: false });
  });

  test("a column's filter.clear and autoFilter.clearCriteria end it too; an empty list is refused", async () => {
    const emu = createEmulator({ sheets: ["S"] });
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:A2").values = [["Status"], ["Röd"]];
      const table = ws.tables.add("A1:A2", true);
      const column = table.columns.getItem("Status");
      column.filter.applyValuesFilter(["Röd"]);
      column.filter.clear();
      const a = table.autoFilter.load("isDataFiltered");
      await context.sync();
      expect(a.isDataFiltered).toBe(false);
      column.filter.applyValuesFilter(["Röd"]);
      table.autoFilter.clearCriteria();
      const b = table.autoFilter.load("isDataFiltered");
      await context.sync();
      expect(b.isDataFiltered).toBe(false);
      column.filter.applyValuesFilter([]);
      await expectCode(context.sync(), "InvalidArgument");
    });
  });

  test("autoFilter needs ExcelApi 1.9", async () => {
    await expectCode(filtered("1.8"), "ApiNotFound");
  });
});
