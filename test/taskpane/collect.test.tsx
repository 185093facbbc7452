/** @jest-environment jsdom */
// The pane's "Samla in svar": returned files made as `split` makes them, chosen in the pane, read
// by the pane's reader (jsdom's DOMParser) and collected by the real service on the emulator. The
// preview lists what is taken, the conflicts and what is not applied, per file, in the CLI's very
// words, and changes nothing; Apply writes the taken cells; a workbook changed since the preview
// is not written from it; the pane points to the CLI for `split`.
import "./jsdomEncoding";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { collectReturns } from "../../src/domain/collect";
import type { CollectPreview, GoalWorkbookService } from "../../src/excel/service";
import { collectLinesByFile } from "../../src/present/collect";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import { defaultDomain } from "../../src/taskpane/components/domainPort";
import { collectStructure, edited, splitFiles } from "../collect/returns";
import { goalTable, setup, type Setup } from "../excel/helpers";
import { FakeSettings, deferred, fakeService } from "./fakes";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

const COMMENT = "Kommentar och analys";

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

const section = (): HTMLElement => document.querySelector('[data-section="collect"]') as HTMLElement;

function choose(files: File[]): void {
  fireEvent.change(screen.getByTestId("collect-file-input"), { target: { files } });
}

/** Kommunstyrelsen (L1, L3, V1, …) and Tekniska nämnden (L2, L4, V2, V4, S2), edited; and a stray file. */
async function returnFiles(): Promise<File[]> {
  const split = await splitFiles(collectStructure());
  const ks = await edited(split.get("Kommunstyrelsen") as Buffer, [
    ["L1", "Status", "Röd"],
    ["V1", COMMENT, "=SUM(A1)"],
  ]);
  const tn = await edited(split.get("Tekniska nämnden") as Buffer, [
    ["L2", "Trend", "Uppåt"],
    ["V4", COMMENT, "Nämndens text"],
    ["S2", "Mål-ID", null],
  ]);
  return [
    new File([new Uint8Array(ks)], "Kommunstyrelsen.xlsx"),
    new File([new Uint8Array(tn)], "Tekniska nämnden.xlsx"),
    new File(["inte en arbetsbok"], "anteckningar.xlsx"),
  ];
}

/** The main workbook, with the analyst's own V4 comment since the split. */
async function loadedMain(): Promise<void> {
  await s.service.applyLoad(collectStructure(), "sv");
  const t = goalTable(s.emu);
  const row = t.body.findIndex((r) => r[0] === "V4");
  const col = t.header.indexOf(COMMENT);
  const top = Number(/(\d+):/.exec(t.range)?.[1]);
  s.emu.workbook.typeValues(t.sheet, `${String.fromCharCode(65 + col)}${top + 1 + row}`, [
    ["Analytikerns text"],
  ]);
}

function cellOf(id: string, header: string): unknown {
  const t = goalTable(s.emu);
  return t.body.find((r) => r[0] === id)?.[t.header.indexOf(header)];
}

test("previews per file in the CLI's words, changes nothing, and Apply writes the taken values", async () => {
  await loadedMain();
  const files = await returnFiles();
  // The service's answer, to hold the pane's lines against the shared ones the CLI prints.
  const previews: CollectPreview[] = [];
  const service: GoalWorkbookService = {
    ...s.service,
    previewCollect: async (returned) => {
      const p = await s.service.previewCollect(returned);
      previews.push(p);
      return p;
    },
  };
  renderPane(service);
  expect(screen.getByTestId("collect-file-input").hasAttribute("multiple")).toBe(true);
  choose(files);
  const panel = await screen.findByTestId("collect-panel", {}, { timeout: 10_000 });
  await within(panel).findByRole("heading", { name: "Förhandsgranskning" }, { timeout: 10_000 });
  const before = goalTable(s.emu).body;

  const groups = within(panel).getAllByTestId("collect-file");
  expect(groups.map((g) => g.querySelector("h4")?.textContent)).toEqual([
    "Kommunstyrelsen.xlsx",
    "Tekniska nämnden.xlsx",
    "anteckningar.xlsx",
  ]);
  const lines = (g: HTMLElement): [string | null, string][] =>
    Array.from(g.querySelectorAll("li")).map((li) => [li.getAttribute("data-kind"), li.textContent ?? ""]);
  expect(lines(groups[0])).toEqual([
    ["taken", "Fört in: Kommunstyrelsen.xlsx, L1, Status: ”Grön” → ”Röd”"],
    ["taken", "Fört in: Kommunstyrelsen.xlsx, V1, Kommentar och analys: ”Kommentar V1” → ”=SUM(A1)”"],
  ]);
  expect(lines(groups[1])).toEqual([
    ["taken", "Fört in: Tekniska nämnden.xlsx, L2, Trend: ”Nedåt” → ”Uppåt”"],
    [
      "conflict",
      "Konflikt: Tekniska nämnden.xlsx, V4, Kommentar och analys: skickat ”Kommentar V4”, huvudfilen ”Analytikerns text”, svaret ”Nämndens text”; huvudfilens värde behålls",
    ],
    [
      "rejected",
      "Inte infört: Tekniska nämnden.xlsx, S2: målet skickades ut men saknas i svaret (raden eller mål-ID:t har tagits bort)",
    ],
  ]);
  expect(lines(groups[2])).toEqual([
    [
      "rejected",
      "Inte infört: anteckningar.xlsx: filen kunde inte läsas (den är ingen Excel-arbetsbok i .xlsx-format)",
    ],
  ]);
  expect(groups.map(lines)).toEqual(
    collectLinesByFile(previews[0].result, "sv").map((g) => g.lines.map((l) => [l.kind, l.text])),
  );
  expect(panel.textContent).toContain("3 värden förda in, 1 konflikter, 2 inte införda");
  expect(panel.textContent).toContain("Verkställ för in 3 celler i arbetsboken");
  // Nothing changed yet.
  expect(goalTable(s.emu).body).toEqual(before);
  expect(cellOf("L1", "Status")).toBe("Grön");

  s.emu.resetStats();
  fireEvent.click(within(panel).getByRole("button", { name: "Verkställ" }));
  await within(section()).findByText("3 celler skrivna i arbetsboken.", {}, { timeout: 10_000 });
  expect(s.emu.stats.syncs).toBe(3);
  expect(cellOf("L1", "Status")).toBe("Röd");
  expect(cellOf("L2", "Trend")).toBe("Uppåt");
  expect(cellOf("V1", COMMENT)).toBe("=SUM(A1)");
  expect(cellOf("V4", COMMENT)).toBe("Analytikerns text");
  expect(cellOf("S2", COMMENT)).toBe("Kommentar S2");
  expect(within(section()).getByTestId("notice-collect").textContent).toContain(
    "Konflikterna och det som inte fördes in står i listan ovan",
  );
  // The lists stay for the analyst to work through; Apply is gone.
  expect(within(panel).queryByRole("button", { name: "Verkställ" })).toBeNull();
  expect(within(panel).getAllByTestId("collect-file")).toHaveLength(3);
});

