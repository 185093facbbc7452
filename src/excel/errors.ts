// Errors the user can act on. Every failure of a command reaches the task pane as an AddinError
// with a message in both languages and, above all, what became of the workbook: unchanged, done,
// or partly done. Each command is idempotent, so "try again" is always the advice after a fault.
import { both, type StringKey } from "../i18n/adapterStrings";

export type AddinErrorCode =
  | "requirements"
  | "protected-sheet"
  | "sheet-name-taken"
  /** The goal table is filtered: writing its rows is refused, the user's filter left as it is. */
  | "filtered-table"
  /** A co-author sorted the goal table or inserted rows between the read and the write (guard.ts). */
  | "table-changed"
  | "table-missing"
  | "header-missing"
  | "sheet-missing"
  | "sync-failed-nothing-applied"
  | "sync-failed-partly-applied"
  | "sync-failed-unknown"
  | "too-large"
  | "invalid-input"
  /** A rollover refused because the validation found errors; confirming (force) overrides it. */
  | "validation-errors";

/**
 * How much of the command's writes reached the workbook, when a write was under way:
 * "none" (unchanged), "partial" (some), "all" (done; only the answer was lost), "unknown".
 */
export type Applied = "none" | "partial" | "all" | "unknown";

export type AddinErrorState = "unchanged" | "complete" | "unknown";

export class AddinError extends Error {
  readonly code: AddinErrorCode;
  readonly messages: { sv: string; en: string };
  /** "unchanged": nothing was written; "complete": it was all written; "unknown": partly or unknown. */
  readonly state: AddinErrorState;
  /** Finer than `state`: "partial" when the adapter knows part of the writes landed. */
  readonly applied: Applied;
  /** Office.js error code behind this error, when there was one (e.g. "ConnectionFailure"). */
  readonly officeCode: string | null;

  constructor(
    code: AddinErrorCode,
    messages: { sv: string; en: string },
    applied: Applied = "none",
    officeCode: string | null = null,
  ) {
    super(messages.en);
    this.name = "AddinError";
    this.code = code;
    this.messages = messages;
    this.applied = applied;
    this.state = applied === "none" ? "unchanged" : applied === "all" ? "complete" : "unknown";
    this.officeCode = officeCode;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function addinError(
  code: AddinErrorCode,
  key: StringKey,
  params?: Record<string, string | number>,
  applied: Applied = "none",
): AddinError {
  return new AddinError(code, both(key, params), applied);
}

/** The `code` of an OfficeExtension.Error (or anything shaped like it), else null. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

export type Operation =
  | "load"
  | "validate"
  | "fix"
  | "format"
  | "summary"
  | "select"
  | "rollover"
  | "historyImport"
  | "collect"
  | "split"
  | "kolada";

const OPERATION_KEY: Record<Operation, StringKey> = {
  load: "xl.op.load",
  validate: "xl.op.validate",
  fix: "xl.op.fix",
  format: "xl.op.format",
  summary: "xl.op.summary",
  select: "xl.op.select",
  rollover: "xl.op.rollover",
  historyImport: "xl.op.historyImport",
  collect: "xl.op.collect",
  split: "xl.op.split",
  kolada: "xl.op.kolada",
};

function reasonParams(code: string | null): { sv: string; en: string } {
  const key: StringKey =
    code === "ConnectionFailure"
      ? "xl.sync.reason.connection"
      : code === "AccessDenied"
        ? "xl.sync.reason.protected"
        : code === "RequestPayloadSizeLimitExceeded"
          ? "xl.sync.reason.tooLarge"
          : code === "ResponsePayloadSizeLimitExceeded"
            ? "xl.sync.reason.responseTooLarge"
            : "xl.sync.reason.other";
  return both(key, { code: code ?? "?" });
}

/** Turns a failed sync into an AddinError that says how much was applied. */
export function syncFailure(operation: Operation, e: unknown, applied: Applied): AddinError {
  if (e instanceof AddinError) return e;
  const code = officeErrorCode(e);
  const reason = reasonParams(code);
  const op = { sv: both(OPERATION_KEY[operation]).sv, en: both(OPERATION_KEY[operation]).en };
  const key: StringKey =
    applied === "none" ? "xl.sync.unchanged" : applied === "partial" ? "xl.sync.partial" : "xl.sync.unknown";
  const messages = {
    sv: both(key, { operation: op.sv, reason: reason.sv }).sv,
    en: both(key, { operation: op.en, reason: reason.en }).en,
  };
  const errorCode: AddinErrorCode =
    applied === "none"
      ? "sync-failed-nothing-applied"
      : applied === "partial"
        ? "sync-failed-partly-applied"
        : "sync-failed-unknown";
  return new AddinError(errorCode, messages, applied, code);
}
