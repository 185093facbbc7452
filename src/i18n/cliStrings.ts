// The CLI's string table: every shared, Kolada and adapter string (koladaStrings.ts,
// adapterStrings.ts) plus the CLI's own (cli.ts) and the self-test's (selftest.ts, which `npm run selftest` prints; here too so
// that test/i18n.test.ts sees every string in one table, as are the pane's workbook import's, historyFile.ts, the pane's Kolada panel's, koladaPane.ts, and the report document's, report.ts). Only the CLI
// imports this module, so the task pane's first load carries none of the CLI's help texts.
import { adapterStrings } from "./adapterStrings";
import * as cli from "./cli";
import * as collect from "./collect";
import * as comparisonSheet from "./comparisonSheet";
import * as historyFile from "./historyFile";
import { fill, type Params } from "./index";
import { koladaStrings } from "./koladaStrings";
import * as koladaPane from "./koladaPane";
import * as koladaRefusals from "./koladaRefusals";
import type { Lang } from "./lang";
import * as report from "./report";
import * as selftest from "./selftest";

export const cliStrings = {
  sv: {
    ...koladaStrings.sv,
    ...adapterStrings.sv,
    ...selftest.sv,
    ...historyFile.sv,
    ...report.sv,
    ...cli.sv,
    ...collect.sv,
    ...comparisonSheet.sv,
    ...koladaPane.sv,
    ...koladaRefusals.sv,
  },
  en: {
    ...koladaStrings.en,
    ...adapterStrings.en,
    ...selftest.en,
    ...historyFile.en,
    ...report.en,
    ...cli.en,
    ...collect.en,
    ...comparisonSheet.en,
    ...koladaPane.en,
    ...koladaRefusals.en,
  },
};

/** A key of the CLI's table: a shared key, one of kolada.ts or a "cli." one. */
export type CliStringKey = keyof typeof cliStrings.sv;

/** `t` of index.ts over the CLI's table. */
export function t(lang: Lang, key: CliStringKey, params?: Params): string {
  return fill(cliStrings[lang][key], params, lang);
}

/** Both languages at once, Swedish first. */
export function both(key: CliStringKey, params?: Params): { sv: string; en: string } {
  return { sv: t("sv", key, params), en: t("en", key, params) };
}
