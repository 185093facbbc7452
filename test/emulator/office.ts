/**
 * The parts of the `Office` namespace the add-in touches: onReady, host/platform, display language,
 * requirement sets, document settings and function-command registration.
 */
import { compareVersions } from "./context";
import { OfficeEnums } from "./enums";
import type { Faults } from "./faults";
import type { WorkbookModel } from "./model";

export interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: { code: string; name: string; message: string } | null;
  asyncContext: unknown;
}

type Callback<T> = (result: AsyncResult<T>) => void;

export interface OfficeOptions {
  platform: string;
  displayLanguage: string;
  contentLanguage: string;
  /** Requirement sets and their highest supported version, e.g. { ExcelApi: "1.12" }. */
  requirementSets: Record<string, string>;
}

/** Event passed to a function command (ribbon button); the command must call completed(). */
export interface ActionEvent {
  source: { id: string };
  completed(options?: { allowEvent?: boolean }): void;
}

export type ActionHandler = (event: ActionEvent) => unknown;

function succeeded<T>(value: T, asyncContext?: unknown): AsyncResult<T> {
  return { status: "succeeded", value, error: null, asyncContext };
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export class Settings {
  constructor(
    private readonly wb: () => WorkbookModel,
    private readonly faults: Faults,
  ) {}

  /** The value, or null when the setting does not exist (as Office returns). */
  get(name: string): unknown {
    const s = this.wb().settings;
    return Object.prototype.hasOwnProperty.call(s, name) ? clone(s[name]) : null;
  }
  set(name: string, value: unknown): void {
    // Office stores JSON: functions and undefined do not survive, dates become strings.
    this.wb().settings[name] = clone(value);
  }
  remove(name: string): void {
    delete this.wb().settings[name];
  }
  saveAsync(
    optionsOrCallback?: { asyncContext?: unknown } | Callback<void>,
    callback?: Callback<void>,
  ): void {
    const cb = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const asyncContext = typeof optionsOrCallback === "object" ? optionsOrCallback?.asyncContext : undefined;
    const fault = this.faults.takeSettingsFault();
    // Office calls back asynchronously; a microtask keeps tests with fake timers working.
    void Promise.resolve().then(() => {
      if (fault) {
        cb?.({
          status: "failed",
          value: undefined,
          error: { code: fault.code, name: fault.code, message: fault.message },
          asyncContext,
        });
        return;
      }
      this.wb().savedSettings = clone(this.wb().settings);
      cb?.(succeeded(undefined, asyncContext));
    });
  }
  refreshAsync(callback?: Callback<Settings>): void {
    void Promise.resolve().then(() => {
      this.wb().settings = clone(this.wb().savedSettings);
      callback?.(succeeded(this));
    });
  }
  addHandlerAsync(_eventType: string, _handler: unknown, callback?: Callback<void>): void {
    void Promise.resolve().then(() => callback?.(succeeded(undefined)));
  }
}

export function createOffice(opts: OfficeOptions, wb: () => WorkbookModel, faults: Faults) {
  const actions = new Map<string, ActionHandler>();
  const info = { host: OfficeEnums.HostType.Excel, platform: opts.platform };
  const office = {
    ...OfficeEnums,
    /** Resolves once "Office" is ready, like office.js after loading in Excel. */
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.({ ...info });
        return { ...info };
      });
    },
    context: {
      host: info.host,
      platform: opts.platform,
      displayLanguage: opts.displayLanguage,
      contentLanguage: opts.contentLanguage,
      diagnostics: { host: info.host, platform: opts.platform, version: "16.0.18000.10000" },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const have = Object.entries(opts.requirementSets).find(
            ([k]) => k.toLowerCase() === name.toLowerCase(),
          )?.[1];
          if (have === undefined) return false;
          return minVersion === undefined || compareVersions(String(minVersion), have) <= 0;
        },
      },
      document: {
        settings: new Settings(wb, faults),
        url: "https://example.invalid/Book1.xlsx",
        mode: "readWrite",
      },
    },
    actions: {
      associate(name: string, handler: ActionHandler): void {
        actions.set(name, handler);
      },
    },
  };
  return {
    office,
    actions: {
      names: (): string[] => [...actions.keys()],
      /** Runs a function command as a ribbon click would; resolves when it calls event.completed(). */
      invoke(name: string, timeoutMs = 30_000): Promise<void> {
        const handler = actions.get(name);
        if (!handler) return Promise.reject(new Error(`No function command registered as '${name}'.`));
        return new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`'${name}' did not call event.completed()`)),
            timeoutMs,
          );
          const event: ActionEvent = {
            source: { id: name },
            completed: () => {
              clearTimeout(timer);
              resolve();
            },
          };
          try {
            const r = handler(event);
            if (r && typeof (r as Promise<unknown>).catch === "function")
              (r as Promise<unknown>).catch((e: unknown) => {
                clearTimeout(timer);
                reject(e instanceof Error ? e : new Error(String(e)));
              });
          } catch (e) {
            clearTimeout(timer);
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
      },
    },
  };
}

export type OfficeNamespace = ReturnType<typeof createOffice>["office"];
