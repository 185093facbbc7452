// The string table of the Excel adapter and the workbook plan's decisions: every shared string
// plus the adapter's own (excel.ts: refusals, partial-write notices, requirement checks). Only
// modules the task pane loads when its first job runs import this one, so the pane's first
// load does not carry those messages; the CLI's table (cliStrings.ts) includes them too.
import * as excel from "./excel";
import { fill, strings, type Params } from "./index";
import type { Lang } from "./lang";

export const adapterStrings = {
  sv: { ...strings.sv, ...excel.sv },
  en: { ...strings.en, ...excel.en },
};

/** A shared key or one of excel.ts ("xl."). */
export type StringKey = keyof typeof adapterStrings.sv;
export type { Params };

/** `t` of index.ts over the adapter's table. */
export function t(lang: Lang, key: StringKey, params?: Params): string {
  return fill(adapterStrings[lang][key], params, lang);
}

/** Both languages at once, Swedish first. */
export function both(key: StringKey, params?: Params): { sv: string; en: string } {
  return { sv: t("sv", key, params), en: t("en", key, params) };
}
