/** @jest-environment jsdom */
// The pane's goal view over the real adapter on the emulator: it says what to do without a goal
// table or a selection in it, follows the selection, saves one row's cells as text and announces
// it, refuses to write after a sort, keeps edits and messages across a language switch, and
// moves between goals by keyboard.
import "./jsdomEncoding";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createService } from "../../src/excel";
import { createGoalViewPort } from "../../src/excel/goalView";
import { GOAL_TABLE } from "../../src/plan";
import { GoalView } from "../../src/taskpane/components/GoalView";
import { GoalField } from "../../src/taskpane/components/GoalFields";
import { GOAL_COLUMNS, bundledStructure, type ColumnKind } from "../../src/domain";
import * as strings from "../../src/i18n/goalView";
import { strings as shared } from "../../src/i18n";
import { createEmulator, installGlobals, type Emulator } from "../emulator";
import { goalsIn, withHistory } from "../history/fixtures";

let emu: Emulator;
let restore: () => void;
const goals = goalsIn(withHistory());

beforeEach(async () => {
  emu = createEmulator({ sheets: ["Blad1"] });
  restore = installGlobals(emu);
  const service = createService(emu.Excel.run as never, {
    isSetSupported: (set, version) => emu.Office.context.requirements.isSetSupported(set, version),
  });
  await service.applyLoad(withHistory(), "sv");
});
afterEach(() => restore());

/** Column letter of a goal-table header, and the Excel row of body row `i`. */
function cellOf(header: string, i: number): string {
  const table = emu.workbook.table(GOAL_TABLE)!;
  const c = table.headers.indexOf(header);
  const top = Number(/\d+/.exec(table.address)?.[0]);
  return `${String.fromCharCode(65 + c)}${top + 1 + i}`;
}
const cell = (header: string, i: number): unknown => emu.workbook.values("Mål", cellOf(header, i))[0][0];

function renderView(lang: "sv" | "en" = "sv") {
  const port = createGoalViewPort(emu.Excel.run as never);
  const ui = (l: "sv" | "en") => (
    <FluentProvider theme={webLightTheme}>
      <GoalView lang={l} port={port} />
    </FluentProvider>
  );
  const r = render(ui(lang));
  return { ...r, setLang: (l: "sv" | "en") => r.rerender(ui(l)) };
}

async function selectRow(i: number): Promise<void> {
  await act(async () => {
    emu.workbook.select("Mål", cellOf("Mål", i));
    await new Promise((r) => setTimeout(r, 20));
  });
}

test("without a goal table the view says to load a goal structure", async () => {
  emu.reset({ sheets: ["Blad1"] });
  renderView();
  expect(await screen.findByText(/Arbetsboken har ingen måltabell/)).toBeTruthy();
});

test("follows the selection: goal text, facts, Agenda 2030 names, last year's assessment", async () => {
  emu.workbook.typeValues("Mål", cellOf("Agenda 2030", 1), [["3, 13"]]);
  emu.workbook.select("Blad1", "A1");
  renderView();
  expect(await screen.findByText(/Markera en cell i en rad i måltabellen på bladet Mål/)).toBeTruthy();
  await selectRow(1);
  expect((await screen.findByTestId("goal-id")).textContent).toBe(`Mål ${goals[1].id}`);
  expect(screen.getByTestId("goal-text").textContent).toBe(goals[1].text);
  const sdgs = within(screen.getByTestId("goal-sdgs"))
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(sdgs).toEqual(["Mål 3: Hälsa och välbefinnande", "Mål 13: Bekämpa klimatförändringarna"]);
  const last = screen.getByTestId("goal-last").textContent;
  expect(last).toContain("Förra bedömningen (2022)");
  expect(last).toContain("Status: Grön");
  expect(last).toContain("Kommentar: -minus");
  // The bundled example has no indicators, so its workbook has no indicator sheet.
  expect(screen.getByTestId("goal-indicators-none").textContent).toMatch(
    /^Arbetsboken har inget indikatorblad/,
  );
  await selectRow(2);
  await waitFor(() => expect(screen.getByTestId("goal-id").textContent).toBe(`Mål ${goals[2].id}`));
});

