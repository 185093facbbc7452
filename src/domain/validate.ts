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

/**
 * Parses an "Agenda 2030" cell such as "3, 5, 10" (commas, semicolons and spaces separate the
 * numbers). Returns null when any part is not a number 1–17. Scans characters instead of splitting
 * with a regular expression, as it runs once per row.
 */
export function parseSdgs(cell: string): number[] | null {
  const out: number[] = [];
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
  return out;
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

/**
 * Which row used which goal id first. A Set answers "seen before?" with one hash operation per row;
 * the first row is only needed for duplicates, which are rare, so keys and rows are kept in order
 * and a key → first-row map is built when the first duplicate appears.
 */
class IdRegistry {
  private readonly seen = new Set<string>();
  private readonly keys: string[] = [];
  private readonly rows: number[] = [];
  private first: Map<string, number> | null = null;

  /** Registers `key` for `row`; returns the row that used it first, or -1 when it is new. */
  register(key: string, row: number): number {
    if (this.first === null) {
      const size = this.seen.size;
      this.seen.add(key);
      if (this.seen.size !== size) {
        this.keys.push(key);
        this.rows.push(row);
        return -1;
      }
      this.first = new Map();
      for (let i = 0; i < this.keys.length; i++) this.first.set(this.keys[i], this.rows[i]);
    }
    const earlier = this.first.get(key);
    if (earlier === undefined) {
      this.first.set(key, row);
      return -1;
    }
    return earlier;
  }
}

/** Collects issues; one instance per validation run. */
class IssueSink {
  readonly issues: Issue[] = [];
  // Messages that repeat on many rows (e.g. "not assessed"), built once per run and shared (frozen).
  private readonly shared = new Map<string, Bilingual>();
  constructor(readonly lang: Lang) {}

  /** `cacheKey`: set when the message depends only on it, not on the row, so it can be shared. */
  add(
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
      message = this.shared.get(cacheKey);
      if (message === undefined) {
        message = Object.freeze(bilingual(key, params));
        this.shared.set(cacheKey, message);
      }
    } else {
      message = bilingual(key, params);
    }
    const issue: Issue = {
      code,
      severity: SEVERITY[code],
      row,
      column,
      value: preview(value),
      suggestion,
      message,
    };
    if (goalId !== "") issue.goalId = goalId;
    this.issues.push(issue);
    return issue;
  }

  /** Cell text longer than an Excel cell. */
  length(row: number, column: ColumnKey, goalId: string, value: string): void {
    if (value.length <= EXCEL_CELL_LIMIT) return;
    this.add("text-too-long", row, column, goalId, value, null, "domain.issue.textTooLong", (lang) => ({
      column: t(lang, `domain.column.${column}`),
      length: value.length,
      limit: EXCEL_CELL_LIMIT,
    }));
  }

  status(row: number, goalId: string, parsed: Parsed<Status>): void {
    const value = parsed.input;
    if (!parsed.ok) {
      if (parsed.ambiguous) {
        const [first, second] = parsed.ambiguous;
        this.add(
          "unknown-status",
          row,
          "status",
          goalId,
          value,
          null,
          "domain.issue.ambiguousStatus",
          (lang) => ({
            value,
            first: statusLabel(first, lang),
            second: statusLabel(second, lang),
          }),
        );
      } else if (parsed.notAssessed) {
        this.add(
          "unknown-status",
          row,
          "status",
          goalId,
          value,
          "",
          "domain.issue.notAssessedStatus",
          () => ({
            value,
          }),
        );
      } else {
        this.add(
          "unknown-status",
          row,
          "status",
          goalId,
          value,
          null,
          "domain.issue.unknownStatus",
          (lang) => ({
            value,
            labels: joinOr(statusLabels(lang), lang),
          }),
        );
      }
    } else if (parsed.normalised) {
      const canonical = parsed.canonical;
      this.add(
        "normalisable-status",
        row,
        "status",
        goalId,
        value,
        canonical,
        "domain.issue.normalisableStatus",
        () => ({
          value,
          canonical,
        }),
      );
    }
  }

  trend(row: number, goalId: string, parsed: Parsed<Trend>): void {
    const value = parsed.input;
    if (!parsed.ok) {
      if (parsed.notAssessed) {
        this.add("unknown-trend", row, "trend", goalId, value, "", "domain.issue.notAssessedTrend", () => ({
          value,
        }));
      } else {
        this.add("unknown-trend", row, "trend", goalId, value, null, "domain.issue.unknownTrend", (lang) => ({
          value,
          labels: joinOr(trendLabels(lang), lang),
        }));
      }
    } else if (parsed.normalised) {
      const canonical = parsed.canonical;
      this.add(
        "normalisable-trend",
        row,
        "trend",
        goalId,
        value,
        canonical,
        "domain.issue.normalisableTrend",
        () => ({
          value,
          canonical,
        }),
      );
    }
  }

  /** Status null: a warning, which names the trend when there is one. */
  unassessed(row: number, goalId: string, trend: Trend | null): void {
    if (trend !== null) {
      this.add(
        "trend-without-status",
        row,
        "status",
        goalId,
        "",
        null,
        "domain.issue.trendWithoutStatus",
        (lang) => ({
          trend: trendLabel(trend, lang),
        }),
        `trend-without-status:${trend}`,
      );
    } else {
      this.add(
        "missing-status",
        row,
        "status",
        goalId,
        "",
        null,
        "domain.issue.missingStatus",
        () => ({}),
        "missing-status",
      );
    }
  }

  id(row: number, id: string, seen: IdRegistry): void {
    if (id === "") {
      this.add("missing-id", row, "id", "", "", null, "domain.issue.missingId", () => ({}), "missing-id");
      return;
    }
    // Case-insensitive, as Excel users expect ("eko-1.01" and "EKO-1.01" are the same goal).
    const first = seen.register(idKey(id), row);
    if (first < 0) return;
    const issue = this.add("duplicate-id", row, "id", id, id, null, "domain.issue.duplicateId", () => ({
      id,
    }));
    issue.relatedRow = first;
  }
}

