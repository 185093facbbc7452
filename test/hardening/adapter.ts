// The Excel adapter on the emulator, as the task pane uses it: one service per workbook, the
// emulator's Excel.run injected, every requirement set supported unless a test says otherwise.
import type { GoalStructure, Lang } from "../../src/domain";
import { AddinError, createService, type GoalWorkbookService } from "../../src/excel/service";
import { createEmulator, type Emulator, type EmulatorOptions } from "../emulator";
import { excelRun } from "./emulator-edits";

export interface Harness {
  emu: Emulator;
  service: GoalWorkbookService;
}

export function harness(options: EmulatorOptions = {}): Harness {
  const emu = createEmulator({ sheets: ["Blad1"], ...options });
  const isSetSupported = (set: string, version: string): boolean =>
    emu.Office.context.requirements.isSetSupported(set, version);
  const service = createService(excelRun(emu), { isSetSupported });
  return { emu, service };
}

/** A workbook made by the add-in from `structure`: loaded and its summary refreshed. */
export async function loadedHarness(structure: GoalStructure, lang: Lang): Promise<Harness> {
  const h = harness();
  await h.service.applyLoad(structure, lang);
  await h.service.refreshSummary(lang);
  return h;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs an adapter call and keeps what it gave, value or error, for the assertions. */
export async function outcome<T>(p: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error };
  }
}

/** What a failure looked like, in a form a test failure can print. */
export function describeError(e: unknown): Record<string, unknown> {
  if (e instanceof AddinError)
    return {
      addin: true,
      code: e.code,
      state: e.state,
      applied: e.applied,
      sv: e.messages.sv,
      en: e.messages.en,
    };
  if (e instanceof Error)
    return { addin: false, name: e.name, message: e.message, stack: e.stack?.split("\n").slice(0, 4) };
  return { addin: false, value: String(e) };
}

/** Rejections nobody awaited, collected for the current test file. */
export function trackUnhandled(): { list: unknown[]; stop(): void } {
  const list: unknown[] = [];
  const onRejection = (reason: unknown): void => {
    list.push(reason);
  };
  process.on("unhandledRejection", onRejection);
  return { list, stop: () => process.off("unhandledRejection", onRejection) };
}

export function goalIds(s: GoalStructure): Set<string> {
  return new Set(s.programs.flatMap((p) => p.areas.flatMap((a) => a.goals.map((g) => g.id.toLowerCase()))));
}
