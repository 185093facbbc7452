// `npm run selftest`: compiles test/selftest/main.ts (TypeScript) with esbuild into one CommonJS
// file under node_modules/.cache, as scripts/bench.mjs does, and runs it with node: the
// self-test's checks against the emulator. Arguments are passed on: `npm run selftest -- --lang=sv`.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "node_modules", ".cache", "maluppfoljning-selftest", "main.cjs");
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(root, "test", "selftest", "main.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "inline",
  outfile,
  logLevel: "warning",
});
const run = spawnSync(process.execPath, ["--enable-source-maps", outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
process.exit(run.status ?? 1);
