// Which language the task pane speaks. Officials work in Swedish, so Swedish wins whenever Office
// runs in Swedish (sv-SE, sv-FI, ...); everything else gets English. A choice saved in the
// document overrides the display language, so a workbook keeps its language for everyone.
import type { Lang } from "../i18n/lang";
import { t, type Params, type StringKey } from "../i18n";

/** "sv" when `displayLanguage` (e.g. Office.context.displayLanguage, "sv-SE") is Swedish, else "en". */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === "string" && /^sv(\b|[-_]|$)/i.test(displayLanguage.trim()) ? "sv" : "en";
}

/** The language to start in: the one saved in the document, else the display language's. */
export function initialLang(
  saved: Lang | null | undefined,
  displayLanguage: string | null | undefined,
): Lang {
  return saved === "sv" || saved === "en" ? saved : langFromDisplayLanguage(displayLanguage);
}

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
export function tn(lang: Lang, key: CountKey, count: number, params?: Params): string {
  const full = `${key}.${count === 1 ? "one" : "other"}` as StringKey;
  return t(lang, full, { ...params, count });
}
