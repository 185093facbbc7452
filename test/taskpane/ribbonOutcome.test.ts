// The ribbon's function commands: they run without the task pane, report their outcome to the
// user and leave it in the document for the task pane.
import {
  COMMAND_BUDGET_MS,
  outcomeQuery,
  parseOutcomeQuery,
  runRibbonCommand,
  showOutcomeDialog,
  type DialogUi,
} from "../../src/office/ribbonOutcome";
import { SETTING_KEYS, readSettings } from "../../src/office/settings";
import { FakeSettings, fakeService, issue, summaryResult, validationResult } from "./fakes";

const NOW = () => new Date("2024-03-01T10:00:00.000Z");

describe("ribbon commands", () => {
  it("validates in the display language, shows the counts and keeps them for the task pane", async () => {
    const service = fakeService();
    service.validate.mockResolvedValueOnce(
      validationResult([
        issue("error", "Mål!G5", "Okänd status", "Unknown status"),
        issue("warning", "Mål!G6", "Saknas", "Missing"),
      ]),
    );
    const settings = new FakeSettings();
    const show = jest.fn(async () => undefined);
    const outcome = await runRibbonCommand("validateGoals", {
      service,
      settings,
      displayLanguage: "sv-SE",
      show,
      now: NOW,
    });
    expect(service.validate).toHaveBeenCalledWith();
    expect(outcome.ok).toBe(true);
    expect(outcome.text).toBe(
      "Validering klar för 66 mål: 1 fel, 1 varning, 0 att rätta till. Välj Öppna panelen i gruppen Måluppföljning på fliken Start och sedan Validera för att se var problemen finns.",
    );
    // Nothing took time on the fixed clock: the dialog may stay the whole budget.
    expect(show).toHaveBeenCalledWith(outcome, "sv", COMMAND_BUDGET_MS);
    const reopened = new FakeSettings();
    reopened.values = new Map(settings.persisted);
    expect(readSettings(reopened).lastCommand).toEqual({ ...outcome, at: "2024-03-01T10:00:00.000Z" });
  });

  it("uses the language saved in the document and reports the summary sheet", async () => {
    const service = fakeService();
    service.refreshSummary.mockResolvedValueOnce(summaryResult());
    const settings = new FakeSettings();
    settings.set(SETTING_KEYS.lang, "en");
    const show = jest.fn(async () => undefined);
    const outcome = await runRibbonCommand("refreshSummary", {
      service,
      settings,
      displayLanguage: "sv-SE",
      show,
    });
    expect(service.refreshSummary).toHaveBeenCalledWith("en");
    expect(outcome.text).toBe("The summary on the sheet Sammanfattning is up to date (66 goals).");
  });

  it("reports an adapter error in words the user can act on, and still completes", async () => {
    const service = fakeService();
    service.refreshSummary.mockRejectedValueOnce(
      Object.assign(new Error("x"), {
        messages: {
          sv: "Måltabellen saknas. Läs in en målstruktur först.",
          en: "The goal table is missing.",
        },
      }),
    );
    const show = jest.fn(async () => {
      throw new Error("dialog blocked");
    });
    const log = jest.fn();
    const settings = new FakeSettings();
    const outcome = await runRibbonCommand("refreshSummary", {
      service,
      settings,
      displayLanguage: "sv",
      show,
      log,
    });
    expect(outcome).toMatchObject({
      ok: false,
      text: "Det gick inte: Måltabellen saknas. Läs in en målstruktur först.",
    });
    expect(log).toHaveBeenCalledWith("Could not show the command outcome: dialog blocked");
    expect((settings.persisted.get(SETTING_KEYS.lastCommand) as { ok: boolean }).ok).toBe(false);
  });

  // Excel closes a function command after about 5 minutes and queues clicks until it completes.
  it.each([
    ["a quick command leaves the dialog the rest of the budget", 20_000, 160_000],
    ["a slow command leaves it less", 170_000, 10_000],
    ["a command that used the budget shows no dialog", 171_000, null],
  ])("%s, so the command completes within 3 minutes", async (_name, workMs, dialogMs) => {
    let clock = Date.parse("2024-03-01T10:00:00.000Z");
    const service = fakeService();
    service.refreshSummary.mockImplementationOnce(async () => {
      clock += workMs;
      return summaryResult();
    });
    const show = jest.fn(async () => undefined);
    const log = jest.fn();
    const settings = new FakeSettings();
    const outcome = await runRibbonCommand("refreshSummary", {
      service,
      settings,
      displayLanguage: "sv",
      show,
      log,
      now: () => new Date(clock),
    });
    expect(COMMAND_BUDGET_MS).toBe(180_000);
    if (dialogMs === null) {
      expect(show).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith("No outcome dialog: the command took 171 s.");
    } else {
      expect(show).toHaveBeenCalledWith(outcome, "sv", dialogMs);
    }
    // Either way the outcome waits in the document for the task pane.
    expect(settings.persisted.get(SETTING_KEYS.lastCommand)).toEqual(outcome);
  });

  it("counts the settings refresh against the budget too: it runs from the click", async () => {
    let clock = Date.parse("2024-03-01T10:00:00.000Z");
    const settings = new FakeSettings();
    // A host slow to read the document's settings back: 5 s.
    const slow = Object.assign(settings, {
      refreshAsync: (callback?: (result: Office.AsyncResult<unknown>) => void) => {
        clock += 5_000;
        setTimeout(() => callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<unknown>), 0);
      },
    });
    const service = fakeService();
    service.refreshSummary.mockImplementationOnce(async () => {
      clock += 160_000;
      return summaryResult();
    });
    const show = jest.fn(async () => undefined);
    const outcome = await runRibbonCommand("refreshSummary", {
      service,
      settings: slow,
      displayLanguage: "sv",
      show,
      now: () => new Date(clock),
    });
    // 180 s − 5 s (refresh before reading the language) − 160 s − 5 s (refresh before saving the outcome).
    expect(show).toHaveBeenCalledWith(outcome, "sv", 10_000);
  });

  it("passes the outcome to the dialog page as plain text in the query", () => {
    const text = "<b>Klart</b> & 5 fel";
    const query = outcomeQuery({ command: "validateGoals", ok: true, text, at: "x" }, "sv");
    expect(parseOutcomeQuery(`?${query}`)).toEqual({ lang: "sv", ok: true, text });
    expect(parseOutcomeQuery("?lang=xx")).toEqual({ lang: "en", ok: false, text: "" });
  });
});

