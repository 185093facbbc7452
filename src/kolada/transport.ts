// The one way the Kolada client reaches the network: a function it is given. The CLI passes a
// Node fetch-based one (src/cli/transport.ts), tests a local server's; the client itself never
// touches fetch, XMLHttpRequest or any other platform API for I/O.

export interface TransportResponse {
  status: number;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  /** The body as text; the client parses it. */
  text: string;
}

/** GET `url`; must stop (reject) when `signal` aborts. Rejects only for network failures. */
export type Transport = (url: string, init: { signal: AbortSignal }) => Promise<TransportResponse>;
