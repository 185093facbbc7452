// The string table of the pane's reader of earlier workbooks (src/taskpane/historyWorkbook.ts):
// the adapter's table (shared strings and excel.ts) plus historyFile.ts. Only that reader, which
// the pane loads when an .xlsx is imported, imports this module, so the first load carries none
// of it.
import { adapterStrings } from "./adapterStrings";
import * as historyFile from "./historyFile";
import { fill, type Params } from "./index";
import type { Lang } from "./lang";

export const historyFileStrings = {
  sv: { ...adapterStrings.sv, ...historyFile.sv },
  en: { ...adapterStrings.en, ...historyFile.en },
};

export type HistoryFileStringKey = keyof typeof historyFileStrings.sv;

/** `t` of index.ts over this table. */
export function t(lang: Lang, key: HistoryFileStringKey, params?: Params): string {
  return fill(historyFileStrings[lang][key], params, lang);
}

/** Both languages at once, Swedish first. */
export function both(key: HistoryFileStringKey, params?: Params): { sv: string; en: string } {
  return { sv: t("sv", key, params), en: t("en", key, params) };
}
