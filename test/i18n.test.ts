import { strings, t } from "../src/i18n";
import * as cli from "../src/i18n/cli";
import * as domain from "../src/i18n/domain";
import * as excel from "../src/i18n/excel";
import * as indicators from "../src/i18n/indicators";
import * as taskpane from "../src/i18n/taskpane";
import * as ui from "../src/i18n/ui";
import * as workbook from "../src/i18n/workbook";

const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
const table = (lang: "sv" | "en"): Record<string, string> => strings[lang];

describe("i18n", () => {
  const svKeys = Object.keys(strings.sv).sort();
  const enKeys = Object.keys(strings.en).sort();

  it("has the same keys in Swedish and English", () => {
    expect(enKeys).toEqual(svKeys);
  });

  it("never defines a key in two sections (a later section would silently win)", () => {
    const sections = { cli, domain, excel, indicators, taskpane, ui, workbook };
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
      for (const lang of ["sv", "en"] as const) {
        const filled = t(lang, key as keyof typeof strings.sv, params);
        expect(placeholders(filled)).toEqual([]);
        names.forEach((_, i) => expect(filled).toContain(`‹${i}›`));
        expect(t(lang, key as keyof typeof strings.sv, {})).toBe(table(lang)[key]);
      }
    },
  );
});
