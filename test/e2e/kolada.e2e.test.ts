// End to end, "Hämta från Kolada": the production build of the pane in headless Chromium on the
// Excel emulator (as in taskpane.e2e.test.ts), under the page's own CSP. An official loads a
// structure with indicators (a JSON file), presses the button, and the `kolada` chunk arrives
// only then; the page's own fetch reaches https://api.kolada.se (the CSP allows it; Playwright
// answers for Kolada, with CORS headers as a cross-origin answer needs, so nothing leaves the
// machine) and the values land on the indicator sheet. When Kolada cannot be reached the pane
// says so with the CLI command, and offers the import of a file exported from Kolada's website,
// which then fills the sheet from an .xlsx through the `xlsxsheet` chunk, loaded only for it.
import ExcelJS from "exceljs";
import { INDICATOR_TABLE } from "../../src/plan";
import { withIndicators } from "../indicators/fixtures";
import { describeBrowser, paneSession } from "./harness";
import { table, type TableInfo } from "./page";

describeBrowser("Hämta från Kolada end to end (headless Chromium + Excel emulator)", () => {
  const pane = paneSession();

  /** A pane with a structure with indicators loaded from a JSON file; Kolada answered by `kolada`. */
  async function loaded(kolada: "answer" | "unreachable") {
    const opened = await pane.open("taskpane.html");
    const { page } = opened;
    const year = withIndicators().year;
    const asked: string[] = [];
    // Registered after openPage's catch-all, so it is asked first.
    await page.route("https://api.kolada.se/**", async (route) => {
      const url = route.request().url();
      asked.push(url);
      if (kolada === "unreachable") return route.abort("internetdisconnected");
      const cors = { "access-control-allow-origin": pane.origin };
      const body = url.includes("/data/")
        ? {
            count: 1,
            next_url: null,
            values: [
              {
                kpi: "N00401",
                municipality: "1980",
                period: year,
                values: [{ gender: "T", count: 1, status: "", value: 48.5, isdeleted: false }],
              },
            ],
          }
        : { count: 1, next_url: null, values: [{ id: "N00401", title: "Andel förnybar energi" }] };
      return route.fulfill({
        status: 200,
        contentType: "application/json",
        headers: cors,
        body: JSON.stringify(body),
      });
    });
    await page.getByRole("heading", { level: 1, name: "Måluppföljning" }).waitFor();
    await page.getByRole("radio", { name: "En JSON-fil från datorn" }).check();
    await page.getByTestId("file-input").setInputFiles({
      name: "mal.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(withIndicators())),
    });
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page.getByTestId("load-preview").waitFor();
    await page.getByRole("button", { name: "Tillämpa" }).click();
    await page.getByTestId("notice-load").waitFor();
    return { ...opened, year, asked };
  }

  it("fetches through the page's own fetch under its CSP, loading the kolada chunk only on the click", async () => {
    const { page, problems, requested, year, asked } = await loaded("answer");
    expect(requested.some((u) => /\/kolada\.[0-9a-f]+\.js$/.test(u))).toBe(false);
    await page.getByRole("button", { name: "Hämta från Kolada" }).click();
    const notice = page.getByTestId("notice-kolada");
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("Hämtade värden: 1.");
    expect(text).toContain("Källa: Kolada (kolada.se)");
    expect(requested.some((u) => /\/kolada\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(asked).toEqual([
      "https://api.kolada.se/v3/kpi/N00401,U00001",
      expect.stringMatching(/^https:\/\/api\.kolada\.se\/v3\/data\/kpi\/N00401\/municipality\/1980\/year\//),
    ]);
    const t = (await table(page, INDICATOR_TABLE)) as TableInfo;
    const row = t.rows.find((r) => r.includes("fornybar")) ?? [];
    expect(row[t.headers.indexOf(String(year))]).toBe(48.5);
    // Nothing refused by the CSP, nothing else left the machine.
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says plainly that Kolada could not be reached, with the command line instead", async () => {
    const { page, problems, asked } = await loaded("unreachable");
    await page.getByRole("button", { name: "Hämta från Kolada" }).click();
    const notice = page.getByTestId("notice-kolada");
    await notice.waitFor({ timeout: 60_000 });
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("Kolada gick inte att nå");
    expect(text).toContain("npx maluppfoljning kolada ARBETSBOK.xlsx --out NY.xlsx");
    // The first request and its three retries.
    expect(asked).toHaveLength(4);
    // The browser logs the failed requests themselves; nothing else went wrong.
    expect(problems.filter((p) => !/api\.kolada\.se|Failed to load resource|net::ERR/.test(p))).toEqual([]);
    await page.close();
  }, 120_000);

  it("after Kolada could not be reached, imports an .xlsx export offered beside the notice", async () => {
    const { page, problems, requested, year } = await loaded("unreachable");
    await page.getByRole("button", { name: "Hämta från Kolada" }).click();
    await page.getByTestId("notice-kolada").waitFor({ timeout: 60_000 });
    // Our understanding of Kolada's export (test/kolada/exportFixtures/README.md), not a download.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kolada");
    ws.addRow(["Nyckeltal", "Kommun", "Kön", year]);
    ws.addRow(["N00401 Andel förnybar energi", "Västerås", "Totalt", 51.25]);
    const buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(requested.some((u) => /\/xlsxsheet\.[0-9a-f]+\.js$/.test(u))).toBe(false);
    const chooser = page.waitForEvent("filechooser");
    // The offer beside the notice (the section's own button is the first of the two).
    await page.getByRole("button", { name: "Importera fil från Kolada" }).nth(1).click();
    await (await chooser).setFiles({ name: "kolada.xlsx", mimeType: "application/octet-stream", buffer });
    const notice = page.getByTestId("notice-kolada");
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="notice-kolada"]')?.textContent ?? "").includes("importerad"),
    );
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("Inlästa värden: 1.");
    expect(text).toContain("ur kolada.xlsx");
    expect(requested.some((u) => /\/xlsxsheet\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    const t = (await table(page, INDICATOR_TABLE)) as TableInfo;
    const row = t.rows.find((r) => r.includes("fornybar")) ?? [];
    expect(row[t.headers.indexOf(String(year))]).toBe(51.25);
    expect(problems.filter((p) => !/api\.kolada\.se|Failed to load resource|net::ERR/.test(p))).toEqual([]);
    await page.close();
  }, 120_000);
});
