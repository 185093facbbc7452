// Which language the task pane speaks. Officials work in Swedish, so Swedish wins whenever Office
// runs in Swedish (sv-SE, sv-FI, ...); everything else gets English. A choice saved in the
// document overrides the display language, so a workbook keeps its language for everyone.
import type { Lang } from "../i18n/lang";

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

// Counts with their nouns are shared with the CLI; kept under their old names for the pane.
export { countLabel as tn, type CountKey } from "../present/counts";
