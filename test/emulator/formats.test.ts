import { createEmulator, type Emulator } from "./index";
import type { RequestContext } from "./context";

async function run(emu: Emulator, f: (context: RequestContext) => void | Promise<void>): Promise<void> {
  await emu.Excel.run(async (context) => {
    await f(context);
    await context.sync();
  });
}

describe("formats", () => {
  test("fill, font, wrap, alignment, widths; mixed ranges read as null", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      const header = ws.getRange("A1:C1");
      header.format.fill.color = "#1f4e78";
      header.format.font.color = "white";
      header.format.font.bold = true;
      header.format.wrapText = true;
      header.format.horizontalAlignment = "Center";
      ws.getRange("B:B").format.columnWidth = 200;
      ws.getRange("1:1").format.rowHeight = 30;
    });
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      const h = ws
        .getRange("A1:C1")
        .load("format/fill/color, format/font/color, format/font/bold, format/wrapText");
      const mixed = ws.getRange("A1:A2").load("format/fill/color, format/font/bold");
      const widths = ws.getRange("A1:B1").load("format/columnWidth");
      const b = ws.getRange("B5").load("format/columnWidth, format/rowHeight");
      const row = ws
        .getRange("A1")
        .load("format/rowHeight, format/horizontalAlignment, format/verticalAlignment");
      await context.sync();
      expect(h.format.fill.color).toBe("#1F4E78");
      expect(h.format.font.color).toBe("#FFFFFF");
      expect(h.format.font.bold).toBe(true);
      expect(h.format.wrapText).toBe(true);
      expect(mixed.format.fill.color).toBeNull();
      expect(mixed.format.font.bold).toBeNull();
      expect(widths.format.columnWidth).toBeNull();
      expect(b.format.columnWidth).toBe(200);
      expect(b.format.rowHeight).toBe(15);
      expect(row.format.rowHeight).toBe(30);
      expect(row.format.horizontalAlignment).toBe("Center");
      expect(row.format.verticalAlignment).toBe("Bottom");
    });
  });

  test("fill.clear() removes the fill; a bad colour or alignment is refused", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("A1");
      r.format.fill.color = "#FF0000";
      r.format.fill.clear();
    });
    expect(emu.workbook.cell("Mål", "A1").style).toBeUndefined();
    await expect(
      run(emu, (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("A1").format.fill.color = "rödaktig";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(emu, (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("A1").format.horizontalAlignment = "Middle";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("formatting a whole column reaches cells written later", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("C:C").format.wrapText = true;
      ws.getRange("C7").values = [["lång text"]];
    });
    await emu.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("C7").load("format/wrapText");
      await context.sync();
      expect(r.format.wrapText).toBe(true);
    });
  });

  test("autofitColumns widens a column to its longest text", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("A1:B2").values = [
        ["kort", "x"],
        ["en betydligt längre text i cellen", "y"],
      ];
      ws.getRange("A1:B2").format.autofitColumns();
    });
    const widths = emu.workbook.dump().sheets[0].columnWidths;
    expect(widths.A).toBeGreaterThan(150);
    expect(widths.B).toBeLessThan(48);
  });

  test("clear(Formats) drops formats, merges and conditional formats but keeps values", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("A1:B2");
      r.values = [
        ["a", ""],
        ["", ""],
      ];
      r.numberFormat = [
        ["@", "@"],
        ["@", "@"],
      ];
      r.format.font.italic = true;
      r.merge();
      r.conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
    });
    expect(emu.workbook.dump().sheets[0].merges).toEqual(["A1:B2"]);
    await run(emu, (context) =>
      context.workbook.worksheets.getItem("Mål").getRange("A1:B2").clear("Formats"),
    );
    const sheet = emu.workbook.dump().sheets[0];
    expect(sheet.cells).toEqual({ A1: { value: "a" } });
    expect(sheet.merges).toEqual([]);
    expect(sheet.conditionalFormats).toEqual([]);
  });

  test("values go only to the top-left cell of a merged area", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => context.workbook.worksheets.getItem("Mål").getRange("A1:C1").merge());
    await run(emu, (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A1:C1").values = [["Rubrik", "", ""]];
    });
    await expect(
      run(emu, (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("A1:C1").values = [["Rubrik", "x", ""]];
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      run(emu, (context) => {
        context.workbook.worksheets.getItem("Mål").tables.add("A1:C2", true);
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("freeze panes, gridlines, tab colour, visibility, activate and select", async () => {
    const emu = createEmulator({ sheets: ["Mål", "Summering"] });
    await run(emu, (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.freezePanes.freezeRows(1);
      ws.showGridlines = false;
      ws.tabColor = "#00FF00";
      const s = context.workbook.worksheets.getItem("Summering");
      s.getRange("B3:C4").select();
    });
    let d = emu.workbook.dump();
    expect(d.sheets[0]).toMatchObject({
      freeze: { rows: 1, cols: 0 },
      showGridlines: false,
      tabColor: "#00FF00",
    });
    expect(d.activeSheet).toBe("Summering");
    expect(d.selection).toBe("Summering!B3:C4");
    await emu.Excel.run(async (context) => {
      const sel = context.workbook.getSelectedRange().load("address");
      const frozen = context.workbook.worksheets
        .getItem("Mål")
        .freezePanes.getLocationOrNullObject()
        .load("address");
      await context.sync();
      expect(sel.address).toBe("Summering!B3:C4");
      expect(frozen.address).toBe("Mål!1:1");
      context.workbook.worksheets.getItem("Mål").freezePanes.unfreeze();
      context.workbook.worksheets.getItem("Mål").activate();
      await context.sync();
    });
    d = emu.workbook.dump();
    expect(d.sheets[0].freeze).toEqual({ rows: 0, cols: 0 });
    expect(d.activeSheet).toBe("Mål");
    // The last visible sheet cannot be hidden or deleted.
    await run(emu, (context) => {
      context.workbook.worksheets.getItem("Summering").visibility = "Hidden";
    });
    await expect(
      run(emu, (context) => {
        context.workbook.worksheets.getItem("Mål").delete();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("borders and charts", () => {
  test("outer and inside borders land on the right cell edges and read back", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("A1:B2");
      for (const edge of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ]) {
        const b = r.format.borders.getItem(edge);
        b.style = "Continuous";
        b.weight = "Medium";
        b.color = "#333333";
      }
    });
    const medium = { style: "Continuous", weight: "Medium", color: "#333333" };
    expect(emu.workbook.cell("Mål", "A1").style?.borders).toEqual({
      EdgeTop: medium,
      EdgeLeft: medium,
      EdgeBottom: medium,
      EdgeRight: medium,
    });
    expect(emu.workbook.cell("Mål", "C1").style).toBeUndefined();
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      const top = ws.getRange("A1:B2").format.borders.getItem("EdgeTop").load("style, weight, color");
      const none = ws.getRange("D4").format.borders.getItem("EdgeTop").load("style");
      await context.sync();
      expect([top.style, top.weight, top.color]).toEqual(["Continuous", "Medium", "#333333"]);
      expect(none.style).toBe("None");
      ws.getRange("A1").format.borders.getItem("Sideways").style = "Continuous";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("a chart over a range can be added, titled, placed and found", async () => {
    const emu = createEmulator({ sheets: ["Summering"] });
    await run(emu, (context) => {
      const ws = context.workbook.worksheets.getItem("Summering");
      ws.getRange("A1:B4").values = [
        ["Status", "Antal"],
        ["Röd", 9],
        ["Gul", 29],
        ["Grön", 4],
      ];
      const chart = ws.charts.add(emu.Excel.ChartType.columnClustered, ws.getRange("A1:B4"), "Columns");
      chart.name = "Statusfördelning";
      chart.title.text = "Mål per status";
      chart.setPosition("D2", "J18");
    });
    expect(emu.workbook.dump().sheets[0].charts).toEqual([
      {
        name: "Statusfördelning",
        type: "ColumnClustered",
        source: "A1:B4",
        seriesBy: "Columns",
        title: "Mål per status",
        position: "D2:J18",
      },
    ]);
    await emu.Excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Summering").charts;
      const found = charts.getItemOrNullObject("Statusfördelning");
      const missing = charts.getItemOrNullObject("Annat");
      await context.sync();
      expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
      found.delete();
      await context.sync();
    });
    expect(emu.workbook.dump().sheets[0].charts).toEqual([]);
  });
});

describe("data validation", () => {
  test("a list rule, prompt and error alert read back; type and valid follow the cells", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("G2:G4");
      r.values = [["Röd"], ["gul"], [""]];
      r.dataValidation.rule = { list: { inCellDropDown: true, source: "Röd,Gul,Grön" } };
      r.dataValidation.prompt = { showPrompt: true, title: "Status", message: "Välj Röd, Gul eller Grön" };
      r.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "Ogiltig status",
        message: "Välj i listan",
      };
    });
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      const dv = ws.getRange("G2:G4").dataValidation.load();
      const none = ws.getRange("H2").dataValidation.load("type");
      const mixed = ws.getRange("G4:H4").dataValidation.load("type");
      await context.sync();
      expect(dv.type).toBe("List");
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "Röd,Gul,Grön" } });
      expect(dv.prompt).toEqual({ showPrompt: true, title: "Status", message: "Välj Röd, Gul eller Grön" });
      expect(dv.errorAlert.title).toBe("Ogiltig status");
      expect(dv.ignoreBlanks).toBe(true);
      expect(dv.valid).toBe(true);
      expect(none.type).toBe("None");
      expect(mixed.type).toBe("Inconsistent");
      ws.getRange("G3").values = [["Lila"]];
      const v = ws.getRange("G2:G4").dataValidation.load("valid");
      const bad = ws.getRange("G3").dataValidation.load("valid");
      await context.sync();
      // Like Excel: validation does not stop values written by code.
      expect(v.valid).toBeNull();
      expect(bad.valid).toBe(false);
      ws.getRange("G2:G4").dataValidation.clear();
      const cleared = ws.getRange("G2:G4").dataValidation.load("type");
      await context.sync();
      expect(cleared.type).toBe("None");
    });
  });

  test.each([
    ["two rule kinds", { list: { source: "a" }, custom: { formula: "=TRUE" } }],
    ["no kind", {}],
    ["empty list", { list: { inCellDropDown: true, source: "" } }],
    ["list over 255 characters", { list: { inCellDropDown: true, source: "x".repeat(256) } }],
    ["bad operator", { wholeNumber: { operator: "Around", formula1: 1 } }],
  ])("a malformed rule is refused (%s)", async (_why, rule) => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await expect(
      run(emu, (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("A1").dataValidation.rule = rule as never;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(emu.workbook.cell("Mål", "A1").validation).toBeUndefined();
  });
});

