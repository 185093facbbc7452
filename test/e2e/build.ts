// The production build of the task pane for the end-to-end tests, made once per jest run: every
// e2e suite serves the same build, and webpack takes a minute or more on two cores. The build is
// keyed on a hash of what it is made from, so a suite never serves a build of other sources.
import { spawn } from "child_process";
import { createHash, type Hash } from "crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");

/** Set by test/e2e/global-setup.ts: the run's folder for the build, removed when the run ends. */
export const BUILD_CACHE_ENV = "E2E_BUILD_CACHE";

// What the build does not read: the tests, documentation (these folders, and Markdown anywhere:
// webpack has no rule for it), benchmarks and outputs. Everything else in the tree counts (src/,
// seeds/, assets/, scripts/, manifest.xml, the configs, the lock file), files git does not know
// yet too; so an edit to the README during a run does not make the next suite build again.
const NOT_INPUTS = new Set([
  ".git",
  "node_modules",
  "test",
  "docs",
  "bench",
  "build",
  "dist",
  "lib",
  "coverage",
  ".ci",
  ".cert",
]);

function hashTree(hash: Hash, root: string, rel: string): void {
  const entries = readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  for (const entry of entries) {
    if (rel === "" && NOT_INPUTS.has(entry.name)) continue;
    const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) hashTree(hash, root, path);
    else if (entry.isFile() && !entry.name.endsWith(".md")) {
      const bytes = readFileSync(join(root, path));
      hash.update(`${path}\0${bytes.length}\0`).update(bytes);
    }
  }
}

/**
 * A key for a build of the sources as they are now: their contents, the installed packages (npm's
 * record of node_modules), the public URL the build writes into the manifest, and Node's version.
 */
export function buildKey(publicUrl: string, root = ROOT): string {
  const hash = createHash("sha256");
  hashTree(hash, root, "");
  const installed = join(root, "node_modules", ".package-lock.json");
  hash.update(existsSync(installed) ? readFileSync(installed) : "no node_modules/.package-lock.json");
  hash.update(`\0${publicUrl}\0${process.version}`);
  return hash.digest("hex").slice(0, 20);
}

function webpack(outDir: string, publicUrl: string): Promise<void> {
  const args = [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...args, "--output-path", outDir], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ADDIN_PUBLIC_URL: publicUrl },
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`webpack --mode production exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/** Whether the process that holds `lock` has ended without removing it. */
function holderGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf8"));
  } catch {
    return false; // just taken: the pid follows
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The build for `key` in `cache`: made (by `make`, into an empty folder) by the first suite that
 * asks, under a lock, as jest's workers ask at once; then served to every other. A failed build
 * is recorded so that the suites waiting for it fail with its error instead of building again,
 * one after the other.
 */
export async function sharedBuild(
  cache: string,
  key: string,
  make: (outDir: string) => Promise<void>,
): Promise<string> {
  mkdirSync(cache, { recursive: true });
  const dir = join(cache, `pane-${key}`);
  const lock = `${dir}.lock`;
  const failed = `${dir}.failed`;
  for (;;) {
    if (existsSync(dir)) return dir;
    if (existsSync(failed)) throw new Error(readFileSync(failed, "utf8"));
    try {
      mkdirSync(lock);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (holderGone(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
      continue;
    }
    try {
      writeFileSync(join(lock, "pid"), String(process.pid));
      if (existsSync(dir)) return dir;
      const partial = mkdtempSync(`${dir}.partial-`);
      try {
        await make(partial);
      } catch (e) {
        rmSync(partial, { recursive: true, force: true });
        writeFileSync(failed, String(e instanceof Error ? e.message : e));
        throw e;
      }
      // The folder appears whole or not at all, for the suites polling for it.
      renameSync(partial, dir);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * The task pane as it ships (production mode), never dist/, which the test neither depends on nor
 * disturbs. Under jest the run's build (see sharedBuild), which the run removes at its end;
 * without jest's global set-up, a fresh build that `cleanup` removes. E2E_DIST=<folder> serves an
 * existing build instead.
 */
export async function buildTaskPane(): Promise<{ dir: string; cleanup(): void }> {
  const reuse = process.env.E2E_DIST;
  if (reuse) return { dir: resolve(reuse), cleanup: () => undefined };
  // A production build needs the address it will be published at; the test serves it locally,
  // so the development address (what the manifest already holds) is as good as any.
  const publicUrl = process.env.ADDIN_PUBLIC_URL ?? "https://localhost:3000/";
  const cache = process.env[BUILD_CACHE_ENV];
  if (cache) {
    const dir = await sharedBuild(cache, buildKey(publicUrl), (out) => webpack(out, publicUrl));
    return { dir, cleanup: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), "maluppfoljning-dist-"));
  await webpack(dir, publicUrl);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
