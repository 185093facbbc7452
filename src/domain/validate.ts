// Validation of the goal table: one pass over the rows, one Issue per problem cell, each with a
// code, a severity, the offending value, a fix when one is certain, and a message in both
// languages. The same pass builds the structure in rows.ts (rowsToStructure), so what validation
// reports and what the summary counts can never disagree.
//
// Hot path: a 100,000-row table is validated in about the time JSON.parse takes for the same
// goals, so valid rows allocate nothing, program/area cells are memoised per distinct text,
// and every regular expression is compiled once at module load.
import { t } from "../i18n";
import type { Params, StringKey } from "../i18n";
import type { ColumnKey, GoalRow } from "./rows";
import type { Area, Bilingual, Goal, GoalStructure, Lang, Program, Status, Trend } from "./types";
import { STATUSES, TRENDS } from "./types";
import {
  normaliseWord,
  parseStatus,
  parseTrend,
  statusLabel,
  statusLabels,
  trendLabel,
  trendLabels,
} from "./vocabulary";
import type { Parsed } from "./vocabulary";

export type Severity = "error" | "warning" | "info";

export type IssueCode =
  | "unknown-status"
  | "unknown-trend"
  | "trend-without-status"
  | "missing-status"
  | "duplicate-id"
  | "missing-id"
  | "missing-text"
  | "unknown-program"
  | "unknown-area"
  | "text-too-long"
  | "normalisable-status"
  | "normalisable-trend"
  | "invalid-sdg";

export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** GoalRow.index (0-based position in the table body); -1 when not tied to a row. */
  row: number;
  column: ColumnKey | null;
  goalId?: string;
  /** What the cell holds (shortened when very long). */
  value: string;
  /** The fixed cell text, when the fix is certain; null otherwise. "" means "empty the cell". */
  suggestion: string | null;
  message: Bilingual;
  /** For duplicate-id: the row that first used the ID. */
  relatedRow?: number;
}

/** Excel's limit on the characters in one cell. */
export const EXCEL_CELL_LIMIT = 32767;

/** The severity of each code: errors make the input invalid (CLI exit 1), warnings and info do not. */
export const SEVERITY: Record<IssueCode, Severity> = {
  "unknown-status": "error",
  "unknown-trend": "error",
  "duplicate-id": "error",
  "missing-id": "error",
  "missing-text": "error",
  "unknown-program": "error",
  "unknown-area": "error",
  "text-too-long": "error",
  "invalid-sdg": "error",
  "trend-without-status": "warning",
  "missing-status": "warning",
  "normalisable-status": "info",
  "normalisable-trend": "info",
};

/** Values longer than this are shortened in Issue.value, so one huge cell cannot flood a report. */
const VALUE_PREVIEW = 80;

function preview(value: string): string {
  return value.length > VALUE_PREVIEW ? `${value.slice(0, VALUE_PREVIEW - 1)}…` : value;
}

function bilingual(key: StringKey, params: (lang: Lang) => Params): Bilingual {
  return { sv: t("sv", key, params("sv")), en: t("en", key, params("en")) };
}

/** "A, B eller C" / "A, B or C". */
export function joinOr(items: readonly string[], lang: Lang): string {
  return joinWith(items, t(lang, "domain.list.or"));
}

/** "A, B och C" / "A, B and C". */
export function joinAnd(items: readonly string[], lang: Lang): string {
  return joinWith(items, t(lang, "domain.list.and"));
}

