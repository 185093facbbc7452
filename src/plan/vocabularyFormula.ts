// The status and trend parser as a formula: for one cell, the value parseStatus/parseTrend
// (src/domain/vocabulary.ts) gives, so that what a spreadsheet counts live and what the domain
// counts cannot disagree whatever an official pastes.
//
// Built from the parser's own lists (whitespace, invisible characters, folds, accepted words), so
// the two cannot drift. Only functions of Excel 2007 (SUBSTITUTE, LOWER, TRIM, LEFT, MID, LEN,
// SUMPRODUCT, CHOOSE, IF, CHAR for ASCII control characters) and array constants; every
// comparison is "=", which is exact apart from case (no MATCH, VLOOKUP or COUNTIF on the cell's
// text: they read * ? ~ as wildcards). Non-ASCII characters are literal (CHAR(160) depends on
// the platform). The cell's text never enters the formula: only the plan's vocabulary does.
import {
  FORMULA_FOLDS,
  INVISIBLE_CHARS,
  STATUSES,
  TRENDS,
  WHITESPACE_CHARS,
  acceptedStatusWords,
  acceptedTrendWords,
  parseStatus,
  parseTrend,
  type Status,
  type Trend,
} from "../domain";
import { fitsOneLiteral, literal, stringLiteral } from "./formula";

export type VocabularyKind = "status" | "trend";

/** What the formula gives for a non-blank cell the parser rejects (ambiguous and not-assessed
 * words included). Not a value key, so no count of a value ever includes it. */
export const UNKNOWN_KEY = "unknown";

/** A character as a formula operand: CHAR(n) for ASCII control characters (a literal tab or
 * carriage return would not survive the XML of an .xlsx), else a literal. */
function charOperand(c: string): string {
  const code = c.charCodeAt(0);
  return c.length === 1 && code < 32 ? `CHAR(${code})` : stringLiteral(c);
}

/**
 * The cell's text as normaliseWord makes it, up to the trailing dots: invisible characters
 * removed, every whitespace character a space, lower case, decomposed letters composed, space
 * runs collapsed and the ends trimmed (TRIM).
 */
export function normalisedTextFormula(ref: string): string {
  let f = ref;
  for (const c of INVISIBLE_CHARS) f = `SUBSTITUTE(${f},${charOperand(c)},"")`;
  for (const c of WHITESPACE_CHARS) if (c !== " ") f = `SUBSTITUTE(${f},${charOperand(c)}," ")`;
  f = `LOWER(${f})`;
  for (const [from, to] of FORMULA_FOLDS) f = `SUBSTITUTE(${f},${stringLiteral(from)},${stringLiteral(to)})`;
  return `TRIM(${f})`;
}

function vocabulary(kind: VocabularyKind): { keys: readonly string[]; words: string[]; codes: number[] } {
  const accepted: Record<string, string[]> = kind === "status" ? acceptedStatusWords() : acceptedTrendWords();
  const keys: readonly string[] = kind === "status" ? STATUSES : TRENDS;
  const words: string[] = [];
  const codes: number[] = [];
  keys.forEach((key, i) => {
    for (const w of accepted[key]) {
      words.push(w);
      codes.push(i + 1);
    }
  });
  return { keys, words, codes };
}

/**
 * IF(text="","",CHOOSE(1+SUMPRODUCT(match×code),"unknown","red","yellow","green")): a word w
 * matches when the normalised text starts with w and the rest holds only dots and spaces (the
 * parser strips a trailing run of both). No vocabulary word is another one followed by dots or
 * spaces, so at most one word matches and the sum is its code.
 * `ref` is the cell, e.g. "G5" (a relative reference, so the formula can be filled down).
 */
export function countedKeyFormula(kind: VocabularyKind, ref: string): string {
  const { keys, words, codes } = vocabulary(kind);
  const x = normalisedTextFormula(ref);
  const w = `{${words.map(stringLiteral).join(",")}}`;
  const c = `{${codes.join(",")}}`;
  const starts = `(LEFT(${x},LEN(${w}))=${w})`;
  const restIsDots = `(TRIM(SUBSTITUTE(MID(${x},LEN(${w})+1,32767),"."," "))="")`;
  const choices = [UNKNOWN_KEY, ...keys].map(stringLiteral).join(",");
  return `IF(${x}="","",CHOOSE(1+SUMPRODUCT(${starts}*${restIsDots}*${c}),${choices}))`;
}

