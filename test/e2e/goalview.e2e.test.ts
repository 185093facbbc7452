// End to end, the goal view ("Mål"): the production build of the pane in headless Chromium on the
// Excel emulator (as in taskpane.e2e.test.ts). The view follows the selection made in the
// emulated Excel; an official assesses three goals with the keyboard alone and the workbook then
// holds exactly that text in exactly those rows; a sort between showing and saving is detected
// and nothing is written; axe-core finds nothing serious; nothing overflows at 320 px; the view's
// edit survives a switch of the pane's language. Screenshots of the view in Swedish and English at
// 320 and 450 px go to build/screenshots/ (not committed), also of a goal with history and
// indicators from a structure loaded as a JSON file.
import { join } from "path";
import type { Page } from "playwright-core";
import type { GoalStructure } from "../../src/domain";
import { GOAL_TABLE, HISTORY_TABLE, goalHeader } from "../../src/plan";
import { goalsIn, withHistory } from "../history/fixtures";
import { ROOT, describeBrowser, paneSession } from "./harness";
import {
  cellOf,
  pageWidths,
  select,
  selection,
  seriousViolations,
  table,
  typeInto,
  type TableInfo,
} from "./page";

const SCREENSHOTS = join(ROOT, "build", "screenshots");

/**
 * The bundled example (follow-up year 2023) with a history, its second goal with last year's
 * assessment and two indicators: one increase (green, up), one decrease (red, up), decimals in both.
 */
function withHistoryAndIndicators(): GoalStructure {
  const s = withHistory();
  const goal = goalsIn(s)[1];
  goal.history = [
    {
      year: s.year - 1,
      status: "yellow",
      trend: "up",
      comment: "Andelen förnybar energi ökar, men utsläppen minskar för långsamt.",
    },
  ];
  goal.indicators = [
    {
      id: "fornybar",
      name: "Andel förnybar energi",
      unit: "%",
      direction: "increase",
      baseline: { year: 2019, value: 40 },
      target: { year: 2030, value: 60 },
      values: [
        { year: 2020, value: 41.5 },
        { year: 2021, value: 44 },
        { year: 2022, value: 45.25 },
        { year: 2023, value: 47.8 },
      ],
    },
    {
      id: "utslapp",
      name: "Utsläpp av växthusgaser",
      unit: "ton CO2e per invånare",
      direction: "decrease",
      baseline: { year: 2019, value: 4.2 },
      target: { year: 2030, value: 2 },
      values: [
        { year: 2020, value: 4.1 },
        { year: 2022, value: 3.95 },
        { year: 2023, value: 3.9 },
      ],
    },
  ];
  return s;
}

