// The goal table's suggestion columns as the indicators say now. A load writes them from the
// structure; officials then type values into the indicator sheet, and the pane's list, `summary`
// and validate follow at once, the columns not. Refresh summary writes the cells that differ, in
// the request that writes the summary sheet, so the goal table says what the summary says. Also
// what a summary lists as suggestions (tableSuggestions).
import {
  hasIndicators,
  idKey,
  parseStatus,
  parseTrend,
  statusLabel,
  structureSuggestions,
  suggestionFromCells,
  trendLabel,
  type GoalStructure,
  type GoalSuggestionView,
} from "../domain";
import type { CellWrite } from "./merge";
import type { GoalTableRead } from "./read";

/** The suggestion cells whose text is not the suggestion's label; none without indicators. */
export function suggestionCellWrites(table: GoalTableRead, structure: GoalStructure): CellWrite[] {
  const statusCol = table.columns.suggestedStatus;
  const trendCol = table.columns.suggestedTrend;
  if ((statusCol === undefined && trendCol === undefined) || !hasIndicators(structure)) return [];
  const byGoal = new Map(structureSuggestions(structure).map((v) => [idKey(v.goalId.trim()), v]));
  const writes: CellWrite[] = [];
  for (const r of table.rows) {
    const id = idKey((r.cells.id ?? "").trim());
    if (id === "") continue;
    const v = byGoal.get(id);
    const status = v?.status == null ? "" : statusLabel(v.status, table.lang);
    const trend = v?.trend == null ? "" : trendLabel(v.trend, table.lang);
    if (statusCol !== undefined && (r.cells.suggestedStatus ?? "") !== status)
      writes.push({ row: r.index, col: statusCol, value: status });
    if (trendCol !== undefined && (r.cells.suggestedTrend ?? "") !== trend)
      writes.push({ row: r.index, col: trendCol, value: trend });
  }
  return writes;
}

/**
 * The goals' suggestions: from their indicators when the structure has any, else from the
 * suggestion columns a load wrote (the official's status and trend read from the same row).
 */
export function tableSuggestions(table: GoalTableRead, structure: GoalStructure): GoalSuggestionView[] {
  if (hasIndicators(structure)) return structureSuggestions(structure);
  if (table.columns.suggestedStatus === undefined && table.columns.suggestedTrend === undefined) return [];
  const out: GoalSuggestionView[] = [];
  for (const r of table.rows) {
    const id = (r.cells.id ?? "").trim();
    const suggested = {
      status: parseStatus(r.cells.suggestedStatus ?? "", table.lang).value,
      trend: parseTrend(r.cells.suggestedTrend ?? "", table.lang).value,
    };
    if (id === "" || (suggested.status === null && suggested.trend === null)) continue;
    const official = {
      status: parseStatus(r.cells.status ?? "", table.lang).value,
      trend: parseTrend(r.cells.trend ?? "", table.lang).value,
    };
    out.push(suggestionFromCells(id, r.index, official, suggested));
  }
  return out;
}
