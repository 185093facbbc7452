// `maluppfoljning validate FILE | head`: the reader closes the pipe before the CLI has written
// everything. The CLI must end quietly then, not print Node's "write EPIPE" stack trace.
import { spawn } from "child_process";
import * as path from "path";
import { BIN, ROOT, compileCli } from "./cli";

beforeAll(() => compileCli(), 300_000);

function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "", FORCE_COLOR: "0" },
    });
    // Closed before the CLI writes its first line, as `head -0` would.
    child.stdout.destroy();
    const err: Buffer[] = [];
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr: Buffer.concat(err).toString("utf8") }));
  });
}

test("a closed stdout ends the CLI without a stack trace", async () => {
  const seed = path.join(ROOT, "seeds", "vasteras-2023.json");
  const r = await runWithClosedStdout(["summary", seed]);
  expect(r.stderr).not.toMatch(/EPIPE|at .*\(node:/);
  expect(r.code).toBe(0);
}, 60_000);
