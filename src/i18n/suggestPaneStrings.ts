// The pane's suggestion list's string table: every shared string (index.ts) plus the list's own
// (suggestPane.ts). A separate table so that the task pane's first load carries these only once
// a summary with suggestions is shown.
import { fill, strings, type Params } from "./index";
import type { Lang } from "./lang";
import * as suggestPane from "./suggestPane";

export const suggestPaneStrings = {
  sv: { ...strings.sv, ...suggestPane.sv },
  en: { ...strings.en, ...suggestPane.en },
};

export type SuggestPaneStringKey = keyof typeof suggestPaneStrings.sv;

/** `t` of index.ts over this table. */
export function t(lang: Lang, key: SuggestPaneStringKey, params?: Params): string {
  return fill(suggestPaneStrings[lang][key], params, lang);
}