function joinWith(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

// Numbers of the cell being parsed; sliced to an array of exactly their count at the end (an array
// grown by push has room for 17 numbers: about 1 MB per 100,000 rows for nothing).
const sdgScratch: number[] = [];

/**
 * Parses an "Agenda 2030" cell such as "3, 5, 10" (commas, semicolons and spaces separate the
 * numbers). Returns null when any part is not a number 1–17. Scans characters instead of splitting
 * with a regular expression, as it runs once per row.
 */
export function parseSdgs(cell: string): number[] | null {
  const out = sdgScratch;
  out.length = 0;
  let n = 0;
  let digits = 0;
  for (let i = 0; i <= cell.length; i++) {
    const c = i < cell.length ? cell.charCodeAt(i) : 0x20;
    if (c >= 0x30 && c <= 0x39) {
      n = n * 10 + (c - 0x30);
      digits++;
    } else if (
      c === 0x2c ||
      c === 0x3b ||
      c === 0x20 ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0xa0
    ) {
      if (digits === 0) continue;
      if (digits > 2 || n < 1 || n > 17) return null;
      if (!out.includes(n)) out.push(n);
      n = 0;
      digits = 0;
    } else {
      return null;
    }
  }
  return out.slice();
}

function isSdgNumber(n: unknown): boolean {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 17;
}

/**
 * The case-insensitive key of a goal id. Ids are usually upper case already ("EKO-1.01"), and then
 * the id itself is the key: toUpperCase would allocate a copy for each of 100,000 rows.
 */
export function idKey(id: string): string {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || c > 0x7f) return id.toUpperCase();
  }
  return id;
}

// The per-run state below (id registry, issue sink, reference index) is plain object literals
// handled by functions, not class instances. V8 gives a literal's objects a hidden class (map)
// that lives as long as the code creating them; a class instance's map is reached through
// transitions that a full garbage collection drops once no instance is alive, and with it the
// optimised code of every method specialised on it. Each validation after a collection would then
// start in the interpreter and recompile mid-loop (measured: about a third of the time for
// 100,000 rows).

/**
 * Which row used which goal id first: an open-addressing hash table in a typed array, one 32-bit
 * entry per slot holding the id's position in its source (low bits) and the top bits of its 32-bit
 * FNV-1a hash (a tag). A JavaScript Set of 100,000 id strings cost 10–20 ms per run here (its
 * tables grow by rehashing, and the garbage collector copies them); this table is sized for the
 * positions up front (1 MB for 100,000 rows), holds no strings, and reads an id back from its row
 * (keyAt) only when the tags match: for a duplicate, or about one probe in 30,000 otherwise.
 */
interface IdRegistry {
  /** The ids' source: the table rows (validateRows), or else the goals in table order. */
  rows: readonly GoalRow[] | null;
  goals: readonly Goal[] | null;
  /** Entries (tag << positionBits) | (position + 1); 0 marks an empty slot. */
  table: Int32Array;
  /** Slot count - 1; the slot count is a power of two, at least twice the number of positions. */
  mask: number;
  /** Bits for position + 1; the tag has the other 32 - positionBits. */
  positionBits: number;
}

/** A registry for ids at positions 0 .. size - 1 of `rows` or `goals`. */
function newIdRegistry(
  rows: readonly GoalRow[] | null,
  goals: readonly Goal[] | null,
  size: number,
): IdRegistry {
  let slots = 16;
  while (slots < size * 2) slots *= 2;
  let positionBits = 1;
  while (2 ** positionBits <= size) positionBits++;
  return { rows, goals, table: new Int32Array(slots), mask: slots - 1, positionBits };
}

/** The key of the id registered at `position` (as registerId computed it). */
function keyAt(ids: IdRegistry, position: number): string {
  if (ids.rows !== null) return idKey(trim(ids.rows[position].cells.id ?? ""));
  const g = (ids.goals as readonly Goal[])[position];
  return idKey((typeof g.id === "string" ? g.id : "").trim());
}

/** The row of `position`: GoalRow.index, or the position itself for goals. */
function rowAt(ids: IdRegistry, position: number): number {
  return ids.rows !== null ? ids.rows[position].index : position;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Registers goal id `id` (trimmed, not empty; at `position` in the source) case-insensitively;
 * returns the row that used it first, or -1 when it is new. Hashes the id in the same scan that
 * checks whether its key needs upper-casing (see idKey), so an upper-case id is read once.
 */
function registerId(ids: IdRegistry, id: string, position: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || c > 0x7f) return registerKey(ids, id.toUpperCase(), position);
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return registerHashed(ids, id, h, position);
}

function registerKey(ids: IdRegistry, key: string, position: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return registerHashed(ids, key, h, position);
}

