// `npm start` on Linux (the Excel-on-the-web path): run as a user does, stopped with Ctrl+C (SIGINT
// to its process group) once it has printed the sideloading steps. Every line it prints is one of
// the ui strings, each in Swedish and English; it says that the browser must run on this machine;
// webpack's own English notes ("wait until bundle finished" for every probe) do not reach it.
import { spawn, spawnSync } from "child_process";
import * as path from "path";
import { strings, t } from "../../src/i18n";

const ROOT = path.resolve(__dirname, "..", "..");
const PORT = 3000;
const URL = `https://localhost:${PORT}/taskpane.html`;
const MANIFEST = path.join(ROOT, "manifest.xml");
const STOP_HINT = t("en", "ui.dev.stopHint");

// Decided before the tests run: the dev server needs port 3000 to itself. Another program on it
// (another checkout's dev server) is this machine's state, not a fault of npm start.
const portCheck = spawnSync(
  process.execPath,
  [
    "-e",
    `require("net").connect(${PORT}, "localhost").on("connect", () => process.exit(1)).on("error", () => process.exit(0))`,
  ],
  { timeout: 10_000 },
);
const portFree = portCheck.status === 0;
const busyReason = `port ${PORT} is in use by another program`;
if (!portFree) console.warn(`\n*** SKIPPING the npm start test: ${busyReason}. ***\n`);
const itWhenPortFree = portFree ? it : it.skip;

/** One output line of a ui string as a pattern: literal text, any text for each placeholder. */
function linePattern(templateLine: string): RegExp {
  const parts = templateLine.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`);
}

const UI_LINES: { key: string; lang: "sv" | "en"; pattern: RegExp }[] = [];
for (const lang of ["sv", "en"] as const) {
  for (const [key, template] of Object.entries(strings[lang])) {
    if (!key.startsWith("ui.dev.")) continue;
    for (const line of template.split("\n"))
      if (line.trim() !== "") UI_LINES.push({ key, lang, pattern: linePattern(line) });
  }
}

interface StartRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** npm start --web until it prints the stop hint (or gives up), then Ctrl+C. */
function runStart(timeoutMs: number): Promise<StartRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "--web"], {
      cwd: ROOT,
      // Its own process group, as a terminal gives it, so SIGINT reaches the dev server too.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FORCE_COLOR: "0", NODE_OPTIONS: "" },
    });
    const pid = child.pid;
    if (pid === undefined) {
      reject(new Error("npm start did not start"));
      return;
    }
    let output = "";
    let interrupted = false;
    const interrupt = (signal: NodeJS.Signals): void => {
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    };
    const onData = (d: Buffer): void => {
      output += d.toString("utf8");
      if (!interrupted && output.includes(STOP_HINT)) {
        interrupted = true;
        interrupt("SIGINT");
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const giveUp = setTimeout(() => interrupt("SIGINT"), timeoutMs);
    const kill = setTimeout(() => interrupt("SIGKILL"), timeoutMs + 30_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(kill);
      resolve({ code, signal, output });
    });
  });
}

describe("npm start on Linux", () => {
  itWhenPortFree(
    portFree
      ? "prints every line in Swedish and English, says the browser must be on this machine, and stops on Ctrl+C"
      : `skipped: ${busyReason}`,
    async () => {
      const run = await runStart(240_000);
      const lines = run.output.split("\n").filter((l) => l.trim() !== "");

      // The sideloading steps, the same-machine warning among them, in full in both languages.
      for (const lang of ["sv", "en"] as const) {
        expect(run.output).toContain(t(lang, "ui.dev.sideloadWeb", { url: URL, manifest: MANIFEST }));
      }
      expect(run.output).toContain("nås bara från den här datorn");
      expect(run.output).toContain("reachable only from this computer");
      expect(run.output).toContain(t("sv", "ui.dev.serverStopped"));
      expect(run.output).toContain(t("en", "ui.dev.serverStopped"));
      expect(run.output).not.toMatch(
        /wait until bundle finished|\[webpack-dev-server\]|compiled successfully/,
      );

      // Every line is a line of some ui string; each string printed is printed in both languages.
      const foreign = lines.filter((l) => !UI_LINES.some((u) => u.pattern.test(l)));
      expect(foreign).toEqual([]);
      const keys = { sv: new Set<string>(), en: new Set<string>() };
      for (const l of lines) for (const u of UI_LINES) if (u.pattern.test(l)) keys[u.lang].add(u.key);
      expect([...keys.sv].sort()).toEqual([...keys.en].sort());
      expect(keys.en).toContain("ui.dev.built");

      expect({ code: run.code, signal: run.signal }).toEqual({ code: 0, signal: null });
    },
    300_000,
  );
});
