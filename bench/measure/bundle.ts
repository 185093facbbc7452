// bundleGzipBytes: the production JavaScript and CSS that dist/taskpane.html loads when the pane
// opens, each file gzipped at level 9 (what a server or CDN sends), summed. office.js comes from
// Microsoft's CDN and is not ours to shrink, so it is listed but not counted.
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import { join, resolve } from "path";
import { gzipSync } from "zlib";
import { log, runMeasurement } from "../child";

export interface BundleArgs {
  root: string;
}

export interface Asset {
  file: string;
  kind: "script" | "stylesheet";
  bytes: number;
  gzipBytes: number;
}

/** The src/href of every <script src> and <link rel=stylesheet href> in the page, in order. */
export function pageAssets(html: string): { url: string; kind: Asset["kind"] }[] {
  const out: { url: string; kind: Asset["kind"] }[] = [];
  const attr = (tag: string, name: string): string | null => {
    const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
    return m ? (m[1] ?? m[2] ?? m[3]) : null;
  };
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(m[0], "src");
    if (src) out.push({ url: src, kind: "script" });
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], "rel");
    const href = attr(m[0], "href");
    if (href && rel && rel.toLowerCase().split(/\s+/).includes("stylesheet"))
      out.push({ url: href, kind: "stylesheet" });
  }
  return out;
}

/** Newest modification time of any file under `dir` (for "is the build older than the sources?"). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

runMeasurement(async ({ root }: BundleArgs) => {
  const dist = resolve(root, "dist");
  const page = join(dist, "taskpane.html");
  if (!existsSync(page)) throw new Error(`${page} is missing: run \`npm run build\` first`);
  const html = readFileSync(page, "utf8");
  const assets: Asset[] = [];
  const external: string[] = [];
  for (const { url, kind } of pageAssets(html)) {
    if (/^(https?:)?\/\//i.test(url)) {
      external.push(url);
      continue;
    }
    const file = join(dist, decodeURIComponent(url.split(/[?#]/)[0]));
    const data = readFileSync(file);
    assets.push({ file: url, kind, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length });
  }
  const builtAt = statSync(page).mtimeMs;
  const sourcesAt = newest(resolve(root, "src"));
  const stale = sourcesAt > builtAt;
  if (stale) log("bundle: dist/ is older than src/: run `npm run build` for current figures");
  return {
    gzipBytes: assets.reduce((s, a) => s + a.gzipBytes, 0),
    bytes: assets.reduce((s, a) => s + a.bytes, 0),
    assets,
    notCounted: external,
    builtAt: new Date(builtAt).toISOString(),
    staleBuild: stale,
  };
});
