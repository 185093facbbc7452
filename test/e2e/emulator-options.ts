// Options for the emulator that stands in for office.js in the browser; imported before the
// emulator's browser entry reads them. Swedish Excel, as the officials use; the emulator's default
// requirement sets (the newest ExcelApi, like Microsoft 365 and Excel on the web).
import type { EmulatorOptions } from "../emulator";

const w = window as unknown as { __emulatorOptions?: EmulatorOptions };
w.__emulatorOptions = {
  displayLanguage: "sv-SE",
  sheets: ["Blad1"],
  sheetBaseName: "Blad",
  ...(w.__emulatorOptions ?? {}),
};