/** Registers `key` with hash `h`. */
function registerHashed(ids: IdRegistry, key: string, h: number, position: number): number {
  const table = ids.table;
  const mask = ids.mask;
  const bits = ids.positionBits;
  const tag = h >>> bits;
  let slot = h & mask;
  for (;;) {
    const entry = table[slot];
    if (entry === 0) break;
    if (entry >>> bits === tag) {
      const earlier = (entry & ((1 << bits) - 1)) - 1;
      if (keyAt(ids, earlier) === key) return rowAt(ids, earlier);
    }
    slot = (slot + 1) & mask;
  }
  table[slot] = (tag << bits) | (position + 1);
  return -1;
}

/** Collects the issues of one validation run. */
interface IssueSink {
  issues: Issue[];
  /** Messages that repeat on many rows (e.g. "not assessed"), built once per run and shared (frozen). */
  shared: Map<string, Bilingual>;
}

function newIssueSink(): IssueSink {
  return { issues: [], shared: new Map() };
}

/** `cacheKey`: set when the message depends only on it, not on the row, so it can be shared. */
function addIssue(
  sink: IssueSink,
  code: IssueCode,
  row: number,
  column: ColumnKey | null,
  goalId: string,
  value: string,
  suggestion: string | null,
  key: StringKey,
  params: (lang: Lang) => Params,
  cacheKey?: string,
): Issue {
  let message: Bilingual | undefined;
  if (cacheKey !== undefined) {
    message = sink.shared.get(cacheKey);
    if (message === undefined) {
      message = Object.freeze(bilingual(key, params));
      sink.shared.set(cacheKey, message);
    }
  } else {
    message = bilingual(key, params);
  }
  const severity = SEVERITY[code];
  const shown = preview(value);
  // Two complete literals rather than adding goalId afterwards: one shape each, keys in this order.
  const issue: Issue =
    goalId === ""
      ? { code, severity, row, column, value: shown, suggestion, message }
      : { code, severity, row, column, value: shown, suggestion, message, goalId };
  sink.issues.push(issue);
  return issue;
}

// The check functions below run for every row and cell. Each reports through a separate function,
// because a function whose parameters a closure (the message parameters) captures allocates a
// context on every call, even when it returns before creating the closure.

/** Cell text longer than an Excel cell. */
/** A goal needs a text, and the text must fit a cell. `blank` is the caller's own (cheap) test. */
function checkText(
  sink: IssueSink,
  row: number,
  goalId: string,
  text: string,
  blank: (text: string) => boolean,
): void {
  if (blank(text))
    addIssue(
      sink,
      "missing-text",
      row,
      "text",
      goalId,
      text,
      null,
      "domain.issue.missingText",
      noParams,
      "missing-text",
    );
  else checkLength(sink, row, "text", goalId, text);
}

function checkLength(sink: IssueSink, row: number, column: ColumnKey, goalId: string, value: string): void {
  if (value.length > EXCEL_CELL_LIMIT) lengthIssue(sink, row, column, goalId, value);
}

function lengthIssue(sink: IssueSink, row: number, column: ColumnKey, goalId: string, value: string): void {
  addIssue(sink, "text-too-long", row, column, goalId, value, null, "domain.issue.textTooLong", (lang) => ({
    column: t(lang, `domain.column.${column}`),
    length: value.length,
    limit: EXCEL_CELL_LIMIT,
  }));
}

/** What differs between the status and the trend column when a cell's word is checked. */
interface VocabularyColumn<T extends Status | Trend> {
  column: "status" | "trend";
  unknown: IssueCode;
  normalisable: IssueCode;
  unknownKey: StringKey;
  notAssessedKey: StringKey;
  normalisableKey: StringKey;
  /** Only a status can be ambiguous ("G": Grön or Gul). */
  ambiguousKey?: StringKey;
  labels: (lang: Lang) => string[];
  label: (value: T, lang: Lang) => string;
}

