// Status, trend and done-mark vocabulary: the labels the goal table shows, and a forgiving parser for what
// officials really type (any case, stray or non-breaking spaces, Swedish or English words,
// arrows and +/=/- symbols). The parser is on the hot path of validation (one call per cell
// for 100,000-row tables), so it does one Map lookup for exact labels and only normalises
// the text when that misses; every regular expression is compiled once, here.
import { t } from "../i18n";
import type { Lang, Status, Trend } from "./types";
import { LANGS, STATUSES, TRENDS } from "./types";

/** Results may be shared between calls and are then frozen: treat them as read-only. */
export interface Parsed<T> {
  /** The recognised value; null when the input is blank or not recognised. */
  value: T | null;
  /** False when the input is not blank and not recognised. */
  ok: boolean;
  /** True when the input was recognised but differs from the canonical label in `lang`. */
  normalised: boolean;
  /** The input as text ("" for null/undefined). */
  input: string;
  /** The label in `lang` when ok and value != null, else the input unchanged. */
  canonical: string;
  /** Set when the input could mean several values (e.g. "G": grön or gul); ok is then false. */
  ambiguous?: T[];
  /** Set when the input is a word for "not assessed" (e.g. "ej bedömd"); ok is then false and
   * the fix is to leave the cell empty. */
  notAssessed?: boolean;
}

const STATUS_KEYS = {
  red: "domain.status.red",
  yellow: "domain.status.yellow",
  green: "domain.status.green",
} as const;
const TREND_KEYS = { up: "domain.trend.up", flat: "domain.trend.flat", down: "domain.trend.down" } as const;

/** "Röd"/"Gul"/"Grön" or "Red"/"Yellow"/"Green". */
export function statusLabel(s: Status, lang: Lang): string {
  return t(lang, STATUS_KEYS[s]);
}

/** "Uppåt"/"Oförändrad"/"Nedåt" or "Up"/"Flat"/"Down". */
export function trendLabel(tr: Trend, lang: Lang): string {
  return t(lang, TREND_KEYS[tr]);
}

/** The done mark's one value: a goal is marked done, or its cell is blank. */
export type DoneMark = "done";
const DONE_MARKS: readonly DoneMark[] = ["done"];

/** "Ja" or "Yes": the done column's label and its dropdown's one entry. */
export function doneLabel(lang: Lang): string {
  return t(lang, "domain.done.yes");
}

/** Labels in STATUSES order, e.g. for a dropdown list. */
export function statusLabels(lang: Lang): string[] {
  return STATUSES.map((s) => statusLabel(s, lang));
}

/** Labels in TRENDS order, e.g. for a dropdown list. */
export function trendLabels(lang: Lang): string[] {
  return TRENDS.map((tr) => trendLabel(tr, lang));
}

// Words (after normalisation: lower case, single spaces, no trailing dots) for each value.
// The labels of both languages are added from i18n below, so a changed label is still accepted.
const STATUS_WORDS: Record<Status, readonly string[]> = {
  red: ["röd", "rod", "rött", "rott", "röda", "roda", "red", "r", "rd", "🔴"],
  yellow: ["gul", "gult", "gula", "yellow", "amber", "y", "🟡"],
  green: ["grön", "gron", "grönt", "gront", "gröna", "grona", "green", "🟢"],
};

// "G" is deliberately not here: Swedish officials use it for both grön and gul, so guessing
// would silently miscount. It is reported as ambiguous instead (see AMBIGUOUS_STATUS).
const AMBIGUOUS_STATUS = new Map<string, Status[]>([["g", ["green", "yellow"]]]);

const TREND_WORDS: Record<Trend, readonly string[]> = {
  up: [
    "uppåt",
    "uppat",
    "upp",
    "positiv",
    "positivt",
    "ökande",
    "up",
    "upward",
    "upwards",
    "increasing",
    "improving",
    "↑",
    "⬆",
    "↗",
    "⇧",
    "+",
  ],
  flat: [
    "oförändrad",
    "oförändrat",
    "oforandrad",
    "oforandrat",
    "rakt fram",
    "rakt",
    "neutral",
    "stabil",
    "flat",
    "unchanged",
    "stable",
    "→",
    "➡",
    "↔",
    "⇨",
    "=",
  ],
  // "-" and the minus sign are trend symbols here. The en dash is not: in Swedish tables it
  // usually means "nothing", so it is reported as unrecognised rather than read as "down".
  down: [
    "nedåt",
    "nedat",
    "ned",
    "negativ",
    "negativt",
    "down",
    "downward",
    "downwards",
    "decreasing",
    "worsening",
    "↓",
    "⬇",
    "↘",
    "⇩",
    "-",
    "−",
  ],
};

// What officials type for "done" besides the labels (a tick, an x, "klar", true).
const DONE_WORDS: Record<DoneMark, readonly string[]> = {
  done: [
    "ja",
    "j",
    "yes",
    "x",
    "✓",
    "✔",
    "✅",
    "☑",
    "klar",
    "klart",
    "klarmarkerad",
    "done",
    "sant",
    "true",
    "1",
  ],
};

