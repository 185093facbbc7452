// The Kolada client's transport under Node: the built-in fetch (Node 20 and later). Only the CLI
// uses it; the client in src/kolada is handed it and stays free of Node APIs.
import type { Transport } from "../kolada";

export const nodeTransport: Transport = async (url, { signal }) => {
  const response = await fetch(url, { signal, headers: { accept: "application/json" } });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { status: response.status, headers, text: await response.text() };
};
