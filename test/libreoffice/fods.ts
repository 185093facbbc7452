// Reads what LibreOffice wrote into a flat ODF spreadsheet (.fods): recalculated cell values,
// formulas, cell styles, list validations and conditional-format rules with their ranges.
import { readFileSync } from "fs";
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { cellAddress, parseCell } from "../../src/plan/a1";

const NS = {
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  fo: "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
  calcext: "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
};

export interface FodsCell {
  /** Number for float cells, text otherwise; null for empty. */
  value: number | string | null;
  /** office:value-type ("float", "string", …) */
  type: string | null;
  /** table:formula as LibreOffice stores it ("of:=COUNTIFS(…)"), or null. */
  formula: string | null;
  style: string | null;
  validation: string | null;
  /** The displayed text (text:p paragraphs joined with "\n"). */
  text: string;
}

export interface FodsCondition {
  /** e.g. 'formula-is([.G4]="Röd")' */
  value: string;
  style: string;
  baseCell: string;
}

export interface FodsConditionalFormat {
  /** e.g. "Mål.G4:Mål.G45" */
  target: string;
  conditions: FodsCondition[];
}

export interface FodsSheet {
  name: string;
  cells: Map<string, FodsCell>;
  conditionalFormats: FodsConditionalFormat[];
}

export interface FodsMessage {
  title: string;
  text: string;
  display: boolean;
  /** Error messages: "stop" | "warning" | "information". */
  type?: string;
}

export interface FodsValidation {
  name: string;
  condition: string;
  allowEmpty: boolean;
  baseCell: string;
  help: FodsMessage | null;
  error: FodsMessage | null;
}

export interface FodsStyle {
  background: string | null;
  color: string | null;
  bold: boolean;
  italic: boolean;
  /** style:data-style-name (the number format's name). */
  dataStyle: string | null;
}

export interface FodsDocument {
  sheets: FodsSheet[];
  validations: Map<string, FodsValidation>;
  /** Named styles (office:styles, e.g. the conditional styles) and automatic ones (ce1, …). */
  styles: Map<string, FodsStyle>;
  /** Database ranges (Excel tables): name → "Mål.A3:Mål.J45". */
  databaseRanges: Map<string, string>;
  sheet(name: string): FodsSheet;
}

function children(el: Element | Node, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === local) {
      out.push(n as Element);
    }
  }
  return out;
}

function descendants(el: Element, ns: string, local: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(ns, local));
}

function attr(el: Element, ns: string, local: string): string | null {
  return el.hasAttributeNS(ns, local) ? el.getAttributeNS(ns, local) : null;
}

/** Text of a text:p, honouring text:s (spaces), text:tab and text:line-break. */
function paragraphText(el: Node): string {
  let s = "";
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) s += n.nodeValue ?? "";
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.namespaceURI === NS.text && e.localName === "s")
        s += " ".repeat(Number(attr(e, NS.text, "c") ?? "1"));
      else if (e.namespaceURI === NS.text && e.localName === "tab") s += "\t";
      else if (e.namespaceURI === NS.text && e.localName === "line-break") s += "\n";
      else s += paragraphText(e);
    }
  }
  return s;
}

function message(el: Element | undefined, withType: boolean): FodsMessage | null {
  if (!el) return null;
  const m: FodsMessage = {
    title: attr(el, NS.table, "title") ?? "",
    text: children(el, NS.text, "p").map(paragraphText).join("\n"),
    display: attr(el, NS.table, "display") === "true",
  };
  if (withType) m.type = attr(el, NS.table, "message-type") ?? undefined;
  return m;
}

function readStyle(el: Element): FodsStyle {
  const cellProps = children(el, NS.style, "table-cell-properties")[0];
  const textProps = children(el, NS.style, "text-properties")[0];
  const bg = cellProps ? attr(cellProps, NS.fo, "background-color") : null;
  return {
    background: bg && bg !== "transparent" ? bg.toUpperCase() : null,
    color: textProps ? (attr(textProps, NS.fo, "color")?.toUpperCase() ?? null) : null,
    bold: textProps ? attr(textProps, NS.fo, "font-weight") === "bold" : false,
    italic: textProps ? attr(textProps, NS.fo, "font-style") === "italic" : false,
    dataStyle: attr(el, NS.style, "data-style-name"),
  };
}

