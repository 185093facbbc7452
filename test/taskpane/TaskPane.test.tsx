/** @jest-environment jsdom */
// Component tests of the task pane against a fake service implementing the adapter contract:
// what a user sees and can do (busy state, messages, grouping, selecting, copying, language).
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import type { ClipboardPort } from "../../src/taskpane/components/SummarySection";
import { SETTING_KEYS, saveSettings } from "../../src/office/settings";
import {
  FakeSettings,
  PREVIEW,
  SMALL_STRUCTURE,
  deferred,
  fakeDomain,
  fakeService,
  issue,
  summaryResult,
  validationResult,
  type MockedService,
} from "./fakes";
import { structureSuggestions, suggestionFromCells } from "../../src/domain";
import { suggestionStructure } from "../indicators/suggestionFixture";

interface Setup {
  service: MockedService;
  settings: FakeSettings;
  domain: ReturnType<typeof fakeDomain>;
  clipboard: ClipboardPort & { writeText: jest.Mock };
}

function setup(
  options: { displayLanguage?: string; settings?: FakeSettings; clipboard?: Setup["clipboard"] } = {},
): Setup {
  const service = fakeService();
  const settings = options.settings ?? new FakeSettings();
  const domain = fakeDomain();
  const clipboard = options.clipboard ?? { writeText: jest.fn(async () => undefined) };
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        service={service}
        domain={domain}
        settings={settings}
        displayLanguage={options.displayLanguage ?? "sv-SE"}
        clipboard={clipboard}
        tableName="Mal"
      />
    </FluentProvider>,
  );
  return { service, settings, domain, clipboard };
}

const button = (name: string | RegExp): HTMLElement => screen.getByRole("button", { name });
const isDisabled = (el: HTMLElement): boolean =>
  el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;

describe("task pane language", () => {
  it("speaks Swedish when Office runs in Swedish", () => {
    setup({ displayLanguage: "sv-FI" });
    expect(screen.getByRole("heading", { level: 1, name: "Måluppföljning" })).toBeTruthy();
    expect(button("Validera")).toBeTruthy();
    expect(document.documentElement.lang).toBe("sv-SE");
  });

  it("speaks English otherwise, and the switch changes language and is saved in the document", async () => {
    const { settings } = setup({ displayLanguage: "de-DE" });
    expect(button("Validate")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "Svenska" }));
    expect(button("Validera")).toBeTruthy();
    await waitFor(() => expect(settings.persisted.get(SETTING_KEYS.lang)).toBe("sv"));
  });

  it("prefers the language saved in the document over the display language", () => {
    const settings = new FakeSettings();
    settings.set(SETTING_KEYS.lang, "en");
    setup({ displayLanguage: "sv-SE", settings });
    expect(button("Refresh summary")).toBeTruthy();
  });
});

