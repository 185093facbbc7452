// The hardening corpus: bad, odd and hostile inputs, each with the outcome a user must get.
//
// Two kinds of input:
// - "json": a goal-structure file as bytes. The CLI reads it from disk (summary, validate,
//   workbook); the task pane reads it with Blob.text() and parses it with the domain before it
//   calls the Excel adapter. Small malformed files live in test/corpus/cases/; large or derived
//   ones are generated here (nothing multi-megabyte is committed).
// - "workbook": a workbook the add-in made, then edited by an official in odd ways. The same edits
//   are applied with Office.js to the emulator (then the adapter runs) and with ExcelJS to the
//   .xlsx the CLI writes (then the CLI reads it).
//
// Every case also carries the invariants the runners check for all cases: no crash (no stack trace
// on the CLI's stderr, no unhandled rejection or non-AddinError from the adapter), no formula made
// from text, no change to a cell the user owns.
// The tables use the production types (issue codes, error codes, column keys, languages), so a
// code the adapter or the domain adds or drops is a compile error here rather than a case that
// can no longer fail.
import type { ColumnKey, GoalStructure, IssueCode, Lang } from "../../src/domain";
import type { LoadPreview } from "../../src/excel";
import type { AddinErrorCode } from "../../src/excel/errors";
import { baseStructure, jsonText, nestedArrays, nestedObjects, pseudoRandomBytes, withGoal } from "./base";

/** Message fragments that must appear, per language (each fragment somewhere in the message). */
export type Fragments = Record<Lang, string[]>;

export interface JsonInput {
  kind: "json";
  /** A file under test/corpus/cases/. */
  file?: string;
  /** Or bytes/text generated on the fly. */
  make?: () => string | Uint8Array;
}

/** A text cell the structure puts into the goal table, and what it must hold there. */
export interface CellExpect {
  goal: string;
  column: ColumnKey;
  /** The exact text the cell must hold (a string, never a formula). */
  text: string;
}

export interface JsonExpect {
  /**
   * rejected: the file is refused whole (CLI exit 2, one bilingual line on stderr, nothing written;
   * the task pane lists the errors and never calls Excel).
   * accepted: the structure is read; goals with problems are reported as issues.
   */
  outcome: "rejected" | "accepted";
  /** Fragments of the message(s) in both shells. */
  messages?: Fragments;
  /** Only the CLI's message (it reads bytes itself and names the encoding). */
  cliMessages?: Fragments;
  /** Only the task pane's message (Blob.text() decodes with replacement characters). */
  paneMessages?: Fragments;
  /** When the task pane's outcome differs from the CLI's (it cannot see the bytes' encoding). */
  paneOutcome?: "accepted" | "rejected";
  /** For accepted: the issue codes validation reports, as a sorted list (multiset). */
  issues?: IssueCode[];
  /** Fragments of `validate --lang en` output (it lists every error, one per line). */
  validateMessages?: Fragments;
  /** The CLI summary's exit code: 0 clean, 1 validation errors, 2 unusable input. */
  exit: 0 | 1 | 2;
  /** Text cells that must arrive exactly (and as text) in the goal table, via both shells. */
  cells?: CellExpect[];
  /** The CLI's .xlsx where it differs from `cells` (a documented normalisation). */
  cliCells?: CellExpect[];
  /**
   * Writing a workbook is refused before anything is written (text longer than a cell holds).
   * CLI `workbook`: exit 2 and no output file; add-in `applyLoad`: an AddinError with
   * state "unchanged" and the workbook as it was.
   */
  writeRefused?: Fragments;
  /** What the shells change on the way in, in words (documented normalisation). */
  normalisation?: string;
}

export interface JsonCase {
  id: string;
  title: string;
  input: JsonInput;
  expect: JsonExpect;
}

// ---------------------------------------------------------------------------------------------
// Workbook states

/** Which table body row an edit addresses: a goal by its ID, or a 0-based body row. */
export type RowRef = { goal: string } | { row: number };

export type Edit =
  /** Types text into a goal-table cell (as an official does: the cell keeps its text format). */
  | { op: "setCell"; at: RowRef; column: ColumnKey; value: string }
  /** Deletes the goal table and its cells. */
  | { op: "deleteTable" }
  /** Turns the goal table into a plain range (the cells stay, the table object goes). */
  | { op: "convertToRange" }
  /** Renames a header cell of the goal table. */
  | { op: "renameHeader"; column: ColumnKey; to: string }
  /** Rebuilds the goal table with its columns in another order (same name, same rows). */
  | { op: "reorderColumns"; order: ColumnKey[] }
  /** Merges cells outside the goal table, e.g. a title the official adds over their own columns. */
  | { op: "merge"; sheet: "goals" | "summary"; range: string; value?: string }
  /** Filters the goal table by status: rows with other statuses are hidden. */
  | { op: "filter"; column: ColumnKey; keep: string[] }
  /** Deletes every body row of the goal table. */
  | { op: "emptyTable" }
  /** Protects a sheet (no password). */
  | { op: "protect"; sheet: "goals" | "summary" }
  /** Appends `count` goal rows, generated by `row(i)`, at the end of the table. */
  | { op: "appendRows"; count: number; row: (i: number) => Partial<Record<ColumnKey, string>> }
  /** Adds a column of the official's own (at the right, or at column index `at` of the table); a value
   * starting with "=" is typed as a formula. */
  | { op: "addUserColumn"; header: string; values: (row: number) => string; at?: number }
  /** Inserts a row inside the table body at `at` (0-based), with the given cells. */
  | { op: "insertRow"; at: number; cells: Partial<Record<ColumnKey, string>> }
  /** Writes into a cell outside every table on the goal sheet (the official's own note). */
  | { op: "setOutside"; sheet: "goals"; address: string; value: string }
  /** Renames the goal sheet. */
  | { op: "renameSheet"; sheet: "goals"; to: string }
  /** Deletes the summary sheet. */
  | { op: "deleteSheet"; sheet: "summary" };

