// The parts of an .xlsx package and what an ExcelJS round trip would lose of them. ExcelJS 4.4.0
// writes only what it models: the dynamic-array metadata (xl/metadata.xml), charts, pivot tables,
// slicers, threaded comments, external links, connections, custom XML and the formulas of a
// table's calculated columns are gone from the file it saves. An edit that would lose any of them
// is refused (LostPartsError) rather than written.
import type JSZip from "jszip";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  xml: string;
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

export function relationshipsOf(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => {
    const attr = (n: string): string => unescapeXml(new RegExp(`\\b${n}="([^"]*)"`).exec(m[0])?.[1] ?? "");
    return { id: attr("Id"), type: attr("Type"), target: attr("Target"), xml: m[0] };
  });
}

export const isExternal = (r: Relationship): boolean => /\bTargetMode="External"/.test(r.xml);

/** A relationship's target as a part name, relative to the folder of the part that points to it. */
export function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${folder}${target}`).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Every part reachable from `part` through its relationships (internal targets only), rels too. */
export async function closure(zip: JSZip, part: string, into: Set<string>): Promise<void> {
  if (into.has(part) || zip.file(part) === null) return;
  into.add(part);
  const rels = relsPathOf(part);
  const xml = await zip.file(rels)?.async("string");
  if (xml === undefined) return;
  into.add(rels);
  const folder = part.slice(0, part.lastIndexOf("/") + 1);
  for (const r of relationshipsOf(xml)) {
    if (!isExternal(r)) await closure(zip, resolvePart(folder, r.target), into);
  }
}

/** Thrown when saving would drop `parts` (part names, "Table[Column]" for calculated columns). */
export class LostPartsError extends Error {
  constructor(readonly parts: string[]) {
    super(`would lose ${parts.join(", ")}`);
    this.name = "LostPartsError";
  }
}

// What Excel makes again by itself: the calculation chain (rebuilt on the full recalculation the
// edited file asks for) and the printer driver's settings (the page setup is in the sheet).
const REBUILT_TYPES = new Set([
  "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings",
]);

/** The package's parts reachable from its root, each with its content type. */
async function typedParts(zip: JSZip): Promise<Map<string, string>> {
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const attr = (el: string, n: string): string =>
    unescapeXml(new RegExp(`\\b${n}="([^"]*)"`).exec(el)?.[1] ?? "");
  const byExt = new Map<string, string>();
  const byPart = new Map<string, string>();
  for (const m of types.matchAll(/<Default\b[^>]*\/>/g))
    byExt.set(attr(m[0], "Extension").toLowerCase(), attr(m[0], "ContentType"));
  for (const m of types.matchAll(/<Override\b[^>]*\/>/g))
    byPart.set(attr(m[0], "PartName").replace(/^\//, "").toLowerCase(), attr(m[0], "ContentType"));
  const reachable = new Set<string>();
  const root = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  for (const r of relationshipsOf(root))
    if (!isExternal(r)) await closure(zip, resolvePart("", r.target), reachable);
  const out = new Map<string, string>();
  for (const p of reachable) {
    if (p.endsWith(".rels")) continue;
    const type =
      byPart.get(p.toLowerCase()) ?? byExt.get(p.slice(p.lastIndexOf(".") + 1).toLowerCase()) ?? "";
    out.set(p, type);
  }
  return out;
}

/** Each table's calculated columns as "Table[Column]" with their formula. */
export async function calculatedColumns(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const table = unescapeXml(/<table\b[^>]*?\sname="([^"]*)"/.exec(xml)?.[1] ?? "");
    for (const m of xml.matchAll(/<tableColumn\b((?:[^>"/]|"[^"]*")*)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)) {
      const formula = /<calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/calculatedColumnFormula>/.exec(
        m[2] ?? "",
      );
      const column = unescapeXml(/\sname="([^"]*)"/.exec(m[1])?.[1] ?? "");
      if (formula) out.set(`${table}[${column}]`, formula[1]);
    }
  }
  return out;
}

/**
 * What of `original` the package `written` no longer holds: for each content type with fewer
 * parts than before, the original's parts of that type missing by name (all of them when the
 * writer renamed them), leaving out the parts in `redrawn` on both sides; and each calculated column whose
 * formula is gone.
 */
export async function lostParts(
  original: JSZip,
  written: JSZip,
  redrawn: { was: ReadonlySet<string>; now: ReadonlySet<string> } = { was: new Set(), now: new Set() },
): Promise<string[]> {
  const [was, now] = [await typedParts(original), await typedParts(written)];
  // Parts the edit draws anew (the add-in's own charts) are neither lost nor stand in for
  // someone else's of the same type.
  for (const p of redrawn.was) was.delete(p);
  for (const p of redrawn.now) now.delete(p);
  const count = (parts: Map<string, string>, type: string): number =>
    [...parts.values()].filter((t) => t === type).length;
  const lost: string[] = [];
  for (const type of new Set(was.values())) {
    if (REBUILT_TYPES.has(type) || count(now, type) >= count(was, type)) continue;
    const ofType = [...was].filter(([, t]) => t === type).map(([p]) => p);
    const missing = ofType.filter((p) => !now.has(p));
    lost.push(...(missing.length > 0 ? missing : ofType));
  }
  const [columnsWas, columnsNow] = [await calculatedColumns(original), await calculatedColumns(written)];
  for (const [column, formula] of columnsWas) if (columnsNow.get(column) !== formula) lost.push(column);
  return lost.sort();
}
