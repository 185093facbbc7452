// The Kolada string table: every shared string (index.ts) plus the Kolada client's and the
// `kolada` command's (kolada.ts). A separate table so that the task pane's first load carries
// these only once it imports the Kolada code.
import { fill, strings, type Params } from "./index";
import * as kolada from "./kolada";
import type { Lang } from "./lang";

export const koladaStrings = {
  sv: { ...strings.sv, ...kolada.sv },
  en: { ...strings.en, ...kolada.en },
};

/** A key of this table: a shared key or one of kolada.ts. */
export type KoladaStringKey = keyof typeof koladaStrings.sv;

/** `t` of index.ts over this table. */
export function t(lang: Lang, key: KoladaStringKey, params?: Params): string {
  return fill(koladaStrings[lang][key], params, lang);
}