describe("conditional formats", () => {
  test("containsText, cellValue and custom rules with their formats; count, items, clearAll", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("G2:G11");
      const red = r.conditionalFormats.add(emu.Excel.ConditionalFormatType.containsText);
      red.textComparison.format.fill.color = "#F4CCCC";
      red.textComparison.format.font.color = "#990000";
      red.textComparison.format.font.bold = true;
      red.textComparison.rule = { operator: emu.Excel.ConditionalTextOperator.contains, text: "Röd" };
      const yellow = r.conditionalFormats.add("CellValue");
      yellow.cellValue.format.fill.color = "#FFF2CC";
      yellow.cellValue.rule = { formula1: '="Gul"', operator: "EqualTo" };
      const green = r.conditionalFormats.add("Custom");
      green.custom.rule.formula = '=$G2="Grön"';
      green.custom.format.fill.color = "#D9EAD3";
    });
    expect(emu.workbook.conditionalFormats("Mål")).toEqual([
      {
        id: expect.any(String),
        type: "ContainsText",
        ranges: ["G2:G11"],
        stopIfTrue: false,
        rule: { operator: "Contains", text: "Röd" },
        format: { fill: "#F4CCCC", fontColor: "#990000", bold: true },
      },
      {
        id: expect.any(String),
        type: "CellValue",
        ranges: ["G2:G11"],
        stopIfTrue: false,
        rule: { formula1: '="Gul"', operator: "EqualTo" },
        format: { fill: "#FFF2CC" },
      },
      {
        id: expect.any(String),
        type: "Custom",
        ranges: ["G2:G11"],
        stopIfTrue: false,
        rule: { formula: '=$G2="Grön"' },
        format: { fill: "#D9EAD3" },
      },
    ]);
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      const count = ws.getRange("G5").conditionalFormats.getCount();
      const elsewhere = ws.getRange("A1").conditionalFormats.getCount();
      const items = ws.getRange("G2:G11").conditionalFormats.load("items/type, items/priority");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load, only the sync
      expect(count.value).toBe(3);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load, only the sync
      expect(elsewhere.value).toBe(0);
      expect(items.items.map((i) => [i.type, i.priority])).toEqual([
        ["ContainsText", 0],
        ["CellValue", 1],
        ["Custom", 2],
      ]);
      const first = items.items[0];
      const range = first.getRange().load("address");
      const rule = first.textComparison.load("rule");
      await context.sync();
      expect(range.address).toBe("Mål!G2:G11");
      expect(rule.rule).toEqual({ operator: "Contains", text: "Röd" });
      ws.getRange("G2:G11").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(emu.workbook.conditionalFormats("Mål")).toEqual([]);
  });

  test("the wrong sub-object for the type, or an unsupported type, is refused", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await expect(
      run(emu, (context) => {
        const cf = context.workbook.worksheets
          .getItem("Mål")
          .getRange("A1")
          .conditionalFormats.add("CellValue");
        cf.textComparison.rule = { operator: "Contains", text: "x" };
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      run(emu, (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("A1").conditionalFormats.add("DataBar");
      }),
    ).rejects.toMatchObject({ code: "NotImplemented" });
  });
});

