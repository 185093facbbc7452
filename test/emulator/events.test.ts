// Selection and its events, as the goal view uses them: select(), getSelectedRange(), and the
// workbook's and worksheets' onSelectionChanged (registered at sync, called after the change).
import { createEmulator } from "./index";

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

describe("emulator: selection events", () => {
  test("range.select() moves the selection that getSelectedRange() reads", async () => {
    const emu = createEmulator({ sheets: ["Mål", "Blad2"] });
    const address = await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad2").getRange("B3:C4").select();
      await context.sync();
      const sel = context.workbook.getSelectedRange();
      sel.load("address,rowIndex");
      await context.sync();
      return [sel.address, sel.rowIndex];
    });
    expect(address).toEqual(["Blad2!B3:C4", 2]);
    expect(emu.workbook.activeSheet).toBe("Blad2");
  });

  test("workbook handlers hear every change, after it, once registered at sync", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    const heard: unknown[] = [];
    const result = await emu.Excel.run(async (context) => {
      const r = context.workbook.onSelectionChanged.add((args) => {
        heard.push(args);
      });
      // Not registered until the sync.
      expect(emu.workbook.selectionListenerCount).toBe(0);
      await context.sync();
      return r;
    });
    expect(emu.workbook.selectionListenerCount).toBe(1);
    emu.workbook.select("Mål", "A5");
    expect(heard).toHaveLength(0); // delivered later, not inside the change
    await tick();
    expect(heard).toEqual([{ type: "WorkbookSelectionChanged", source: "Local" }]);
    emu.workbook.select("Mål", "A5"); // no change, no event
    await tick();
    expect(heard).toHaveLength(1);
    await emu.Excel.run(async () => {
      result.remove();
      await result.context.sync();
    });
    emu.workbook.select("Mål", "B6");
    await tick();
    expect(heard).toHaveLength(1);
    expect(emu.workbook.selectionListenerCount).toBe(0);
  });

  test("a worksheet's handler hears its own sheet only, with the address", async () => {
    const emu = createEmulator({ sheets: ["Mål", "Blad2"] });
    const heard: unknown[] = [];
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").onSelectionChanged.add((a) => heard.push(a));
      await context.sync();
    });
    emu.workbook.select("Blad2", "C3");
    emu.workbook.select("Mål", "B2:C3");
    await tick();
    expect(heard).toEqual([expect.objectContaining({ type: "WorksheetSelectionChanged", address: "B2:C3" })]);
  });

  test("select() from code fires the event too; worksheet events need ExcelApi 1.7", async () => {
    const emu = createEmulator({ sheets: ["Mål"], apiVersion: "1.6" });
    let heard = 0;
    await emu.Excel.run(async (context) => {
      context.workbook.onSelectionChanged.add(() => (heard += 1));
      await context.sync();
      context.workbook.worksheets.getItem("Mål").getRange("D4").select();
      await context.sync();
    });
    await tick();
    expect(heard).toBe(1);
    await expect(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Mål").onSelectionChanged.add(() => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
