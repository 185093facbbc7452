/** @jest-environment jsdom */
// The pane's "Samla in svar" with indicator values: returns made as `split` makes them, an
// official's indicator value edited with ExcelJS, chosen in the pane and collected by the real
// service on the emulator. The preview names the indicator column in the CLI's words; Apply is one
// read and one write and puts the number into the indicator sheet.
import "./jsdomEncoding";
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import type { GoalStructure } from "../../src/domain";
import { INDICATOR_TABLE } from "../../src/plan";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import { defaultDomain } from "../../src/taskpane/components/domainPort";
import { indicatorCells } from "../collect/indicatorCells";
import { splitFiles } from "../collect/returns";
import { setup, type Setup } from "../excel/helpers";
import { goalsIn } from "../history/fixtures";
import { withIndicators } from "../indicators/fixtures";
import { FakeSettings } from "./fakes";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

function structure(): GoalStructure {
  const st = withIndicators();
  for (const g of goalsIn(st)) g.responsible = g.id === "EKO-1.02" ? "Tekniska nämnden" : "Kommunstyrelsen";
  return st;
}

/** The live indicator table's value of (indicator ID, year). */
function valueOf(id: string, year: number): unknown {
  const table = s.emu.workbook.table(INDICATOR_TABLE);
  if (!table) throw new Error("no indicator table");
  return table.rows.find((r) => r[table.headers.indexOf("Indikator-ID")] === id)?.[
    table.headers.indexOf(String(year))
  ];
}

test("the preview lists an indicator value as 'Indikator <name> <year>', and Apply writes it in one read and one write", async () => {
  await s.service.applyLoad(structure(), "sv");
  const split = await splitFiles(structure());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(split.get("Kommunstyrelsen") as unknown as ArrayBuffer);
  indicatorCells(wb).cell("EKO-1.01", "fornybar", 2023).value = 47;
  const ks = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        service={s.service}
        domain={defaultDomain}
        settings={new FakeSettings()}
        displayLanguage="sv-SE"
        clipboard={null}
        tableName="Maluppfoljning_Mal"
      />
    </FluentProvider>,
  );
  fireEvent.change(screen.getByTestId("collect-file-input"), {
    target: { files: [new File([new Uint8Array(ks)], "Kommunstyrelsen.xlsx")] },
  });
  const panel = await screen.findByTestId("collect-panel", {}, { timeout: 10_000 });
  await within(panel).findByRole("heading", { name: "Förhandsgranskning" }, { timeout: 10_000 });
  const lines = Array.from(panel.querySelectorAll("li")).map((li) => [
    li.getAttribute("data-kind"),
    li.textContent,
  ]);
  expect(lines).toEqual([
    ["taken", "Fört in: Kommunstyrelsen.xlsx, EKO-1.01, Indikator Andel förnybar energi 2023: (tom) → ”47”"],
  ]);
  expect(valueOf("fornybar", 2023) ?? "").toBe("");

  s.emu.resetStats();
  fireEvent.click(within(panel).getByRole("button", { name: "Verkställ" }));
  const section = document.querySelector('[data-section="collect"]') as HTMLElement;
  await within(section).findByText("1 cell skrivna i arbetsboken.", {}, { timeout: 10_000 });
  expect(s.emu.stats.syncs).toBe(3);
  expect(valueOf("fornybar", 2023)).toBe(47);
}, 60_000);
