// Runs the compiled CLI (bin/maluppfoljning.js → lib/) the way a user does, compiling it first
// when lib/ is missing or older than the sources it is built from.
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
const MAIN_JS = path.join(ROOT, "lib", "cli", "main.js");
const SOURCES = ["cli", "domain", "plan", "xlsx", "i18n", "present", "report"].map((d) =>
  path.join(ROOT, "src", d),
);

function newestSource(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Compiles src/ to lib/ (the package's `prepare` step) unless lib/ is up to date. */
export function ensureCompiledCli(): void {
  const built = existsSync(MAIN_JS) ? statSync(MAIN_JS).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map(newestSource), statSync(path.join(ROOT, "seeds")).mtimeMs);
  if (built >= newest) return;
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      stdio: "pipe",
    },
  );
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** `maluppfoljning ...args` as a separate process. */
export function runCli(args: string[]): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "maluppfoljning.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
