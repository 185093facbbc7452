// Workbooks as an interrupted self-test leaves them, and a user's sheets and names that only look
// like the self-test's (test/selftest/leftovers.test.ts, test/taskpane/SelfTestView.test.tsx).
import { scratchFor } from "../../src/selftest";
import type { Emulator } from "../emulator";

/** Sheets and names a user could have made that resemble the self-test's, but are not its. */
export async function withLookalikes(emu: Emulator): Promise<void> {
  for (const sheet of ["MU-selftest-notes", "MU-selftest-abcd12345", "Kopia MU-selftest-abcd1234"]) {
    emu.workbook.addSheet(sheet);
    emu.workbook.typeValues(sheet, "A1", [["the user's own"]]);
  }
  await emu.Excel.run(async (context) => {
    context.workbook.names.add("MU_Selftest_Budget", "=1");
    context.workbook.names.add("MU_Selftest_abcd123_Ref", "=2");
    await context.sync();
  });
}

/** What a run cut off after the names check leaves: the sheet, two names, the saved setting. */
export async function interruptedRun(emu: Emulator, token: string): Promise<void> {
  const { sheet, prefix, settingKey } = scratchFor(token);
  emu.workbook.addSheet(sheet);
  await emu.Excel.run(async (context) => {
    context.workbook.names.add(`${prefix}Ref`, `='${sheet}'!$O$1:$O$2`);
    context.workbook.names.add(`${prefix}Sum`, `=SUM(${prefix}Ref)*2`);
    await context.sync();
  });
  const settings = emu.Office.context.document.settings;
  settings.set(settingKey, { check: settingKey });
  await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
}
