// Checks of the host itself: the requirement sets, the document settings the pane and the ribbon
// commands share, and the request budget the writer cuts its requests by.
import { DEFAULT_REQUEST_BUDGET, WriteBatch, jsonBytes } from "../excel/batch";
import { addGrid, formatGrid, gridBudget } from "../excel/render";
import { COMMAND_FEATURES, FEATURE_SET, checkRequirements } from "../excel/requirements";
import { refreshSettings, type SettingsStore } from "../office/settings";
import { all, expectEqual, failedWith, mismatch, queueBatch } from "./common";
import type { Check } from "./types";

/** The ExcelApi versions the add-in's commands need ("ExcelApi 1.6, ExcelApi 1.7, …"). */
export function requiredSets(): string {
  const versions = [...new Set(COMMAND_FEATURES.load.map((f) => FEATURE_SET[f]))].sort(
    (a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]),
  );
  return versions.map((v) => `ExcelApi ${v}`).join(", ");
}

export const requirementsCheck: Check = {
  id: "requirement-sets",
  description: { key: "st.check.requirements", params: { sets: requiredSets() } },
  approximation: "st.approx.requirements",
  needsSheet: false,
  async run(host) {
    const check = checkRequirements(host.isSetSupported, COMMAND_FEATURES.load);
    return check.ok
      ? { ok: true, detail: { key: "st.detail.ok" } }
      : { ok: false, detail: { key: "st.detail.missing", params: { sets: check.missing.join(", ") } } };
  },
};

function save(store: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (result && String(result.status) === "failed")
        reject(new Error(result.error?.message ?? "saveAsync failed"));
      else resolve();
    });
  });
}

/** The document settings with the `remove` Office.Settings has (the add-in itself never removes). */
export type RemovableSettings = SettingsStore & { remove?(name: string): void };

/**
 * Takes the self-test's setting out of the document again (part of the clean-up). False when the
 * store has no `remove`: the key then stays in the document with null, which `get` cannot tell
 * from a removed key, so the clean-up check must be told.
 */
export async function removeSetting(store: RemovableSettings | null, key: string): Promise<boolean> {
  if (!store) return true;
  await refreshSettings(store);
  if (store.get(key) === null || store.get(key) === undefined) return true;
  const removable = typeof store.remove === "function";
  if (removable) store.remove?.(key);
  else store.set(key, null);
  await save(store);
  return removable;
}

export const settingsCheck: Check = {
  id: "settings-round-trip",
  description: { key: "st.check.settings" },
  approximation: "st.approx.settings",
  needsSheet: false,
  async run(host, { settingKey }) {
    const store = host.settings;
    // Outside Office there are no document settings: the add-in would keep nothing between runs.
    if (!store) return mismatch("Office.context.document.settings", null);
    try {
      const value = { check: settingKey, at: new Date().toISOString() };
      // As saveSettings does: read the document first, so no other runtime's save is overwritten.
      await refreshSettings(store);
      store.set(settingKey, value);
      await save(store);
      // A copy that has moved on since (the other runtime's, in effect) ...
      store.set(settingKey, "stale");
      // ... is replaced by what the document holds, which is how a command sees the pane's save.
      await refreshSettings(store);
      return expectEqual(value, store.get(settingKey));
    } catch (e) {
      return failedWith(e);
    }
  },
};

/** A cell's text for the budget write: non-ASCII, as Swedish comments are (UTF-8 bytes count). */
const BUDGET_TEXT = "Självtest: en lång kommentar med å, ä och ö. ".repeat(22);
const BUDGET_COLUMNS = 20;
/** Column Q: well away from the other checks' cells. */
const BUDGET_LEFT = 17;

export const budgetCheck: Check = {
  id: "request-budget",
  description: { key: "st.check.budget", params: { budget: DEFAULT_REQUEST_BUDGET } },
  approximation: "st.approx.budget",
  needsSheet: true,
  async run(host, { sheet }) {
    try {
      // As large a grid as the renderer sends unsliced (its grid budget), with its "@" formats:
      // the largest single write the add-in ever makes.
      const row = Array<string>(BUDGET_COLUMNS).fill(BUDGET_TEXT);
      const rowBytes = jsonBytes(row) + 1;
      const rows = Math.floor((gridBudget({}) - 2) / rowBytes);
      const grid = Array.from({ length: rows }, () => row);
      const batch = new WriteBatch();
      addGrid(
        batch,
        sheet,
        1,
        BUDGET_LEFT,
        formatGrid(rows, BUDGET_COLUMNS, "@"),
        "numberFormat",
        gridBudget({}),
      );
      addGrid(batch, sheet, 1, BUDGET_LEFT, grid, "values", gridBudget({}));
      const chunks = batch.chunks(DEFAULT_REQUEST_BUDGET).length;
      if (chunks !== 1) return expectEqual(1, chunks);
      return await host.run(async (context) => {
        queueBatch(context, batch);
        await context.sync();
        const last = context.workbook.worksheets
          .getItem(sheet)
          .getCell(rows - 1, BUDGET_LEFT + BUDGET_COLUMNS - 2);
        last.load("values");
        await context.sync();
        const landed = all(expectEqual([[BUDGET_TEXT]], last.values));
        return landed.ok
          ? { ok: true, detail: { key: "st.detail.bytes", params: { bytes: batch.bytes } } }
          : landed;
      });
    } catch (e) {
      return failedWith(e);
    }
  },
};
