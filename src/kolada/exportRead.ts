// A chosen export file's bytes to its values: an .xlsx (a ZIP archive, whatever its name says)
// through the shell's sheet reader (the pane's xlsxlite, the CLI's ExcelJS), anything else as CSV.
import type { Bilingual } from "../domain";
import { t, type KoladaStringKey } from "../i18n/koladaStrings";
import { decodeCsv, parseCsv } from "./csv";
import { readKoladaExport, type ExportRead } from "./exportFile";

/** The largest export read: Kolada's exports of one municipality are far smaller. */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;

/** The first sheet of an .xlsx as rows of cell text; throws when the bytes are no workbook. */
export type SheetGridReader = (bytes: Uint8Array) => Promise<string[][]>;

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function because(key: KoladaStringKey, file: string): ExportRead {
  const params = { file, max: MAX_EXPORT_BYTES / (1024 * 1024) };
  const reason: Bilingual = { sv: t("sv", key, params), en: t("en", key, params) };
  return { ok: false, reason };
}

/** The values of the export `name` holds (`bytes`), or why it cannot be read. */
export async function readExportBytes(
  name: string,
  bytes: Uint8Array,
  sheetGrid: SheetGridReader,
): Promise<ExportRead> {
  if (bytes.length > MAX_EXPORT_BYTES) return because("ind.file.tooLarge", name);
  if (bytes.length === 0) return because("ind.file.empty", name);
  let grid: string[][];
  if (isZip(bytes)) {
    try {
      grid = await sheetGrid(bytes);
    } catch {
      // The reader's own detail (a ZIP or XML error) says nothing a user can act on.
      return because("ind.file.notExport", name);
    }
  } else {
    grid = parseCsv(decodeCsv(bytes));
  }
  if (!grid.some((row) => row.some((c) => c.trim() !== ""))) return because("ind.file.empty", name);
  return readKoladaExport(grid);
}
