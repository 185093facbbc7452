// What an earlier run left behind: when the pane is closed or reloaded mid-run, or Excel refuses
// the clean-up (a cell being edited), the scratch sheet, its names and the setting stay, and a
// later run, with a token of its own, would never remove them. Only names of the self-test's own
// scheme (scratch.ts) are listed, and only what was listed is removed: nothing else is touched.
import { removeSetting, type RemovableSettings } from "./checks-host";
import { errorText } from "./common";
import { SCRATCH_NAME, SCRATCH_SETTING, SCRATCH_SHEET, scratchFor } from "./scratch";
import type { SelfTestHost } from "./types";

export interface Leftovers {
  sheets: string[];
  /** Workbook-scoped defined names (tables go with their sheet). */
  names: string[];
  /** Document settings of a run whose sheet or names are still there (settings cannot be listed). */
  settings: string[];
}

export const isEmpty = (l: Leftovers): boolean =>
  l.sheets.length === 0 && l.names.length === 0 && l.settings.length === 0;

const tokenOf = (pattern: RegExp, name: string): string | null => pattern.exec(name)?.[1] ?? null;

export async function findLeftovers(host: SelfTestHost): Promise<Leftovers> {
  const { sheets, names } = await host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const items = context.workbook.names;
    items.load("items/name");
    await context.sync();
    return {
      sheets: worksheets.items.map((w) => w.name).filter((n) => SCRATCH_SHEET.test(n)),
      names: items.items.map((n) => n.name).filter((n) => SCRATCH_NAME.test(n)),
    };
  });
  const tokens = new Set([
    ...sheets.map((s) => tokenOf(SCRATCH_SHEET, s)),
    ...names.map((n) => tokenOf(SCRATCH_NAME, n)),
  ]);
  const settings: string[] = [];
  for (const token of tokens) {
    if (!token) continue;
    const key = scratchFor(token).settingKey;
    const value = host.settings?.get(key);
    if (value !== null && value !== undefined) settings.push(key);
  }
  return { sheets, names, settings };
}

/** Each sheet in a request of its own, so that one Excel refuses does not keep the others. */
function deleteSheet(host: SelfTestHost, sheet: string): Promise<void> {
  return host.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (!ws.isNullObject) ws.delete();
    await context.sync();
  });
}

export interface Removal {
  /** What is still there of what was listed. */
  left: Leftovers;
  /** Excel's answers to the steps that failed. */
  errors: string[];
}

/**
 * Removes what `listed` names (what the user was shown and agreed to), each only if it still
 * matches the self-test's scheme: names first, so none is left pointing at a deleted sheet as
 * #REF!, then each sheet, then the settings; one step's failure does not keep the others.
 */
export async function removeLeftovers(host: SelfTestHost, listed: Leftovers): Promise<Removal> {
  const errors: string[] = [];
  const step = async (body: () => Promise<unknown>): Promise<void> => {
    try {
      await body();
    } catch (e) {
      errors.push(errorText(e));
    }
  };
  const names = new Set(listed.names.filter((n) => SCRATCH_NAME.test(n)));
  if (names.size > 0)
    await step(() =>
      host.run(async (context) => {
        const items = context.workbook.names;
        items.load("items/name");
        await context.sync();
        for (const item of items.items) if (names.has(item.name)) item.delete();
        await context.sync();
      }),
    );
  for (const sheet of listed.sheets.filter((s) => SCRATCH_SHEET.test(s)))
    await step(() => deleteSheet(host, sheet));
  const kept: string[] = [];
  for (const key of listed.settings.filter((k) => SCRATCH_SETTING.test(k)))
    await step(async () => {
      if (!(await removeSetting(host.settings as RemovableSettings | null, key))) kept.push(key);
    });
  const now = await findLeftovers(host);
  const stillThere = (list: string[], of: string[]): string[] => list.filter((x) => of.includes(x));
  return {
    left: {
      sheets: stillThere(now.sheets, listed.sheets),
      names: stillThere(now.names, listed.names),
      settings: listed.settings.filter((key) => {
        const value = host.settings?.get(key);
        return kept.includes(key) || (value !== null && value !== undefined);
      }),
    },
    errors,
  };
}
