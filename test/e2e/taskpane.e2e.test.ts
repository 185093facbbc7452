// End to end: the task pane as it ships (webpack production build) in headless Debian Chromium,
// served from 127.0.0.1, with the request for office.js answered by the Excel emulator
// (test/emulator/browser-entry.ts). A user loads the bundled structure, checks, fixes, formats and
// summarises; the emulator's workbook must then hold the goal table and the summary sheet, and the
// pane must show the figures published in the source document. Also: one job done with the
// keyboard alone, axe-core without serious or critical violations, no horizontal overflow at 320
// and 450 px, screenshots in Swedish and English into build/screenshots/ (not committed), and the
// ribbon's function commands run against the same workbook.
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import type { FileChooser, Page } from "playwright-core";
import { goalHeader } from "../../src/plan";
import { GOAL_TABLE } from "../../src/plan";
import { ownedNamePrefix } from "../../src/plan/ownership";
import { t } from "../../src/i18n";
import { ROOT, describeBrowser, paneSession } from "./harness";
import { cellOf, pageWidths, selection, seriousViolations, sheetNames, table, tabTo, typeInto } from "./page";

const SCREENSHOTS = join(ROOT, "build", "screenshots");
const WIDTHS = [320, 450] as const;

/** Polls `read` until `accept` holds (at most `timeoutMs`); returns the last value read. */
async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** How the tests here tab through the pane: a form control is named by its <label>. */
const BY_LABEL = { max: 60, labels: true };

