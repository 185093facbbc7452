// Helpers for the end-to-end tests: the system Chromium (never a downloaded one), the production
// build of the task pane (./build), a tiny static server on 127.0.0.1, the emulator bundled for the
// browser to stand in for office.js, and paneSession, which sets all of it up for a suite.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { extname, join, normalize, resolve, sep } from "path";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { buildTaskPane } from "./build";

export const ROOT = resolve(__dirname, "..", "..");
export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Whether the browser test can run. Under CI=true a missing Chromium is a failure (the test must
 * not pass by not running); elsewhere the test is skipped and says so loudly.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} not found: install the Debian package "chromium" to run the task pane end-to-end test.`;
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
  return false;
}

/** `describe` where Chromium is installed; elsewhere `describe.skip` (see chromiumAvailable). */
export const describeBrowser = (name: string, body: () => void): void =>
  (chromiumAvailable() ? describe : describe.skip)(name, body);

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches the system Chromium headless with a fresh profile that is removed afterwards. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "maluppfoljning-chromium-"));
  // Playwright passes the profile as --user-data-dir itself; it refuses it in `args`.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 450, height: 800 },
    locale: "sv-SE",
    permissions: ["clipboard-read", "clipboard-write"],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Serves `dir` read-only on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const rootDir = resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = normalize(join(rootDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(rootDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** test/e2e/office-entry.ts (the emulator's browser entry) bundled into one script standing in for office.js. */
export async function emulatorScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, "test", "e2e", "office-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** A pane page: what went wrong on it, and every URL it asked for. */
export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and requests that tried to leave the local server. */
  problems: string[];
  requested: string[];
}

export interface PageOptions {
  width?: number;
  /** Runs in the page before its own scripts (e.g. the emulator's options). */
  init?: () => void;
}

/**
 * Opens `path` of the local server in a new page: office.js is answered with the emulator's
 * script, anything else that would leave the machine is refused and recorded as a problem.
 */
export async function openPage(
  browser: Browser,
  server: { origin: string; officeJs: string },
  path: string,
  options: PageOptions = {},
): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  const requested: string[] = [];
  if (options.width !== undefined) await page.setViewportSize({ width: options.width, height: 900 });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  if (options.init) await page.addInitScript(options.init);
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url === OFFICE_JS)
      return route.fulfill({ status: 200, contentType: "application/javascript", body: server.officeJs });
    if (url.startsWith(server.origin)) return route.continue();
    problems.push(`blocked request: ${url}`);
    return route.abort();
  });
  await page.goto(`${server.origin}/${path}`);
  return { page, problems, requested };
}

/** A suite's browser on the served build: see paneSession. */
export interface PaneSession {
  /** The local server's origin, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** Opens `path` of the build in a new page of the suite's browser (see openPage). */
  open(path: string, options?: PageOptions): Promise<OpenedPage>;
}

/**
 * Registers, in the calling describe block, the set-up every e2e suite shares: the build (one per
 * jest run, ./build), the emulator's script, the static server and a headless Chromium, all
 * closed and removed after the block. `screenshots`: a folder to create for the suite's images.
 */
export function paneSession(options: { screenshots?: string } = {}): PaneSession {
  let browser: Browser | undefined;
  let server: { origin: string; officeJs: string } | undefined;
  let closeServer: (() => Promise<void>) | undefined;
  let cleanupDist: (() => void) | undefined;

  beforeAll(async () => {
    const [dist, officeJs] = await Promise.all([buildTaskPane(), emulatorScript()]);
    cleanupDist = dist.cleanup;
    const served = await serveStatic(dist.dir);
    closeServer = served.close;
    server = { origin: served.origin, officeJs };
    browser = await launchChromium();
    if (options.screenshots) mkdirSync(options.screenshots, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await closeServer?.();
    cleanupDist?.();
  });

  const started = () => {
    if (!browser || !server) throw new Error("paneSession: used before its beforeAll ran");
    return { browser, server };
  };
  return {
    get origin() {
      return started().server.origin;
    },
    open(path, pageOptions) {
      const { browser: b, server: s } = started();
      return openPage(b, s, path, pageOptions);
    },
  };
}
