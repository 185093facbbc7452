/** @jest-environment jsdom */
// What a newcomer reads in the pane: the goal table by its sheet, not its internal name; schema
// errors whose JSON paths break only between keys; a file picker in the pane's language; and,
// after the summary, the errors left in the table with how the summary counted them.
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import { pathUnits, splitPaths } from "../../src/taskpane/components/JsonPathText";
import { errorEffects, remainingErrorsLine } from "../../src/taskpane/components/remainingErrors";
import type { AddressedIssue } from "../../src/excel/service";
import type { IssueCode } from "../../src/domain";
import {
  PREVIEW,
  FakeSettings,
  fakeDomain,
  fakeService,
  issue,
  summaryResult,
  validationResult,
} from "./fakes";

function setup(displayLanguage = "sv-SE"): {
  service: ReturnType<typeof fakeService>;
  domain: ReturnType<typeof fakeDomain>;
} {
  const service = fakeService();
  const domain = fakeDomain();
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        service={service}
        domain={domain}
        settings={new FakeSettings()}
        displayLanguage={displayLanguage}
        clipboard={null}
        tableName="Maluppfoljning_Mal"
      />
    </FluentProvider>,
  );
  return { service, domain };
}

const button = (name: string | RegExp): HTMLElement => screen.getByRole("button", { name });

function errorOf(code: IssueCode, row: number, address = `Mål!G${row + 5}`): AddressedIssue {
  return { ...issue("error", address, "fel", "error"), code, row };
}

describe("the goal table's name", () => {
  it("names the sheet a new table was created on, in the pane's language, never the internal name", async () => {
    const { service } = setup();
    service.applyLoad.mockResolvedValueOnce({
      ...PREVIEW,
      mode: "create",
      workbookLang: "sv",
      goalSheet: "Mål",
    });
    fireEvent.click(button("Förhandsgranska"));
    await screen.findByTestId("load-preview");
    fireEvent.click(button("Tillämpa"));
    await screen.findByTestId("notice-load");
    const info = screen.getByTestId("workbook-info");
    await waitFor(() => expect(info.textContent).toBe("Uppföljningsår 2023 · Måltabellen på bladet Mål"));
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    // The sheet keeps the name it has in the workbook.
    expect(info.textContent).toBe("Follow-up year 2023 · The goal table on the sheet Mål");
    expect(document.body.textContent).not.toContain("Maluppfoljning_Mal");
  });

  it("names the sheet a merge found the table on, and follows a check's cells to a renamed one", async () => {
    const { service } = setup("en");
    fireEvent.click(button("Preview"));
    await screen.findByTestId("load-preview");
    fireEvent.click(button("Apply"));
    await screen.findByTestId("notice-load");
    expect(screen.getByTestId("workbook-info").textContent).toBe(
      "Follow-up year 2023 · The goal table on the sheet Mina mål",
    );
    service.validate.mockResolvedValueOnce(
      validationResult([issue("warning", "'Mål 2024'!G7", "Status saknas", "Status missing")]),
    );
    fireEvent.click(button("Validate"));
    await screen.findByTestId("issues");
    expect(screen.getByTestId("workbook-info").textContent).toBe(
      "Follow-up year 2023 · The goal table on the sheet Mål 2024",
    );
  });
});

describe("schema errors", () => {
  it("shows each JSON path as code that breaks only between keys", async () => {
    const { domain } = setup();
    const path = "$.programs[0].areas[1].goals[3].status";
    domain.parseText.mockReturnValueOnce({
      ok: false,
      errors: [{ path, message: { sv: `${path}: ”blå” är inte tillåtet.`, en: `${path}: not allowed.` } }],
    });
    fireEvent.click(screen.getByRole("radio", { name: "En JSON-fil från datorn" }));
    const file = new File(["{}"], "mal.json", { type: "application/json" });
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
    fireEvent.click(button("Förhandsgranska"));
    const notice = await screen.findByTestId("notice-load");
    const code = notice.querySelector("code[data-json-path]") as HTMLElement;
    expect(code.textContent).toBe(path);
    const units = [...code.querySelectorAll("[data-path-unit]")].map((u) => u.textContent);
    expect(units).toEqual(["$", ".programs[0]", ".areas[1]", ".goals[3]", ".status"]);
    // A break opportunity between each two units, none inside one.
    expect(code.querySelectorAll("wbr")).toHaveLength(units.length - 1);
    expect(notice.textContent).toContain(`${path}: ”blå” är inte tillåtet.`);
  });

  it("finds the paths the domain writes, and nothing that only looks like money or a cell", () => {
    expect(pathUnits('$.programs[12]["odd key"].name')).toEqual([
      "$",
      ".programs[12]",
      '["odd key"]',
      ".name",
    ]);
    expect(pathUnits("$[0].id")).toEqual(["$[0]", ".id"]);
    expect(splitPaths("$: filen är tom.")).toEqual([
      { text: "$", path: true },
      { text: ": filen är tom.", path: false },
    ]);
    expect(splitPaths("$.a[1].id: ID ”X” används redan på $.a[0].id.")).toEqual([
      { text: "$.a[1].id", path: true },
      { text: ": ID ”X” används redan på ", path: false },
      { text: "$.a[0].id", path: true },
      { text: ".", path: false },
    ]);
    expect(splitPaths("Kostar 5 $ och ligger i Mål!$G$5")).toEqual([
      { text: "Kostar 5 $ och ligger i Mål!$G$5", path: false },
    ]);
  });
});

