// A text defined once, read two ways. The report text is written as a small tree of text
// expressions over named counts (literal, formatted count, condition, concatenation, list join);
// `evaluate` reads it with the domain's counts, and the plan compiles the same tree into an Excel
// formula over the summary sheet's count cells (src/plan/textformula.ts). So the sentences on
// the sheet follow every edit and still read character for character like the domain's text.
// Only what both readings can do exactly belongs here: integer arithmetic and comparisons of
// counts, no functions of user text (names enter as literals).
import type { Lang } from "../i18n/lang";
import { STATUS_KEYS, TREND_KEYS, type Counts, type StatusKey, type TrendKey } from "./summary";

/** The comparison's counts a text can refer to (the year enters a text as a literal). */
export const COMPARISON_KEYS = ["total", "improved", "worsened", "unchanged", "notComparable"] as const;
export type ComparisonKey = (typeof COMPARISON_KEYS)[number];
/** A count of the comparison with the comparison year: 0 without one. */
export type ComparisonCountName = `cmp.${ComparisonKey}`;

/** The counts a text can refer to, as the summary sheet lays them out. */
export type CountName = "total" | `status.${StatusKey}` | `trend.${TrendKey}` | "done" | ComparisonCountName;

/** In the summary sheet's column order: the total, then each status and each trend key (the done
 * count is a cell of its own below the area table, so it is not here). */
export const COUNT_NAMES: readonly CountName[] = [
  "total",
  ...STATUS_KEYS.map((k): CountName => `status.${k}`),
  ...TREND_KEYS.map((k): CountName => `trend.${k}`),
];

/** An integer computed from counts. */
export type NumExpr =
  | { kind: "count"; name: CountName }
  | { kind: "const"; value: number }
  | { kind: "add" | "sub"; left: NumExpr; right: NumExpr };

export type Comparison = "=" | "<>" | "<" | ">" | "<=" | ">=";

export type Test =
  { kind: "compare"; op: Comparison; left: NumExpr; right: NumExpr } | { kind: "and" | "or"; tests: Test[] };

/** One part of a list; `when` null means the part is always there. */
export interface ListItem {
  when: Test | null;
  text: TextExpr;
}

export type TextExpr =
  | { kind: "text"; text: string }
  /**
   * A count written as formatCount writes it in `lang`. Counts only, not sums or differences:
   * a count is never negative, and the formula's grouping relies on that.
   */
  | { kind: "number"; count: CountName; lang: Lang }
  | { kind: "concat"; parts: TextExpr[] }
  | { kind: "if"; test: Test; then: TextExpr; else: TextExpr }
  /**
   * The parts that are there, joined like "a, b och c": `separator` between them, except
   * `lastSeparator` before the last; one part alone as it is; none gives "".
   */
  | { kind: "list"; items: ListItem[]; separator: string; lastSeparator: string };

// Builders, so that a text reads like the sentence it makes.
export const count = (name: CountName): NumExpr => ({ kind: "count", name });
export const constant = (value: number): NumExpr => ({ kind: "const", value });
export const add = (left: NumExpr, right: NumExpr): NumExpr => ({ kind: "add", left, right });
export const sub = (left: NumExpr, right: NumExpr): NumExpr => ({ kind: "sub", left, right });
export const compare = (left: NumExpr, op: Comparison, right: number | NumExpr): Test => ({
  kind: "compare",
  op,
  left,
  right: typeof right === "number" ? constant(right) : right,
});
export const or = (...tests: Test[]): Test => ({ kind: "or", tests });
export const and = (...tests: Test[]): Test => ({ kind: "and", tests });
export const text = (s: string): TextExpr => ({ kind: "text", text: s });
export const formatted = (name: CountName, lang: Lang): TextExpr => ({ kind: "number", count: name, lang });
export const concat = (...parts: TextExpr[]): TextExpr => ({ kind: "concat", parts });
export const when = (test: Test, then: TextExpr, otherwise: TextExpr): TextExpr => ({
  kind: "if",
  test,
  then,
  else: otherwise,
});
export const list = (items: ListItem[], separator: string, lastSeparator: string): TextExpr => ({
  kind: "list",
  items,
  separator,
  lastSeparator,
});

