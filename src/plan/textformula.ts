// Text expressions (src/domain/textexpr.ts) compiled into Excel formulas, so that the report
// text on the summary sheet is a formula over the sheet's own count cells: it follows every edit
// of a status or trend, and for the same counts reads character for character as the domain's
// countsReportText (test/libreoffice/reporttext.test.ts checks this in LibreOffice).
//
// Only functions of Excel's original set, which Excel 2016+ and LibreOffice evaluate alike and
// which an .xlsx stores without a "_xlfn." prefix: IF, AND, OR, INT, MOD, RIGHT and the &
// operator. Not TEXT or FIXED, whose grouping follows the reader's locale: thousands are grouped
// by hand, as formatCount does, with the separator as a literal (the no-break space itself, in a
// string constant: CHAR(160) depends on the code page, and UNICHAR is an Excel 2013 function
// that an .xlsx must spell _xlfn.UNICHAR). A number joined to text (n&"") is written by both
// programs without grouping or locale, which is right for the integers counted here.
// User text (a programme's name) only ever appears inside string literals.
//
// Wiring on the summary sheet: put, in the report-text cell of a programme (or area),
//   { formula: reportTextFormula(p.name, lang, refs), result: countsReportText(p, p.name, lang) }
// (or the text as a value when reportTextFormula gives null),
// where `refs` maps each count name to the cell holding it on the same sheet, e.g. for the
// programme's total row r: { total: `B${r}`, "status.red": `C${r}`, "status.yellow": `D${r}`,
// "status.green": `E${r}`, "status.missing": `F${r}`, "trend.up": `G${r}`, "trend.flat": `H${r}`,
// "trend.down": `I${r}`, "trend.missing": `J${r}` }. The cached result is text, and the cell
// needs a non-text number format (General) so that Excel reads the formula as one.
import { reportExpression } from "../domain/report";
import { comparisonExpression } from "./comparisonText";
import {
  groupingFrom,
  groupSeparator,
  type ComparisonCountName,
  type CountName,
  type ListItem,
  type NumExpr,
  type Test,
  type TextExpr,
} from "../domain/textexpr";
import type { Lang } from "../domain/types";
import { literal, stringLiteral } from "./formula";

/** The cell (A1, same sheet) that holds each count. */
export type CountRefs = Readonly<Record<Exclude<CountName, ComparisonCountName>, string>> &
  Readonly<Partial<Record<ComparisonCountName, string>>>;

/** Excel's limit on the length of a formula, in characters. */
export const MAX_FORMULA_LENGTH = 8192;
export { MAX_LITERAL_LENGTH } from "./formula";
/** Excel's limit on nested function calls in a formula. */
export const MAX_NESTING = 64;

/**
 * The report text of `name` as a formula (English syntax, no leading "="), over the counts in
 * the cells `refs` names. For the same counts it gives exactly countsReportText(counts, name, lang).
 * Null when the formula would pass Excel's length limit, which only a name far longer than the
 * schema's 255 characters can cause: write the text as a value then.
 */
export function reportTextFormula(name: string, lang: Lang, refs: CountRefs): string | null {
  const formula = compileText(reportExpression(name, lang), refs);
  // Excel counts the "=" the Office.js renderer puts in front.
  return formula.length + 1 <= MAX_FORMULA_LENGTH ? formula : null;
}

/** Any text expression as a formula (English syntax, no leading "="). */
/**
 * The comparison sentence with `year` as a formula over the cells `refs` names for the cmp.*
 * counts: for the same counts exactly comparisonText's sentence. Null past Excel's length limit.
 */
export function comparisonTextFormula(year: number, lang: Lang, refs: CountRefs): string | null {
  const formula = compileText(comparisonExpression(year, lang), refs);
  return formula.length + 1 <= MAX_FORMULA_LENGTH ? formula : null;
}

export function compileText(e: TextExpr, refs: CountRefs): string {
  return new Compiler(refs).text(e);
}

