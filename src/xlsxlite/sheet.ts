// Reads one sheet of a workbook (.xlsx) in the browser as a grid of cell text, by name, whatever
// its visibility: for the record a split workbook keeps on its very hidden sheet
// (src/plan/sent.ts), which the pane's "Samla in svar" reads with src/plan/sent.ts's readSentGrid.
// Same cell text as src/xlsx/sent.ts's sentSheetGrid gives the CLI (test/xlsxlite/sheet.test.ts).
import { cellText, dateStyles, sharedStrings, type CellContext } from "./cells";
import { NotWorkbookError, openPackage } from "./package";
import { attr, child, children, domParser, relId, type XmlParser } from "./xml";

/** Cells the grid may hold: the record is small, a huge sheet is not ours. */
const MAX_CELLS = 2_000_000;

function position(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/**
 * The sheet named `name` (any case; null: the first sheet, as for an export from Kolada) as rows
 * of cell text, from row 1 and column A; null when the workbook has no such sheet. Throws NotWorkbookError when the bytes are no readable .xlsx.
 */
export async function readSheetGrid(
  bytes: Uint8Array | ArrayBuffer,
  name: string | null,
  parse: XmlParser = domParser,
): Promise<string[][] | null> {
  const pkg = await openPackage(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), parse);
  const office = (await pkg.rels("")).find((r) => r.type === "officeDocument" && r.target !== null);
  const workbookPart = office?.target ?? "xl/workbook.xml";
  const workbook = await pkg.xml(workbookPart);
  if (workbook === null || workbook.localName !== "workbook")
    throw new NotWorkbookError("not-workbook", `no workbook part at ${workbookPart}`);
  const rels = await pkg.rels(workbookPart);
  const sheets = children(child(workbook, "sheets") ?? workbook, "sheet");
  const sheet =
    name === null
      ? sheets[0]
      : sheets.find((s) => (attr(s, "name") ?? "").toLowerCase() === name.toLowerCase());
  const target = sheet ? rels.find((r) => r.id === relId(sheet))?.target : undefined;
  if (target === undefined || target === null) return null;
  const root = await pkg.xml(target);
  if (root === null) return null;
  const part = (type: string): string | null => rels.find((r) => r.type === type)?.target ?? null;
  const stringsPart = part("sharedStrings");
  const stylesPart = part("styles");
  const pr = child(workbook, "workbookPr");
  const ctx: CellContext = {
    shared: sharedStrings(stringsPart === null ? null : await pkg.xml(stringsPart)),
    dateStyles: dateStyles(stylesPart === null ? null : await pkg.xml(stylesPart)),
    date1904: pr !== null && ["1", "true"].includes(attr(pr, "date1904") ?? ""),
  };
  const grid: string[][] = [];
  let rowNumber = 0;
  let cells = 0;
  for (const row of children(child(root, "sheetData") ?? root, "row")) {
    const r = Number(attr(row, "r") ?? NaN);
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    let col = 0;
    for (const c of children(row, "c")) {
      const at = position(attr(c, "r") ?? "");
      col = at === null ? col + 1 : at.col;
      const text = cellText(c, ctx);
      if (text === "") continue;
      if (++cells > MAX_CELLS)
        throw new NotWorkbookError("too-large", `sheet ${name ?? 1} holds too many cells`);
      while (grid.length < rowNumber) grid.push([]);
      const line = grid[rowNumber - 1];
      while (line.length < col - 1) line.push("");
      line[col - 1] = text;
    }
  }
  return grid;
}
