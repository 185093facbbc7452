import { cliStrings as strings, t } from "../src/i18n/cliStrings";
import { LANGS, type Lang } from "../src/i18n/lang";
import * as cli from "../src/i18n/cli";
import * as collect from "../src/i18n/collect";
import * as comparisonSheet from "../src/i18n/comparisonSheet";
import * as domain from "../src/i18n/domain";
import * as excel from "../src/i18n/excel";
import * as historyFile from "../src/i18n/historyFile";
import * as indicators from "../src/i18n/indicators";
import * as indicatorSheet from "../src/i18n/indicatorSheet";
import * as kolada from "../src/i18n/kolada";
import * as koladaPane from "../src/i18n/koladaPane";
import * as koladaRefusals from "../src/i18n/koladaRefusals";
import * as present from "../src/i18n/present";
import * as report from "../src/i18n/report";
import * as selftest from "../src/i18n/selftest";
import * as taskpane from "../src/i18n/taskpane";
import * as ui from "../src/i18n/ui";
import * as workbook from "../src/i18n/workbook";

const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
const table = (lang: Lang): Record<string, string> => strings[lang];

/**
 * Keys whose texts coincide today but name different things, each with its reason. Everything
 * else that reads the same in both languages is one concept and must be one key.
 */
const SAME_TEXT_REASONS: readonly { keys: readonly string[]; reason: string }[] = [
  {
    keys: ["tp.language", "wb.structure.language"],
    reason: "the pane's own display language vs the language the workbook's cells were written in",
  },
  {
    keys: ["tp.load.source", "wb.structure.source"],
    reason:
      "where the pane loads a structure from (bundled example or file) vs the document the figures come from",
  },
];

/**
 * A column's name in a message (domain.column.*) and its header in the goal table (wb.col.*) are
 * separate on purpose: the header is what the table is written with and read back by, so changing
 * it breaks reading older workbooks, while a message may shorten it (ID for Mål-ID). They read the
 * same for most columns.
 */
function isColumnNameAndHeader(keys: readonly string[]): boolean {
  const [a, b] = keys;
  return (
    keys.length === 2 && a.startsWith("domain.column.") && b === `wb.col.${a.slice("domain.column.".length)}`
  );
}

function isAllowedSameText(keys: readonly string[]): boolean {
  if (isColumnNameAndHeader(keys)) return true;
  return SAME_TEXT_REASONS.some(
    (allowed) => allowed.keys.length === keys.length && allowed.keys.every((key) => keys.includes(key)),
  );
}

describe("i18n", () => {
  const svKeys = Object.keys(strings.sv).sort();
  const enKeys = Object.keys(strings.en).sort();

  it("has the same keys in Swedish and English", () => {
    expect(enKeys).toEqual(svKeys);
  });

  it("never defines a key in two sections (a later section would silently win)", () => {
    const sections = {
      cli,
      collect,
      comparisonSheet,
      domain,
      excel,
      historyFile,
      indicators,
      indicatorSheet,
      kolada,
      koladaPane,
      koladaRefusals,
      present,
      report,
      selftest,
      taskpane,
      ui,
      workbook,
    };
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, section] of Object.entries(sections)) {
      for (const key of Object.keys(section.sv)) {
        const first = owner.get(key);
        if (first) clashes.push(`${key}: ${first} and ${name}`);
        owner.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
    expect(owner.size).toBe(svKeys.length);
  });

  it("gives each concept one key: no two keys share both their Swedish and their English text", () => {
    // The ".one"/".other" forms of one plural key are one concept even where both read the same.
    const concept = (key: string): string => key.replace(/\.(one|other)$/, "");
    const byText = new Map<string, Set<string>>();
    for (const key of svKeys) {
      const text = `${table("sv")[key]}\u0000${table("en")[key]}`;
      byText.set(text, (byText.get(text) ?? new Set()).add(concept(key)));
    }
    const shared = [...byText.values()]
      .map((keys) => [...keys].sort())
      .filter((keys) => keys.length > 1 && !isAllowedSameText(keys))
      .map((keys) => keys.join(" = "));
    expect(shared).toEqual([]);
  });

  it.each(svKeys)("%s is non-empty and has the same placeholders in both languages", (key) => {
    const sv = table("sv")[key];
    const en = table("en")[key];
    expect(sv.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(en)).toEqual(placeholders(sv));
  });

  const withPlaceholder = svKeys.filter((k) => placeholders(table("sv")[k]).length > 0);

  it("has strings with placeholders to fill", () => {
    expect(withPlaceholder.length).toBeGreaterThan(0);
  });

  it.each(withPlaceholder)(
    "%s: t() fills every placeholder it is given and keeps the others visible",
    (key) => {
      const names = [...new Set(placeholders(table("sv")[key]).map((p) => p.slice(1, -1)))];
      const params = Object.fromEntries(names.map((n, i) => [n, `‹${i}›`]));
      for (const lang of LANGS) {
        const filled = t(lang, key as keyof typeof strings.sv, params);
        expect(placeholders(filled)).toEqual([]);
        names.forEach((_, i) => expect(filled).toContain(`‹${i}›`));
        expect(t(lang, key as keyof typeof strings.sv, {})).toBe(table(lang)[key]);
      }
    },
  );
});
