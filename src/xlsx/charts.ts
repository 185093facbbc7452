// The plan's charts as DrawingML parts. ExcelJS 4.4.0 writes no charts, so the package it wrote
// is opened again with JSZip and, per sheet with charts, gets:
// - xl/charts/chartN.xml: a c:chartSpace with one 100 % stacked c:barChart whose series name,
//   categories and values are formulas to the sheet's cells (with their cached values, for readers
//   that do not recalculate), solid fills, and the counts as data labels;
// - xl/drawings/drawingN.xml: a two-cell anchor per chart over the plan's cells, whose
//   graphic frame carries the chart's name, title and alternative text (descr);
// - the relationships between them, the sheet's <drawing r:id>, and the content types.
// The charts' names start with CHART_NAME_PREFIX, so a later edit of the file (rollover, history
// import) knows them for the add-in's own (ownChartParts) and draws them again.
import JSZip from "jszip";
import type { ChartPlan } from "../plan";
import { CHART_NAME_PREFIX } from "../plan/summary/charts";
import { NS, XML_HEAD, chartLang, chartXml, drawingXml, escapeXml } from "../xlsxlite/chartParts";
import { closure, relationshipsOf, resolvePart, unescapeXml } from "./parts";

export { absoluteRef, chartLang, chartXml, drawingXml, escapeXml } from "../xlsxlite/chartParts";

const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`,
  );
  return (
    XML_HEAD +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`
  );
}

const relsPathOf = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

async function text(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async("string");
}

/** The worksheet part of the sheet named `name` ("xl/worksheets/sheet2.xml"). */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const book = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = relationshipsOf((await text(zip, "xl/_rels/workbook.xml.rels")) ?? "");
  for (const m of book.matchAll(/<sheet\b[^>]*\/>/g)) {
    if (unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "") !== name) continue;
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const rel = rels.find((r) => r.id === id);
    if (rel) return resolvePart("xl/", rel.target);
  }
  throw new Error(`no sheet ${name} in the package`);
}

/** The first free number of parts named `${prefix}N.xml`. */
function freeNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`) !== null) n++;
  return n;
}

// Elements that follow <drawing> in a worksheet (CT_Worksheet's sequence).
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** Adds `charts` to the sheet `sheet` of the package. The sheet must have no drawing yet. */
export async function addSheetCharts(zip: JSZip, sheet: string, charts: readonly ChartPlan[], lang: string) {
  if (charts.length === 0) return;
  const part = await sheetPart(zip, sheet);
  let xml = (await text(zip, part)) ?? "";
  if (/<drawing\b/.test(xml)) throw new Error(`${sheet} has a drawing already`);
  const sheetRelsPath = relsPathOf(part);
  const sheetRels = relationshipsOf((await text(zip, sheetRelsPath)) ?? "");
  const drawingNo = freeNumber(zip, "xl/drawings/drawing");
  const drawing = `xl/drawings/drawing${drawingNo}.xml`;
  let chartNo = freeNumber(zip, "xl/charts/chart");
  const chartParts = charts.map(() => {
    while (zip.file(`xl/charts/chart${chartNo}.xml`) !== null) chartNo++;
    return `xl/charts/chart${chartNo++}.xml`;
  });

  charts.forEach((c, i) => zip.file(chartParts[i], chartXml(sheet, c, lang)));
  zip.file(drawing, drawingXml(charts));
  zip.file(
    relsPathOf(drawing),
    relsXml(
      chartParts.map((p, i) => ({ id: `rId${i + 1}`, type: REL.chart, target: `../charts/${p.slice(10)}` })),
    ),
  );
  let id = "rIdDrawing";
  for (let n = 1; sheetRels.some((r) => r.id === id); n++) id = `rIdDrawing${n}`;
  zip.file(
    sheetRelsPath,
    relsXml([...sheetRels, { id, type: REL.drawing, target: `../drawings/drawing${drawingNo}.xml` }]),
  );
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml))
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  const at = AFTER_DRAWING.exec(xml)?.index ?? xml.length;
  zip.file(part, `${xml.slice(0, at)}<drawing r:id="${id}"/>${xml.slice(at)}`);

  let types = (await text(zip, "[Content_Types].xml")) ?? "";
  const overrides = [
    `<Override PartName="/${drawing}" ContentType="${TYPE.drawing}"/>`,
    ...chartParts.map((p) => `<Override PartName="/${p}" ContentType="${TYPE.chart}"/>`),
  ];
  types = types.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.file("[Content_Types].xml", types);
}

/**
 * The add-in's own chart parts in a package: every drawing whose graphic frames all carry a
 * CHART_NAME_PREFIX name and that holds nothing else, with its charts and relationships. An
 * edit through ExcelJS drops them and draws the summary's charts again, so they are not lost.
 */
export async function ownChartParts(zip: JSZip): Promise<Set<string>> {
  const out = new Set<string>();
  for (const drawing of Object.keys(zip.files).filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n))) {
    const xml = (await text(zip, drawing)) ?? "";
    const anchors = xml.match(/<xdr:(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)\b/g) ?? [];
    const names = [...xml.matchAll(/<xdr:graphicFrame\b[\s\S]*?<xdr:cNvPr\b[^>]*\bname="([^"]*)"/g)].map(
      (m) => unescapeXml(m[1]),
    );
    if (anchors.length === 0 || names.length !== anchors.length) continue;
    if (!names.every((n) => n.startsWith(CHART_NAME_PREFIX))) continue;
    if (/<xdr:(?:pic|sp|grpSp|cxnSp)\b/.test(xml)) continue;
    const rels = relationshipsOf((await text(zip, relsPathOf(drawing))) ?? "");
    if (!rels.every((r) => r.type === REL.chart)) continue;
    out.add(drawing);
    out.add(relsPathOf(drawing));
    // With what Excel relates to a chart when it saves one (its style and colour parts).
    for (const r of rels) await closure(zip, resolvePart("xl/drawings/", r.target), out);
  }
  return out;
}

/** `bytes` (a package ExcelJS wrote) with the charts of `sheets` added; as it was without any. */
export async function withCharts(
  bytes: Buffer,
  sheets: readonly { name: string; charts?: readonly ChartPlan[] }[],
  lang: string,
): Promise<Buffer> {
  const drawn = sheets.filter((s) => (s.charts ?? []).length > 0);
  if (drawn.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const s of drawn) await addSheetCharts(zip, s.name, s.charts ?? [], chartLang(lang));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
