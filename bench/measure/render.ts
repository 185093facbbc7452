// firstRenderMs: the production task pane (dist/, from `npm run build`) in the system's headless
// Chromium, office.js answered by the in-memory Excel emulator bundled for the browser. Measured
// in the page's own clock, from navigation start (performance.timeOrigin) to the moment the
// pane's main heading is in the DOM: a MutationObserver installed before any page script notes
// performance.now() then, so the figure does not depend on how often the harness polls.
// Each run gets a fresh browser profile (nothing cached), as a first open in Excel would.
import { existsSync } from "fs";
import { join } from "path";
import { t } from "../../src/i18n";
import { build } from "esbuild";
import { CHROMIUM, OFFICE_JS, launchChromium, serveStatic } from "../../test/e2e/harness";
import { log, runMeasurement } from "../child";
import { median, round } from "../timing";

export interface RenderArgs {
  root: string;
  runs: number;
}

declare global {
  interface Window {
    __benchFirstHeading?: { ms: number; text: string; sections: number };
  }
}

/** Runs in the page before its scripts: notes when the first `main h1` appears. */
function observeFirstHeading(): void {
  const check = (): boolean => {
    const h = document.querySelector("main h1");
    if (!h || window.__benchFirstHeading) return false;
    window.__benchFirstHeading = {
      ms: performance.now(),
      text: h.textContent ?? "",
      // The pane's job sections rendered in the same commit: the real pane, not a placeholder.
      sections: document.querySelectorAll("[data-section]").length,
    };
    return true;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * test/emulator/browser-entry.ts as one script standing in for office.js, built as the e2e test
 * builds it (the harness's own helper finds the project from its __dirname, which a bundle moves).
 */
async function emulatorScript(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, "test", "emulator", "browser-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

runMeasurement(async ({ root, runs }: RenderArgs) => {
  if (!existsSync(CHROMIUM)) {
    const reason = `${CHROMIUM} not found: install the Debian package "chromium"`;
    if (process.env.CI === "true") throw new Error(reason);
    return { skipped: true, reason };
  }
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` first");
  const office = await emulatorScript(root);
  const server = await serveStatic(dist);
  const notInExcel = [t("sv", "ui.notInExcel.title"), t("en", "ui.notInExcel.title")];
  const samples: number[] = [];
  const marks: Record<string, number>[] = [];
  let heading = "";
  let sections = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await launchChromium();
      try {
        const page = await browser.context.newPage();
        await page.route(OFFICE_JS, (route) =>
          route.fulfill({ status: 200, contentType: "application/javascript; charset=utf-8", body: office }),
        );
        await page.addInitScript(observeFirstHeading);
        await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "commit" });
        await page.waitForFunction(() => window.__benchFirstHeading !== undefined, undefined, {
          timeout: 30_000,
        });
        const seen = await page.evaluate(() => ({
          first: window.__benchFirstHeading as { ms: number; text: string; sections: number },
          // Marks the pane sets itself, if any (e.g. "maluppfoljning:first-render").
          marks: Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])),
        }));
        if (notInExcel.includes(seen.first.text.trim())) {
          throw new Error(`the pane says "${seen.first.text}": office.js was not answered by the emulator`);
        }
        heading = seen.first.text;
        sections = seen.first.sections;
        samples.push(round(seen.first.ms));
        marks.push(seen.marks);
        log(`render ${i + 1}/${runs}: ${seen.first.ms.toFixed(0)} ms ("${heading}", ${sections} sections)`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return {
    medianMs: round(median(samples)),
    runsMs: samples,
    heading,
    sectionsAtFirstHeading: sections,
    marks,
    officeJsBytes: office.length,
  };
});
