// End to end: the self-test's view as it ships (webpack production build) in headless Chromium,
// office.js answered by the Excel emulator, as taskpane.e2e.test.ts does. The pane's address with
// "#selftest" loads the view's chunk, which the normal pane never requests; every check passes in
// the browser, the scratch sheet is gone afterwards, and nothing breaks the page's CSP; a request
// the CSP refuses during the run is named by the csp-blocked check.
import { CHECKS } from "../../src/selftest";
import { describeBrowser, paneSession, type OpenedPage } from "./harness";
import { sheetNames } from "./page";

describeBrowser("the self-test in headless Chromium + Excel emulator", () => {
  const pane = paneSession();

  const open = (path: string, slow = false): Promise<OpenedPage> =>
    // Tables grow over a row written below them, as in Excel (the emulator's option); slow: each
    // round trip takes 50 ms, as a run in Excel would take its time.
    pane.open(path, {
      init: slow
        ? () => {
            (window as unknown as { __emulatorOptions: object }).__emulatorOptions = {
              autoExpandTables: true,
              latencyMs: 50,
            };
          }
        : () => {
            (window as unknown as { __emulatorOptions: object }).__emulatorOptions = {
              autoExpandTables: true,
            };
          },
    });

  it("the normal pane does not load the self-test's chunk", async () => {
    const { page, problems, requested } = await open("taskpane.html");
    await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(requested.filter((u) => /\/selftest\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("#selftest runs every check, lists it as passed and leaves the workbook as it was", async () => {
    const { page, problems, requested } = await open("taskpane.html#selftest");
    await page.getByRole("heading", { level: 1, name: "Självtest" }).waitFor();
    expect(requested.some((u) => /\/selftest\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    await page.getByRole("button", { name: "Kör självtestet" }).click();
    const summary = page.getByTestId("selftest-summary");
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toBe(`${CHECKS.length + 1} godkända, 0 underkända`);
    const report = await page.getByTestId("selftest-report").inputValue();
    expect(report).toContain("Värd: Excel · plattform: OfficeOnline");
    expect(await sheetNames(page)).toEqual(["Blad1"]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it("#selftest names a request the page's CSP refused while it ran, and fails that check only", async () => {
    // Slow round trips, so the run is still going when the refusal arrives.
    const { page } = await open("taskpane.html#selftest", true);
    await page.getByRole("heading", { level: 1, name: "Självtest" }).waitFor();
    await page.getByRole("button", { name: "Kör självtestet" }).click();
    // An image from a host img-src does not allow: Chromium refuses it before any request leaves.
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "https://blocked.example/pixel.png";
      document.body.appendChild(img);
    });
    const summary = page.getByTestId("selftest-summary");
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toBe(`${CHECKS.length} godkända, 1 underkända`);
    const report = await page.getByTestId("selftest-report").inputValue();
    expect(report).toContain("✗ csp-blocked — ");
    expect(report).toContain("img-src https://blocked.example/pixel.png");
    await page.close();
  }, 120_000);
});
