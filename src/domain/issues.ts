// Issues: what validation reports, one per problem cell, each with a code, a severity, the
// offending value, a fix when one is certain, and a message in both languages.
import { t } from "../i18n";
import type { Params, StringKey } from "../i18n";
import type { ColumnKey } from "./columns";
import type { Bilingual, HistoryField, Lang } from "./types";

export type Severity = "error" | "warning" | "info";

export type IssueCode =
  | "unknown-status"
  | "unknown-trend"
  | "trend-without-status"
  | "done-without-status"
  | "unknown-done"
  | "normalisable-done"
  | "missing-status"
  | "duplicate-id"
  | "missing-id"
  | "missing-text"
  | "unknown-program"
  | "unknown-area"
  | "text-too-long"
  | "normalisable-status"
  | "normalisable-trend"
  | "invalid-sdg"
  | "history-bad-year"
  | "history-unknown-goal"
  | "history-duplicate"
  | "history-unknown-status"
  | "history-unknown-trend"
  | "indicator-bad-value"
  | "indicator-bad-row"
  | "indicator-unknown-goal"
  | "indicator-duplicate"
  | "rules-unreadable"
  | "differs-from-suggestion";

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
  /**
   * Set for an issue of the history table (src/domain/history.ts): its 0-based body row and
   * column there. `row` is then -1 and `column` null: the issue is no goal-table cell.
   */
  history?: { row: number; field: HistoryField };
  /**
   * Set for an issue of the indicator table (src/plan/indicatorRead.ts): its 0-based body row and
   * column position there. `row` is then -1 and `column` null, as for the history's.
   */
  indicator?: { row: number; column: number };
  /**
   * Set for an issue of a cell outside the goal, history and indicator tables (the structure
   * sheet's suggestion rules): the cell's "Sheet!A1" address.
   */
  at?: string;
}

/** The severity of each code: errors make the input invalid (CLI exit 1), warnings and info do not. */
export const SEVERITY: Record<IssueCode, Severity> = {
  "unknown-status": "error",
  "unknown-trend": "error",
  "unknown-done": "error",
  "duplicate-id": "error",
  "missing-id": "error",
  "missing-text": "error",
  "unknown-program": "error",
  "unknown-area": "error",
  "text-too-long": "error",
  "invalid-sdg": "error",
  "history-bad-year": "error",
  "history-duplicate": "error",
  "history-unknown-status": "error",
  "history-unknown-trend": "error",
  "history-unknown-goal": "warning",
  "indicator-bad-value": "error",
  "indicator-bad-row": "error",
  "indicator-duplicate": "error",
  "rules-unreadable": "warning",
  "indicator-unknown-goal": "warning",
  "trend-without-status": "warning",
  "done-without-status": "warning",
  "missing-status": "warning",
  "normalisable-status": "info",
  "normalisable-trend": "info",
  "normalisable-done": "info",
  // The official's assessment stays theirs: a differing suggestion is for their information.
  "differs-from-suggestion": "info",
};

/**
 * True for information that is advice, not a finding about the cell: the goal's status or trend
 * differs from its indicators' suggestion. It never changes an exit code or blocks a command.
 */
export function isAdvisory(issue: Pick<Issue, "code">): boolean {
  return issue.code === "differs-from-suggestion";
}

/** True when any issue is an error (the CLI's exit code 1). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
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

/** Values longer than this are shortened in Issue.value, so one huge cell cannot flood a report. */
const VALUE_PREVIEW = 80;

export function preview(value: string): string {
  return value.length > VALUE_PREVIEW ? `${value.slice(0, VALUE_PREVIEW - 1)}…` : value;
}

/** The goal an issue is about: its row and its (trimmed) id, "" when it has none. */
export interface GoalAt {
  row: number;
  goalId: string;
}

/** What an issue is about, within its goal. */
export interface IssueDraft {
  code: IssueCode;
  column: ColumnKey | null;
  value: string;
  /** Default null: no certain fix. */
  suggestion?: string | null;
}

/** An issue's message: its text, and its parameters per language. */
export interface MessageSpec {
  key: StringKey;
  params?: (lang: Lang) => Params;
  /**
   * Set when the message depends on this key only, not on the row: the message is then built once
   * per run and shared (frozen), as messages like "not assessed" repeat on many rows.
   */
  sharedAs?: string;
}

/** Collects the issues of one validation run. */
export interface IssueSink {
  issues: Issue[];
  shared: Map<string, Bilingual>;
}

export function newIssueSink(): IssueSink {
  return { issues: [], shared: new Map() };
}

function bilingual(spec: MessageSpec): Bilingual {
  const params = spec.params ?? ((): Params => ({}));
  return { sv: t("sv", spec.key, params("sv")), en: t("en", spec.key, params("en")) };
}

function messageOf(sink: IssueSink, spec: MessageSpec): Bilingual {
  if (spec.sharedAs === undefined) return bilingual(spec);
  let message = sink.shared.get(spec.sharedAs);
  if (message === undefined) {
    message = Object.freeze(bilingual(spec));
    sink.shared.set(spec.sharedAs, message);
  }
  return message;
}

export function addIssue(sink: IssueSink, at: GoalAt, draft: IssueDraft, spec: MessageSpec): Issue {
  const { code, column, value } = draft;
  const issue: Issue = {
    code,
    severity: SEVERITY[code],
    row: at.row,
    column,
    value: preview(value),
    suggestion: draft.suggestion ?? null,
    message: messageOf(sink, spec),
  };
  if (at.goalId !== "") issue.goalId = at.goalId;
  sink.issues.push(issue);
  return issue;
}
