// The report model (model.ts) as a Word document, with the docx library, in Node and in the
// browser alike. What makes it accessible (DOS-lagen, WCAG 2.1 AA / EN 301 549): Word's own
// heading styles (Title, Heading 1, Heading 2) so the navigation pane and screen readers find the
// structure; real tables whose header row is marked to repeat on every page (w:tblHeader); a
// caption (Word's Caption style) above each table; the document language in the default run
// properties (w:lang, sv-SE or en-US) and the title in the core properties (dc:title). No colour
// carries meaning: statuses are written out as words, the total row is bold.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import type { ReportBlock, ReportModel, ReportTable } from "./model";

// A4 in landscape, margins of 1440 twips (2.54 cm): ten columns of counts with headers such as
// "Oförändrad" do not fit a portrait page without breaking words. Twips.
const PAGE = { width: 16838, height: 11906, margin: 1440 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
// Table text at 9 pt (in half points), so that ten columns of counts fit the page's width.
const TABLE_FONT_SIZE = 18;

/** The label column gets about a quarter of the width, the counts share the rest. */
function columnWidths(columns: number): number[] {
  if (columns <= 1) return [TEXT_WIDTH];
  const first = Math.round(TEXT_WIDTH * (columns > 6 ? 0.22 : 0.3));
  const rest = Math.floor((TEXT_WIDTH - first) / (columns - 1));
  return [first, ...Array.from({ length: columns - 1 }, () => rest)];
}

function cell(text: string, width: number, options: { bold: boolean; first: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: options.first ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: [new TextRun({ text, bold: options.bold, size: TABLE_FONT_SIZE })],
      }),
    ],
  });
}

function table(t: ReportTable): Table {
  const widths = columnWidths(t.header.length);
  // The header row is a real header: marked to repeat at the top of every page the table runs onto.
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.header.map((text, i) => cell(text, widths[i], { bold: true, first: i === 0 })),
  });
  const body = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.cells.map((text, i) => cell(text, widths[i], { bold: r.total, first: i === 0 })),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
  });
}

function block(b: ReportBlock): FileChild[] {
  switch (b.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun(b.text)],
        }),
      ];
    case "paragraph":
      return [new Paragraph({ children: [new TextRun(b.text)] })];
    case "table":
      // The caption stays on the page of its table.
      return [
        new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(b.caption)] }),
        table(b.table),
        new Paragraph({}),
      ];
  }
}

/** The Word document of a report. */
export function reportDocument(model: ReportModel): Document {
  return new Document({
    title: model.title,
    subject: model.subject,
    creator: model.organisation || model.title,
    lastModifiedBy: model.organisation || model.title,
    styles: { default: { document: { run: { language: { value: model.languageTag } } } } },
    sections: [
      {
        properties: {
          page: {
            // docx takes portrait measures and swaps them for a landscape page.
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
          ...model.blocks.flatMap(block),
        ],
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  return Packer.pack(reportDocument(model), "uint8array");
}
