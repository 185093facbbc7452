// The ribbon's function commands wired as the function file wires them (src/commands/ribbon.ts):
// they run the adapter, keep the outcome in the document and show it in a dialog, and the Office
// event completes only once the user has closed that dialog.
import { commandFunction, setCommandHandlers } from "../../src/commands/actions";
import { excelCommandHandlers } from "../../src/commands/ribbon";
import { SETTING_KEYS } from "../../src/office/settings";
import { parseOutcomeQuery } from "../../src/office/ribbonOutcome";
import { FakeSettings, fakeService, summaryResult } from "./fakes";

describe("ribbon handlers in the function file", () => {
  let settings: FakeSettings;
  let dialogs: { url: string; closeByUser(): void; closed: jest.Mock }[];

  beforeEach(() => {
    settings = new FakeSettings();
    dialogs = [];
    const ui = {
      displayDialogAsync: (url: string, _options: unknown, cb: (r: unknown) => void) => {
        const handlers = new Map<string, () => void>();
        const closed = jest.fn();
        dialogs.push({ url, closed, closeByUser: () => handlers.get("dialogMessageReceived")?.() });
        cb({
          status: "succeeded",
          value: { close: closed, addEventHandler: (t: string, h: () => void) => handlers.set(t, h) },
        });
      },
    };
    (globalThis as { Office?: unknown }).Office = {
      context: { displayLanguage: "sv-SE", document: { settings }, ui },
    };
    // The function file's address (the task pane's page), next to which outcome.html is served.
    (globalThis as { window?: unknown }).window = {
      location: { href: "https://addin.example/app/taskpane.html" },
    };
  });

  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    delete (globalThis as { window?: unknown }).window;
    setCommandHandlers({ validate: undefined, refreshSummary: undefined });
  });

  it("Refresh summary reports in a dialog and completes after the user closes it", async () => {
    const service = fakeService();
    service.refreshSummary.mockResolvedValueOnce(summaryResult());
    setCommandHandlers(excelCommandHandlers(service));
    const completed = jest.fn();
    const running = commandFunction("refreshSummary", { warn: jest.fn(), error: jest.fn() })({ completed });
    await new Promise((r) => setTimeout(r, 20));
    expect(service.refreshSummary).toHaveBeenCalledWith("sv");
    expect(dialogs).toHaveLength(1);
    const query = parseOutcomeQuery(new URL(dialogs[0].url).search);
    expect(query).toEqual({
      lang: "sv",
      ok: true,
      text: "Sammanfattningen på bladet Sammanfattning är uppdaterad (66 mål).",
    });
    expect(new URL(dialogs[0].url).pathname).toBe("/app/outcome.html");
    expect(completed).not.toHaveBeenCalled();
    dialogs[0].closeByUser();
    await running;
    expect(dialogs[0].closed).toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
    expect((settings.persisted.get(SETTING_KEYS.lastCommand) as { text: string }).text).toBe(query.text);
  });

  it("Validate works without a dialog API and still completes", async () => {
    (globalThis as { Office: { context: { ui?: unknown } } }).Office.context.ui = undefined;
    const service = fakeService();
    setCommandHandlers(excelCommandHandlers(service));
    const completed = jest.fn();
    await commandFunction("validateGoals", { warn: jest.fn(), error: jest.fn() })({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(settings.persisted.get(SETTING_KEYS.lastCommand)).toMatchObject({
      command: "validateGoals",
      ok: true,
      text: "Validering klar för 66 mål: 0 fel, 0 varningar, 0 att rätta till.",
    });
  });
});
