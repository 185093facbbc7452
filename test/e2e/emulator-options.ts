// Options for the emulator that stands in for office.js in the browser; imported before the
// emulator's browser entry reads them. ExcelApi 1.8 is Excel 2019's level: everything the adapter
// requires, without the optional print setup (1.9 pageLayout, which the emulator does not have).
import type { EmulatorOptions } from "../emulator";

const w = window as unknown as { __emulatorOptions?: EmulatorOptions };
w.__emulatorOptions = { displayLanguage: "sv-SE", apiVersion: "1.8", ...(w.__emulatorOptions ?? {}) };
