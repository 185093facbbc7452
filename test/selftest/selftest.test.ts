/**
 * The self-test (src/selftest) against the emulator, as `npm run selftest` runs it: every check
 * passes, at least 15 of them, the scratch sheet is gone and the user's workbook (a loaded goal
 * table, its settings) is as it was. And the checks can fail: each that depends on a behaviour
 * fails when the emulator lacks it, and the clean-up still runs.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { bundledStructure } from "../../src/domain";
import { createService } from "../../src/excel";
import { CHECKS, CLEANUP_CHECK_ID, reportText, runSelfTest } from "../../src/selftest";
import { t } from "../../src/i18n/selftestStrings";
import { createEmulator, type Emulator } from "../emulator";
import { emulatorHost, runOnEmulator, selftestEmulator } from "./emulator";

async function withGoalTable(emu: Emulator): Promise<void> {
  const service = createService(emu.Excel.run as never, {
    isSetSupported: (set, version) => emu.Office.context.requirements.isSetSupported(set, version),
  });
  await service.applyLoad(bundledStructure(), "sv");
  // A setting of the user's own, which the settings check must leave alone.
  emu.Office.context.document.settings.set("maluppfoljning.year", 2024);
  await new Promise<void>((resolve) => emu.Office.context.document.settings.saveAsync(() => resolve()));
}

const failedIds = (run: { report: { results: { id: string; ok: boolean }[] } }): string[] =>
  run.report.results.filter((r) => !r.ok).map((r) => r.id);

describe("the self-test against the emulator", () => {
  it("passes every check (at least 15), one line each and a closing count", async () => {
    const run = await runOnEmulator("en");
    expect(run.report.results.length).toBeGreaterThanOrEqual(15);
    expect(run.report.results.map((r) => r.id)).toEqual([...CHECKS.map((c) => c.id), CLEANUP_CHECK_ID]);
    expect(failedIds(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.lines).toHaveLength(run.report.results.length + 1);
    expect(run.lines.slice(0, -1).every((line) => line.startsWith("✓ "))).toBe(true);
    expect(run.lines[run.lines.length - 1]).toBe(`${run.report.results.length} passed, 0 failed`);
    // A check the emulator only approximates says so, in its line.
    for (const check of CHECKS.filter((c) => c.approximation !== null)) {
      const line = run.lines.find((l) => l.startsWith(`✓ ${check.id} `));
      expect(line).toContain(t("en", check.approximation!));
    }
  });

  it("leaves a workbook with a loaded goal table, and its settings, as they were", async () => {
    const emu = selftestEmulator();
    await withGoalTable(emu);
    const before = emu.workbook.dump();
    const settingsBefore = emu.workbook.savedSettings();
    const tablesBefore = emu.workbook.tables();
    const run = await runOnEmulator("sv", emu);
    expect(failedIds(run)).toEqual([]);
    expect(emu.workbook.dump()).toEqual(before);
    expect(emu.workbook.tables()).toEqual(tablesBefore);
    expect(emu.workbook.savedSettings()).toEqual(settingsBefore);
    expect(emu.workbook.sheetNames().some((n) => n.startsWith("MU-selftest-"))).toBe(false);
    expect(run.lines[run.lines.length - 1]).toBe(`${run.report.results.length} godkända, 0 underkända`);
  });

  it("fails the table check where tables do not grow over a row written below them", async () => {
    const emu = createEmulator({ sheets: ["Blad1"], autoExpandTables: false });
    const run = await runOnEmulator("en", emu);
    expect(failedIds(run)).toEqual(["table-expand"]);
    expect(run.exitCode).toBe(1);
    expect(run.lines[run.lines.length - 1]).toBe(`${run.report.results.length - 1} passed, 1 failed`);
    expect(run.lines.find((l) => l.startsWith("✗ table-expand "))).toContain(
      'expected "F10:G12", got "F10:G11"',
    );
    expect(emu.workbook.sheetNames()).toEqual(["Blad1"]);
  });

  it("names what an old Excel lacks, and still cleans up", async () => {
    const emu = createEmulator({ sheets: ["Blad1"], apiVersion: "1.7", autoExpandTables: true });
    const run = await runOnEmulator("en", emu);
    const failed = failedIds(run);
    expect(failed).toContain("requirement-sets");
    // Data validation (1.8) and the table filter's state (1.9) are refused by such a host.
    expect(failed).toContain("list-validation");
    expect(failed).toContain("filtered-table");
    expect(failed).not.toContain(CLEANUP_CHECK_ID);
    expect(run.lines.find((l) => l.startsWith("✗ requirement-sets "))).toContain("missing: ExcelApi 1.8");
    expect(emu.workbook.sheetNames()).toEqual(["Blad1"]);
  });

  it("reports a refused command as that check's failure, the others unaffected", async () => {
    const emu = selftestEmulator();
    emu.faults.failCommand("Filter.applyValuesFilter", { code: "GeneralException", message: "Refused." });
    const run = await runOnEmulator("en", emu);
    expect(failedIds(run)).toEqual(["filtered-table"]);
    expect(run.lines.find((l) => l.startsWith("✗ filtered-table "))).toContain("GeneralException");
    expect(emu.workbook.sheetNames()).toEqual(["Blad1"]);
  });

  it("fails the clean-up check when the scratch sheet cannot be deleted", async () => {
    const emu = selftestEmulator();
    emu.faults.failCommand("Worksheet.delete", { code: "AccessDenied", message: "No." });
    const report = await runSelfTest(emulatorHost(emu), { token: "t1" });
    const cleanup = report.results[report.results.length - 1];
    expect(cleanup.id).toBe(CLEANUP_CHECK_ID);
    expect(cleanup.ok).toBe(false);
    expect(reportText(report, "en")).toContain("left behind: MU-selftest-t1");
  });

  it("fails the clean-up check when the settings can only set the key to null, not remove it", async () => {
    const emu = selftestEmulator();
    const settings = emu.Office.context.document.settings;
    // Document settings without `remove`: the clean-up can only write null, and the key stays.
    const withoutRemove = {
      get: (name: string) => settings.get(name),
      set: (name: string, value: unknown) => settings.set(name, value),
      saveAsync: settings.saveAsync.bind(settings),
      refreshAsync: settings.refreshAsync.bind(settings),
    };
    const host = { ...emulatorHost(emu), settings: withoutRemove as never };
    const report = await runSelfTest(host, { token: "t3" });
    const cleanup = report.results[report.results.length - 1];
    expect(cleanup.id).toBe(CLEANUP_CHECK_ID);
    expect(emu.workbook.savedSettings()).toHaveProperty(["maluppfoljning.selftest.t3"], null);
    expect(cleanup.ok).toBe(false);
    expect(reportText(report, "en")).toContain("left behind: maluppfoljning.selftest.t3 = null");
  });

  it("fails the checks that need the scratch sheet when it cannot be made, and says why", async () => {
    const emu = selftestEmulator();
    emu.workbook.addSheet("MU-selftest-t2");
    emu.workbook.typeValues("MU-selftest-t2", "A1", [["the user's own"]]);
    const report = await runSelfTest(emulatorHost(emu), { token: "t2" });
    const byId = new Map(report.results.map((r) => [r.id, r]));
    expect(byId.get("requirement-sets")?.ok).toBe(true);
    expect(byId.get("text-equals")?.ok).toBe(false);
    expect(byId.get("text-equals")?.detail.key).toBe("st.detail.skipped");
    // A sheet of that name that the self-test did not make is the user's: never deleted.
    expect(emu.workbook.values("MU-selftest-t2", "A1")).toEqual([["the user's own"]]);
  });

  it("puts the host, platform, version and requirement sets in the copyable report", async () => {
    const { report } = await runOnEmulator("en");
    const text = reportText(report, "en");
    expect(text).toContain("Host: Excel · platform: OfficeOnline · version: 16.0.18000.10000");
    expect(text).toContain("ExcelApi 1.8 ✓");
    expect(text).toContain("highest ExcelApi: 1.17");
    expect(text).toContain("Run against the emulator");
    expect(text.split("\n").slice(-1)[0]).toMatch(/^\d+ passed, 0 failed$/);
  });

  it("runs from the command line as `npm run selftest` does", () => {
    const root = path.resolve(__dirname, "..", "..");
    const out = spawnSync(process.execPath, [path.join(root, "scripts", "selftest.mjs")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split("\n");
    // It says what it is: the checks against the emulator, not Excel's behaviour.
    expect(lines[0]).toBe(t("en", "st.env.emulator"));
    expect(lines[0]).toContain("a smoke test of the checks themselves");
    expect(lines[0]).toContain("Only a report from Excel shows how Excel behaves.");
    expect(lines.length).toBeGreaterThanOrEqual(17);
    expect(lines[lines.length - 1]).toMatch(/^\d+ passed, 0 failed$/);
  }, 60_000);
});