test("saves the edited fields to that row as text and announces it", async () => {
  emu.workbook.typeValues("Mål", cellOf("Status", 0), [[""]]);
  await selectRow(0);
  renderView();
  await screen.findByTestId("goal-id");
  fireEvent.click(screen.getByRole("radio", { name: "Grön" }));
  fireEvent.click(screen.getByRole("radio", { name: "Nedåt" }));
  const comment = screen.getByRole("textbox", { name: "Kommentar och analys" });
  fireEvent.change(comment, { target: { value: "=SUMMA(A1)" } });
  expect(screen.getByText("10 av 32 767 tecken")).toBeTruthy();
  expect(screen.getByTestId("goal-unsaved")).toBeTruthy();
  const before = emu.workbook.table(GOAL_TABLE)!.rows.slice(1);
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Spara" })));
  await waitFor(() =>
    expect(screen.getByRole("status").textContent).toBe(`Mål ${goals[0].id} sparat: 3 celler på rad 4.`),
  );
  expect([cell("Status", 0), cell("Trend", 0), cell("Kommentar och analys", 0)]).toEqual([
    "Grön",
    "Nedåt",
    "=SUMMA(A1)",
  ]);
  expect(emu.workbook.cell("Mål", cellOf("Kommentar och analys", 0)).formula ?? null).toBeNull();
  expect(emu.workbook.table(GOAL_TABLE)!.rows.slice(1)).toEqual(before);
  expect(screen.queryByTestId("goal-unsaved")).toBeNull();
});

test("a sort between showing and saving: nothing written, the goal shown at its new row", async () => {
  await selectRow(0);
  renderView();
  await screen.findByTestId("goal-id");
  fireEvent.change(screen.getByRole("textbox", { name: "Kommentar och analys" }), {
    target: { value: "Ny text" },
  });
  const rows = emu.workbook.table(GOAL_TABLE)!.rows.map((r) => r.map((v) => String(v ?? "")));
  const last = String.fromCharCode(64 + rows[0].length);
  emu.workbook.typeValues("Mål", `A4:${last}5`, [rows[1], rows[0]]);
  const sorted = emu.workbook.table(GOAL_TABLE)!.rows;
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Spara" })));
  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Inget sparades: raderna/));
  expect(screen.getByRole("status").textContent).toContain(`Mål ${goals[0].id} finns nu på rad 5`);
  expect(emu.workbook.table(GOAL_TABLE)!.rows).toEqual(sorted);
  // Shown again where it is now, the edit kept.
  expect((screen.getByRole("textbox", { name: "Kommentar och analys" }) as HTMLTextAreaElement).value).toBe(
    "Ny text",
  );
  expect(emu.workbook.selection).toMatch(/^Mål!A5:/);
});

test("switching the pane's language keeps the edit and re-words the message", async () => {
  await selectRow(0);
  const view = renderView();
  await screen.findByTestId("goal-id");
  fireEvent.change(screen.getByRole("textbox", { name: "Kommentar och analys" }), {
    target: { value: "Utkast" },
  });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Spara" })));
  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/sparat/));
  fireEvent.change(screen.getByRole("textbox", { name: "Kommentar och analys" }), {
    target: { value: "Utkast 2" },
  });
  view.setLang("en");
  expect(screen.getByRole("status").textContent).toBe(`Goal ${goals[0].id} saved: 1 cell in row 4.`);
  expect((screen.getByRole("textbox", { name: "Comment and analysis" }) as HTMLTextAreaElement).value).toBe(
    "Utkast 2",
  );
  expect(screen.getByText("Changed, not saved.")).toBeTruthy();
});

test("previous / next / next without status move Excel's selection; the heading takes focus", async () => {
  emu.workbook.typeValues("Mål", cellOf("Status", 4), [[""]]);
  await selectRow(0);
  renderView();
  await screen.findByTestId("goal-id");
  expect(screen.getByRole("button", { name: "Föregående mål" }).getAttribute("aria-disabled")).toBe("true");
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Nästa mål" })));
  await waitFor(() => expect(screen.getByTestId("goal-id").textContent).toBe(`Mål ${goals[1].id}`));
  expect(document.activeElement).toBe(screen.getByTestId("goal-id"));
  expect(emu.workbook.selection).toMatch(/^Mål!A5:/);
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Nästa mål utan status" })));
  await waitFor(() => expect(screen.getByTestId("goal-id").textContent).toBe(`Mål ${goals[4].id}`));
  // Alt+ArrowUp: previous.
  await act(async () => fireEvent.keyDown(screen.getByTestId("goal-id"), { key: "ArrowUp", altKey: true }));
  await waitFor(() => expect(screen.getByTestId("goal-id").textContent).toBe(`Mål ${goals[3].id}`));
});

