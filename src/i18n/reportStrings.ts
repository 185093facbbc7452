// The report document's string table: every shared string (index.ts) plus the report's own
// (report.ts). A separate table so that the task pane's first load carries these only once it
// builds a report (the CLI's table includes it too, cliStrings.ts).
import { fill, strings, type Params } from "./index";
import type { Lang } from "./lang";
import * as report from "./report";

export const reportStrings = {
  sv: { ...strings.sv, ...report.sv },
  en: { ...strings.en, ...report.en },
};

/** A key of this table: a shared key or one of report.ts. */
export type ReportStringKey = keyof typeof reportStrings.sv;

/** `t` of index.ts over this table. */
export function t(lang: Lang, key: ReportStringKey, params?: Params): string {
  return fill(reportStrings[lang][key], params, lang);
}
