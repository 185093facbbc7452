// Every user-visible string lives under src/i18n/, Swedish first with English beside it.
// Each section file exports `sv` and an `en` typed against it, so a key missing in one
// language is a compile error; test/i18n.test.ts also checks placeholders match.
import type { Lang } from "../domain/types";
import * as cli from "./cli";
import * as domain from "./domain";
import * as excel from "./excel";
import * as taskpane from "./taskpane";
import * as ui from "./ui";
import * as workbook from "./workbook";

export const strings = {
  sv: { ...domain.sv, ...workbook.sv, ...cli.sv, ...ui.sv, ...taskpane.sv, ...excel.sv },
  en: { ...domain.en, ...workbook.en, ...cli.en, ...ui.en, ...taskpane.en, ...excel.en },
};

export type StringKey = keyof typeof strings.sv;
export type Params = Record<string, string | number>;

/** Looks up `key` in `lang` and fills `{name}` placeholders from `params`. */
export function t(lang: Lang, key: StringKey, params?: Params): string {
  const template: string = strings[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Both languages at once, Swedish first: for messages shown in either (CLI, issues). */
export function both(key: StringKey, params?: Params): { sv: string; en: string } {
  return { sv: t("sv", key, params), en: t("en", key, params) };
}
