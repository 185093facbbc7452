// Running the compiled CLI as a user does: `tsc -p tsconfig.cli.json` (what `npm ci` runs as the
// prepare script) into lib/, then `node bin/maluppfoljning.js …` in a child process, so that what
// reaches the terminal (stdout, stderr, exit code) is what is checked.
import { spawn, spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import * as path from "path";
import type { JsonCase } from "../corpus/cases";

export const ROOT = path.resolve(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "maluppfoljning.js");
export const CASES_DIR = path.join(ROOT, "test", "corpus", "cases");

let compiled = false;

const CLI_SOURCES = ["cli", "domain", "plan", "xlsx", "i18n", "present", "kolada", "report"];

/** True when every compiled file in lib/ (sub-folders too) is newer than its source. */
function libIsFresh(): boolean {
  const fresh = (dir: string): boolean => {
    for (const entry of readdirSync(path.join(ROOT, "src", dir), { withFileTypes: true })) {
      const name = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!fresh(name)) return false;
        continue;
      }
      if (!entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) continue;
      const out = path.join(ROOT, "lib", name.replace(/\.ts$/, ".js"));
      if (!existsSync(out) || statSync(out).mtimeMs < statSync(path.join(ROOT, "src", name)).mtimeMs)
        return false;
    }
    return true;
  };
  return CLI_SOURCES.every(fresh);
}

/**
 * Compiles the CLI's sources (CLI_SOURCES) into lib/ (what `npm ci` runs as the prepare script),
 * unless lib/ is already up to date: several test files run this at once in parallel workers.
 */
export function compileCli(): void {
  if (compiled || libIsFresh()) {
    compiled = true;
    return;
  }
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`tsc -p tsconfig.cli.json failed:\n${r.stdout}\n${r.stderr}`);
  compiled = true;
}

export interface CliRun {
  args: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; resolves when it exits (never rejects on a non-zero exit). */
export function runCli(args: string[], timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "", FORCE_COLOR: "0" },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        args,
        code,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}

/** The bytes of a JSON case's input. */
export function caseBytes(c: JsonCase): Buffer {
  if (c.input.file) return readFileSync(path.join(CASES_DIR, c.input.file));
  if (c.input.make) {
    const v = c.input.make();
    return typeof v === "string" ? Buffer.from(v, "utf8") : Buffer.from(v);
  }
  throw new Error(`${c.id}: no input`);
}

/** Writes a case's input to `dir` as <id>.json and returns the path. */
export function materialise(c: JsonCase, dir: string): string {
  const file = path.join(dir, `${c.id}.json`);
  writeFileSync(file, caseBytes(c));
  return file;
}
