// The pane's Kolada string table: the Kolada table (koladaStrings.ts: shared strings, the client's
// reasons) plus the pane's panel (koladaPane.ts). Loaded with the panel, not in the first load.
import * as koladaPane from "./koladaPane";
import { koladaStrings } from "./koladaStrings";
import { fill, type Params } from "./index";
import type { Lang } from "./lang";

export const koladaPaneStrings = {
  sv: { ...koladaStrings.sv, ...koladaPane.sv },
  en: { ...koladaStrings.en, ...koladaPane.en },
};

export type KoladaPaneStringKey = keyof typeof koladaPaneStrings.sv;

/** `t` of index.ts over this table. */
export function t(lang: Lang, key: KoladaPaneStringKey, params?: Params): string {
  return fill(koladaPaneStrings[lang][key], params, lang);
}
