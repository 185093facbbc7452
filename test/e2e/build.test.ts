// The e2e suites' shared build (test/e2e/build.ts), without webpack: the key follows the build's
// inputs and nothing else, suites that ask at once get one build, a failed build fails them all
// with its error, and a lock left by an ended process does not block the run.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { buildKey, sharedBuild } from "./build";

const URL = "https://localhost:3000/";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let tmp: string;
let cache: string;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "maluppfoljning-build-test-"));
  cache = join(tmp, "cache");
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

describe("the key of the pane's build", () => {
  it("changes with a source, a new source, a moved source and the public URL", () => {
    const root = join(tmp, "repo");
    write(root, { "src/a.ts": "export const a = 1;\n", "seeds/s.json": "{}", "webpack.config.js": "" });
    const keys = [buildKey(URL, root), buildKey("https://example.org/addin/", root)];
    write(root, { "src/a.ts": "export const a = 2;\n" });
    keys.push(buildKey(URL, root));
    write(root, { "src/b.ts": "" });
    keys.push(buildKey(URL, root));
    rmSync(join(root, "src/b.ts"));
    write(root, { "src/c.ts": "" });
    keys.push(buildKey(URL, root));
    write(root, { "seeds/s.json": '{"year":2024}' });
    keys.push(buildKey(URL, root));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("stays the same when only tests, documentation, benchmarks or outputs change", () => {
    const root = join(tmp, "repo");
    write(root, { "src/a.ts": "export const a = 1;\n" });
    const key = buildKey(URL, root);
    expect(buildKey(URL, root)).toBe(key);
    write(root, {
      "test/a.test.ts": "",
      "docs/ARCHITECTURE.md": "",
      "README.md": "",
      "src/README.md": "",
      "bench/results.json": "",
      "build/screenshots/a.png": "",
      "dist/taskpane.html": "",
      "lib/cli/main.js": "",
    });
    expect(buildKey(URL, root)).toBe(key);
  });
});

describe("the run's shared build", () => {
  it("is made once for suites that ask at once, and served whole to each", async () => {
    let builds = 0;
    const make = async (out: string) => {
      builds++;
      await sleep(300);
      writeFileSync(join(out, "taskpane.html"), "<!doctype html>");
    };
    const dirs = await Promise.all([1, 2, 3].map(() => sharedBuild(cache, "k1", make)));
    expect(builds).toBe(1);
    expect(new Set(dirs)).toEqual(new Set([join(cache, "pane-k1")]));
    expect(readFileSync(join(dirs[0], "taskpane.html"), "utf8")).toBe("<!doctype html>");
    // No lock and no half-made folder left behind.
    expect(readdirSync(cache)).toEqual(["pane-k1"]);
    // Another key (the sources changed): built again, beside the first.
    await sharedBuild(cache, "k2", make);
    expect(builds).toBe(2);
    expect(readdirSync(cache).sort()).toEqual(["pane-k1", "pane-k2"]);
  });

  it("fails every suite waiting for a failed build with its error, without building again", async () => {
    let builds = 0;
    const make = async () => {
      builds++;
      await sleep(300);
      throw new Error("webpack --mode production exited with 1: boom");
    };
    const results = await Promise.allSettled([1, 2, 3].map(() => sharedBuild(cache, "k", make)));
    expect(builds).toBe(1);
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "fulfilled"))).toEqual([
      "Error: webpack --mode production exited with 1: boom",
      "Error: webpack --mode production exited with 1: boom",
      "Error: webpack --mode production exited with 1: boom",
    ]);
    expect(existsSync(join(cache, "pane-k"))).toBe(false);
  });

  it("takes over a lock left by a process that has ended", async () => {
    const ended = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    }).stdout;
    write(cache, { "pane-k.lock/pid": ended });
    let builds = 0;
    const dir = await sharedBuild(cache, "k", async () => {
      builds++;
    });
    expect(builds).toBe(1);
    expect(dir).toBe(join(cache, "pane-k"));
    expect(existsSync(join(cache, "pane-k.lock"))).toBe(false);
  });
});
