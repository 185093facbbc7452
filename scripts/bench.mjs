// `npm run bench`: compiles bench/main.ts (TypeScript) with esbuild into one CommonJS file under
// node_modules/.cache, where the project's packages resolve, and runs it with node. No ts-node:
// esbuild only strips types; `npx tsc -p bench/tsconfig.json` type-checks the benchmark sources.
// Arguments are passed on: `npm run bench -- --only=core,xlsx`.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// BENCH_CACHE (bench/main.ts): where worktrees that share node_modules each build their own.
const outfile = join(
  process.env.BENCH_CACHE ?? join(root, "node_modules", ".cache", "maluppfoljning-bench"),
  "main.cjs",
);
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(root, "bench", "main.ts")],
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
  env: { ...process.env, BENCH_ROOT: root },
});
process.exit(run.status ?? 1);
