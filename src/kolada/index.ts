// Kolada (https://www.kolada.se), API v3: a client with an injected transport, and the filling of
// Kolada-sourced indicators. Free of Node and browser I/O APIs; the CLI brings the transport.
export * from "./transport";
export * from "./client";
export * from "./fill";
export * from "./csv";
export * from "./exportFile";
export * from "./fileFill";
export * from "./exportRead";
