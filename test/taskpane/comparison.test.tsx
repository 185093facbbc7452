/** @jest-environment jsdom */
// The comparison in the pane's summary, end to end through the real service on the emulator: a
// workbook loaded with the hand-worked example of test/history/example.ts (follow-up year 2024,
// history from 2022 and 2023), the summary refreshed by clicking, and the figures the pane shows
// checked against the example's comments.
import "./jsdomEncoding";
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import { defaultDomain } from "../../src/taskpane/components/domainPort";
import { exampleStructure } from "../history/example";
import { setup, type Setup } from "../excel/helpers";
import { FakeSettings } from "./fakes";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

function renderPane(displayLanguage: string): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        service={s.service}
        domain={defaultDomain}
        settings={new FakeSettings()}
        displayLanguage={displayLanguage}
        clipboard={null}
        tableName="Maluppfoljning_Mal"
      />
    </FluentProvider>,
  );
}

/** A table of the card as header → cells per row label. */
function tableOf(card: HTMLElement, id: string): { header: string[]; rows: Record<string, string[]> } {
  const table = card.querySelector(`table[data-table="${id}"]`);
  if (!table) throw new Error(`no ${id} table`);
  const header = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
  const rows: Record<string, string[]> = {};
  for (const tr of table.querySelectorAll("tbody tr")) {
    const [label, ...cells] = [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "");
    rows[label] = cells;
  }
  return { header, rows };
}

async function refreshed(button: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: button }));
  const programs = await screen.findByTestId("summary-programs", {}, { timeout: 5000 });
  return programs;
}

test("a year of history gives the comparison figures worked out by hand", async () => {
  await s.service.applyLoad(exampleStructure(), "sv");
  renderPane("sv-SE");
  const programs = await refreshed("Uppdatera sammanfattning");
  const miljo = programs.querySelector('[data-program="miljo"]') as HTMLElement;
  // The view loads on first use.
  await within(miljo).findByTestId("comparison");

  // The sentence once, in the card or in the report text, never in both.
  const sentence = "Jämfört med 2023 har 2 mål fått en bättre bedömning, ett mål en sämre och 2 samma.";
  const report = (screen.getByTestId("report-text") as HTMLTextAreaElement).value;
  const inCard = (miljo.textContent ?? "").split(sentence).length - 1;
  const inReport = report.split(sentence).length - 1;
  expect(inCard + inReport).toBe(1);

  const years = tableOf(miljo, "history");
  expect(years.header).toEqual([
    "År",
    "Antal mål",
    "Röd",
    "Gul",
    "Grön",
    "Ej bedömd",
    "Uppåt",
    "Oförändrad",
    "Nedåt",
    "Ej bedömd",
  ]);
  // 2022: L2 green/flat. 2023: L1 yellow/up, L2 yellow/down, L3 yellow/flat, L4 green/up,
  // V1 red/—, V3 —/—, V4 green/up.
  expect(years.rows["2022"]).toEqual(["1", "0", "0", "1", "0", "0", "1", "0", "0"]);
  expect(years.rows["2023"]).toEqual(["7", "1", "3", "2", "1", "3", "1", "1", "2"]);

  // 2023 → 2024: V1 red→green; L1 yellow→green, L2 yellow→red, L3 yellow→yellow;
  // L4 green→—, V4 green→green; V3 —→yellow.
  const moves = tableOf(miljo, "transitions");
  expect(moves.header).toEqual([
    "Status 2023 (rader) → 2024 (kolumner)",
    "Röd",
    "Gul",
    "Grön",
    "Ej bedömd",
    "Totalt",
  ]);
  expect(moves.rows["Röd"]).toEqual(["0", "0", "1", "0", "1"]);
  expect(moves.rows["Gul"]).toEqual(["1", "1", "1", "0", "3"]);
  expect(moves.rows["Grön"]).toEqual(["0", "0", "1", "1", "2"]);
  expect(moves.rows["Ej bedömd"]).toEqual(["0", "1", "0", "0", "1"]);
  expect(moves.rows["Totalt"]).toEqual(["1", "2", "3", "1", "7"]);

  // A programme without any history shows no comparison at all.
  const kultur = programs.querySelector('[data-program="kultur"]') as HTMLElement;
  expect(within(kultur).queryByTestId("comparison")).toBeNull();
});

test("in English, with the tables reachable by keyboard", async () => {
  await s.service.applyLoad(exampleStructure(), "en");
  renderPane("en-GB");
  const programs = await refreshed("Refresh summary");
  const miljo = programs.querySelector('[data-program="miljo"]') as HTMLElement;
  await within(miljo).findByTestId("comparison");
  const regions = within(miljo).getAllByRole("region");
  expect(regions.map((r) => r.getAttribute("aria-label"))).toEqual([
    "Earlier years in Miljöprogram",
    "Status in 2023 and 2024 in Miljöprogram",
  ]);
  expect(regions.every((r) => r.tabIndex === 0)).toBe(true);
  expect(tableOf(miljo, "transitions").rows["Total"]).toEqual(["1", "2", "3", "1", "7"]);
});
