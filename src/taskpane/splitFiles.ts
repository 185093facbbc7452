// "Dela upp per ansvarig" in the pane: the books `split` sends (src/plan/split.ts, the CLI's own
// choice of goals, file names and record), each drawn by the browser-safe writer
// (src/xlsxlite/write.ts) and put into one .zip, a single download that every host which downloads
// at all offers in one step (several downloads in a row are blocked or asked about one by one).
// Loaded with the split panel only.
import JSZip from "jszip";
import { safeFileName } from "../domain/split";
import type { Lang } from "../domain/types";
import { t } from "../i18n/collectStrings";
import type { SplitSource } from "../plan/split";
import { splitBooks } from "../plan/split";
import { CELL_TEXT_LIMIT, TextTooLongError } from "../xlsxlite/writeSheet";
import { sentSheet, writeXlsx } from "../xlsxlite/write";

export interface SplitFile {
  /** The file's name in the archive, ".xlsx" included. */
  name: string;
  /** The body as written in the goal table; "" for the goals without one. */
  responsible: string;
  goals: number;
}

export interface SplitZip {
  /** The archive's file name, ".zip" included. */
  name: string;
  bytes: Uint8Array;
  files: SplitFile[];
}

/** A split's id: random, as the CLI's randomUUID (older web views lack crypto.randomUUID). */
export function newSplitId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The open workbook's file name, for collect's messages; "" where the host does not say. */
export function documentName(url: string | undefined): string {
  if (!url) return "";
  const last = url.split(/[?#]/)[0].split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Gives the browser a turn between files, so the progress shows and the pane stays responsive. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A text too long for a cell, in words the user can act on (nothing was downloaded). */
function tooLong(e: TextTooLongError): { messages: { sv: string; en: string }; state: "unchanged" } {
  const params = { cell: `${e.sheet}!${e.address}`, length: e.length, max: CELL_TEXT_LIMIT };
  return {
    messages: { sv: t("sv", "tpc.split.tooLong", params), en: t("en", "tpc.split.tooLong", params) },
    state: "unchanged",
  };
}

/**
 * One .xlsx per responsible body of `source`, in one .zip; `onFile` before each file is drawn.
 * `lang` names the archive and the goals without a body in the workbook's language, as the CLI.
 */
export async function splitZip(
  source: SplitSource,
  options: { split: string; main: string },
  onFile: (index: number, count: number, file: string) => void = () => undefined,
): Promise<SplitZip> {
  const lang: Lang = source.lang;
  const noResponsible = t(lang, "cli.split.noResponsible");
  const books = splitBooks(source, { ...options, noResponsible });
  const zip = new JSZip();
  const files: SplitFile[] = [];
  for (const [i, book] of books.entries()) {
    const name = `${book.fileName}.xlsx`;
    onFile(i, books.length, name);
    await nextTurn();
    let bytes: Uint8Array;
    try {
      bytes = await writeXlsx(book.plan, [sentSheet(book.record)]);
    } catch (e) {
      throw e instanceof TextTooLongError ? tooLong(e) : e;
    }
    // Already compressed: stored as it is.
    zip.file(name, bytes, { compression: "STORE" });
    files.push({ name, responsible: book.responsible, goals: book.goals });
  }
  const title = t(lang, "tpc.split.zipName", {
    organisation: source.structure.organisation,
    year: source.structure.year,
  });
  return {
    name: `${safeFileName(title, "split")}.zip`,
    bytes: await zip.generateAsync({ type: "uint8array", compression: "STORE" }),
    files,
  };
}
