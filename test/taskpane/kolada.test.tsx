/** @jest-environment jsdom */
// The pane's "Hämta från Kolada" on the emulator with the real service, the Kolada client and a
// fake transport in the documented v3 shape: the progress counts the requests, the notice says
// how many values were fetched, which KPI Kolada did not know and "Källa: Kolada", and a request
// that cannot be made (offline, blocked, no CORS) is said plainly with the way round it, the
// workbook unchanged.
import "./jsdomEncoding";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Transport, TransportResponse } from "../../src/kolada";
import { INDICATOR_TABLE } from "../../src/plan";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import type { KoladaDeps } from "../../src/taskpane/components/KoladaPanel";
import { defaultDomain } from "../../src/taskpane/components/domainPort";
import { setup, type Setup } from "../excel/helpers";
import { goalsIn } from "../history/fixtures";
import { withIndicators } from "../indicators/fixtures";
import { FakeSettings, deferred } from "./fakes";

let s: Setup;
beforeEach(async () => {
  s = setup();
  await s.service.applyLoad(withIndicators(), "sv");
});
afterEach(() => s.restore());

const TODAY = "2026-12-24";
const json = (body: unknown): TransportResponse => ({
  status: 200,
  headers: { "content-type": "application/json" },
  text: JSON.stringify(body),
});

/** Kolada as documented, knowing N00401 only, with values for two years. */
function koladaAnswers(year: number) {
  const urls: string[] = [];
  const answer = (url: string): TransportResponse => {
    urls.push(url);
    if (url.includes("/kpi/") && !url.includes("/data/"))
      return json({ values: [{ id: "N00401", title: "Andel förnybar energi" }], count: 1, next_url: null });
    return json({
      count: 2,
      next_url: null,
      values: [year - 3, year].map((period, i) => ({
        kpi: "N00401",
        municipality: "1980",
        period,
        values: [{ gender: "T", count: 1, status: "", value: 41.75 + i, isdeleted: false }],
      })),
    });
  };
  return { urls, answer };
}

function renderPane(kolada: KoladaDeps): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        service={s.service}
        domain={defaultDomain}
        settings={new FakeSettings()}
        displayLanguage="sv-SE"
        clipboard={null}
        tableName="Maluppfoljning_Mal"
        kolada={kolada}
      />
    </FluentProvider>,
  );
}

const client = { sleep: async () => undefined, timeoutMs: 5000 };

test("fetches with a progress count, writes the values and says what Kolada lacked", async () => {
  const year = withIndicators().year;
  const kolada = koladaAnswers(year);
  const gate = deferred<void>();
  const transport: Transport = async (url) => {
    // The first request waits, so the progress can be seen.
    if (kolada.urls.length === 0) await gate.promise;
    return kolada.answer(url);
  };
  renderPane({ transport, client, today: TODAY });
  fireEvent.click(screen.getByRole("button", { name: "Hämta från Kolada" }));
  expect(await screen.findByText("Hämtar från Kolada… (1 anrop)")).toBeTruthy();
  gate.resolve();
  const notice = await screen.findByTestId("notice-kolada");
  const text = notice.textContent ?? "";
  expect(text).toContain("Värdena är hämtade från Kolada, men inte alla");
  expect(text).toContain("Hämtade värden: 2. Skrivna celler på bladet Indikatorer: 3.");
  expect(text).toContain("Kolada känner inte till nyckeltalet U00001");
  // The years from the baseline year to the follow-up year that Kolada had nothing for.
  const goal = goalsIn(withIndicators())[0].id;
  expect(text).toContain(
    `fornybar (mål ${goal}, N00401): Kolada har inget värde för ${year - 4}, ${year - 2}–${year - 1}.`,
  );
  expect(text).toContain(`Källa: Kolada (kolada.se), hämtad ${TODAY}.`);
  expect(text).toContain("Anrop till Kolada: 2.");
  expect(screen.queryByTestId("kolada-progress")).toBeNull();
  // The values are in the workbook.
  const table = s.emu.workbook.table(INDICATOR_TABLE);
  const row = table?.rows.find((r) => r.includes("fornybar")) ?? [];
  expect(row[table?.headers.indexOf(String(year)) ?? -1]).toBe(42.75);
  expect(String(row[table?.headers.indexOf("Värdenas källa") ?? -1])).toContain(`hämtad ${TODAY}`);
  // The requests go to Kolada's v3 API, the municipality and the KPI of the sheet.
  expect(kolada.urls[0]).toBe("https://api.kolada.se/v3/kpi/N00401,U00001");
  expect(kolada.urls[1]).toMatch(
    /^https:\/\/api\.kolada\.se\/v3\/data\/kpi\/N00401\/municipality\/1980\/year\//,
  );
});

test("a request that cannot be made: said plainly, with the command line and typing as the way round", async () => {
  const before = s.emu.workbook.dump();
  const transport: Transport = async () => {
    // What window.fetch does offline, when the CSP blocks the host, or without CORS.
    throw new TypeError("Failed to fetch");
  };
  renderPane({ transport, client });
  fireEvent.click(screen.getByRole("button", { name: "Hämta från Kolada" }));
  const notice = await screen.findByTestId("notice-kolada");
  const text = notice.textContent ?? "";
  expect(text).toContain("Kolada gick inte att nå");
  expect(text).toContain("Koladas API (https://api.kolada.se)");
  expect(text).toContain("Inget har ändrats i arbetsboken.");
  expect(text).toContain("npx maluppfoljning kolada ARBETSBOK.xlsx --out NY.xlsx");
  expect(text).toContain("skriv in värdena för hand");
  expect(s.emu.workbook.dump()).toEqual(before);
  // The button works again after the failure.
  await waitFor(() =>
    expect(screen.getByRole("button", { name: "Hämta från Kolada" }).getAttribute("aria-disabled")).not.toBe(
      "true",
    ),
  );
});

test("a workbook without a municipality is refused before any request, in English too", async () => {
  const x = withIndicators();
  delete x.municipality;
  s.emu.reset({ sheets: ["Blad1"] });
  await s.service.applyLoad(x, "en");
  const transport = jest.fn<ReturnType<Transport>, Parameters<Transport>>();
  renderPane({ transport, client });
  fireEvent.click(screen.getByRole("radio", { name: "English" }));
  fireEvent.click(screen.getByRole("button", { name: "Fetch from Kolada" }));
  const notice = await screen.findByTestId("notice-kolada");
  expect(notice.textContent).toContain("The Municipality ID in Kolada is missing");
  expect(transport).not.toHaveBeenCalled();
});
