// Requests the page's Content-Security-Policy refused while the self-test ran. If a host office.js
// needs is refused, parts of Office.js fail in ways no other check explains; the browser reports
// each refusal as a securitypolicyviolation event on the document, where it raises them at all.
// The listener starts with the run (run.ts), seeded with what the page heard since it started
// (office.js's refused hosts show while it loads), and the check, the last before the clean-up,
// reports what it heard.
import { cspViolation, type CspViolation } from "../office/cspViolation";
import type { Check, Scratch, SecurityEvents } from "./types";

/** At most this many distinct refusals are named: a loop of refused requests must not flood the report. */
export const MAX_NAMED = 10;
/** Distinct refusals kept at most (the report names the first MAX_NAMED and counts the rest). */
const MAX_HEARD = 1_000;

export interface CspWatch {
  /** "script-src-elem https://cdn.example/x.js", distinct, in the order they happened. */
  blocked(): string[];
  stop(): void;
}

/** Listens on `events` until stop(), after the refusals `before` it; null when there is nothing to listen on. */
export function watchCsp(
  events: SecurityEvents | null | undefined,
  before: readonly CspViolation[] = [],
): CspWatch | null {
  if (!events) return null;
  const named = (v: CspViolation): string => `${v.directive} ${v.uri}`.trim();
  const seen = new Set<string>(before.map(named));
  const listener = (event: Event): void => {
    // Bounded: a page refusing a request in a loop must not grow this for the whole run.
    if (seen.size < MAX_HEARD) seen.add(named(cspViolation(event)));
  };
  events.addEventListener("securitypolicyviolation", listener);
  return {
    blocked: () => [...seen],
    stop: () => events.removeEventListener("securitypolicyviolation", listener),
  };
}

/** Each run's watch, by its scratch (a run's own object), for the check to read. */
const watches = new WeakMap<Scratch, CspWatch | null>();

export function startCspWatch(
  scratch: Scratch,
  events: SecurityEvents | null | undefined,
  before: readonly CspViolation[] = [],
): CspWatch | null {
  const watch = watchCsp(events, before);
  watches.set(scratch, watch);
  return watch;
}

export const cspCheck: Check = {
  id: "csp-blocked",
  description: { key: "st.check.csp" },
  approximation: "st.approx.csp",
  needsSheet: false,
  async run(_host, scratch) {
    const watch = watches.get(scratch) ?? null;
    if (!watch) return { ok: false, skipped: true, detail: { key: "st.detail.cspUnavailable" } };
    const blocked = watch.blocked();
    if (blocked.length === 0) return { ok: true, detail: { key: "st.detail.cspNone" } };
    const named = blocked.slice(0, MAX_NAMED).join(", ");
    const what = blocked.length > MAX_NAMED ? `${named}, … (${blocked.length})` : named;
    return { ok: false, detail: { key: "st.detail.cspBlocked", params: { what } } };
  },
};
