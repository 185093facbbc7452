/** @jest-environment jsdom */
// The pane's "Nytt uppföljningsår" section against the fake service: the proposed year, the
// confirmation when the validation finds errors, the result, the saved year, the history import.
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import { SETTING_KEYS } from "../../src/office/settings";
import {
  FakeSettings,
  SMALL_STRUCTURE,
  deferred,
  fakeDomain,
  fakeService,
  type MockedService,
} from "./fakes";

function setup(
  year: number | null = 2024,
  displayLanguage = "sv-SE",
): { service: MockedService; settings: FakeSettings } {
  const service = fakeService();
  const settings = new FakeSettings();
  if (year !== null) settings.values.set(SETTING_KEYS.year, year);
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        service={service}
        domain={fakeDomain()}
        settings={settings}
        displayLanguage={displayLanguage}
        clipboard={null}
        tableName="Mal"
      />
    </FluentProvider>,
  );
  return { service, settings };
}

const section = (): HTMLElement => document.querySelector('[data-section="year"]') as HTMLElement;
const yearField = (): HTMLInputElement => screen.getByLabelText("Nytt uppföljningsår") as HTMLInputElement;
const isDisabled = (el: HTMLElement): boolean =>
  el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;

describe("new follow-up year", () => {
  it("proposes the year after the saved one, closes it, says what moved and saves the new year", async () => {
    const { service, settings } = setup(2024);
    expect(yearField().value).toBe("2025");
    fireEvent.click(screen.getByRole("button", { name: "Börja nytt uppföljningsår" }));
    await screen.findByText("Året 2024 är stängt");
    expect(service.rollover).toHaveBeenCalledWith(2025, false, "sv");
    expect(section().textContent).toContain("Bedömningarna för 2024 av 66 mål finns nu i historiken");
    expect(section().textContent).toContain("Bladet Sammanfattning visar det nya året.");
    await waitFor(() => expect(settings.persisted.get(SETTING_KEYS.year)).toBe(2025));
    expect(screen.getByTestId("workbook-info").textContent).toContain("2025");
    // Next time it proposes the year after the new one.
    expect(yearField().value).toBe("2026");
  });

  it("shows the job while it runs, with every action disabled", async () => {
    const { service } = setup(2024);
    const pending = deferred<unknown>();
    service.rollover.mockReturnValueOnce(pending.promise);
    const run = screen.getByRole("button", { name: "Börja nytt uppföljningsår" });
    fireEvent.click(run);
    expect(await within(section()).findByText("Stänger året och börjar det nya…")).toBeTruthy();
    expect(isDisabled(run)).toBe(true);
    expect(isDisabled(screen.getByRole("button", { name: "Validera" }))).toBe(true);
    await act(async () =>
      pending.resolve({ closing: 2024, year: 2025, goals: 3, overriddenErrors: 0, summarySheet: null }),
    );
    await screen.findByText("Året 2024 är stängt");
  });

  it("asks before closing a year whose validation finds errors, and closes it only when confirmed", async () => {
    const { service } = setup(2024);
    const messages = {
      sv: "Valideringen hittar fel i arbetsboken (2 st): Mål!G5: Okänd status; Mål!G9: Okänd status.",
      en: "The validation finds errors in the workbook (2): Mål!G5: Unknown status; Mål!G9: Unknown status.",
    };
    service.rollover.mockRejectedValueOnce({ code: "validation-errors", messages, state: "unchanged" });
    fireEvent.click(screen.getByRole("button", { name: "Börja nytt uppföljningsår" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Måltabellen har fel" });
    expect(dialog.textContent).toContain("(2 st)");
    expect(dialog.textContent).toContain("stängs året ändå och uppföljningen går över till 2025");
    await waitFor(() => expect(document.activeElement).toBe(dialog));
    // Escape closes it without closing the year.
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(service.rollover).toHaveBeenCalledTimes(1);

    service.rollover.mockRejectedValueOnce({ code: "validation-errors", messages, state: "unchanged" });
    fireEvent.click(screen.getByRole("button", { name: "Börja nytt uppföljningsår" }));
    await screen.findByRole("alertdialog");
    service.rollover.mockResolvedValueOnce({
      closing: 2024,
      year: 2025,
      goals: 66,
      overriddenErrors: 2,
      summarySheet: null,
    });
    fireEvent.click(screen.getByRole("button", { name: "Stäng året ändå" }));
    await screen.findByText("Året 2024 är stängt");
    expect(service.rollover).toHaveBeenLastCalledWith(2025, true, "sv");
    expect(section().textContent).toContain("Året stängdes trots 2 fel");
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("shows any other refusal as an error, and offers no override", async () => {
    const { service } = setup(2024);
    service.rollover.mockRejectedValueOnce({
      code: "invalid-input",
      messages: {
        sv: "Det nya uppföljningsåret (2024) måste vara senare än arbetsbokens år (2024).",
        en: "x",
      },
      state: "unchanged",
    });
    fireEvent.change(yearField(), { target: { value: "2024" } });
    fireEvent.click(screen.getByRole("button", { name: "Börja nytt uppföljningsår" }));
    await within(section()).findByText(/måste vara senare än arbetsbokens år/);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(service.rollover).toHaveBeenCalledWith(2024, false, "sv");
  });

  it("says when the summary was not drawn or its look may be missing, and never to roll over again", async () => {
    const { service } = setup(2024);
    service.rollover.mockResolvedValueOnce({
      closing: 2024,
      year: 2025,
      goals: 66,
      overriddenErrors: 0,
      summarySheet: null,
      formattingIncomplete: true,
    });
    fireEvent.click(screen.getByRole("button", { name: "Börja nytt uppföljningsår" }));
    await screen.findByText("Året 2024 är stängt");
    const text = section().textContent ?? "";
    expect(text).toContain("Sammanfattningen kunde inte ritas om: kör Uppdatera sammanfattning.");
    expect(text).toContain("kör inte Nytt uppföljningsår igen");
  });

  it("needs a valid year before it runs", () => {
    const { service } = setup(null);
    const run = screen.getByRole("button", { name: "Börja nytt uppföljningsår" });
    expect(isDisabled(run)).toBe(true);
    fireEvent.change(yearField(), { target: { value: "20255" } });
    expect(screen.getByText(/Ange ett år mellan/)).toBeTruthy();
    fireEvent.click(run);
    expect(service.rollover).not.toHaveBeenCalled();
  });

  it("speaks English", () => {
    setup(2024, "en-GB");
    expect(screen.getByRole("heading", { name: "5. New follow-up year" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Start the new follow-up year" })).toBeTruthy();
    expect((screen.getByLabelText("New follow-up year") as HTMLInputElement).value).toBe("2025");
  });
});

describe("history import", () => {
  it("imports a structure file of an earlier year and says what it added, replaced and could not place", async () => {
    const { service } = setup(2024);
    const earlier = { ...SMALL_STRUCTURE, year: 2022 };
    const file = new File([JSON.stringify(earlier)], "uppfoljning-2022.json", { type: "application/json" });
    const run = screen.getByRole("button", { name: "Importera historik" });
    expect(isDisabled(run)).toBe(true);
    // The picker's button is named with its heading, apart from the load section's.
    expect(screen.getByRole("button", { name: "Välj fil… Importera ett tidigare år" })).toBeTruthy();
    fireEvent.change(screen.getByTestId("history-file-input"), { target: { files: [file] } });
    expect(section().textContent).toContain("uppfoljning-2022.json");
    fireEvent.click(run);
    await screen.findByText("Historiken är importerad");
    expect(service.importHistory).toHaveBeenCalledWith(earlier);
    const text = section().textContent ?? "";
    expect(text).toContain("Från 2022: 60 nya poster, 2 ersatta och 4 oförändrade.");
    expect(text).toContain("inte importerades: GAMMAL-1.");
  });

  it("says so when the file has nothing for the workbook's goals", async () => {
    const { service } = setup(2024);
    service.importHistory.mockResolvedValueOnce({
      years: [],
      added: 0,
      replaced: 0,
      unchanged: 0,
      unknownGoals: ["X-1", "X-2"],
      kept: [],
    });
    const file = new File([JSON.stringify({ ...SMALL_STRUCTURE, year: 2020 })], "annan.json");
    fireEvent.change(screen.getByTestId("history-file-input"), { target: { files: [file] } });
    fireEvent.click(screen.getByRole("button", { name: "Importera historik" }));
    await screen.findByText("Historiken är importerad");
    const text = section().textContent ?? "";
    expect(text).toContain("Filen har inga bedömningar för mål som finns i arbetsboken");
    expect(text).toContain("X-1, X-2");
    expect(text).not.toContain("Från");
  });

  it("says why a file that is no structure cannot be imported, and writes nothing", async () => {
    const { service } = setup(2024);
    const file = new File(["{ inte json"], "trasig.json", { type: "application/json" });
    fireEvent.change(screen.getByTestId("history-file-input"), { target: { files: [file] } });
    fireEvent.click(screen.getByRole("button", { name: "Importera historik" }));
    await within(section()).findByText(/Ogiltig JSON/);
    expect(service.importHistory).not.toHaveBeenCalled();
  });
});
