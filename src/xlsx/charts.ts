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
import { parseRange, type ChartPlan, type ChartSeriesPlan } from "../plan";
import { CHART_NAME_PREFIX } from "../plan/summary/charts";
import { closure, relationshipsOf, resolvePart, unescapeXml } from "./parts";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** "C6:C8" on sheet "Sammanfattning" → "'Sammanfattning'!$C$6:$C$8", as Excel stores a series. */
export function absoluteRef(sheet: string, range: string): string {
  const abs = range
    .split(":")
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

const hex = (color: string): string => color.replace(/^#/, "").toUpperCase();

function strRef(sheet: string, range: string, values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return (
    `<c:strRef><c:f>${escapeXml(absoluteRef(sheet, range))}</c:f>` +
    `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`
  );
}

function numRef(sheet: string, range: string, values: readonly number[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return (
    `<c:numRef><c:f>${escapeXml(absoluteRef(sheet, range))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

/** Text properties: size in points, bold, black. */
function txPr(size: number, bold: boolean): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">` +
    `<a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`
  );
}

function series(sheet: string, chart: ChartPlan, s: ChartSeriesPlan, i: number): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx>${s.nameCell === "" ? `<c:v>${escapeXml(s.name)}</c:v>` : strRef(sheet, s.nameCell, [s.name])}</c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${hex(s.fill)}"/></a:solidFill>` +
    `<a:ln w="6350"><a:solidFill><a:srgbClr val="${hex(chart.outline)}"/></a:solidFill></a:ln></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="${escapeXml(chart.labelFormat)}" sourceLinked="0"/>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(9, true)}` +
    `<c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat>${strRef(sheet, chart.categories, chart.categoryNames)}</c:cat>` +
    `<c:val>${numRef(sheet, s.values, s.cached)}</c:val></c:ser>`
  );
}

/** The chart part of `chart`, whose cells are on `sheet`. */
export function chartXml(sheet: string, chart: ChartPlan, lang: string): string {
  const [cat, val] = [500100, 500200];
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:lang val="${lang}"/><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="${lang}" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="percentStacked"/>` +
    `<c:varyColors val="0"/>${chart.series.map((s, i) => series(sheet, chart, s, i)).join("")}` +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="${cat}"/><c:axId val="${val}"/></c:barChart>` +
    // The first area on top, as in the table: categories from the top (maxMin), the value axis
    // then crossing at the last category, below the bars.
    `<c:catAx><c:axId val="${cat}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(9, false)}<c:crossAx val="${val}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${val}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(9, false)}` +
    `<c:crossAx val="${cat}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(9, false)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part holding `charts`, chart i related as rId{i+1}. */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts.map((chart, i) => {
    // Inclusive cells → DrawingML's zero-based corners: the last cell's bottom-right corner is the
    // top-left corner of the cell after it.
    const r = parseRange(chart.anchor);
    const corner = (col: number, row: number): string =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${corner(r.left - 1, r.top - 1)}</xdr:from>` +
      `<xdr:to>${corner(r.right, r.bottom)}</xdr:to><xdr:graphicFrame macro="">` +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.name)}" ` +
      `descr="${escapeXml(chart.altDescription)}" title="${escapeXml(chart.altTitle)}"/>` +
      `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>` +
      `<a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${i + 1}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`;
}

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

/** The language tag of chart texts. */
export const chartLang = (lang: string): string => (lang === "sv" ? "sv-SE" : "en-US");

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
