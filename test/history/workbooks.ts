// Helpers for the rollover and history-import tests: an official's edits to a workbook (made with
// ExcelJS, the formula names put back, the validations as Excel keeps them), the add-in's web
// extension part as Excel saves it, and a look at the package's parts by sheet name.
import { readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { GOAL_TABLE } from "../../src/plan";
import { joinValidations } from "../../src/xlsx/package";
import { addFormulaNames } from "../../src/xlsx/write";
import { formulaNamesOf } from "../xlsx/package";

/** Loads `file`, lets `edit` change it, and saves it back as a file Excel would have written. */
export async function editXlsx(
  file: string,
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>,
  extraNames: { name: string; formula: string }[] = [],
): Promise<void> {
  const bytes = readFileSync(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  await edit(wb);
  wb.eachSheet((ws) => joinValidations(ws));
  addFormulaNames(wb, [...(await formulaNamesOf(bytes)), ...extraNames]);
  writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

interface LoadedTable {
  table?: { name?: string; tableRef?: string; ref?: string };
}

/** The goal table's sheet, header and cell of (goal ID, header). */
export function goalCells(wb: ExcelJS.Workbook): {
  ws: ExcelJS.Worksheet;
  header: string[];
  ids: string[];
  cell(id: string, header: string): ExcelJS.Cell;
} {
  for (const ws of wb.worksheets) {
    for (const tb of ws.getTables() as unknown as LoadedTable[]) {
      if (tb.table?.name !== GOAL_TABLE) continue;
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(tb.table.tableRef ?? tb.table.ref ?? "");
      if (!m) continue;
      const top = Number(m[2]);
      const bottom = Number(m[4]);
      const left = ws.getColumn(m[1]).number;
      const width = ws.getColumn(m[3]).number - left + 1;
      const header = Array.from({ length: width }, (_, j) => String(ws.getCell(top, left + j).value ?? ""));
      const idCol = left + header.findIndex((h) => h === "Mål-ID" || h === "Goal ID");
      const ids: string[] = [];
      for (let r = top + 1; r <= bottom; r++) ids.push(String(ws.getCell(r, idCol).value ?? ""));
      return {
        ws,
        header,
        ids,
        cell: (id, h) => {
          const r = ids.indexOf(id);
          const c = header.indexOf(h);
          if (r < 0 || c < 0) throw new Error(`no cell for ${id} / ${h}`);
          return ws.getCell(top + 1 + r, left + c);
        },
      };
    }
  }
  throw new Error("no goal table");
}

const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";

/**
 * Adds the add-in's web extension to the package as Excel saves it (a task pane part, the web
 * extension part with the document settings, their relationships and content types).
 */
export async function addWebExtension(file: string, settings: Record<string, unknown>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const props = Object.entries(settings)
    .map(([k, v]) => `<we:property name="${k}" value="${JSON.stringify(v).replace(/"/g, "&quot;")}"/>`)
    .join("");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${WE_NS}" id="{5B0D2B2E-1C1B-4A4B-9E2E-1F2B3C4D5E6F}"><we:reference id="wa000000000" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  zip.file(
    "xl/webextensions/taskpanes.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  );
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdWe" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`,
    ),
  );
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** The package's parts: every part's text, and each sheet's XML by sheet name. */
export async function packageParts(file: string): Promise<{
  parts: Map<string, string>;
  sheets: Map<string, string>;
  tables: Map<string, string>;
}> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.file(name);
    if (f && /\.(xml|rels)$/.test(name)) parts.set(name, await f.async("string"));
  }
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const sheets = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target =
      new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1];
    const part = target ? `xl/${target.replace(/^\/?xl\//, "")}` : "";
    sheets.set(m[1], parts.get(part) ?? "");
  }
  const tables = new Map<string, string>();
  for (const [name, xml] of parts) {
    const table = name.startsWith("xl/tables/") ? /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1] : undefined;
    if (table) tables.set(table, xml);
  }
  return { parts, sheets, tables };
}

/** Every match of `pattern`'s first group in `xml`, in order. */
export function all(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1] ?? m[0]);
}

/**
 * A cell value without a formula's cached result: `rollover` and `import-history` bring the
 * last-year columns' results up to date (src/xlsx/previousColumns.ts), their formulas stay.
 */
export function withoutResult(v: unknown): unknown {
  if (v !== null && typeof v === "object" && "formula" in v)
    return { formula: (v as { formula: unknown }).formula };
  return v;
}
