// The "done when": a goal text of =HYPERLINK("http://example.com","x") arrives in the
// sheet as that text, through the add-in (Excel adapter on the emulator) and through the CLI (the
// .xlsx read back with ExcelJS, and its XML looked at directly: a shared string, no <f>).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { jsonText, withGoal } from "../corpus/base";
import { harness } from "./adapter";
import { compileCli, runCli } from "./cli";
import { foreignFormulasIn, goalCellAddress } from "./emulator-edits";
import { describeCell, foreignFormulas, goalTable, loadXlsx } from "./xlsx-cells";

const TEXT = '=HYPERLINK("http://example.com","x")';

describe(`a goal text of ${TEXT}`, () => {
  it("arrives as that text through the add-in", async () => {
    const h = harness();
    await h.service.applyLoad(withGoal("EKO-1.01", { text: TEXT }), "sv");
    await h.service.refreshSummary("sv");
    const { sheet, address } = goalCellAddress(h.emu, { goal: "EKO-1.01" }, "text");
    const cell = h.emu.workbook.cell(sheet, address);
    expect({ value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat }).toEqual({
      value: TEXT,
      formula: undefined,
      numberFormat: "@",
    });
    expect(foreignFormulasIn(h.emu)).toEqual([]);
  });

  it("arrives as that text through the CLI", async () => {
    compileCli();
    const dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-hyperlink-"));
    try {
      const json = path.join(dir, "in.json");
      const xlsx = path.join(dir, "out.xlsx");
      writeFileSync(json, jsonText(withGoal("EKO-1.01", { text: TEXT })));
      const run = await runCli(["workbook", json, "--out", xlsx]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      const bytes = readFileSync(xlsx);

      const wb = await loadXlsx(bytes);
      const table = goalTable(wb, "sv");
      const row = table?.rowOf.get("EKO-1.01");
      const col = table?.columns.text;
      expect(table && row && col).toBeTruthy();
      if (!table || !row || !col) return;
      const cell = describeCell(table.ws.getCell(row, col));
      expect({ type: cell.type, value: cell.value, formula: cell.formula }).toEqual({
        type: "String",
        value: TEXT,
        formula: undefined,
      });
      expect(foreignFormulas(wb)).toEqual([]);

      // In the file itself: the cell is a shared string (t="s") without a formula element.
      const zip = await JSZip.loadAsync(bytes);
      // The goal sheet is the first sheet (it opens first).
      const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const m = new RegExp(`<c r="${cell.address}"([^>]*)>(.*?)</c>`).exec(sheetXml);
      expect(m).not.toBeNull();
      expect(m?.[1]).toContain('t="s"');
      expect(m?.[2]).not.toContain("<f>");
      const shared = await zip.file("xl/sharedStrings.xml")!.async("string");
      expect(shared).toContain("=HYPERLINK(&quot;http://example.com&quot;,&quot;x&quot;)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
