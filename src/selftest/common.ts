// Small helpers the checks share: outcomes, error texts, and sending a WriteBatch the way the
// transport does (queue every op, one sync).
import type { WriteBatch } from "../excel/batch";
import { officeErrorCode } from "../excel/errors";
import type { CheckOutcome } from "./types";

export const passed = (): CheckOutcome => ({ ok: true, detail: { key: "st.detail.ok" } });

/** A value as the report shows it: JSON, so that "1.10" and 1.1 read differently. */
export function shown(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

export function mismatch(expected: unknown, actual: unknown): CheckOutcome {
  return {
    ok: false,
    detail: { key: "st.detail.expected", params: { expected: shown(expected), actual: shown(actual) } },
  };
}

/** Passes when `actual` equals `expected` (compared as JSON). */
export function expectEqual(expected: unknown, actual: unknown): CheckOutcome {
  return shown(expected) === shown(actual) ? passed() : mismatch(expected, actual);
}

/** "InvalidArgument: The argument is invalid …" from whatever a sync rejected with. */
export function errorText(e: unknown): string {
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

export function failedWith(e: unknown): CheckOutcome {
  return { ok: false, detail: { key: "st.detail.error", params: { error: errorText(e) } } };
}

/** Queues every op of the batch, as the transport does before its sync. */
export function queueBatch(context: Excel.RequestContext, batch: WriteBatch): void {
  for (const op of batch.ops) op.queue(context);
}

/** The first outcome that failed, else a pass: for checks made of several comparisons. */
export function all(...outcomes: CheckOutcome[]): CheckOutcome {
  return outcomes.find((o) => !o.ok) ?? passed();
}

/** For the checks' small grids: large enough that the renderer never slices them. */
export const SMALL_GRID_BUDGET = 100_000;

/** The check's outcome, or its error as a failure: a check never throws. */
export async function guarded(body: () => Promise<CheckOutcome>): Promise<CheckOutcome> {
  try {
    return await body();
  } catch (e) {
    return failedWith(e);
  }
}
