/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests read unloaded properties on purpose, to prove the emulator throws as Excel does. */
import { createEmulator, EmulatorError, installGlobals } from "./index";

async function expectCode(p: Promise<unknown>, code: string): Promise<EmulatorError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(EmulatorError);
    expect((e as EmulatorError).code).toBe(code);
    return e as EmulatorError;
  }
  throw new Error(`expected a ${code} error`);
}

describe("request model", () => {
  test("commands queue until sync and run in order", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1:B1");
      range.values = [["a", 1]];
      expect(context.pendingCommands).toBe(1);
      // Nothing reached the workbook yet.
      expect(emu.workbook.values("Mål", "A1:B1")).toEqual([["", ""]]);
      await context.sync();
      expect(emu.workbook.values("Mål", "A1:B1")).toEqual([["a", 1]]);
    });
    expect(emu.stats.syncs).toBe(1);
  });

  test("Excel.run flushes commands left in the queue with one more sync", async () => {
    const emu = createEmulator();
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["x"]];
    });
    expect(emu.workbook.values("Sheet1", "C3")).toEqual([["x"]]);
    expect(emu.stats.syncs).toBe(1);
    expect(emu.stats.requests).toHaveLength(1);
  });

  test("new Excel.RequestContext() works like the one Excel.run gives", async () => {
    const emu = createEmulator();
    const context = new emu.Excel.RequestContext();
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    expect(sheet.name).toBe("Sheet1");
  });

  test("reading a property that was not loaded and synced throws PropertyNotLoaded", async () => {
    const emu = createEmulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // Loaded but not yet synced: still not available.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("load accepts 'a,b', ['a','b'] and {select}, and nested paths", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      const a = ws.getRange("A1:C3").load("address, rowCount");
      const b = ws.getRange("B2").load(["columnIndex", "rowIndex"]);
      const c = ws.getRange("A1").load({ select: "values,numberFormat" });
      const d = ws.getRange("A1").load("format/fill/color, format/font/bold");
      await context.sync();
      expect(a.address).toBe("Mål!A1:C3");
      expect(a.rowCount).toBe(3);
      expect([b.rowIndex, b.columnIndex]).toEqual([1, 1]);
      expect(c.numberFormat).toEqual([["General"]]);
      expect(d.format.fill.color).toBe("#FFFFFF");
      expect(d.format.font.bold).toBe(false);
    });
  });

  test("loading a property that does not exist fails at sync", async () => {
    const emu = createEmulator();
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
        await context.sync();
      }),
      "InvalidArgument",
    );
  });

  test("a set property is readable locally, like Office.js remembers it", async () => {
    const emu = createEmulator();
    await emu.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [["=1+1"]];
      expect(r.values).toEqual([["=1+1"]]);
      await context.sync();
    });
  });

  test("a missing sheet fails at the sync that uses it, with ItemNotFound", async () => {
    const emu = createEmulator();
    await emu.Excel.run(async (context) => {
      // Getting the proxy alone sends nothing.
      context.workbook.worksheets.getItem("Saknas");
      await context.sync();
      const r = context.workbook.worksheets.getItem("Saknas").getRange("A1");
      r.values = [[1]];
      const err = await expectCode(context.sync(), "ItemNotFound");
      expect(err.debugInfo.commandIndex).toBe(0);
    });
  });

  test("getItemOrNullObject: isNullObject needs a sync, then tells", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await emu.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Sammanställning");
      const present = context.workbook.worksheets.getItemOrNullObject("mål");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Mål");
      // A command on a null object is refused.
      missing.getRange("A1").values = [[1]];
      await expectCode(context.sync(), "ItemNotFound");
    });
  });

  test("table, column and used-range null objects", async () => {
    const emu = createEmulator();
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const noTable = context.workbook.tables.getItemOrNullObject("Mål");
      const noUsed = ws.getUsedRangeOrNullObject();
      await context.sync();
      expect(noTable.isNullObject).toBe(true);
      expect(noUsed.isNullObject).toBe(true);
      ws.getRange("A1:B2").values = [
        ["ID", "Status"],
        ["1", "Röd"],
      ];
      const t = ws.tables.add("A1:B2", true);
      t.name = "Mål";
      const col = t.columns.getItemOrNullObject("Trend");
      const col2 = t.columns.getItemOrNullObject("status");
      const used = ws.getUsedRangeOrNullObject().load("address");
      await context.sync();
      expect(col.isNullObject).toBe(true);
      expect(col2.isNullObject).toBe(false);
      expect(used.address).toBe("Sheet1!A1:B2");
    });
  });

  test("getCount returns a ClientResult readable after sync", async () => {
    const emu = createEmulator({ sheets: ["A", "B"] });
    await emu.Excel.run(async (context) => {
      const n = context.workbook.worksheets.getCount();
      expect(() => n.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(n.value).toBe(2);
    });
  });

  test("collections load items with their properties", async () => {
    const emu = createEmulator({ sheets: ["A", "B", "C"] });
    await emu.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B", "C"]);
      const all = context.workbook.worksheets.load("name, position");
      await context.sync();
      expect(all.items.map((s) => [s.name, s.position])).toEqual([
        ["A", 0],
        ["B", 1],
        ["C", 2],
      ]);
      // Items are bound: they stay usable in later batches.
      all.items[2].name = "Sista";
      await context.sync();
    });
    expect(emu.workbook.sheetNames()).toEqual(["A", "B", "Sista"]);
  });

  test("objects created by add() bind to what they created", async () => {
    const emu = createEmulator();
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("Sammanställning");
      ws.getRange("A1").values = [["Rubrik"]];
      ws.load("name, position");
      await context.sync();
      expect([ws.name, ws.position]).toEqual(["Sammanställning", 1]);
      ws.name = "Summary";
      ws.getRange("A2").values = [["later batch"]];
      await context.sync();
    });
    expect(emu.workbook.values("Summary", "A1:A2")).toEqual([["Rubrik"], ["later batch"]]);
  });

  test("the batch must return a promise", async () => {
    const emu = createEmulator();
    await expectCode(
      emu.Excel.run(((_context: unknown) => 42) as unknown as Parameters<typeof emu.Excel.run>[0]),
      "RunMustReturnPromise",
    );
  });

  test("objects cannot cross request contexts", async () => {
    const emu = createEmulator();
    let leaked: ReturnType<typeof emu.Excel.RequestContext.prototype.workbook.worksheets.getItem> | undefined;
    await emu.Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1");
    });
    await emu.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      expect(() => context.workbook.tables.add(leaked!.getRange("A1:B2"), true)).toThrow(
        expect.objectContaining({ code: "InvalidRequestContext" }),
      );
      r.load("address");
      await context.sync();
    });
  });

  test("requirement sets: a newer API fails with ApiNotFound, and isSetSupported agrees", async () => {
    const emu = createEmulator({ apiVersion: "1.7" });
    expect(emu.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(emu.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(emu.Office.context.requirements.isSetSupported("ExcelApi", 1.1)).toBe(true);
    expect(emu.Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
          list: { inCellDropDown: true, source: "Röd,Gul,Grön" },
        };
        await context.sync();
      }),
      "ApiNotFound",
    );
    emu.setApiVersion("1.8");
    expect(emu.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
  });

  test("reading the cells of a whole sheet is refused instead of hanging", async () => {
    const emu = createEmulator();
    await expectCode(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange().load("values");
        await context.sync();
      }),
      "ResponsePayloadSizeLimitExceeded",
    );
  });

  test("works under jest fake timers (syncs wait on a microtask, not a timer)", async () => {
    jest.useFakeTimers();
    try {
      const emu = createEmulator();
      await emu.Office.onReady();
      await emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await context.sync();
      });
      expect(emu.workbook.values("Sheet1", "A1")).toEqual([["x"]]);
    } finally {
      jest.useRealTimers();
    }
  });

  test("installGlobals puts Excel, Office and OfficeExtension on globalThis and restores", async () => {
    const emu = createEmulator();
    const g = globalThis as unknown as Record<string, unknown>;
    const restore = installGlobals(emu);
    try {
      expect(g.Excel).toBe(emu.Excel);
      expect(g.Office).toBe(emu.Office);
      const info = await emu.Office.onReady();
      expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
      expect(new emu.OfficeExtension.Error("GeneralException", "x")).toBeInstanceOf(
        emu.OfficeExtension.Error,
      );
    } finally {
      restore();
    }
    expect(g.Excel).toBeUndefined();
  });
});

