// The checks of one goal's cells, shared by validateRows (cell text) and validateStructure (a
// structure's goals): each reports its issues into the run's sink.
import { t } from "../i18n";
import type { StringKey } from "../i18n";
import type { GoalColumn } from "./columns";
import { addIssue, joinOr, type GoalAt, type IssueCode, type IssueSink } from "./issues";

export type { GoalAt } from "./issues";
import type { Area, Lang, Program, Status, Trend } from "./types";
import {
  doneLabel,
  statusLabel,
  statusLabels,
  trendLabel,
  trendLabels,
  type DoneMark,
  type Parsed,
} from "./vocabulary";

/** Cell text longer than its column allows. */
export function checkLength(sink: IssueSink, at: GoalAt, column: GoalColumn, value: string): void {
  if (value.length <= column.maxLength) return;
  addIssue(
    sink,
    at,
    { code: "text-too-long", column: column.key, value },
    {
      key: "domain.issue.textTooLong",
      params: (lang) => ({ column: t(lang, column.name), length: value.length, limit: column.maxLength }),
    },
  );
}

/** A free-text cell: it must fit, and a column that must have text must not be blank. */
export function checkText(sink: IssueSink, at: GoalAt, column: GoalColumn, text: string): void {
  if (column.mustHaveText === true && text.trim() === "") {
    addIssue(
      sink,
      at,
      { code: "missing-text", column: column.key, value: text },
      { key: "domain.issue.missingText", sharedAs: "missing-text" },
    );
  } else {
    checkLength(sink, at, column, text);
  }
}

/**
 * A goal id: present, and not used by an earlier row (case-insensitively). `firstRow`: the row that
 * used the id first, or undefined when it is new.
 */
export function checkId(sink: IssueSink, at: GoalAt, firstRow: number | undefined): void {
  if (at.goalId === "") {
    addIssue(
      sink,
      at,
      { code: "missing-id", column: "id", value: "" },
      { key: "domain.issue.missingId", sharedAs: "missing-id" },
    );
  } else if (firstRow !== undefined) {
    const id = at.goalId;
    const issue = addIssue(
      sink,
      at,
      { code: "duplicate-id", column: "id", value: id },
      { key: "domain.issue.duplicateId", params: () => ({ id }) },
    );
    issue.relatedRow = firstRow;
  }
}

export function sdgIssue(sink: IssueSink, at: GoalAt, column: GoalColumn, value: string): void {
  addIssue(
    sink,
    at,
    { code: "invalid-sdg", column: column.key, value },
    { key: "domain.issue.invalidSdg", params: () => ({ value }), sharedAs: `${column.key}\u0000${value}` },
  );
}

export function programIssue(sink: IssueSink, at: GoalAt, cell: string, programs: readonly Program[]): void {
  const known = (): string => programs.map((p) => p.name).join(", ");
  const blank = cell.trim() === "";
  addIssue(
    sink,
    at,
    { code: "unknown-program", column: "program", value: cell },
    {
      key: blank ? "domain.issue.missingProgram" : "domain.issue.unknownProgram",
      params: blank ? () => ({ known: known() }) : () => ({ value: cell, known: known() }),
      // The message depends only on the cell text and the run's programmes.
      sharedAs: `program\u0000${cell}`,
    },
  );
}

export function areaIssue(sink: IssueSink, at: GoalAt, cell: string, program: Program): void {
  const known = program.areas.map((a: Area) => a.name).join(", ");
  addIssue(
    sink,
    at,
    { code: "unknown-area", column: "area", value: cell },
    {
      key: cell.trim() === "" ? "domain.issue.missingArea" : "domain.issue.unknownArea",
      params: () => ({ value: cell, program: program.name, known }),
    },
  );
}

