import { createEmulator, type Emulator } from "./index";
import type { RequestContext } from "./context";

type Ctx = RequestContext;

async function run(emu: Emulator, f: (context: Ctx) => Promise<void>): Promise<void> {
  await emu.Excel.run(async (context) => {
    await f(context);
    await context.sync();
  });
}

async function goalTable(emu: Emulator, rows = 3): Promise<void> {
  await run(emu, async (context) => {
    const ws = context.workbook.worksheets.getItem("Mål");
    const data = [["ID", "Mål", "Status"]];
    for (let i = 1; i <= rows; i++) data.push([`M${i}`, `Mål ${i}`, ""]);
    ws.getRange(`A1:C${rows + 1}`).values = data;
    const t = ws.tables.add(`A1:C${rows + 1}`, true);
    t.name = "Mål";
  });
}

describe("tables", () => {
  test("add with headers takes the header row; ranges come back with the sheet name", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu);
    await run(emu, async (context) => {
      const t = context.workbook.tables.getItem("Mål");
      const body = t.getDataBodyRange().load("address, rowCount");
      const header = t.getHeaderRowRange().load("values");
      const col = t.columns.getItem("Status").getDataBodyRange().load("address");
      t.load("name, id, showHeaders, showTotals, style");
      const names = t.columns.load("items/name, items/index");
      await context.sync();
      expect(body.address).toBe("Mål!A2:C4");
      expect(body.rowCount).toBe(3);
      expect(header.values).toEqual([["ID", "Mål", "Status"]]);
      expect(col.address).toBe("Mål!C2:C4");
      expect([t.name, t.showHeaders, t.showTotals, t.style]).toEqual([
        "Mål",
        true,
        false,
        "TableStyleMedium2",
      ]);
      expect(names.items.map((c) => [c.name, c.index])).toEqual([
        ["ID", 0],
        ["Mål", 1],
        ["Status", 2],
      ]);
    });
  });

  test("duplicate and blank headers are renamed like Excel (Status2, Column2)", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("A1:D1").values = [["Status", "", "status", 2023]];
      ws.tables.add("A1:D1", true);
    });
    const t = emu.workbook.tables()[0];
    expect(t.headers).toEqual(["Status", "Column2", "status2", "2023"]);
    expect(emu.workbook.values("Mål", "A1:D1")).toEqual([["Status", "Column2", "status2", "2023"]]);
    // A header alone gets one empty data row.
    expect(t.address).toBe("A1:D2");
    expect(t.name).toBe("Table1");
  });

  test("writing a duplicate into a header cell renames it; clearing gives ColumnN", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu);
    await run(emu, async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("B1").values = [["ID"]];
      ws.getRange("C1").clear("Contents");
    });
    expect(emu.workbook.table("Mål")!.headers).toEqual(["ID", "ID2", "Column3"]);
  });

  test("add without headers inserts a header row above the data", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange("A5").values = [["below"]];
      ws.tables.add("A1:B2", false);
    });
    const t = emu.workbook.tables()[0];
    expect(t.address).toBe("A1:B3");
    expect(t.headers).toEqual(["Column1", "Column2"]);
    expect(t.rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(emu.workbook.values("Mål", "A6")).toEqual([["below"]]);
  });

  test("tables may not overlap other tables", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu);
    await expect(
      run(emu, async (context) => {
        context.workbook.worksheets.getItem("Mål").tables.add("C3:E6", true);
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(emu.workbook.tables()).toHaveLength(1);
  });

  test("workbook.tables.add takes a sheet-qualified address; the sheet collection only its own", async () => {
    const emu = createEmulator({ sheets: ["Mål", "Annat"] });
    await run(emu, async (context) => {
      context.workbook.tables.add("'Annat'!B2:C3", true);
    });
    expect(emu.workbook.tables()[0].sheet).toBe("Annat");
    await expect(
      run(emu, async (context) => {
        context.workbook.worksheets.getItem("Mål").tables.add("Annat!E2:F3", true);
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("rows.add appends, moving cells below in the table's columns only, and copies formats and validation", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu);
    await run(emu, async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("A6:D6").values = [["under A", "under B", "under C", "beside"]];
      const t = context.workbook.tables.getItem("Mål");
      const status = t.columns.getItem("Status").getDataBodyRange();
      status.dataValidation.rule = { list: { inCellDropDown: true, source: "Röd,Gul,Grön" } };
      status.numberFormat = [["@"], ["@"], ["@"]];
      const cf = status.conditionalFormats.add("ContainsText");
      cf.textComparison.rule = { operator: "Contains", text: "Röd" };
      cf.textComparison.format.fill.color = "#F4CCCC";
      t.rows.add(null, [
        ["M4", "Mål 4", "Gul"],
        ["M5", "Mål 5", "=1+1"],
      ]);
    });
    const t = emu.workbook.table("Mål")!;
    expect(t.address).toBe("A1:C6");
    expect(t.rows.slice(3)).toEqual([
      ["M4", "Mål 4", "Gul"],
      ["M5", "Mål 5", "=1+1"], // text format copied from the row above: no formula
    ]);
    expect(emu.workbook.values("Mål", "A8:D8")).toEqual([["under A", "under B", "under C", ""]]);
    expect(emu.workbook.values("Mål", "D6")).toEqual([["beside"]]);
    expect(emu.workbook.cell("Mål", "C6").validation?.rule).toEqual({
      list: { inCellDropDown: true, source: "Röd,Gul,Grön" },
    });
    expect(emu.workbook.conditionalFormats("Mål")[0].ranges).toEqual(["C2:C6"]);
  });

  test("rows.add at index 0 inserts at the top of the body; count and getCount follow", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu, 2);
    await run(emu, async (context) => {
      const t = context.workbook.tables.getItem("Mål");
      t.rows.add(0, [["M0", "Först", "Röd"]]);
      const n = t.rows.getCount();
      const rows = t.rows.load("count");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load, only the sync
      expect(n.value).toBe(3);
      expect(rows.count).toBe(3);
    });
    expect(emu.workbook.table("Mål")!.rows.map((r) => r[0])).toEqual(["M0", "M1", "M2"]);
  });

  test("rows.add refuses values of the wrong width", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu);
    await expect(
      run(emu, async (context) => {
        context.workbook.tables.getItem("Mål").rows.add(null, [["M9", "x"]]);
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(emu.workbook.table("Mål")!.address).toBe("A1:C4");
  });

  test("growing a table into another table's columns below is refused (InsertDeleteConflict)", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu);
    await run(emu, async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("B8:D9").values = [
        ["X", "Y", "Z"],
        [1, 2, 3],
      ];
      ws.tables.add("B8:D9", true);
    });
    await expect(
      run(emu, async (context) => {
        context.workbook.tables.getItem("Mål").rows.add(null, [["M4", "x", "y"]]);
      }),
    ).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    expect(emu.workbook.table("Mål")!.address).toBe("A1:C4");
  });

  test("columns: add at the end or inside, with values and name; delete; rename", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu, 2);
    await run(emu, async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("D1:E1").values = [["right of table", "far"]];
      const t = context.workbook.tables.getItem("Mål");
      t.columns.add(null, [["Trend"], ["Uppåt"], [""]]);
      t.columns.add(1, null as unknown as string[][], "Ansvarig");
      t.columns.getItem("ID").name = "Id-nummer";
    });
    const t = emu.workbook.table("Mål")!;
    expect(t.headers).toEqual(["Id-nummer", "Ansvarig", "Mål", "Status", "Trend"]);
    expect(t.address).toBe("A1:E3");
    expect(emu.workbook.values("Mål", "F1:G1")).toEqual([["right of table", "far"]]);
    await run(emu, async (context) => {
      context.workbook.tables.getItem("Mål").columns.getItem("Ansvarig").delete();
    });
    expect(emu.workbook.table("Mål")!.headers).toEqual(["Id-nummer", "Mål", "Status", "Trend"]);
    expect(emu.workbook.values("Mål", "E1:F1")).toEqual([["right of table", "far"]]);
  });

  test("a renamed column gets a unique name", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu, 1);
    await run(emu, async (context) => {
      context.workbook.tables.getItem("Mål").columns.getItem("Mål").name = "status";
    });
    expect(emu.workbook.table("Mål")!.headers).toEqual(["ID", "status2", "Status"]);
  });

  test("deleting all rows leaves one empty row; deleting the table clears its cells", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu, 3);
    await run(emu, async (context) => {
      context.workbook.tables.getItem("Mål").rows.deleteRowsAt(0, 3);
    });
    expect(emu.workbook.table("Mål")!.address).toBe("A1:C2");
    expect(emu.workbook.table("Mål")!.rows).toEqual([["", "", ""]]);
    await run(emu, async (context) => {
      context.workbook.tables.getItem("Mål").delete();
    });
    expect(emu.workbook.tables()).toEqual([]);
    expect(emu.workbook.usedRange("Mål", true)).toBeNull();
  });

  test("convertToRange keeps the cells; resize re-reads the headers", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu, 2);
    await run(emu, async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("D1:D3").values = [["Kommentar"], ["a"], ["b"]];
      context.workbook.tables.getItem("Mål").resize("A1:D3");
    });
    expect(emu.workbook.table("Mål")!.headers).toEqual(["ID", "Mål", "Status", "Kommentar"]);
    await emu.Excel.run(async (context) => {
      const former = context.workbook.tables.getItem("Mål").convertToRange();
      await context.sync();
      // The returned range outlives the table, in later batches too.
      former.load("address");
      await context.sync();
      expect(former.address).toBe("Mål!A1:D3");
    });
    expect(emu.workbook.tables()).toEqual([]);
    expect(emu.workbook.values("Mål", "D1:D3")).toEqual([["Kommentar"], ["a"], ["b"]]);
  });

  test("a deleted table's proxy fails in a later batch; a deleted sheet takes its tables", async () => {
    const emu = createEmulator({ sheets: ["Mål", "Annat"] });
    await goalTable(emu);
    await emu.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Mål").load("name");
      await context.sync();
      context.workbook.worksheets.getItem("Mål").delete();
      await context.sync();
      t.getRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(emu.workbook.tables()).toEqual([]);
  });

  test("showTotals adds and removes a total row", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu, 2);
    await run(emu, async (context) => {
      context.workbook.tables.getItem("Mål").showTotals = true;
    });
    expect(emu.workbook.table("Mål")!.address).toBe("A1:C4");
    await run(emu, async (context) => {
      const total = context.workbook.tables.getItem("Mål").getTotalRowRange().load("address");
      await context.sync();
      expect(total.address).toBe("Mål!A4:C4");
      context.workbook.tables.getItem("Mål").showTotals = false;
    });
    expect(emu.workbook.table("Mål")!.address).toBe("A1:C3");
  });
});

