// Offline check of the add-in's XML manifest, for the test suite (manifest.xml against the files the
// build emits) and for `npm run build` (dist/manifest.xml against dist/). Microsoft's validator
// (`npm run validate`) needs its web service; this catches, without a network, the mistakes that
// make Office refuse or half-load an add-in: malformed XML, elements out of schema order, a resid
// pointing nowhere, an http:// or dangling URL, an icon whose pixels do not match its declared size.
//
// Its only relative import is check-runtime.ts: webpack.config.js loads this file through
// scripts/util/load-ts.cjs, which compiles TypeScript files one by one.
import { DOMParser, type Element } from "@xmldom/xmldom";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkRuntime, type RuntimeReport } from "./check-runtime";

export const NS = {
  office: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** Children of a TaskPaneApp OfficeApp, in the order of the schema's xs:sequence. */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "Dictionary",
  "VersionOverrides",
] as const;

const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description"];
const REQUIRED_TASKPANE = ["DefaultSettings", "Permissions"];

/** Limits from the manifest schema (bt:ShortString, bt:LongString, resource ids). */
export const LIMITS = { shortString: 125, longString: 250, resid: 32 } as const;

export type ProblemCode =
  | "xml"
  | "root"
  | "order"
  | "missing"
  | "value"
  | "locale"
  | "duplicate-id"
  | "resid"
  | "resid-kind"
  | "length"
  | "url-scheme"
  | "url-outside"
  | "url-missing"
  | "icon"
  | "runtime";

export interface ManifestProblem {
  code: ProblemCode;
  message: string;
}

/** The files an add-in URL can name, relative to the base URL ("taskpane.html", "assets/icon-16.png"). */
export interface ManifestFiles {
  has(relativePath: string): boolean;
  read(relativePath: string): Uint8Array | undefined;
}

export interface ManifestCheckOptions {
  /** Where the add-in's own files live, e.g. "https://localhost:3000/"; must end with "/". */
  baseUrl: string;
  files: ManifestFiles;
  /** Expected DefaultLocale. */
  defaultLocale?: string;
  /** Locales every DisplayName, Description and ribbon string must override. */
  overrideLocales?: readonly string[];
  /** The only Host allowed, and the only Permissions value. */
  host?: string;
  permissions?: string;
}

export interface ManifestReport {
  problems: ManifestProblem[];
  /** FunctionName of every ExecuteFunction action, in document order. */
  functionNames: string[];
  /** Every URL found in the manifest (attributes and text), in document order. */
  urls: string[];
  /** The shared runtime, when the manifest declares one (scripts/check-runtime.ts). */
  runtime: RuntimeReport | null;
}

type ResourceKind = "image" | "url" | "short" | "long";

