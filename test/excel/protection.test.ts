// A workbook whose structure is protected (Review › Protect Workbook) takes no new sheet. A
// command that would add one is refused before it writes anything, so the workbook is as it was
// and the message says what to do; a command that adds no sheet still runs.
import { bundledStructure } from "../../src/domain";
import { AddinError } from "../../src/excel";
import { edit, setup, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

async function protectStructure(): Promise<void> {
  await edit(s.emu, (context) => context.workbook.protection.protect());
}

async function refusal(run: () => Promise<unknown>): Promise<AddinError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AddinError);
  return error as AddinError;
}

test("the emulator refuses a new sheet while the structure is protected, as Excel does", async () => {
  await protectStructure();
  await expect(edit(s.emu, (context) => void context.workbook.worksheets.add("Ny"))).rejects.toMatchObject({
    code: "AccessDenied",
  });
  await edit(s.emu, (context) => context.workbook.protection.unprotect());
  await edit(s.emu, (context) => void context.workbook.worksheets.add("Ny"));
  expect(s.emu.workbook.sheetNames()).toContain("Ny");
});

test("a load into a protected workbook is refused before anything is written", async () => {
  await protectStructure();
  const before = s.emu.workbook.dump();
  s.emu.resetStats();
  const e = await refusal(() => s.service.applyLoad(bundledStructure(), "sv"));
  expect(e.code).toBe("protected-sheet");
  expect(e.state).toBe("unchanged");
  expect(e.messages.sv).toContain("Arbetsbokens struktur är skyddad");
  expect(e.messages.sv).toContain("Inget har ändrats");
  expect(e.messages.en).toContain("structure is protected");
  expect(s.emu.workbook.dump()).toEqual(before);
  // The probe only (a new workbook has nothing more to read): no write was sent to be refused.
  expect(s.emu.stats.syncs).toBe(1);
});

test("commands that add no sheet still run in a protected workbook; one that would add a sheet is refused", async () => {
  await s.service.applyLoad(bundledStructure(), "sv");
  await protectStructure();
  const refreshed = await s.service.refreshSummary("sv");
  expect(refreshed.sheet).toBe("Sammanfattning");
  // The summary sheet gone (deleted before the workbook was protected): a refresh would add it.
  await edit(s.emu, (context) => context.workbook.protection.unprotect());
  await edit(s.emu, (context) => context.workbook.worksheets.getItem("Sammanfattning").delete());
  await protectStructure();
  const before = s.emu.workbook.dump();
  const e = await refusal(() => s.service.refreshSummary("sv"));
  expect(e.messages.sv).toContain("lägga till bladet Sammanfattning");
  expect(s.emu.workbook.dump()).toEqual(before);
});
