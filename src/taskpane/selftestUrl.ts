// Whether the pane was opened for the self-test: the task pane's address with "#selftest" (or
// "?selftest"), which an admin types in; no button leads there, so officials never stumble into it.
export function isSelfTestUrl(location: { hash: string; search: string } | undefined): boolean {
  if (!location) return false;
  if (location.hash.toLowerCase() === "#selftest") return true;
  return new URLSearchParams(location.search).has("selftest");
}
