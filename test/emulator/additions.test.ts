// Emulator additions made for the Excel adapter (issue 5): workbook settings, standard row
// heights and column widths, the print setup, and defined names that follow a renamed sheet.
import { createEmulator, EmulatorError } from "./index";
import { saveXlsx } from "./save";
import ExcelJS from "exceljs";

/** A ClientResult's value, read after the sync that delivered it. */
const resultValue = <V>(r: { value: V }): V => r.value;

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

describe("workbook settings (Excel.SettingCollection)", () => {
  test("add sets or replaces a value; getItemOrNullObject tells a missing key; values are JSON", async () => {
    const emu = createEmulator();
    await emu.Excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("a", 1);
      settings.add("a", { x: [1, 2] });
      settings.add("b", "text");
      const a = settings.getItemOrNullObject("a").load("value");
      const missing = settings.getItemOrNullObject("nope").load("value");
      // Nothing has reached the workbook before the sync.
      expect(emu.workbook.excelSettings()).toEqual({});
      await context.sync();
      expect(a.value).toEqual({ x: [1, 2] });
      expect(missing.isNullObject).toBe(true);
      settings.load("items/key,items/value");
      const count = settings.getCount();
      await context.sync();
      expect(settings.items.map((s) => [s.key, s.value])).toEqual([
        ["a", { x: [1, 2] }],
        ["b", "text"],
      ]);
      expect(resultValue(count)).toBe(2);
    });
    expect(emu.workbook.excelSettings()).toEqual({ a: { x: [1, 2] }, b: "text" });
    // Kept apart from Office.context.document.settings.
    expect(emu.Office.context.document.settings.get("a")).toBeNull();
  });

  test("getItem of a missing key fails at the sync; delete removes the key; needs ExcelApi 1.4", async () => {
    const emu = createEmulator();
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.settings.getItem("nope").load("value");
        await context.sync();
      }),
      "ItemNotFound",
    );
    await emu.Excel.run(async (context) => {
      context.workbook.settings.add("k", true);
      await context.sync();
      context.workbook.settings.getItem("k").delete();
      await context.sync();
    });
    expect(emu.workbook.excelSettings()).toEqual({});
    emu.setApiVersion("1.3");
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.settings.add("k", 1);
        await context.sync();
      }),
      "ApiNotFound",
    );
  });

  test("settings commands count, and a fault stops them like any command", async () => {
    const emu = createEmulator();
    emu.faults.failNextSync({ applied: 1 });
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.settings.add("first", 1);
        context.workbook.settings.add("second", 2);
        await context.sync();
      }),
      "GeneralException",
    );
    expect(emu.workbook.excelSettings()).toEqual({ first: 1 });
    expect(emu.stats.requests[0].commands).toBe(2);
  });
});

describe("standard row heights and column widths", () => {
  test("useStandardHeight/Width = true drop the rows' and columns' own sizes, also over a whole sheet", async () => {
    const emu = createEmulator();
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("2:2").format.rowHeight = 40;
      ws.getRange("900000:900000").format.rowHeight = 30;
      ws.getRange("C:C").format.columnWidth = 100;
      await context.sync();
      const row2 = ws.getRange("A2").format.load("useStandardHeight");
      const rows = ws.getRange("1:3").format.load("useStandardHeight");
      const row1 = ws.getRange("A1").format.load("useStandardHeight,useStandardWidth");
      await context.sync();
      expect(row2.useStandardHeight).toBe(false);
      expect(rows.useStandardHeight).toBeNull();
      expect(row1.useStandardHeight).toBe(true);
      expect(row1.useStandardWidth).toBe(true);
      const all = ws.getRange();
      all.format.useStandardHeight = true;
      all.format.useStandardWidth = true;
      await context.sync();
    });
    const sheet = emu.workbook.dump().sheets[0];
    expect(sheet.rowHeights).toEqual({});
    expect(sheet.columnWidths).toEqual({});
  });

  test("useStandardHeight = false keeps each row's current height as its own", async () => {
    const emu = createEmulator();
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("2:3").format.useStandardHeight = false;
      await context.sync();
    });
    expect(emu.workbook.dump().sheets[0].rowHeights).toEqual({ "2": 15, "3": 15 });
  });

  test("refused on a protected sheet unless rows may be formatted", async () => {
    const emu = createEmulator();
    emu.workbook.protect("Sheet1");
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("1:1").format.useStandardHeight = true;
        await context.sync();
      }),
      "AccessDenied",
    );
  });
});

describe("page layout (print setup)", () => {
  test("orientation, fit to one page wide, title rows: read back, dumped and saved", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await emu.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Mål").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$3:$3");
      await context.sync();
      layout.load("orientation,zoom");
      const titles = layout.getPrintTitleRowsOrNullObject().load("address");
      await context.sync();
      expect(layout.orientation).toBe("Landscape");
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(titles.address).toBe("Mål!3:3");
    });
    expect(emu.workbook.dump().sheets[0].pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "3:3",
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await saveXlsx(emu)) as unknown as ArrayBuffer);
    const setup = wb.getWorksheet("Mål")?.pageSetup;
    expect(setup?.orientation).toBe("landscape");
    expect(setup?.fitToPage).toBe(true);
    expect(setup?.fitToWidth).toBe(1);
    expect(setup?.printTitlesRow?.replace(/\$/g, "")).toBe("3:3");
  });

  test("a sheet without a print setup dumps none; bad values and old hosts are refused", async () => {
    const emu = createEmulator();
    expect(emu.workbook.dump().sheets[0].pageLayout).toBeUndefined();
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Sideways";
        await context.sync();
      }),
      "InvalidArgument",
    );
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.setPrintTitleRows("A1:B2");
        await context.sync();
      }),
      "InvalidArgument",
    );
    emu.setApiVersion("1.8");
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
      "ApiNotFound",
    );
  });
});

describe("defined names follow a renamed sheet", () => {
  test("plain and quoted sheet names, in references and inside formulas", async () => {
    const emu = createEmulator({ sheets: ["Summa", "Annat"] });
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Summa");
      context.workbook.names.add("Marker", ws.getRange("A1"));
      context.workbook.names.add("Total", "=SUM(Summa!$B$2:$B$9)+Annat!$A$1");
      await context.sync();
      ws.name = "Sammanfattning 2023";
      await context.sync();
      ws.name = "Summa";
      await context.sync();
      ws.name = "Ny";
      await context.sync();
    });
    expect(emu.workbook.dump().names).toEqual([
      { name: "Marker", formula: "=Ny!$A$1" },
      { name: "Total", formula: "=SUM(Ny!$B$2:$B$9)+Annat!$A$1" },
    ]);
  });
});
