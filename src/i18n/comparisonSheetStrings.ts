// The comparison sheet's string table: every shared string (index.ts) plus the comparison's own
// (comparisonSheet.ts). A separate table so that the task pane's first load carries these only
// once the adapter (which draws the summary sheet) loads.
import { fill, strings, type Params } from "./index";
import type { Lang } from "./lang";
import * as comparisonSheet from "./comparisonSheet";

export const comparisonSheetStrings = {
  sv: { ...strings.sv, ...comparisonSheet.sv },
  en: { ...strings.en, ...comparisonSheet.en },
};

/** A key of this table: a shared key or one of comparisonSheet.ts. */
export type ComparisonSheetStringKey = keyof typeof comparisonSheetStrings.sv;

/** `t` of index.ts over this table. */
export function t(lang: Lang, key: ComparisonSheetStringKey, params?: Params): string {
  return fill(comparisonSheetStrings[lang][key], params, lang);
}
