// `npm run bench`: measures what the add-in costs (round trips, request size, core speed, file
// writing, download size, first render), prints a table and writes bench/results.json.
//
// Every measurement runs in its own node process from its own esbuild bundle (bench/measure/*.ts):
// timings start from a fresh heap, a 50,000-goal emulator run cannot starve the others of memory,
// and a piece of the add-in that is missing or broken makes its own rows "unavailable" instead of
// stopping the run.
//
// Options: --only=core,xlsx,bundle,emulator,render   run some measurements; then results.json
//          is written only with --out=<file>.   --sizes=10,1000   emulator sizes.
//          --core-sizes=10000,50000   core-ratio sizes.   --runs=N   alternating runs of the ratio
//          measurements (default 7).
import { spawn } from "child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { build, type BuildFailure } from "esbuild";
import { machineFacts } from "./machine";
import { CORE_BUDGET_SIZE, CORE_SIZES, EMULATOR_SIZES } from "./scale";
import { printReport, type Results, COMMANDS, EXTRA_COMMAND, type Command, type PerSize } from "./report";

const ROOT = resolve(process.env.BENCH_ROOT ?? process.cwd());
// BENCH_CACHE: a directory of one's own, where worktrees sharing node_modules bench at once.
const CACHE = resolve(
  process.env.BENCH_CACHE ?? join(ROOT, "node_modules", ".cache", "maluppfoljning-bench"),
);

type Outcome<T> = { ok: true; value: T; ms: number } | { ok: false; reason: string; ms: number };

function options(argv: string[]): {
  only: Set<string> | null;
  sizes: number[];
  coreSizes: number[];
  runs: number;
  out: string | null;
} {
  const get = (name: string): string | undefined =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = get("only");
  const sizes = get("sizes");
  const coreSizes = get("core-sizes");
  const runs = Number(get("runs") ?? 7);
  const out = get("out");
  return {
    only: only ? new Set(only.split(",")) : null,
    sizes: sizes ? sizes.split(",").map(Number) : [...EMULATOR_SIZES],
    coreSizes: coreSizes ? coreSizes.split(",").map(Number) : [...CORE_SIZES],
    runs: Number.isInteger(runs) && runs > 0 ? runs : 7,
    out: out ? resolve(out) : only ? null : join(ROOT, "bench", "results.json"),
  };
}

/** Bundles bench/measure/<name>.ts and runs it in a child node process. */
async function measure<T>(
  name: string,
  entry: string,
  args: unknown,
  extraNodeArgs: string[] = [],
  timeoutMs = 600_000,
): Promise<Outcome<T>> {
  const started = Date.now();
  const elapsed = (): number => Date.now() - started;
  mkdirSync(CACHE, { recursive: true });
  const bundle = join(CACHE, `${name}.cjs`);
  try {
    await build({
      entryPoints: [join(ROOT, "bench", "measure", `${entry}.ts`)],
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      // Packages load from node_modules at run time (the bundle sits under node_modules/.cache,
      // so they resolve); only the project's own TypeScript is compiled in.
      packages: "external",
      sourcemap: "inline",
      outfile: bundle,
      logLevel: "silent",
    });
  } catch (error) {
    const errors = (error as BuildFailure).errors ?? [];
    const first = errors[0];
    const reason = first
      ? `does not build yet: ${first.text}${first.location ? ` (${first.location.file}:${first.location.line})` : ""}`
      : String(error);
    return { ok: false, reason, ms: elapsed() };
  }
  const out = join(CACHE, `${name}.result.json`);
  rmSync(out, { force: true });
  const code = await new Promise<number | string>((done) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--enable-source-maps", ...extraNodeArgs, bundle, out, JSON.stringify(args)],
      { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] },
    );
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => done(e.message));
    child.on("close", (c, signal) => {
      clearTimeout(timer);
      done(
        signal
          ? `killed by ${signal}${signal === "SIGKILL" ? ` after ${timeoutMs / 1000} s` : ""}`
          : (c ?? -1),
      );
    });
  });
  if (code !== 0 || !existsSync(out)) {
    return {
      ok: false,
      reason: `failed (${typeof code === "number" ? `exit code ${code}` : code}); see the output above`,
      ms: elapsed(),
    };
  }
  return { ok: true, value: JSON.parse(readFileSync(out, "utf8")) as T, ms: elapsed() };
}

