// How the pane names the goal table to a user: by what they see in Excel (its sheet), never by
// the table's internal name (GOAL_TABLE), which only matters to formulas and the add-in itself.
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import { parseQualified } from "../../plan/a1";

/** "måltabellen på bladet Mål" / "the goal table on the sheet Goals"; without a sheet when unknown. */
export function goalTableCaption(lang: Lang, sheet: string | null): string {
  return sheet ? t(lang, "tp.goalTable.onSheet", { sheet }) : t(lang, "tp.goalTable");
}

/** The caption at the start of a line: "Måltabellen på bladet Mål". */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The sheet of the goal table, as the issues' addresses ("Mål!G5") name it; null if none does. */
export function goalSheetOf(issues: readonly { address: string }[]): string | null {
  for (const i of issues) {
    const at = parseQualified(i.address);
    if (at) return at.sheet;
  }
  return null;
}
