// The harness itself: without the recalculating profile LibreOffice shows the cached results
// an .xlsx carries; with it, it computes them. Everything else in test/libreoffice relies on this.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readFods } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

describeWithSoffice("LibreOffice harness", () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-harness-"));
    file = path.join(dir, "stale.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    // A deliberately wrong cached result: 99 instead of 5.
    ws.getCell("A3").value = { formula: "A1+A2", result: 99 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("recalculates formulas with its own profile, and keeps the stale cache without it", async () => {
    const recalc = LibreOffice.create();
    const plain = LibreOffice.create({ recalc: false });
    try {
      const [a] = await recalc.convert([file], "fods");
      const [b] = await plain.convert([file], "fods");
      expect(readFods(a).sheet("S").cells.get("A3")?.value).toBe(5);
      expect(readFods(b).sheet("S").cells.get("A3")?.value).toBe(99);
    } finally {
      recalc.dispose();
      plain.dispose();
    }
  });
});
