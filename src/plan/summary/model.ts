// The renderer-neutral model of a summary table: what the sheet, the CLI and the task pane all
// show, built once from the domain's counts. A table has a label column (headed by `corner`),
// count columns named by what they count, and body rows of labelled counts; each renderer decides
// how to draw it (formulas on the sheet, Markdown or plain text in the CLI, cards in the pane).
//
// The words come from a TableWording, because each place speaks its own register ("Antal mål" on
// the sheet, "Antal" as a Markdown column); the numbers and the shape never differ between them.
import {
  STATUS_KEYS,
  TREND_KEYS,
  share,
  statusLabel,
  trendLabel,
  type Counts,
  type Lang,
  type StatusKey,
  type TrendKey,
} from "../../domain";
import { t } from "../../i18n";

/**
 * What a count column counts. The same names as the domain's reconciliation fields
 * ("total", "status.red", "trend.up"), so a difference names its column.
 */
export type CountColumnId = "total" | `status.${StatusKey}` | `trend.${TrendKey}`;

export const STATUS_COLUMNS: readonly CountColumnId[] = STATUS_KEYS.map((k) => `status.${k}` as const);
export const TREND_COLUMNS: readonly CountColumnId[] = TREND_KEYS.map((k) => `trend.${k}` as const);
/** The count columns of a per-group table: goals, every status (with not assessed), every trend. */
export const COUNT_COLUMNS: readonly CountColumnId[] = ["total", ...STATUS_COLUMNS, ...TREND_COLUMNS];

/** A count column split into its group and key: { group: "status", key: "red" }. */
export type ParsedColumn =
  { group: "total" } | { group: "status"; key: StatusKey } | { group: "trend"; key: TrendKey };

export function parseColumn(id: CountColumnId): ParsedColumn {
  if (id === "total") return { group: "total" };
  const [group, key] = id.split(".");
  return group === "status" ? { group, key: key as StatusKey } : { group: "trend", key: key as TrendKey };
}

/** The count a column shows for `c`. */
export function countOf(c: Counts, id: CountColumnId): number {
  const col = parseColumn(id);
  if (col.group === "total") return c.total;
  return col.group === "status" ? c.status[col.key] : c.trend[col.key];
}

export interface ModelColumn {
  id: CountColumnId;
  label: string;
}

/**
 * area: one group of goals (a målområde); total: all rows of the table together;
 * published / difference: the source document's figures and counted − published;
 * status: one status of the status × trend table.
 */
export type RowRole = "area" | "total" | "published" | "difference" | "status";

export interface ModelRow {
  role: RowRole;
  /** The area's id, the status key; null for the total, published and difference rows. */
  key: string | null;
  label: string;
  /** One per column; null where the row has no figure (the source publishes no "not assessed"). */
  values: (number | null)[];
  /** Shares of the row's goals, one per column (null where a share means nothing), when shown. */
  shares?: (number | null)[];
  /** Goals marked done, for the rows that show it (area, responsible and total rows). */
  done?: number;
}

export interface SummaryTable {
  /** Which unit built it, for the renderers: "areas", "published", "statusTrend". */
  id: string;
  /** A heading of its own, or null when the table continues the one above. */
  title: string | null;
  /** Header of the label column. */
  corner: string;
  columns: ModelColumn[];
  rows: ModelRow[];
  footnotes: string[];
}

/** The words of a table, per renderer. */
export interface TableWording {
  /** Header of the label column of a per-area table. */
  area: string;
  /** Header of the "how many goals" column. */
  goals: string;
  /** The total row, and the total column of the status × trend table. */
  sum: string;
  status(k: StatusKey): string;
  trend(k: TrendKey): string;
  /** The corner of the status × trend table. */
  corner: string;
  /** The status × trend table's heading. */
  crossTitle(program: string): string;
  reported: string;
  difference: string;
  /** Header of the done-mark column ("Klar"). */
  done: string;
  /** Header of the label column of the per-responsible table. */
  responsible: string;
  /** The per-responsible table's row for goals without a responsible body. */
  noResponsible: string;
  /** The per-responsible table's heading. */
  responsibleTitle: string;
}

/** The sheet's words: its headers are what analysts paste into the report. */
export function sheetWording(lang: Lang): TableWording {
  return {
    area: t(lang, "wb.col.area"),
    goals: t(lang, "wb.summary.goals"),
    sum: t(lang, "wb.summary.total"),
    status: (k) => (k === "missing" ? t(lang, "domain.notAssessed") : statusLabel(k, lang)),
    trend: (k) => (k === "missing" ? t(lang, "domain.missingTrend") : trendLabel(k, lang)),
    corner: t(lang, "wb.summary.crossCorner"),
    crossTitle: (program) => t(lang, "wb.summary.crossTitle", { program }),
    reported: t(lang, "wb.summary.reported"),
    difference: t(lang, "wb.summary.difference"),
    ...responsibleWording(lang),
  };
}

/** The done and per-responsible words every renderer shares. */
export function responsibleWording(
  lang: Lang,
): Pick<TableWording, "done" | "responsible" | "noResponsible" | "responsibleTitle"> {
  return {
    done: t(lang, "domain.column.done"),
    responsible: t(lang, "domain.column.responsible"),
    noResponsible: t(lang, "domain.noResponsible"),
    responsibleTitle: t(lang, "wb.summary.responsibleTitle"),
  };
}

/** A count column's header in `w`. */
export function columnLabel(id: CountColumnId, w: TableWording): string {
  const col = parseColumn(id);
  if (col.group === "total") return w.sum;
  return col.group === "status" ? w.status(col.key) : w.trend(col.key);
}

/** The count columns of a per-group table with their headers in `w`. */
export function countColumns(w: TableWording): ModelColumn[] {
  return COUNT_COLUMNS.map((id) => ({ id, label: id === "total" ? w.goals : columnLabel(id, w) }));
}

/** Shares of a row's goals, per column; none for the goals column itself. */
export function sharesOf(c: Counts, columns: readonly CountColumnId[]): (number | null)[] {
  return columns.map((id) => (id === "total" ? null : share(countOf(c, id), c.total)));
}
