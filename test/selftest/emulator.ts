// The self-test against the emulator: the same checks the pane runs in Excel (src/selftest), with
// the emulator standing in for Excel. `npm run selftest` (scripts/selftest.mjs) prints what this
// returns; test/selftest/selftest.test.ts checks it.
import type { Lang } from "../../src/i18n/lang";
import { checkLines, runSelfTest, type SelfTestHost, type SelfTestReport } from "../../src/selftest";
import { createEmulator, type Emulator } from "../emulator";

/** An emulated Excel as the self-test needs it: tables grow over rows written below them, as Excel's do. */
export function selftestEmulator(): Emulator {
  return createEmulator({ sheets: ["Blad1"], autoExpandTables: true, sheetBaseName: "Blad" });
}

export function emulatorHost(emu: Emulator): SelfTestHost {
  const office = emu.Office.context;
  return {
    run: emu.Excel.run as never,
    isSetSupported: (set, version) => office.requirements.isSetSupported(set, version),
    settings: office.document.settings as unknown as SelfTestHost["settings"],
    diagnostics: office.diagnostics,
    emulated: true,
    // No browser, no policy: a stand-in for the document that no refusal reaches (st.approx.csp).
    securityEvents: new EventTarget(),
  };
}

export interface EmulatorRun {
  report: SelfTestReport;
  lines: string[];
  exitCode: number;
}

/** Runs every check on `emu` (a fresh emulated workbook by default) and the lines to print. */
export async function runOnEmulator(lang: Lang, emu: Emulator = selftestEmulator()): Promise<EmulatorRun> {
  const report = await runSelfTest(emulatorHost(emu));
  return { report, lines: checkLines(report, lang), exitCode: report.failed === 0 ? 0 : 1 };
}
