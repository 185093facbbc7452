import { createEmulator, type Emulator } from "./index";
import { criterion, evaluate } from "./formula";

const GOALS = [
  ["ID", "Mål", "Status", "Trend", "Poäng"],
  ["M1", "Minska utsläppen", "Röd", "Uppåt", 1],
  ["M2", "Öka andelen förnybart", "Gul", "Oförändrad", 2],
  ["M3", "Fler gröna tak", "Grön", "Uppåt", 3],
  ["M4", "Minska buller", "gul", "Nedåt", 4],
  ["M5", "Ingen status än", "", "", 5],
];

async function setup(): Promise<Emulator> {
  const emu = createEmulator({ sheets: ["Mål", "Sammanställning"] });
  emu.workbook.typeValues("Mål", "A1:E6", GOALS);
  await emu.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Mål").tables.add("A1:E6", true).name = "Mål";
    await context.sync();
  });
  return emu;
}

async function valueOf(emu: Emulator, formula: string): Promise<unknown> {
  let result: unknown;
  await emu.Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Sammanställning").getRange("A1");
    cell.formulas = [[formula]];
    cell.load("values");
    await context.sync();
    result = cell.values[0][0];
  });
  return result;
}

describe("formula evaluation (summary forms)", () => {
  test.each([
    ['=COUNTIFS(Mål[Status],"Röd")', 1],
    ['=COUNTIFS(Mål[Status],"Gul")', 2], // case-insensitive, as Excel
    ['=COUNTIFS(Mål[Status],"Gul",Mål[Trend],"Nedåt")', 1],
    ['=COUNTIFS(Mål[Status],"<>Röd")', 4],
    ['=COUNTIFS(Mål[Status],"")', 1],
    ['=COUNTIFS(Mål[Status],"G*")', 3],
    ['=COUNTIFS(Mål[Poäng],">=3")', 3],
    ["=COUNTIFS(Mål[Poäng],3)", 1],
    ['=COUNTIF(Mål[[#Data],[Status]],"Grön")', 1],
    ["=COUNTA(Mål[Status])", 4],
    ["=COUNTBLANK(Mål[Status])", 1],
    ["=ROWS(Mål[ID])", 5],
    ["=ROWS(Mål[#All])", 6],
    ["=COUNTA(Mål[[#Headers],[Status]])", 1],
    ["=SUM(Mål[Poäng])", 15],
    ["=SUM(Mål!E2:E6)/ROWS(Mål[ID])", 3],
    ['=ROUND(COUNTIFS(Mål[Status],"Röd")/ROWS(Mål[ID])*100,1)', 20],
    ['=IFERROR(1/COUNTIFS(Mål[Status],"Lila"),"–")', "–"],
    ["=1/0", "#DIV/0!"],
    ['="Röda: "&COUNTIFS(Mål[Status],"Röd")', "Röda: 1"],
    ['=IF(COUNTIFS(Mål[Status],"Röd")>0,"ja","nej")', "ja"],
    ["=MAX(Mål[Poäng])-MIN(Mål[Poäng])", 4],
  ])("%s → %j", async (formula, expected) => {
    const emu = await setup();
    expect(await valueOf(emu, formula)).toEqual(expected);
  });

  test("formulas referring to other formula cells, and [@Col] in a table row", async () => {
    const emu = await setup();
    emu.workbook.typeValues("Sammanställning", "A1:B3", [
      ["Röd", "=COUNTIFS(Mål[Status],A1)"],
      ["Gul", "=COUNTIFS(Mål[Status],A2)"],
      ["Summa", "=B1+B2"],
    ]);
    expect(emu.workbook.values("Sammanställning", "B1:B3")).toEqual([[1], [2], [3]]);
    emu.workbook.typeValues("Mål", "E2", [['=IF([@Status]="Röd",10,0)']]);
    expect(emu.workbook.values("Mål", "E2")).toEqual([[10]]);
  });

  test("anything unsupported is unknown (reads 0), never a guessed number", async () => {
    const emu = await setup();
    for (const f of [
      "=VLOOKUP(1,A:B,2,0)",
      '=COUNTIFS(Okänd[Status],"Röd")',
      '=COUNTIFS(Mål[Saknas],"x")',
      "=A1:B2 C3",
    ]) {
      const sheet = emu.workbook.sheet("Mål");
      expect([f, evaluate(emu.workbook.model, sheet, 0, 0, f)]).toEqual([f, undefined]);
      expect(await valueOf(emu, f)).toBe(0);
    }
  });

  test("a cached value wins over evaluation, and evaluation can be switched off", async () => {
    const emu = await setup();
    emu.workbook.typeValues("Sammanställning", "B1", [['=COUNTIFS(Mål[Status],"Röd")']]);
    emu.workbook.setCachedValue("Sammanställning", "B1", 42);
    expect(emu.workbook.values("Sammanställning", "B1")).toEqual([[42]]);
    const off = createEmulator({ sheets: ["S"], evaluateFormulas: false });
    off.workbook.typeValues("S", "A1", [["=1+1"]]);
    expect(off.workbook.values("S", "A1")).toEqual([[0]]);
  });

  test("criteria follow Excel: blanks, not-equal, wildcards with ~ escapes", () => {
    expect(criterion("")("")).toBe(true);
    expect(criterion("")("x")).toBe(false);
    expect(criterion("<>")("")).toBe(false);
    expect(criterion("<>")("x")).toBe(true);
    expect(criterion("a?c")("ABC")).toBe(true);
    expect(criterion("a~?c")("abc")).toBe(false);
    expect(criterion("a~?c")("a?c")).toBe(true);
    expect(criterion(">2")(3)).toBe(true);
    expect(criterion(">2")("3")).toBe(false);
  });
});
