// End to end, the history import from last year's workbook: the production build of the pane in
// headless Chromium on the Excel emulator (as in taskpane.e2e.test.ts), under the page's own CSP.
// An official loads the bundled structure, chooses a workbook the CLI wrote for the year before
// (through the file input) and imports it with the keyboard; the reader arrives as a chunk of its
// own only then, the history table gains the earlier year's rows, and the pane says what it added
// and which goals no longer exist.
import type { Page, Request } from "playwright-core";
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { GOAL_TABLE, HISTORY_TABLE, buildWorkbookPlan } from "../../src/plan";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { goalsIn } from "../history/fixtures";
import {
  OFFICE_JS,
  buildTaskPane,
  chromiumAvailable,
  emulatorScript,
  launchChromium,
  serveStatic,
  type Browser,
} from "./harness";

interface TableInfo {
  sheet: string;
  address: string;
  headers: string[];
  rows: (string | number | boolean)[][];
}

const describeBrowser = chromiumAvailable() ? describe : describe.skip;

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

  it("imports last year's workbook through the file input, loading the reader only then", async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    const scripts: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("request", (r: Request) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS)
        return route.fulfill({ status: 200, contentType: "application/javascript", body: officeJs });
      if (url.startsWith(origin)) return route.continue();
      problems.push(`blocked request: ${url}`);
      return route.abort();
    });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();

    await tabTo(page, /^Förhandsgranska$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("load-preview").waitFor();
    await tabTo(page, /^Tillämpa$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("notice-load").waitFor();
    const goals = (await table(page, GOAL_TABLE)) as TableInfo;
    const source = lastYear();
    expect((await table(page, HISTORY_TABLE))?.rows.some((r) => r[0] === source.year)).toBe(false);
    expect(scripts.some((u) => /historyWorkbook/.test(u))).toBe(false);

    const bytes = await writeWorkbookBuffer(buildWorkbookPlan(source, "sv"));
    await page.getByTestId("history-file-input").setInputFiles({
      name: `uppfoljning-${source.year}.xlsx`,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
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
});