describe("protection", () => {
  test("a protected sheet refuses writes with AccessDenied; unlocked cells stay editable", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("A1:B1").values = [["låst", "öppen"]];
      ws.getRange("B1").format.protection.locked = false;
      ws.protection.protect();
    });
    const attempts: [string, (context: RequestContext) => void][] = [
      ["values", (c) => (c.workbook.worksheets.getItem("Mål").getRange("A1").values = [["x"]])],
      ["format", (c) => (c.workbook.worksheets.getItem("Mål").getRange("A1").format.fill.color = "#FF0000")],
      ["numberFormat", (c) => (c.workbook.worksheets.getItem("Mål").getRange("B1").numberFormat = [["@"]])],
      ["clear", (c) => c.workbook.worksheets.getItem("Mål").getRange("A1").clear()],
      ["insert", (c) => c.workbook.worksheets.getItem("Mål").getRange("2:2").insert("Down")],
      ["table", (c) => c.workbook.worksheets.getItem("Mål").tables.add("D1:E2", true)],
      [
        "validation",
        (c) =>
          (c.workbook.worksheets.getItem("Mål").getRange("B1").dataValidation.rule = {
            list: { inCellDropDown: true, source: "a" },
          }),
      ],
      [
        "conditional format",
        (c) => c.workbook.worksheets.getItem("Mål").getRange("B1").conditionalFormats.add("Custom"),
      ],
      ["column width", (c) => (c.workbook.worksheets.getItem("Mål").getRange("A:A").format.columnWidth = 80)],
    ];
    for (const [what, attempt] of attempts) {
      await expect(run(emu, attempt)).rejects.toMatchObject({ code: "AccessDenied" });
      expect([what, emu.workbook.dump().sheets[0].cells.A1]).toEqual([what, { value: "låst" }]);
    }
    await run(emu, (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("B1").values = [["ändrad"]];
    });
    expect(emu.workbook.values("Mål", "A1:B1")).toEqual([["låst", "ändrad"]]);
    await emu.Excel.run(async (context) => {
      const p = context.workbook.worksheets.getItem("Mål").protection.load("protected");
      await context.sync();
      expect(p.protected).toBe(true);
      context.workbook.worksheets.getItem("Mål").protection.unprotect();
      context.workbook.worksheets.getItem("Mål").getRange("A1").values = [["fri"]];
      await context.sync();
    });
    expect(emu.workbook.values("Mål", "A1")).toEqual([["fri"]]);
  });

  test("protection options allow what they say; a password must match", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    emu.workbook.protect("Mål", { allowFormatColumns: true }, "hemligt");
    await run(emu, (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A:A").format.columnWidth = 80;
    });
    await expect(
      run(emu, (context) => context.workbook.worksheets.getItem("Mål").protection.unprotect("fel")),
    ).rejects.toMatchObject({ code: "BadPassword" });
    await run(emu, (context) => context.workbook.worksheets.getItem("Mål").protection.unprotect("hemligt"));
    expect(emu.workbook.dump().sheets[0].protected).toBe(false);
  });
});
