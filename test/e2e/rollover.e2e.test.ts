// End to end, the year's close: the production build of the pane in headless Chromium on the
// Excel emulator (as in taskpane.e2e.test.ts). With the keyboard alone an official loads the
// bundled structure, leaves an error in the table, starts the new follow-up year, confirms the
// year despite the error, and then sees the comparison with the closed year in the summary;
// axe-core finds nothing serious with the confirmation or the comparison tables on screen, and
// nothing overflows at 320 px.
import { GOAL_TABLE, HISTORY_TABLE, goalHeader } from "../../src/plan";
import { describeBrowser, paneSession } from "./harness";
import {
  cellOf,
  loadBundledByKeyboard,
  pageWidths,
  seriousViolations,
  table,
  tabTo,
  typeInto,
  type TableInfo,
} from "./page";

describeBrowser("the new follow-up year end to end (headless Chromium + Excel emulator)", () => {
  const pane = paneSession();

  it("closes the year with the keyboard after confirming, then compares the summary with it", async () => {
    const { page, problems } = await pane.open("taskpane.html", { width: 320 });
    await loadBundledByKeyboard(page);
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
    await tabTo(page, /^Stäng året ändå$/, { max: 5 });
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
    const size = await pageWidths(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);
});
