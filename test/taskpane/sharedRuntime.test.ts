// The ribbon's commands as the task pane's page registers them (src/commands/commands.ts, first in
// the taskpane entry): associated with Office when the page loads, their code loaded on the first
// click, run in the pane's runtime against the same document settings the pane uses, and the
// Office event completed on every path, a chunk that fails to load included.
import { lazyCommand } from "../../src/commands/commands";
import { readSettings, saveSettings, officeSettingsStore, SETTING_KEYS } from "../../src/office/settings";
import { strings } from "../../src/i18n";
import { createEmulator, installGlobals, type Emulator } from "../emulator";

describe("commands registered by the task pane's page", () => {
  let emu: Emulator;
  let uninstall: () => void;

  beforeEach(() => {
    emu = createEmulator({ displayLanguage: "sv-SE" });
    uninstall = installGlobals(emu);
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });

  afterEach(() => {
    uninstall();
    jest.restoreAllMocks();
  });

  /** Loads the page's registration as the browser does, with Office already there. */
  function loadPage(): void {
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
  }

  it("associates every command as the page loads, before any code of theirs has loaded", () => {
    loadPage();
    expect(emu.actions.names().sort()).toEqual(["refreshSummary", "validateGoals"]);
  });

  it("runs a command in the pane's runtime: it reads the language the pane just set, and the pane reads its outcome", async () => {
    loadPage();
    const pane = officeSettingsStore();
    // The pane switches to English; in a shared runtime the command reads this very object.
    await saveSettings(pane, { lang: "en" });
    await emu.actions.invoke("validateGoals");
    const outcome = readSettings(pane).lastCommand;
    expect(outcome?.command).toBe("validateGoals");
    // English, the pane's language, not the Swedish display language: the command read the pane's setting.
    expect(outcome?.text.startsWith(strings.en["tp.command.failed"].split("{message}")[0])).toBe(true);
    expect(readSettings(pane).lang).toBe("en");
    // Saved to the document too, for a pane that opens later.
    expect(emu.Office.context.document.settings.get(SETTING_KEYS.lastCommand)).toEqual(outcome);
  });

  it("completes the event when the commands' code cannot load, and says so in both languages", async () => {
    const errors: string[] = [];
    const completed = jest.fn();
    await lazyCommand("refreshSummary", () => Promise.reject(new Error("chunk refused")), {
      error: (m: string) => errors.push(m),
    })({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    const sv = strings.sv["ui.command.failed"]
      .replace("{command}", "refreshSummary")
      .replace("{message}", "chunk refused");
    const en = strings.en["ui.command.failed"]
      .replace("{command}", "refreshSummary")
      .replace("{message}", "chunk refused");
    expect(errors).toEqual([`${sv} / ${en}`]);
  });

  it("does not keep the pane from opening in a host without Office.actions", () => {
    (emu.Office as unknown as { actions?: unknown }).actions = undefined;
    expect(() => loadPage()).not.toThrow();
  });
});
