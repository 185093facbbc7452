// Reading back a .docx the report builder wrote: its parts with JSZip, its paragraphs and tables
// with the XML parser the other package tests use, so the assertions read what Word would read.
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface DocxParagraph {
  style: string | null;
  text: string;
}

export interface DocxTable {
  /** Per row: its cells' text, and whether the row is marked as a repeating header (w:tblHeader). */
  rows: { cells: string[]; header: boolean }[];
  /** The paragraph just before the table. */
  before: DocxParagraph | null;
}

export interface DocxContent {
  parts: string[];
  documentXml: string;
  stylesXml: string;
  coreXml: string;
  /** The body's paragraphs (outside tables), in order. */
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  /** All text of the body in reading order, paragraphs and cells separated by newlines. */
  text: string;
}

type El = ReturnType<DOMParser["parseFromString"]>["documentElement"] & object;

function children(el: El, name: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as El).namespaceURI === W && (n as El).localName === name) out.push(n as El);
  }
  return out;
}

function textOf(el: El): string {
  return Array.from(el.getElementsByTagNameNS(W, "t"))
    .map((t) => t.textContent ?? "")
    .join("");
}

function paragraph(p: El): DocxParagraph {
  const pPr = children(p, "pPr")[0];
  const style = pPr ? (children(pPr, "pStyle")[0]?.getAttributeNS(W, "val") ?? null) : null;
  return { style, text: textOf(p) };
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
  const documentXml = await part("word/document.xml");
  const doc = new DOMParser().parseFromString(documentXml, "text/xml");
  const body = doc.getElementsByTagNameNS(W, "body")[0] as unknown as El;
  const paragraphs: DocxParagraph[] = [];
  const tables: DocxTable[] = [];
  const text: string[] = [];
  let last: DocxParagraph | null = null;
  for (let n = body.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as El;
    if (el.localName === "p") {
      last = paragraph(el);
      paragraphs.push(last);
      text.push(last.text);
    } else if (el.localName === "tbl") {
      const rows = children(el, "tr").map((tr) => {
        const trPr = children(tr, "trPr")[0];
        // An on/off property: present and not switched off ("0", "false", "off").
        const mark = trPr === undefined ? undefined : children(trPr, "tblHeader")[0];
        const off = ["0", "false", "off"].includes(mark?.getAttributeNS(W, "val") ?? "");
        const header = mark !== undefined && !off;
        const cells = children(tr, "tc").map(textOf);
        text.push(cells.join("\n"));
        return { cells, header };
      });
      tables.push({ rows, before: last });
    }
  }
  return {
    parts: Object.keys(zip.files),
    documentXml,
    stylesXml: await part("word/styles.xml"),
    coreXml: await part("docProps/core.xml"),
    paragraphs,
    tables,
    text: text.join("\n"),
  };
}