describe("Office", () => {
  test("display language and host", () => {
    const emu = createEmulator({ displayLanguage: "en-US" });
    expect(emu.Office.context.displayLanguage).toBe("en-US");
    expect(emu.Office.HostType.Excel).toBe("Excel");
    expect(emu.Office.context.platform).toBe("OfficeOnline");
  });

  test("document settings: get/set/remove and saveAsync with an AsyncResult", async () => {
    const emu = createEmulator();
    const settings = emu.Office.context.document.settings;
    expect(settings.get("year")).toBeNull();
    settings.set("year", 2023);
    settings.set("table", { name: "Mål" });
    expect(settings.get("year")).toBe(2023);
    expect(emu.workbook.savedSettings()).toEqual({});
    const result = await new Promise<{ status: string }>((resolve) => settings.saveAsync((r) => resolve(r)));
    expect(result.status).toBe(emu.Office.AsyncResultStatus.Succeeded);
    expect(emu.workbook.savedSettings()).toEqual({ year: 2023, table: { name: "Mål" } });
    settings.remove("year");
    expect(settings.get("year")).toBeNull();

    emu.faults.failNextSettingsSave();
    const failed = await new Promise<{ status: string; error: { code: string } | null }>((resolve) =>
      settings.saveAsync((r) => resolve(r)),
    );
    expect(failed.status).toBe("failed");
    expect(failed.error?.code).toBe("GeneralException");
    // The failed save kept the previous saved state.
    expect(emu.workbook.savedSettings()).toEqual({ year: 2023, table: { name: "Mål" } });
  });

  test("function commands: associate, then invoke resolves on event.completed()", async () => {
    const emu = createEmulator();
    let ran = 0;
    emu.Office.actions.associate("validate", (event) => {
      ran++;
      setTimeout(() => event.completed(), 1);
    });
    expect(emu.actions.names()).toEqual(["validate"]);
    await emu.actions.invoke("validate");
    expect(ran).toBe(1);
    await expect(emu.actions.invoke("missing")).rejects.toThrow(/No function command/);
  });
});
