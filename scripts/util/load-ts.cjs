"use strict";
// Loads a TypeScript file (its relative imports of other .ts files loaded the same way, besides
// packages and node: modules) into a Node script that cannot import .ts itself: webpack.config.js, scripts/start.mjs and
// scripts/stop.mjs use it for src/i18n/ui.ts and scripts/check-manifest.ts. Reading the source on
// every run (instead of the compiled lib/) means an edited string or check is never stale.
// Type checking is `npm run typecheck`'s job; here TypeScript only strips types.
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");

const cache = new Map();

/** The exports of the TypeScript file `file`, compiled to CommonJS in memory. */
function loadTs(file) {
  const full = path.resolve(file);
  if (cache.has(full)) return cache.get(full);
  const ts = require("typescript");
  const { outputText } = ts.transpileModule(fs.readFileSync(full, "utf8"), {
    fileName: full,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
  });
  const mod = new Module(full, module);
  mod.filename = full;
  // Resolve packages from the file's own folder, as `require` would for a .js file there.
  mod.paths = Module._nodeModulePaths(path.dirname(full));
  // A relative import names a TypeScript file beside it ("./check-runtime"), compiled the same way.
  mod.require = (id) =>
    id.startsWith(".")
      ? loadTs(path.resolve(path.dirname(full), id.endsWith(".ts") ? id : `${id}.ts`))
      : Module.prototype.require.call(mod, id);
  mod._compile(outputText, full);
  cache.set(full, mod.exports);
  return mod.exports;
}

module.exports = { loadTs };
