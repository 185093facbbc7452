// The allowed values of a schema enum as a structure error lists them: each value as the file must
// hold it, with the name a reader knows it by in the message's language ("red" (Röd)), so a
// Swedish message does not leave the user to guess what "yellow" is.
import { t } from "../i18n";
import type { StringKey } from "../i18n";
import type { Lang, Status, Trend } from "./types";
import { STATUSES, TRENDS } from "./types";
import { statusLabel, trendLabel } from "./vocabulary";

/** A value as JSON for a message, shortened so a huge value cannot flood the output. */
export function showValue(value: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = "?";
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

const isStatus = (v: unknown): v is Status => STATUSES.includes(v as Status);
const isTrend = (v: unknown): v is Trend => TRENDS.includes(v as Trend);
const KINDS: Record<string, StringKey> = {
  program: "wb.structure.kind.program",
  actionPlan: "wb.structure.kind.actionPlan",
};

/**
 * What a reader calls an enum's value in `lang` ("Röd" for "red", "Ej bedömd" for a null status),
 * or null when it has no other name. The file must hold the value itself, so both are shown.
 */
function enumLabel(values: readonly unknown[], v: unknown, lang: Lang): string | null {
  if (values.some(isStatus)) {
    if (v === null) return t(lang, "domain.notAssessed");
    return isStatus(v) ? statusLabel(v, lang) : null;
  }
  if (values.some(isTrend)) {
    if (v === null) return t(lang, "domain.missingTrend");
    return isTrend(v) ? trendLabel(v, lang) : null;
  }
  const kind = typeof v === "string" && Object.prototype.hasOwnProperty.call(KINDS, v) ? KINDS[v] : undefined;
  return kind ? t(lang, kind) : null;
}

/** "\"red\" (Röd), \"yellow\" (Gul), \"green\" (Grön) eller null (Ej bedömd)". */
export function allowedValues(values: readonly unknown[], lang: Lang): string {
  const shown = values.map((v) => {
    const label = enumLabel(values, v, lang);
    return label === null || label === v ? showValue(v) : `${showValue(v)} (${label})`;
  });
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} ${t(lang, "domain.list.or")} ${shown[shown.length - 1]}`;
}
