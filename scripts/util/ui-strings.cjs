"use strict";
// The ui strings (src/i18n/ui.ts) for the Node scripts: every message they print is shown in
// Swedish first, then English, like the rest of the add-in.
const path = require("node:path");
const { loadTs } = require("./load-ts.cjs");

const ROOT = path.resolve(__dirname, "..", "..");

function fill(template, params) {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** `key` in both languages, `{name}` placeholders filled from `params`. */
function both(key, params) {
  const ui = loadTs(path.join(ROOT, "src", "i18n", "ui.ts"));
  if (!(key in ui.sv)) throw new Error(`unknown ui string ${key}`);
  return { sv: fill(ui.sv[key], params), en: fill(ui.en[key], params) };
}

/** `key` as one printable block: the Swedish text, then the English text. */
function bilingual(key, params) {
  const { sv, en } = both(key, params);
  return sv.includes("\n") || en.includes("\n") ? `${sv}\n\n${en}` : `${sv}\n${en}`;
}

module.exports = { both, bilingual, ROOT };
