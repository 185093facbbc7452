import path from "path";
import vm from "vm";
import { buildSync } from "esbuild";
import type { Emulator } from "./index";

/**
 * The emulator must bundle for Chromium (the end-to-end test serves it in place of office.js):
 * no Node modules in the bundle, and loading it installs the globals.
 */
describe("browser bundle", () => {
  const result = buildSync({
    entryPoints: [path.join(__dirname, "browser-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;

  test("builds without Node-only modules", () => {
    expect(result.errors).toEqual([]);
    expect(code).not.toMatch(/require\(["'](fs|path|child_process|exceljs)["']\)/);
    expect(code.length).toBeLessThan(400_000);
  });

  test("installs Office, Excel, OfficeExtension and __emulator on window, honouring __emulatorOptions", async () => {
    const window: Record<string, unknown> = {
      __emulatorOptions: { displayLanguage: "en-GB", sheets: ["Blad1"] },
    };
    // Only what a browser offers: no require, no process.
    vm.runInNewContext(code, { window, setTimeout, clearTimeout, TextEncoder, console, Promise });
    const emu = window.__emulator as Emulator;
    expect(window.Excel).toBe(emu.Excel);
    expect(window.Office).toBe(emu.Office);
    expect(window.OfficeExtension).toBe(emu.OfficeExtension);
    expect(emu.Office.context.displayLanguage).toBe("en-GB");
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["hej"]];
      await context.sync();
    });
    expect(emu.workbook.dump().sheets[0].cells).toEqual({ A1: { value: "hej" } });
    expect(emu.stats.syncs).toBe(1);
  });
});
