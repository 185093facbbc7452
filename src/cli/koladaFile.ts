/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these rules are for Office.js proxies; this file works on ExcelJS objects, which hold their
   data in memory. */
// `kolada … --from-file EXPORT`: the values from a file exported from Kolada's web interface
// (CSV, or .xlsx read with ExcelJS, its first sheet as cell text, a formula as its cached result),
// filled as the API's would be (src/kolada/fileFill.ts). No network.
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { GoalStructure, Lang } from "../domain";
import { t } from "../i18n/cliStrings";
import {
  exportNotes,
  fillFromExport,
  readExportBytes,
  type KoladaFill,
  type SheetGridReader,
  type YearRange,
} from "../kolada";
import { cellText } from "../xlsx/read";
import { CliError, EXIT_UNREADABLE } from "./common";

/** The first worksheet as rows of cell text. */
export const excelSheetGrid: SheetGridReader = async (bytes) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (ws === undefined) return [];
  const grid: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: string[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++)
      values.push(cellText(row.getCell(c).value));
    grid.push(values);
  }
  return grid;
};

function failed(file: string, detail: { sv: string; en: string }): CliError {
  return new CliError(EXIT_UNREADABLE, {
    sv: t("sv", "ind.file.cliFailed", { file, detail: detail.sv }),
    en: t("en", "ind.file.cliFailed", { file, detail: detail.en }),
  });
}

/** The structure filled from `exportFile`, and the lines that say what the file gave and lacked. */
export async function fillFromExportFile(
  exportFile: string,
  structure: GoalStructure,
  today: string,
  years: YearRange | undefined,
  lang: Lang,
): Promise<{ filled: KoladaFill; notes: string[] }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(exportFile));
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const detail = typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
    throw failed(exportFile, { sv: detail, en: detail });
  }
  const read = await readExportBytes(exportFile, bytes, excelSheetGrid);
  if (!read.ok) throw failed(exportFile, read.reason);
  const result = await fillFromExport(read.file, structure, today, years);
  if (!result.ok) throw failed(exportFile, result.reason);
  return { filled: result.value.fill, notes: exportNotes(read.file, result.value, structure, lang) };
}