describe("inserting and deleting cells", () => {
  test("inserting whole rows inside a table grows it; above it moves it", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu, 3);
    await run(emu, async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("3:4").insert("Down");
    });
    expect(emu.workbook.table("Mål")!.address).toBe("A1:C6");
    expect(emu.workbook.table("Mål")!.rows.map((r) => r[0])).toEqual(["M1", "", "", "M2", "M3"]);
    await run(emu, async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("1:1").insert("Down");
    });
    expect(emu.workbook.table("Mål")!.address).toBe("A2:C7");
  });

  test("deleting rows shrinks the table; deleting its header row is refused", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu, 3);
    await run(emu, async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A3:C3").delete("Up");
    });
    expect(emu.workbook.table("Mål")!.rows.map((r) => r[0])).toEqual(["M1", "M3"]);
    await expect(
      run(emu, async (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("1:2").delete();
      }),
    ).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    expect(emu.workbook.table("Mål")!.address).toBe("A1:C3");
  });

  test("shifting part of a table's columns is refused", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await goalTable(emu, 3);
    await expect(
      run(emu, async (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("B2:B3").insert("Down");
      }),
    ).rejects.toMatchObject({ code: "InsertDeleteConflict" });
  });

  test("whole columns carry their widths; validation moves with its cells", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("B:B").format.columnWidth = 120;
      ws.getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      ws.getRange("A:A").insert("Right");
    });
    const dump = emu.workbook.dump().sheets[0];
    expect(dump.columnWidths).toEqual({ C: 120 });
    expect(Object.keys(dump.cells)).toEqual(["C2"]);
  });

  test("insert returns the new cells' range", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await run(emu, async (context) => {
      const inserted = context.workbook.worksheets
        .getItem("Mål")
        .getRange("B2:C3")
        .insert("Down")
        .load("address");
      await context.sync();
      expect(inserted.address).toBe("Mål!B2:C3");
    });
  });

  test("non-empty cells cannot be pushed off the sheet", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    emu.workbook.typeValues("Mål", "A1048576", [["last"]]);
    await expect(
      run(emu, async (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("A1").insert("Down");
      }),
    ).rejects.toMatchObject({ code: "NonBlankCellOffSheet" });
  });
});
