/** @jest-environment jsdom */
// The pane's history import from last year's workbook (.xlsx): the file written by the CLI's
// writer, chosen in the pane, read by the browser-safe reader (jsdom's DOMParser) and merged by
// the real service on the emulator; what the pane says it added, replaced, kept and could not
// place; the confirmation for a workbook with errors; and why a file cannot be imported.
import "./jsdomEncoding";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import { idKey, importHistory, type GoalStructure } from "../../src/domain";
import { HISTORY_TABLE, buildWorkbookPlan, goalHeader } from "../../src/plan";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import { defaultDomain } from "../../src/taskpane/components/domainPort";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { setup, type Setup } from "../excel/helpers";
import { goalsIn, withHistory } from "../history/fixtures";
import { goalCells } from "../history/workbooks";
import { FakeSettings, fakeService } from "./fakes";
import type { GoalWorkbookService } from "../../src/excel/service";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

const clone = (x: GoalStructure): GoalStructure => JSON.parse(JSON.stringify(x)) as GoalStructure;

function renderPane(service: GoalWorkbookService = s.service, displayLanguage = "sv-SE"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        service={service}
        domain={defaultDomain}
        settings={new FakeSettings()}
        displayLanguage={displayLanguage}
        clipboard={null}
        tableName="Maluppfoljning_Mal"
      />
    </FluentProvider>,
  );
}

/** The workbook's own structure a year earlier: other assessments, and a goal no longer there. */
function lastYear(target: GoalStructure): GoalStructure {
  const e = clone(target);
  e.year -= 1;
  for (const g of goalsIn(e)) g.history = (g.history ?? []).filter((h) => h.year < e.year);
  const goals = goalsIn(e);
  Object.assign(goals[0], { status: "green", trend: "up", comment: "=SUM(A1)" });
  Object.assign(goals[1], { status: "green", trend: "flat", comment: "Rad ett\nRad två" });
  e.programs[0].areas[0].goals.push({
    id: "GAMMAL-1",
    text: "Ett mål som inte finns kvar",
    status: "red",
    trend: null,
  });
  return e;
}