/** What countedKeyFormula evaluates to for a cell holding `input`, by the parser: the value's
 * key, "" for blank, UNKNOWN_KEY for anything rejected. The plan's cached result. */
export function countedKey(kind: VocabularyKind, input: unknown): Status | Trend | "" | typeof UNKNOWN_KEY {
  const parsed = kind === "status" ? parseStatus(input) : parseTrend(input);
  if (parsed.value !== null) return parsed.value;
  return parsed.ok ? "" : UNKNOWN_KEY;
}

/** The accepted words of one value, as a 1×n array constant. */
function wordsOf(kind: VocabularyKind, value: Status | Trend): string[] {
  const accepted: Record<string, string[]> = kind === "status" ? acceptedStatusWords() : acceptedTrendWords();
  return accepted[value];
}

/**
 * Over a whole column (`column`, e.g. a structured reference): an n×1 array, 1 where the cell's
 * value is `value` by the parser, else 0. For SUMPRODUCT, which evaluates its arguments as arrays
 * in Excel and LibreOffice alike: the column's normalised texts (n×1) against the value's words
 * (1×m) give n×m matches, and MMULT with a column of ones sums each row (at most one word of a
 * row matches). No IF: inside SUMPRODUCT, IF would need an array formula in Excel.
 */
export function columnMatchFormula(kind: VocabularyKind, value: Status | Trend, column: string): string {
  const words = wordsOf(kind, value);
  const x = normalisedTextFormula(column);
  const w = `{${words.map(stringLiteral).join(",")}}`;
  const ones = `{${words.map(() => "1").join(";")}}`;
  const starts = `(LEFT(${x},LEN(${w}))=${w})`;
  const restIsDots = `(TRIM(SUBSTITUTE(MID(${x},LEN(${w})+1,32767),"."," "))="")`;
  return `MMULT(${starts}*${restIsDots},${ones})`;
}

/** A word a text may be, and the number it stands for. */
export interface CodedWord {
  word: string;
  code: number;
}

/**
 * Over a whole column of normalised texts (`text`, an n×1 array such as a defined name holding
 * normalisedTextFormula of a column): an n×1 array of the code of the word each text is, by
 * normaliseWord's rule (the word, then nothing but dots and spaces), 0 for none. The words must
 * be distinct normalised words, none another followed by dots or spaces, so that at most one
 * matches a text; the caller keeps the first of two equal ones, as the parser's maps do.
 */
export function columnCodeFormula(text: string, words: readonly CodedWord[]): string {
  // An array constant holds single string constants; a longer word is a term of its own.
  const short = words.filter((c) => fitsOneLiteral(c.word));
  const long = words.filter((c) => !fitsOneLiteral(c.word));
  const terms: string[] = [];
  if (short.length > 0) {
    const w = `{${short.map((c) => stringLiteral(c.word)).join(",")}}`;
    const codes = `{${short.map((c) => String(c.code)).join(";")}}`;
    terms.push(`MMULT(${wordMatch(text, w)},${codes})`);
  }
  for (const c of long) terms.push(`${wordMatch(text, `(${literal(c.word)})`)}*${c.code}`);
  if (terms.length === 0) return `(0*LEN(${text}))`;
  return terms.length === 1 ? terms[0] : `(${terms.join("+")})`;
}

/** 1 where the normalised `text` is the word `w` followed by nothing but dots and spaces. */
function wordMatch(text: string, w: string): string {
  const starts = `(LEFT(${text},LEN(${w}))=${w})`;
  const restIsDots = `(TRIM(SUBSTITUTE(MID(${text},LEN(${w})+1,32767),"."," "))="")`;
  return `${starts}*${restIsDots}`;
}

/** The status or trend words, each coded by its value's position + 1 (red 1, yellow 2, green 3). */
export function vocabularyCodes(kind: VocabularyKind): CodedWord[] {
  const { words, codes } = vocabulary(kind);
  return words.map((word, i) => ({ word, code: codes[i] }));
}

/** The code vocabularyCodes gives a value. */
export function valueCode(kind: VocabularyKind, value: Status | Trend): number {
  const keys: readonly string[] = kind === "status" ? STATUSES : TRENDS;
  return keys.indexOf(value) + 1;
}

/** Over a whole column: 1 where the parser finds the cell not blank (accepted or not), else 0. */
export function columnNotBlankFormula(column: string): string {
  return `(${normalisedTextFormula(column)}<>"")`;
}
