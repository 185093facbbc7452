import { strings, t } from "../src/i18n";

const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();

describe("i18n", () => {
  const svKeys = Object.keys(strings.sv).sort();
  const enKeys = Object.keys(strings.en).sort();

  it("has the same keys in Swedish and English", () => {
    expect(enKeys).toEqual(svKeys);
  });

  it.each(svKeys)("%s is non-empty and has the same placeholders in both languages", (key) => {
    const sv = (strings.sv as Record<string, string>)[key];
    const en = (strings.en as Record<string, string>)[key];
    expect(sv.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(en)).toEqual(placeholders(sv));
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const key = svKeys.find((k) => /\{\w+\}/.test((strings.sv as Record<string, string>)[k]));
    if (!key) return;
    const filled = t("sv", key as keyof typeof strings.sv, {});
    expect(filled).toBe((strings.sv as Record<string, string>)[key]);
  });
});