/** What differs between the status and the trend column when a cell's word is checked. */
interface VocabularyColumn<T extends Status | Trend | DoneMark> {
  column: "status" | "trend" | "done";
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

const DONE_COLUMN: VocabularyColumn<DoneMark> = {
  column: "done",
  unknown: "unknown-done",
  normalisable: "normalisable-done",
  unknownKey: "domain.issue.unknownDone",
  notAssessedKey: "domain.issue.notDoneWord",
  normalisableKey: "domain.issue.normalisableDone",
  labels: (lang) => [doneLabel(lang)],
  label: (_v, lang) => doneLabel(lang),
};

/** A done cell: the label, blank, or a word the parser reads (info), else an error like a trend's. */
export function checkDoneCell(sink: IssueSink, at: GoalAt, parsed: Parsed<DoneMark>): void {
  if (!parsed.ok || parsed.normalised) vocabularyIssue(sink, at, parsed, DONE_COLUMN);
}

/** A goal marked done without a status: nothing to report as done. */
export function checkDoneWithoutStatus(sink: IssueSink, at: GoalAt): void {
  addIssue(
    sink,
    at,
    { code: "done-without-status", column: "status", value: "" },
    { key: "domain.issue.doneWithoutStatus", sharedAs: "done-without-status" },
  );
}

export function checkStatusCell(sink: IssueSink, at: GoalAt, parsed: Parsed<Status>): void {
  if (!parsed.ok || parsed.normalised) vocabularyIssue(sink, at, parsed, STATUS_COLUMN);
}

export function checkTrendCell(sink: IssueSink, at: GoalAt, parsed: Parsed<Trend>): void {
  if (!parsed.ok || parsed.normalised) vocabularyIssue(sink, at, parsed, TREND_COLUMN);
}

function vocabularyIssue<T extends Status | Trend | DoneMark>(
  sink: IssueSink,
  at: GoalAt,
  parsed: Parsed<T>,
  col: VocabularyColumn<T>,
): void {
  const value = parsed.input;
  const { column } = col;
  // The message depends only on the cell text (its parse is fixed for the run): shared.
  const sharedAs = `${column}\u0000${value}`;
  if (parsed.ok) {
    const canonical = parsed.canonical;
    addIssue(
      sink,
      at,
      { code: col.normalisable, column, value, suggestion: canonical },
      { key: col.normalisableKey, params: () => ({ value, canonical }), sharedAs },
    );
  } else if (parsed.ambiguous && col.ambiguousKey) {
    const [first, second] = parsed.ambiguous;
    addIssue(
      sink,
      at,
      { code: col.unknown, column, value },
      {
        key: col.ambiguousKey,
        params: (lang) => ({ value, first: col.label(first, lang), second: col.label(second, lang) }),
        sharedAs,
      },
    );
  } else if (parsed.notAssessed) {
    addIssue(
      sink,
      at,
      { code: col.unknown, column, value, suggestion: "" },
      { key: col.notAssessedKey, params: () => ({ value }), sharedAs },
    );
  } else {
    addIssue(
      sink,
      at,
      { code: col.unknown, column, value },
      {
        key: col.unknownKey,
        params: (lang) => ({ value, labels: joinOr(col.labels(lang), lang) }),
        sharedAs,
      },
    );
  }
}

/** A status or trend value of a structure's goal that is not one of the known values. */
export function unknownValueIssue(
  sink: IssueSink,
  at: GoalAt,
  column: "status" | "trend",
  value: string,
): void {
  const col = column === "status" ? STATUS_COLUMN : TREND_COLUMN;
  addIssue(
    sink,
    at,
    { code: col.unknown, column, value },
    { key: col.unknownKey, params: (lang) => ({ value, labels: joinOr(col.labels(lang), lang) }) },
  );
}

/** Status null ("not assessed"): a warning, which names the trend when there is one. */
export function checkUnassessed(sink: IssueSink, at: GoalAt, trend: Trend | null): void {
  if (trend !== null) {
    addIssue(
      sink,
      at,
      { code: "trend-without-status", column: "status", value: "" },
      {
        key: "domain.issue.trendWithoutStatus",
        params: (lang) => ({ trend: trendLabel(trend, lang) }),
        sharedAs: `trend-without-status:${trend}`,
      },
    );
  } else {
    addIssue(
      sink,
      at,
      { code: "missing-status", column: "status", value: "" },
      { key: "domain.issue.missingStatus", sharedAs: "missing-status" },
    );
  }
}
