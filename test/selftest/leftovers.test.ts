/**
 * What an interrupted self-test leaves (src/selftest/leftovers.ts), against the emulator: a run
 * whose clean-up Excel refused, or one cut off mid-run, leaves its scratch sheet, names and
 * setting; the next look lists exactly those (the self-test's own naming scheme) and removes only
 * what it listed. A user's sheet or name that merely looks alike is never touched.
 */
import {
  SCRATCH_NAME,
  SCRATCH_SETTING,
  SCRATCH_SHEET,
  findLeftovers,
  isEmpty,
  newToken,
  removeLeftovers,
  runSelfTest,
  scratchFor,
  type SelfTestHost,
} from "../../src/selftest";
import type { Emulator } from "../emulator";
import { emulatorHost, selftestEmulator } from "./emulator";
import { interruptedRun, withLookalikes } from "./leftover-fixtures";

const nameList = (emu: Emulator): Promise<string[]> =>
  emu.Excel.run(async (context) => {
    const names = context.workbook.names;
    names.load("items/name");
    await context.sync();
    return names.items.map((n) => n.name);
  });

describe("leftovers of an earlier self-test", () => {
  it("a run whose clean-up Excel refused: the next look lists its sheet and names, and removes only them", async () => {
    const emu = selftestEmulator();
    await withLookalikes(emu);
    const host = emulatorHost(emu);
    const namesBefore = await nameList(emu);
    // As in cell-edit mode: Excel refuses the clean-up's deletes.
    emu.faults.failCommand("NamedItem.delete", { code: "InvalidOperation", message: "Cell edit mode." });
    emu.faults.failCommand("Worksheet.delete", { code: "InvalidOperation", message: "Cell edit mode." });
    const report = await runSelfTest(host, { token: "k3x9q2ab" });
    expect(report.results[report.results.length - 1].ok).toBe(false);

    const found = await findLeftovers(host);
    expect(found).toEqual({
      sheets: ["MU-selftest-k3x9q2ab"],
      names: ["MU_Selftest_k3x9q2ab_Ref", "MU_Selftest_k3x9q2ab_Sum"],
      settings: [],
    });
    const removal = await removeLeftovers(host, found);
    expect(removal).toEqual({ left: { sheets: [], names: [], settings: [] }, errors: [] });
    expect(isEmpty(await findLeftovers(host))).toBe(true);
    expect(emu.workbook.sheetNames()).toEqual([
      "Blad1",
      "MU-selftest-notes",
      "MU-selftest-abcd12345",
      "Kopia MU-selftest-abcd1234",
    ]);
    expect(emu.workbook.values("MU-selftest-notes", "A1")).toEqual([["the user's own"]]);
    expect(await nameList(emu)).toEqual(namesBefore);
  });

  it("a run cut off mid-way: its setting too; only what was listed is removed, the user's settings stay", async () => {
    const emu = selftestEmulator();
    await withLookalikes(emu);
    const settings = emu.Office.context.document.settings;
    settings.set("maluppfoljning.year", 2024);
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    await interruptedRun(emu, "zz11yy22");
    const host = emulatorHost(emu);

    const found = await findLeftovers(host);
    expect(found).toEqual({
      sheets: ["MU-selftest-zz11yy22"],
      names: ["MU_Selftest_zz11yy22_Ref", "MU_Selftest_zz11yy22_Sum"],
      settings: ["maluppfoljning.selftest.zz11yy22"],
    });
    // Appears after the user was asked: not part of what they agreed to remove.
    await interruptedRun(emu, "new00000");
    const removal = await removeLeftovers(host, found);
    expect(removal.errors).toEqual([]);
    expect(removal.left).toEqual({ sheets: [], names: [], settings: [] });
    expect(emu.workbook.sheetNames()).toContain("MU-selftest-new00000");
    expect(emu.workbook.sheetNames()).not.toContain("MU-selftest-zz11yy22");
    expect(emu.workbook.savedSettings()).toEqual({
      "maluppfoljning.year": 2024,
      "maluppfoljning.selftest.new00000": { check: "maluppfoljning.selftest.new00000" },
    });
  });

  it("never removes what is not of the self-test's scheme, even when asked to", async () => {
    const emu = selftestEmulator();
    await withLookalikes(emu);
    const settings = emu.Office.context.document.settings;
    settings.set("maluppfoljning.year", 2024);
    settings.set("maluppfoljning.selftest.notes", "the user's own");
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    const host = emulatorHost(emu);
    const namesBefore = await nameList(emu);
    expect(isEmpty(await findLeftovers(host))).toBe(true);
    const removal = await removeLeftovers(host, {
      sheets: ["MU-selftest-notes", "MU-selftest-abcd12345"],
      names: ["MU_Selftest_Budget", "MU_Selftest_abcd123_Ref"],
      settings: ["maluppfoljning.year", "maluppfoljning.selftest.notes"],
    });
    expect(removal.errors).toEqual([]);
    expect(emu.workbook.sheetNames()).toHaveLength(4);
    expect(await nameList(emu)).toEqual(namesBefore);
    expect(emu.workbook.savedSettings()).toEqual({
      "maluppfoljning.year": 2024,
      "maluppfoljning.selftest.notes": "the user's own",
    });
  });

  it("says what Excel refused to remove, and still removes the rest", async () => {
    const emu = selftestEmulator();
    await interruptedRun(emu, "q1w2e3r4");
    const host: SelfTestHost = emulatorHost(emu);
    emu.faults.failCommand("Worksheet.delete", { code: "AccessDenied", message: "No." });
    const removal = await removeLeftovers(host, await findLeftovers(host));
    expect(removal.left).toEqual({ sheets: ["MU-selftest-q1w2e3r4"], names: [], settings: [] });
    expect(removal.errors.join(" ")).toContain("AccessDenied");
  });

  it("every token a run makes fits the scheme, so a run's leftovers are always found", () => {
    const random = jest.spyOn(Math, "random");
    try {
      for (const r of [0, 0.5, 0.25, 1e-9, 0.999999999, 0.123456789]) {
        random.mockReturnValue(r);
        const { sheet, prefix, settingKey } = scratchFor(newToken());
        expect(sheet).toMatch(SCRATCH_SHEET);
        expect(`${prefix}Ref`).toMatch(SCRATCH_NAME);
        expect(settingKey).toMatch(SCRATCH_SETTING);
      }
    } finally {
      random.mockRestore();
    }
  });
});