/** Program and area lookup by name or id, case- and space-insensitive, memoised per cell text. */
class ReferenceIndex {
  private readonly programs = new Map<string, Program>();
  private readonly areas = new Map<Program, Map<string, Area>>();
  private readonly programMemo = new Map<string, Program | null>();
  private readonly areaMemo = new Map<Program, Map<string, Area | null>>();

  constructor(readonly reference: GoalStructure) {
    for (const p of reference.programs) {
      // Names first, then ids, so a name wins over another programme's id; first one wins.
      const key = normaliseWord(p.name);
      if (!this.programs.has(key)) this.programs.set(key, p);
      const areas = new Map<string, Area>();
      for (const a of p.areas) {
        const k = normaliseWord(a.name);
        if (!areas.has(k)) areas.set(k, a);
      }
      for (const a of p.areas) {
        const k = normaliseWord(a.id);
        if (!areas.has(k)) areas.set(k, a);
      }
      this.areas.set(p, areas);
      this.areaMemo.set(p, new Map());
    }
    for (const p of reference.programs) {
      const key = normaliseWord(p.id);
      if (!this.programs.has(key)) this.programs.set(key, p);
    }
  }

  // Rows usually repeat the previous row's programme and area: compare with the last cell first.
  private lastProgramCell: string | null = null;
  private lastProgram: Program | null = null;
  private lastArea: { program: Program; cell: string; area: Area | null } | null = null;

  program(cell: string): Program | null {
    if (cell === this.lastProgramCell) return this.lastProgram;
    let hit = this.programMemo.get(cell);
    if (hit === undefined) {
      hit = this.programs.get(normaliseWord(cell)) ?? null;
      this.programMemo.set(cell, hit);
    }
    this.lastProgramCell = cell;
    this.lastProgram = hit;
    return hit;
  }

