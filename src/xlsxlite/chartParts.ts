// The DrawingML parts of the plan's charts (SheetPlan.charts): the chart part (a c:chartSpace with
// one 100 % stacked c:barChart whose series name, categories and values are formulas to the sheet's
// cells, with their cached values, solid fills and the counts as data labels) and the drawing part
// anchoring the charts over the plan's cells. Pure strings, shared by the CLI's writer (ExcelJS's
// package with the charts added, src/xlsx/charts.ts) and the pane's (src/xlsxlite/write.ts), so
// both files hold the same charts.
import { parseRange } from "../plan/a1";
import type { ChartPlan, ChartSeriesPlan } from "../plan/types";

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 cannot hold. DrawingML text has no escape for them (cells have _xHHHH_),
// so a chart's text leaves them out rather than make the part unreadable (Excel's repair prompt).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, "")
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

/** The language tag of chart texts. */
export const chartLang = (lang: string): string => (lang === "sv" ? "sv-SE" : "en-US");
