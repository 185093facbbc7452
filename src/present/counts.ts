// Counts with their nouns, as every shell shows them: "1 nytt mål" but "12 nya mål".
import type { Lang } from "../i18n/lang";
import { t, type Params, type StringKey } from "../i18n";

/** Keys that come in a ".one"/".other" pair, e.g. "tp.n.goals". */
export type CountKey = {
  [K in StringKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends StringKey
      ? Base
      : never
    : never;
}[StringKey];

/**
 * A count with its noun in the right number: "1 nytt mål" but "12 nya mål", "1 warning" but
 * "2 warnings". Swedish and English both only distinguish one from the rest.
 */
export function countLabel(lang: Lang, key: CountKey, count: number, params?: Params): string {
  const full = `${key}.${count === 1 ? "one" : "other"}` as StringKey;
  return t(lang, full, { ...params, count });
}

/** "Röd: 9": a count under its label, as the pane lists them. */
export function labelledCount(lang: Lang, label: string, count: number): string {
  return t(lang, "tp.summary.count", { label, count });
}