  area(program: Program, cell: string): Area | null {
    const last = this.lastArea;
    if (last !== null && last.program === program && last.cell === cell) return last.area;
    const memo = this.areaMemo.get(program);
    if (memo === undefined) return null;
    let hit = memo.get(cell);
    if (hit === undefined) {
      hit = this.areas.get(program)?.get(normaliseWord(cell)) ?? null;
      memo.set(cell, hit);
    }
    this.lastArea = { program, cell, area: hit };
    return hit;
  }

  programNames(): string {
    return this.reference.programs.map((p) => p.name).join(", ");
  }
}

/**
 * One long-lived instance of each class used per validation run. V8 drops the hidden classes
 * (maps) that no live object uses at a full garbage collection, and with them the optimised code
 * of every method specialised on them; a run after a collection then starts in the interpreter
 * and recompiles mid-loop. These instances keep the maps, so each run starts with optimised code.
 */
const KEEP_SHAPES: readonly unknown[] = [
  new IssueSink("sv"),
  new IdRegistry(),
  new ReferenceIndex({ organisation: "", year: 0, programs: [] }),
];
void KEEP_SHAPES;

/**
 * Receives a row that validation could place, with its parsed status and trend (null when not
 * recognised) and Agenda 2030 numbers (undefined when the column is absent or the cell invalid).
 * Positional arguments, so the hot loop allocates no record per row.
 */
export type PlaceGoal = (
  row: GoalRow,
  program: Program,
  area: Area,
  id: string,
  status: Status | null,
  trend: Trend | null,
  sdgs: number[] | undefined,
) => void;

/** Never equal to a cell value: "no cell parsed yet". */
const NOT_PARSED: unknown = Symbol("not parsed");

/** `s.trim()`, without the call when `s` starts and ends with a visible ASCII character (most cells). */
function trim(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f ? s : s.trim();
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
 * and area are known, with the parsed status and trend (null when not recognised). Blank rows
 * (every cell empty) are skipped: tables often end with one.
 */
export function analyseRows(
  rows: readonly GoalRow[],
  reference: GoalStructure,
  lang: Lang,
  place?: PlaceGoal,
): Issue[] {
  const sink = new IssueSink(lang);
  const index = new ReferenceIndex(reference);
  const seenIds = new IdRegistry();
  // Status and trend cells mostly repeat a few labels: parse a cell only when it differs from the
  // previous row's (parsing is deterministic, and the results are only read here).
  let statusCell: unknown = NOT_PARSED;
  let status: Parsed<Status> = parseStatus(undefined, lang);
  let trendCell: unknown = NOT_PARSED;
  let trend: Parsed<Trend> = parseTrend(undefined, lang);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const cells = row.cells;
    const rawId = cells.id ?? "";
    const id = trim(rawId);
    if (id === "" && isBlankRow(row)) continue;
    const r = row.index;

    sink.id(r, id, seenIds);
    sink.length(r, "id", id, rawId);

    const programCell = cells.program ?? "";
    const program = index.program(programCell);
    let area: Area | null = null;
    if (program === null) {
      const known = index.programNames();
      if (programCell.trim() === "") {
        sink.add(
          "unknown-program",
          r,
          "program",
          id,
          programCell,
          null,
          "domain.issue.missingProgram",
          () => ({
            known,
          }),
        );
      } else {
        sink.add(
          "unknown-program",
          r,
          "program",
          id,
          programCell,
          null,
          "domain.issue.unknownProgram",
          () => ({
            value: programCell,
            known,
          }),
        );
      }
    } else {
      const areaCell = cells.area ?? "";
      area = index.area(program, areaCell);
      if (area === null) {
        const known = program.areas.map((a) => a.name).join(", ");
        const key = areaCell.trim() === "" ? "domain.issue.missingArea" : "domain.issue.unknownArea";
        sink.add("unknown-area", r, "area", id, areaCell, null, key, () => ({
          value: areaCell,
          program: program.name,
          known,
        }));
      }
    }

    const text = cells.text ?? "";
    if (text.trim() === "") {
      sink.add(
        "missing-text",
        r,
        "text",
        id,
        text,
        null,
        "domain.issue.missingText",
        () => ({}),
        "missing-text",
      );
    } else {
      sink.length(r, "text", id, text);
    }
    if (cells.responsible !== undefined) sink.length(r, "responsible", id, cells.responsible);
    if (cells.comment !== undefined) sink.length(r, "comment", id, cells.comment);
    if (cells.activities !== undefined) sink.length(r, "activities", id, cells.activities);

    let sdgs: number[] | undefined;
    if (cells.sdgs !== undefined && cells.sdgs !== "") {
      const parsedSdgs = parseSdgs(cells.sdgs);
      if (parsedSdgs === null) {
        const value = cells.sdgs;
        sink.add("invalid-sdg", r, "sdgs", id, value, null, "domain.issue.invalidSdg", () => ({ value }));
      } else {
        sdgs = parsedSdgs;
      }
    }

    if (cells.status !== statusCell) {
      statusCell = cells.status;
      status = parseStatus(statusCell, lang);
    }
    sink.status(r, id, status);
    if (cells.trend !== trendCell) {
      trendCell = cells.trend;
      trend = parseTrend(trendCell, lang);
    }
    sink.trend(r, id, trend);
    // Only a blank status cell is "not assessed"; an unrecognised one already has its error.
    if (status.ok && status.value === null) sink.unassessed(r, id, trend.value);

    if (place !== undefined && program !== null && area !== null) {
      place(row, program, area, id, status.value, trend.value, sdgs);
    }
  }
  return sink.issues;
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
  const sink = new IssueSink(lang);
  const seenIds = new IdRegistry();
  let r = 0;
  for (const p of s.programs) {
    for (const a of p.areas) {
      for (const g of a.goals) {
        checkGoal(sink, r, g, seenIds);
        r++;
      }
    }
  }
  return sink.issues;
}

