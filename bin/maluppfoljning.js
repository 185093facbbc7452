#!/usr/bin/env node
"use strict";
// The CLI is compiled by `npm ci` (the `prepare` script) into lib/.
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
