import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { createEmulator, type Emulator } from "./index";
import { pointsToCharacters, saveXlsx } from "./save";
import { convertWithLibreOffice, findSoffice } from "./libreoffice";

const STATUSES = ["Röd", "Gul", "Grön", "Gul", "Röd", "Gul", "", "Grön", "Gul", "Röd"];

/** A small goal table with validation, conditional formats and a summary sheet of COUNTIFS formulas. */
async function buildWorkbook(emu: Emulator): Promise<void> {
  await emu.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Mål");
    const rows = STATUSES.map((s, i) => [
      `M${i + 1}`,
      i === 3 ? '=HYPERLINK("http://example.com","x")' : `Mål nummer ${i + 1}`,
      s,
    ]);
    const body = ws.getRange("A2:C11");
    body.numberFormat = rows.map(() => ["@", "@", "@"]);
    ws.getRange("A1:C1").values = [["ID", "Mål", "Status"]];
    body.values = rows;
    const t = ws.tables.add("A1:C11", true);
    t.name = "Mål";
    t.style = "TableStyleMedium9";
    const status = t.columns.getItem("Status").getDataBodyRange();
    status.dataValidation.rule = { list: { inCellDropDown: true, source: "Röd,Gul,Grön" } };
    status.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "Status",
      message: "Välj i listan",
    };
    const red = status.conditionalFormats.add("ContainsText");
    red.textComparison.rule = { operator: "Contains", text: "Röd" };
    red.textComparison.format.fill.color = "#F4CCCC";
    red.textComparison.format.font.bold = true;
    const yellow = status.conditionalFormats.add("CellValue");
    yellow.cellValue.rule = { formula1: '="Gul"', operator: "EqualTo" };
    yellow.cellValue.format.fill.color = "#FFF2CC";
    const green = status.conditionalFormats.add("Custom");
    green.custom.rule.formula = '=$C2="Grön"';
    green.custom.format.fill.color = "#D9EAD3";
    ws.getRange("A1:C1").format.font.bold = true;
    ws.getRange("A1:C1").format.fill.color = "#1F4E78";
    ws.getRange("A1:C1").format.borders.getItem("EdgeBottom").style = "Continuous";
    ws.getRange("B:B").format.columnWidth = 240;
    ws.getRange("B2:B11").format.wrapText = true;
    ws.freezePanes.freezeRows(1);

    const sum = context.workbook.worksheets.add("Sammanställning");
    sum.getRange("A1:B4").formulas = [
      ["Status", "Antal"],
      ["Röd", '=COUNTIFS(Mål[Status],"Röd")'],
      ["Gul", '=COUNTIFS(Mål[Status],"Gul")'],
      ["Grön", '=COUNTIFS(Mål[Status],"Grön")'],
    ];
    sum.getRange("B5").formulas = [["=SUM(B2:B4)"]];
    await context.sync();
  });
}