/** Text pieces of a concatenation: literals merged, nested concatenations flattened. */
type Piece = { literal: string } | { formula: string };

class Compiler {
  constructor(private readonly refs: CountRefs) {}

  text(e: TextExpr): string {
    return this.joinPieces(this.pieces(e));
  }

  private pieces(e: TextExpr): Piece[] {
    switch (e.kind) {
      case "text":
        return [{ literal: e.text }];
      case "concat":
        return e.parts.flatMap((p) => this.pieces(p));
      case "number":
        return [{ formula: this.formatted(this.number({ kind: "count", name: e.count }), e.lang) }];
      case "if": {
        // Text both branches share is written once, outside the IF: a name in every branch
        // would otherwise be repeated in each.
        const { prefix, then, otherwise, suffix } = factor(this.pieces(e.then), this.pieces(e.else));
        const choice = `IF(${this.test(e.test)},${this.joinPieces(then)},${this.joinPieces(otherwise)})`;
        return [...prefix, { formula: choice }, ...suffix];
      }
      case "list":
        return this.list(e.items, e.separator, e.lastSeparator);
    }
  }

  private joinPieces(pieces: Piece[]): string {
    const merged = normalise(pieces);
    if (merged.length === 0) return '""';
    return merged.map((p) => ("literal" in p ? literal(p.literal) : p.formula)).join("&");
  }

  /**
   * Each part that is there, after ", " when a part came before it and one comes after, or
   * " och " when it is the last one there: the domain's join, decided cell by cell.
   */
  private list(items: readonly ListItem[], separator: string, lastSeparator: string): Piece[] {
    return items.flatMap((item, i): Piece[] => {
      const before = this.anyPresent(items.slice(0, i));
      const after = separator === lastSeparator ? true : this.anyPresent(items.slice(i + 1));
      const between = this.choose(after, { literal: separator }, { literal: lastSeparator });
      const body = [this.choose(before, between, { literal: "" }), ...this.pieces(item.text)];
      if (item.when === null) return body;
      return [{ formula: `IF(${this.test(item.when)},${this.joinPieces(body)},"")` }];
    });
  }

  /** Whether any of the items is there: known here (true/false) or a test for the sheet. */
  private anyPresent(items: readonly ListItem[]): boolean | string {
    if (items.some((i) => i.when === null)) return true;
    const tests = items.map((i) => this.test(i.when as Test));
    if (tests.length === 0) return false;
    return tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
  }

  private choose(cond: boolean | string, then: Piece, otherwise: Piece): Piece {
    if (cond === true) return then;
    if (cond === false) return otherwise;
    return { formula: `IF(${cond},${this.joinPieces([then])},${this.joinPieces([otherwise])})` };
  }

  private test(e: Test): string {
    switch (e.kind) {
      case "compare":
        return `${this.number(e.left)}${e.op}${this.number(e.right)}`;
      case "and":
      case "or": {
        const tests = e.tests.map((x) => this.test(x));
        // AND() and OR() without arguments are errors in Excel; empty AND is true, empty OR false.
        if (tests.length === 0) return e.kind === "and" ? "1=1" : "1=0";
        if (tests.length === 1) return tests[0];
        return `${e.kind.toUpperCase()}(${tests.join(",")})`;
      }
    }
  }

  private number(e: NumExpr): string {
    switch (e.kind) {
      case "count": {
        const ref = this.refs[e.name] ?? "";
        if (!/^\$?[A-Z]{1,3}\$?[1-9]\d*$/.test(ref)) throw new Error(`not a cell reference: ${ref}`);
        return ref;
      }
      case "const":
        if (!Number.isInteger(e.value)) throw new Error(`not an integer: ${e.value}`);
        return e.value < 0 ? `(${e.value})` : String(e.value);
      case "add":
        return `(${this.number(e.left)}+${this.number(e.right)})`;
      case "sub":
        return `(${this.number(e.left)}-${this.number(e.right)})`;
    }
  }