describeBrowser("task pane end to end (headless Chromium + Excel emulator)", () => {
  const pane = paneSession({ screenshots: SCREENSHOTS });

  interface Opened {
    page: Page;
    /** Console errors, uncaught exceptions and requests that tried to leave 127.0.0.1. */
    problems: string[];
  }

  async function openPane(width: number, path = "taskpane.html"): Promise<Opened> {
    // Nothing may leave the machine: office.js is the emulator, everything else is local.
    const { page, problems } = await pane.open(path, { width });
    await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();
    return { page, problems };
  }

  /** The messages the pane shows now, to explain a wait that timed out. */
  const shownNotices = (page: Page): Promise<string[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="notice-"]')].map((e) => (e as HTMLElement).innerText),
    );

  /** Waits for the element with `testId`; on a timeout the error says what the pane showed instead. */
  async function shown(page: Page, testId: string, hasText?: string): Promise<string> {
    const element = page.getByTestId(testId).filter(hasText ? { hasText } : {});
    try {
      await element.waitFor({ timeout: 30_000 });
    } catch (e) {
      const notices = await shownNotices(page);
      throw new Error(
        `${testId}${hasText ? ` with "${hasText}"` : ""} did not appear; the pane showed: ${JSON.stringify(notices)}\n${String(e)}`,
      );
    }
    return (await element.textContent()) ?? "";
  }

  /** Waits until the notice of `section` contains `text`, and returns its whole text. */
  const noticeWith = (page: Page, section: string, text: string): Promise<string> =>
    shown(page, `notice-${section}`, text);

  /** JSON path units (see JsonPathText) that the pane broke across lines: none may be. */
  const brokenPathUnits = (page: Page): Promise<string[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll("[data-path-unit]")]
        .filter((u) => {
          const range = document.createRange();
          range.selectNodeContents(u);
          // One line box per unit; a unit broken in two has two.
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        })
        .map((u) => u.textContent ?? ""),
    );

  /**
   * Presses Enter on the focused button until the browser's file picker opens. Under load the
   * picker's interception, which Playwright switches on when the wait starts, can arrive after
   * the key press; the picker is then cancelled unseen and the press is repeated (at most 3).
   */
  async function pressForChooser(page: Page): Promise<FileChooser> {
    for (let attempt = 1; ; attempt++) {
      const chooser = page.waitForEvent("filechooser", { timeout: 10_000 });
      await page.keyboard.press("Enter");
      try {
        return await chooser;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
  }

  it("loads, checks, fixes, formats and summarises; the workbook holds the goal table and the summary", async () => {
    const { page, problems } = await openPane(450);
    const section = (id: string) => page.locator(`section[data-section="${id}"]`);

    // Load the bundled structure: preview first, nothing written yet.
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await shown(page, "load-preview");
    const preview = page.getByTestId("load-preview");
    expect(await preview.textContent()).toContain("En ny måltabell skapas.");
    expect(await preview.textContent()).toContain("72 nya mål, 0 uppdaterade, 0 oförändrade");
    expect(await table(page, GOAL_TABLE)).toBeUndefined();

    await page.getByRole("button", { name: "Tillämpa" }).click();
    await noticeWith(page, "load", "Klart: 72 nya mål, 0 uppdaterade, 0 oförändrade.");
    let goals = await table(page, GOAL_TABLE);
    expect(goals?.rows).toHaveLength(72);
    // The table is named by the sheet the user sees, not by its internal name.
    expect(await page.getByTestId("workbook-info").textContent()).toBe(
      `Uppföljningsår 2023 · Måltabellen på bladet ${goals!.sheet}`,
    );
    expect(await page.locator("main").innerText()).not.toContain(GOAL_TABLE);

    // Officials paste sloppy values: a status in lower case with spaces, a trend in capitals,
    // and a status that does not exist (in the action plan, which has no published figures).
    const statusHeader = goalHeader("status", "sv");
    const trendHeader = goalHeader("trend", "sv");
    const ids = goals!.rows.map((r) => String(r[goals!.headers.indexOf(goalHeader("id", "sv"))]));
    const firstEco = ids.findIndex((id) => id.startsWith("EKO-"));
    const firstPlan = ids.findIndex((id) => id.startsWith("HP-"));
    const goalSheet = goals!.sheet;
    const ecoStatus = cellOf(goals!, statusHeader, firstEco);
    const ecoTrend = cellOf(goals!, trendHeader, firstEco);
    const planStatus = cellOf(goals!, statusHeader, firstPlan);
    const before = goals!.rows[firstEco];
    const statusText = String(before[goals!.headers.indexOf(statusHeader)]);
    const trendText = String(before[goals!.headers.indexOf(trendHeader)]);
    await typeInto(page, goalSheet, ecoStatus, `  ${statusText.toLowerCase()} `);
    await typeInto(page, goalSheet, ecoTrend, trendText.toUpperCase());
    await typeInto(page, goalSheet, planStatus, "Blå");

    // Check: grouped by severity, each issue names its cell; choosing one selects it.
    await page.getByRole("button", { name: "Validera" }).click();
    await noticeWith(page, "validate", "Validerat: 72 mål.");
    const issues = page.getByTestId("issues");
    expect(await issues.getByRole("heading", { name: /^Fel \(1\)$/ }).count()).toBe(1);
    expect(await issues.getByRole("heading", { name: /^Kan rättas automatiskt \(2\)$/ }).count()).toBe(1);
    const badCell = `${goalSheet}!${planStatus}`;
    await issues.getByRole("button", { name: new RegExp(`^${badCell}`) }).click();
    expect(
      await until(
        () => selection(page),
        (v) => v === badCell,
      ),
    ).toBe(badCell);

    // Fix all fixable: the two sloppy cells get their canonical labels back.
    await page.getByRole("button", { name: "Rätta alla som går att rätta (2)" }).click();
    await noticeWith(page, "validate", "2 celler rättade. Kvar: 1 fel");
    goals = await table(page, GOAL_TABLE);
    expect(goals!.rows[firstEco][goals!.headers.indexOf(statusHeader)]).toBe(statusText);
    expect(goals!.rows[firstEco][goals!.headers.indexOf(trendHeader)]).toBe(trendText);
    expect(await issues.getByRole("heading", { name: /Kan rättas automatiskt/ }).count()).toBe(0);
    // The unknown status is the official's to decide; put it back as it was (not assessed).
    await typeInto(page, goalSheet, planStatus, "");

    // Format again.
    await page.getByRole("button", { name: "Formatera igen" }).click();
    expect(await noticeWith(page, "format", "Tillämpat:")).toMatch(
      /Tillämpat: \d+ listvalideringar? och \d+ villkorsstyrda? format\./,
    );

    // Summary: the sheet is created and the pane shows the published 2023 figures.
    await page.getByRole("button", { name: "Uppdatera sammanfattning" }).click();
    await shown(page, "summary-programs");
    const programs = page.getByTestId("summary-programs");
    const eco = programs.locator('[data-program="ekologisk"]');
    const soc = programs.locator('[data-program="social"]');
    expect(await eco.getByRole("heading").textContent()).toBe("Program för ekologisk hållbarhet: 42 mål");
    expect(await eco.getByTestId("status-counts").textContent()).toBe(
      "Status: Röd: 9, Gul: 29, Grön: 4, Ej bedömd: 0",
    );
    expect(await eco.getByTestId("trend-counts").textContent()).toBe(
      "Trend: Uppåt: 17, Oförändrad: 24, Nedåt: 1, Ej bedömd: 0",
    );
    expect(await eco.textContent()).toContain("Stämmer med de rapporterade siffrorna.");
    expect(await soc.getByRole("heading").textContent()).toBe("Program för social hållbarhet: 24 mål");
    expect(await soc.getByTestId("status-counts").textContent()).toBe(
      "Status: Röd: 7, Gul: 16, Grön: 1, Ej bedömd: 0",
    );
    expect(await soc.textContent()).toContain("Stämmer med de rapporterade siffrorna.");
    const report = await page.getByTestId("report-text").inputValue();
    expect(report).toContain("9 som är röda, 29 gula och 4 gröna");
    const summaryNotice = await noticeWith(page, "summary", "är uppdaterat");
    // Only warnings are left (the action plan is not assessed): the plain result, no errors to tell.
    expect(summaryNotice).toContain("Sammanfattningen är klar");
    expect(summaryNotice).not.toContain("fel kvar");
    const sheet = /Bladet (.+) är uppdaterat/.exec(summaryNotice)?.[1];
    expect(sheet).toBeTruthy();
    expect(await sheetNames(page)).toEqual(expect.arrayContaining([goals!.sheet, sheet!]));
    // The summary sheet itself: per programme a total row counted over the goal table (through the
    // summary's defined names, which the browser's Office.js path wrote too),
    // the published figures beside it and a difference row of zeros.
    const grid = await page.evaluate((name) => {
      const w = window as unknown as {
        __emulator: { workbook: { values(s: string): unknown[][]; formulas(s: string): unknown[][] } };
      };
      return { values: w.__emulator.workbook.values(name), formulas: w.__emulator.workbook.formulas(name) };
    }, sheet!);
    const programRows = (name: string) => {
      const start = grid.values.findIndex((r) => r[0] === name);
      expect(start).toBeGreaterThanOrEqual(0);
      const find = (label: string) => start + grid.values.slice(start).findIndex((r) => r[0] === label);
      return {
        total: find(t("sv", "wb.summary.total")),
        reported: find(t("sv", "wb.summary.reported")),
        difference: find(t("sv", "wb.summary.difference")),
      };
    };
    for (const [name, figures] of [
      ["Program för ekologisk hållbarhet", [42, 9, 29, 4]],
      ["Program för social hållbarhet", [24, 7, 16, 1]],
    ] as const) {
      const rows = programRows(name);
      expect(grid.values[rows.total].slice(1, 5)).toEqual(figures);
      expect(String(grid.formulas[rows.total][1])).toMatch(
        new RegExp(
          `^=IF\\(\\$D\\$5=0,COUNTIFS\\(.*,SUMPRODUCT\\(1\\*\\(${ownedNamePrefix("summary")}Area\\d+>0\\)\\)\\)$`,
        ),
      );
      expect(grid.values[rows.reported].slice(1, 5)).toEqual(figures);
      expect(grid.values[rows.difference].slice(1, 5)).toEqual([0, 0, 0, 0]);
    }

    // Copy: the report text reaches the clipboard and the pane says so.
    await page.getByRole("button", { name: "Kopiera text" }).click();
    await page.getByText("Kopierat", { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);

    // The summary's charts, drawn by the pane's Office.js path: two per programme.
    const chartNames = await page.evaluate(
      (name) =>
        (
          window as unknown as {
            __emulator: { workbook: { sheet(s: string): { charts: { name: string }[] } } };
          }
        ).__emulator.workbook
          .sheet(name)
          .charts.map((c) => c.name),
      sheet!,
    );
    expect(chartNames).toEqual(
      [1, 2, 3].flatMap((i) => [`Maluppfoljning_Diagram_${i}_Status`, `Maluppfoljning_Diagram_${i}_Trend`]),
    );

    // Kopiera tabell: the programme's tables reach the clipboard as HTML (a real table for Word)
    // and as text with tabs, both with the figures the card shows.
    await eco.getByRole("button", { name: "Kopiera tabell: Program för ekologisk hållbarhet" }).click();
    await eco.getByText(/Tabellerna för Program för ekologisk hållbarhet är kopierade\./).waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) =>
        item.types.includes(type) ? (await item.getType(type)).text() : null;
      return { html: await read("text/html"), text: await read("text/plain") };
    });
    expect(copied.html).toMatch(/<table[\s>]/);
    expect(copied.html).toContain("<th");
    expect(copied.html).toContain("Samhällsplanering och infrastruktur");
    expect(copied.text).toContain("\t");
    expect(copied.text).toContain("Samhällsplanering och infrastruktur");

    // Skapa rapport: the .docx is built in the page and downloaded, with the report's sentence.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Skapa rapport" }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe("rapport-2023.docx");
    const docx = await JSZip.loadAsync(readFileSync(await download.path()));
    const documentXml = await docx.file("word/document.xml")!.async("string");
    expect(documentXml.replace(/<[^>]+>/g, "")).toContain("9 som är röda, 29 gula och 4 gröna");
    expect(await docx.file("docProps/core.xml")!.async("string")).toContain("<dc:title>");

    // Accessibility and layout, in Swedish and in English, at both widths.
    for (const lang of ["sv", "en"] as const) {
      if (lang === "en") {
        await page.getByRole("radio", { name: "English" }).check();
        await page.getByRole("heading", { level: 1, name: "Goal follow-up" }).waitFor();
        expect(await page.getByTestId("report-text").inputValue()).toContain("red");
      }
      expect(await seriousViolations(page)).toEqual([]);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const { scrollWidth, clientWidth } = await pageWidths(page);
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        await page.screenshot({ path: join(SCREENSHOTS, `taskpane-${lang}-${width}.png`), fullPage: true });
      }
    }
    await section("load").waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);

  it("works with the keyboard alone: load and check without a mouse", async () => {
    const { page, problems } = await openPane(320);
    // Language by arrow keys inside the radio group, back again.
    await tabTo(page, /^Svenska$/, BY_LABEL);
    await page.keyboard.press("ArrowRight");
    await page.getByRole("heading", { level: 1, name: "Goal follow-up" }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();

    await tabTo(page, /^Förhandsgranska$/, BY_LABEL);
    await page.keyboard.press("Enter");
    await shown(page, "load-preview");
    await tabTo(page, /^Tillämpa$/, BY_LABEL);
    await page.keyboard.press("Enter");
    await shown(page, "notice-load");
    expect((await table(page, GOAL_TABLE))?.rows).toHaveLength(72);

    await tabTo(page, /^Validera$/, BY_LABEL);
    await page.keyboard.press("Enter");
    await shown(page, "issues");
    // The action plan's six goals are not assessed: warnings, each naming its cell.
    await tabTo(page, /^\S+![A-Z]+\d+ /, BY_LABEL);
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
    const address = focused.split(/\s/)[0];
    await page.keyboard.press("Enter");
    expect(
      await until(
        () => selection(page),
        (v) => v === address,
      ),
    ).toBe(address);
    // Focus stayed in the pane, on the issue, so the user can go on with Tab.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toBe(focused);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it("rejects a JSON file that breaks the schema, naming the JSON paths, and writes nothing", async () => {
    const { page, problems } = await openPane(320);
    await page.getByRole("radio", { name: "En JSON-fil från datorn" }).check();
    const bad = {
      organisation: "Testkommun",
      year: 2023,
      programs: [
        {
          id: "p",
          name: "Program",
          areas: [
            {
              id: "a",
              name: "Område",
              sdgs: [],
              goals: [{ id: "G-1", text: "Mål", status: "blå", trend: null }],
            },
          ],
        },
      ],
    };
    // The pane's own button, reached and pressed with the keyboard, opens the browser's picker.
    expect(await page.getByTestId("chosen-file").textContent()).toBe("Ingen fil vald");
    // Chromium opens a picker only for the tab in front; earlier tests' pages may have been.
    await page.bringToFront();
    await tabTo(page, /^Välj fil…$/, BY_LABEL);
    await (
      await pressForChooser(page)
    ).setFiles({
      name: "mal.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    expect(await page.getByTestId("chosen-file").textContent()).toBe("mal.json");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    const text = await noticeWith(page, "load", "Filen mal.json kunde inte läsas in.");
    expect(text).toMatch(/\$\.programs\[0\]\.areas\[0\]\.goals\[0\]\.status/);
    // The allowed values in the message's language, each with the value the file must hold.
    expect(text).toContain('"red" (Röd), "yellow" (Gul), "green" (Grön) eller null (Ej bedömd)');
    expect(await page.getByTestId("load-preview").count()).toBe(0);
    expect(await table(page, GOAL_TABLE)).toBeUndefined();
    const { scrollWidth, clientWidth } = await pageWidths(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.screenshot({ path: join(SCREENSHOTS, "taskpane-sv-320-file-error.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    for (const lang of ["sv", "en"] as const) {
      if (lang === "en") {
        await page.getByRole("radio", { name: "English" }).check();
        const en = await noticeWith(page, "load", "The file mal.json could not be loaded.");
        expect(en).toContain('"red" (Red), "yellow" (Yellow), "green" (Green) or null (Not assessed)');
        expect(en).not.toContain("Röd");
      }
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        expect(await page.locator("[data-path-unit]").count()).toBeGreaterThan(4);
        expect(await brokenPathUnits(page)).toEqual([]);
        const size = await pageWidths(page);
        expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
        await page
          .locator('section[data-section="load"]')
          .screenshot({ path: join(SCREENSHOTS, `load-schema-error-${lang}-${width}.png`) });
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it("tells, with the summary's result, which errors are left in the goal table and how they were counted", async () => {
    const { page, problems } = await openPane(320);
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page.getByRole("button", { name: "Tillämpa" }).click();
    await noticeWith(page, "load", "Klart: 72 nya mål");
    const goals = (await table(page, GOAL_TABLE))!;
    const ids = goals.rows.map((r) => String(r[goals.headers.indexOf(goalHeader("id", "sv"))]));
    const plan = ids.findIndex((id) => id.startsWith("HP-"));
    const status = cellOf(goals, goalHeader("status", "sv"), plan);
    const trend = cellOf(goals, goalHeader("trend", "sv"), plan + 1);
    await typeInto(page, goals.sheet, status, "Blå");
    await typeInto(page, goals.sheet, trend, "Sidled");

    await page.getByRole("button", { name: "Uppdatera sammanfattning" }).click();
    const sv = await noticeWith(page, "summary", "fel kvar");
    expect(sv).toContain("Sammanfattningen är uppdaterad, men måltabellen har fel");
    expect(sv).toContain(
      `2 fel kvar i måltabellen på bladet ${goals.sheet}: 1 cell med okänd status räknas som Ej bedömd, ` +
        "1 cell med okänd trend räknas som Ej bedömd. Kör Validera för att se dem.",
    );
    // The summary sheet's note names the pane's button and the command line's command, in Swedish.
    const sheet = /Bladet (.+) är uppdaterat/.exec(sv)?.[1];
    const values = await page.evaluate((name) => {
      const w = window as unknown as { __emulator: { workbook: { values(s: string): unknown[][] } } };
      return w.__emulator.workbook.values(name);
    }, sheet!);
    expect(values.flat()).toContain(t("sv", "wb.summary.intro", { sheet: goals.sheet }));
    expect(t("sv", "wb.summary.intro", { sheet: goals.sheet })).toContain(
      "Knappen Validera i panelen Måluppföljning, eller kommandot ”maluppfoljning validate” på kommandoraden",
    );

    for (const lang of ["sv", "en"] as const) {
      if (lang === "en") {
        await page.getByRole("radio", { name: "English" }).check();
        const en = await noticeWith(page, "summary", "errors left");
        expect(en).toContain("The summary is updated, but the goal table has errors");
        expect(en).toContain(
          `2 errors left in the goal table on the sheet ${goals.sheet}: 1 cell with an unknown status is ` +
            "counted as Not assessed, 1 cell with an unknown trend is counted as Not assessed. Run Validate to see them.",
        );
      }
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const size = await pageWidths(page);
        expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
        await page
          .locator('section[data-section="summary"]')
          .screenshot({ path: join(SCREENSHOTS, `summary-errors-left-${lang}-${width}.png`) });
      }
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it("runs the ribbon's Refresh summary and Validate without the pane's buttons and keeps their outcome", async () => {
    const { page, problems } = await openPane(450);
    // The pane's own page registered the commands (the shared runtime): nothing is added to it.
    // Nothing loaded yet: the command must say what to do, and still complete.
    const invoke = (name: string) =>
      page.evaluate(
        (n) =>
          (
            window as unknown as { __emulator: { actions: { invoke(n: string): Promise<void> } } }
          ).__emulator.actions.invoke(n),
        name,
      );
    const lastOutcome = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              Office: { context: { document: { settings: { get(k: string): unknown } } } };
            }
          ).Office.context.document.settings.get("maluppfoljning.lastCommand") as {
            ok: boolean;
            text: string;
          } | null,
      );
    const names = await until(
      () =>
        page.evaluate(() =>
          (
            window as unknown as { __emulator: { actions: { names(): string[] } } }
          ).__emulator.actions.names(),
        ),
      (n) => n.includes("validateGoals") && n.includes("refreshSummary"),
    );
    expect(names).toEqual(expect.arrayContaining(["validateGoals", "refreshSummary"]));

    await invoke("refreshSummary");
    const failed = await lastOutcome();
    expect(failed?.ok).toBe(false);
    expect(failed?.text).toMatch(/^Det gick inte: /);

    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page.getByRole("button", { name: "Tillämpa" }).click();
    await shown(page, "notice-load");

    await invoke("refreshSummary");
    expect(await lastOutcome()).toMatchObject({
      ok: true,
      text: expect.stringMatching(/är uppdaterad \(72 mål\)\.$/),
    });
    await invoke("validateGoals");
    expect(await lastOutcome()).toMatchObject({
      ok: true,
      text: expect.stringMatching(/^Validering klar för 72 mål: 0 fel, 6 varningar/),
    });
    // The open pane shares the command's runtime, so it shows that outcome at once.
    const bar = await until(
      () =>
        page
          .getByTestId("last-command")
          .innerText()
          .catch(() => ""),
      (text) => /Validering klar för 72 mål/.test(text),
    );
    expect(bar).toMatch(/Validering klar för 72 mål/);

    // With Office's dialog API (stubbed here: the emulator has none) the command shows its outcome
    // in outcome.html and completes only after the user closes that dialog.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & {
        Office: { context: Record<string, unknown> };
      };
      const dialogs: string[] = [];
      w.__dialogs = dialogs;
      w.__dialogClosed = 0;
      w.Office.context.ui = {
        displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void) {
          dialogs.push(url);
          const handlers: Record<string, (arg: unknown) => void> = {};
          w.__userCloses = () => handlers.dialogMessageReceived?.({ message: "close" });
          callback({
            status: "succeeded",
            value: {
              close: () => (w.__dialogClosed = Number(w.__dialogClosed) + 1),
              addEventHandler: (type: string, handler: (arg: unknown) => void) => (handlers[type] = handler),
            },
          });
        },
      };
      w.__commandDone = false;
      void (w.__emulator as { actions: { invoke(n: string): Promise<void> } }).actions
        .invoke("refreshSummary")
        .then(() => (w.__commandDone = true));
    });
    const dialogUrls = await until(
      () => page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs),
      (d) => d.length === 1,
    );
    expect(dialogUrls).toHaveLength(1);
    const dialogUrl = new URL(dialogUrls[0]);
    expect(`${dialogUrl.origin}${dialogUrl.pathname}`).toBe(`${pane.origin}/outcome.html`);
    expect(await page.evaluate(() => (window as unknown as { __commandDone: boolean }).__commandDone)).toBe(
      false,
    );

    // The dialog page as the user sees it: the outcome as text, a focused Close button that tells
    // the function file to close it.
    const dialog = await openPane(320, `outcome.html${dialogUrl.search}`);
    expect(await dialog.page.locator("#text").innerText()).toMatch(
      /^Sammanfattningen på bladet .+ är uppdaterad \(72 mål\)\.$/,
    );
    const close = dialog.page.getByRole("button", { name: "Stäng" });
    expect(await close.evaluate((b) => b === document.activeElement)).toBe(true);
    await dialog.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & {
        Office: { context: Record<string, unknown> };
      };
      w.Office.context.ui = { messageParent: (m: string) => (w.__sentToParent = m) };
    });
    await close.click();
    expect(
      await dialog.page.evaluate(() => (window as unknown as { __sentToParent?: string }).__sentToParent),
    ).toBe("close");
    expect(await seriousViolations(dialog.page)).toEqual([]);
    await dialog.page.screenshot({ path: join(SCREENSHOTS, "outcome-dialog-sv-320.png"), fullPage: true });
    expect(dialog.problems).toEqual([]);
    await dialog.page.close();

    await page.evaluate(() => (window as unknown as { __userCloses(): void }).__userCloses());
    expect(
      await until(
        () => page.evaluate(() => (window as unknown as { __commandDone: boolean }).__commandDone),
        (done) => done,
      ),
    ).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __dialogClosed: number }).__dialogClosed)).toBe(
      1,
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
});
