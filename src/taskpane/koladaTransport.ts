// The Kolada client's transport in the task pane: the browser's fetch, which the page's CSP lets
// reach Kolada's API host only (connect-src in taskpane.html). No cookies or credentials go with
// the request; a blocked, offline or CORS-refused request rejects (a TypeError), which the client
// reports as a network failure and the pane as "Kolada could not be reached".
import type { Transport } from "../kolada/transport";

/** The fetch to use; the window's by default (tests pass Node's or a fake). */
export function browserTransport(fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (url, { signal }) => {
    const response = await fetchImpl(url, {
      signal,
      method: "GET",
      headers: { accept: "application/json" },
      credentials: "omit",
      mode: "cors",
      cache: "no-store",
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return { status: response.status, headers, text: await response.text() };
  };
}