function checkGoal(sink: IssueSink, r: number, g: Goal, seenIds: IdRegistry): void {
  const rawId = typeof g.id === "string" ? g.id : "";
  const id = rawId.trim();
  sink.id(r, id, seenIds);
  sink.length(r, "id", id, rawId);
  const text = typeof g.text === "string" ? g.text : "";
  if (text.trim() === "")
    sink.add(
      "missing-text",
      r,
      "text",
      id,
      text,
      null,
      "domain.issue.missingText",
      () => ({}),
      "missing-text",
    );
  else sink.length(r, "text", id, text);
  sink.length(r, "responsible", id, g.responsible ?? "");
  sink.length(r, "comment", id, g.comment ?? "");
  if (g.activities !== undefined) sink.length(r, "activities", id, g.activities.join("\n"));
  if (g.sdgs !== undefined && !g.sdgs.every(isSdgNumber)) {
    const value = g.sdgs.join(", ");
    sink.add("invalid-sdg", r, "sdgs", id, value, null, "domain.issue.invalidSdg", () => ({ value }));
  }
  const status: Status | null = g.status ?? null;
  if (status !== null && !STATUSES.includes(status)) {
    const value = String(status);
    sink.add("unknown-status", r, "status", id, value, null, "domain.issue.unknownStatus", (lang) => ({
      value,
      labels: joinOr(statusLabels(lang), lang),
    }));
  }
  const trend: Trend | null = g.trend ?? null;
  const knownTrend = trend !== null && TRENDS.includes(trend) ? trend : null;
  if (trend !== null && knownTrend === null) {
    const value = String(trend);
    sink.add("unknown-trend", r, "trend", id, value, null, "domain.issue.unknownTrend", (lang) => ({
      value,
      labels: joinOr(trendLabels(lang), lang),
    }));
  }
  if (status === null) sink.unassessed(r, id, knownTrend);
}

/** True when any issue is an error (the CLI's exit code 1). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
