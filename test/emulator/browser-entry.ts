/**
 * Browser bundle entry: installs a fresh emulator as `window.Office`, `window.Excel` and
 * `window.OfficeExtension` (what office.js would provide) and exposes it as `window.__emulator`
 * so a Playwright test can inspect the workbook (`__emulator.workbook.dump()`), stats and faults.
 *
 * Options can be given before the script loads: `window.__emulatorOptions = { displayLanguage: "en-US" }`.
 *
 *   npx esbuild test/emulator/browser-entry.ts --bundle --format=iife --outfile=/tmp/emu.js
 */
import { createEmulator, installGlobals, type Emulator, type EmulatorOptions } from "./index";

declare global {
  interface Window {
    __emulator?: Emulator;
    __emulatorOptions?: EmulatorOptions;
  }
}

const emulator = createEmulator(window.__emulatorOptions ?? {});
installGlobals(emulator, window);
window.__emulator = emulator;
