// Helpers for test/manifest.test.ts: the repository's manifest, the files a build would serve for
// it, and mutated copies that must fail the check.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { directoryFiles, type ManifestFiles } from "../../scripts/check-manifest";

export const ROOT = path.resolve(__dirname, "..", "..");
export const MANIFEST_PATH = path.join(ROOT, "manifest.xml");

/** What webpack.config.js exports for tests (it is plain CommonJS, so typed here by hand). */
export interface WebpackConfigModule {
  (
    env: Record<string, unknown>,
    argv: { mode: string },
  ): Promise<{
    entry: Record<string, string | string[]>;
    plugins: { constructor: { name: string }; userOptions?: { filename?: string } }[];
  }>;
  PAGES: string[];
  DEV_URL: string;
  /** The self-test's manifest made from the add-in's (dist/manifest-selftest.xml). */
  selftestManifest(xml: string): string;
  SELFTEST_ID: string;
  publicUrlProblem(url: string | undefined): string | null;
  productionManifest(xml: string, url: string): string;
}

export const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;

export function readManifest(): string {
  return fs.readFileSync(MANIFEST_PATH, "utf8");
}

/** The files https://localhost:3000/ serves: the pages the build emits, and assets/ from the repo. */
export function sourceFiles(): ManifestFiles {
  const repo = directoryFiles(ROOT, webpackConfig.PAGES);
  return {
    has: (rel) => webpackConfig.PAGES.includes(rel) || (rel.startsWith("assets/") && repo.has(rel)),
    read: (rel) => (rel.startsWith("assets/") ? repo.read(rel) : undefined),
  };
}

/** `xml` with exactly one occurrence of `from` replaced; throws if `from` is not there once. */
export function mutate(xml: string, from: string, to: string): string {
  const at = xml.indexOf(from);
  if (at < 0 || xml.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

/** Runs `office-addin-manifest info` from node_modules on a file (no network needed). */
export function manifestInfo(file: string): { status: number | null; output: string } {
  const cli = path.join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
  const r = spawnSync(process.execPath, [cli, "info", file], { encoding: "utf8", timeout: 60_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