/** Rows repeated more often than this are trailing filler: counted, not expanded. */
const MAX_EXPAND = 50_000;

export function parseFods(xml: string): FodsDocument {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  if (!root) throw new Error("empty fods document");

  const styles = new Map<string, FodsStyle>();
  for (const s of descendants(root, NS.style, "style")) {
    const name = attr(s, NS.style, "name");
    // References may use the display name ("ConditionalStyle_1") of an encoded name
    // ("ConditionalStyle_5f_1"), as calcext:apply-style-name does.
    const display = attr(s, NS.style, "display-name");
    if (name) styles.set(name, readStyle(s));
    if (display && !styles.has(display)) styles.set(display, readStyle(s));
  }

  const validations = new Map<string, FodsValidation>();
  for (const v of descendants(root, NS.table, "content-validation")) {
    const name = attr(v, NS.table, "name") ?? "";
    validations.set(name, {
      name,
      condition: attr(v, NS.table, "condition") ?? "",
      allowEmpty: attr(v, NS.table, "allow-empty-cell") === "true",
      baseCell: attr(v, NS.table, "base-cell-address") ?? "",
      help: message(children(v, NS.table, "help-message")[0], false),
      error: message(children(v, NS.table, "error-message")[0], true),
    });
  }

  const databaseRanges = new Map<string, string>();
  for (const d of descendants(root, NS.table, "database-range")) {
    databaseRanges.set(attr(d, NS.table, "name") ?? "", attr(d, NS.table, "target-range-address") ?? "");
  }

  const sheets: FodsSheet[] = [];
  // Sheets only: a chart embedded in a sheet carries its own data as a table ("local-table").
  const isSheet = (t: Element): boolean =>
    t.parentNode?.nodeType === 1 && (t.parentNode as Element).localName === "spreadsheet";
  for (const t of descendants(root, NS.table, "table").filter(isSheet)) {
    const name = attr(t, NS.table, "name") ?? "";
    const cells = new Map<string, FodsCell>();
    let row = 1;
    const rowElements: Element[] = [];
    const collectRows = (el: Element): void => {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== 1) continue;
        const e = n as Element;
        if (e.namespaceURI !== NS.table) continue;
        if (e.localName === "table-row") rowElements.push(e);
        else if (
          e.localName === "table-row-group" ||
          e.localName === "table-header-rows" ||
          e.localName === "table-rows"
        ) {
          collectRows(e);
        }
      }
    };
    collectRows(t);
    for (const r of rowElements) {
      const rowRepeat = Number(attr(r, NS.table, "number-rows-repeated") ?? "1");
      const cellEls: Element[] = [];
      for (let n = r.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 1 && (n as Element).namespaceURI === NS.table) cellEls.push(n as Element);
      }
      const meaningful = cellEls.some(
        (c) =>
          c.hasAttributeNS(NS.table, "content-validation-name") ||
          c.hasAttributeNS(NS.office, "value-type") ||
          c.hasAttributeNS(NS.table, "formula"),
      );
      const expand = meaningful ? Math.min(rowRepeat, MAX_EXPAND) : 0;
      for (let k = 0; k < expand; k++) {
        let col = 1;
        for (const c of cellEls) {
          const colRepeat = Number(attr(c, NS.table, "number-columns-repeated") ?? "1");
          const type = attr(c, NS.office, "value-type");
          const validation = attr(c, NS.table, "content-validation-name");
          const formula = attr(c, NS.table, "formula");
          if (c.localName === "table-cell" && (type !== null || validation !== null || formula !== null)) {
            const text = children(c, NS.text, "p").map(paragraphText).join("\n");
            const raw = attr(c, NS.office, "value");
            // A formula whose result is the empty text has no value type: its value is "".
            const value =
              type === null
                ? formula !== null
                  ? ""
                  : null
                : type === "float" || type === "percentage"
                  ? Number(raw)
                  : text;
            const cell: FodsCell = {
              value,
              type,
              formula,
              style: attr(c, NS.table, "style-name"),
              validation,
              text,
            };
            for (let j = 0; j < Math.min(colRepeat, 1024); j++)
              cells.set(cellAddress(row + k, col + j), cell);
          }
          col += colRepeat;
        }
      }
      row += rowRepeat;
    }
    const conditionalFormats: FodsConditionalFormat[] = descendants(t, NS.calcext, "conditional-format").map(
      (cf) => ({
        target: attr(cf, NS.calcext, "target-range-address") ?? "",
        conditions: children(cf, NS.calcext, "condition").map((c) => ({
          value: attr(c, NS.calcext, "value") ?? "",
          style: attr(c, NS.calcext, "apply-style-name") ?? "",
          baseCell: attr(c, NS.calcext, "base-cell-address") ?? "",
        })),
      }),
    );
    sheets.push({ name, cells, conditionalFormats });
  }

  return {
    sheets,
    validations,
    styles,
    databaseRanges,
    sheet(name: string): FodsSheet {
      const s = sheets.find((x) => x.name === name);
      if (!s) throw new Error(`no sheet ${name} in fods (have ${sheets.map((x) => x.name).join(", ")})`);
      return s;
    },
  };
}