describeBrowser("the goal view end to end (headless Chromium + Excel emulator)", () => {
  const pane = paneSession({ screenshots: SCREENSHOTS });

  /** What the focused element must be: its label (aria-label or text), or its kind, in the view. */
  interface Target {
    label?: string;
    kind?: "radio" | "textarea";
  }

  /** Presses Tab (Shift+Tab when `back`) until the focused element is `target` (at most `max` times). */
  async function tabUntil(page: Page, target: Target, max = 80, back = false): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
      const found = await page.evaluate((want: Target) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return false;
        if (want.label !== undefined)
          return (el.getAttribute("aria-label") ?? el.innerText ?? "").trim() === want.label;
        if (!el.closest("[data-testid=goal-view]")) return false;
        return want.kind === "radio" ? (el as HTMLInputElement).type === "radio" : el.tagName === "TEXTAREA";
      }, target);
      if (found) return;
    }
    throw new Error(`Tab never reached ${JSON.stringify(target)}`);
  }

  async function noOverflow(page: Page): Promise<void> {
    const size = await pageWidths(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  }

  const status = (page: Page) => page.getByTestId("goal-view-status");
  const goalId = (page: Page) => page.getByTestId("goal-id");

  it("follows the selection, saves three goals edited by keyboard, refuses after a sort", async () => {
    const { page, problems } = await pane.open("taskpane.html", { width: 320 });
    await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();
    const view = page.getByTestId("goal-view");
    await view.getByText(/Arbetsboken har ingen måltabell/).waitFor();

    // Load the bundled structure (keyboard), then clear three goals' assessments.
    await tabUntil(page, { label: "Förhandsgranska" });
    await page.keyboard.press("Enter");
    await page.getByTestId("load-preview").waitFor();
    await tabUntil(page, { label: "Tillämpa" });
    await page.keyboard.press("Enter");
    await page.getByTestId("notice-load").waitFor();
    const goals = (await table(page, GOAL_TABLE)) as TableInfo;
    const h = (k: "id" | "text" | "status" | "trend" | "comment" | "done" | "sdgs") => goalHeader(k, "sv");
    const ids = goals.rows.map((r) => String(r[goals.headers.indexOf(h("id"))]));
    for (let i = 0; i < 3; i++)
      for (const k of ["status", "trend"] as const)
        await typeInto(page, goals.sheet, cellOf(goals, h(k), i), [[""]]);

    // Outside the table, the view says what to do; a click in a row shows that goal.
    await select(page, "Blad1", "C3");
    await view.getByText(/Markera en cell i en rad i måltabellen på bladet Mål/).waitFor();
    await select(page, goals.sheet, cellOf(goals, h("text"), 5));
    await goalId(page)
      .filter({ hasText: `Mål ${ids[5]}` })
      .waitFor();
    await select(page, goals.sheet, cellOf(goals, h("comment"), 0));
    await goalId(page)
      .filter({ hasText: `Mål ${ids[0]}` })
      .waitFor();
    expect(await page.getByTestId("goal-text").textContent()).toBe(
      String(goals.rows[0][goals.headers.indexOf(h("text"))]),
    );

    // Three goals by keyboard: status and trend by arrow keys, a comment typed, Klar ticked with
    // the space bar, saved, and on to the next goal without status (button), then the next goal
    // (Alt+ArrowDown).
    const comments = ["Bra fart i år.", "=1+2 är inte en formel", "Rad ett\nRad två"];
    for (let i = 0; i < 3; i++) {
      await tabUntil(page, { kind: "radio" });
      await page.keyboard.press("ArrowRight"); // Ingen status → Röd
      await page.keyboard.press("Tab");
      await page.keyboard.press("ArrowRight"); // Ingen trend → Uppåt
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
      for (const [j, line] of comments[i].split("\n").entries()) {
        if (j > 0) await page.keyboard.press("Shift+Enter");
        await page.keyboard.type(line);
      }
      await page.keyboard.press("Tab");
      expect(
        await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? null),
      ).toBe("checkbox");
      await page.keyboard.press("Space");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim())).toBe(
        "Spara",
      );
      await page.keyboard.press("Enter");
      await status(page)
        .filter({ hasText: `Mål ${ids[i]} sparat: 4 celler` })
        .waitFor();
      if (i === 0) {
        await tabUntil(page, { label: "Nästa mål utan status" }, 5);
        await page.keyboard.press("Enter");
      } else if (i === 1) {
        await page.keyboard.press("Alt+ArrowDown");
      }
      if (i < 2) {
        await goalId(page)
          .filter({ hasText: `Mål ${ids[i + 1]}` })
          .waitFor();
        // The view moved Excel's selection with it, and focused the new goal's heading.
        expect(await selection(page)).toMatch(
          new RegExp(`^Mål!A${Number(/\d+/.exec(goals.address)![0]) + 2 + i}:`),
        );
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
          "goal-id",
        );
      }
    }
    const after = (await table(page, GOAL_TABLE)) as TableInfo;
    const col = (k: Parameters<typeof h>[0]) => after.headers.indexOf(h(k));
    for (let i = 0; i < 3; i++) {
      expect([
        after.rows[i][col("status")],
        after.rows[i][col("trend")],
        after.rows[i][col("comment")],
        after.rows[i][col("done")],
      ]).toEqual(["Röd", "Uppåt", comments[i], "Ja"]);
    }
    // Every other row as it was (apart from the three cleared assessments, now written).
    expect(after.rows.slice(3)).toEqual(goals.rows.slice(3));
    expect(await seriousViolations(page)).toEqual([]);
    await noOverflow(page);

    // A sort between showing and saving: nothing is written, the goal is shown where it is now.
    await select(page, goals.sheet, cellOf(goals, h("text"), 3));
    await goalId(page)
      .filter({ hasText: `Mål ${ids[3]}` })
      .waitFor();
    // Focus is still on Spara (the view kept its controls): back to the comment.
    await tabUntil(page, { kind: "textarea" }, 3, true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Hamnar inte på fel rad");
    const before = (await table(page, GOAL_TABLE)) as TableInfo;
    const swap = [before.rows[4], before.rows[3]].map((r) => r.map((v) => String(v)));
    const top = cellOf(before, before.headers[0], 3);
    const end = cellOf(before, before.headers[before.headers.length - 1], 4);
    await typeInto(page, before.sheet, `${top}:${end}`, swap);
    const sorted = (await table(page, GOAL_TABLE)) as TableInfo;
    await page.keyboard.press("Tab"); // Klar
    await page.keyboard.press("Tab"); // Spara
    await page.keyboard.press("Enter");
    await status(page).filter({ hasText: "Inget sparades" }).waitFor();
    expect(await status(page).textContent()).toContain(
      `Mål ${ids[3]} finns nu på rad ${Number(/\d+/.exec(goals.address)![0]) + 5}`,
    );
    expect(((await table(page, GOAL_TABLE)) as TableInfo).rows).toEqual(sorted.rows);
    expect(await page.getByRole("textbox", { name: "Kommentar och analys" }).inputValue()).toBe(
      "Hamnar inte på fel rad",
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);

  it("keeps an edit across a language switch; screenshots in both languages at 320 and 450 px", async () => {
    const { page, problems } = await pane.open("taskpane.html", { width: 450 });
    await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page.getByTestId("load-preview").waitFor();
    await page.getByRole("button", { name: "Tillämpa" }).click();
    await page.getByTestId("notice-load").waitFor();
    const goals = (await table(page, GOAL_TABLE)) as TableInfo;
    const history = (await table(page, HISTORY_TABLE)) as TableInfo;
    const id = String(goals.rows[0][goals.headers.indexOf(goalHeader("id", "sv"))]);
    // Last year's assessment in the history table, and Agenda 2030 goals on the row.
    await typeInto(
      page,
      history.sheet,
      `${cellOf(history, history.headers[0], 0)}:${cellOf(history, history.headers[4], 0)}`,
      [["2022", id, "Gul", "Uppåt", "Resorna ökade men målet nåddes inte."]],
    );
    await typeInto(page, goals.sheet, cellOf(goals, goalHeader("sdgs", "sv"), 0), [["3, 11, 13"]]);
    await typeInto(page, goals.sheet, cellOf(goals, goalHeader("status", "sv"), 0), [[""]]);
    await select(page, goals.sheet, cellOf(goals, goalHeader("text", "sv"), 0));
    await page
      .getByTestId("goal-id")
      .filter({ hasText: `Mål ${id}` })
      .waitFor();
    const view = page.locator("section[data-section=goal]");
    expect(await page.getByTestId("goal-last").textContent()).toContain("Förra bedömningen (2022)");
    expect(await page.getByTestId("goal-sdgs").textContent()).toContain(
      "Mål 11: Hållbara städer och samhällen",
    );
    await page.getByRole("radio", { name: "Grön" }).check();
    await page.getByRole("textbox", { name: "Kommentar och analys" }).fill("Ett utkast som inte är sparat.");

    for (const lang of ["sv", "en"] as const) {
      if (lang === "en") {
        await page.getByRole("radio", { name: "English" }).check();
        await page
          .getByTestId("goal-id")
          .filter({ hasText: `Goal ${id}` })
          .waitFor();
        // The view's state survived: the draft and the choice are still there, now in English.
        expect(await page.getByRole("textbox", { name: "Comment and analysis" }).inputValue()).toBe(
          "Ett utkast som inte är sparat.",
        );
        expect(await page.getByRole("radio", { name: "Green" }).isChecked()).toBe(true);
        expect(await page.getByTestId("goal-last").textContent()).toContain("Status: Yellow");
      }
      for (const width of [320, 450]) {
        await page.setViewportSize({ width, height: 900 });
        await noOverflow(page);
        await view.screenshot({ path: join(SCREENSHOTS, `goalview-${lang}-${width}.png`) });
      }
      expect(await seriousViolations(page)).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);

  it("shows a goal's history and indicators; screenshots in both languages at 320 and 450 px", async () => {
    const { page, problems } = await pane.open("taskpane.html", { width: 450 });
    await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();
    await page.getByRole("radio", { name: "En JSON-fil från datorn" }).check();
    await page.getByTestId("file-input").setInputFiles({
      name: "mal.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(withHistoryAndIndicators())),
    });
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page.getByTestId("load-preview").waitFor();
    await page.getByRole("button", { name: "Tillämpa" }).click();
    await page.getByTestId("notice-load").waitFor();
    const goals = (await table(page, GOAL_TABLE)) as TableInfo;
    const id = String(goals.rows[1][goals.headers.indexOf(goalHeader("id", "sv"))]);
    await select(page, goals.sheet, cellOf(goals, goalHeader("text", "sv"), 1));
    await goalId(page)
      .filter({ hasText: `Mål ${id}` })
      .waitFor();
    const view = page.locator("section[data-section=goal]");
    expect(await page.getByTestId("goal-last").textContent()).toContain("Förra bedömningen (2022)");
    const why = page.getByTestId("goal-suggestion-why");
    expect(await why.textContent()).toBe(
      "Förslaget – status Röd, trend Uppåt – bygger på 2 indikatorer: statusen är den sämre av Röd och Grön, " +
        "och trenden är Uppåt, som båda visar.",
    );
    const indicators = page.getByTestId("goal-indicator");
    expect(await indicators.count()).toBe(2);
    expect(await indicators.nth(0).textContent()).toContain("47,8 % år 2023");
    expect(await indicators.nth(1).textContent()).toContain("minska (ett lägre värde är bättre)");
    expect(await indicators.nth(1).textContent()).toContain("3,9 ton CO2e per invånare år 2023");

    for (const lang of ["sv", "en"] as const) {
      if (lang === "en") {
        await page.getByRole("radio", { name: "English" }).check();
        await goalId(page)
          .filter({ hasText: `Goal ${id}` })
          .waitFor();
        expect(await why.textContent()).toMatch(
          /^The suggestion – status Red, trend Up – rests on 2 indicators/,
        );
        expect(await indicators.nth(0).textContent()).toContain("47.8 % in 2023");
      }
      for (const width of [320, 450]) {
        await page.setViewportSize({ width, height: 900 });
        await noOverflow(page);
        await view.screenshot({ path: join(SCREENSHOTS, `goalview-indicators-${lang}-${width}.png`) });
      }
      expect(await seriousViolations(page)).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);
});