const STATUS_COLUMN: VocabularyColumn<Status> = {
  column: "status",
  unknown: "unknown-status",
  normalisable: "normalisable-status",
  unknownKey: "domain.issue.unknownStatus",
  notAssessedKey: "domain.issue.notAssessedStatus",
  normalisableKey: "domain.issue.normalisableStatus",
  ambiguousKey: "domain.issue.ambiguousStatus",
  labels: statusLabels,
  label: statusLabel,
};

const TREND_COLUMN: VocabularyColumn<Trend> = {
  column: "trend",
  unknown: "unknown-trend",
  normalisable: "normalisable-trend",
  unknownKey: "domain.issue.unknownTrend",
  notAssessedKey: "domain.issue.notAssessedTrend",
  normalisableKey: "domain.issue.normalisableTrend",
  labels: trendLabels,
  label: trendLabel,
};

function checkStatus(sink: IssueSink, row: number, goalId: string, parsed: Parsed<Status>): void {
  if (!parsed.ok || parsed.normalised) vocabularyIssue(sink, row, goalId, parsed, STATUS_COLUMN);
}

function checkTrend(sink: IssueSink, row: number, goalId: string, parsed: Parsed<Trend>): void {
  if (!parsed.ok || parsed.normalised) vocabularyIssue(sink, row, goalId, parsed, TREND_COLUMN);
}

function vocabularyIssue<T extends Status | Trend>(
  sink: IssueSink,
  row: number,
  goalId: string,
  parsed: Parsed<T>,
  col: VocabularyColumn<T>,
): void {
  const value = parsed.input;
  // The message depends only on the cell text (its parse is fixed for the run): shared.
  const cacheKey = `${col.column}\u0000${value}`;
  if (parsed.ok) {
    const canonical = parsed.canonical;
    addIssue(
      sink,
      col.normalisable,
      row,
      col.column,
      goalId,
      value,
      canonical,
      col.normalisableKey,
      () => ({ value, canonical }),
      cacheKey,
    );
  } else if (parsed.ambiguous && col.ambiguousKey) {
    const [first, second] = parsed.ambiguous;
    addIssue(
      sink,
      col.unknown,
      row,
      col.column,
      goalId,
      value,
      null,
      col.ambiguousKey,
      (lang) => ({ value, first: col.label(first, lang), second: col.label(second, lang) }),
      cacheKey,
    );
  } else if (parsed.notAssessed) {
    addIssue(
      sink,
      col.unknown,
      row,
      col.column,
      goalId,
      value,
      "",
      col.notAssessedKey,
      () => ({ value }),
      cacheKey,
    );
  } else {
    addIssue(
      sink,
      col.unknown,
      row,
      col.column,
      goalId,
      value,
      null,
      col.unknownKey,
      (lang) => ({ value, labels: joinOr(col.labels(lang), lang) }),
      cacheKey,
    );
  }
}

/** Status null: a warning, which names the trend when there is one. */
function checkUnassessed(sink: IssueSink, row: number, goalId: string, trend: Trend | null): void {
  if (trend !== null) {
    addIssue(
      sink,
      "trend-without-status",
      row,
      "status",
      goalId,
      "",
      null,
      "domain.issue.trendWithoutStatus",
      TREND_PARAMS[trend],
      TREND_CACHE_KEY[trend],
    );
  } else {
    addIssue(
      sink,
      "missing-status",
      row,
      "status",
      goalId,
      "",
      null,
      "domain.issue.missingStatus",
      noParams,
      "missing-status",
    );
  }
}

function noParams(): Params {
  return {};
}

const TREND_PARAMS: Record<Trend, (lang: Lang) => Params> = {
  up: (lang) => ({ trend: trendLabel("up", lang) }),
  flat: (lang) => ({ trend: trendLabel("flat", lang) }),
  down: (lang) => ({ trend: trendLabel("down", lang) }),
};
const TREND_CACHE_KEY: Record<Trend, string> = {
  up: "trend-without-status:up",
  flat: "trend-without-status:flat",
  down: "trend-without-status:down",
};