describe("loading a structure", () => {
  it("previews the bundled structure with counts, then applies it and says what changed", async () => {
    const { service, settings } = setup();
    fireEvent.click(button("Förhandsgranska"));
    const preview = await screen.findByTestId("load-preview");
    expect(service.previewLoad).toHaveBeenCalledWith(SMALL_STRUCTURE, "sv");
    expect(service.applyLoad).not.toHaveBeenCalled();
    expect(preview.textContent).toContain(
      "12 nya mål, 3 uppdaterade, 40 oförändrade, 1 mål finns bara i arbetsboken",
    );
    expect(preview.textContent).toContain("Måltexterna är exempel.");

    const apply = button("Tillämpa");
    apply.focus();
    fireEvent.click(apply);
    const notice = await screen.findByTestId("notice-load");
    expect(service.applyLoad).toHaveBeenCalledWith(SMALL_STRUCTURE, "sv");
    expect(notice.textContent).toContain("Klart: 12 nya mål, 3 uppdaterade, 40 oförändrade");
    expect(screen.queryByTestId("load-preview")).toBeNull();
    await waitFor(() => expect(settings.persisted.get(SETTING_KEYS.year)).toBe(2023));
    expect(settings.persisted.get(SETTING_KEYS.tableName)).toBe("Mal");
    // The sheet the load found the table on: saved for next time, and the table is named by it,
    // never by its internal name.
    expect(settings.persisted.get(SETTING_KEYS.goalSheet)).toBe("Mina mål");
    expect(screen.getByTestId("workbook-info").textContent).toBe(
      "Uppföljningsår 2023 · Måltabellen på bladet Mina mål",
    );
    // Apply went away with the preview; keyboard focus lands on Preview, not on the page top.
    await waitFor(() => expect(document.activeElement).toBe(button("Förhandsgranska")));
  });

  it("says when Excel refused the frozen rows or print settings, though the goals were loaded", async () => {
    const { service } = setup();
    service.applyLoad.mockResolvedValueOnce({ ...PREVIEW, formattingIncomplete: true });
    fireEvent.click(button("Förhandsgranska"));
    await screen.findByTestId("load-preview");
    fireEvent.click(button("Tillämpa"));
    const notice = await screen.findByTestId("notice-load");
    expect(notice.textContent).toContain("Klart: 12 nya mål");
    expect(notice.textContent).toContain(
      "Innehållet är skrivet, men frysta rubrikrader, utskriftsinställningar eller diagram kan saknas på något blad",
    );
  });

  it("uses singular forms for one goal", async () => {
    const { service } = setup({ displayLanguage: "en-US" });
    service.previewLoad.mockResolvedValueOnce({
      ...PREVIEW,
      newGoals: 1,
      updatedGoals: 0,
      unchangedGoals: 0,
      orphanGoals: 0,
    });
    fireEvent.click(button("Preview"));
    expect((await screen.findByTestId("load-preview")).textContent).toContain(
      "1 new goal, 0 updated, 0 unchanged",
    );
  });

  it("tells what of the user's own work is kept on a merge", async () => {
    const { service } = setup();
    service.previewLoad.mockResolvedValueOnce({
      ...PREVIEW,
      userRows: 2,
      userColumns: ["Min kolumn", "Kontakt"],
      duplicateRows: 1,
      workbookLang: "en",
    });
    fireEvent.click(button("Förhandsgranska"));
    const preview = await screen.findByTestId("load-preview");
    expect(preview.textContent).toContain("Strukturen slås ihop med måltabellen som finns.");
    expect(preview.textContent).toContain("2 egna rader behålls");
    expect(preview.textContent).toContain("Egna kolumner behålls: Min kolumn, Kontakt");
    expect(preview.textContent).toContain("1 rad med upprepat id behålls (Validera visar den)");
    expect(preview.textContent).toContain(
      "Måltabellen är skriven på engelska; cellerna skrivs på samma språk.",
    );
  });

  it("shows a bilingual note in the pane's language", async () => {
    const { domain } = setup({ displayLanguage: "en" });
    domain.bundled = () => ({
      ...SMALL_STRUCTURE,
      note: "Exempeldata: påhittade mål. / Example data: made-up goals.",
    });
    fireEvent.click(button("Preview"));
    const preview = await screen.findByTestId("load-preview");
    expect(preview.textContent).toContain("Note: Example data: made-up goals.");
    expect(preview.textContent).not.toContain("Exempeldata");
  });

  it("applies the year the user typed to the structure", async () => {
    const { service } = setup();
    fireEvent.change(screen.getByRole("spinbutton", { name: "Uppföljningsår" }), {
      target: { value: "2024" },
    });
    fireEvent.click(button("Förhandsgranska"));
    await screen.findByTestId("load-preview");
    expect(service.previewLoad).toHaveBeenCalledWith({ ...SMALL_STRUCTURE, year: 2024 }, "sv");
  });

  it("rejects an invalid year without calling the service", () => {
    const { service } = setup({ displayLanguage: "en" });
    fireEvent.change(screen.getByRole("spinbutton", { name: "Follow-up year" }), {
      target: { value: "1850" },
    });
    expect(screen.getByText("Enter a year between 2000 and 2100.")).toBeTruthy();
    fireEvent.click(button("Preview"));
    expect(service.previewLoad).not.toHaveBeenCalled();
  });

  it("shows parse errors with their JSON paths and changes nothing", async () => {
    const { service, domain } = setup({ displayLanguage: "en-GB" });
    domain.parseText.mockReturnValueOnce({
      ok: false,
      errors: [
        {
          path: "$.programs[0].areas[1].goals[3].status",
          message: { sv: "Okänd status", en: "Unknown status" },
        },
        { path: "$.year", message: { sv: "$.year måste vara ett heltal", en: "$.year must be an integer" } },
      ],
    });
    fireEvent.click(screen.getByRole("radio", { name: "A JSON file from your computer" }));
    const input = screen.getByTestId("file-input") as HTMLInputElement;
    const file = new File(['{"organisation": 1}'], "goals.json", { type: "application/json" });
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(button("Preview"));
    const notice = await screen.findByTestId("notice-load");
    expect(notice.textContent).toContain("The file goals.json could not be loaded");
    expect(notice.textContent).toContain("$.programs[0].areas[1].goals[3].status: Unknown status");
    // A message that names its path already is not prefixed with it again.
    expect(notice.textContent).toContain("$.year must be an integer");
    expect(notice.textContent).not.toContain("$.year: ");
    expect(domain.parseText).toHaveBeenCalledWith('{"organisation": 1}');
    expect(service.previewLoad).not.toHaveBeenCalled();
    expect(screen.queryByTestId("load-preview")).toBeNull();
  });

  it("asks for a file when none is chosen", async () => {
    const { service } = setup();
    fireEvent.click(screen.getByRole("radio", { name: "En JSON-fil från datorn" }));
    fireEvent.click(button("Förhandsgranska"));
    expect((await screen.findByTestId("notice-load")).textContent).toContain("Välj en JSON-fil först.");
    expect(service.previewLoad).not.toHaveBeenCalled();
  });
});

