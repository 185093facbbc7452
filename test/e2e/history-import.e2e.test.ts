// End to end, the history import from last year's workbook: the production build of the pane in
// headless Chromium on the Excel emulator (as in taskpane.e2e.test.ts), under the page's own CSP.
// An official loads the bundled structure, chooses a workbook the CLI wrote for the year before
// (through the file input) and imports it with the keyboard; the reader arrives as a chunk of its
// own only then, the history table gains the earlier year's rows, and the pane says what it added
// and which goals no longer exist. A workbook with an unreadable status asks first (axe-core finds
// nothing serious with the question on screen) and is imported when confirmed.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { GOAL_TABLE, HISTORY_TABLE, buildWorkbookPlan, goalHeader } from "../../src/plan";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { goalsIn } from "../history/fixtures";
import { goalCells } from "../history/workbooks";
import { describeBrowser, paneSession } from "./harness";
import { loadBundledByKeyboard, seriousViolations, table, tabTo, type TableInfo } from "./page";

async function edited(bytes: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The bundled example a year earlier, assessed, with one goal the workbook no longer has. */
function lastYear(): GoalStructure {
  const s = bundledStructure();
  s.year -= 1;
  goalsIn(s).forEach((g, i) => {
    g.status = (["red", "yellow", "green"] as const)[i % 3];
    g.trend = i % 2 === 0 ? "up" : null;
    g.comment = i === 0 ? "=SUM(A1)\nandra raden, åäö" : undefined;
  });
  s.programs[0].areas[0].goals.push({
    id: "GAMMAL-1",
    text: "Ett mål som inte finns kvar",
    status: "red",
    trend: null,
  });
  return s;
}

describeBrowser("the history import from an .xlsx end to end (headless Chromium + Excel emulator)", () => {
  const pane = paneSession();

  /** A new page with the pane, the bundled structure loaded with the keyboard. */
  async function loadedPane(): Promise<{ page: Page; problems: string[]; scripts: string[] }> {
    const { page, problems, requested: scripts } = await pane.open("taskpane.html");
    await loadBundledByKeyboard(page);
    return { page, problems, scripts };
  }

  async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
    await page.getByTestId("history-file-input").setInputFiles({
      name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    });
  }

  it("imports last year's workbook through the file input, loading the reader only then", async () => {
    const { page, problems, scripts } = await loadedPane();
    const goals = (await table(page, GOAL_TABLE)) as TableInfo;
    const source = lastYear();
    expect((await table(page, HISTORY_TABLE))?.rows.some((r) => r[0] === source.year)).toBe(false);
    expect(scripts.some((u) => /historyWorkbook/.test(u))).toBe(false);

    await choose(
      page,
      `uppfoljning-${source.year}.xlsx`,
      await writeWorkbookBuffer(buildWorkbookPlan(source, "sv")),
    );
    await tabTo(page, /^Importera historik$/);
    await page.keyboard.press("Enter");
    const notice = page.getByTestId("notice-year").filter({ hasText: "Historiken är importerad" });
    await notice.waitFor({ timeout: 60_000 });
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain(`Från ${source.year}: ${goals.rows.length} nya poster, 0 ersatta`);
    expect(text).toContain("inte importerades: GAMMAL-1.");
    expect(scripts.some((u) => /historyWorkbook/.test(u))).toBe(true);

    const history = (await table(page, HISTORY_TABLE)) as TableInfo;
    expect(history.rows.filter((r) => r[0] === source.year)).toHaveLength(goals.rows.length);
    const first = goalsIn(source)[0];
    expect(history.rows.find((r) => r[1] === first.id)).toEqual([
      source.year,
      first.id,
      "Röd",
      "Uppåt",
      "=SUM(A1)\nandra raden, åäö",
    ]);
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);

  it("asks before importing a workbook with errors, and imports it when confirmed", async () => {
    const { page, problems } = await loadedPane();
    const source = lastYear();
    const broken = await edited(await writeWorkbookBuffer(buildWorkbookPlan(source, "sv")), (wb) => {
      goalCells(wb).cell(goalsIn(source)[1].id, goalHeader("status", "sv")).value = "Blå";
    });
    await choose(page, "med-fel.xlsx", broken);
    await tabTo(page, /^Importera historik$/);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog", { name: "Filen har fel" });
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toContain("(1 st)");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alertdialog");
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, /^Importera ändå$/, { max: 5 });
    await page.keyboard.press("Enter");
    const notice = page.getByTestId("notice-year").filter({ hasText: "Historiken är importerad" });
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toContain("Importerad trots 1 fel i filen.");
    const history = (await table(page, HISTORY_TABLE)) as TableInfo;
    const second = history.rows.find((r) => r[1] === goalsIn(source)[1].id);
    expect(second?.slice(0, 3)).toEqual([source.year, goalsIn(source)[1].id, ""]);
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);
});