interface CommandRun {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  maxAcceptedResponseBytes: number;
  refused?: { bytes: number; responseBytes: number; code: string }[];
  requests: number;
  ms: number;
  error?: string;
}

interface EmulatorRun {
  goals: number;
  commands: Record<Command, CommandRun>;
  reload: CommandRun;
  [key: string]: unknown;
}

async function main(): Promise<number> {
  const opt = options(process.argv.slice(2));
  const known = ["bundle", "core", "xlsx", "emulator", "render"];
  const unknown = opt.only ? [...opt.only].filter((k) => !known.includes(k)) : [];
  if (unknown.length > 0) {
    process.stderr.write(`Unknown measurement(s) ${unknown.join(", ")}; known: ${known.join(", ")}\n`);
    return 2;
  }
  const wanted = (k: string): boolean => opt.only === null || opt.only.has(k);
  const started = Date.now();
  const results: Results = {
    machine: machineFacts(),
    syncs: null,
    maxRequestBytes: null,
    coreRatio: null,
    coreRatios: null,
    xlsxRatio: null,
    bundleGzipBytes: null,
    firstRenderMs: null,
    unavailable: {},
    failedCommands: {},
    refusedRequests: {},
    details: {},
    durationsMs: {},
  };
  const note = (key: string, o: Outcome<unknown>): void => {
    results.durationsMs[key] = o.ms;
    if (!o.ok) {
      results.unavailable[key] = o.reason;
      process.stderr.write(`  ${key}: ${o.reason}\n`);
    }
  };
  const step = (title: string): void => {
    process.stderr.write(`\n▶ ${title}\n`);
  };

  if (wanted("bundle")) {
    step("bundle: dist/taskpane.html and the assets it loads first");
    const o = await measure<{ gzipBytes: number }>("bundle", "bundle", { root: ROOT });
    note("bundle", o);
    if (o.ok) {
      results.bundleGzipBytes = o.value.gzipBytes;
      results.details.bundle = o.value;
    }
  }

  if (wanted("core")) {
    // One child process per size, so each size's timings start from a fresh heap.
    const bySize: Record<string, { ratio: number }> = {};
    for (const goals of opt.coreSizes) {
      step(
        `core: validate + summarize ${goals.toLocaleString("en")} goals vs JSON.parse (${opt.runs} alternating runs)`,
      );
      const o = await measure<{ ratio: number }>(`core-${goals}`, "core", { goals, runs: opt.runs });
      note(`core-${goals}`, o);
      if (o.ok) {
        bySize[goals] = o.value;
        process.stderr.write(`  ratio ${o.value.ratio.toFixed(2)} at ${goals.toLocaleString("en")} goals\n`);
      }
    }
    if (Object.keys(bySize).length > 0) {
      results.coreRatios = Object.fromEntries(Object.entries(bySize).map(([k, v]) => [k, v.ratio]));
      results.coreRatio = bySize[CORE_BUDGET_SIZE]?.ratio ?? null;
      results.details.core = bySize;
    }
  }

  if (wanted("xlsx")) {
    step(`xlsx: 10,000-goal workbook vs plain ExcelJS (${opt.runs} alternating runs)`);
    const o = await measure<{ ratio: number }>("xlsx", "xlsx", { goals: 10_000, runs: opt.runs });
    note("xlsx", o);
    if (o.ok) {
      results.xlsxRatio = o.value.ratio;
      results.details.xlsx = o.value;
    }
  }

  if (wanted("emulator")) {
    const syncs: Record<string, Record<string, number | null>> = {};
    const bytes: Record<string, Record<string, number | null>> = {};
    // Largest response, also when the command failed on it: Excel on the web limits both ways.
    const responses: Record<string, Record<string, number | null>> = {};
    for (const c of [...COMMANDS, EXTRA_COMMAND]) {
      syncs[c] = {};
      bytes[c] = {};
      responses[c] = {};
    }
    const runs: Record<string, unknown> = {};
    for (const goals of opt.sizes) {
      step(`emulator: every command against the adapter, ${goals.toLocaleString("en")} goals`);
      const o = await measure<EmulatorRun>(`emulator-${goals}`, "emulator", { goals }, [
        "--max-old-space-size=8192",
      ]);
      note(`emulator-${goals}`, o);
      for (const c of [...COMMANDS, EXTRA_COMMAND]) {
        const run = o.ok ? (c === EXTRA_COMMAND ? o.value.reload : o.value.commands[c as Command]) : null;
        // A command that failed has no figure to compare; its error is listed under the table.
        if (run?.error) results.failedCommands[`${c} at ${goals} goals`] = run.error;
        syncs[c][goals] = run && !run.error ? run.syncs : null;
        bytes[c][goals] = run && !run.error ? run.maxRequestBytes : null;
        responses[c][goals] = run && !run.error ? run.maxAcceptedResponseBytes : null;
        // A request Excel refused but the command then worked around (e.g. by reading in slices).
        if (run && !run.error && run.refused?.length) {
          results.refusedRequests[`${c} at ${goals} goals`] = run.refused
            .map(
              (x) =>
                `${x.code} (request ${x.bytes.toLocaleString("en")} B, response ${x.responseBytes.toLocaleString("en")} B)`,
            )
            .join("; ");
        }
      }
      runs[goals] = o.ok ? o.value : null;
      // One failure (typically a missing piece) is the same for every size.
      if (!o.ok && o.reason.startsWith("does not build")) break;
    }
    if (Object.values(runs).some((r) => r !== null)) {
      const pick = (p: PerSize, keys: readonly string[]): PerSize =>
        Object.fromEntries(keys.map((k) => [k, p[k]]));
      results.syncs = pick(syncs, COMMANDS);
      results.maxRequestBytes = pick(bytes, COMMANDS);
      // Loading into a workbook that already has the table (a merge): not one of the issue's
      // five keys, but the heaviest read, so it is shown beside them.
      results.details.reload = { syncs: syncs[EXTRA_COMMAND], maxRequestBytes: bytes[EXTRA_COMMAND] };
      results.details.maxResponseBytes = responses;
    }
    results.details.emulator = runs;
  }

  if (wanted("render")) {
    step("render: task pane first render in headless Chromium (median of 5)");
    const o = await measure<{ medianMs: number } | { skipped: true; reason: string }>("render", "render", {
      root: ROOT,
      runs: 5,
    });
    if (o.ok && "skipped" in o.value) {
      // No Chromium on this machine (under CI=true the measurement fails instead).
      process.stderr.write(`\n*** SKIPPED firstRenderMs: ${o.value.reason} ***\n`);
      results.unavailable.render = `skipped: ${o.value.reason}`;
      results.durationsMs.render = o.ms;
    } else {
      note("render", o);
      if (o.ok && "medianMs" in o.value) {
        results.firstRenderMs = o.value.medianMs;
        results.details.render = o.value;
      }
    }
  }

  results.durationsMs.total = Date.now() - started;
  process.stdout.write(`\n${printReport(results)}\n`);
  if (opt.out) {
    writeFileSync(opt.out, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`\nWrote ${opt.out}\n`);
  }
  // A missed target is a finding, shown in the table; a measurement that could not run is a failure.
  const failed = Object.values(results.unavailable).filter((why) => !why.startsWith("skipped"));
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