test("a comment over the cell limit is said in words", async () => {
  await selectRow(0);
  renderView("en");
  await screen.findByTestId("goal-id");
  fireEvent.change(screen.getByRole("textbox", { name: "Comment and analysis" }), {
    target: { value: "x".repeat(32_770) },
  });
  expect(screen.getByText("The text is 3 characters too long for an Excel cell.")).toBeTruthy();
});

test("the view's strings have the same keys and placeholders in both languages, none shadowing a shared key", () => {
  expect(Object.keys(strings.sv).filter((k) => k in shared.sv)).toEqual([]);
  const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.sv).sort());
  for (const k of Object.keys(strings.sv) as (keyof typeof strings.sv)[])
    expect([k, ph(strings.en[k])]).toEqual([k, ph(strings.sv[k])]);
});

test("a column kind without a control of its own is a plain text field", () => {
  const column = { ...GOAL_COLUMNS.find((c) => c.key === "activities")!, owner: "official" as const };
  const unknown = { ...column, kind: "rating" as unknown as ColumnKind };
  let value = "";
  render(
    <FluentProvider theme={webLightTheme}>
      <GoalField
        column={unknown}
        lang="sv"
        workbookLang="sv"
        value="Ja"
        onChange={(v) => (value = v)}
        disabled={false}
      />
    </FluentProvider>,
  );
  const box = screen.getByRole("textbox", { name: "Aktiviteter" }) as HTMLTextAreaElement;
  expect(box.value).toBe("Ja");
  fireEvent.change(box, { target: { value: "Nej" } });
  expect(value).toBe("Nej");
});

test("the done mark is a checkbox labelled Klar: ticked writes the workbook's label, unticked empties the cell", () => {
  const column = GOAL_COLUMNS.find((c) => c.kind === "done")!;
  const written: string[] = [];
  const field = (value: string, workbookLang: "sv" | "en") => (
    <FluentProvider theme={webLightTheme}>
      <GoalField
        column={column}
        lang="sv"
        workbookLang={workbookLang}
        value={value}
        onChange={(v) => written.push(v)}
        disabled={false}
      />
    </FluentProvider>
  );
  const { rerender } = render(field("Ja", "sv"));
  const box = screen.getByRole("checkbox", { name: "Klar" }) as HTMLInputElement;
  expect(box.checked).toBe(true);
  fireEvent.click(box);
  rerender(field("", "en"));
  expect((screen.getByRole("checkbox", { name: "Klar" }) as HTMLInputElement).checked).toBe(false);
  fireEvent.click(screen.getByRole("checkbox", { name: "Klar" }));
  expect(written).toEqual(["", "Yes"]);
  // Something else in the cell: said in words, the box unticked until the official decides.
  rerender(field("kanske", "sv"));
  expect((screen.getByRole("checkbox", { name: "Klar" }) as HTMLInputElement).checked).toBe(false);
  expect(document.body.textContent).toContain("kanske");
});

test("the view's Agenda 2030 names are the bundled structure's", () => {
  const seed = bundledStructure().sdgs ?? [];
  expect(seed).toHaveLength(17);
  for (const g of seed) {
    const key = `sdg.${g.number}` as keyof typeof strings.sv;
    expect([g.number, strings.sv[key], strings.en[key]]).toEqual([g.number, g.name.sv, g.name.en]);
  }
});

test("hidden by Office (a closed pane in the shared runtime), it stops following the selection; shown, it reads again", async () => {
  let notify: ((m: { visibilityMode: string }) => void) | null = null;
  const office = globalThis.Office as unknown as { addin?: unknown };
  office.addin = {
    onVisibilityModeChanged: (handler: (m: { visibilityMode: string }) => void) => {
      notify = handler;
      return Promise.resolve(async () => undefined);
    },
  };
  await selectRow(0);
  renderView();
  await waitFor(() => expect(screen.getByTestId("goal-id").textContent).toBe(`Mål ${goals[0].id}`));
  expect(notify).not.toBeNull();
  await act(async () => notify?.({ visibilityMode: "Hidden" }));
  emu.resetStats();
  await selectRow(2);
  // Not a single read while hidden: the view still shows the goal it showed.
  expect(emu.stats.syncs).toBe(0);
  expect(screen.getByTestId("goal-id").textContent).toBe(`Mål ${goals[0].id}`);
  await act(async () => notify?.({ visibilityMode: "Taskpane" }));
  await waitFor(() => expect(screen.getByTestId("goal-id").textContent).toBe(`Mål ${goals[2].id}`));
  await selectRow(3);
  await waitFor(() => expect(screen.getByTestId("goal-id").textContent).toBe(`Mål ${goals[3].id}`));
});
