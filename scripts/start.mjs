#!/usr/bin/env node
// npm start: run the add-in for a developer or tester.
// - Windows and macOS: office-addin-debugging sideloads manifest.xml into Excel on the desktop and
//   starts the dev server (npm run dev-server) in the background; `npm stop` undoes both.
// - Linux (no Excel for the desktop), `npm start -- --web`, or when sideloading fails: the HTTPS dev
//   server runs here in the foreground and the steps to sideload into Excel on the web are printed.
// Every failure ends in a sentence in Swedish and English, never a stack trace.
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";
import {
  MANIFEST,
  PORT,
  ROOT,
  TASKPANE_URL,
  binOf,
  isOurServer,
  probe,
  readRecord,
  removeRecord,
  say,
  writeRecord,
} from "./dev-common.mjs";

const READY_TIMEOUT_S = 180;

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "localhost" }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/** office-addin-debugging start; true when Excel on the desktop got the add-in. */
function sideloadDesktop() {
  const cli = binOf("office-addin-debugging");
  if (!cli) return false;
  say("ui.dev.desktop.trying");
  const result = spawnSync(
    process.execPath,
    [
      cli,
      "start",
      MANIFEST,
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      String(PORT),
    ],
    { cwd: ROOT, stdio: ["inherit", "inherit", "pipe"], encoding: "utf8" },
  );
  if (result.stderr) process.stderr.write(result.stderr);
  // office-addin-debugging reports failure on stderr but exits with 0, so read what it said.
  return result.status === 0 && !/Unable to (start debugging|sideload)/i.test(result.stderr ?? "");
}

async function waitUntilServed(child) {
  const deadline = Date.now() + READY_TIMEOUT_S * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    if ((await probe(TASKPANE_URL)) === 200) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** The dev server in the foreground, with the Excel-on-the-web steps once it answers. */
async function serveForWeb() {
  if (await portInUse(PORT)) {
    if ((await probe(TASKPANE_URL)) === 200) {
      say("ui.dev.alreadyRunning", { url: TASKPANE_URL });
      say("ui.dev.sideloadWeb", { url: TASKPANE_URL, manifest: MANIFEST });
      return 0;
    }
    say("ui.dev.portBusy", { port: PORT });
    return 1;
  }
  const webpack = binOf("webpack-cli");
  if (!webpack) {
    say("ui.dev.notInstalled");
    return 1;
  }
  say("ui.dev.starting", { url: `https://localhost:${PORT}/` });
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  writeRecord({ pid: child.pid, starter: process.pid, startedAt: new Date().toISOString() });
  // Ctrl+C reaches the dev server too (same process group); we only wait for it to end.
  process.on("SIGINT", () => undefined);
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));

  const ready = await waitUntilServed(child);
  if (ready) {
    say("ui.dev.sideloadWeb", { url: TASKPANE_URL, manifest: MANIFEST });
    say("ui.dev.stopHint");
  } else if (child.exitCode === null) {
    say("ui.dev.serverTimeout", { url: TASKPANE_URL, seconds: READY_TIMEOUT_S });
    child.kill("SIGTERM");
  }
  const { code, signal } = await exited;
  const record = readRecord();
  if (record && record.pid === child.pid) removeRecord();
  if (!ready) {
    say("ui.dev.serverFailed");
    return 1;
  }
  say("ui.dev.serverStopped");
  return signal || code === 0 || code === null ? 0 : code;
}

async function main() {
  if (!binOf("webpack-cli")) {
    say("ui.dev.notInstalled");
    return 1;
  }
  const record = readRecord();
  if (record && !isOurServer(record.pid)) removeRecord();

  const webOnly = process.argv.includes("--web");
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (desktop && !webOnly) {
    if (sideloadDesktop()) {
      say("ui.dev.desktop.stopHint");
      return 0;
    }
    say("ui.dev.desktop.failed");
  } else if (!desktop) {
    say("ui.dev.desktop.unsupported", { platform: process.platform });
  }
  return serveForWeb();
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
    say("ui.dev.serverFailed");
    process.exitCode = 1;
  },
);
