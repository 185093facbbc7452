/** Instrumentation: what the adapter's performance claims are measured against. */

export interface RequestStat {
  /** UTF-8 bytes of the request body as Office.js would serialise it (actions + object paths). */
  bytes: number;
  /** Number of queued commands (property sets, method calls, loads) in the request. */
  commands: number;
  /** UTF-8 bytes of the loaded values returned (0 when nothing was loaded or the request failed early). */
  responseBytes: number;
  /** Error code when the request failed. */
  failed?: string;
}

export interface Stats {
  /** Every `context.sync()`, including the flush `Excel.run` makes for commands left queued. */
  syncs: number;
  /** Syncs that carried at least one command (an empty sync sends nothing, as in Office.js). */
  requests: RequestStat[];
  /** Largest request seen, in bytes. */
  maxRequestBytes: number;
  /** Largest response seen, in bytes. */
  maxResponseBytes: number;
  /** Sum of all request bytes. */
  totalRequestBytes: number;
}

export function newStats(): Stats {
  return { syncs: 0, requests: [], maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0 };
}

export function resetStats(s: Stats): void {
  Object.assign(s, newStats());
}

export function recordRequest(s: Stats, r: RequestStat): void {
  s.requests.push(r);
  s.maxRequestBytes = Math.max(s.maxRequestBytes, r.bytes);
  s.maxResponseBytes = Math.max(s.maxResponseBytes, r.responseBytes);
  s.totalRequestBytes += r.bytes;
}

const encoder = new TextEncoder();

/** UTF-8 length without allocating for the common ASCII case. */
export function utf8Length(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  return encoder.encode(text).length;
}
