/* eslint-disable office-addins/load-object-before-read --
   the rule is for Office.js proxies; the cells edited here are ExcelJS objects in memory. */
// An official's edits to a workbook `maluppfoljning workbook` wrote: statuses and trends typed
// into the goal table by goal ID, saved with ExcelJS (the summary's formula names put back, as
// test/libreoffice/workbook.test.ts does), so `summary` and `report` read an edited workbook.
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { addFormulaNames } from "../../src/xlsx/write";
import { formulaNamesOf } from "../xlsx/package";

export type Edits = Record<string, { status?: string; trend?: string }>;

export async function editGoals(input: string, output: string, edits: Edits): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  addFormulaNames(wb, await formulaNamesOf(readFileSync(input)));
  const ws = wb.getWorksheet("Mål");
  if (ws === undefined) throw new Error("no sheet Mål");
  const header = ws.getRow(3);
  const col = (name: string): number => {
    for (let c = 1; c <= 20; c++) if (header.getCell(c).value === name) return c;
    throw new Error(`no column ${name}`);
  };
  const [idCol, statusCol, trendCol] = [col("Mål-ID"), col("Status"), col("Trend")];
  const done = new Set<string>();
  for (let r = 4; r <= ws.rowCount; r++) {
    const id = String(ws.getRow(r).getCell(idCol).value ?? "");
    const e = edits[id];
    if (!e) continue;
    if (e.status !== undefined) ws.getRow(r).getCell(statusCol).value = e.status === "" ? null : e.status;
    if (e.trend !== undefined) ws.getRow(r).getCell(trendCol).value = e.trend === "" ? null : e.trend;
    done.add(id);
  }
  const missing = Object.keys(edits).filter((id) => !done.has(id));
  if (missing.length > 0) throw new Error(`no goals ${missing.join(", ")}`);
  await wb.xlsx.writeFile(output);
}
