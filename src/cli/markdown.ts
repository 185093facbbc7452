// Markdown tables for `summary --format markdown`: a table model (src/plan/summary/model.ts) as
// pipes, its labels escaped so a name holding "|" or a line break cannot break the table.
import type { SummaryTable } from "../plan/summary";

const MD_SPECIAL = /[|\\]/g;
const MD_BREAKS = /[\r\n]+/g;

export function md(text: string): string {
  return text.replace(MD_SPECIAL, (c) => `\\${c}`).replace(MD_BREAKS, " ");
}

export function mdRow(cells: readonly (string | number)[]): string {
  return `| ${cells.join(" | ")} |`;
}

export function mdCount(n: number | null): string {
  return n === null ? "" : String(n);
}

/** What a Markdown table needs of a table model (model.ts, or the per-responsible table). */
export type MdTable = Pick<SummaryTable, "corner" | "rows"> & { columns: readonly { label: string }[] };

/** The header row and the alignment row: the label column left, the counts right. */
export function mdHeader(table: MdTable): string[] {
  return [
    mdRow([table.corner, ...table.columns.map((c) => c.label)]),
    mdRow(["---", ...table.columns.map(() => "---:")]),
  ];
}

/** Header, body rows, and the total row in bold. */
export function mdTable(table: MdTable): string[] {
  return [
    ...mdHeader(table),
    ...table.rows.map((r) =>
      r.role === "total"
        ? mdRow([`**${r.label}**`, ...r.values.map((n) => `**${mdCount(n)}**`)])
        : mdRow([md(r.label), ...r.values.map(mdCount)]),
    ),
  ];
}
