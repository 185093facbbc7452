// Checks every corpus case must pass, whatever its input: these are the promises "none crashes",
// "none writes a formula from text" and "nothing in a file runs" in testable form.
import type { Fragments } from "../corpus/cases";
import { ownedNamePrefix } from "../../src/plan/ownership";

/** Functions the add-in's own formulas use (the summary units in src/plan/summary/ build COUNTIFS, arithmetic and the report text). */
// IF, AND, OR, INT, MOD, RIGHT: the report text, the unknown-values line and the shares on the summary sheet.
export const OUR_FUNCTIONS = new Set([
  "COUNTIFS",
  "COUNTIF",
  "SUM",
  "IF",
  "AND",
  "OR",
  "INT",
  "MOD",
  "RIGHT",
  // The live counts: the parser's rules as formulas over the goal table's columns, in the
  // summary's defined names (src/plan/summary/live.ts, src/plan/vocabularyFormula.ts).
  "SUMPRODUCT",
  "MMULT",
  "SUBSTITUTE",
  "LOWER",
  "TRIM",
  "LEFT",
  "MID",
  "LEN",
  "CHAR",
]);

/** The summary's own defined names, as they appear in its formulas. */
const OUR_NAME = new RegExp(`\\b${ownedNamePrefix("summary")}[A-Za-z0-9]+\\b`, "g");

const STRING_LITERAL = /"(?:[^"]|"")*"/g;
// A structured reference: Table[Column] with ' escaping [ ] # ' inside the brackets.
const STRUCTURED_REF = /[A-Za-z_][A-Za-z0-9_.]*\[(?:[^\]']|'.)*\]/g;
const FUNCTION_CALL = /([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;
// What may remain once literals and structured references are gone: cell references, numbers,
// operators, parentheses, commas, and the placeholders.
// Comparisons and & for the report text, the unknown-values line and the shares.
// { } ; the array constants of the live names (their words are string literals); N our names.
const REMAINDER = /^[A-Z0-9$:(),+\-*/ .SRN=<>&{};]*$/;

/**
 * Why a formula found in a workbook cannot be one the add-in wrote, or null when it can be.
 * String literals are removed first, so a name such as `"),HYPERLINK("…` inside a COUNTIFS
 * criterion is fine, while a HYPERLINK (or anything but our functions) outside a literal is not.
 */
export function foreignFormula(formula: string): string | null {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const stripped = body.replace(STRING_LITERAL, "S").replace(STRUCTURED_REF, "R").replace(OUR_NAME, "N");
  for (const m of stripped.matchAll(FUNCTION_CALL)) {
    if (!OUR_FUNCTIONS.has(m[1].toUpperCase())) return `calls ${m[1]}`;
  }
  const withoutCalls = stripped.replace(FUNCTION_CALL, "(");
  if (!REMAINDER.test(withoutCalls)) return `unexpected text ${JSON.stringify(withoutCalls.slice(0, 80))}`;
  return null;
}

// C0 controls except tab and line feed, DEL, and the C1 controls (U+009B is a one-character CSI).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** The first character that could drive a terminal (escape sequences, carriage-return overwrites). */
export function terminalUnsafe(text: string): string | null {
  const m = TERMINAL_UNSAFE.exec(text);
  if (!m) return null;
  const code = m[0].charCodeAt(0).toString(16).padStart(4, "0");
  return `U+${code.toUpperCase()} at ${m.index}: ${JSON.stringify(text.slice(Math.max(0, m.index - 20), m.index + 20))}`;
}

/** Signs of a crash in program output: a stack trace or an engine error name. */
export function crashSigns(text: string): string | null {
  const patterns: [RegExp, string][] = [
    [/^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/m, "stack frame"],
    [/\b(TypeError|RangeError|ReferenceError|SyntaxError|InternalError)\b/, "engine error"],
    [/node:internal|UnhandledPromiseRejection|unhandled rejection/i, "unhandled error"],
    [/Maximum call stack size exceeded/, "stack overflow"],
  ];
  for (const [re, what] of patterns) {
    const m = re.exec(text);
    if (m) return `${what}: ${m[0].trim()}`;
  }
  return null;
}

/** Fragments missing from `text` (empty when all are there). */
export function missingFragments(text: string, fragments: readonly string[]): string[] {
  return fragments.filter((f) => !text.includes(f));
}

/** Fragments (both languages) missing from a message pair. */
export function missingBilingual(
  message: { sv: string; en: string },
  fragments: Fragments | undefined,
): { sv: string[]; en: string[] } {
  if (!fragments) return { sv: [], en: [] };
  return { sv: missingFragments(message.sv, fragments.sv), en: missingFragments(message.en, fragments.en) };
}

/** A text as something a failure message can show: long texts by length, ends and a checksum. */
export function showText(value: unknown): unknown {
  if (typeof value !== "string" || value.length <= 200) return value;
  let sum = 0;
  for (let i = 0; i < value.length; i++) sum = (sum * 31 + value.charCodeAt(i)) >>> 0;
  return { length: value.length, head: value.slice(0, 40), tail: value.slice(-40), checksum: sum };
}
