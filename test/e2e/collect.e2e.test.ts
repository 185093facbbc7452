// End to end, "Samla in svar": the production build of the pane in headless Chromium on the Excel
// emulator (as in taskpane.e2e.test.ts), under the page's own CSP. An official loads the bundled
// structure, chooses two workbooks made as `split` makes them and edited by their bodies (through
// the file input, both at once), sees the preview per file (the collect chunk, with the .xlsx
// reader, arrives only then; axe-core finds nothing serious), and applies it with the keyboard:
// the goal table holds the returned values, a formula-like comment as text. "Dela upp per
// ansvarig" makes the bodies' workbooks in the page (the split chunk, loaded on the click) and
// downloads them as one .zip, under the same CSP.
import type { Page } from "playwright-core";
import { bundledStructure } from "../../src/domain";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { safeFileName, splitByResponsible } from "../../src/domain/split";
import { readSentGrid } from "../../src/plan/sent";
import { readXlsxReturn } from "../../src/xlsxlite/read";
import { GOAL_TABLE } from "../../src/plan";
import { edited, parse, splitFiles } from "../collect/returns";
import { describeBrowser, paneSession } from "./harness";
import { loadBundledByKeyboard, seriousViolations, table, tabTo, type TableInfo } from "./page";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describeBrowser("collecting returns end to end (headless Chromium + Excel emulator)", () => {
  const pane = paneSession();

  const goals = async (page: Page): Promise<TableInfo> => (await table(page, GOAL_TABLE)) as TableInfo;

  it("previews the returns per file, loading the collect chunk only then, and applies them", async () => {
    const { page, problems, requested } = await pane.open("taskpane.html");
    await loadBundledByKeyboard(page, 120);
    expect(requested.some((u) => /collect/.test(u))).toBe(false);

    // Two bodies' files, each with one change.
    // Kommunstyrelsen's six goals, and the goals without a responsible body.
    const parts = splitByResponsible(bundledStructure()).slice(0, 2);
    const names = parts.map((p) => `${p.responsible || "Utan ansvarig"}.xlsx`);
    const ids = parts.map((p) => p.structure.programs[0].areas[0].goals[0].id);
    const split = await splitFiles(bundledStructure());
    const files = [
      {
        name: names[0],
        mimeType: XLSX,
        buffer: await edited(split.get(parts[0].responsible) as Buffer, [[ids[0], "Trend", "Nedåt"]]),
      },
      {
        name: names[1],
        mimeType: XLSX,
        buffer: await edited(split.get(parts[1].responsible) as Buffer, [
          [ids[1], "Kommentar och analys", "=SUM(A1)"],
        ]),
      },
    ];
    const before = await goals(page);
    await page.getByTestId("collect-file-input").setInputFiles(files);
    const panel = page.getByTestId("collect-panel");
    await panel.getByRole("heading", { name: "Förhandsgranskning" }).waitFor({ timeout: 60_000 });
    expect(requested.some((u) => /collect/.test(u))).toBe(true);
    expect(await panel.getByTestId("collect-file").locator("h4").allTextContents()).toEqual(
      files.map((f) => f.name),
    );
    expect(await panel.textContent()).toContain("2 värden förda in, 0 konflikter, 0 inte införda");
    expect(await goals(page)).toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);

    // The preview's heading has the focus; Apply is the next stop.
    await tabTo(page, /^Verkställ$/, { max: 60 });
    await page.keyboard.press("Enter");
    await page
      .getByTestId("notice-collect")
      .filter({ hasText: "2 celler skrivna i arbetsboken." })
      .waitFor({ timeout: 60_000 });
    const after = await goals(page);
    const cell = (t: TableInfo, id: string, header: string): unknown =>
      t.rows.find((r) => r[t.headers.indexOf("Mål-ID")] === id)?.[t.headers.indexOf(header)];
    expect(cell(after, ids[0], "Trend")).toBe("Nedåt");
    expect(cell(after, ids[1], "Kommentar och analys")).toBe("=SUM(A1)");
    const changed = after.rows.flatMap((r, i) =>
      r.flatMap((v, j) => (v === before.rows[i][j] ? [] : [`${i}:${j}`])),
    );
    expect(changed).toHaveLength(2);
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);

  it("splits per responsible body in the page: one .zip download, the split chunk loaded only then", async () => {
    const { page, problems, requested } = await pane.open("taskpane.html");
    await loadBundledByKeyboard(page, 120);
    expect(requested.some((u) => /split/.test(u))).toBe(false);
    const before = await goals(page);

    await tabTo(page, /^Dela upp per ansvarig$/, { max: 120 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(requested.some((u) => /split/.test(u))).toBe(true);
    const structure = bundledStructure();
    expect(download.suggestedFilename()).toBe(`${structure.organisation} ${structure.year} per ansvarig.zip`);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const parts = splitByResponsible(structure);
    expect(Object.keys(zip.files).sort()).toEqual(
      parts.map((p) => `${safeFileName(p.responsible || "Utan ansvarig", "Utan ansvarig")}.xlsx`).sort(),
    );
    // Each file as the pane's collect will read it back: its body's goals and the record.
    for (const part of parts) {
      const name = `${safeFileName(part.responsible || "Utan ansvarig", "Utan ansvarig")}.xlsx`;
      const read = await readXlsxReturn(await (zip.file(name) as JSZip.JSZipObject).async("uint8array"), {
        parse,
      });
      const record = readSentGrid(read.sent ?? []);
      const ids = part.structure.programs.flatMap((p) => p.areas.flatMap((a) => a.goals.map((g) => g.id)));
      expect(record?.responsible).toBe(part.responsible);
      expect(record?.goals.map((g) => g.id)).toEqual(ids);
      expect(read.tables?.goals.body.map((r) => r[0])).toEqual(ids);
    }
    await page
      .getByTestId("notice-collect")
      .filter({ hasText: "Filerna till de ansvariga är skapade och erbjuds för hämtning" })
      .waitFor({ timeout: 60_000 });
    expect(await goals(page)).toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);
    // The page's CSP refuses eval: a writer that evaluated strings would have failed right here.
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);
});
