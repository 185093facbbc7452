// Runs the checks on a scratch sheet and takes everything it made away again, even when a check
// fails: a sheet with a name no one uses, tables and defined names under a prefix of the same
// token, one document setting. The last check looks that all of it is gone.
import { FEATURE_SET } from "../excel/requirements";
import { CELL_CHECKS } from "./checks-cells";
import {
  budgetCheck,
  removeSetting,
  requirementsCheck,
  settingsCheck,
  type RemovableSettings,
} from "./checks-host";
import { RULE_CHECKS } from "./checks-rules";
import { TABLE_CHECKS } from "./checks-tables";
import { chartCheck } from "./checks-charts";
import { cspCheck, startCspWatch } from "./checks-csp";
import { errorText, expectEqual, failedWith } from "./common";
import { newToken, scratchFor } from "./scratch";
import type { Check, CheckOutcome, CheckResult, Scratch, SelfTestHost, SelfTestReport } from "./types";

/** Every check, in the order they run; the clean-up check follows them. */
export const CHECKS: readonly Check[] = [
  requirementsCheck,
  ...CELL_CHECKS,
  ...TABLE_CHECKS,
  ...RULE_CHECKS,
  chartCheck,
  settingsCheck,
  budgetCheck,
  cspCheck,
];

export const CLEANUP_CHECK_ID = "scratch-removed";

function highestExcelApi(host: SelfTestHost): string | null {
  let highest: string | null = null;
  for (let minor = 1; minor <= 30; minor++) {
    try {
      if (host.isSetSupported("ExcelApi", `1.${minor}`)) highest = `1.${minor}`;
    } catch {
      // A host that cannot answer for a version has none of it.
    }
  }
  return highest;
}

/** The host, platform, version and requirement sets, as the report opens with them. */
export function hostEnvironment(host: SelfTestHost): SelfTestReport["environment"] {
  const versions = [...new Set(Object.values(FEATURE_SET))].sort(
    (a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]),
  );
  return {
    host: host.diagnostics?.host ?? "",
    platform: host.diagnostics?.platform ?? "",
    version: host.diagnostics?.version ?? "",
    sets: versions.map((v) => {
      let supported = false;
      try {
        supported = host.isSetSupported("ExcelApi", v);
      } catch {
        supported = false;
      }
      return { name: `ExcelApi ${v}`, supported };
    }),
    highestExcelApi: highestExcelApi(host),
    emulated: host.emulated,
  };
}

async function createSheet(host: SelfTestHost, scratch: Scratch): Promise<CheckOutcome | null> {
  try {
    await host.run(async (context) => {
      context.workbook.worksheets.add(scratch.sheet);
      await context.sync();
    });
    return null;
  } catch (e) {
    return failedWith(e);
  }
}

/**
 * Deletes what the checks made; each step on its own, so one failure does not keep the rest. The
 * sheet only when this run made it: a sheet of that name that was there before is the user's.
 */
async function cleanUp(
  host: SelfTestHost,
  scratch: Scratch,
  madeSheet: boolean,
): Promise<{ problems: string[]; settingKept: boolean }> {
  const problems: string[] = [];
  let settingKept = false;
  const step = async (body: () => Promise<void>): Promise<void> => {
    try {
      await body();
    } catch (e) {
      problems.push(errorText(e));
    }
  };
  await step(() =>
    host.run(async (context) => {
      const names = context.workbook.names;
      names.load("items/name");
      await context.sync();
      // Names first: a name referring to the sheet would otherwise stay behind as #REF!.
      for (const item of names.items) if (item.name.startsWith(scratch.prefix)) item.delete();
      await context.sync();
    }),
  );
  if (madeSheet)
    await step(() =>
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(scratch.sheet);
        await context.sync();
        if (!ws.isNullObject) ws.delete();
        await context.sync();
      }),
    );
  await step(async () => {
    settingKept = !(await removeSetting(host.settings as RemovableSettings | null, scratch.settingKey));
  });
  return { problems, settingKept };
}

/**
 * What is left of the scratch objects: the sheet, names, tables, the setting. `settingKept`: the
 * clean-up could only set the setting to null, which reads back as if it were gone but is not.
 */
async function leftovers(
  host: SelfTestHost,
  scratch: Scratch,
  madeSheet: boolean,
  settingKept: boolean,
): Promise<string[]> {
  return host.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(scratch.sheet);
    const names = context.workbook.names;
    names.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const left: string[] = [];
    if (madeSheet && !ws.isNullObject) left.push(scratch.sheet);
    for (const item of [...names.items, ...tables.items])
      if (item.name.startsWith(scratch.prefix)) left.push(item.name);
    const setting = host.settings?.get(scratch.settingKey);
    if (setting !== null && setting !== undefined) left.push(scratch.settingKey);
    else if (settingKept) left.push(`${scratch.settingKey} = null`);
    return left;
  });
}

function cleanupCheck(): Pick<CheckResult, "id" | "description" | "approximation"> {
  return { id: CLEANUP_CHECK_ID, description: { key: "st.check.cleanup" }, approximation: null };
}

export interface RunOptions {
  /** Makes the scratch names predictable (tests); random by default. */
  token?: string;
  /** Called after each check, for a view that shows progress. */
  onResult?: (result: CheckResult) => void;
}

export async function runSelfTest(host: SelfTestHost, options: RunOptions = {}): Promise<SelfTestReport> {
  const scratch = scratchFor(options.token ?? newToken());
  const results: CheckResult[] = [];
  const record = (
    check: Pick<Check, "id" | "description" | "approximation">,
    outcome: CheckOutcome,
  ): void => {
    const result: CheckResult = { ...check, ok: outcome.ok, detail: outcome.detail };
    if (outcome.skipped === true) result.skipped = true;
    results.push(result);
    options.onResult?.(result);
  };
  // First, so that what the checks' own requests set off is heard too.
  const csp = startCspWatch(scratch, host.securityEvents, host.blockedBefore?.() ?? []);
  const noSheet = await createSheet(host, scratch);
  try {
    for (const check of CHECKS) {
      if (check.needsSheet && noSheet) {
        record(check, {
          ok: false,
          detail: { key: "st.detail.skipped", params: { error: String(noSheet.detail.params?.error ?? "") } },
        });
        continue;
      }
      let outcome: CheckOutcome;
      try {
        outcome = await check.run(host, scratch);
      } catch (e) {
        outcome = failedWith(e);
      }
      record(check, outcome);
    }
  } finally {
    const { problems, settingKept } = await cleanUp(host, scratch, noSheet === null);
    let outcome: CheckOutcome;
    try {
      const left = await leftovers(host, scratch, noSheet === null, settingKept);
      outcome =
        left.length > 0
          ? { ok: false, detail: { key: "st.detail.left", params: { what: left.join(", ") } } }
          : problems.length > 0
            ? { ok: false, detail: { key: "st.detail.error", params: { error: problems.join("; ") } } }
            : expectEqual([], left);
    } catch (e) {
      outcome = failedWith(e);
    }
    record(cleanupCheck(), outcome);
    csp?.stop();
  }
  const passed = results.filter((r) => r.ok && r.skipped !== true).length;
  const skipped = results.filter((r) => r.skipped === true).length;
  return {
    environment: hostEnvironment(host),
    results,
    passed,
    failed: results.length - passed - skipped,
    skipped,
  };
}