describe("outcome dialog", () => {
  const outcome = { command: "refreshSummary" as const, ok: true, text: "Klart & klart", at: "x" };

  function fakeUi(status: "succeeded" | "failed") {
    const handlers = new Map<string, () => void>();
    const dialog = {
      close: jest.fn(),
      addEventHandler: jest.fn((type: string, h: () => void) => handlers.set(type, h)),
    };
    const ui = {
      displayDialogAsync: jest.fn((_url: string, _options: unknown, cb: (r: unknown) => void) =>
        cb({ status, value: status === "succeeded" ? dialog : undefined }),
      ),
    };
    return { ui: ui as unknown as DialogUi & { displayDialogAsync: jest.Mock }, dialog, handlers };
  }

  it("opens outcome.html next to the function file and waits until the user closes it", async () => {
    const { ui, dialog, handlers } = fakeUi("succeeded");
    let finished = false;
    const shown = showOutcomeDialog(
      ui,
      "https://addin.example/app/taskpane.html",
      outcome,
      "sv",
      60_000,
    ).then(() => {
      finished = true;
    });
    const url = new URL(ui.displayDialogAsync.mock.calls[0][0] as string);
    expect(url.origin + url.pathname).toBe("https://addin.example/app/outcome.html");
    expect(parseOutcomeQuery(url.search)).toEqual({ lang: "sv", ok: true, text: "Klart & klart" });
    await Promise.resolve();
    expect(finished).toBe(false);
    handlers.get("dialogMessageReceived")!();
    await shown;
    expect(dialog.close).toHaveBeenCalled();
  });

  it("resolves when the user closes the dialog with its own close box", async () => {
    const { ui, handlers } = fakeUi("succeeded");
    const shown = showOutcomeDialog(ui, "https://addin.example/taskpane.html", outcome, "en", 60_000);
    handlers.get("dialogEventReceived")!();
    await expect(shown).resolves.toBeUndefined();
  });

  it("does not hang when the dialog cannot open or there is no dialog API", async () => {
    await expect(
      showOutcomeDialog(fakeUi("failed").ui, "https://a.example/", outcome, "sv", 60_000),
    ).resolves.toBeUndefined();
    await expect(
      showOutcomeDialog(undefined, "https://a.example/", outcome, "sv", 60_000),
    ).resolves.toBeUndefined();
  });

  it("closes the dialog itself after the timeout so the command completes", async () => {
    const { ui, dialog } = fakeUi("succeeded");
    await showOutcomeDialog(ui, "https://a.example/", outcome, "sv", 10);
    expect(dialog.close).toHaveBeenCalled();
  });
});
