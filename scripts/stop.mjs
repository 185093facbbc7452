#!/usr/bin/env node
// npm stop: undo npm start.
// - Windows and macOS: office-addin-debugging stop removes the sideloaded add-in from Excel on the
//   desktop and stops the dev server it started.
// - Everywhere: the dev server npm start runs in the foreground (recorded by PID) is stopped.
import { spawnSync } from "node:child_process";
import { MANIFEST, ROOT, binOf, isOurServer, readRecord, removeRecord, say } from "./dev-common.mjs";

async function stopRecordedServer() {
  const record = readRecord();
  if (!record) return false;
  removeRecord();
  if (!isOurServer(record.pid)) return false;
  process.kill(record.pid, "SIGTERM");
  for (let i = 0; i < 50 && isOurServer(record.pid); i++) await new Promise((r) => setTimeout(r, 100));
  say("ui.dev.stopped", { pid: record.pid });
  return true;
}

async function main() {
  let stopped = false;
  const desktop = process.platform === "win32" || process.platform === "darwin";
  const cli = binOf("office-addin-debugging");
  if (desktop && cli) {
    say("ui.dev.desktop.stopping");
    const result = spawnSync(process.execPath, [cli, "stop", MANIFEST], { cwd: ROOT, stdio: "inherit" });
    stopped = result.status === 0;
  }
  if (await stopRecordedServer()) stopped = true;
  if (!stopped) say("ui.dev.nothingToStop");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
