// An earlier workbook of ours (.xlsx) as the source of the history import, read in the pane: the
// file's tables with the browser-safe reader (src/xlsxlite/), then the CLI's rules for a source
// (historySource in src/plan/historySource.ts), and every reason it cannot be one in both
// languages. The pane loads this module (and JSZip) only when an .xlsx is imported, so its first
// load does not carry them.
import type { ColumnKey } from "../domain/columns";
import type { Bilingual, GoalStructure } from "../domain/types";
import { both, t } from "../i18n/historyFileStrings";
import type { Lang } from "../i18n/lang";
import type { HistoryImportResult } from "../plan/historyImport";
import type { AddressedIssue } from "../plan/goalTable";
import { historySource } from "../plan/historySource";
import { GOAL_TABLE, INFO_TABLE, REQUIRED_GOAL_COLUMNS, goalHeader } from "../plan/layout";
import { MAX_INFLATED_BYTES } from "../xlsxlite/package";
import { NotWorkbookError, readXlsxTables, type NotWorkbookKind } from "../xlsxlite/read";
import type { XmlParser } from "../xlsxlite/xml";
import { countLabel } from "../present/counts";

/**
 * The largest file the pane reads. A workbook of 10,000 goals with years of history is a few MB;
 * far beyond this, reading it would hold the pane (and the browser's memory) for long.
 */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

/** Errors listed in the confirmation; the rest are counted. */
const LISTED_ERRORS = 3;

/** The confirmation the pane shows before importing a workbook with errors. */
export interface WorkbookConfirm {
  title: Bilingual;
  /** How many errors, the first of them at their cells, and what importing anyway means. */
  text: Bilingual;
  button: Bilingual;
}

export type HistoryWorkbook =
  | {
      ok: true;
      structure: GoalStructure;
      /** Goal IDs (idKey) whose status or trend could not be read, for the service. */
      unreadable: string[];
      /** How many validation errors the source has. */
      errors: number;
      /** With errors: the confirmation to ask for; null without. */
      confirm: WorkbookConfirm | null;
    }
  | { ok: false; title: Bilingual; messages: Bilingual };

/** What the reader needs of the chosen file (a File in the pane). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer?: () => Promise<ArrayBuffer>;
}

const NOT_WORKBOOK = {
  empty: "hf.empty",
  "not-zip": "hf.notZip",
  damaged: "hf.damaged",
  "not-workbook": "hf.notWorkbook",
  "too-large": "hf.inflatesTooLarge",
} as const satisfies Record<NotWorkbookKind, string>;

const megabytes = (bytes: number): string => String(Math.ceil(bytes / (1024 * 1024)));

/** The file's bytes; FileReader where Blob.arrayBuffer is missing (older web views). */
export function readFileBytes(file: ChosenFile): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file as unknown as Blob);
  });
}

function columnList(lang: Lang, keys: readonly ColumnKey[]): string {
  return keys.map((k) => goalHeader(k, lang)).join(", ");
}

function errorList(errors: readonly AddressedIssue[], lang: Lang): string {
  const listed = errors.slice(0, LISTED_ERRORS).map((i) => `${i.address}: ${i.message[lang]}`);
  const more = errors.length - listed.length;
  return more > 0
    ? `${listed.join("; ")} ${t(lang, "xl.rollover.moreErrors", { count: more })}`
    : listed.join("; ");
}

/** What the pane adds to its report of an import from a workbook: errors let through, entries kept. */
export function importNotes(result: Pick<HistoryImportResult, "kept">, errors: number): Bilingual[] {
  const notes: Bilingual[] = [];
  if (errors > 0) {
    const overridden = (l: Lang): string =>
      t(l, "hf.overridden", { errors: countLabel(l, "tp.n.errors", errors) });
    notes.push({ sv: overridden("sv"), en: overridden("en") });
  }
  if (result.kept.length > 0) notes.push(both("hf.kept", { ids: result.kept.join(", ") }));
  return notes;
}

/**
 * The follow-up in `file`, or why it cannot be imported. Throws only what reading the file
 * itself throws (the browser's own error, which the pane shows as it shows any).
 */
export async function readHistoryWorkbook(
  file: ChosenFile,
  options: { parse?: XmlParser } = {},
): Promise<HistoryWorkbook> {
  const name = file.name;
  const title = both("hf.failed", { file: name });
  if (file.size > MAX_WORKBOOK_BYTES) {
    return {
      ok: false,
      title,
      messages: both("hf.tooLarge", {
        file: name,
        size: megabytes(file.size),
        max: megabytes(MAX_WORKBOOK_BYTES),
      }),
    };
  }
  const bytes = await readFileBytes(file);
  let tables: Awaited<ReturnType<typeof readXlsxTables>>;
  try {
    tables = await readXlsxTables(bytes, { parse: options.parse });
  } catch (e) {
    if (!(e instanceof NotWorkbookError)) throw e;
    return {
      ok: false,
      title,
      messages: both(NOT_WORKBOOK[e.kind], { file: name, max: megabytes(MAX_INFLATED_BYTES) }),
    };
  }
  const source = historySource(tables);
  if (!source.ok) {
    const messages = (lang: Lang): string => {
      if (source.reason === "noGoalTable")
        return t(lang, "hf.noGoalTable", {
          file: name,
          table: GOAL_TABLE,
          columns: columnList(lang, REQUIRED_GOAL_COLUMNS),
        });
      if (source.reason === "missingColumns")
        return t(lang, "hf.missingColumns", { file: name, columns: columnList(lang, source.missing) });
      return t(lang, "hf.noYear", { file: name, table: INFO_TABLE });
    };
    return { ok: false, title, messages: { sv: messages("sv"), en: messages("en") } };
  }
  const { errors } = source;
  const confirm = (lang: Lang): string =>
    t(lang, "hf.errors", { file: name, count: errors.length, list: errorList(errors, lang) });
  return {
    ok: true,
    structure: source.structure,
    unreadable: source.unreadable,
    errors: errors.length,
    confirm:
      errors.length > 0
        ? {
            title: both("hf.confirmTitle"),
            text: { sv: confirm("sv"), en: confirm("en") },
            button: both("hf.confirm"),
          }
        : null,
  };
}
