// What `npm start` and `npm stop` share: paths, the record of the running dev server, printing in
// both languages, and finding the local tools without a shell (so Windows needs no .cmd shims).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import https from "node:https";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const MANIFEST = path.join(ROOT, "manifest.xml");
export const PORT = 3000;
export const TASKPANE_URL = `https://localhost:${PORT}/taskpane.html`;
const RECORD = path.join(ROOT, "node_modules", ".cache", "maluppfoljning", "dev-server.json");

/** Prints a ui string in Swedish, then English. */
export function say(key, params) {
  let text;
  try {
    text = require("./util/ui-strings.cjs").bilingual(key, params);
  } catch (error) {
    if (error?.code !== "MODULE_NOT_FOUND") throw error;
    // The strings are read with TypeScript from node_modules; without node_modules the one thing
    // worth saying is this (the only text kept outside src/i18n, for that reason).
    text =
      "Paketen är inte installerade. Kör först: npm ci\nThe packages are not installed. First run: npm ci";
  }
  process.stdout.write(`\n${text}\n`);
}

/** The JavaScript file behind a package's command, or null when packages are not installed. */
export function binOf(pkg, name = pkg) {
  try {
    const manifestPath = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
    const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
    const rel = typeof bin === "string" ? bin : bin[name];
    return path.join(path.dirname(manifestPath), rel);
  } catch {
    return null;
  }
}

/** GET over HTTPS, accepting the developer certificate; resolves to the status code or null. */
export function probe(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
  });
}

/** The dev server `npm start` started, as recorded: { pid, starter, startedAt } or null. */
export function readRecord() {
  try {
    return JSON.parse(readFileSync(RECORD, "utf8"));
  } catch {
    return null;
  }
}

export function writeRecord(record) {
  mkdirSync(path.dirname(RECORD), { recursive: true });
  writeFileSync(RECORD, JSON.stringify(record));
}

export function removeRecord() {
  rmSync(RECORD, { force: true });
}

/** True when `pid` is alive and, where the OS lets us look, still a webpack process. */
export function isOurServer(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  // A recycled PID must not be killed: on Linux check it is still webpack.
  return existsSync(cmdline) ? readFileSync(cmdline, "utf8").includes("webpack") : true;
}
