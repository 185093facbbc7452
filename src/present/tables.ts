// The words the CLI and the task pane put on the summary's table model (src/plan/summary/model.ts);
// the sheet has its own (sheetWording). The tables' shape and numbers are the model's.
import type { Lang, Status, StatusKey, Trend, TrendKey } from "../domain";
import { t } from "../i18n";
import {
  responsibleWording,
  type ModelColumn,
  type ModelRow,
  type TableWording,
} from "../plan/summary/model";
import { labelledCount } from "./counts";
import { statusName, trendName } from "./fields";

/** The CLI's words: short Markdown headers, and the domain's names for the missing ones. */
export function cliWording(lang: Lang): TableWording {
  return {
    area: t(lang, "domain.column.area"),
    goals: t(lang, "present.total"),
    sum: t(lang, "wb.summary.total"),
    status: (k) => statusName(k, lang),
    trend: (k) => trendName(k, lang),
    corner: t(lang, "wb.summary.crossCorner"),
    crossTitle: (program) => program,
    reported: t(lang, "wb.summary.reported"),
    difference: t(lang, "wb.summary.difference"),
    ...responsibleWording(lang),
  };
}

/** Labels the pane is given by its host (so it has one source of them). */
export interface VocabularyLabels {
  statusLabel(status: Status, lang: Lang): string;
  trendLabel(trend: Trend, lang: Lang): string;
}

/** The pane's words: a card says "Ej bedömd" for a missing status and for a missing trend alike. */
export function paneWording(lang: Lang, labels: VocabularyLabels): TableWording {
  const missing = t(lang, "domain.notAssessed");
  return {
    area: t(lang, "wb.col.area"),
    goals: t(lang, "tp.summary.total"),
    sum: t(lang, "wb.summary.total"),
    status: (k: StatusKey) => (k === "missing" ? missing : labels.statusLabel(k, lang)),
    trend: (k: TrendKey) => (k === "missing" ? missing : labels.trendLabel(k, lang)),
    corner: t(lang, "wb.summary.crossCorner"),
    crossTitle: (program) => t(lang, "wb.summary.crossTitle", { program }),
    reported: t(lang, "wb.summary.reported"),
    difference: t(lang, "wb.summary.difference"),
    ...responsibleWording(lang),
  };
}

/** A share as the reader expects it: "21 %" in Swedish, "21%" in English. */
export function percent(x: number, lang: Lang): string {
  const n = Math.round(x * 100);
  return lang === "sv" ? `${n}\u00a0%` : `${n}%`;
}

/** "Röd: 9, Gul: 29, …": the row's counts in the columns of one group ("status", "trend"). */
export function labelledCounts(
  lang: Lang,
  columns: readonly ModelColumn[],
  row: ModelRow,
  group: "status" | "trend",
): string {
  return columns
    .flatMap((c, i) =>
      c.id.startsWith(`${group}.`) ? [labelledCount(lang, c.label, row.values[i] ?? 0)] : [],
    )
    .join(", ");
}