/** One of three texts by whether `n` is 0, 1 or more. */
export function byCount(n: NumExpr, zero: TextExpr, one: TextExpr, many: TextExpr): TextExpr {
  return when(compare(n, "=", 0), zero, when(compare(n, "=", 1), one, many));
}

/**
 * A template with `{name}` placeholders, filled with expressions; a placeholder without a value
 * stays visible as "{name}", as t() in src/i18n leaves it.
 */
export function fill(template: string, params: Readonly<Record<string, TextExpr>>): TextExpr {
  const pieces = template.split(/\{(\w+)\}/);
  const parts: TextExpr[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece !== "") parts.push(text(piece));
    } else {
      parts.push(Object.prototype.hasOwnProperty.call(params, piece) ? params[piece] : text(`{${piece}}`));
    }
  });
  return parts.length === 1 ? parts[0] : concat(...parts);
}

/** Digits, grouped by thousands from 10 000 (Swedish, no-break space) or 1,000 (English). */
export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const sign = n < 0 ? "-" : "";
  if (lang === "sv" ? digits.length < 5 : digits.length < 4) return sign + digits;
  const separator = groupSeparator(lang);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return sign + out;
}

/** Numbers below this are written without grouping. */
export function groupingFrom(lang: Lang): number {
  return lang === "sv" ? 10_000 : 1_000;
}

export function groupSeparator(lang: Lang): string {
  return lang === "sv" ? "\u00a0" : ",";
}

/** A count by name; the comparison's (cmp.*) are only compiled into the sheet's formulas, never read here. */
export function countOf(c: Counts, name: CountName): number {
  if (name === "total") return c.total;
  if (name === "done") return c.done;
  const [group, key] = name.split(".") as ["status" | "trend", string];
  return group === "status" ? c.status[key as StatusKey] : c.trend[key as TrendKey];
}

export function evaluateNumber(e: NumExpr, c: Counts): number {
  switch (e.kind) {
    case "count":
      return countOf(c, e.name);
    case "const":
      return e.value;
    case "add":
      return evaluateNumber(e.left, c) + evaluateNumber(e.right, c);
    case "sub":
      return evaluateNumber(e.left, c) - evaluateNumber(e.right, c);
  }
}

export function evaluateTest(e: Test, c: Counts): boolean {
  switch (e.kind) {
    case "and":
      return e.tests.every((x) => evaluateTest(x, c));
    case "or":
      return e.tests.some((x) => evaluateTest(x, c));
    case "compare": {
      const l = evaluateNumber(e.left, c);
      const r = evaluateNumber(e.right, c);
      switch (e.op) {
        case "=":
          return l === r;
        case "<>":
          return l !== r;
        case "<":
          return l < r;
        case ">":
          return l > r;
        case "<=":
          return l <= r;
        case ">=":
          return l >= r;
      }
    }
  }
}

/** The text for these counts. */
export function evaluate(e: TextExpr, c: Counts): string {
  switch (e.kind) {
    case "text":
      return e.text;
    case "number":
      return formatCount(countOf(c, e.count), e.lang);
    case "concat":
      return e.parts.map((p) => evaluate(p, c)).join("");
    case "if":
      return evaluate(evaluateTest(e.test, c) ? e.then : e.else, c);
    case "list": {
      const parts = e.items
        .filter((i) => i.when === null || evaluateTest(i.when, c))
        .map((i) => evaluate(i.text, c));
      if (parts.length <= 1) return parts.join("");
      return `${parts.slice(0, -1).join(e.separator)}${e.lastSeparator}${parts[parts.length - 1]}`;
    }
  }
}