  /**
   * formatCount for a count (a non-negative integer) below 10^9 (a count of table rows is at most
   * 1 048 575): "12345", "12 345" or "12,345", "1 234 567". Larger numbers keep every digit but
   * their highest group is not split.
   */
  private formatted(n: string, lang: Lang): string {
    const sep = stringLiteral(groupSeparator(lang));
    const three = (x: string): string => `RIGHT("00"&${x},3)`;
    const millions = `INT(${n}/1000000)&${sep}&${three(`MOD(INT(${n}/1000),1000)`)}&${sep}&${three(`MOD(${n},1000)`)}`;
    const thousands = `INT(${n}/1000)&${sep}&${three(`MOD(${n},1000)`)}`;
    return `IF(${n}<${groupingFrom(lang)},${n}&"",IF(${n}<1000000,${thousands},${millions}))`;
  }
}

/** Adjacent literals merged, empty ones dropped. */
function normalise(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if ("literal" in p && p.literal === "") continue;
    if ("literal" in p && last !== undefined && "literal" in last) {
      merged[merged.length - 1] = { literal: last.literal + p.literal };
    } else {
      merged.push(p);
    }
  }
  return merged;
}

// Shared text is split off only between words (at a space, or before "." or ","), so that the
// formula reads as sentences; a word boundary is never inside a surrogate pair either.
function atWordBoundary(s: string, k: number): boolean {
  return k === 0 || k === s.length || s[k - 1] === " " || s[k] === " " || s[k] === "." || s[k] === ",";
}

/** How many leading UTF-16 units a and b share, up to a word boundary in both. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  while (n > 0 && !(atWordBoundary(a, n) && atWordBoundary(b, n))) n--;
  return n;
}

/** How many trailing UTF-16 units a and b share, from a word boundary in both. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  while (n > 0 && !(atWordBoundary(a, a.length - n) && atWordBoundary(b, b.length - n))) n--;
  return n;
}

/**
 * Splits two branches into what they start with alike, what differs, and what they end with
 * alike, so that IF(c, p&x&s, p&y&s) can be written p&IF(c, x, y)&s.
 */
function factor(
  a: readonly Piece[],
  b: readonly Piece[],
): { prefix: Piece[]; then: Piece[]; otherwise: Piece[]; suffix: Piece[] } {
  const x = normalise(a);
  const y = normalise(b);
  const prefix = takeShared(x, y, false);
  const suffix = takeShared(x, y, true);
  return { prefix, then: x, otherwise: y, suffix };
}

/** Removes the pieces x and y share at their start (or end) from both, and returns them. */
function takeShared(x: Piece[], y: Piece[], fromEnd: boolean): Piece[] {
  const shared: Piece[] = [];
  const at = (pieces: Piece[]): number => (fromEnd ? pieces.length - 1 : 0);
  const keep = (piece: Piece): void => {
    if (fromEnd) shared.unshift(piece);
    else shared.push(piece);
  };
  const replace = (pieces: Piece[], rest: string): void => {
    if (rest === "") pieces.splice(at(pieces), 1);
    else pieces[at(pieces)] = { literal: rest };
  };
  while (x.length > 0 && y.length > 0) {
    const p = x[at(x)];
    const q = y[at(y)];
    if ("formula" in p || "formula" in q) {
      if (!("formula" in p && "formula" in q && p.formula === q.formula)) break;
      keep(p);
      x.splice(at(x), 1);
      y.splice(at(y), 1);
      continue;
    }
    const n = fromEnd ? sharedEnd(p.literal, q.literal) : sharedStart(p.literal, q.literal);
    if (n === 0) break;
    // [what is left, what is shared]
    const cut = (s: string): [string, string] =>
      fromEnd ? [s.slice(0, s.length - n), s.slice(s.length - n)] : [s.slice(n), s.slice(0, n)];
    const [pRest, common] = cut(p.literal);
    const [qRest] = cut(q.literal);
    keep({ literal: common });
    replace(x, pRest);
    replace(y, qRest);
    if (pRest !== "" && qRest !== "") break;
  }
  return shared;
}