interface CfRead {
  ref: string;
  rules: { type: string; formulae?: string[]; style?: { numFmt?: unknown; fill?: unknown } }[];
}
/** ExcelJS reads conditional formats into a property its typings do not declare. */
const cfsOf = (ws: ExcelJS.Worksheet): CfRead[] =>
  (ws as unknown as { conditionalFormattings: CfRead[] }).conditionalFormattings;

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "emu-save-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("saving as .xlsx", () => {
  test("values, formulas, table, validation and conditional formats survive a read-back with ExcelJS", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await buildWorkbook(emu);
    emu.workbook.setCachedValue("Sammanställning", "B2", 3);
    const file = path.join(dir, "goals.xlsx");
    await saveXlsx(emu, file, { cachedValues: { "Sammanställning!B3": 4 } });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Mål", "Sammanställning"]);
    const ws = wb.getWorksheet("Mål")!;
    expect(ws.getCell("A1").value).toBe("ID");
    expect(ws.getCell("C2").value).toBe("Röd");
    // The formula-looking goal text stayed text (the cell was text-formatted before writing).
    expect(ws.getCell("B5").value).toBe('=HYPERLINK("http://example.com","x")');
    expect(ws.getCell("B5").numFmt).toBe("@");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FF1F4E78" } });
    expect(ws.getCell("B2").alignment?.wrapText).toBe(true);
    expect(ws.getCell("B1").border?.bottom).toMatchObject({ style: "thin", color: { argb: "FF000000" } });
    expect(ws.getColumn(2).width).toBeCloseTo(pointsToCharacters(240), 1);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    // ExcelJS keeps a read table's definition under `.table`, with the range as `tableRef`.
    const tmodel = (
      ws.getTable("Mål") as unknown as { table: { tableRef: string; columns: { name: string }[] } }
    ).table;
    expect(tmodel.tableRef).toBe("A1:C11");
    expect(tmodel.columns.map((c) => c.name)).toEqual(["ID", "Mål", "Status"]);

    const dv = ws.getCell("C7").dataValidation;
    expect(dv).toMatchObject({
      type: "list",
      formulae: ['"Röd,Gul,Grön"'],
      showErrorMessage: true,
      errorTitle: "Status",
    });
    expect(ws.getCell("B7").dataValidation).toBeUndefined();

    const cfs = cfsOf(ws);
    expect(cfs.map((c) => c.ref)).toEqual(["C2:C11", "C2:C11", "C2:C11"]);
    expect(cfs.map((c) => c.rules[0].type)).toEqual(["expression", "cellIs", "expression"]);
    expect(cfs[0].rules[0].formulae).toEqual(['ISNUMBER(SEARCH("Röd",C2))']);
    expect(cfs[2].rules[0].formulae).toEqual(['$C2="Grön"']);

    const sum = wb.getWorksheet("Sammanställning")!;
    expect(sum.getCell("B2").value).toEqual({ formula: 'COUNTIFS(Mål[Status],"Röd")', result: 3 });
    expect(sum.getCell("B3").value).toEqual({ formula: 'COUNTIFS(Mål[Status],"Gul")', result: 4 });
    expect((sum.getCell("B4").value as { formula: string }).formula).toBe('COUNTIFS(Mål[Status],"Grön")');
  });

  test("conditional formats avoid ExcelJS's traps: no containsText rule, no numFmt in their styles", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await buildWorkbook(emu);
    const wb = await load(await saveXlsx(emu));
    const rules = cfsOf(wb.getWorksheet("Mål")!).flatMap((c) => c.rules);
    expect(rules).toHaveLength(3);
    for (const rule of rules) {
      expect(rule.type).not.toBe("containsText");
      // A numFmt written into the dxf would read back as an object.
      expect(rule.style?.numFmt ?? null).toBeNull();
      expect(rule.style?.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    }
  });

  const soffice = findSoffice();
  const requireSoffice = process.env.CI === "true";
  if (!soffice && !requireSoffice)
    console.warn(
      "SKIPPED: LibreOffice (soffice) not found — the .xlsx open-and-recalculate check did not run.",
    );
  (soffice || requireSoffice ? test : test.skip)(
    "LibreOffice opens the saved file and recalculates COUNTIFS over the table to the emulator's counts",
    async () => {
      if (!soffice) throw new Error("LibreOffice (soffice) is required when CI=true");
      const emu = createEmulator({ sheets: ["Mål"] });
      await buildWorkbook(emu);
      // A stale cached result must not survive: the profile makes LibreOffice recalculate on load.
      emu.workbook.setCachedValue("Sammanställning", "B2", 99);
      const file = path.join(dir, "recalc.xlsx");
      await saveXlsx(emu, file);
      const outDir = path.join(dir, "lo");
      await fs.mkdir(outDir, { recursive: true });
      const out = await convertWithLibreOffice(file, "xlsx", outDir);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const sum = wb.getWorksheet("Sammanställning")!;
      const result = (a: string) => (sum.getCell(a).value as { result?: unknown }).result;
      const expected = (s: string) => STATUSES.filter((x) => x === s).length;
      expect([result("B2"), result("B3"), result("B4"), result("B5")]).toEqual([
        expected("Röd"),
        expected("Gul"),
        expected("Grön"),
        STATUSES.filter(Boolean).length,
      ]);
      // The emulator's own evaluator agrees with LibreOffice on these summary formulas.
      const fresh = createEmulator({ sheets: ["Mål"] });
      await buildWorkbook(fresh);
      expect(fresh.workbook.values("Sammanställning", "B2:B5").map((r) => r[0])).toEqual([
        result("B2"),
        result("B3"),
        result("B4"),
        result("B5"),
      ]);
      const goals = wb.getWorksheet("Mål")!;
      expect(goals.getCell("B5").value).toBe('=HYPERLINK("http://example.com","x")');
      expect(goals.getCell("C7").dataValidation).toMatchObject({ type: "list" });
    },
    180_000,
  );
});