describe("the file picker", () => {
  it("is the pane's own labelled button, opens the hidden input, and names the chosen file", () => {
    setup();
    fireEvent.click(screen.getByRole("radio", { name: "En JSON-fil från datorn" }));
    const choose = screen.getByRole("button", {
      name: "Välj fil… JSON-fil med målstruktur",
      description: "Ingen fil vald Filen måste följa schemat goal-structure.schema.json.",
    });
    const input = screen.getByTestId("file-input") as HTMLInputElement;
    // Out of the tab order and hidden from assistive technology: the button stands for it.
    expect(input.type).toBe("file");
    expect(input.tabIndex).toBe(-1);
    expect(input.getAttribute("aria-hidden")).toBe("true");
    const click = jest.spyOn(input, "click").mockImplementation(() => undefined);
    fireEvent.click(choose);
    expect(click).toHaveBeenCalledTimes(1);

    fireEvent.change(input, { target: { files: [new File(["{}"], "mål-2024.json")] } });
    expect(screen.getByTestId("chosen-file").textContent).toBe("mål-2024.json");
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByRole("button", { name: "Choose file… JSON file with a goal structure" })).toBe(choose);
  });

  it("says no file is chosen, in English too", () => {
    setup("en");
    fireEvent.click(screen.getByRole("radio", { name: "A JSON file from your computer" }));
    expect(screen.getByTestId("chosen-file").textContent).toBe("No file chosen");
  });
});

describe("errors left after the summary", () => {
  const left = [
    errorOf("unknown-status", 1),
    errorOf("unknown-status", 2),
    errorOf("unknown-trend", 3, "Mål!H8"),
    errorOf("unknown-program", 4, "Mål!B9"),
    // The same row's status: the row is left out, so its status changes no count.
    errorOf("unknown-status", 4),
    errorOf("duplicate-id", 5, "Mål!A10"),
    errorOf("missing-text", 6, "Mål!D11"),
    { ...issue("warning", "Mål!G12", "Status saknas", "Status missing"), row: 7 },
  ];

  it("groups the errors by what the summary did with them", () => {
    expect(Object.fromEntries(errorEffects(left))).toEqual({
      unknownStatus: 2,
      unknownTrend: 1,
      leftOut: 1,
      duplicate: 1,
      unaffected: 2,
    });
    expect(remainingErrorsLine("sv", [], "måltabellen")).toBeNull();
    expect(remainingErrorsLine("en", [left[7]], "the goal table")).toBeNull();
    expect(remainingErrorsLine("sv", [left[0]], "måltabellen")).toBe(
      "1 fel kvar i måltabellen: 1 cell med okänd status räknas som Ej bedömd. Kör Validera för att se det.",
    );
  });

  it("shows them with the result, saying how they were counted, in the pane's language", async () => {
    const { service } = setup();
    service.refreshSummary.mockResolvedValueOnce({ ...summaryResult(), issues: left });
    fireEvent.click(button("Uppdatera sammanfattning"));
    await screen.findByTestId("summary-programs");
    expect(service.refreshSummary).toHaveBeenCalledWith("sv");
    // The summary's own read carries the issues: no second read of the table.
    expect(service.validate).not.toHaveBeenCalled();
    const notice = screen.getByTestId("notice-summary");
    expect(notice.textContent).toContain("Sammanfattningen är uppdaterad, men måltabellen har fel");
    expect(notice.textContent).not.toContain("Sammanfattningen är klar");
    const lines = within(notice)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines).toEqual([
      "Bladet Sammanfattning är uppdaterat: 66 mål i 2 program.",
      "7 fel kvar i måltabellen på bladet Mål: 2 celler med okänd status räknas som Ej bedömd, " +
        "1 cell med okänd trend räknas som Ej bedömd, 1 rad med okänt program eller målområde räknas inte, " +
        "1 rad med upprepat id räknas som ett eget mål, 2 påverkar inte antalen. Kör Validera för att se dem.",
    ]);

    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    const en = within(screen.getByTestId("notice-summary"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(en[1]).toBe(
      "7 errors left in the goal table on the sheet Mål: 2 cells with an unknown status are counted as " +
        "Not assessed, 1 cell with an unknown trend is counted as Not assessed, 1 row with an unknown " +
        "programme or goal area is left out, 1 row with a repeated ID is counted as a goal of its own, " +
        "2 do not change the counts. Run Validate to see them.",
    );
    expect(screen.getByTestId("notice-summary").textContent).toContain(
      "The summary is updated, but the goal table has errors",
    );
  });

  it("keeps the plain result when nothing is left", async () => {
    setup("en");
    fireEvent.click(button("Refresh summary"));
    await screen.findByTestId("summary-programs");
    const notice = screen.getByTestId("notice-summary");
    expect(notice.textContent).toContain("The summary is ready");
    expect(notice.textContent).toContain("The sheet Sammanfattning is up to date: 66 goals in 2 programmes.");
    expect(notice.textContent).not.toContain("errors left");
  });
});
