// The returned workbooks of "Samla in svar", read in the pane: each file's tables and its record
// of what it was sent with, by the browser-safe reader (src/xlsxlite/), as the input of the merge
// that src/plan/collect.ts plans for both shells. A file that cannot be read is not an error of
// the whole collect: it becomes a rejected file, named, and the others are still merged, as in
// the CLI. Loaded with the collect panel only.
import type { Lang } from "../domain/types";
import { t } from "../i18n/collectStrings";
import type { ReturnedWorkbook } from "../plan/collect";
import { readSentGrid } from "../plan/sent";
import { MAX_INFLATED_BYTES } from "../xlsxlite/package";
import { NotWorkbookError, readXlsxReturn } from "../xlsxlite/read";
import type { XmlParser } from "../xlsxlite/xml";

/** The largest returned file read: one body's share of a workbook is far smaller. */
export const MAX_RETURN_BYTES = 50 * 1024 * 1024;

/** What the reader needs of a chosen file (a File in the pane). */
export interface ReturnFile {
  name: string;
  size: number;
  arrayBuffer?: () => Promise<ArrayBuffer>;
}

const megabytes = (bytes: number): string => String(Math.ceil(bytes / (1024 * 1024)));

/** The file's bytes; FileReader where Blob.arrayBuffer is missing (older web views). */
function bytesOf(file: ReturnFile): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file as unknown as Blob);
  });
}

/** One returned file, or why it cannot be read (in `lang`, the pane's language while reading). */
export async function readReturn(
  file: ReturnFile,
  lang: Lang,
  options: { parse?: XmlParser } = {},
): Promise<ReturnedWorkbook> {
  const name = file.name;
  if (file.size > MAX_RETURN_BYTES)
    return {
      file: name,
      unreadable: t(lang, "tpc.unreadable.tooLarge", { max: megabytes(MAX_RETURN_BYTES) }),
    };
  try {
    const read = await readXlsxReturn(await bytesOf(file), { parse: options.parse });
    if (read.tables === null) return { file: name, unreadable: t(lang, "tpc.unreadable.noGoalTable") };
    return { file: name, tables: read.tables, record: read.sent === null ? null : readSentGrid(read.sent) };
  } catch (e) {
    if (!(e instanceof NotWorkbookError))
      return { file: name, unreadable: e instanceof Error ? e.message : String(e) };
    const detail =
      e.kind === "too-large"
        ? t(lang, "tpc.unreadable.inflates", { max: megabytes(MAX_INFLATED_BYTES) })
        : e.kind === "damaged"
          ? t(lang, "tpc.unreadable.damaged")
          : t(lang, "tpc.unreadable.notWorkbook");
    return { file: name, unreadable: detail };
  }
}

/** Every file in order, one at a time (a large file must not hold the others' bytes too). */
export async function readReturns(
  files: readonly ReturnFile[],
  lang: Lang,
  onFile: (index: number, file: string) => void = () => undefined,
  options: { parse?: XmlParser } = {},
): Promise<ReturnedWorkbook[]> {
  const out: ReturnedWorkbook[] = [];
  for (const [i, file] of files.entries()) {
    onFile(i, file.name);
    out.push(await readReturn(file, lang, options));
  }
  return out;
}
