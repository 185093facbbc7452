// A Content-Security-Policy refusal as the browser reports it (a securitypolicyviolation event on
// the document), read in one place for the pane's page watcher (src/taskpane/blocked.ts) and the
// self-test's check (src/selftest/checks-csp.ts), so both name a refusal the same way.

export interface CspViolation {
  /** The refused address as the browser reports it (often only its origin), or "inline". */
  uri: string;
  /** The CSP directive that refused it, e.g. "script-src-elem". */
  directive: string;
}

/** The event fields used; `SecurityPolicyViolationEvent` in browsers. */
interface ViolationLike {
  blockedURI?: string;
  effectiveDirective?: string;
  violatedDirective?: string;
}

export function cspViolation(event: Event): CspViolation {
  const v = event as unknown as ViolationLike;
  return {
    uri: v.blockedURI !== undefined && v.blockedURI !== "" ? v.blockedURI : "inline",
    directive: v.effectiveDirective ?? v.violatedDirective ?? "",
  };
}
