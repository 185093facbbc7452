// Every user-visible string lives under src/i18n/, Swedish first with English beside it.
// Each section file exports `sv` and an `en` typed against it, so a key missing in one
// language is a compile error; test/i18n.test.ts also checks placeholders match.
import type { Lang } from "./lang";
import * as domain from "./domain";
import * as indicators from "./indicators";
import * as indicatorSheet from "./indicatorSheet";
import * as present from "./present";
import * as taskpane from "./taskpane";
import * as ui from "./ui";
import * as workbook from "./workbook";

/**
 * The strings every shell shows. The CLI's own strings (cli.ts), the Kolada strings (kolada.ts)
 * and the Excel adapter's (excel.ts) are tables on top of this one (cliStrings.ts,
 * koladaStrings.ts, adapterStrings.ts), so the task pane's first load does not carry them.
 */
export const strings = {
  sv: {
    ...domain.sv,
    ...workbook.sv,
    ...present.sv,
    ...ui.sv,
    ...taskpane.sv,
    ...indicators.sv,
    ...indicatorSheet.sv,
  },
  en: {
    ...domain.en,
    ...workbook.en,
    ...present.en,
    ...ui.en,
    ...taskpane.en,
    ...indicators.en,
    ...indicatorSheet.en,
  },
};

export type StringKey = keyof typeof strings.sv;
export type Params = Record<string, string | number>;

// Templates split once at their placeholders: literal text at even indexes, placeholder names at
// odd ones (what split gives with a capturing pattern). Validation fills a message for each issue,
// and a regular-expression replace per call was most of its time on a table full of issues. Keyed
// by the template text itself, so a changed string table never fills a stale template.
const PLACEHOLDER = /\{(\w+)\}/;
const templateParts = new Map<string, string[]>();

/** A parameter as text: a decimal number with the decimal comma in Swedish ("0,75 s"). */
function paramText(value: string | number, lang: Lang | undefined): string {
  const text = String(value);
  return lang === "sv" && typeof value === "number" && !Number.isInteger(value)
    ? text.replace(".", ",")
    : text;
}

/** Fills `{name}` placeholders of `template` from `params` (written for `lang`); others stay visible. */
export function fill(template: string, params?: Params, lang?: Lang): string {
  if (!params) return template;
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    templateParts.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += Object.prototype.hasOwnProperty.call(params, name) ? paramText(params[name], lang) : `{${name}}`;
    out += parts[i + 1];
  }
  return out;
}

/** Looks up `key` in `lang` and fills `{name}` placeholders from `params`; others stay visible. */
export function t(lang: Lang, key: StringKey, params?: Params): string {
  return fill(strings[lang][key], params, lang);
}

/** Both languages at once, Swedish first: for messages shown in either (CLI, issues). */
export function both(key: StringKey, params?: Params): { sv: string; en: string } {
  return { sv: t("sv", key, params), en: t("en", key, params) };
}