/** `position`: where the id's row or goal is in the registry's source. */
function checkId(sink: IssueSink, row: number, position: number, id: string, ids: IdRegistry): void {
  if (id === "") {
    addIssue(sink, "missing-id", row, "id", "", "", null, "domain.issue.missingId", noParams, "missing-id");
    return;
  }
  // Case-insensitive, as Excel users expect ("eko-1.01" and "EKO-1.01" are the same goal).
  const first = registerId(ids, id, position);
  if (first >= 0) duplicateIdIssue(sink, row, id, first);
}

function duplicateIdIssue(sink: IssueSink, row: number, id: string, first: number): void {
  const issue = addIssue(sink, "duplicate-id", row, "id", id, id, null, "domain.issue.duplicateId", () => ({
    id,
  }));
  issue.relatedRow = first;
}

/** Program and area lookup by name or id, case- and space-insensitive, memoised per cell text. */
interface ReferenceIndex {
  programList: readonly Program[];
  programs: Map<string, Program>;
  areas: Map<Program, Map<string, Area>>;
  programMemo: Map<string, Program | null>;
  areaMemo: Map<Program, Map<string, Area | null>>;
}

function newReferenceIndex(reference: GoalStructure): ReferenceIndex {
  const index: ReferenceIndex = {
    programList: reference.programs,
    programs: new Map(),
    areas: new Map(),
    programMemo: new Map(),
    areaMemo: new Map(),
  };
  for (const p of reference.programs) {
    // Names first, then ids, so a name wins over another programme's id; first one wins.
    const key = normaliseWord(p.name);
    if (!index.programs.has(key)) index.programs.set(key, p);
    const areas = new Map<string, Area>();
    for (const a of p.areas) {
      const k = normaliseWord(a.name);
      if (!areas.has(k)) areas.set(k, a);
    }
    for (const a of p.areas) {
      const k = normaliseWord(a.id);
      if (!areas.has(k)) areas.set(k, a);
    }
    index.areas.set(p, areas);
    index.areaMemo.set(p, new Map());
  }
  for (const p of reference.programs) {
    const key = normaliseWord(p.id);
    if (!index.programs.has(key)) index.programs.set(key, p);
  }
  return index;
}

function findProgram(index: ReferenceIndex, cell: string): Program | null {
  let hit = index.programMemo.get(cell);
  if (hit === undefined) {
    hit = index.programs.get(normaliseWord(cell)) ?? null;
    index.programMemo.set(cell, hit);
  }
  return hit;
}

function findArea(index: ReferenceIndex, program: Program, cell: string): Area | null {
  const memo = index.areaMemo.get(program);
  if (memo === undefined) return null;
  let hit = memo.get(cell);
  if (hit === undefined) {
    hit = index.areas.get(program)?.get(normaliseWord(cell)) ?? null;
    memo.set(cell, hit);
  }
  return hit;
}

/**
 * Receives a row that validation could place, with its parsed status and trend (null when not
 * recognised) and Agenda 2030 numbers (undefined when the column is absent or the cell invalid).
 * Positional arguments, so the hot loop allocates no record per row; a long-lived function with the
 * caller's state in `target`, so the call site sees one function in every run (see above).
 */
export type PlaceGoal<T> = (
  target: T,
  row: GoalRow,
  program: Program,
  area: Area,
  id: string,
  status: Status | null,
  trend: Trend | null,
  sdgs: number[] | undefined,
) => void;

/** Never equal to a cell value: "no cell looked at yet". */
const NOT_SEEN: unknown = Symbol("not seen");

/** `s.trim()`, without the call when `s` starts and ends with a visible ASCII character (most cells). */
export function trim(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f ? s : s.trim();
}

function isTrimmedEmpty(s: string): boolean {
  return s.trim() === "";
}

function isBlank(s: string): boolean {
  return trim(s) === "";
}

function isBlankRow(row: GoalRow): boolean {
  const cells = row.cells as Record<string, string | undefined>;
  for (const key in cells) {
    const v = cells[key];
    if (v !== undefined && v.trim() !== "") return false;
  }
  return true;
}

