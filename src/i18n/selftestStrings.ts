// The self-test's string table: every shared string (index.ts) plus the self-test's own
// (selftest.ts). A separate table so that the task pane's first load carries these only once it
// imports the self-test.
import { fill, strings, type Params } from "./index";
import type { Lang } from "./lang";
import * as selftest from "./selftest";

export const selftestStrings = {
  sv: { ...strings.sv, ...selftest.sv },
  en: { ...strings.en, ...selftest.en },
};

/** A key of this table: a shared key or one of selftest.ts. */
export type SelftestStringKey = keyof typeof selftestStrings.sv;

/** `t` of index.ts over this table. */
export function t(lang: Lang, key: SelftestStringKey, params?: Params): string {
  return fill(selftestStrings[lang][key], params, lang);
}