async function xlsxOf(structure: GoalStructure, edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const bytes = await writeWorkbookBuffer(buildWorkbookPlan(structure, "sv"));
  if (!edit) return new Uint8Array(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const section = (): HTMLElement => document.querySelector('[data-section="year"]') as HTMLElement;

function choose(bytes: Uint8Array | string, name: string): File {
  const file = new File([bytes as BlobPart], name);
  fireEvent.change(screen.getByTestId("history-file-input"), { target: { files: [file] } });
  return file;
}

const importButton = (): HTMLElement => screen.getByRole("button", { name: "Importera historik" });

function historyRows(): unknown[][] {
  const table = s.emu.workbook.table(HISTORY_TABLE);
  if (!table) throw new Error("no history table");
  return table.rows;
}

test("imports last year's workbook and says what it added, replaced and could not place", async () => {
  const target = withHistory();
  await s.service.applyLoad(target, "sv");
  const before = historyRows().length;
  const source = lastYear(target);
  // What the domain makes of the same follow-up, for the figures the pane must report.
  const expected = importHistory(target, source);
  if (!expected.ok) throw new Error("refused");
  renderPane();
  expect(screen.getByTestId("history-file-input").getAttribute("accept")).toContain(".xlsx");
  choose(await xlsxOf(source), "uppfoljning-2023.xlsx");
  fireEvent.click(importButton());
  await within(section()).findByText("Historiken är importerad", {}, { timeout: 10_000 });
  const text = section().textContent ?? "";
  expect(expected.replaced.length).toBeGreaterThan(0);
  expect(text).toContain(
    `Från ${expected.years.join(", ")}: ${expected.added.length} nya poster, ${expected.replaced.length} ersatta`,
  );
  expect(text).toContain("inte importerades: GAMMAL-1.");
  expect(historyRows()).toHaveLength(before + expected.added.length);
  const first = goalsIn(target)[0].id;
  const row = historyRows().find((r) => r[0] === source.year && r[1] === first);
  expect(row).toEqual([source.year, first, "Grön", "Uppåt", "=SUM(A1)"]);
});

test("asks before importing a workbook with errors, and keeps the entries it could not read", async () => {
  const target = withHistory();
  await s.service.applyLoad(target, "sv");
  const source = lastYear(target);
  const first = goalsIn(source)[0].id;
  const bytes = await xlsxOf(source, (wb) => {
    goalCells(wb).cell(first, goalHeader("status", "sv")).value = "blå";
  });
  const held = historyRows().find((r) => r[0] === source.year && r[1] === first);
  expect(held).toBeDefined();
  renderPane();
  choose(bytes, "uppfoljning-2023.xlsx");
  fireEvent.click(importButton());
  const dialog = await screen.findByRole("alertdialog", { name: "Filen har fel" }, { timeout: 10_000 });
  expect(dialog.textContent).toContain("(1 st)");
  expect(dialog.textContent).toMatch(/Mål!\w+\d+: /);
  await waitFor(() => expect(document.activeElement).toBe(dialog));
  fireEvent.keyDown(dialog, { key: "Escape" });
  expect(screen.queryByRole("alertdialog")).toBeNull();
  expect(document.activeElement).toBe(importButton());

  fireEvent.click(importButton());
  fireEvent.click(await screen.findByRole("button", { name: "Importera ändå" }, { timeout: 10_000 }));
  await within(section()).findByText("Historiken är importerad", {}, { timeout: 10_000 });
  const text = section().textContent ?? "";
  expect(text).toContain("Importerad trots 1 fel i filen.");
  expect(text).toContain(`Historiken behöll sin post för ${first}`);
  expect(historyRows().find((r) => r[0] === source.year && r[1] === first)).toEqual(held);
});

test("passes the goals it could not read to the service, and imports a clean workbook without asking", async () => {
  const service = fakeService();
  renderPane(service, "en-GB");
  const source = lastYear(withHistory());
  const first = goalsIn(source)[0].id;
  choose(
    await xlsxOf(source, (wb) => {
      goalCells(wb).cell(first, goalHeader("trend", "sv")).value = "snett";
    }),
    "last-year.xlsx",
  );
  fireEvent.click(screen.getByRole("button", { name: "Import history" }));
  fireEvent.click(await screen.findByRole("button", { name: "Import anyway" }, { timeout: 10_000 }));
  await within(section()).findByText("History imported");
  const [structure, unreadable] = service.importHistory.mock.calls[0] as [GoalStructure, string[]];
  expect(structure.year).toBe(source.year);
  expect(goalsIn(structure).map((g) => g.id)).toEqual(goalsIn(source).map((g) => g.id));
  expect(unreadable).toEqual([idKey(first)]);

  choose(await xlsxOf(source), "clean.xlsx");
  fireEvent.click(screen.getByRole("button", { name: "Import history" }));
  await waitFor(() => expect(service.importHistory).toHaveBeenCalledTimes(2));
  expect(screen.queryByRole("alertdialog")).toBeNull();
  expect(service.importHistory.mock.calls[1][1]).toEqual([]);
});

describe("a file that cannot be imported", () => {
  async function refused(bytes: Uint8Array | string, name: string, size?: number): Promise<string> {
    const service = fakeService();
    renderPane(service);
    const file = choose(bytes, name);
    if (size !== undefined) Object.defineProperty(file, "size", { value: size });
    fireEvent.click(importButton());
    await within(section()).findByText(`${name} kunde inte importeras`, {}, { timeout: 10_000 });
    expect(service.importHistory).not.toHaveBeenCalled();
    const text = section().textContent ?? "";
    expect(text).toContain("Arbetsboken har inte ändrats.");
    return text;
  }

  test("is not a zip archive", async () => {
    expect(await refused('{"year": 2023}', "fel.xlsx")).toContain("innehållet är något annat");
  });

  test("has no goal table", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").getCell("A1").value = "Mål-ID";
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await refused(bytes, "annan.xlsx")).toContain("har ingen måltabell från Måluppföljning");
  });

  test("has no follow-up year", async () => {
    const bytes = await xlsxOf(lastYear(withHistory()), (wb) => {
      for (const ws of wb.worksheets)
        ws.eachRow((row) => {
          if (row.getCell(1).value === "År") row.getCell(2).value = "";
        });
    });
    expect(await refused(bytes, "utan-ar.xlsx")).toContain("inget giltigt uppföljningsår (fyra siffror)");
  });

  test("is too large", async () => {
    const text = await refused("PK", "stor.xlsx", 60 * 1024 * 1024);
    expect(text).toContain("stor.xlsx är 60 MB, större än de 50 MB");
  });
});
