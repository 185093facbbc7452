import { createEmulator, type Emulator } from "./index";
import type { Scalar } from "./model";

async function write(
  emu: Emulator,
  address: string,
  values: unknown[][],
  numberFormat?: string[][],
): Promise<void> {
  await emu.Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Mål").getRange(address);
    if (numberFormat) r.numberFormat = numberFormat;
    r.values = values as Scalar[][];
    await context.sync();
  });
}

describe("writing values", () => {
  test.each([
    ["=SUM(A1:A2)", "=SUM(A1:A2)"],
    ['=HYPERLINK("http://example.com","x")', '=HYPERLINK("http://example.com","x")'],
    ["+A1", "=+A1"],
    ["-A1", "=-A1"],
    ["- punkt ett", "=- punkt ett"],
    ["@SUM(A1)", "=SUM(A1)"],
  ])("text %j written to values becomes the formula %j (the injection trap)", async (input, formula) => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await write(emu, "B2", [[input]]);
    expect(emu.workbook.cell("Mål", "B2").formula).toBe(formula);
    expect(emu.workbook.formulas("Mål", "B2")).toEqual([[formula]]);
  });

  test.each([
    ["=", "="],
    ["-", "-"],
    ["+", "+"],
    [" =x", " =x"],
    ["'=SUM(A1)", "=SUM(A1)"],
    ["Röd", "Röd"],
    ["3, 5, 10", "3, 5, 10"],
  ])("text %j stays text %j", async (input, stored) => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await write(emu, "A1", [[input]]);
    const cell = emu.workbook.cell("Mål", "A1");
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(stored);
  });

  test.each([
    ["12", 12],
    ["-5", -5],
    ["+5", 5],
    ["1.10", 1.1],
    ["1e3", 1000],
    ["TRUE", true],
    ["false", false],
  ])("text %j is converted to %j, as Excel parses typed input", async (input, value) => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await write(emu, "A1", [[input]]);
    expect(emu.workbook.values("Mål", "A1")).toEqual([[value]]);
  });

  test("percent and ISO dates get a number and a number format", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await write(emu, "A1:B1", [["5%", "2023-12-31"]]);
    expect(emu.workbook.values("Mål", "A1:B1")).toEqual([[0.05, 45291]]);
    expect(emu.workbook.numberFormats("Mål", "A1:B1")).toEqual([["0%", "yyyy-mm-dd"]]);
  });

  test("in a cell formatted as text (@) every string stays exactly as written", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    const inputs = [
      '=HYPERLINK("http://example.com","x")',
      "+A1",
      "-x",
      "@x",
      "1.10",
      "TRUE",
      "2023-12-31",
      "#N/A",
    ];
    await write(emu, "A1:H1", [inputs], [inputs.map(() => "@")]);
    expect(emu.workbook.values("Mål", "A1:H1")).toEqual([inputs]);
    expect(emu.workbook.formulas("Mål", "A1:H1")).toEqual([inputs]);
    for (const col of "ABCDEFGH") expect(emu.workbook.cell("Mål", `${col}1`).formula).toBeUndefined();
  });

  test("the text format must be set before the value: order inside one batch matters", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await emu.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("A1");
      r.values = [["=1+1"]];
      r.numberFormat = [["@"]];
      await context.sync();
    });
    expect(emu.workbook.cell("Mål", "A1").formula).toBe("=1+1");
  });

  test("formulas can be written through formulas too, and read back as values (cached or 0)", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await emu.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("A1:B1");
      r.formulas = [['=COUNTIFS(Mål[Status],"Röd")', 7]];
      await context.sync();
    });
    expect(emu.workbook.values("Mål", "A1:B1")).toEqual([[0, 7]]);
    emu.workbook.setCachedValue("Mål", "A1", 9);
    await emu.Excel.run(async (context) => {
      const r = context.workbook.worksheets
        .getItem("Mål")
        .getRange("A1:B1")
        .load("values, formulas, valueTypes");
      await context.sync();
      expect(r.values).toEqual([[9, 7]]);
      expect(r.formulas).toEqual([['=COUNTIFS(Mål[Status],"Röd")', 7]]);
      expect(r.valueTypes).toEqual([["Double", "Double"]]);
    });
  });

  test("a formulaValue hook answers for formulas without a cached value", async () => {
    const emu = createEmulator({ sheets: ["Mål"], formulaValue: ({ formula }) => `calc:${formula}` });
    await write(emu, "A1", [["=1+2"]]);
    expect(emu.workbook.values("Mål", "A1")).toEqual([["calc:=1+2"]]);
  });

  test("null leaves a cell alone and the empty string clears it", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await write(emu, "A1:C1", [["a", "b", "c"]]);
    await write(emu, "A1:C1", [[null, "", "z"]]);
    expect(emu.workbook.values("Mål", "A1:C1")).toEqual([["a", "", "z"]]);
  });

  test.each([
    ["too few rows", "A1:B2", [["a", "b"]]],
    ["too many columns", "A1:B1", [["a", "b", "c"]]],
    ["ragged rows", "A1:B2", [["a", "b"], ["c"]]],
    ["not an array", "A1", "x"],
    ["flat array", "A1:B1", ["a", "b"]],
  ])("values must match the range's shape exactly (%s) → InvalidArgument", async (_why, address, values) => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await expect(write(emu, address, values as unknown[][])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(emu.workbook.usedRange("Mål")).toBeNull();
  });

  test("numberFormat must match the shape too", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await expect(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("A1:A3").numberFormat = [["@"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("text longer than 32,767 characters is refused, and one bad element writes nothing", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await expect(write(emu, "A1:B1", [["ok", "x".repeat(32_768)]])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(emu.workbook.values("Mål", "A1:B1")).toEqual([["", ""]]);
    await write(emu, "A1", [["x".repeat(32_767)]]);
    expect(String(emu.workbook.values("Mål", "A1")[0][0]).length).toBe(32_767);
  });

  test("non-finite numbers and objects are refused", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await expect(write(emu, "A1", [[NaN]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(emu, "A1", [[{ a: 1 }]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("text reads back formatted", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await write(emu, "A1:D1", [[0.25, true, "2024-01-02", 1 / 3]]);
    await emu.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("A1:D1");
      r.numberFormat = [["0%", "General", "yyyy-mm-dd", "0.00"]];
      r.load("text");
      await context.sync();
      expect(r.text).toEqual([["25%", "TRUE", "2024-01-02", "0.33"]]);
    });
  });
});

describe("names", () => {
  const sheetCases: [string, string | null][] = [
    ["Mål", null],
    ["Sammanställning 2023", null],
    ["x".repeat(31), null],
    ["x".repeat(32), "InvalidArgument"],
    ["", "InvalidArgument"],
    ["   ", "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a?b", "InvalidArgument"],
    ["a*b", "InvalidArgument"],
    ["a[b", "InvalidArgument"],
    ["a]b", "InvalidArgument"],
    ["'ab", "InvalidArgument"],
    ["ab'", "InvalidArgument"],
    ["a'b", null],
    ["History", "InvalidArgument"],
    ["Befintlig", "ItemAlreadyExists"],
    ["BEFINTLIG", "ItemAlreadyExists"],
  ];

  test.each(sheetCases)("worksheets.add(%j) → %s", async (name, code) => {
    const emu = createEmulator({ sheets: ["Befintlig"] });
    const p = emu.Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    if (code) {
      await expect(p).rejects.toMatchObject({ code });
      expect(emu.workbook.sheetNames()).toEqual(["Befintlig"]);
    } else {
      await p;
      expect(emu.workbook.sheetNames()).toEqual(["Befintlig", name]);
    }
  });

  test.each(sheetCases.filter(([n]) => n !== "Befintlig"))(
    "renaming a sheet to %j → %s",
    async (name, code) => {
      const emu = createEmulator({ sheets: ["Befintlig", "Annan"] });
      const p = emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Annan").name = name;
        await context.sync();
      });
      if (code) await expect(p).rejects.toMatchObject({ code });
      else {
        await p;
        expect(emu.workbook.sheetNames()).toEqual(["Befintlig", name]);
      }
    },
  );

  test("a sheet may keep its own name in another casing", async () => {
    const emu = createEmulator({ sheets: ["mål"] });
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("mål").name = "Mål";
      await context.sync();
    });
    expect(emu.workbook.sheetNames()).toEqual(["Mål"]);
  });

  test("a sheet added without a name gets the host's default", async () => {
    const emu = createEmulator({ sheets: ["Blad1"], sheetBaseName: "Blad" });
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.add();
      await context.sync();
    });
    expect(emu.workbook.sheetNames()).toEqual(["Blad1", "Blad2"]);
  });

  const tableCases: [string, string | null][] = [
    ["Mål", null],
    ["_mal", null],
    ["\\mal", null],
    ["Mål.2023", null],
    ["Mål_2023", null],
    ["T" + "x".repeat(254), null],
    ["T" + "x".repeat(255), "InvalidArgument"],
    ["", "InvalidArgument"],
    ["2023Mål", "InvalidArgument"],
    ["Mål 2023", "InvalidArgument"],
    ["Mål-2023", "InvalidArgument"],
    ["A1", "InvalidArgument"],
    ["XFD1048576", "InvalidArgument"],
    ["R1C1", "InvalidArgument"],
    ["R", "InvalidArgument"],
    ["c", "InvalidArgument"],
    ["RC", "InvalidArgument"],
    ["ABCD1", null],
    ["Annan", "ItemAlreadyExists"],
    ["annan", "ItemAlreadyExists"],
    ["Namn", "ItemAlreadyExists"],
  ];

  test.each(tableCases)("table name %j → %s", async (name, code) => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.tables.add("E1:E2", true).name = "Annan";
      context.workbook.names.add("Namn", ws.getRange("H1"));
      ws.tables.add("A1:B3", true);
      await context.sync();
    });
    const p = emu.Excel.run(async (context) => {
      context.workbook.tables.getItem("Table1").name = name;
      await context.sync();
    });
    if (code) {
      await expect(p).rejects.toMatchObject({ code });
      expect(emu.workbook.table("Table1")).toBeDefined();
    } else {
      await p;
      expect(emu.workbook.table(name)?.address).toBe("A1:B3");
    }
  });

  test("a defined name may not take a table's name", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await expect(
      emu.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Mål");
        ws.tables.add("A1:B2", true).name = "Mål";
        context.workbook.names.add("MÅL", "=Mål!$A$1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});
