// The table per responsible body (issue 12): a row per body of the domain's summary, in its order,
// counted by status, trend and done mark over every programme. One model for the sheet, the CLI
// and the pane (src/present), so the three show the same rows and numbers.
//
// On the sheet every count is a formula over the goal table (live.ts): the rows whose responsible
// cell reads as the body (ResponsibleCode, by normaliseWord as the domain groups them) and that
// sit in an area of their programme, as the domain counts them. "Not assessed" and "trend
// missing" are the goals minus the others, as in the area table. The rows are the bodies the
// table held when the sheet was drawn: a body typed in later counts once the summary is refreshed,
// and until then a live line under the table says how many goals have such a body.
import { STATUSES, TRENDS, type ResponsibleSummary, type Summary } from "../../domain";
import { t } from "../../i18n";
import { columnLetter, rangeAddress } from "../a1";
import { stringLiteral } from "../formula";
import { STATUS_SWATCH } from "../colors";
import type { PlanValue } from "../types";
import { formula, minus, type PlaceContext } from "./context";
import { countWhere } from "./live";
import { TEXT_FORMULA_FORMAT } from "./reportText";
import {
  COUNT_COLUMNS,
  countColumns,
  parseColumn,
  type CountColumnId,
  type ModelRow,
  type SummaryTable,
  type TableWording,
} from "./model";

/** The count a column shows for a responsible body. */
function countOfBody(r: ResponsibleSummary, id: CountColumnId): number {
  const col = parseColumn(id);
  if (col.group === "total") return r.total;
  return col.group === "status" ? r.status[col.key] : r.trend[col.key];
}

/** A column of the per-responsible table: a count column, or the goals marked done. */
export interface ResponsibleColumn {
  id: CountColumnId | "done";
  label: string;
}

/** The summary table model (model.ts) with the done column besides the count columns. */
export interface ResponsibleTable extends Omit<SummaryTable, "columns"> {
  columns: ResponsibleColumn[];
}

/** The model: a row per body (its label the body's name, or the wording's "no responsible"). */
export function responsibleTable(summary: Summary, w: TableWording): ResponsibleTable {
  return {
    id: "responsible",
    title: w.responsibleTitle,
    corner: w.responsible,
    columns: [...countColumns(w), { id: "done", label: w.done }],
    rows: summary.responsible.map((r): ModelRow => ({
      role: "area",
      key: r.key,
      label: r.name ?? w.noResponsible,
      values: [...COUNT_COLUMNS.map((id) => countOfBody(r, id)), r.done],
      done: r.done,
    })),
    footnotes: [],
  };
}

/** The normalised names the sheet's ResponsibleCode codes, by position (from 1). */
export function responsibleKeys(summary: Summary): string[] {
  return summary.responsible.flatMap((r) => (r.key === "" ? [] : [r.key]));
}

/**
 * Heading, header row and a row per body; nothing when the summary has no goals or the goal
 * table has no responsible column (every goal would be "no responsible", which says nothing).
 * Returns the header row, or null when nothing was placed.
 */
export function placeResponsibleTable(table: ResponsibleTable, ctx: PlaceContext): number | null {
  const { cursor, live } = ctx;
  const match = live.responsible;
  if (match === null || table.rows.length === 0) return null;
  cursor.heading(table.title ?? "", { bold: true, fontSize: 13 });
  const headerRow = cursor.headerRow([table.corner, ...table.columns.map((c) => c.label)]);
  const letter = new Map<string, string>(table.columns.map((c, i) => [c.id, columnLetter(2 + i)]));
  const cell = (id: CountColumnId | "done", row: number): string => `${letter.get(id) ?? "B"}${row}`;
  for (const s of STATUSES) {
    cursor.format(cell(`status.${s}`, headerRow), {
      fill: STATUS_SWATCH[s].fill,
      fontColor: STATUS_SWATCH[s].fontColor,
    });
  }
  const codes = new Map<string, number>();
  let next = 1;
  for (const r of table.rows) if (r.key !== null && r.key !== "") codes.set(r.key, next++);
  const first = cursor.row;
  const rows: PlanValue[][] = table.rows.map((r, i) => {
    const row = first + i;
    const body = match(r.key === null || r.key === "" ? null : (codes.get(r.key) ?? null));
    const base = [live.placed, body];
    return [
      r.label,
      ...table.columns.map((c, j): PlanValue => {
        const result = r.values[j] ?? 0;
        if (c.id === "done")
          return formula(live.done === null ? "0" : countWhere([...base, live.done]), result);
        const parsed = parseColumn(c.id);
        if (parsed.group === "total") return formula(countWhere(base), result);
        if (parsed.key === "missing") {
          const others =
            parsed.group === "status"
              ? STATUSES.map((s) => cell(`status.${s}`, row))
              : TRENDS.map((tr) => cell(`trend.${tr}`, row));
          return formula(minus(cell("total", row), others), result);
        }
        const test = parsed.group === "status" ? live.status(parsed.key) : live.trend(parsed.key);
        return formula(countWhere([...base, test]), result);
      }),
    ];
  });
  cursor.write(rows);
  if (live.responsibleUnlisted !== null)
    placeUnlisted(countWhere([live.placed, live.responsibleUnlisted]), ctx);
  return headerRow;
}

/**
 * A live line under the table, empty while every goal's body has its row: the rows are the bodies
 * the summary had when the sheet was drawn, so a body typed in later is counted by `summary` and
 * the pane but has no row here until the sheet is refreshed. The line says so, with how many goals.
 */
function placeUnlisted(n: string, ctx: PlaceContext): void {
  const one = t(ctx.lang, "wb.summary.responsibleUnlisted.one");
  const [before, after] = t(ctx.lang, "wb.summary.responsibleUnlisted.many").split("{n}");
  const many = `${stringLiteral(before ?? "")}&${n}&${stringLiteral(after ?? "")}`;
  // A workbook the plan writes has a row for every body: the line is empty when it is made.
  const row = ctx.cursor.mergedText("", true, {
    formula: `IF(${n}>0,IF(${n}=1,${stringLiteral(one)},${many}),"")`,
    result: "",
  });
  ctx.cursor.lateFormat(rangeAddress(row, 1, row, ctx.cursor.width), TEXT_FORMULA_FORMAT);
}