describe("busy state", () => {
  it("disables every action and shows a labelled spinner while a job runs, and ignores a second click", async () => {
    const { service } = setup();
    const pending = deferred<ReturnType<typeof validationResult>>();
    service.validate.mockReturnValueOnce(pending.promise);
    fireEvent.click(button("Validera"));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getAllByText("Validerar måltabellen…").length).toBeGreaterThan(0);
    for (const name of ["Förhandsgranska", "Validera", "Formatera igen", "Uppdatera sammanfattning"]) {
      expect(isDisabled(button(name))).toBe(true);
    }
    fireEvent.click(button("Validera"));
    fireEvent.click(button("Formatera igen"));
    expect(service.validate).toHaveBeenCalledTimes(1);
    expect(service.applyFormatting).not.toHaveBeenCalled();

    await act(async () => pending.resolve(validationResult([])));
    expect(screen.queryByRole("progressbar")).toBeNull();
    for (const name of ["Förhandsgranska", "Validera", "Formatera igen", "Uppdatera sammanfattning"]) {
      expect(isDisabled(button(name))).toBe(false);
    }
    expect(screen.getByTestId("notice-validate").textContent).toContain("Inga problem i 66 mål.");
  });
});

describe("validation", () => {
  const issues = [
    issue("error", "Mål!G5", "Okänd status ”Blå”", "Unknown status “Blå”"),
    issue("error", "Mål!A9", "Dubblett av id EKO-1", "Duplicate id EKO-1"),
    issue("warning", "Mål!G7", "Status saknas", "Status missing"),
    issue("info", "Mål!G8", "” grön” rättas till ”Grön”", "“ grön” becomes “Grön”", "Grön"),
    issue("info", "Mål!H8", "”uppåt” rättas till ”Uppåt”", "“uppåt” becomes “Uppåt”", "Uppåt"),
  ];

  it("groups issues by severity with counts and names each cell", async () => {
    const { service } = setup();
    service.validate.mockResolvedValueOnce(validationResult(issues));
    fireEvent.click(button("Validera"));
    const list = await screen.findByTestId("issues");
    expect(within(list).getByRole("heading", { name: "Fel (2)" })).toBeTruthy();
    expect(within(list).getByRole("heading", { name: "Varningar (1)" })).toBeTruthy();
    expect(within(list).getByRole("heading", { name: "Kan rättas automatiskt (2)" })).toBeTruthy();
    const errors = within(within(list).getByRole("group", { name: "Fel (2)" })).getAllByRole("button");
    expect(errors.map((b) => b.textContent)).toEqual([
      "Mål!G5 Okänd status ”Blå”",
      "Mål!A9 Dubblett av id EKO-1",
    ]);
    expect(screen.getByTestId("notice-validate").textContent).toContain(
      "Validerat: 66 mål. 2 fel, 1 varning, 2 att rätta till.",
    );
  });

  it("lists a goal differing from its indicators' suggestion apart, not as something to fix", async () => {
    const { service } = setup();
    const advice = {
      ...issue(
        "info",
        "Mål!G4",
        "Nyckeltalen föreslår status Röd; målet har status Grön.",
        "The indicators suggest status Red.",
      ),
      code: "differs-from-suggestion" as const,
      goalId: "EKO-2",
    };
    const result = validationResult([issues[2], advice]);
    service.validate.mockResolvedValueOnce({ ...result, counts: { ...result.counts, info: 0, advice: 1 } });
    fireEvent.click(button("Validera"));
    const list = await screen.findByTestId("issues");
    const group = within(list).getByRole("group", { name: "Skiljer sig från indikatorernas förslag (1)" });
    expect(within(group).getByRole("button").textContent).toBe(
      "Mål!G4 Nyckeltalen föreslår status Röd; målet har status Grön.",
    );
    expect(within(list).queryByRole("heading", { name: /Kan rättas automatiskt/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Rätta alla/ })).toBeNull();
    expect(screen.getByTestId("notice-validate").textContent).toContain(
      "Validerat: 66 mål. 0 fel, 1 varning, 0 att rätta till. Mål som skiljer sig från indikatorernas förslag: 1.",
    );
  });

  it("selects an issue's cell when chosen", async () => {
    const { service } = setup({ displayLanguage: "en" });
    service.validate.mockResolvedValueOnce(validationResult(issues));
    fireEvent.click(button("Validate"));
    await screen.findByTestId("issues");
    fireEvent.click(button(/Mål!G7/));
    await waitFor(() => expect(service.selectCell).toHaveBeenCalledWith("Mål!G7"));
    // Selecting is navigation: the check's message stays.
    expect(screen.getByTestId("notice-validate").textContent).toContain("Validated: 66 goals.");
    // Native buttons in the tab order: Enter and Space activate them (driven for real in the e2e test).
    const g5 = button(/Mål!G5/);
    expect(g5.tagName).toBe("BUTTON");
    expect(g5.getAttribute("tabindex")).not.toBe("-1");
    g5.focus();
    expect(document.activeElement).toBe(g5);
  });

  it("fixes all fixable issues, then shows the new check", async () => {
    const { service } = setup();
    service.validate.mockResolvedValueOnce(validationResult(issues));
    service.fixAll.mockResolvedValueOnce({ fixed: 2, after: validationResult(issues.slice(0, 3)) });
    fireEvent.click(button("Validera"));
    await screen.findByTestId("issues");
    const fix = button("Rätta alla som går att rätta (2)");
    fix.focus();
    fireEvent.click(fix);
    await waitFor(() =>
      expect(screen.getByTestId("notice-validate").textContent).toContain(
        "2 celler rättade. Kvar: 2 fel, 1 varning.",
      ),
    );
    expect(service.fixAll).toHaveBeenCalledWith();
    expect(screen.queryByRole("heading", { name: /Kan rättas automatiskt/ })).toBeNull();
    // Nothing fixable is left, so the button goes away rather than doing nothing.
    expect(screen.queryByRole("button", { name: /Rätta alla/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button("Validera")));
  });
});

describe("errors", () => {
  it("shows the adapter's actionable message in the pane's language, and whether anything changed", async () => {
    const { service } = setup({ displayLanguage: "en" });
    service.applyFormatting.mockRejectedValueOnce(
      Object.assign(new Error("protected"), {
        code: "protected-sheet",
        state: "unchanged",
        messages: {
          sv: "Bladet Mål är skyddat. Ta bort skyddet och försök igen.",
          en: "The sheet Mål is protected. Unprotect it and try again.",
        },
      }),
    );
    fireEvent.click(button("Format again"));
    const notice = await screen.findByTestId("notice-format");
    expect(notice.textContent).toContain("The sheet Mål is protected. Unprotect it and try again.");
    expect(notice.textContent).toContain("The workbook was not changed.");
    fireEvent.click(screen.getByRole("radio", { name: "Svenska" }));
    expect(screen.getByTestId("notice-format").textContent).toContain("Bladet Mål är skyddat.");
    fireEvent.click(
      within(screen.getByTestId("notice-format")).getByRole("button", { name: "Stäng meddelandet" }),
    );
    expect(screen.queryByTestId("notice-format")).toBeNull();
  });

  it("says what to do about an unexpected error", async () => {
    const { service } = setup({ displayLanguage: "en" });
    service.refreshSummary.mockRejectedValueOnce(new Error("boom"));
    fireEvent.click(button("Refresh summary"));
    expect((await screen.findByTestId("notice-summary")).textContent).toContain(
      "An unexpected error occurred: boom. Try again; if it happens again, save the workbook and open it again.",
    );
  });

  it("reports formatting counts on success", async () => {
    setup({ displayLanguage: "en" });
    fireEvent.click(button("Format again"));
    expect((await screen.findByTestId("notice-format")).textContent).toContain(
      "Applied: 2 list validations and 6 conditional formats.",
    );
  });
});

describe("summary", () => {
  it("shows the counts per programme, the reconciliation and the report text", async () => {
    const { service } = setup();
    fireEvent.click(button("Uppdatera sammanfattning"));
    const programs = await screen.findByTestId("summary-programs");
    expect(service.refreshSummary).toHaveBeenCalledWith("sv");
    const eco = programs.querySelector('[data-program="eko"]') as HTMLElement;
    expect(eco.textContent).toContain("Program för ekologisk hållbarhet: 42 mål");
    expect(within(eco).getByTestId("status-counts").textContent).toBe(
      "Status: Röd: 9, Gul: 29, Grön: 4, Ej bedömd: 0",
    );
    expect(within(eco).getByTestId("trend-counts").textContent).toBe(
      "Trend: Uppåt: 17, Oförändrad: 24, Nedåt: 1, Ej bedömd: 0",
    );
    expect(eco.textContent).toContain("Stämmer med de rapporterade siffrorna.");
    const soc = programs.querySelector('[data-program="soc"]') as HTMLElement;
    expect(soc.textContent).toContain(
      "Gul: rapporterat 16, i tabellen 15; Ej bedömd: rapporterat 0, i tabellen 1",
    );
    expect((screen.getByTestId("report-text") as HTMLTextAreaElement).value).toBe(
      "Av de 42 mål som gäller ...",
    );
    expect(screen.getByTestId("notice-summary").textContent).toContain(
      "Bladet Sammanfattning är uppdaterat: 66 mål i 2 program.",
    );
  });

  it("shows the done marks per programme and the counts per responsible body", async () => {
    setup();
    fireEvent.click(button("Uppdatera sammanfattning"));
    const programs = await screen.findByTestId("summary-programs");
    const eco = programs.querySelector('[data-program="eko"]') as HTMLElement;
    expect(within(eco).getByTestId("done-count").textContent).toBe("Klarmarkerade: 0");
    const bodies = await screen.findByTestId("summary-responsible");
    expect(within(bodies).getByRole("heading").textContent).toBe("Per ansvarig");
    const rows = within(bodies)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(rows).toEqual([
      "Kommunstyrelsen: 40 mål Röd: 10, Gul: 25, Grön: 5, Ej bedömd: 0; Uppåt: 12, Oförändrad: 26, Nedåt: 2, Ej bedömd: 0; Klar: 31",
      "Ingen ansvarig: 26 mål Röd: 6, Gul: 19, Grön: 0, Ej bedömd: 1; Uppåt: 10, Oförändrad: 15, Nedåt: 1, Ej bedömd: 0; Klar: 0",
    ]);
  });

  it("lists the indicators' suggestions with their figures, the differing goal marked", async () => {
    const { service } = setup();
    service.refreshSummary.mockResolvedValueOnce({
      ...summaryResult(),
      suggestions: structureSuggestions(suggestionStructure()),
    });
    fireEvent.click(button("Uppdatera sammanfattning"));
    const list = await screen.findByTestId("summary-suggestions");
    expect(within(list).getByRole("heading").textContent).toBe("Förslag från indikatorerna");
    expect(list.textContent).toContain("Mål med förslag: 2, varav 1 skiljer sig från bedömningen.");
    const eko2 = list.querySelector('[data-goal="EKO-2"]') as HTMLElement;
    expect(eko2.getAttribute("data-differs")).toBe("true");
    expect(
      within(eko2)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Andel förnybar energi: 45 % år 2025, målet 60 % år 2030, framsteg 25 %",
      "Utsläpp från energi: 110 kt år 2025, målet 50 kt år 2030, framsteg -20 %",
    ]);
    expect(eko2.textContent).toMatch(
      /^EKO-2: bedömt Grön, Oförändrad, förslag Röd, Oförändrad \(skiljer sig\)/,
    );
    const eko1 = list.querySelector('[data-goal="EKO-1"]') as HTMLElement;
    expect(eko1.textContent).toMatch(/^EKO-1: bedömt Gul, Uppåt, förslag Gul, Uppåt(?! \()/);
    // English follows the pane's language.
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(list.textContent).toContain("EKO-2: assessed Green, Flat, suggested Red, Flat (differs)");
  });

  it("without indicators in the workbook, lists what the suggestion columns say", async () => {
    const { service } = setup();
    service.refreshSummary.mockResolvedValueOnce({
      ...summaryResult(),
      suggestions: [
        suggestionFromCells("EKO-2", 1, { status: "green", trend: "flat" }, { status: "red", trend: "flat" }),
      ],
    });
    fireEvent.click(button("Uppdatera sammanfattning"));
    const list = await screen.findByTestId("summary-suggestions");
    expect(list.textContent).toContain(
      "EKO-2: bedömt Grön, Oförändrad, förslag Röd, Oförändrad (skiljer sig)",
    );
    expect(list.textContent).toContain("Från kolumnerna Förslag status och Förslag trend");
  });

  it("shows no suggestions when no goal has any", async () => {
    setup();
    fireEvent.click(button("Uppdatera sammanfattning"));
    await screen.findByTestId("summary-programs");
    expect(screen.queryByTestId("summary-suggestions")).toBeNull();
  });

  it("shows the report text in the pane's language after a switch", async () => {
    const { domain } = setup();
    fireEvent.click(button("Uppdatera sammanfattning"));
    await screen.findByTestId("summary-programs");
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect((screen.getByTestId("report-text") as HTMLTextAreaElement).value).toBe("English report text");
    expect(domain.reportText).toHaveBeenCalledWith(
      expect.objectContaining({ programs: expect.any(Array) }),
      "en",
    );
  });

  it("copies the report text and announces it", async () => {
    const { clipboard } = setup();
    fireEvent.click(button("Uppdatera sammanfattning"));
    await screen.findByTestId("summary-programs");
    const copy = button("Kopiera text");
    fireEvent.click(copy);
    await waitFor(() => expect(clipboard.writeText).toHaveBeenCalledWith("Av de 42 mål som gäller ..."));
    expect((await screen.findByText("Kopierat")).getAttribute("role")).toBe("status");
    expect(document.activeElement).toBe(copy);
  });

  it("falls back to a selection copy when the Clipboard API is refused", async () => {
    const clipboard = { writeText: jest.fn(async () => Promise.reject(new Error("NotAllowedError"))) };
    const execCommand = jest.fn(() => true);
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    setup({ clipboard, displayLanguage: "en" });
    fireEvent.click(button("Refresh summary"));
    await screen.findByTestId("summary-programs");
    fireEvent.click(button("Copy text"));
    await screen.findByText("Copied");
    expect(execCommand).toHaveBeenCalledWith("copy");
    const area = screen.getByTestId("report-text") as HTMLTextAreaElement;
    expect(area.selectionStart).toBe(0);
    expect(area.selectionEnd).toBe(area.value.length);
  });

  it("tells the user to copy by hand when both ways fail", async () => {
    const clipboard = { writeText: jest.fn(async () => Promise.reject(new Error("NotAllowedError"))) };
    Object.defineProperty(document, "execCommand", { value: jest.fn(() => false), configurable: true });
    setup({ clipboard, displayLanguage: "en" });
    fireEvent.click(button("Refresh summary"));
    await screen.findByTestId("summary-programs");
    fireEvent.click(button("Copy text"));
    expect(await screen.findByText("Copying did not work. Select the text and press Ctrl+C.")).toBeTruthy();
  });
});

describe("ribbon command outcome", () => {
  it("shows the last ribbon command's outcome from the document and clears it when dismissed", async () => {
    const settings = new FakeSettings();
    settings.set(SETTING_KEYS.lastCommand, {
      command: "validateGoals",
      ok: true,
      text: "Validering klar för 66 mål: 0 fel, 0 varningar, 0 att rätta till.",
      at: "2024-03-01T10:00:00.000Z",
    });
    setup({ settings });
    const bar = screen.getByTestId("last-command");
    expect(bar.textContent).toContain("Validering klar för 66 mål");
    fireEvent.click(within(bar).getByRole("button", { name: "Stäng meddelandet" }));
    expect(screen.queryByTestId("last-command")).toBeNull();
    await waitFor(() => expect(settings.persisted.get(SETTING_KEYS.lastCommand)).toBeNull());
  });

  it("shows a command's outcome as soon as it is saved in the pane's runtime (the shared runtime)", async () => {
    const settings = new FakeSettings();
    setup({ settings });
    expect(screen.queryByTestId("last-command")).toBeNull();
    // What src/office/ribbonOutcome.ts does at the end of a command run in the same runtime.
    await act(() =>
      saveSettings(settings, {
        lastCommand: {
          command: "refreshSummary",
          ok: true,
          text: "Sammanfattningen är uppdaterad.",
          at: "2024-03-01T10:00:00.000Z",
        },
      }),
    );
    expect(screen.getByTestId("last-command").textContent).toContain("Sammanfattningen är uppdaterad.");
  });
});