/** One adapter call and what it must give. Either a result or an AddinError. */
export type Step =
  | {
      op: "validate";
      /** Sorted issue codes (multiset). */
      issues?: IssueCode[];
      goals?: number;
      error?: AddinErrorCode;
      messages?: Fragments;
    }
  | { op: "refreshSummary"; total?: number; error?: AddinErrorCode; messages?: Fragments }
  | {
      op: "applyLoad";
      /** Default: the structure the workbook was made from (a merge). */
      structure?: () => GoalStructure;
      mode?: LoadPreview["mode"];
      error?: AddinErrorCode;
      messages?: Fragments;
    }
  | {
      op: "fixAll";
      fixed?: number;
      error?: AddinErrorCode;
      messages?: Fragments;
      /** The only user-owned cells fixAll may change (the official asked for the fix), and to what. */
      changes?: { at: RowRef; column: ColumnKey; to: string }[];
    };

export interface CliWorkbookExpect {
  /** Exit code of `maluppfoljning validate FILE.xlsx`. */
  exit: 0 | 1 | 2;
  issues?: IssueCode[];
  messages?: Fragments;
}

export interface WorkbookCase {
  id: string;
  title: string;
  input: {
    kind: "workbook";
    /** The structure loaded first (default: the base structure). */
    structure?: () => GoalStructure;
    lang?: Lang;
    edits: Edit[];
  };
  expect: {
    steps: Step[];
    /** The same state as an .xlsx through the CLI, or why that does not apply. */
    cli: CliWorkbookExpect | { notApplicable: string };
    normalisation?: string;
  };
}

export type CorpusCase = JsonCase | WorkbookCase;

// ---------------------------------------------------------------------------------------------
// Reusable pieces

const BASE_ISSUES: IssueCode[] = ["missing-status"]; // SOC-1.01 is not assessed

const HYPERLINK = '=HYPERLINK("http://example.com","x")';
const DDE = "=cmd|' /C calc'!A0";

/**
 * What happens to control characters in text on its way into a cell. Excel holds them (its files
 * store them escaped as _x0007_), so the add-in writes the text as it is. ExcelJS 4.4.0 cannot: it
 * drops C0 controls other than tab, LF and CR, and every XML reader (Excel's too) reads a raw CR
 * back as LF. Known divergence between the shells, kept visible by `cliCells`.
 */
export const CONTROL_NORMALISATION =
  "Add-in: text arrives exactly. CLI (.xlsx): control characters other than tab, line feed and carriage " +
  "return (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F) are dropped, and a CR reads back as LF. " +
  "The CLI never prints control characters to the terminal.";

const notJson = (sv: string, en: string): Fragments => ({
  sv: ["filen är inte giltig JSON", sv],
  en: ["the file is not valid JSON", en],
});

function big(char: string, length: number): string {
  return char.repeat(length);
}

/** A structure with `n` goals, all with an unknown status, to check the error list is capped. */
function manyBadStatuses(n: number): unknown {
  const s = baseStructure() as unknown as { programs: { areas: { goals: unknown[] }[] }[] };
  const goals: unknown[] = [];
  for (let i = 0; i < n; i++) goals.push({ id: `X-${i}`, text: "Mål", status: "lila", trend: null });
  s.programs[0].areas[0].goals = goals;
  return s;
}

// ---------------------------------------------------------------------------------------------
// JSON cases

