// Pieces of the security checks that deserve their own tests: reading a Content-Security-Policy
// out of an HTML page, judging it, finding eval-like calls in code, and mapping a position in a
// minified bundle back to its source module through the bundle's source map.

export interface HtmlTag {
  name: string;
  attrs: Record<string, string>;
  /** Text up to the closing tag, for <script> only. */
  body?: string;
}

const TAG =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Start tags of an HTML page, with attributes (quoted or not, as html-minifier writes them). */
export function htmlTags(html: string): HtmlTag[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const out: HtmlTag[] = [];
  for (const m of withoutComments.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(ATTR)) attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? "";
    const tag: HtmlTag = { name: m[1].toLowerCase(), attrs };
    if (tag.name === "script") {
      const start = (m.index ?? 0) + m[0].length;
      const end = withoutComments.toLowerCase().indexOf("</script", start);
      tag.body = end < 0 ? "" : withoutComments.slice(start, end);
    }
    out.push(tag);
  }
  return out;
}

export type Csp = Map<string, string[]>;

export function parseCsp(policy: string): Csp {
  const out: Csp = new Map();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part
      .trim()
      .split(/\s+/)
      .filter((s) => s !== "");
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The policies a page sets with <meta http-equiv="Content-Security-Policy">. */
export function metaPolicies(html: string): string[] {
  return htmlTags(html)
    .filter(
      (t) => t.name === "meta" && (t.attrs["http-equiv"] ?? "").toLowerCase() === "content-security-policy",
    )
    .map((t) => t.attrs.content ?? "");
}

export const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
export const OFFICE_JS = `${OFFICE_ORIGIN}/lib/1/hosted/office.js`;
/** Kolada's API host, which the task pane (and only it) may connect to for "Hämta från Kolada". */
export const KOLADA_ORIGIN = "https://api.kolada.se";

/**
 * Where the policy allows more than our own origin and Microsoft's office.js (empty when it does
 * not). `connect`: further origins the page may connect to (connect-src only).
 */
export function cspProblems(policy: string, connect: readonly string[] = []): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const sourcesOf = (directive: string): string[] | undefined => csp.get(directive) ?? csp.get("default-src");
  const defaults = csp.get("default-src");
  if (!defaults) problems.push("no default-src: every fetch directive left out would allow anything");
  else if (defaults.some((s) => s !== "'self'" && s !== "'none'"))
    problems.push(`default-src allows ${defaults.join(" ")}`);
  const script = sourcesOf("script-src") ?? [];
  for (const bad of [
    "'unsafe-eval'",
    "'unsafe-inline'",
    "'wasm-unsafe-eval'",
    "*",
    "https:",
    "http:",
    "data:",
    "blob:",
  ])
    if (script.includes(bad)) problems.push(`script-src allows ${bad}`);
  const objects = csp.get("object-src") ?? defaults;
  if (!objects || objects.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  const base = csp.get("base-uri");
  if (!base || base.some((s) => s !== "'self'" && s !== "'none'"))
    problems.push("base-uri is not restricted");
  // Everything any directive allows: our origin, office.js's origin, and a few keyword sources
  // where a page needs them (Fluent UI inserts <style> elements; icons may be data: URLs).
  const keywordAllowed: Record<string, string[]> = {
    "style-src": ["'unsafe-inline'"],
    "img-src": ["data:"],
    "font-src": ["data:"],
  };
  for (const [directive, sources] of csp) {
    for (const s of sources) {
      if (s === "'self'" || s === "'none'") continue;
      if (s === OFFICE_ORIGIN && ["script-src", "connect-src", "default-src"].includes(directive)) continue;
      if (directive === "connect-src" && connect.includes(s)) continue;
      if ((keywordAllowed[directive] ?? []).includes(s)) continue;
      problems.push(`${directive} allows ${s}`);
    }
  }
  return problems;
}

/** Scripts that run other than from our origin or office.js, and inline event handlers. */
export function scriptProblems(html: string): string[] {
  const problems: string[] = [];
  for (const tag of htmlTags(html)) {
    if (tag.name === "script") {
      const src = tag.attrs.src;
      if (src === undefined) {
        if ((tag.body ?? "").trim() !== "")
          problems.push("inline <script> (blocked by the policy; must not exist)");
      } else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) && src !== OFFICE_JS) {
        problems.push(`<script src="${src}"> from another origin`);
      }
    }
    for (const name of Object.keys(tag.attrs))
      if (name.startsWith("on")) problems.push(`<${tag.name} ${name}=…> inline event handler`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// eval-like calls

export interface EvalHit {
  kind: string;
  offset: number;
  excerpt: string;
}

const EVAL_PATTERNS: [string, RegExp][] = [
  ["eval(", /(?<![\w$.])eval\s*\(/g],
  ["new Function(", /\bnew\s+Function\s*\(/g],
  ["Function(", /(?<![\w$.])(?<!new\s+)Function\s*\(/g],
  ["setTimeout/setInterval with a string", /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
];

/** TypeScript source without comments and string contents (which may say "no eval(" without calling it). */
export function stripComments(source: string): string {
  let out = "";
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      while (i < n && source[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      i += 2;
      while (i < n && !(source[i] === "*" && source[i + 1] === "/")) i++;
      i += 2;
    } else if (c === '"' || c === "'" || c === "`") {
      // A string's content is blanked (a message may say "eval(" without calling it); its quotes
      // stay, so a string handed to setTimeout is still seen.
      const quote = c;
      out += c;
      i++;
      while (i < n && source[i] !== quote) {
        if (source[i] === "\\") {
          out += " ";
          i++;
        }
        out += source[i] === "\n" ? "\n" : " ";
        i++;
      }
      out += quote;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export function evalHits(code: string): EvalHit[] {
  const hits: EvalHit[] = [];
  for (const [kind, re] of EVAL_PATTERNS) {
    for (const m of code.matchAll(re)) {
      const offset = m.index ?? 0;
      hits.push({
        kind,
        offset,
        excerpt: code.slice(Math.max(0, offset - 60), offset + 60).replace(/\s+/g, " "),
      });
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Source maps (v3), enough to name the module a bundle position came from.

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    if (digit < 0) throw new Error(`bad VLQ digit ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export interface SourceMapV3 {
  version: number;
  sources: string[];
  mappings: string;
}

/** The source file a generated (0-based) line and column maps to, or null. */
export function originalSource(map: SourceMapV3, line: number, column: number): string | null {
  const lines = map.mappings.split(";");
  let source = 0;
  let found: number | null = null;
  for (let l = 0; l < lines.length && l <= line; l++) {
    let genCol = 0;
    for (const seg of lines[l].split(",")) {
      if (seg === "") continue;
      const v = decodeVlq(seg);
      genCol += v[0];
      if (v.length >= 4) source += v[1];
      if (l === line && genCol <= column && v.length >= 4) found = source;
    }
  }
  return found === null ? null : (map.sources[found] ?? null);
}

/** 0-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start };
}

// ---------------------------------------------------------------------------------------------
// npm audit

export type AuditOutcome =
  | { kind: "report"; high: number; critical: number; names: string[] }
  | { kind: "unreachable"; reason: string }
  | { kind: "failed"; reason: string };

/** Reads `npm audit --json` output: a report, an unreachable audit service, or another failure. */
export function readAudit(stdout: string, stderr: string): AuditOutcome {
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    json = null;
  }
  const metadata = json?.metadata as { vulnerabilities?: Record<string, number> } | undefined;
  if (metadata?.vulnerabilities) {
    const vulns = (json?.vulnerabilities ?? {}) as Record<string, { severity?: string }>;
    const names = Object.entries(vulns)
      .filter(([, v]) => v.severity === "high" || v.severity === "critical")
      .map(([name, v]) => `${name} (${v.severity})`);
    return {
      kind: "report",
      high: metadata.vulnerabilities.high ?? 0,
      critical: metadata.vulnerabilities.critical ?? 0,
      names,
    };
  }
  const text = `${stdout}\n${stderr}`;
  const status = typeof json?.statusCode === "number" ? json.statusCode : null;
  const network =
    /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|audit endpoint returned an error|network/i;
  if (status !== null || network.test(text)) {
    // The service's own answer ("405 Method Not Allowed - POST …") when npm passed it on.
    const message = typeof json?.message === "string" ? json.message : null;
    const line = text.split("\n").find((l) => network.test(l) || /\d{3} /.test(l)) ?? `HTTP ${status}`;
    return { kind: "unreachable", reason: (status !== null && message) || line.trim() };
  }
  return { kind: "failed", reason: text.trim().slice(0, 2000) };
}
