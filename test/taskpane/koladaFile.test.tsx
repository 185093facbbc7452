/** @jest-environment jsdom */
// The pane's import of a file exported from Kolada's web interface, on the emulator with the real
// service: offered right after a fetch Kolada did not answer, and always in the section; a CSV or
// an .xlsx export (built from our understanding of the export, test/kolada/exportFixtures/README.md)
// fills the indicator sheet through the same write as the fetch; a file of unknown layout is
// refused naming the columns expected, the workbook unchanged.
import "./jsdomEncoding";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import type { Transport } from "../../src/kolada";
import { INDICATOR_TABLE } from "../../src/plan";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import type { KoladaDeps } from "../../src/taskpane/components/KoladaPanel";
import { defaultDomain } from "../../src/taskpane/components/domainPort";
import { setup, type Setup } from "../excel/helpers";
import { goalsIn } from "../history/fixtures";
import { withIndicators } from "../indicators/fixtures";
import { FakeSettings } from "./fakes";

let s: Setup;
beforeEach(async () => {
  s = setup();
  await s.service.applyLoad(withIndicators(), "sv");
});
afterEach(() => s.restore());

const TODAY = "2026-12-24";
const year = withIndicators().year;

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

/** A Swedish export, years as columns: N00401 for Västerås and for another municipality. */
function csvExport(): string {
  return [
    "Kolada",
    "",
    `Nyckeltal;Kommun;Kön;${year - 3};${year - 2};${year - 1};${year}`,
    `"N00401 Andel förnybar energi";Västerås;Totalt;41,5;44;..;47,25`,
    `"N00401 Andel förnybar energi";Eskilstuna;Totalt;1;2;3;4`,
  ].join("\r\n");
}

function cellOf(indicator: string, header: string): unknown {
  const table = s.emu.workbook.table(INDICATOR_TABLE);
  const row = table?.rows.find((r) => r.includes(indicator)) ?? [];
  return row[table?.headers.indexOf(header) ?? -1];
}

function choose(file: File): void {
  fireEvent.change(screen.getByTestId("kolada-file-input"), { target: { files: [file] } });
}

const offline: Transport = async () => {
  throw new TypeError("Failed to fetch");
};

test("after a fetch Kolada did not answer, the pane offers the file import, which fills the sheet", async () => {
  renderPane({ transport: offline, client: { sleep: async () => undefined }, today: TODAY });
  fireEvent.click(screen.getByRole("button", { name: "Hämta från Kolada" }));
  const notice = await screen.findByTestId("notice-kolada");
  expect(notice.textContent).toContain("Kolada gick inte att nå");
  expect(notice.textContent).toContain(
    "exportera nyckeltalen från kolada.se som Excel- eller CSV-fil och välj Importera fil från Kolada",
  );
  // The offer: a button beside the notice (the section's own stays too), opening the file picker.
  const offers = await screen.findAllByRole("button", { name: "Importera fil från Kolada" });
  expect(offers).toHaveLength(2);
  const input = screen.getByTestId("kolada-file-input") as HTMLInputElement;
  const click = jest.spyOn(input, "click");
  await waitFor(() => expect(offers[1].getAttribute("aria-disabled")).not.toBe("true"));
  fireEvent.click(offers[1]);
  expect(click).toHaveBeenCalledTimes(1);
  expect(input.accept).toContain(".csv");
  expect(input.accept).toContain(".xlsx");
  choose(new File([csvExport()], "kolada-export.csv", { type: "text/csv" }));
  await waitFor(() =>
    expect(screen.getByTestId("notice-kolada").textContent).toContain("inlästa från filen"),
  );
  const text = screen.getByTestId("notice-kolada").textContent ?? "";
  const goal = goalsIn(withIndicators())[0].id;
  expect(text).toContain("Värdena är inlästa från filen från Kolada, men inte alla");
  expect(text).toContain(
    `fornybar (mål ${goal}, N00401): filen har inget värde för ${year - 4}, ${year - 1}.`,
  );
  expect(text).toContain("filen har inga värden för nyckeltalet U00001");
  expect(text).toContain(`Källa: Kolada (kolada.se), importerad ${TODAY} ur kolada-export.csv.`);
  expect(cellOf("fornybar", String(year))).toBe(47.25);
  // Eskilstuna's values are not Västerås's; a typed value Kolada has none for stays.
  expect(cellOf("fornybar", String(year - 1))).toBe(45.25);
  expect(String(cellOf("fornybar", "Värdenas källa"))).toContain(`Källa: Kolada, hämtad ${TODAY}`);
});

test("the section always offers the import; an .xlsx export is read with the pane's own reader", async () => {
  const transport = jest.fn<ReturnType<Transport>, Parameters<Transport>>();
  renderPane({ transport, today: TODAY });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Export");
  ws.addRow(["KPI", "Kommun-ID", "Kön", "År", "Värde"]);
  ws.addRow(["N00401", 1980, "T", year, 50.5]);
  ws.addRow(["U00001", 1980, "K", year, 12]);
  ws.addRow(["U00001", 1980, "T", year, 99]);
  const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  const input = screen.getByTestId("kolada-file-input") as HTMLInputElement;
  const click = jest.spyOn(input, "click");
  fireEvent.click(screen.getByRole("button", { name: "Importera fil från Kolada" }));
  expect(click).toHaveBeenCalledTimes(1);
  choose(new File([bytes], "export.xlsx"));
  await waitFor(() =>
    expect(screen.getByTestId("notice-kolada").textContent).toContain("Inlästa värden: 2."),
  );
  expect(cellOf("fornybar", String(year))).toBe(50.5);
  // The indicator with gender K took the women's value, not the total.
  const womens = s.emu.workbook.table(INDICATOR_TABLE)?.rows.find((r) => r.includes("U00001")) ?? [];
  expect(womens).toContain(12);
  expect(womens).not.toContain(99);
  expect(transport).not.toHaveBeenCalled();
});

test("a file of unknown layout is refused naming the columns expected, the workbook unchanged", async () => {
  renderPane({ today: TODAY });
  const before = s.emu.workbook.dump();
  choose(new File(["Namn;Belopp\nAnna;12\n"], "annat.csv"));
  const notice = await screen.findByTestId("notice-kolada");
  const text = notice.textContent ?? "";
  expect(text).toContain("annat.csv kunde inte läsas in");
  expect(text).toContain("Nyckeltal eller KPI");
  expect(text).toContain("Inget har ändrats i arbetsboken.");
  expect(s.emu.workbook.dump()).toEqual(before);
});
