// End to end, the year's close: the production build of the pane in headless Chromium on the
// Excel emulator (as in taskpane.e2e.test.ts). With the keyboard alone an official loads the
// bundled structure, leaves an error in the table, starts the new follow-up year, confirms the
// year despite the error, and then sees the comparison with the closed year in the summary;
// axe-core finds nothing serious with the confirmation or the comparison tables on screen, and
// nothing overflows at 320 px.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { GOAL_TABLE, HISTORY_TABLE, goalHeader } from "../../src/plan";
import {
  buildTaskPane,
  chromiumAvailable,
  emulatorScript,
  launchChromium,
  serveStatic,
  type Browser,
  openPage,
} from "./harness";

interface TableInfo {
  sheet: string;
  address: string;
  headers: string[];
  rows: (string | number | boolean)[][];
}

const describeBrowser = chromiumAvailable() ? describe : describe.skip;

describeBrowser("the new follow-up year end to end (headless Chromium + Excel emulator)", () => {
  let browser: Browser;
  let origin: string;
  let officeJs: string;
  let closeServer: () => Promise<void>;
  let cleanupDist: () => void;

  beforeAll(async () => {
    const [dist, script] = await Promise.all([buildTaskPane(), emulatorScript()]);
    cleanupDist = dist.cleanup;
    officeJs = script;
    const server = await serveStatic(dist.dir);
    origin = server.origin;
    closeServer = server.close;
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await closeServer?.();
    cleanupDist?.();
  });

  const table = (page: Page, name: string): Promise<TableInfo | undefined> =>
    page.evaluate((n) => {
      const w = window as unknown as { __emulator: { workbook: { table(n: string): unknown } } };
      return w.__emulator.workbook.table(n) as TableInfo | undefined;
    }, name);

  async function typeInto(page: Page, sheet: string, address: string, value: string): Promise<void> {
    await page.evaluate(
      ([s, a, v]) => {
        const w = window as unknown as {
          __emulator: { workbook: { typeValues(s: string, a: string, v: unknown[][]): void } };
        };
        w.__emulator.workbook.typeValues(s, a, [[v]]);
      },
      [sheet, address, value],
    );
  }

  /** The goal table's cell of body row `row` and column `header`, e.g. "G5". */
  function cellOf(info: TableInfo, header: string, row: number): string {
    const m = /^(?:'?(.+?)'?!)?\$?([A-Z]+)\$?(\d+)/.exec(info.address);
    if (!m) throw new Error(`unexpected table address ${info.address}`);
    let n =
      m[2].split("").reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0) + info.headers.indexOf(header);
    let letters = "";
    for (; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${letters}${Number(m[3]) + 1 + row}`;
  }

  async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      const text = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return (el?.getAttribute("aria-label") ?? el?.innerText ?? "").trim();
      });
      if (name.test(text)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
  }

  it("closes the year with the keyboard after confirming, then compares the summary with it", async () => {
    const { page, problems } = await openPage(browser, { origin, officeJs }, "taskpane.html", { width: 320 });
    await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();

    await tabTo(page, /^Förhandsgranska$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("load-preview").waitFor();
    await tabTo(page, /^Tillämpa$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("notice-load").waitFor();
    const goals = (await table(page, GOAL_TABLE)) as TableInfo;
    expect(goals.rows).toHaveLength(72);
    const status = goalHeader("status", "sv");
    await typeInto(page, goals.sheet, cellOf(goals, status, 0), "Blå");

    // The field proposes the year after the workbook's; the run asks first, in the pane.
    expect(await page.getByRole("spinbutton", { name: "Nytt uppföljningsår" }).inputValue()).toBe("2024");
    await tabTo(page, /^Börja nytt uppföljningsår$/);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog", { name: "Måltabellen har fel" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("(1 st)");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alertdialog");
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, /^Stäng året ändå$/, 5);
    await page.keyboard.press("Enter");
    await page
      .getByTestId("notice-year")
      .filter({ hasText: "Året 2023 är stängt" })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("workbook-info").textContent()).toContain("Uppföljningsår 2024");

    const history = (await table(page, HISTORY_TABLE)) as TableInfo;
    expect(history.rows).toHaveLength(72);
    expect(history.rows.every((r) => r[0] === 2023)).toBe(true);
    const after = (await table(page, GOAL_TABLE)) as TableInfo;
    expect(after.rows.every((r) => r[after.headers.indexOf(status)] === "")).toBe(true);

    // A new year's first assessment, and the summary compares it with 2023.
    await typeInto(page, after.sheet, cellOf(after, status, 0), "Grön");
    await tabTo(page, /^Uppdatera sammanfattning$/);
    await page.keyboard.press("Enter");
    const card = page.getByTestId("summary-programs").locator("li[data-program]").first();
    await card.getByTestId("comparison").waitFor({ timeout: 30_000 });
    expect(await card.getByRole("region").count()).toBe(2);
    expect(await page.getByTestId("report-text").inputValue()).not.toBe("");
    expect(await seriousViolations(page)).toEqual([]);
    const size = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);
});