/** Which kind of resource a `resid` on an element of this local name must point at. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  Runtime: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Description: "long",
  Tooltip: "long",
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const type = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  if (type !== "IHDR") return null;
  const u32 = (o: number): number =>
    ((bytes[o] << 24) | (bytes[o + 1] << 16) | (bytes[o + 2] << 8) | bytes[o + 3]) >>> 0;
  return { width: u32(16), height: u32(20) };
}

function childElements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function allElements(root: Element): Element[] {
  const out: Element[] = [root];
  for (let i = 0; i < out.length; i++) out.push(...childElements(out[i]));
  return out;
}

function text(el: Element | undefined): string {
  return (el?.textContent ?? "").trim();
}

function describe(el: Element): string {
  const line = (el as unknown as { lineNumber?: number }).lineNumber;
  return `<${el.tagName}>${line ? ` (line ${line})` : ""}`;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

export function checkManifest(xml: string, options: ManifestCheckOptions): ManifestReport {
  const problems: ManifestProblem[] = [];
  const report = (code: ProblemCode, message: string): void => {
    problems.push({ code, message });
  };
  const result: ManifestReport = { problems, functionNames: [], urls: [], runtime: null };
  // Images to measure once all URLs are known: the URL, the size the ribbon declares, where from.
  const imageChecks: { url: string; size?: number; where: string }[] = [];
  const defaultLocale = options.defaultLocale ?? "sv-SE";
  const overrideLocales = options.overrideLocales ?? ["en-US"];
  const host = options.host ?? "Workbook";
  const permissions = options.permissions ?? "ReadWriteDocument";
  if (!/^https:\/\/.+\/$/.test(options.baseUrl)) {
    report("value", `base URL ${options.baseUrl} must start with https:// and end with /`);
  }

  let root: Element;
  try {
    const doc = new DOMParser({
      // Office's parser is strict, so anything xmldom only warns about is treated as fatal too.
      onError: (level, msg) => {
        throw new Error(`${level}: ${msg}`);
      },
    }).parseFromString(xml, "text/xml");
    if (!doc.documentElement) throw new Error("no root element");
    root = doc.documentElement;
  } catch (e) {
    report("xml", `the manifest is not well-formed XML: ${e instanceof Error ? e.message : String(e)}`);
    return result;
  }

  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.office) {
    report("root", `the root element must be OfficeApp in ${NS.office}, found ${root.tagName}`);
    return result;
  }
  if (root.getAttributeNS(NS.xsi, "type") !== "TaskPaneApp") {
    report("root", `OfficeApp xsi:type must be TaskPaneApp`);
  }

  // Top-level order and presence.
  const top = childElements(root);
  const topByName = new Map<string, Element>();
  let lastIndex = -1;
  for (const el of top) {
    const name = el.localName ?? "";
    const index = (OFFICE_APP_ORDER as readonly string[]).indexOf(name);
    if (el.namespaceURI !== NS.office && name !== "VersionOverrides") {
      report("order", `${describe(el)} is not in the OfficeApp namespace`);
    }
    if (index < 0) {
      report("order", `${describe(el)} is not a child the TaskPaneApp schema allows`);
      continue;
    }
    if (topByName.has(name)) report("order", `${describe(el)} appears more than once`);
    if (index < lastIndex) {
      report("order", `${describe(el)} must come before <${OFFICE_APP_ORDER[lastIndex]}> (schema order)`);
    }
    lastIndex = Math.max(lastIndex, index);
    topByName.set(name, el);
  }
  for (const name of [...REQUIRED, ...REQUIRED_TASKPANE]) {
    if (!topByName.has(name)) report("missing", `<${name}> is required`);
  }

  const id = text(topByName.get("Id"));
  if (topByName.has("Id") && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    report("value", `<Id> must be a GUID, found "${id}"`);
  }
  const version = text(topByName.get("Version"));
  if (topByName.has("Version") && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    report("value", `<Version> must be n[.n[.n[.n]]], found "${version}"`);
  }
  const locale = text(topByName.get("DefaultLocale"));
  if (topByName.has("DefaultLocale") && locale !== defaultLocale) {
    report("locale", `<DefaultLocale> must be ${defaultLocale}, found "${locale}"`);
  }
  const hostsEl = topByName.get("Hosts");
  const hosts = hostsEl ? childElements(hostsEl).map((h) => h.getAttribute("Name")) : [];
  if (hosts.length !== 1 || hosts[0] !== host) {
    report("value", `<Hosts> must name exactly ${host}, found [${hosts.join(", ")}]`);
  }
  const perms = text(topByName.get("Permissions"));
  if (topByName.has("Permissions") && perms !== permissions) {
    report("value", `<Permissions> must be ${permissions}, found "${perms}"`);
  }

  // DisplayName / Description carry their translations as <Override Locale Value> children.
  const checkOverrides = (el: Element, label: string, attr: "DefaultValue", limit?: number): void => {
    const values = [el.getAttribute(attr) ?? ""];
    if (values[0].trim() === "") report("missing", `${label} has no ${attr}`);
    const overrides = childElements(el).filter((c) => c.localName === "Override");
    for (const loc of overrideLocales) {
      const o = overrides.find((c) => c.getAttribute("Locale") === loc);
      if (!o || (o.getAttribute("Value") ?? "").trim() === "")
        report("locale", `${label} has no ${loc} override`);
      else values.push(o.getAttribute("Value") ?? "");
    }
    if (limit !== undefined) {
      for (const v of values) {
        if (v.length > limit)
          report("length", `${label} is ${v.length} characters, more than ${limit}: "${v}"`);
      }
    }
  };
  const displayName = topByName.get("DisplayName");
  if (displayName) checkOverrides(displayName, "<DisplayName>", "DefaultValue", LIMITS.shortString);
  const description = topByName.get("Description");
  if (description) checkOverrides(description, "<Description>", "DefaultValue", LIMITS.longString);

  // Resources: id → kind, and the element that holds its value.
  const resources = new Map<string, { kind: ResourceKind; el: Element }>();
  const all = allElements(root);
  for (const el of all) {
    if (el.namespaceURI !== NS.bt) continue;
    const parent = el.parentNode as Element | null;
    const parentName = parent?.localName;
    let kind: ResourceKind | undefined;
    if (el.localName === "Image" && parentName === "Images") kind = "image";
    else if (el.localName === "Url" && parentName === "Urls") kind = "url";
    else if (el.localName === "String" && parentName === "ShortStrings") kind = "short";
    else if (el.localName === "String" && parentName === "LongStrings") kind = "long";
    if (!kind) continue;
    const rid = el.getAttribute("id") ?? "";
    if (rid === "") report("missing", `${describe(el)} has no id`);
    if (rid.length > LIMITS.resid)
      report("length", `resource id "${rid}" is longer than ${LIMITS.resid} characters`);
    if (resources.has(rid)) report("duplicate-id", `resource id "${rid}" is defined more than once`);
    resources.set(rid, { kind, el });
    if (kind === "short" || kind === "long") {
      checkOverrides(
        el,
        `string "${rid}"`,
        "DefaultValue",
        kind === "short" ? LIMITS.shortString : LIMITS.longString,
      );
    }
  }

  // Every resid must resolve, to a resource of the kind its element needs.
  for (const el of all) {
    const rid = el.getAttribute("resid");
    if (rid === null) continue;
    const res = resources.get(rid);
    if (!res) {
      report("resid", `resid "${rid}" on ${describe(el)} has no resource`);
      continue;
    }
    const want = RESID_KIND[el.localName ?? ""];
    if (want && res.kind !== want) {
      report("resid-kind", `resid "${rid}" on ${describe(el)} must name a ${want} resource, not ${res.kind}`);
    }
    // A ribbon image declares its size; the picture behind it must have exactly that size.
    if (el.localName === "Image" && res.kind === "image") {
      const size = Number(el.getAttribute("size"));
      imageChecks.push({ url: res.el.getAttribute("DefaultValue") ?? "", size, where: describe(el) });
    }
  }

  // Control and group ids must be unique: Office keys its ribbon state on them.
  const controlIds = new Set<string>();
  for (const el of all) {
    if (el.localName !== "Control" && el.localName !== "Group") continue;
    const cid = el.getAttribute("id") ?? "";
    if (controlIds.has(cid)) report("duplicate-id", `${describe(el)} id "${cid}" is used more than once`);
    controlIds.add(cid);
  }

  // Function commands need a function file, and a name to call in it.
  for (const el of all) {
    if (el.localName === "Action" && el.getAttributeNS(NS.xsi, "type") === "ExecuteFunction") {
      const fn = text(childElements(el).find((c) => c.localName === "FunctionName"));
      if (!fn) report("missing", `${describe(el)} ExecuteFunction has no FunctionName`);
      else result.functionNames.push(fn);
    }
  }
  if (result.functionNames.length > 0 && !all.some((el) => el.localName === "FunctionFile")) {
    report("missing", "ExecuteFunction actions need a <FunctionFile>");
  }

  result.runtime = checkRuntime(
    root,
    (rid) =>
      resources.get(rid)?.kind === "url"
        ? (resources.get(rid)?.el.getAttribute("DefaultValue") ?? "")
        : undefined,
    (message) => report("runtime", message),
  );

  // URLs: every attribute value or text that looks like one, except namespace declarations.
  for (const el of all) {
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes[i];
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
      if (URL_LIKE.test(a.value.trim())) result.urls.push(a.value.trim());
    }
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 && URL_LIKE.test((n.nodeValue ?? "").trim()))
        result.urls.push((n.nodeValue ?? "").trim());
    }
  }
  for (const url of result.urls) {
    if (!url.startsWith("https://")) {
      report("url-scheme", `${url} is not https (Office loads add-in content only over https)`);
      continue;
    }
    if (!url.startsWith(options.baseUrl)) {
      report("url-outside", `${url} is outside the add-in's base URL ${options.baseUrl}`);
      continue;
    }
    const rel = relativePath(url, options.baseUrl);
    if (rel === null || !options.files.has(rel)) {
      report("url-missing", `${url} names no file the build emits or assets/ holds`);
    }
  }

  // Icons: pixel size must match the size in the file name and the size the ribbon declares.
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const el = topByName.get(name);
    if (el) imageChecks.push({ url: el.getAttribute("DefaultValue") ?? "", where: `<${name}>` });
  }
  for (const res of resources.values()) {
    if (res.kind === "image")
      imageChecks.push({ url: res.el.getAttribute("DefaultValue") ?? "", where: describe(res.el) });
  }
  for (const check of imageChecks) {
    if (!check.url.startsWith(options.baseUrl)) continue; // already reported above
    const rel = relativePath(check.url, options.baseUrl);
    const bytes = rel === null ? undefined : options.files.read(rel);
    if (!bytes) continue; // already reported as url-missing
    const size = pngSize(bytes);
    if (!size) {
      report("icon", `${check.url} (${check.where}) is not a PNG`);
      continue;
    }
    const named = /-(\d+)\.png$/i.exec(check.url);
    if (named && (size.width !== Number(named[1]) || size.height !== Number(named[1]))) {
      report("icon", `${check.url} is ${size.width}×${size.height} px, but its name says ${named[1]}`);
    }
    if (check.size !== undefined && (size.width !== check.size || size.height !== check.size)) {
      report(
        "icon",
        `${check.where} declares size ${check.size}, but ${check.url} is ${size.width}×${size.height} px`,
      );
    }
  }

  return result;
}

/** The path of `url` under `baseUrl`, without query or fragment; null if it escapes the base. */
function relativePath(url: string, baseUrl: string): string | null {
  const rel = decodeURIComponent(url.slice(baseUrl.length).replace(/[?#].*$/, ""));
  if (rel === "" || rel.split("/").some((part) => part === ".." || part === ".")) return null;
  return rel;
}

/** Files under a directory (e.g. dist/), plus paths the caller knows will be emitted. */
export function directoryFiles(root: string, emitted: readonly string[] = []): ManifestFiles {
  const resolve = (rel: string): string | null => {
    const full = path.resolve(root, rel);
    return full.startsWith(path.resolve(root) + path.sep) ? full : null;
  };
  return {
    has(rel) {
      if (emitted.includes(rel)) return true;
      const full = resolve(rel);
      return full !== null && fs.existsSync(full) && fs.statSync(full).isFile();
    },
    read(rel) {
      const full = resolve(rel);
      return full !== null && fs.existsSync(full) ? fs.readFileSync(full) : undefined;
    },
  };
}

/** One line per problem, for build output and test failure messages. */
export function formatProblems(problems: readonly ManifestProblem[]): string {
  return problems.map((p) => `  [${p.code}] ${p.message}`).join("\n");
}
