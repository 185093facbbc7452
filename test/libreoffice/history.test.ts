/* eslint-disable office-addins/load-object-before-read --
   the cells edited here are ExcelJS objects in memory. */
// The comparison with an earlier year in an independent engine: LibreOffice (always
// recalculating) opens what the CLI's writer made from the example with history
// (test/history/example.ts) and a copy whose history table was edited, and computes the goal
// table's "last year" columns from the history table.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildWorkbookPlan } from "../../src/plan";
import { addFormulaNames, writeWorkbookFile } from "../../src/xlsx/write";
import { exampleStructure } from "../history/example";
import { formulaNamesOf } from "../xlsx/package";
import { readFods, type FodsSheet } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

/** Sets history cells by goal ID and year: field "status" (column C) or "trend" (D). */
async function editHistory(
  input: string,
  output: string,
  edits: { id: string; year: number; status?: string }[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  addFormulaNames(wb, await formulaNamesOf(readFileSync(input)));
  const ws = wb.getWorksheet("Historik")!;
  for (const e of edits) {
    let done = false;
    for (let r = 5; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (String(row.getCell(1).value) !== String(e.year) || row.getCell(2).value !== e.id) continue;
      if (e.status !== undefined) row.getCell(3).value = e.status === "" ? null : e.status;
      done = true;
    }
    expect([e.id, done]).toEqual([e.id, true]);
  }
  await wb.xlsx.writeFile(output);
}

/** Per goal ID, the goal table's [last year's status, last year's trend] as LibreOffice computed them. */
function previousColumns(sheet: FodsSheet): Record<string, [unknown, unknown]> {
  const header = 2;
  const col = (name: string): string => {
    for (const [address, cell] of sheet.cells)
      if (address === `${address.replace(/\d+$/, "")}${header}` && cell.value === name)
        return address.replace(/\d+$/, "");
    throw new Error(`no column ${name}`);
  };
  const [id, status, trend] = [col("Mål-ID"), col("Status förra året"), col("Trend förra året")];
  const out: Record<string, [unknown, unknown]> = {};
  for (let r = header + 1; sheet.cells.get(`${id}${r}`)?.value; r++) {
    out[String(sheet.cells.get(`${id}${r}`)?.value)] = [
      sheet.cells.get(`${status}${r}`)?.value ?? "",
      sheet.cells.get(`${trend}${r}`)?.value ?? "",
    ];
  }
  return out;
}

describeWithSoffice("the comparison in LibreOffice", () => {
  let dir: string;
  let lo: LibreOffice;
  let goals: { written: FodsSheet; edited: FodsSheet };
  let seconds = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-history-lo-"));
    lo = LibreOffice.create();
    const written = path.join(dir, "written.xlsx");
    const edited = path.join(dir, "edited.xlsx");
    await writeWorkbookFile(buildWorkbookPlan(exampleStructure(), "sv"), written);
    // L3's 2023 status from yellow to red; V1's 2023 status emptied.
    await editHistory(written, edited, [
      { id: "L3", year: 2023, status: "Röd" },
      { id: "V1", year: 2023, status: "" },
    ]);
    const started = Date.now();
    const [a, b] = await lo.convert([written, edited], "fods");
    seconds = (Date.now() - started) / 1000;
    const sheet = (file: string): FodsSheet => {
      const found = readFods(file).sheets.find((s) => s.name === "Mål");
      if (!found) throw new Error("no goal sheet");
      return found;
    };
    goals = { written: sheet(a), edited: sheet(b) };
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows each goal's 2023 status and trend from the history table, the comparison year", () => {
    // From example.ts: L2's 2022 entry is not the comparison year's; S1 has only 2021; V3's 2023
    // entry has no status (shown as not assessed); V2, S2, K1 have no history.
    expect(previousColumns(goals.written)).toEqual({
      L1: ["Gul", "Uppåt"],
      L2: ["Gul", "Nedåt"],
      L3: ["Gul", "Oförändrad"],
      L4: ["Grön", "Uppåt"],
      V1: ["Röd", ""],
      V2: ["", ""],
      V3: ["Ej bedömd", ""],
      V4: ["Grön", "Uppåt"],
      S1: ["", ""],
      S2: ["", ""],
      K1: ["", ""],
    });
    console.log(`LibreOffice: 2 files recalculated and converted in ${seconds.toFixed(1)} s`);
  });

  it("follows an edit of the history table", () => {
    const edited = previousColumns(goals.edited);
    expect(edited.L3).toEqual(["Röd", "Oförändrad"]);
    expect(edited.V1).toEqual(["Ej bedömd", ""]);
    expect(edited.L1).toEqual(["Gul", "Uppåt"]);
  });
});
