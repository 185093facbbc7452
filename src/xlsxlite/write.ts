// Writes a workbook plan (src/plan/types.ts) as .xlsx bytes in the browser: JSZip and strings only,
// no ExcelJS (its browser build evaluates strings, which the task pane's CSP refuses), no Node. It
// draws what src/xlsx/write.ts draws with ExcelJS for the CLI: sheets in tab order, cells (text as
// shared strings in "@" cells, numbers, formulas with their cached results), tables, list
// validations, conditional formats, column widths, frozen header rows, merges, row heights, the
// print setup, the summary's defined names and print titles, and the summary's charts (the same
// DrawingML parts as the CLI's, src/xlsxlite/chartParts.ts). Extra sheets go after the plan's with
// their own visibility: the very hidden record of a split (src/plan/sent.ts), written as
// src/xlsx/sent.ts writes it, so `collect` reads a pane-made file as one the CLI made
// (test/xlsxlite/write.test.ts reads both back with both readers).
import JSZip from "jszip";
import { columnLetter } from "../plan/a1";
import { SENT_SHEET, sentGrid, type SentRecord } from "../plan/sent";
import type { SheetPlan, WorkbookPlan } from "../plan/types";
import { chartLang, chartXml, drawingXml } from "./chartParts";
import { SharedStrings, sharedStringsXml, sheetXml, tableXml, type SheetState } from "./writeSheet";
import { StyleSheet } from "./writeStyles";
import { NS, REL_TYPE, XML_HEAD, escapeXml, relsXml } from "./writeXml";

export { TextTooLongError } from "./writeSheet";

const TYPE = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
};

/** A sheet written after the plan's: a grid of text, each cell "@" (the split's record). */
export interface TextSheet {
  name: string;
  state: SheetState;
  grid: readonly (readonly string[])[];
}

/** A split's record of what the file was sent with, on its very hidden sheet (as src/xlsx/sent.ts). */
export function sentSheet(record: SentRecord): TextSheet {
  return { name: SENT_SHEET, state: "veryHidden", grid: sentGrid(record) };
}

/** The plan of a text sheet: every column "@", every non-empty value a string. */
function textSheetPlan(sheet: TextSheet): SheetPlan {
  const width = Math.max(1, ...sheet.grid.map((r) => r.length));
  const text = { numberFormat: "@" };
  return {
    name: sheet.name,
    // The role is the plan's word for what a sheet is for; the writer does not use it.
    role: "structure",
    // Excel's default width; the columns carry the text format for cells typed later.
    columns: Array.from({ length: width }, (_, i) => ({
      column: columnLetter(i + 1),
      width: 9,
      format: text,
    })),
    blocks: sheet.grid.map((row, r) => ({
      range: `A${r + 1}:${columnLetter(Math.max(1, row.length))}${r + 1}`,
      values: [row.length === 0 ? [null] : row.map((v) => (v === "" ? null : v))],
    })),
    tables: [],
    formats: [],
    validations: [],
    conditionalFormats: [],
    merges: [],
    rowHeights: [],
    autoRowHeights: true,
    freezeRows: 0,
    names: [],
    print: { orientation: "portrait", fitToWidth: false, titleRows: null },
  };
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

function coreXml(): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Måluppföljning</dc:creator>' +
    "<cp:lastModifiedBy>Måluppföljning</cp:lastModifiedBy></cp:coreProperties>"
  );
}

/**
 * The plan, with `extra` sheets after its own, as the parts of an .xlsx package (part name → XML
 * text). TextTooLongError for a text a cell cannot hold.
 */