export function readFods(file: string): FodsDocument {
  return parseFods(readFileSync(file, "utf8"));
}

/** "Mål.G4:Mål.G45" or "'My sheet'.A1" → { sheet, range: "G4:G45" }. */
export function splitOdfRange(address: string): { sheet: string; range: string } {
  const parts = address.split(":");
  const first = parts[0];
  const dot = first.lastIndexOf(".");
  const sheet = first
    .slice(0, dot)
    .replace(/^\$/, "")
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const a = first.slice(dot + 1).replace(/\$/g, "");
  if (parts.length === 1) return { sheet, range: a };
  const second = parts[1];
  const b = second.slice(second.lastIndexOf(".") + 1).replace(/\$/g, "");
  return { sheet, range: `${a}:${b}` };
}

/**
 * The cells carrying a validation, as the smallest set of single-column ranges ("G4:G45"),
 * sorted. Used to check that a validation covers exactly the intended range.
 */
export function validationRanges(sheet: FodsSheet, validationName: string): string[] {
  const byCol = new Map<number, number[]>();
  for (const [addr, cell] of sheet.cells) {
    if (cell.validation !== validationName) continue;
    const { row, col } = parseCell(addr);
    byCol.set(col, [...(byCol.get(col) ?? []), row]);
  }
  const out: string[] = [];
  for (const [col, rows] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (const r of [...rows.slice(1), Number.NaN]) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      out.push(
        start === prev ? cellAddress(start, col) : `${cellAddress(start, col)}:${cellAddress(prev, col)}`,
      );
      start = r;
      prev = r;
    }
  }
  return out;
}

/**
 * A table's columns by header, keyed by the first one: per value of the key column (rows from
 * the header row down to the first empty key), the cells of the other columns ("" where empty).
 * The header row is the row of the first header found.
 */
export function columnsByHeader(sheet: FodsSheet, names: readonly string[]): Record<string, unknown[]> {
  let header = 0;
  const col = (name: string): string => {
    for (const [address, cell] of sheet.cells)
      if (cell.value === name && (header === 0 || address.endsWith(`${header}`))) {
        header = Number(/\d+$/.exec(address)?.[0]);
        return address.replace(/\d+$/, "");
      }
    throw new Error(`no column ${name}`);
  };
  const [key, ...rest] = names.map(col);
  const out: Record<string, unknown[]> = {};
  for (let r = header + 1; sheet.cells.get(`${key}${r}`)?.value; r++)
    out[String(sheet.cells.get(`${key}${r}`)?.value)] = rest.map(
      (c) => sheet.cells.get(`${c}${r}`)?.value ?? "",
    );
  return out;
}
