// The .xlsx package: a zip archive of XML parts tied together by relationship parts (_rels/*.rels).
// JSZip opens the archive (no string evaluation, so it runs under the pane's CSP); this file finds
// parts by name, any case (OPC part names are case-insensitive), follows relationships, and keeps
// what it decompresses within a budget, so a small file that inflates to gigabytes (a "zip bomb")
// is refused before the browser runs out of memory. The sizes an archive declares are only an early
// refusal: a crafted archive can declare a few bytes and inflate to gigabytes, so every part is
// inflated as a stream and its bytes are counted as they arrive, stopping at the budget.
import JSZip from "jszip";
import { attr, children, rootOf, type XmlParser } from "./xml";

/** Why bytes are no workbook this reader can open. */
export type NotWorkbookKind = "empty" | "not-zip" | "damaged" | "not-workbook" | "too-large";

/**
 * `empty`: 0 bytes; `not-zip`: no zip archive at all (an .xlsx is one: e.g. a text file given an
 * .xlsx name); `damaged`: a zip that cannot be read, or whose parts are not XML; `not-workbook`: a
 * zip without a workbook part (a Word document, say); `too-large`: what it inflates to exceeds the
 * budget. `detail` is for debugging only (English, names internals).
 */
export class NotWorkbookError extends Error {
  constructor(
    readonly kind: NotWorkbookKind,
    readonly detail: string,
  ) {
    super(`not a readable .xlsx workbook (${kind}): ${detail}`);
    this.name = "NotWorkbookError";
  }
}

/** What the parts read may inflate to in all: far above any goal table (10,000 goals are ~10 MB). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

// A zip archive starts with a local file header, or (when it has no entries) the end record.
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

export interface Relationship {
  id: string;
  /** The relationship type's last segment: "worksheet", "table", "sharedStrings", "officeDocument". */
  type: string;
  /** The target part's name (no leading "/"), or null for an external target. */
  target: string | null;
}

export interface Package {
  /** The part's text, or null when the package has no such part. */
  text(part: string): Promise<string | null>;
  /** The part's XML root element, or null when the package has no such part. */
  xml(part: string): Promise<Element | null>;
  /** The relationships of `part` (none when it has no relationship part). */
  rels(part: string): Promise<Relationship[]>;
}

/** The relationship part of `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target resolved against its source part, "." and ".." segments applied. */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is part of the name.
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The private size JSZip reads from the archive's directory: a claim, checked only as an early refusal. */
function declaredSize(entry: JSZip.JSZipObject): number | null {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : null;
}

/** JSZip's documented StreamHelper (`JSZipObject#internalStream`), which its typings leave out. */
interface InflateStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): InflateStream;
  on(event: "error", listener: (e: unknown) => void): InflateStream;
  on(event: "end", listener: () => void): InflateStream;
  resume(): InflateStream;
  pause(): InflateStream;
}

/**
 * The part's text, inflated as a stream: `spend` is told each chunk's size before it is kept and
 * throws to stop the inflation (JSZip then stops decompressing), so no more than the budget is
 * ever held, whatever the archive declares.
 */
function inflate(entry: JSZip.JSZipObject, part: string, spend: (bytes: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    // The UTF-8 the parts are written in; a byte-order mark is dropped, as XML parsers expect.
    const decoder = new TextDecoder("utf-8");
    const pieces: string[] = [];
    let settled = false;
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      stream.pause();
      reject(
        e instanceof NotWorkbookError
          ? e
          : new NotWorkbookError("damaged", `${part}: ${e instanceof Error ? e.message : String(e)}`),
      );
    };
    const stream = (entry as unknown as { internalStream(type: "uint8array"): InflateStream }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk: Uint8Array) => {
        if (settled) return;
        try {
          spend(chunk.length);
          pieces.push(decoder.decode(chunk, { stream: true }));
        } catch (e) {
          fail(e);
        }
      })
      .on("error", fail)
      .on("end", () => {
        if (settled) return;
        settled = true;
        pieces.push(decoder.decode());
        resolve(pieces.join(""));
      })
      .resume();
  });
}

/**
 * Opens `bytes` as a package; NotWorkbookError when they are no zip archive. The parts read may
 * inflate to `maxInflatedBytes` in all (MAX_INFLATED_BYTES by default).
 */
export async function openPackage(
  bytes: Uint8Array,
  parse: XmlParser,
  maxInflatedBytes = MAX_INFLATED_BYTES,
): Promise<Package> {
  if (bytes.length === 0) throw new NotWorkbookError("empty", "0 bytes");
  if (!ZIP_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b)))
    throw new NotWorkbookError("not-zip", "no zip signature");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new NotWorkbookError("damaged", e instanceof Error ? e.message : String(e));
  }
  const entries = new Map<string, JSZip.JSZipObject>();
  zip.forEach((name, entry) => {
    const key = name.replace(/^\/+/, "").toLowerCase();
    if (!entry.dir && !entries.has(key)) entries.set(key, entry);
  });
  let inflated = 0;
  const overBudget = (part: string): NotWorkbookError =>
    new NotWorkbookError("too-large", `${part}: over the budget`);

  const text = async (part: string): Promise<string | null> => {
    const entry = entries.get(part.toLowerCase());
    if (!entry) return null;
    const declared = declaredSize(entry);
    if (declared !== null && inflated + declared > maxInflatedBytes) throw overBudget(part);
    return inflate(entry, part, (bytes) => {
      inflated += bytes;
      if (inflated > maxInflatedBytes) throw overBudget(part);
    });
  };

  const xml = async (part: string): Promise<Element | null> => {
    const content = await text(part);
    if (content === null) return null;
    try {
      return rootOf(parse, content, part);
    } catch (e) {
      throw new NotWorkbookError("damaged", e instanceof Error ? e.message : String(e));
    }
  };

  const rels = async (part: string): Promise<Relationship[]> => {
    const root = await xml(relsPart(part));
    if (root === null) return [];
    return children(root, "Relationship").map((r) => {
      const type = attr(r, "Type") ?? "";
      const target = attr(r, "Target") ?? "";
      return {
        id: attr(r, "Id") ?? "",
        type: type.slice(type.lastIndexOf("/") + 1),
        target: attr(r, "TargetMode") === "External" ? null : resolveTarget(part, target),
      };
    });
  };

  return { text, xml, rels };
}
