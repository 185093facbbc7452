// Requests the page's Content-Security-Policy refused. office.js loads further scripts and talks to
// Microsoft's services from hosts Microsoft does not list; if one it needs is refused,
// Office.onReady never settles and the pane could only say "not in Excel". Collected from the
// browser's securitypolicyviolation events (where the browser raises them), so that message can
// name what was blocked and an admin can act on it.

import { cspViolation, type CspViolation } from "../office/cspViolation";

export type BlockedRequest = CspViolation;

/** At most this many distinct refusals are kept: a loop of refused requests must not grow memory. */
export const MAX_BLOCKED = 20;

let pageWatch: (() => BlockedRequest[]) | null = null;

/** What the page's watcher (index.tsx, from the page's start) has heard; none without one. */
export function pageBlocked(): BlockedRequest[] {
  return pageWatch ? pageWatch() : [];
}

/**
 * Starts listening on `target` (the document) and returns a function giving the distinct
 * refusals so far, in the order they happened.
 */
export function watchBlockedRequests(target: Pick<EventTarget, "addEventListener">): () => BlockedRequest[] {
  const seen = new Map<string, BlockedRequest>();
  pageWatch = () => [...seen.values()];
  target.addEventListener("securitypolicyviolation", (event) => {
    const { uri, directive } = cspViolation(event);
    const key = `${uri} ${directive}`;
    if (!seen.has(key) && seen.size < MAX_BLOCKED) seen.set(key, { uri, directive });
  });
  return () => [...seen.values()];
}