test("a workbook sorted after the preview is not written from it: the pane shows the merge again", async () => {
  await loadedMain();
  const files = await returnFiles();
  renderPane(s.service, "en-GB");
  choose(files.slice(0, 1));
  const panel = await screen.findByTestId("collect-panel", {}, { timeout: 10_000 });
  await within(panel).findByRole("heading", { name: "Preview" }, { timeout: 10_000 });
  // An official sorts the goal table (reverses its rows) before Apply.
  const t = goalTable(s.emu);
  const top = Number(/(\d+):/.exec(t.range)?.[1]);
  const last = String.fromCharCode(64 + t.header.length);
  const body = t.body.map((r) => r.map((v) => (v === null ? "" : String(v)))).reverse();
  s.emu.workbook.typeValues(t.sheet, `A${top + 1}:${last}${top + t.body.length}`, body);
  const sorted = goalTable(s.emu).body;

  fireEvent.click(within(panel).getByRole("button", { name: "Apply" }));
  await within(section()).findByText("The workbook has changed since the preview", {}, { timeout: 10_000 });
  expect(goalTable(s.emu).body).toEqual(sorted);
  expect(section().textContent).toContain("Nothing was written.");
  // The new preview is shown; applying it writes the right rows.
  fireEvent.click(within(panel).getByRole("button", { name: "Apply" }));
  await within(section()).findByText("2 cells written to the workbook.", {}, { timeout: 10_000 });
  expect(cellOf("L1", "Status")).toBe("Röd");
  expect(cellOf("V1", COMMENT)).toBe("=SUM(A1)");
});

test("shows which file it is reading, and Cancel leaves the workbook as it was", async () => {
  const service = fakeService();
  const reading = deferred<ArrayBuffer>();
  const slow = { name: "långsam.xlsx", size: 10, arrayBuffer: () => reading.promise } as unknown as File;
  const preview: CollectPreview = {
    result: collectReturns([], []),
    cells: 0,
    stamp: "x",
  };
  service.previewCollect.mockResolvedValue(preview);
  renderPane(service);
  choose([new File(["x"], "första.xlsx"), slow]);
  expect(await screen.findByText("Läser fil 2 av 2: långsam.xlsx…", {}, { timeout: 10_000 })).toBeTruthy();
  expect(within(section()).getByText("Läser svaren…")).toBeTruthy();
  reading.resolve(new ArrayBuffer(0));
  const panel = await screen.findByTestId("collect-panel");
  await within(panel).findByText("Det finns inget att föra in: arbetsboken ändras inte om du verkställer.");
  expect(service.previewCollect).toHaveBeenCalledTimes(1);
  const read = service.previewCollect.mock.calls[0][0] as { file: string }[];
  expect(read.map((r) => r.file)).toEqual(["första.xlsx", "långsam.xlsx"]);
  const apply = within(panel).getByRole("button", { name: "Verkställ" });
  expect(apply.getAttribute("aria-disabled")).toBe("true");
  fireEvent.click(within(panel).getByRole("button", { name: "Avbryt" }));
  await waitFor(() => expect(screen.queryByTestId("collect-panel")).toBeNull());
  expect(service.applyCollect).not.toHaveBeenCalled();
  expect(document.activeElement?.textContent).toBe("Välj svarsfiler…");
});

test("names the CLI command for splitting the workbook, in both languages", () => {
  renderPane(fakeService());
  expect(section().querySelector("code")?.textContent).toBe(
    "npx maluppfoljning split FIL.xlsx --out-dir MAPP",
  );
  fireEvent.click(screen.getByRole("radio", { name: "English" }));
  expect(section().querySelector("code")?.textContent).toBe(
    "npx maluppfoljning split FILE.xlsx --out-dir DIR",
  );
  expect(within(section()).getByRole("heading", { name: "6. Collect returns" })).toBeTruthy();
});

test("in a workbook without a goal table it says so, with nothing to apply", async () => {
  const files = await returnFiles();
  renderPane();
  choose(files.slice(0, 1));
  const notice = await within(section()).findByTestId("notice-collect", {}, { timeout: 10_000 });
  expect(notice.textContent).toContain("Det gick inte");
  expect(notice.textContent).toContain("Arbetsboken har inte ändrats.");
  expect(within(section()).queryByRole("button", { name: "Verkställ" })).toBeNull();
  expect(notice.textContent).not.toContain("oväntat");
  expect(s.emu.workbook.tables()).toEqual([]);
});
