// A table of the report (model.ts) for the clipboard: HTML that Word and Excel paste as a real
// table (a caption, a header row in <thead> with <th scope="col">, each row labelled by a
// <th scope="row">), and plain text with tabs for where HTML is not taken.
import type { ReportModel, ReportTable } from "./model";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text from a file made inert in HTML: names and captions are other people's text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface CaptionedTable {
  caption: string;
  table: ReportTable;
}

/** The tables the report shows for one programme (by name), in order, with their captions. */
export function programTables(model: ReportModel, program: string): CaptionedTable[] {
  const out: CaptionedTable[] = [];
  let inside = false;
  for (const b of model.blocks) {
    if (b.kind === "heading" && b.level === 1) inside = b.text === program;
    else if (inside && b.kind === "table") out.push({ caption: b.caption, table: b.table });
  }
  return out;
}

function htmlTable({ caption, table }: CaptionedTable): string {
  const head = `<tr>${table.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr>`;
  const rows = table.rows.map((r) => {
    const [label, ...cells] = r.cells.map(escapeHtml);
    const wrap = (s: string): string => (r.total ? `<strong>${s}</strong>` : s);
    return `<tr><th scope="row">${wrap(label ?? "")}</th>${cells.map((c) => `<td>${wrap(c)}</td>`).join("")}</tr>`;
  });
  return `<table><caption>${escapeHtml(caption)}</caption><thead>${head}</thead><tbody>${rows.join("")}</tbody></table>`;
}

/** The tables as one HTML fragment. */
export function tablesHtml(tables: readonly CaptionedTable[]): string {
  return tables.map(htmlTable).join("\n<p></p>\n");
}

/** The tables as text: the caption, then a line per row with the cells separated by tabs. */
export function tablesText(tables: readonly CaptionedTable[]): string {
  const flat = (s: string): string => s.replace(/[\t\r\n]+/g, " ");
  return tables
    .map(({ caption, table }) =>
      [
        flat(caption),
        ...[table.header, ...table.rows.map((r) => r.cells)].map((cells) => cells.map(flat).join("\t")),
      ].join("\n"),
    )
    .join("\n\n");
}
