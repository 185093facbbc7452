// The names of what a summary counts, outside the sheet: a status or trend with "not assessed" and
// "no trend" for the missing ones, and the field of a difference from the published figures.
import { statusLabel, trendLabel, type StatusKey, type TrendKey } from "../domain";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n";

export function statusName(k: StatusKey, lang: Lang): string {
  return k === "missing" ? t(lang, "domain.notAssessed") : statusLabel(k, lang);
}

export function trendName(k: TrendKey, lang: Lang): string {
  return k === "missing" ? t(lang, "domain.missingTrend") : trendLabel(k, lang);
}

/** The name of a reconciliation field ("total", "status.red", "trend.up"), as it reads in a sentence. */
export function differenceFieldName(field: string, lang: Lang): string {
  if (field === "total") return t(lang, "present.field.total");
  const [kind, key] = field.split(".");
  if (kind === "status" && key) return statusName(key as StatusKey, lang);
  if (kind === "trend" && key) return trendName(key as TrendKey, lang);
  return field;
}
