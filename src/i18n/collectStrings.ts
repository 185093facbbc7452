// The collect string table: every shared string (index.ts) plus those of split and collect
// (collect.ts) and of the pane's panel (collectPane.ts). A separate table so that the task pane's first load carries these only once the
// user opens "Samla in svar"; the CLI's table (cliStrings.ts) holds them too.
import * as collect from "./collect";
import * as collectPane from "./collectPane";
import { fill, strings, type Params } from "./index";
import type { Lang } from "./lang";

export const collectStrings = {
  sv: { ...strings.sv, ...collect.sv, ...collectPane.sv },
  en: { ...strings.en, ...collect.en, ...collectPane.en },
};

/** A key of this table: a shared key or one of collect.ts. */
export type CollectStringKey = keyof typeof collectStrings.sv;

/** `t` of index.ts over this table. */
export function t(lang: Lang, key: CollectStringKey, params?: Params): string {
  return fill(collectStrings[lang][key], params, lang);
}