export const JSON_CASES: JsonCase[] = [
  // --- malformed JSON
  {
    id: "json-empty",
    title: "empty file (0 bytes)",
    input: { kind: "json", file: "empty.json" },
    expect: { outcome: "rejected", exit: 2, messages: { sv: ["filen är tom"], en: ["the file is empty"] } },
  },
  {
    id: "json-whitespace-only",
    title: "only spaces, tabs and line breaks",
    input: { kind: "json", file: "whitespace-only.json" },
    expect: { outcome: "rejected", exit: 2, messages: { sv: ["filen är tom"], en: ["the file is empty"] } },
  },
  {
    id: "json-truncated",
    title: "file cut off in the middle (an interrupted copy)",
    input: { kind: "json", file: "truncated.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: notJson("den tar slut mitt i ett värde", "it ends in the middle of a value"),
    },
  },
  {
    id: "json-trailing-comma",
    title: "trailing comma after the last key of an object",
    input: { kind: "json", file: "trailing-comma.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: notJson(
        'oväntat tecken "}" på rad 42, kolumn 13',
        'unexpected character "}" at line 42, column 13',
      ),
    },
  },
  {
    id: "json-comments",
    title: "a // comment (JSON has none)",
    input: { kind: "json", file: "comments.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: notJson('oväntat tecken "/" på rad 3', 'unexpected character "/" at line 3'),
    },
  },
  {
    id: "json-single-quotes",
    title: "single-quoted keys and strings",
    input: { kind: "json", file: "single-quotes.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: notJson('oväntat tecken "\'" på rad 2', 'unexpected character "\'" at line 2'),
    },
  },
  {
    id: "json-unquoted-key",
    title: "an unquoted key",
    input: { kind: "json", file: "unquoted-key.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: notJson('oväntat tecken "y" på rad 3', 'unexpected character "y" at line 3'),
    },
  },
  {
    id: "json-nan",
    title: "NaN as a number",
    input: { kind: "json", file: "nan-year.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: notJson('oväntat tecken "N" på rad 3', 'unexpected character "N" at line 3'),
    },
  },
  {
    id: "json-two-documents",
    title: "two JSON documents in one file",
    input: { kind: "json", file: "two-documents.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: notJson('oväntat tecken "{"', 'unexpected character "{"'),
    },
  },
  {
    id: "json-raw-control-character",
    title: "a raw BEL character inside a string (must be escaped in JSON)",
    input: { kind: "json", file: "control-char-raw.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: notJson('oväntat tecken "\\u0007" på rad 41', 'unexpected character "\\u0007" at line 41'),
    },
  },
  {
    id: "json-bom",
    title: "UTF-8 with a byte-order mark (as Windows Notepad saves)",
    input: { kind: "json", file: "bom-utf8.json" },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [{ goal: "EKO-1.01", column: "text", text: "Utsläppen av växthusgaser ska minska." }],
      normalisation: "A leading UTF-8 byte-order mark is ignored.",
    },
  },
  {
    id: "json-utf16",
    title: "UTF-16 LE with BOM (Excel's 'Unicode text')",
    input: { kind: "json", file: "utf16le-bom.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      cliMessages: { sv: ["är inte kodad i UTF-8"], en: ["is not encoded in UTF-8"] },
      paneMessages: notJson("oväntat tecken", "unexpected character"),
    },
  },
  {
    id: "json-latin1",
    title: "ISO-8859-1 (å, ä, ö as single bytes)",
    input: { kind: "json", file: "latin1.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      cliMessages: { sv: ["är inte kodad i UTF-8"], en: ["is not encoded in UTF-8"] },
      // Blob.text() turns the bytes into U+FFFD, which is valid inside a JSON string: the file then
      // parses, with "V\uFFFDster\uFFFDs" as organisation. The pane accepts it; the text shows the
      // replacement characters, so the official sees the damage before applying.
      paneOutcome: "accepted",
      issues: BASE_ISSUES,
    },
  },
  {
    id: "json-binary-garbage",
    title: "4 KiB of random bytes",
    input: { kind: "json", make: () => pseudoRandomBytes(4096) },
    expect: {
      outcome: "rejected",
      exit: 2,
      cliMessages: { sv: ["är inte kodad i UTF-8"], en: ["is not encoded in UTF-8"] },
      paneMessages: notJson("", ""),
    },
  },
  {
    id: "json-zip",
    title: "an .xlsx (zip) file given as JSON",
    input: {
      kind: "json",
      make: () =>
        Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...pseudoRandomBytes(200)]),
    },
    expect: {
      outcome: "rejected",
      exit: 2,
      cliMessages: { sv: ["ser ut som en zip- eller Excel-fil"], en: ["looks like a zip or Excel file"] },
      paneMessages: notJson("", ""),
    },
  },
  {
    id: "json-nesting-array-100k",
    title: "100,000 nested arrays as the whole file",
    input: { kind: "json", make: () => nestedArrays(100_000) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["$: ska vara ett objekt, men är en lista"],
        en: ["$: should be an object, but is an array"],
      },
    },
  },
  {
    id: "json-nesting-object-100k",
    title: "100,000 nested objects where the programme list belongs",
    input: {
      kind: "json",
      make: () => `{"organisation":"X","year":2023,"programs":${nestedObjects(100_000)}}`,
    },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: { sv: ["$.programs: ska vara en lista"], en: ["$.programs: should be an array"] },
    },
  },
  {
    id: "json-nesting-in-activities",
    title: "100,000 nested arrays inside a goal's activities",
    input: {
      kind: "json",
      make: () =>
        jsonText(withGoal("EKO-2.01", { activities: ["PLACEHOLDER"] })).replace(
          '"PLACEHOLDER"',
          nestedArrays(100_000),
        ),
    },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["$.programs[0].areas[1].goals[0].activities[0]: ska vara en text, men är en lista"],
        en: ["$.programs[0].areas[1].goals[0].activities[0]: should be a string, but is an array"],
      },
    },
  },
  {
    id: "json-top-level-array",
    title: "the structure wrapped in an array",
    input: { kind: "json", file: "top-level-array.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["$: ska vara ett objekt, men är en lista"],
        en: ["$: should be an object, but is an array"],
      },
    },
  },
  {
    id: "json-top-level-null",
    title: "null",
    input: { kind: "json", file: "top-level-null.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: { sv: ["$: ska vara ett objekt, men är null"], en: ["$: should be an object, but is null"] },
    },
  },
  {
    id: "json-top-level-string",
    title: "a lone string",
    input: { kind: "json", file: "top-level-string.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["$: ska vara ett objekt, men är en text"],
        en: ["$: should be an object, but is a string"],
      },
    },
  },

  // --- schema violations
  {
    id: "schema-duplicate-key",
    title: 'the key "year" twice; JSON.parse keeps the last ("tjugotjugotre")',
    input: { kind: "json", file: "duplicate-keys.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["$.year: ska vara ett heltal, men är en text"],
        en: ["$.year: should be an integer, but is a string"],
      },
    },
  },
  {
    id: "schema-year-string",
    title: 'year written as a string ("2023")',
    input: { kind: "json", make: () => jsonText({ ...baseStructure(), year: "2023" }) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["$.year: ska vara ett heltal, men är en text"],
        en: ["$.year: should be an integer, but is a string"],
      },
    },
  },
  {
    id: "schema-status-number",
    title: "a status given as a number",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.01", { status: 1 })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: [
          "$.programs[0].areas[0].goals[0].status: 1 är inte tillåtet",
          '"red" (Röd), "yellow" (Gul), "green" (Grön) eller null (Ej bedömd)',
        ],
        en: [
          "$.programs[0].areas[0].goals[0].status: 1 is not allowed",
          '"red" (Red), "yellow" (Yellow), "green" (Green) or null (Not assessed)',
        ],
      },
    },
  },
  {
    id: "schema-status-casing",
    title: 'a status in another casing ("Red"): the file format is strict, the sheet is forgiving',
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.01", { status: "Red" })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ['$.programs[0].areas[0].goals[0].status: "Red" är inte tillåtet'],
        en: ['$.programs[0].areas[0].goals[0].status: "Red" is not allowed'],
      },
    },
  },
  {
    id: "schema-trend-swedish",
    title: 'a trend as the Swedish label ("Uppåt") instead of "up"',
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.01", { trend: "Uppåt" })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: [
          'goals[0].trend: "Uppåt" är inte tillåtet',
          '"up" (Uppåt), "flat" (Oförändrad), "down" (Nedåt) eller null (Trend saknas)',
        ],
        en: ['goals[0].trend: "Uppåt" is not allowed', '"up" (Up), "flat" (Flat), "down" (Down) or null (Trend missing)'],
      },
    },
  },
  {
    id: "schema-missing-goal-id",
    title: "a goal without an id",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.02", { id: undefined })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["$.programs[0].areas[0].goals[1].id: det obligatoriska fältet ”id” saknas"],
        en: ["$.programs[0].areas[0].goals[1].id: the required key “id” is missing"],
      },
    },
  },
  {
    id: "schema-empty-goal-id",
    title: 'a goal id ""',
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.02", { id: "" })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: { sv: ["goals[1].id: får inte vara tomt"], en: ["goals[1].id: must not be empty"] },
    },
  },
  {
    id: "schema-duplicate-goal-id",
    title: "two goals with the same id",
    input: { kind: "json", make: () => jsonText(withGoal("SOC-1.02", { id: "EKO-1.01" })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: [
          "$.programs[1].areas[0].goals[1].id: mål-ID ”EKO-1.01” används redan på $.programs[0].areas[0].goals[0].id",
        ],
        en: [
          "$.programs[1].areas[0].goals[1].id: goal ID “EKO-1.01” is already used at $.programs[0].areas[0].goals[0].id",
        ],
      },
    },
  },
  {
    id: "schema-duplicate-goal-id-casing",
    title: "two goal ids that differ only in case (Excel users read them as one)",
    input: { kind: "json", make: () => jsonText(withGoal("SOC-1.02", { id: "eko-1.01" })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: { sv: ["mål-ID ”eko-1.01” används redan"], en: ["goal ID “eko-1.01” is already used"] },
    },
  },
  {
    id: "schema-unknown-key",
    title: 'an unknown key in a goal ("färg")',
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.01", { färg: "röd" })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ['$.programs[0].areas[0].goals[0]["färg"]: okänt fält ”färg”', "Tillåtna fält här: id, text"],
        en: ['$.programs[0].areas[0].goals[0]["färg"]: unknown key “färg”', "Keys allowed here: id, text"],
      },
    },
  },
  {
    id: "schema-unknown-key-lone-surrogate",
    title: "an unknown key that is a lone UTF-16 surrogate",
    input: { kind: "json", file: "lone-surrogate-key.json" },
    expect: {
      outcome: "rejected",
      exit: 2,
      // The message must name the problem in the user's language, not an engine's English detail.
      messages: { sv: ["$", "okänt fält"], en: ["$", "unknown key"] },
    },
  },
  {
    id: "schema-missing-programs",
    title: "no programme list",
    input: {
      kind: "json",
      make: () => jsonText({ organisation: "Testkommun", year: 2023 }),
    },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["$.programs: det obligatoriska fältet ”programs” saknas"],
        en: ["$.programs: the required key “programs” is missing"],
      },
    },
  },
  {
    id: "schema-id-formula",
    title: "a goal id that would be a formula (=1+1)",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.01", { id: "=1+1" })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: { sv: ["goals[0].id", '"=1+1"'], en: ["goals[0].id", '"=1+1"'] },
    },
  },
  {
    id: "schema-sdg-out-of-range",
    title: "Agenda 2030 goal 18",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.01", { sdgs: [13, 18] })) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["goals[0].sdgs[1]: 18 är större än det största tillåtna, 17"],
        en: ["goals[0].sdgs[1]: 18 is greater than the largest allowed, 17"],
      },
    },
  },
  {
    id: "schema-name-too-long",
    title: "an area name of 300 characters (names are at most 255)",
    input: {
      kind: "json",
      make: () => {
        const s = baseStructure();
        s.programs[0].areas[0].name = big("Å", 300);
        return jsonText(s);
      },
    },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: {
        sv: ["$.programs[0].areas[0].name: texten är för lång (300 tecken, högst 255)"],
        en: ["$.programs[0].areas[0].name: the text is too long (300 characters, at most 255)"],
      },
    },
  },
  {
    id: "schema-many-errors",
    title: "500 goals with an unknown status: the list is cut at 50 and the rest counted",
    input: { kind: "json", make: () => jsonText(manyBadStatuses(500)) },
    expect: {
      outcome: "rejected",
      exit: 2,
      messages: { sv: ['"lila" är inte tillåtet'], en: ['"lila" is not allowed'] },
      // The count is of all errors, not of the shortened list.
      cliMessages: { sv: ["och 499 fel till"], en: ["and 499 more errors"] },
      validateMessages: { sv: [], en: ["… and 450 more errors", "500 errors in"] },
    },
  },

  // --- long text
  {
    id: "text-at-cell-limit",
    title: "a goal text of exactly 32,767 characters (Excel's cell limit)",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.02", { text: big("å", 32_767) })) },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [{ goal: "EKO-1.02", column: "text", text: big("å", 32_767) }],
    },
  },
  {
    id: "text-over-cell-limit",
    title: "a goal text of 32,768 characters",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.02", { text: big("a", 32_768) })) },
    expect: {
      outcome: "accepted",
      exit: 1,
      issues: ["missing-status", "text-too-long"],
      messages: { sv: ["32768 tecken", "högst 32767"], en: ["32768 characters", "at most 32767"] },
      // The refusal names the goal and the length in the user's language.
      writeRefused: { sv: ["EKO-1.02", "32768 tecken"], en: ["EKO-1.02", "32768 characters"] },
    },
  },
  {
    id: "comment-over-cell-limit",
    title: "a comment of 100,000 characters",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.01", { comment: big("k", 100_000) })) },
    expect: {
      outcome: "accepted",
      exit: 1,
      issues: ["missing-status", "text-too-long"],
      messages: { sv: ["Kommentar", "100000 tecken"], en: ["Comment", "100000 characters"] },
      writeRefused: { sv: ["EKO-1.01", "100000 tecken"], en: ["EKO-1.01", "100000 characters"] },
    },
  },
  {
    id: "emoji-at-cell-limit",
    title: "16,383 emoji plus one letter: 32,767 UTF-16 units, as Excel counts",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.02", { text: big("🌍", 16_383) + "x" })) },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [{ goal: "EKO-1.02", column: "text", text: big("🌍", 16_383) + "x" }],
    },
  },
  {
    id: "emoji-over-cell-limit",
    title: "16,384 emoji: 32,768 UTF-16 units",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.02", { text: big("🌍", 16_384) })) },
    expect: {
      outcome: "accepted",
      exit: 1,
      issues: ["missing-status", "text-too-long"],
      writeRefused: { sv: ["EKO-1.02", "32768 tecken"], en: ["EKO-1.02", "32768 characters"] },
    },
  },

  // --- characters
  {
    id: "emoji-and-scripts",
    title: "emoji (ZWJ sequences, skin tones, flags), combining marks, right-to-left text",
    input: {
      kind: "json",
      make: () =>
        jsonText(
          withGoal("EKO-1.01", {
            text: "🌍 Klimatet 🔥 👩🏽‍🌾 🇸🇪 — e\u0301 (NFD) och é (NFC)",
            comment: "Kommentar på arabiska: مرحبا بالعالم ✅",
            responsible: "Nämnd 👥",
          }),
        ),
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [
        { goal: "EKO-1.01", column: "text", text: "🌍 Klimatet 🔥 👩🏽‍🌾 🇸🇪 — e\u0301 (NFD) och é (NFC)" },
        { goal: "EKO-1.01", column: "comment", text: "Kommentar på arabiska: مرحبا بالعالم ✅" },
        { goal: "EKO-1.01", column: "responsible", text: "Nämnd 👥" },
      ],
      normalisation: "None: text is kept as written (no Unicode normalisation).",
    },
  },
  {
    id: "invisible-characters",
    title: "non-breaking spaces, zero-width joiners and a soft hyphen in texts",
    input: {
      kind: "json",
      make: () =>
        jsonText(
          withGoal("EKO-1.01", {
            text: "Ut\u00adsläppen\u00a0ska\u200bminska\u2060.",
            comment: "\u00a0\u00a0indrag",
          }),
        ),
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [
        { goal: "EKO-1.01", column: "text", text: "Ut\u00adsläppen\u00a0ska\u200bminska\u2060." },
        { goal: "EKO-1.01", column: "comment", text: "\u00a0\u00a0indrag" },
      ],
    },
  },
  {
    id: "control-characters",
    title: "C0 control characters (NUL, BEL, ESC) in a goal text, a comment and the note",
    input: {
      kind: "json",
      make: () => {
        const s = withGoal("EKO-1.01", {
          text: "Ett\u0000två\u0007tre\u001b[31mröd\u001b[0m",
          comment: "rad1\nrad2\ttab\r\nrad3\u001b]0;titel\u0007",
        });
        s.note = "Obs\u001b[2J";
        return jsonText(s);
      },
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [
        { goal: "EKO-1.01", column: "text", text: "Ett\u0000två\u0007tre\u001b[31mröd\u001b[0m" },
        { goal: "EKO-1.01", column: "comment", text: "rad1\nrad2\ttab\r\nrad3\u001b]0;titel\u0007" },
      ],
      cliCells: [
        { goal: "EKO-1.01", column: "text", text: "Etttvåtre[31mröd[0m" },
        { goal: "EKO-1.01", column: "comment", text: "rad1\nrad2\ttab\nrad3]0;titel" },
      ],
      normalisation: CONTROL_NORMALISATION,
    },
  },
  {
    id: "number-like-texts",
    title: "texts Excel would turn into numbers, dates or booleans if typed into a General cell",
    input: {
      kind: "json",
      make: () => jsonText(withGoal("EKO-1.01", { text: "1/2", comment: "00123", responsible: "TRUE" })),
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [
        { goal: "EKO-1.01", column: "text", text: "1/2" },
        { goal: "EKO-1.01", column: "comment", text: "00123" },
        { goal: "EKO-1.01", column: "responsible", text: "TRUE" },
      ],
    },
  },
  {
    id: "number-like-ids",
    title: "goal ids that look like numbers and dates (1E5, 0012, 2023-01-01)",
    input: {
      kind: "json",
      make: () => {
        const s = baseStructure();
        s.programs[0].areas[0].goals[0].id = "1E5";
        s.programs[0].areas[0].goals[1].id = "0012";
        s.programs[0].areas[1].goals[0].id = "2023-01-01";
        return jsonText(s);
      },
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [
        { goal: "1E5", column: "id", text: "1E5" },
        { goal: "0012", column: "id", text: "0012" },
        { goal: "2023-01-01", column: "id", text: "2023-01-01" },
      ],
    },
  },

  // --- formula and CSV injection
  {
    id: "inject-hyperlink",
    title: `goal text ${HYPERLINK}`,
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.01", { text: HYPERLINK })) },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [{ goal: "EKO-1.01", column: "text", text: HYPERLINK }],
    },
  },
  {
    id: "inject-dde",
    title: `comment ${DDE} (DDE command)`,
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.01", { comment: DDE })) },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [{ goal: "EKO-1.01", column: "comment", text: DDE }],
    },
  },
  {
    id: "inject-plus-minus-at",
    title: "texts starting with +, - and @",
    input: {
      kind: "json",
      make: () => {
        const s = withGoal("EKO-1.01", { text: "+1+1", comment: "-2+3", responsible: "@SUM(1,2)" });
        const g = s.programs[0].areas[0].goals[1];
        g.text = "-=1+1";
        g.comment = '@HYPERLINK("http://example.com")';
        return jsonText(s);
      },
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [
        { goal: "EKO-1.01", column: "text", text: "+1+1" },
        { goal: "EKO-1.01", column: "comment", text: "-2+3" },
        { goal: "EKO-1.01", column: "responsible", text: "@SUM(1,2)" },
        { goal: "EKO-1.02", column: "text", text: "-=1+1" },
        { goal: "EKO-1.02", column: "comment", text: '@HYPERLINK("http://example.com")' },
      ],
    },
  },
  {
    id: "inject-tab-cr-prefix",
    title: "texts starting with a tab or carriage return before = (CSV-injection variants)",
    input: {
      kind: "json",
      make: () => jsonText(withGoal("EKO-1.01", { text: "\t=1+1", comment: "\r=2+2", responsible: " =3+3" })),
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [
        { goal: "EKO-1.01", column: "text", text: "\t=1+1" },
        { goal: "EKO-1.01", column: "comment", text: "\r=2+2" },
        { goal: "EKO-1.01", column: "responsible", text: " =3+3" },
      ],
      cliCells: [{ goal: "EKO-1.01", column: "comment", text: "\n=2+2" }],
      normalisation: CONTROL_NORMALISATION,
    },
  },
  {
    id: "inject-activities",
    title: "activities that start with = and + (one per line in the cell)",
    input: {
      kind: "json",
      make: () => jsonText(withGoal("EKO-2.01", { activities: ["=1+1", "+A1", HYPERLINK] })),
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [{ goal: "EKO-2.01", column: "activities", text: `=1+1\n+A1\n${HYPERLINK}` }],
    },
  },
  {
    id: "inject-names",
    title:
      "programme, area and organisation names that are formulas, and a name that breaks out of a string literal",
    input: {
      kind: "json",
      make: () => {
        const s = baseStructure();
        s.organisation = HYPERLINK;
        s.programs[0].name = "=1+1";
        s.programs[0].areas[0].name = '"),HYPERLINK("http://example.com","x';
        s.programs[1].areas[0].name = "@Trygghet*?~";
        return jsonText(s);
      },
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: BASE_ISSUES,
      cells: [
        { goal: "EKO-1.01", column: "program", text: "=1+1" },
        { goal: "EKO-1.01", column: "area", text: '"),HYPERLINK("http://example.com","x' },
        { goal: "SOC-1.01", column: "area", text: "@Trygghet*?~" },
      ],
    },
  },

  // --- semantic problems the file format allows (reported, not rejected)
  {
    id: "empty-goal-text",
    // The schema says so ("An empty text is reported by validation, not rejected"): the official
    // can write the text in the sheet.
    title: "an empty goal text: loaded, and reported by validation",
    input: { kind: "json", make: () => jsonText(withGoal("EKO-1.02", { text: "" })) },
    expect: {
      outcome: "accepted",
      exit: 1,
      issues: ["missing-status", "missing-text"],
      messages: { sv: ["Måltexten är tom"], en: ["The goal text is empty"] },
    },
  },
  {
    id: "nothing-assessed",
    title: "no goal has a status or trend yet",
    input: {
      kind: "json",
      make: () => {
        const s = baseStructure();
        for (const p of s.programs)
          for (const a of p.areas)
            for (const g of a.goals) {
              g.status = null;
              g.trend = null;
            }
        return jsonText(s);
      },
    },
    expect: {
      outcome: "accepted",
      exit: 0,
      issues: ["missing-status", "missing-status", "missing-status", "missing-status", "missing-status"],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Workbook cases: the base structure loaded in Swedish, then edited by an official.

const PROGRAM_EKO = "Program för ekologisk hållbarhet";

/** A generated goal row for the big-table cases: valid, in canonical Swedish labels. */
function bigRow(i: number): Partial<Record<ColumnKey, string>> {
  const statuses = ["Röd", "Gul", "Grön"];
  const trends = ["Uppåt", "Oförändrad", "Nedåt"];
  return {
    id: `X-${String(i + 1).padStart(6, "0")}`,
    program: PROGRAM_EKO,
    area: "Klimat",
    text: `Genererat mål nummer ${i + 1}`,
    status: statuses[i % 3],
    trend: trends[(i >> 1) % 3],
    comment: i % 7 === 0 ? `Kommentar ${i + 1}` : "",
  };
}

export const WORKBOOK_CASES: WorkbookCase[] = [
  {
    id: "sheet-goal-table-deleted",
    title: "the goal table deleted (table and cells)",
    input: { kind: "workbook", edits: [{ op: "deleteTable" }] },
    expect: {
      steps: [
        {
          op: "validate",
          error: "table-missing",
          messages: { sv: ["Maluppfoljning_Mal"], en: ["Maluppfoljning_Mal"] },
        },
        { op: "refreshSummary", error: "table-missing" },
      ],
      cli: {
        exit: 2,
        messages: { sv: ["Maluppfoljning_Mal"], en: ["Maluppfoljning_Mal"] },
      },
    },
  },
  {
    id: "sheet-goal-table-converted-to-range",
    title: "the goal table converted to a plain range (the cells stay, the table object is gone)",
    input: { kind: "workbook", edits: [{ op: "convertToRange" }] },
    expect: {
      steps: [
        { op: "validate", error: "table-missing" },
        { op: "refreshSummary", error: "table-missing" },
      ],
      cli: { exit: 2, messages: { sv: ["Maluppfoljning_Mal"], en: ["Maluppfoljning_Mal"] } },
    },
  },
  {
    id: "sheet-header-renamed",
    title: 'the header "Status" renamed to "Bedömning"',
    input: { kind: "workbook", edits: [{ op: "renameHeader", column: "status", to: "Bedömning" }] },
    expect: {
      steps: [
        { op: "validate", error: "header-missing", messages: { sv: ["Status"], en: ["Status"] } },
        { op: "refreshSummary", error: "header-missing", messages: { sv: ["Status"], en: ["Status"] } },
      ],
      cli: { exit: 2, messages: { sv: ["saknar kolumnerna Status"], en: ["lacks the columns Status"] } },
    },
  },
  {
    id: "sheet-header-other-language",
    title: "a header retyped in the other language (Kommentar och analys → Comment and analysis)",
    input: {
      kind: "workbook",
      edits: [{ op: "renameHeader", column: "comment", to: "Comment and analysis" }],
    },
    expect: {
      steps: [
        { op: "validate", issues: ["missing-status"], goals: 5 },
        { op: "refreshSummary", total: 5 },
        { op: "applyLoad", mode: "merge" },
      ],
      cli: { exit: 1, issues: ["missing-status"] },
      normalisation: "Headers are recognised in either language, in any case and spacing.",
    },
  },
  {
    id: "sheet-columns-reordered",
    title: "the goal table's columns in reverse order",
    input: {
      kind: "workbook",
      edits: [
        {
          op: "reorderColumns",
          order: [
            "activities",
            "comment",
            "trend",
            "status",
            "sdgs",
            "responsible",
            "text",
            "area",
            "program",
            "id",
          ],
        },
      ],
    },
    expect: {
      steps: [
        { op: "validate", issues: ["missing-status"], goals: 5 },
        { op: "refreshSummary", total: 5 },
        { op: "applyLoad", mode: "merge" },
        { op: "validate", issues: ["missing-status"], goals: 5 },
      ],
      cli: { exit: 1, issues: ["missing-status"] },
    },
  },
  {
    id: "sheet-merged-cells",
    title: "merged cells beside the goal table and on the summary sheet",
    input: {
      kind: "workbook",
      edits: [
        { op: "merge", sheet: "goals", range: "M1:O1", value: "Mina anteckningar" },
        { op: "merge", sheet: "summary", range: "A1:D1", value: "Egen rubrik" },
      ],
    },
    expect: {
      steps: [
        { op: "refreshSummary", total: 5 },
        { op: "applyLoad", mode: "merge" },
        { op: "validate", issues: ["missing-status"], goals: 5 },
      ],
      cli: { exit: 1, issues: ["missing-status"] },
      normalisation: "The summary sheet belongs to the add-in: a refresh rewrites it whole, merges included.",
    },
  },
  {
    id: "sheet-filtered-rows",
    title: "rows hidden by a filter (only red goals shown)",
    input: { kind: "workbook", edits: [{ op: "filter", column: "status", keep: ["Röd"] }] },
    expect: {
      steps: [
        { op: "validate", issues: ["missing-status"], goals: 5 },
        { op: "refreshSummary", total: 5 },
        { op: "applyLoad", mode: "merge" },
      ],
      cli: { exit: 1, issues: ["missing-status"] },
      normalisation:
        "Hidden rows count like any other: a filter changes what is shown, not what is followed up.",
    },
  },
  {
    id: "sheet-empty-table",
    title: "every goal row deleted",
    input: { kind: "workbook", edits: [{ op: "emptyTable" }] },
    expect: {
      steps: [
        { op: "validate", issues: [], goals: 0 },
        { op: "refreshSummary", total: 0 },
      ],
      cli: { exit: 0, issues: [] },
    },
  },
  {
    id: "sheet-protected-goals",
    title: "the goal sheet protected, then a structure with a new goal loaded and a fix requested",
    input: {
      kind: "workbook",
      edits: [
        { op: "setCell", at: { goal: "EKO-1.02" }, column: "status", value: "gul" },
        { op: "protect", sheet: "goals" },
      ],
    },
    expect: {
      steps: [
        { op: "validate", issues: ["missing-status", "normalisable-status"], goals: 5 },
        {
          op: "applyLoad",
          structure: () => {
            const s = baseStructure();
            s.programs[1].areas[0].goals.push({
              id: "SOC-1.03",
              text: "Nytt mål",
              status: null,
              trend: null,
            });
            return s;
          },
          error: "protected-sheet",
          messages: { sv: ["skydd"], en: ["protect"] },
        },
        { op: "fixAll", error: "protected-sheet" },
        { op: "refreshSummary", total: 5 },
      ],
      cli: { exit: 1, issues: ["missing-status", "normalisable-status"] },
    },
  },
  {
    id: "sheet-protected-summary",
    title: "the summary sheet protected",
    input: { kind: "workbook", edits: [{ op: "protect", sheet: "summary" }] },
    expect: {
      steps: [
        { op: "refreshSummary", error: "protected-sheet", messages: { sv: ["skydd"], en: ["protect"] } },
        { op: "validate", issues: ["missing-status"], goals: 5 },
      ],
      cli: { exit: 1, issues: ["missing-status"] },
    },
  },
  {
    id: "sheet-100k-rows",
    title: "100,000 goal rows appended to the table",
    input: { kind: "workbook", edits: [{ op: "appendRows", count: 100_000, row: bigRow }] },
    expect: {
      steps: [
        { op: "validate", issues: ["missing-status"], goals: 100_005 },
        { op: "refreshSummary", total: 100_005 },
      ],
      cli: { exit: 1, issues: ["missing-status"] },
    },
  },
  {
    id: "sheet-statuses-every-casing",
    title: "statuses and trends typed in every casing, language and symbol",
    input: {
      kind: "workbook",
      edits: [
        { op: "setCell", at: { goal: "EKO-1.01" }, column: "status", value: "RÖD" },
        { op: "setCell", at: { goal: "EKO-1.01" }, column: "trend", value: "UPPÅT" },
        { op: "setCell", at: { goal: "EKO-1.02" }, column: "status", value: " gul " },
        { op: "setCell", at: { goal: "EKO-1.02" }, column: "trend", value: "→" },
        { op: "setCell", at: { goal: "EKO-2.01" }, column: "status", value: "GREEN" },
        { op: "setCell", at: { goal: "EKO-2.01" }, column: "trend", value: "down" },
        { op: "setCell", at: { goal: "SOC-1.01" }, column: "status", value: "rÖd" },
        { op: "setCell", at: { goal: "SOC-1.02" }, column: "status", value: "Yellow" },
        { op: "setCell", at: { goal: "SOC-1.02" }, column: "trend", value: "oförändrad" },
      ],
    },
    expect: {
      steps: [
        {
          op: "validate",
          goals: 5,
          issues: [
            "normalisable-status",
            "normalisable-status",
            "normalisable-status",
            "normalisable-status",
            "normalisable-status",
            "normalisable-trend",
            "normalisable-trend",
            "normalisable-trend",
            "normalisable-trend",
          ],
        },
        { op: "refreshSummary", total: 5 },
        {
          op: "fixAll",
          fixed: 9,
          changes: [
            { at: { goal: "EKO-1.01" }, column: "status", to: "Röd" },
            { at: { goal: "EKO-1.01" }, column: "trend", to: "Uppåt" },
            { at: { goal: "EKO-1.02" }, column: "status", to: "Gul" },
            { at: { goal: "EKO-1.02" }, column: "trend", to: "Oförändrad" },
            { at: { goal: "EKO-2.01" }, column: "status", to: "Grön" },
            { at: { goal: "EKO-2.01" }, column: "trend", to: "Nedåt" },
            { at: { goal: "SOC-1.01" }, column: "status", to: "Röd" },
            { at: { goal: "SOC-1.02" }, column: "status", to: "Gul" },
            { at: { goal: "SOC-1.02" }, column: "trend", to: "Oförändrad" },
          ],
        },
        { op: "validate", issues: [], goals: 5 },
      ],
      cli: {
        exit: 1,
        issues: [
          "normalisable-status",
          "normalisable-status",
          "normalisable-status",
          "normalisable-status",
          "normalisable-status",
          "normalisable-trend",
          "normalisable-trend",
          "normalisable-trend",
          "normalisable-trend",
        ],
      },
      normalisation:
        "Statuses and trends are recognised in any case and spacing, in Swedish or English, and as arrows; " +
        "validate reports them as notes and fixAll writes the canonical label (only when the official asks).",
    },
  },
  {
    id: "sheet-unknown-statuses",
    title: 'statuses no one can read: "Lila", the ambiguous "G", "ej bedömd", "1"',
    input: {
      kind: "workbook",
      edits: [
        { op: "setCell", at: { goal: "EKO-1.01" }, column: "status", value: "Lila" },
        { op: "setCell", at: { goal: "EKO-1.02" }, column: "status", value: "G" },
        { op: "setCell", at: { goal: "EKO-2.01" }, column: "status", value: "ej bedömd" },
        { op: "setCell", at: { goal: "SOC-1.02" }, column: "status", value: "1" },
      ],
    },
    expect: {
      steps: [
        {
          op: "validate",
          goals: 5,
          issues: ["missing-status", "unknown-status", "unknown-status", "unknown-status", "unknown-status"],
          messages: {
            sv: ["Okänd status ”Lila”", "kan betyda både Grön och Gul"],
            en: ["Unknown status “Lila”", "could mean Green or Yellow"],
          },
        },
        { op: "refreshSummary", total: 5 },
        { op: "applyLoad", mode: "merge" },
      ],
      cli: {
        exit: 1,
        issues: ["missing-status", "unknown-status", "unknown-status", "unknown-status", "unknown-status"],
        messages: { sv: ["Okänd status ”Lila”"], en: ["Unknown status “Lila”"] },
      },
    },
  },
  {
    id: "sheet-injection-typed",
    title: "an official types =HYPERLINK(…), +, - and @ texts into comment and status cells",
    input: {
      kind: "workbook",
      edits: [
        { op: "setCell", at: { goal: "EKO-1.01" }, column: "comment", value: HYPERLINK },
        { op: "setCell", at: { goal: "EKO-1.02" }, column: "comment", value: DDE },
        { op: "setCell", at: { goal: "EKO-2.01" }, column: "comment", value: "@SUM(1,2)" },
        { op: "setCell", at: { goal: "SOC-1.02" }, column: "status", value: "=1+1" },
        { op: "setCell", at: { goal: "SOC-1.01" }, column: "trend", value: "+" },
      ],
    },
    expect: {
      steps: [
        {
          op: "validate",
          goals: 5,
          issues: ["normalisable-trend", "trend-without-status", "unknown-status"],
        },
        { op: "refreshSummary", total: 5 },
        { op: "applyLoad", mode: "merge" },
        {
          op: "validate",
          goals: 5,
          issues: ["normalisable-trend", "trend-without-status", "unknown-status"],
        },
      ],
      cli: { exit: 1, issues: ["normalisable-trend", "trend-without-status", "unknown-status"] },
      normalisation: 'A lone "+" in the trend column reads as "Uppåt" (a documented trend symbol).',
    },
  },
  {
    id: "sheet-user-formulas-and-notes",
    title: "a column of the official's own with formulas, and a note outside the table",
    input: {
      kind: "workbook",
      edits: [
        { op: "addUserColumn", header: "Egen beräkning", values: (row) => `=LEN("${"x".repeat(row + 1)}")` },
        {
          op: "addUserColumn",
          header: "Egen text",
          values: (row) => (row % 2 === 0 ? "=inte en formel" : ""),
        },
        { op: "setOutside", sheet: "goals", address: "Z1", value: "Anteckning utanför tabellen" },
      ],
    },
    expect: {
      steps: [
        { op: "applyLoad", mode: "merge" },
        { op: "refreshSummary", total: 5 },
        { op: "validate", issues: ["missing-status"], goals: 5 },
      ],
      cli: { exit: 1, issues: ["missing-status"] },
    },
  },
  {
    id: "sheet-user-rows",
    title: "rows of the official's own inside the table (no ID) and blank rows",
    input: {
      kind: "workbook",
      edits: [
        { op: "insertRow", at: 1, cells: { comment: "Egen rad utan mål-ID" } },
        { op: "insertRow", at: 3, cells: {} },
      ],
    },
    expect: {
      steps: [
        {
          op: "validate",
          goals: 6,
          issues: ["missing-id", "missing-status", "missing-status", "missing-text", "unknown-program"],
        },
        { op: "refreshSummary", total: 5 },
        { op: "applyLoad", mode: "merge" },
      ],
      cli: {
        exit: 1,
        issues: ["missing-id", "missing-status", "missing-status", "missing-text", "unknown-program"],
      },
      normalisation:
        "Blank rows are skipped; a row without an ID is the official's own and is never overwritten.",
    },
  },
  {
    id: "sheet-duplicate-id",
    title: "an ID typed twice",
    input: {
      kind: "workbook",
      edits: [{ op: "setCell", at: { goal: "SOC-1.02" }, column: "id", value: "eko-1.01" }],
    },
    expect: {
      steps: [
        {
          op: "validate",
          goals: 5,
          issues: ["duplicate-id", "missing-status"],
          messages: { sv: ["eko-1.01"], en: ["eko-1.01"] },
        },
        { op: "refreshSummary", total: 5 },
        { op: "applyLoad", mode: "merge" },
      ],
      cli: { exit: 1, issues: ["duplicate-id", "missing-status"] },
    },
  },
  {
    id: "sheet-goal-sheet-renamed",
    title: "the goal sheet renamed by the official",
    input: { kind: "workbook", edits: [{ op: "renameSheet", sheet: "goals", to: "Mål 2023 (egen)" }] },
    expect: {
      steps: [
        { op: "validate", issues: ["missing-status"], goals: 5 },
        { op: "refreshSummary", total: 5 },
        { op: "applyLoad", mode: "merge" },
      ],
      cli: { exit: 1, issues: ["missing-status"] },
      normalisation: "The goal table is found by its name, whatever its sheet is called.",
    },
  },
  {
    id: "sheet-summary-deleted",
    title: "the summary sheet deleted",
    input: { kind: "workbook", edits: [{ op: "deleteSheet", sheet: "summary" }] },
    expect: {
      steps: [
        { op: "refreshSummary", total: 5 },
        { op: "validate", issues: ["missing-status"], goals: 5 },
      ],
      cli: { exit: 1, issues: ["missing-status"] },
    },
  },
  {
    id: "sheet-english-workbook-swedish-labels",
    title: "an English workbook where an official typed Swedish labels",
    input: {
      kind: "workbook",
      lang: "en",
      edits: [
        { op: "setCell", at: { goal: "EKO-1.01" }, column: "status", value: "Röd" },
        { op: "setCell", at: { goal: "EKO-1.01" }, column: "trend", value: "Nedåt" },
      ],
    },
    expect: {
      steps: [
        { op: "validate", issues: ["missing-status", "normalisable-status", "normalisable-trend"], goals: 5 },
        {
          op: "fixAll",
          fixed: 2,
          changes: [
            { at: { goal: "EKO-1.01" }, column: "status", to: "Red" },
            { at: { goal: "EKO-1.01" }, column: "trend", to: "Down" },
          ],
        },
        { op: "refreshSummary", total: 5 },
      ],
      cli: { exit: 1, issues: ["missing-status", "normalisable-status", "normalisable-trend"] },
    },
  },
];

/** Every case, for counting and for the report. */
export const ALL_CASES: CorpusCase[] = [...JSON_CASES, ...WORKBOOK_CASES];