export function workbookParts(plan: WorkbookPlan, extra: readonly TextSheet[] = []): Map<string, string> {
  const parts = new Map<string, string>();
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const sheets: { plan: SheetPlan; state: SheetState }[] = [
    ...plan.sheets.map((s) => ({ plan: s, state: "visible" as const })),
    ...extra.map((s) => ({ plan: textSheetPlan(s), state: s.state })),
  ];
  const overrides: string[] = [];
  const workbookRels: { id: string; type: string; target: string }[] = [];
  const sheetElements: string[] = [];
  const names: string[] = [];
  let tableNo = 0;
  let drawingNo = 0;
  let chartNo = 0;
  sheets.forEach(({ plan: sheet, state }, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const rels: { id: string; type: string; target: string }[] = [];
    const charts = sheet.charts ?? [];
    let drawing: string | undefined;
    if (charts.length > 0) {
      drawingNo++;
      drawing = "rIdDrawing";
      const drawingPart = `xl/drawings/drawing${drawingNo}.xml`;
      const chartRels = charts.map((c) => {
        chartNo++;
        parts.set(`xl/charts/chart${chartNo}.xml`, chartXml(sheet.name, c, chartLang(plan.lang)));
        overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${TYPE.chart}"/>`);
        return { type: REL_TYPE.chart, target: `../charts/chart${chartNo}.xml` };
      });
      parts.set(drawingPart, drawingXml(charts));
      parts.set(
        `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
        relsXml(chartRels.map((r, k) => ({ id: `rId${k + 1}`, ...r }))),
      );
      overrides.push(`<Override PartName="/${drawingPart}" ContentType="${TYPE.drawing}"/>`);
      rels.push({ id: drawing, type: REL_TYPE.drawing, target: `../drawings/drawing${drawingNo}.xml` });
    }
    const written = sheetXml(sheet, styles, strings, {
      selected: i === 0,
      hidden: state !== "visible",
      drawing,
    });
    parts.set(part, written.xml);
    written.tables.forEach((t, k) => {
      tableNo++;
      parts.set(`xl/tables/table${tableNo}.xml`, tableXml(t, tableNo));
      overrides.push(`<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="${TYPE.table}"/>`);
      rels.push({ id: `rIdTable${k + 1}`, type: REL_TYPE.table, target: `../tables/table${tableNo}.xml` });
    });
    if (rels.length > 0) parts.set(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relsXml(rels));
    overrides.push(`<Override PartName="/${part}" ContentType="${TYPE.worksheet}"/>`);
    workbookRels.push({
      id: `rId${i + 1}`,
      type: REL_TYPE.worksheet,
      target: `worksheets/sheet${i + 1}.xml`,
    });
    sheetElements.push(
      `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${state === "visible" ? "" : ` state="${state}"`} r:id="rId${i + 1}"/>`,
    );
    const titles = sheet.print.titleRows;
    if (titles) {
      const [first, last] = titles.split(":");
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoteSheet(sheet.name)}!$${first}:$${last ?? first}`)}</definedName>`,
      );
    }
  });
  for (const n of plan.sheets.flatMap((s) => s.names))
    names.push(`<definedName name="${escapeXml(n.name)}">${escapeXml(n.formula)}</definedName>`);

  const next = sheets.length + 1;
  workbookRels.push({ id: `rId${next}`, type: REL_TYPE.styles, target: "styles.xml" });
  workbookRels.push({ id: `rId${next + 1}`, type: REL_TYPE.sharedStrings, target: "sharedStrings.xml" });
  parts.set(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><workbookPr/>` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" activeTab="0"/></bookViews>' +
      `<sheets>${sheetElements.join("")}</sheets>` +
      (names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "") +
      '<calcPr calcId="171027"/></workbook>',
  );
  parts.set("xl/_rels/workbook.xml.rels", relsXml(workbookRels));
  // Written after every sheet: the sheets fill the string and style tables.
  parts.set("xl/sharedStrings.xml", sharedStringsXml(strings));
  parts.set("xl/styles.xml", styles.xml());
  parts.set("docProps/core.xml", coreXml());
  parts.set(
    "_rels/.rels",
    relsXml([
      { id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml" },
      {
        id: "rId2",
        type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        target: "docProps/core.xml",
      },
    ]),
  );
  const types =
    `${XML_HEAD}<Types xmlns="${NS.types}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE.workbook}"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE.styles}"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE.sharedStrings}"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="${TYPE.core}"/>` +
    `${overrides.join("")}</Types>`;
  return new Map([["[Content_Types].xml", types], ...parts]);
}

/** The plan (with `extra` sheets after its own) as .xlsx bytes. */
export async function writeXlsx(plan: WorkbookPlan, extra: readonly TextSheet[] = []): Promise<Uint8Array> {
  return zipParts(workbookParts(plan, extra));
}

/** Parts as a zip archive; text encoded here (JSZip's own UTF-8 encoding splits surrogate pairs). */
export async function zipParts(parts: ReadonlyMap<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  const encoder = new TextEncoder();
  for (const [name, content] of parts)
    zip.file(name, typeof content === "string" ? encoder.encode(content) : content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
