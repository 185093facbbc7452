// Reads LibreOffice's HTML export of a spreadsheet. Unlike the .fods export, it shows what a
// cell looks like after conditional formatting was evaluated: a status cell the rule colours
// red is exported with bgcolor="#E06666". LibreOffice's HTML is not XML (unquoted attributes),
// so this is a small tolerant scanner for exactly the markup LibreOffice writes.
import { readFileSync } from "fs";
import { cellAddress } from "../../src/plan/a1";

export interface HtmlCell {
  text: string;
  /** "#RRGGBB" upper case, or null when the cell has no background. */
  background: string | null;
  /** The innermost font colour, "#RRGGBB", or null. */
  color: string | null;
  bold: boolean;
  italic: boolean;
  colspan: number;
  rowspan: number;
}

export interface HtmlSheet {
  name: string;
  /** By A1 address; a merged cell is stored at its top-left address only. */
  cells: Map<string, HtmlCell>;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

export function parseLibreOfficeHtml(html: string): HtmlSheet[] {
  const sheets: HtmlSheet[] = [];
  // Each sheet: <h1>Sheet N: <em>Name</em></h1> followed by its <table>.
  const sheetRe = /<h1>[^<]*<em>([\s\S]*?)<\/em><\/h1>[\s\S]*?<table[^>]*>([\s\S]*?)<\/table>/gi;
  for (let m = sheetRe.exec(html); m; m = sheetRe.exec(html)) {
    const name = decode(m[1]);
    const cells = new Map<string, HtmlCell>();
    const occupied = new Set<string>();
    const rows = m[2].split(/<tr[^>]*>/i).slice(1);
    rows.forEach((rowHtml, i) => {
      const row = i + 1;
      let col = 1;
      const cellRe = /<td([^>]*)>([\s\S]*?)<\/td>/gi;
      for (let c = cellRe.exec(rowHtml); c; c = cellRe.exec(rowHtml)) {
        while (occupied.has(cellAddress(row, col))) col++;
        const tag = `<td${c[1]}>`;
        const inner = c[2];
        const colspan = Number(attribute(tag, "colspan") ?? "1");
        const rowspan = Number(attribute(tag, "rowspan") ?? "1");
        const bg = attribute(tag, "bgcolor");
        const colors = [...inner.matchAll(/<font[^>]*\scolor="?(#[0-9a-fA-F]{6})/gi)].map((x) =>
          x[1].toUpperCase(),
        );
        const text = decode(
          inner
            .replace(/<br\s*\/?>/gi, "\n")
            .replace(/<[^>]+>/g, "")
            .replace(/\n$/, ""),
        );
        cells.set(cellAddress(row, col), {
          text,
          background: bg ? bg.toUpperCase() : null,
          color: colors.length > 0 ? colors[colors.length - 1] : null,
          bold: /<b>/i.test(inner),
          italic: /<i>/i.test(inner),
          colspan,
          rowspan,
        });
        for (let r = 0; r < rowspan; r++) {
          for (let k = 0; k < colspan; k++) occupied.add(cellAddress(row + r, col + k));
        }
        col += colspan;
      }
    });
    sheets.push({ name, cells });
  }
  return sheets;
}

export function readLibreOfficeHtml(file: string): HtmlSheet[] {
  return parseLibreOfficeHtml(readFileSync(file, "utf8"));
}