/**
 * The one validation pass over table rows. `place` (optional) receives every row whose programme
 * and area are known, with the parsed status and trend (null when not recognised), and `target`.
 * Blank rows (every cell empty) are skipped: tables often end with one.
 */
export function analyseRows<T>(
  rows: readonly GoalRow[],
  reference: GoalStructure,
  lang: Lang,
  place?: PlaceGoal<T>,
  target?: T,
): Issue[] {
  const sink = newIssueSink();
  const ids = newIdRegistry(rows, null, rows.length);
  analyseLoop(rows, lang, newReferenceIndex(reference), sink, ids, place, target);
  return sink.issues;
}

/**
 * analyseRows' loop, apart from the setup: its arguments all have hidden classes that outlive a
 * run, so its optimised code survives garbage collections. The reference structure, read back
 * from the workbook, has classes made key by key, which V8 drops at a full collection.
 */
function analyseLoop<T>(
  rows: readonly GoalRow[],
  lang: Lang,
  index: ReferenceIndex,
  sink: IssueSink,
  ids: IdRegistry,
  place: PlaceGoal<T> | undefined,
  target: T | undefined,
): void {
  // Rows mostly repeat the previous row's programme, area, status and trend cells: each is looked
  // up or parsed only when it differs from the previous row's (the results are only read here).
  let programCell: unknown = NOT_SEEN;
  let program: Program | null = null;
  let areaProgram: Program | null = null;
  let areaCell: unknown = NOT_SEEN;
  let area: Area | null = null;
  let statusCell: unknown = NOT_SEEN;
  let status: Parsed<Status> = parseStatus(undefined, lang);
  let trendCell: unknown = NOT_SEEN;
  let trend: Parsed<Trend> = parseTrend(undefined, lang);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const cells = row.cells;
    const rawId = cells.id ?? "";
    const id = trim(rawId);
    if (id === "" && isBlankRow(row)) continue;
    const r = row.index;

    checkId(sink, r, i, id, ids);
    checkLength(sink, r, "id", id, rawId);

    const pCell = cells.program ?? "";
    if (pCell !== programCell) {
      programCell = pCell;
      program = findProgram(index, pCell);
    }
    if (program === null) {
      area = null;
      areaCell = NOT_SEEN;
      programIssue(sink, r, id, pCell, index.programList);
    } else {
      const aCell = cells.area ?? "";
      if (aCell !== areaCell || program !== areaProgram) {
        areaCell = aCell;
        areaProgram = program;
        area = findArea(index, program, aCell);
      }
      if (area === null) areaIssue(sink, r, id, aCell, program);
    }

    checkText(sink, r, id, cells.text ?? "", isBlank);
    if (cells.responsible !== undefined) checkLength(sink, r, "responsible", id, cells.responsible);
    if (cells.comment !== undefined) checkLength(sink, r, "comment", id, cells.comment);
    if (cells.activities !== undefined) checkLength(sink, r, "activities", id, cells.activities);

    let sdgs: number[] | undefined;
    if (cells.sdgs !== undefined && cells.sdgs !== "") {
      sdgs = parseSdgs(cells.sdgs) ?? undefined;
      if (sdgs === undefined) sdgIssue(sink, r, id, cells.sdgs);
    }

    if (cells.status !== statusCell) {
      statusCell = cells.status;
      status = parseStatus(statusCell, lang);
    }
    checkStatus(sink, r, id, status);
    if (cells.trend !== trendCell) {
      trendCell = cells.trend;
      trend = parseTrend(trendCell, lang);
    }
    checkTrend(sink, r, id, trend);
    // Only a blank status cell is "not assessed"; an unrecognised one already has its error.
    if (status.ok && status.value === null) checkUnassessed(sink, r, id, trend.value);

    if (place !== undefined && program !== null && area !== null) {
      place(target as T, row, program, area, id, status.value, trend.value, sdgs);
    }
  }
}

function sdgIssue(sink: IssueSink, r: number, id: string, value: string): void {
  const cacheKey = `sdgs\u0000${value}`;
  addIssue(
    sink,
    "invalid-sdg",
    r,
    "sdgs",
    id,
    value,
    null,
    "domain.issue.invalidSdg",
    () => ({ value }),
    cacheKey,
  );
}

