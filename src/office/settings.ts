// Add-in settings kept inside the workbook (Office.context.document.settings), so they travel with
// the file: the follow-up year, the language the workbook was set up in, the table the add-in
// manages and the sheet it is on, and the outcome of the last ribbon command (shown by the task pane next time it opens).
// The ribbon's function commands use this module too, so it must not import React.
import type { Lang } from "../i18n/lang";

/** The part of Office.Settings we use; tests pass an in-memory fake. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
  /** Replaces the in-memory copy with what the document holds (absent in old hosts and fakes). */
  refreshAsync?(callback?: (result: Office.AsyncResult<unknown>) => void): void;
}

/** Longest a refresh may take before the in-memory copy is used as it is. */
export const REFRESH_TIMEOUT_MS = 5_000;

/**
 * Brings the in-memory copy up to date with the document. Without a shared runtime the task pane
 * and the ribbon's function file each hold a copy read when they started, so what one saved is
 * invisible to the other until this runs. Never rejects: a host without refreshAsync, a failed
 * refresh or one that never calls back leaves the copy as it was, which is what happened before.
 */
export function refreshSettings(
  store: SettingsStore | null,
  timeoutMs: number = REFRESH_TIMEOUT_MS,
): Promise<void> {
  if (!store || typeof store.refreshAsync !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    try {
      store.refreshAsync?.(() => {
        clearTimeout(timer);
        resolve();
      });
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/** What a ribbon command did, for the task pane to show later. */
export interface CommandOutcome {
  command: "validateGoals" | "refreshSummary";
  ok: boolean;
  /** Shown as is; already in the language the command ran in. */
  text: string;
  /** ISO timestamp. */
  at: string;
}

export interface AddinSettings {
  year: number | null;
  lang: Lang | null;
  tableName: string | null;
  /** The sheet the goal table is on, as the last load found or made it ("Mål"). */
  goalSheet: string | null;
  lastCommand: CommandOutcome | null;
}

export const SETTING_KEYS = {
  year: "maluppfoljning.year",
  lang: "maluppfoljning.lang",
  tableName: "maluppfoljning.tableName",
  goalSheet: "maluppfoljning.goalSheet",
  lastCommand: "maluppfoljning.lastCommand",
} as const;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export function isValidYear(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

function isOutcome(value: unknown): value is CommandOutcome {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.command === "validateGoals" || v.command === "refreshSummary") &&
    typeof v.ok === "boolean" &&
    typeof v.text === "string" &&
    typeof v.at === "string"
  );
}

function nonBlank(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/**
 * Reads the settings, ignoring values of the wrong shape: the document may have been edited by an
 * older or newer version of the add-in, and a bad value must not stop the task pane from opening.
 */
export function readSettings(store: SettingsStore | null): AddinSettings {
  const get = (key: string): unknown => {
    try {
      return store?.get(key) ?? null;
    } catch {
      return null;
    }
  };
  const year = get(SETTING_KEYS.year);
  const lang = get(SETTING_KEYS.lang);
  const tableName = get(SETTING_KEYS.tableName);
  const goalSheet = get(SETTING_KEYS.goalSheet);
  const lastCommand = get(SETTING_KEYS.lastCommand);
  return {
    year: isValidYear(year) ? year : null,
    lang: lang === "sv" || lang === "en" ? lang : null,
    tableName: nonBlank(tableName),
    goalSheet: nonBlank(goalSheet),
    lastCommand: isOutcome(lastCommand) ? lastCommand : null,
  };
}

/**
 * Sets the given settings and persists them with saveAsync. Settings only reach the file when
 * saveAsync succeeds, so a failure rejects instead of passing silently. saveAsync writes the
 * saver's whole copy, so the copy is refreshed first: a ribbon command's outcome saved since the
 * pane opened (or the pane's language, for a command) is kept, not overwritten by a stale value.
 */
export function saveSettings(store: SettingsStore | null, patch: Partial<AddinSettings>): Promise<void> {
  if (!store) return Promise.resolve();
  // One save at a time per store: a refresh while an earlier save is still on its way would reload
  // the copy without that save's values, and the next save would then write them away.
  const previous = pending.get(store) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => refreshAndSave(store, patch));
  pending.set(store, next);
  return next;
}

const pending = new WeakMap<SettingsStore, Promise<void>>();

const saved = new Set<() => void>();

/**
 * Calls `listener` after every save through saveSettings in this runtime; returns the unsubscribe.
 * In a shared runtime a ribbon command saves its outcome through this very module, and the pane,
 * which is not reloaded when it is closed and reopened there, shows the outcome at once.
 */
export function onSettingsSaved(listener: () => void): () => void {
  saved.add(listener);
  return () => {
    saved.delete(listener);
  };
}

/** refreshSettings in turn with the store's saves, so that it never reloads the copy mid-save. */
export function refreshSettingsInTurn(store: SettingsStore | null): Promise<void> {
  if (!store) return Promise.resolve();
  const previous = pending.get(store) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => refreshSettings(store));
  pending.set(store, next);
  return next;
}

async function refreshAndSave(store: SettingsStore, patch: Partial<AddinSettings>): Promise<void> {
  await refreshSettings(store);
  for (const [name, key] of Object.entries(SETTING_KEYS) as [keyof AddinSettings, string][]) {
    if (Object.prototype.hasOwnProperty.call(patch, name)) store.set(key, patch[name] ?? null);
  }
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (result && String(result.status) === "failed")
        reject(new Error(result.error?.message ?? "saveAsync failed"));
      else {
        resolve();
        for (const listener of saved) listener();
      }
    });
  });
}

/** The document's settings when running inside Office, else null (e.g. a browser preview). */
export function officeSettingsStore(): SettingsStore | null {
  try {
    return typeof Office !== "undefined" && Office.context?.document?.settings
      ? (Office.context.document.settings as unknown as SettingsStore)
      : null;
  } catch {
    return null;
  }
}
