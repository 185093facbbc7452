// The style part (xl/styles.xml) of a workbook the browser-safe writer draws: each distinct
// CellFormat of the plan becomes one cell format (xf) with its font, fill, border, number format and
// alignment, and each conditional format's look one differential format (dxf). The same choices as
// the ExcelJS renderer (src/xlsx/write.ts): a font named Calibri 11 when a format sets any font
// field, solid fills, thin grey top/bottom borders, "center" for vertical middle.
import type { CellFormat, ConditionalFormatPlan } from "../plan/types";
import { XML_HEAD, NS, attrs, escapeXml } from "./writeXml";

// Number formats Excel knows by id; any other gets an id from 164 on.
const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "0%": 9, "@": 49 };
const BORDER_COLOR = "FF808080";

const argb = (color: string): string => `FF${color.replace(/^#/, "").toUpperCase()}`;

/** A later format's fields over an earlier one's, as the renderers apply them in order. */
export function mergeFormats(under: CellFormat | undefined, over: CellFormat): CellFormat {
  const out: CellFormat = { ...(under ?? {}) };
  for (const [k, v] of Object.entries(over) as [keyof CellFormat, CellFormat[keyof CellFormat]][]) {
    if (v === undefined) continue;
    // ExcelJS only ever adds a border line: `false` leaves one a former format set.
    if ((k === "borderTop" || k === "borderBottom") && v === false) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

class Pool {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[]) {
    for (const x of initial) this.id(x);
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

function fontXml(f: CellFormat): string | null {
  if (f.bold === undefined && f.italic === undefined && f.fontSize === undefined && f.fontColor === undefined)
    return null;
  return (
    "<font>" +
    (f.bold ? "<b/>" : "") +
    (f.italic ? "<i/>" : "") +
    `<sz val="${f.fontSize ?? 11}"/>` +
    (f.fontColor !== undefined ? `<color rgb="${argb(f.fontColor)}"/>` : "") +
    '<name val="Calibri"/><family val="2"/></font>'
  );
}

function borderXml(f: CellFormat): string | null {
  if (!f.borderTop && !f.borderBottom) return null;
  const line = (side: string, on: boolean | undefined): string =>
    on ? `<${side} style="thin"><color rgb="${BORDER_COLOR}"/></${side}>` : `<${side}/>`;
  return `<border>${line("left", false)}${line("right", false)}${line("top", f.borderTop)}${line("bottom", f.borderBottom)}<diagonal/></border>`;
}

/** Collects the workbook's cell and differential formats while its sheets are written. */
export class StyleSheet {
  private readonly fonts = new Pool(['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']);
  private readonly fills = new Pool([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Pool(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Pool([]);
  // Most cells share their column's format object: its index is worked out once.
  private readonly known = new WeakMap<CellFormat, number>();

  /** The cellXfs index of `format` (0 for none). */
  xf(format: CellFormat | undefined): number {
    if (format === undefined) return 0;
    let id = this.known.get(format);
    if (id === undefined) {
      id = this.xfOf(format);
      this.known.set(format, id);
    }
    return id;
  }

  private xfOf(format: CellFormat): number {
    if (Object.keys(format).length === 0) return 0;
    const font = fontXml(format);
    const fontId = font === null ? 0 : this.fonts.id(font);
    const fillId =
      format.fill === undefined
        ? 0
        : this.fills.id(
            `<fill><patternFill patternType="solid"><fgColor rgb="${argb(format.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
          );
    const border = borderXml(format);
    const borderId = border === null ? 0 : this.borders.id(border);
    const numFmtId = format.numberFormat === undefined ? 0 : this.numFmt(format.numberFormat);
    const aligned =
      format.wrap !== undefined || format.horizontal !== undefined || format.vertical !== undefined;
    const alignment = aligned
      ? `<alignment${attrs({
          horizontal: format.horizontal,
          vertical: format.vertical,
          wrapText: format.wrap === undefined ? undefined : format.wrap ? 1 : 0,
        })}/>`
      : "";
    const xml =
      `<xf${attrs({
        numFmtId,
        fontId,
        fillId,
        borderId,
        xfId: 0,
        applyNumberFormat: format.numberFormat === undefined ? undefined : 1,
        applyFont: font === null ? undefined : 1,
        applyFill: format.fill === undefined ? undefined : 1,
        applyBorder: border === null ? undefined : 1,
        applyAlignment: aligned ? 1 : undefined,
      })}` + (alignment === "" ? "/>" : `>${alignment}</xf>`);
    return this.xfs.id(xml);
  }

  /** The dxfs index of a conditional format's look (fill, font colour, bold, italic). */
  dxf(format: ConditionalFormatPlan["format"]): number {
    // For a solid fill in a differential format Excel reads bgColor; both set, as the CLI's files.
    return this.dxfs.id(
      "<dxf><font>" +
        (format.bold ? "<b/>" : "") +
        (format.italic ? "<i/>" : "") +
        `<color rgb="${argb(format.fontColor)}"/></font>` +
        `<fill><patternFill patternType="solid"><fgColor rgb="${argb(format.fill)}"/><bgColor rgb="${argb(format.fill)}"/></patternFill></fill></dxf>`,
    );
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  xml(): string {
    const list = (name: string, items: readonly string[]): string =>
      `<${name} count="${items.length}">${items.join("")}</${name}>`;
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS.main}">` +
      (numFmts.length > 0 ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
