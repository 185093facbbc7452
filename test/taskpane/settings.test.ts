// Document settings and language choice: what survives in the workbook and how the pane picks
// its language.
import { initialLang, langFromDisplayLanguage, tn } from "../../src/office/i18n-lang";
import {
  SETTING_KEYS,
  readSettings,
  refreshSettings,
  saveSettings,
  type SettingsStore,
} from "../../src/office/settings";
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

/**
 * One workbook opened by two runtimes without a shared runtime (the task pane and the ribbon's
 * function file), as Office gives them: each holds a copy read when it started, saveAsync writes
 * the whole copy into the document, refreshAsync reads the document back.
 */
class Document {
  stored = new Map<string, unknown>();
  runtime(options: { refresh: boolean } = { refresh: true }): SettingsStore {
    let copy = new Map(this.stored);
    const store: SettingsStore = {
      get: (name) => (copy.has(name) ? copy.get(name) : null),
      set: (name, value) => void copy.set(name, value),
      saveAsync: (callback) => {
        // Office writes asynchronously; a refresh in between would see the document before it.
        setTimeout(() => {
          this.stored = new Map(copy);
          callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>);
        }, 5);
      },
    };
    if (options.refresh) {
      store.refreshAsync = (callback) => {
        setTimeout(() => {
          copy = new Map(this.stored);
          callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<unknown>);
        }, 1);
      };
    }
    return store;
  }
}

const OUTCOME = {
  command: "validateGoals" as const,
  ok: true,
  text: "Klart",
  at: "2024-03-01T10:00:00.000Z",
};

describe("settings shared by the task pane and the ribbon commands", () => {
  it("a command's outcome survives the pane's next save, and the pane's language reaches the command", async () => {
    const doc = new Document();
    const pane = doc.runtime();
    const commands = doc.runtime();
    await saveSettings(pane, { lang: "en" });
    // The function file started before the pane saved: without a refresh it would read no language.
    await refreshSettings(commands);
    expect(readSettings(commands).lang).toBe("en");
    await saveSettings(commands, { lastCommand: OUTCOME });
    // The pane's copy has no outcome: saving the year must not write it away.
    await saveSettings(pane, { year: 2024 });
    const reopened = doc.runtime();
    expect(readSettings(reopened)).toMatchObject({ lang: "en", year: 2024, lastCommand: OUTCOME });
  });

  it("saves started together land one after the other, none overwriting another", async () => {
    const doc = new Document();
    const pane = doc.runtime();
    await Promise.all([
      saveSettings(pane, { lang: "sv" }),
      saveSettings(pane, { year: 2025 }),
      saveSettings(pane, { tableName: "Maluppfoljning_Mal" }),
    ]);
    expect(readSettings(doc.runtime())).toMatchObject({
      lang: "sv",
      year: 2025,
      tableName: "Maluppfoljning_Mal",
    });
  });

  it("works as before in a host without refreshAsync, and a refresh that never answers does not hang", async () => {
    const doc = new Document();
    const old = doc.runtime({ refresh: false });
    await saveSettings(old, { lang: "sv" });
    expect(readSettings(doc.runtime()).lang).toBe("sv");
    const silent: SettingsStore = { ...old, refreshAsync: () => undefined };
    await expect(refreshSettings(silent, 20)).resolves.toBeUndefined();
    await expect(refreshSettings(null)).resolves.toBeUndefined();
  });
});
