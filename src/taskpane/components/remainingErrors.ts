// What the errors left in the goal table did to the summary's counts, for the line shown with the
// summary's result: the summary counts whatever the table holds, so a reader must be told which
// cells it counted as "not assessed" and which rows it left out.
import type { Issue, Lang } from "../../domain";
import { t } from "../../i18n";
import { countLabel, type CountKey } from "../../present";

type Effect = "unknownStatus" | "unknownTrend" | "leftOut" | "duplicate" | "unaffected";

const ORDER: readonly Effect[] = ["unknownStatus", "unknownTrend", "leftOut", "duplicate", "unaffected"];

const KEYS: Record<Effect, CountKey> = {
  unknownStatus: "tp.n.remaining.unknownStatus",
  unknownTrend: "tp.n.remaining.unknownTrend",
  leftOut: "tp.n.remaining.leftOut",
  duplicate: "tp.n.remaining.duplicate",
  unaffected: "tp.n.remaining.unaffected",
};

/** How the summary counted the cell of each error; see rowsToStructure in src/domain/rows.ts. */
export function errorEffects(
  issues: readonly Pick<Issue, "code" | "severity" | "row">[],
): Map<Effect, number> {
  const errors = issues.filter((i) => i.severity === "error");
  // A row with an unknown programme or area is not counted at all: its other cells change nothing.
  const leftOutRows = new Set(
    errors.filter((i) => i.code === "unknown-program" || i.code === "unknown-area").map((i) => i.row),
  );
  const effects = new Map<Effect, number>();
  for (const i of errors) {
    let effect: Effect;
    if (i.code === "unknown-program" || i.code === "unknown-area") effect = "leftOut";
    else if (leftOutRows.has(i.row) && i.row >= 0) effect = "unaffected";
    else if (i.code === "unknown-status") effect = "unknownStatus";
    else if (i.code === "unknown-trend") effect = "unknownTrend";
    else if (i.code === "duplicate-id") effect = "duplicate";
    else effect = "unaffected";
    effects.set(effect, (effects.get(effect) ?? 0) + 1);
  }
  return effects;
}

/**
 * "3 fel kvar i måltabellen: 2 celler med okänd status räknas som Ej bedömd, 1 påverkar inte
 * antalen. Kör Validera för att se dem." Null when no error is left. `table` names the goal table
 * as a sentence does ("måltabellen på bladet Mål").
 */
export function remainingErrorsLine(
  lang: Lang,
  issues: readonly Pick<Issue, "code" | "severity" | "row">[],
  table: string,
): string | null {
  const effects = errorEffects(issues);
  let total = 0;
  for (const n of effects.values()) total += n;
  if (total === 0) return null;
  const label = t(lang, "domain.notAssessed");
  const how = ORDER.filter((e) => effects.has(e))
    .map((e) => countLabel(lang, KEYS[e], effects.get(e) ?? 0, { label }))
    .join(", ");
  return t(lang, "tp.summary.remaining", {
    errors: countLabel(lang, "tp.n.remaining", total, { table }),
    how,
    advice: countLabel(lang, "tp.n.remaining.advice", total),
  });
}
