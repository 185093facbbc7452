// Document settings and language choice: what survives in the workbook and how the pane picks
// its language.
import { initialLang, langFromDisplayLanguage, tn } from "../../src/office/i18n-lang";
import { SETTING_KEYS, readSettings, saveSettings } from "../../src/office/settings";
import { FakeSettings } from "./fakes";

describe("language", () => {
  it.each([
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["SV", "sv"],
    ["sv_SE", "sv"],
    ["en-US", "en"],
    ["nb-NO", "en"],
    ["svx", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("display language %s gives %s", (display, lang) => {
    expect(langFromDisplayLanguage(display)).toBe(lang);
  });

  it("prefers the language saved in the document", () => {
    expect(initialLang("en", "sv-SE")).toBe("en");
    expect(initialLang(null, "sv-SE")).toBe("sv");
  });

  it("uses the singular only for exactly one", () => {
    expect(tn("sv", "tp.n.newGoals", 1)).toBe("1 nytt mål");
    expect(tn("sv", "tp.n.newGoals", 0)).toBe("0 nya mål");
    expect(tn("sv", "tp.n.warnings", 2)).toBe("2 varningar");
    expect(tn("en", "tp.n.errors", 1)).toBe("1 error");
    expect(tn("en", "tp.n.errors", 12)).toBe("12 errors");
  });
});

describe("document settings", () => {
  it("round-trips year, language, table, goal sheet and last command through saveAsync", async () => {
    const store = new FakeSettings();
    const lastCommand = {
      command: "refreshSummary" as const,
      ok: true,
      text: "Klart",
      at: "2024-01-01T00:00:00Z",
    };
    await saveSettings(store, { year: 2024, lang: "sv", tableName: "Mal", goalSheet: "Mål", lastCommand });
    expect(store.persisted.get(SETTING_KEYS.year)).toBe(2024);
    expect(store.persisted.get("maluppfoljning.goalSheet")).toBe("Mål");
    const reopened = new FakeSettings();
    reopened.values = new Map(store.persisted);
    expect(readSettings(reopened)).toEqual({
      year: 2024,
      lang: "sv",
      tableName: "Mal",
      goalSheet: "Mål",
      lastCommand,
    });
  });

  it("only writes the keys it is given", async () => {
    const store = new FakeSettings();
    store.set(SETTING_KEYS.year, 2023);
    await saveSettings(store, { lang: "en" });
    expect(readSettings(store)).toMatchObject({ year: 2023, lang: "en" });
  });

  it("rejects when saveAsync fails, so the caller can tell the user", async () => {
    const store = new FakeSettings();
    store.failNextSave = true;
    await expect(saveSettings(store, { lang: "en" })).rejects.toThrow("Settings could not be saved");
    expect(store.persisted.size).toBe(0);
  });

  it("ignores values of the wrong shape instead of failing to open", () => {
    const store = new FakeSettings();
    store.set(SETTING_KEYS.year, "2023");
    store.set(SETTING_KEYS.lang, "de");
    store.set(SETTING_KEYS.tableName, "  ");
    store.set(SETTING_KEYS.goalSheet, 7);
    store.set(SETTING_KEYS.lastCommand, { command: "format", ok: true, text: "x", at: "y" });
    const none = { year: null, lang: null, tableName: null, goalSheet: null, lastCommand: null };
    expect(readSettings(store)).toEqual(none);
    expect(readSettings(null)).toEqual(none);
  });
});