// Words that mean "not done": the fix is an empty cell, the column's only other value.
const NOT_DONE_WORDS = ["nej", "no", "n", "ej klar", "inte klar", "not done", "falskt", "false", "0", "-"];

// Words that mean "no value": the fix is an empty cell, never a guessed value.
const NOT_ASSESSED_WORDS = [
  "ej bedömd",
  "ej bedömt",
  "ej bedömda",
  "inte bedömd",
  "inte bedömt",
  "ej bed",
  "not assessed",
  "n/a",
  "saknas",
  "trend saknas",
  "missing",
  "no trend",
];

/**
 * Characters the parser treats as whitespace: what JavaScript's \s matches except U+FEFF (the
 * byte order mark), which LibreOffice drops from a formula's string literal, so no formula could
 * replace it; a cell holding one is rejected (validation reports it). Exported so the workbook's
 * formulas (src/plan/vocabularyFormula.ts) replace the same characters by a space; the regular
 * expression below is built from this list, so the two cannot drift.
 */
export const WHITESPACE_CHARS: readonly string[] = [
  "\t",
  "\n",
  "\v",
  "\f",
  "\r",
  " ",
  "\u00A0",
  "\u1680",
  ..."\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A",
  "\u2028",
  "\u2029",
  "\u202F",
  "\u205F",
  "\u3000",
];

/** Zero-width characters, soft hyphen and emoji variation selectors: invisible, often pasted, and
 * removed before anything else (also by the workbook's formulas). */
export const INVISIBLE_CHARS: readonly string[] = [
  "\u00AD",
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFE0E",
  "\uFE0F",
];

/**
 * What Unicode normalisation (NFC) followed by lower-casing does to the letters of the vocabulary
 * that a formula cannot do by itself: decomposed ö ä å (after LOWER) and the Kelvin and Ångström
 * signs. A formula applies these replacements after LOWER; the parser's NFC does the same and more,
 * but more never turns a text into a vocabulary word (a word has no other composable letters).
 */
export const FORMULA_FOLDS: ReadonlyArray<readonly [from: string, to: string]> = [
  ["\u212A", "k"],
  ["\u212B", "å"],
  ["o\u0308", "ö"],
  ["a\u0308", "ä"],
  ["a\u030A", "å"],
];

const charClass = (chars: readonly string[]): string =>
  chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
const INVISIBLE = new RegExp(`[${charClass(INVISIBLE_CHARS)}]`, "g");
const WHITESPACE_RUN = new RegExp(`[${charClass(WHITESPACE_CHARS)}]+`, "g");
const EDGE_SPACES = /^ +| +$/g;
const TRAILING_DOTS = /[ .]+$/;
const NEEDS_NFC = /[\u0080-\uFFFF]/;

/** Lower case, invisible characters removed, NFC, whitespace runs collapsed, trimmed, trailing dots
 * and spaces removed. Invisible characters go before NFC, so "o", a zero-width space and a
 * combining diaeresis make "ö", as in the workbook's formulas. Exported for tests and for other
 * vocabularies (program/area names). */
export function normaliseWord(input: string): string {
  let s = input;
  if (NEEDS_NFC.test(s)) s = s.replace(INVISIBLE, "").normalize("NFC");
  // Only spaces are left to trim (String.prototype.trim would also cut U+FEFF, which is not whitespace here).
  s = s.replace(WHITESPACE_RUN, " ").replace(EDGE_SPACES, "").toLowerCase();
  // "Grön." → "grön", but "..." stays "..." (unrecognised) rather than becoming blank.
  if (s.length > 1) {
    const stripped = s.replace(TRAILING_DOTS, "");
    if (stripped !== "") s = stripped;
  }
  return s;
}

interface Vocabulary<T extends string> {
  /** Exact canonical labels (both languages) → the parse result for each target language. */
  exact: Map<string, Record<Lang, Parsed<T>>>;
  /** The result for "", null and undefined. */
  blank: Parsed<T>;
  /** Normalised words → value. */
  words: Map<string, T>;
  ambiguous: Map<string, T[]>;
  notAssessed: Set<string>;
  /** Canonical label per language and value. */
  labels: Record<Lang, Record<T, string>>;
}