function programIssue(
  sink: IssueSink,
  r: number,
  id: string,
  cell: string,
  programs: readonly Program[],
): void {
  // The message depends only on the cell text and the run's programmes: shared.
  const cacheKey = `program\u0000${cell}`;
  const known = (): string => programs.map((p) => p.name).join(", ");
  if (cell.trim() === "") {
    addIssue(
      sink,
      "unknown-program",
      r,
      "program",
      id,
      cell,
      null,
      "domain.issue.missingProgram",
      () => ({ known: known() }),
      cacheKey,
    );
  } else {
    addIssue(
      sink,
      "unknown-program",
      r,
      "program",
      id,
      cell,
      null,
      "domain.issue.unknownProgram",
      () => ({ value: cell, known: known() }),
      cacheKey,
    );
  }
}

function areaIssue(sink: IssueSink, r: number, id: string, cell: string, program: Program): void {
  const known = program.areas.map((a) => a.name).join(", ");
  const key = cell.trim() === "" ? "domain.issue.missingArea" : "domain.issue.unknownArea";
  addIssue(sink, "unknown-area", r, "area", id, cell, null, key, () => ({
    value: cell,
    program: program.name,
    known,
  }));
}

/** Validates the goal table's rows against the structure they belong to. */
export function validateRows(rows: readonly GoalRow[], reference: GoalStructure, lang: Lang): Issue[] {
  return analyseRows(rows, reference, lang);
}

/**
 * Validates a structure with the rules of the goal table: the issues equal those of
 * validateRows(structureToRows(s, lang), s, lang) (row = the goal's position in that table),
 * found without building the rows.
 */
export function validateStructure(s: GoalStructure, lang: Lang): Issue[] {
  // Messages are bilingual and a structure holds no labels to parse: `lang` is not needed here.
  void lang;
  const goals: Goal[] = [];
  for (const p of s.programs) for (const a of p.areas) for (const g of a.goals) goals.push(g);
  const sink = newIssueSink();
  const ids = newIdRegistry(null, goals, goals.length);
  for (let r = 0; r < goals.length; r++) checkGoal(sink, r, goals[r], ids);
  return sink.issues;
}

function checkGoal(sink: IssueSink, r: number, g: Goal, ids: IdRegistry): void {
  const rawId = typeof g.id === "string" ? g.id : "";
  const id = rawId.trim();
  checkId(sink, r, r, id, ids);
  checkLength(sink, r, "id", id, rawId);
  checkText(sink, r, id, typeof g.text === "string" ? g.text : "", isTrimmedEmpty);
  checkLength(sink, r, "responsible", id, g.responsible ?? "");
  checkLength(sink, r, "comment", id, g.comment ?? "");
  if (g.activities !== undefined) checkLength(sink, r, "activities", id, g.activities.join("\n"));
  if (g.sdgs !== undefined && !g.sdgs.every(isSdgNumber)) {
    const value = g.sdgs.join(", ");
    addIssue(sink, "invalid-sdg", r, "sdgs", id, value, null, "domain.issue.invalidSdg", () => ({ value }));
  }
  const status: Status | null = g.status ?? null;
  if (status !== null && !STATUSES.includes(status)) {
    const value = String(status);
    addIssue(sink, "unknown-status", r, "status", id, value, null, "domain.issue.unknownStatus", (lang) => ({
      value,
      labels: joinOr(statusLabels(lang), lang),
    }));
  }
  const trend: Trend | null = g.trend ?? null;
  const knownTrend = trend !== null && TRENDS.includes(trend) ? trend : null;
  if (trend !== null && knownTrend === null) {
    const value = String(trend);
    addIssue(sink, "unknown-trend", r, "trend", id, value, null, "domain.issue.unknownTrend", (lang) => ({
      value,
      labels: joinOr(trendLabels(lang), lang),
    }));
  }
  if (status === null) checkUnassessed(sink, r, id, knownTrend);
}

/** True when any issue is an error (the CLI's exit code 1). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
