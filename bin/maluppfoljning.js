#!/usr/bin/env node
"use strict";
// The CLI is compiled by `npm ci` (the `prepare` script) into lib/.

// A reader that stops early (`… | head`) closes the pipe: what it wanted has been written, so
// the CLI ends quietly instead of with Node's "write EPIPE" stack trace.
process.stdout.on("error", (err) => {
  if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
require("../lib/cli/main.js")
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`maluppfoljning: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