function buildVocabulary<T extends string>(
  values: readonly T[],
  label: (v: T, lang: Lang) => string,
  synonyms: Record<T, readonly string[]>,
  ambiguous: Map<string, T[]>,
  notAssessedWords: readonly string[] = NOT_ASSESSED_WORDS,
): Vocabulary<T> {
  const words = new Map<string, T>();
  const labels = { sv: {}, en: {} } as Record<Lang, Record<T, string>>;
  for (const lang of LANGS) {
    for (const v of values) {
      const l = label(v, lang);
      labels[lang][v] = l;
      words.set(normaliseWord(l), v);
    }
  }
  const exact = new Map<string, Record<Lang, Parsed<T>>>();
  for (const lang of LANGS) {
    for (const v of values) {
      const l = labels[lang][v];
      if (exact.has(l)) continue;
      const result = (target: Lang): Parsed<T> =>
        Object.freeze({
          value: v,
          ok: true,
          normalised: labels[target][v] !== l,
          input: l,
          canonical: labels[target][v],
        });
      exact.set(l, { sv: result("sv"), en: result("en") });
    }
  }
  const blank: Parsed<T> = Object.freeze({
    value: null,
    ok: true,
    normalised: false,
    input: "",
    canonical: "",
  });
  for (const v of values) {
    for (const w of synonyms[v]) {
      const key = normaliseWord(w);
      const earlier = words.get(key);
      // A word meaning two values would silently miscount; fail at load time instead.
      if (earlier !== undefined && earlier !== v)
        throw new Error(`vocabulary: "${w}" means both ${earlier} and ${v}`);
      words.set(key, v);
    }
  }
  const notAssessed = new Set(notAssessedWords.map(normaliseWord));
  return { exact, blank, words, ambiguous, notAssessed, labels };
}

const STATUS_VOCABULARY = buildVocabulary(STATUSES, statusLabel, STATUS_WORDS, AMBIGUOUS_STATUS);
const TREND_VOCABULARY = buildVocabulary(TRENDS, trendLabel, TREND_WORDS, new Map());
const DONE_VOCABULARY = buildVocabulary(
  DONE_MARKS,
  (_v, lang) => doneLabel(lang),
  DONE_WORDS,
  new Map(),
  NOT_DONE_WORDS,
);

/** Text of an unknown cell value without ever throwing (objects may have odd toString methods). */
export function inputText(input: unknown): string {
  switch (typeof input) {
    case "string":
      return input;
    case "undefined":
      return "";
    case "number":
    case "boolean":
    case "bigint":
      return String(input);
    case "symbol":
      return input.description ?? "";
    default:
      if (input === null) return "";
      try {
        return Object.prototype.toString.call(input);
      } catch {
        return "[object]";
      }
  }
}

function parseWith<T extends string>(vocabulary: Vocabulary<T>, input: unknown, lang: Lang): Parsed<T> {
  // Fast path, taken by almost every cell of a real table: an exact label or an empty cell gives a
  // shared, frozen result, so validating 100,000 rows allocates nothing here.
  if (input === "" || input === undefined || input === null) return vocabulary.blank;
  const text = inputText(input);
  const cached = vocabulary.exact.get(text);
  if (cached !== undefined) return cached[lang];
  const word = normaliseWord(text);
  if (word === "") return { value: null, ok: true, normalised: false, input: text, canonical: text };
  const value = vocabulary.words.get(word);
  if (value !== undefined) {
    return { value, ok: true, normalised: true, input: text, canonical: vocabulary.labels[lang][value] };
  }
  const ambiguous = vocabulary.ambiguous.get(word);
  if (ambiguous !== undefined) {
    return {
      value: null,
      ok: false,
      normalised: false,
      input: text,
      canonical: text,
      ambiguous: [...ambiguous],
    };
  }
  if (vocabulary.notAssessed.has(word)) {
    return { value: null, ok: false, normalised: false, input: text, canonical: text, notAssessed: true };
  }
  return { value: null, ok: false, normalised: false, input: text, canonical: text };
}

/** Parses a status cell. Blank → not assessed (value null, ok). Accepts both languages whatever `lang`
 * is; `lang` (default Swedish) decides the canonical label and so whether the input was normalised. */
export function parseStatus(input: unknown, lang: Lang = "sv"): Parsed<Status> {
  return parseWith(STATUS_VOCABULARY, input, lang);
}

/** Parses a trend cell; see parseStatus. "+", "=" and "-" are trend symbols. */
export function parseTrend(input: unknown, lang: Lang = "sv"): Parsed<Trend> {
  return parseWith(TREND_VOCABULARY, input, lang);
}

/** Parses a done cell; see parseStatus. Blank is "not done"; a word for "no" (notAssessed set) is
 * not an error-free blank, because the workbook's formulas count only the label. */
export function parseDone(input: unknown, lang: Lang = "sv"): Parsed<DoneMark> {
  return parseWith(DONE_VOCABULARY, input, lang);
}

/** Every word the parser accepts for "done" (normalised form), for documentation and tests. */
export function acceptedDoneWords(): Record<DoneMark, string[]> {
  return acceptedWords(DONE_VOCABULARY, DONE_MARKS);
}

/** Every word the parser accepts for each status (normalised form), for documentation and tests. */
export function acceptedStatusWords(): Record<Status, string[]> {
  return acceptedWords(STATUS_VOCABULARY, STATUSES);
}

/** Every word the parser accepts for each trend (normalised form), for documentation and tests. */
export function acceptedTrendWords(): Record<Trend, string[]> {
  return acceptedWords(TREND_VOCABULARY, TRENDS);
}

function acceptedWords<T extends string>(
  vocabulary: Vocabulary<T>,
  values: readonly T[],
): Record<T, string[]> {
  const out = {} as Record<T, string[]>;
  for (const v of values) out[v] = [];
  for (const [word, v] of vocabulary.words) out[v].push(word);
  return out;
}
