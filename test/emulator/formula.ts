/**
 * A deliberately small formula evaluator, so that `values` of summary formulas read back real
 * numbers in the emulator (e.g. in the browser end-to-end test, where LibreOffice is not at hand).
 *
 * Supported: numbers, "text", TRUE/FALSE, cell and range references (A1, $A$1:B2, Sheet!A1,
 * 'My sheet'!A1), structured references (T[Col], T[[#Data],[Col]], T[[#All],[Col]],
 * T[[#Headers],[Col]], T[#Data], T[#All], T[[ColA]:[ColB]], T[@Col], T[[#This Row],[Col]]),
 * operators + - * / & = <> < > <= >= and unary minus, and the functions COUNTIFS, COUNTIF,
 * COUNTA, COUNTBLANK, COUNT, SUM, ROWS, COLUMNS, IF, IFERROR, ROUND, MIN, MAX, AND, OR, NOT, LEN,
 * INT, MOD, RIGHT, LOOKUP (over vectors, its arguments read as arrays as in Excel: the
 * LOOKUP(2,1/(…),…) lookup of src/plan/previous.ts), and for the vocabulary formulas (src/plan/vocabularyFormula.ts) array
 * constants {"a","b";1,2}, element-wise operators and text functions over them with Excel's
 * broadcasting (a 1×n array against an m×1 one gives m×n; inside SUMPRODUCT and MMULT a range
 * counts as an array too), SUMPRODUCT, MMULT, CHOOSE, CHAR, LEFT, MID,
 * LOWER, TRIM, SUBSTITUTE. Text equality (=, <>) is exact apart from case, as in Excel: "ö" and
 * "o" + combining diaeresis differ.
 *
 * Anything else makes the whole formula "unknown" (undefined): a wrong number is worse than none.
 * The authority on results stays LibreOffice (see save.test.ts).
 */
import { type Rect, parseAddress } from "./address";
import {
  type Scalar,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
  allTables,
  bodyBottom,
  bodyTop,
  getCell,
  tableAt,
} from "./model";
import { ERROR_LITERALS } from "./cells";
import { sameName } from "./names";

class Unsupported extends Error {}

interface Ref {
  kind: "ref";
  sheet: SheetModel;
  rect: Rect;
}
/** An array constant or the result of an element-wise operation on one; row-major. */
interface Arr {
  kind: "array";
  rows: number;
  cols: number;
  data: Scalar[];
}
type Value = Scalar | Ref | Arr;

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; v: string }
  | { t: "sref"; table: string; spec: string }
  | { t: "fn"; v: string }
  | { t: "op"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "arr"; v: Arr }
  | { t: "name"; v: string };

/** {"a","b";1,TRUE}: columns split by ",", rows by ";". */
function readArrayConstant(src: string, i: number): [Arr, number] {
  const rows: Scalar[][] = [[]];
  let j = i + 1;
  for (;;) {
    const rest = src.slice(j);
    if (rest.startsWith('"')) {
      let k = j + 1;
      let s = "";
      for (; k < src.length; k++) {
        if (src[k] === '"') {
          if (src[k + 1] === '"') {
            s += '"';
            k++;
          } else break;
        } else s += src[k];
      }
      if (k >= src.length) throw new Unsupported("unterminated string");
      rows[rows.length - 1].push(s);
      j = k + 1;
    } else {
      const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|TRUE|FALSE)/i.exec(rest);
      if (!m) throw new Unsupported("array constant");
      const u = m[0].toUpperCase();
      rows[rows.length - 1].push(u === "TRUE" ? true : u === "FALSE" ? false : Number(m[0]));
      j += m[0].length;
    }
    const sep = src[j++];
    if (sep === "}") break;
    if (sep === ";") rows.push([]);
    else if (sep !== ",") throw new Unsupported("array constant");
  }
  const cols = rows[0].length;
  if (rows.some((r) => r.length !== cols)) throw new Unsupported("ragged array constant");
  return [{ kind: "array", rows: rows.length, cols, data: rows.flat() }, j];
}

function readBracket(src: string, i: number): [string, number] {
  // src[i] === "["; returns the inside and the index after the matching "]" ('-escapes honoured).
  let depth = 0;
  let j = i;
  for (; j < src.length; j++) {
    const ch = src[j];
    if (ch === "'") {
      j++;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]") {
      depth--;
      if (depth === 0) return [src.slice(i + 1, j), j + 1];
    }
  }
  throw new Unsupported("unbalanced brackets");
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const REF = /^(('([^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?/u;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      for (; j < src.length; j++) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j++;
          } else break;
        } else s += src[j];
      }
      if (j >= src.length) throw new Unsupported("unterminated string");
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    if (ch === "{") {
      const [arr, next] = readArrayConstant(src, i);
      out.push({ t: "arr", v: arr });
      i = next;
      continue;
    }
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const two = rest.slice(0, 2);
    if (two === "<>" || two === "<=" || two === ">=") {
      out.push({ t: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/&=<>(),".includes(ch)) {
      out.push({ t: "op", v: ch });
      i++;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref && !/^[\p{L}\p{N}_.([]/u.test(rest.slice(ref[0].length))) {
      out.push({ t: "ref", v: ref[0] });
      i += ref[0].length;
      continue;
    }
    if (ch === "[") {
      // [@Col] inside a table: the table holding the formula.
      const [spec, next] = readBracket(src, i);
      out.push({ t: "sref", table: "", spec });
      i = next;
      continue;
    }
    const name = /^[\p{L}_\\][\p{L}\p{N}_.\\]*/u.exec(rest);
    if (name) {
      const after = i + name[0].length;
      if (src[after] === "(") {
        out.push({ t: "fn", v: name[0].toUpperCase() });
        i = after;
        continue;
      }
      if (src[after] === "[") {
        const [spec, next] = readBracket(src, after);
        out.push({ t: "sref", table: name[0], spec });
        i = next;
        continue;
      }
      const upper = name[0].toUpperCase();
      if (upper === "TRUE" || upper === "FALSE") {
        out.push({ t: "bool", v: upper === "TRUE" });
        i = after;
        continue;
      }
      out.push({ t: "name", v: name[0] });
      i = after;
      continue;
    }
    throw new Unsupported(`cannot read '${rest.slice(0, 10)}'`);
  }
  return out;
}

const unescapeColumn = (s: string): string => s.replace(/'(.)/g, "$1");

/** Resolves a structured reference to a rectangle of the table. */
function structured(t: TableModel, spec: string, row: number): Rect {
  let area = "#Data";
  const cols: string[] = [];
  const trimmed = spec.trim();
  if (trimmed.startsWith("@")) {
    area = "#This Row";
    const c = trimmed.slice(1).replace(/^\[|\]$/g, "");
    if (c) cols.push(unescapeColumn(c));
  } else if (!trimmed.startsWith("[")) {
    if (trimmed.startsWith("#")) area = trimmed;
    else if (trimmed) cols.push(unescapeColumn(trimmed));
  } else {
    // [[#Data],[Col]] or [[ColA]:[ColB]]
    const parts = [...trimmed.matchAll(/\[((?:[^\]']|'.)*)\]/g)].map((m) => m[1]);
    for (const p of parts) {
      if (p.startsWith("#")) area = p;
      else cols.push(unescapeColumn(p));
    }
  }
  const index = (name: string): number => {
    const i = t.columns.findIndex((c) => sameName(c.name, name));
    if (i < 0) throw new Unsupported(`no column ${name}`);
    return i;
  };
  const c0 = cols.length ? t.rect.c0 + index(cols[0]) : t.rect.c0;
  const c1 = cols.length ? t.rect.c0 + index(cols[cols.length - 1]) : t.rect.c1;
  switch (area.toLowerCase()) {
    case "#data":
      return { r0: bodyTop(t), r1: bodyBottom(t), c0, c1 };
    case "#all":
      return { r0: t.rect.r0, r1: t.rect.r1, c0, c1 };
    case "#headers":
      if (!t.showHeaders) throw new Unsupported("no headers");
      return { r0: t.rect.r0, r1: t.rect.r0, c0, c1 };
    case "#totals":
      if (!t.showTotals) throw new Unsupported("no totals");
      return { r0: t.rect.r1, r1: t.rect.r1, c0, c1 };
    case "#this row":
      if (row < bodyTop(t) || row > bodyBottom(t)) throw new Unsupported("outside the table body");
      return { r0: row, r1: row, c0, c1 };
    default:
      throw new Unsupported(`area ${area}`);
  }
}

class Evaluator {
  private pos = 0;
  /** Inside SUMPRODUCT or MMULT: multi-cell references take part in operators as arrays. */
  private arrayContext = false;
  constructor(
    private readonly wb: WorkbookModel,
    private readonly sheet: SheetModel,
    private readonly row: number,
    private readonly col: number,
    private readonly tokens: Token[],
    private readonly depth: number,
    private readonly scope: EvaluationScope = newScope(),
  ) {}

  run(): Value {
    const v = this.comparison();
    if (this.pos !== this.tokens.length) throw new Unsupported("trailing tokens");
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === "op" && t.v === v;
  }
  private expect(v: string): void {
    if (!this.isOp(v)) throw new Unsupported(`expected ${v}`);
    this.pos++;
  }

  private comparison(): Value {
    let left = this.concat();
    for (;;) {
      const t = this.peek();
      if (t?.t !== "op" || !["=", "<>", "<", ">", "<=", ">="].includes(t.v)) return left;
      this.pos++;
      const right = this.concat();
      const op = t.v;
      left = this.lift([left, right], ([a, b]) => compareValues(a, b, op));
    }
  }
  private concat(): Value {
    let left = this.additive();
    while (this.isOp("&")) {
      this.pos++;
      const right = this.additive();
      left = this.lift([left, right], ([a, b]) => (isError(a) ? a : isError(b) ? b : text(a) + text(b)));
    }
    return left;
  }
  private additive(): Value {
    let left = this.term();
    for (;;) {
      if (!this.isOp("+") && !this.isOp("-")) return left;
      const op = (this.tokens[this.pos++] as { v: string }).v;
      const right = this.term();
      left = this.lift([left, right], ([a, b]) => arithmetic(a, b, op));
    }
  }
  private term(): Value {
    let left = this.unary();
    for (;;) {
      if (!this.isOp("*") && !this.isOp("/")) return left;
      const op = (this.tokens[this.pos++] as { v: string }).v;
      const right = this.unary();
      left = this.lift([left, right], ([a, b]) => arithmetic(a, b, op));
    }
  }
  private unary(): Value {
    if (this.isOp("-")) {
      this.pos++;
      return this.lift([this.unary()], ([a]) => arithmetic(0, a, "-"));
    }
    if (this.isOp("+")) {
      this.pos++;
      return this.unary();
    }
    return this.primary();
  }
  private primary(): Value {
    const t = this.tokens[this.pos++];
    if (!t) throw new Unsupported("unexpected end");
    switch (t.t) {
      case "num":
      case "str":
      case "bool":
        return t.v;
      case "arr":
        return t.v;
      case "ref":
        return this.ref(t.v);
      case "sref": {
        const table =
          t.table === ""
            ? tableAt(this.sheet, this.row, this.col)
            : allTables(this.wb).find((x) => sameName(x.name, t.table));
        if (!table) throw new Unsupported(`no table ${t.table}`);
        return { kind: "ref", sheet: table.sheet, rect: structured(table, t.spec, this.row) } as Ref;
      }
      case "fn":
        return this.call(t.v);
      case "name":
        return this.definedName(t.v);
      case "op":
        if (t.v === "(") {
          const v = this.comparison();
          this.expect(")");
          return v;
        }
    }
    throw new Unsupported("unexpected token");
  }
  /**
   * A workbook-scoped name holding a formula, evaluated where it is used. Excel evaluates a
   * name's formula as an array formula, so its references take part in operators as arrays.
   */
  private definedName(name: string): Value {
    const n = this.wb.names.find((x) => sameName(x.name, name));
    if (!n) throw new Unsupported(`no name ${name}`);
    if (this.depth > 50) throw new Unsupported("names nested too deep");
    const key = n.name.toUpperCase();
    const known = this.scope.names.get(key);
    if (known !== undefined) return known;
    const inner = new Evaluator(
      this.wb,
      this.sheet,
      this.row,
      this.col,
      tokenize(n.formula.replace(/^=/, "")),
      this.depth + 1,
      this.scope,
    );
    inner.arrayContext = true;
    const v = inner.run();
    this.scope.names.set(key, v);
    return v;
  }
  private ref(text: string): Ref {
    let p: ReturnType<typeof parseAddress>;
    try {
      p = parseAddress(text);
    } catch {
      throw new Unsupported(`bad reference ${text}`);
    }
    const sheet = p.sheet === null ? this.sheet : this.wb.sheets.find((s) => sameName(s.name, p.sheet!));
    if (!sheet) throw new Unsupported("no such sheet");
    return { kind: "ref", sheet, rect: p.rect } as Ref;
  }
  private args(): Value[] {
    this.expect("(");
    const out: Value[] = [];
    if (this.isOp(")")) {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.comparison());
      if (this.isOp(",")) {
        this.pos++;
        continue;
      }
      this.expect(")");
      return out;
    }
  }

  /**
   * `f` over the values, element by element when one of them is an array (references then count
   * as arrays too), else on their scalar values: what Excel does in an array context.
   */
  lift(values: Value[], f: (xs: Scalar[]) => Scalar): Value {
    const isArray = (v: Value): boolean =>
      typeof v === "object" &&
      (v.kind === "array" || (this.arrayContext && (v.rect.r0 !== v.rect.r1 || v.rect.c0 !== v.rect.c1)));
    if (!values.some(isArray)) {
      return f(values.map((v) => this.scalar(v)));
    }
    const arrays = values.map((v) => this.array(v));
    const rows = Math.max(...arrays.map((a) => a.rows));
    const cols = Math.max(...arrays.map((a) => a.cols));
    const at = (a: Arr, r: number, c: number): Scalar => {
      const rr = a.rows === 1 ? 0 : r;
      const cc = a.cols === 1 ? 0 : c;
      return rr < a.rows && cc < a.cols ? a.data[rr * a.cols + cc] : "#N/A";
    };
    const data: Scalar[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) data.push(f(arrays.map((a) => at(a, r, c))));
    return { kind: "array", rows, cols, data };
  }
  array(v: Value): Arr {
    if (typeof v !== "object") return { kind: "array", rows: 1, cols: 1, data: [v] };
    if (v.kind === "array") return v;
    return {
      kind: "array",
      rows: v.rect.r1 - v.rect.r0 + 1,
      cols: v.rect.c1 - v.rect.c0 + 1,
      data: this.cells(v),
    };
  }

  /** A single value: a one-cell reference gives its value; a larger one is #VALUE! here. */
  scalar(v: Value): Scalar {
    if (typeof v !== "object") return v;
    if (v.kind === "array") return v.data[0];
    if (v.rect.r0 !== v.rect.r1 || v.rect.c0 !== v.rect.c1) return "#VALUE!";
    return this.cell(v.sheet, v.rect.r0, v.rect.c0);
  }
  cell(sheet: SheetModel, row: number, col: number): Scalar {
    const c = getCell(sheet, row, col);
    if (!c) return "";
    if (c.f !== undefined) {
      if (c.v !== undefined) return c.v;
      const key = `${sheet.name}!${row},${col}`;
      const known = this.scope.cells.get(key);
      if (known !== undefined) return known;
      const inner = evaluate(this.wb, sheet, row, col, c.f, this.depth + 1, this.scope);
      if (inner === undefined) throw new Unsupported("a referenced formula cannot be evaluated");
      this.scope.cells.set(key, inner);
      return inner;
    }
    return c.v ?? "";
  }
  private cells(v: Value): Scalar[] {
    if (typeof v !== "object") return [v];
    if (v.kind === "array") return v.data;
    if ((v.rect.r1 - v.rect.r0 + 1) * (v.rect.c1 - v.rect.c0 + 1) > 2_000_000)
      throw new Unsupported("too large");
    const out: Scalar[] = [];
    for (let r = v.rect.r0; r <= v.rect.r1; r++)
      for (let c = v.rect.c0; c <= v.rect.c1; c++) out.push(this.cell(v.sheet, r, c));
    return out;
  }

  private call(name: string): Value {
    const outer = this.arrayContext;
    if (name === "SUMPRODUCT" || name === "MMULT" || name === "LOOKUP") this.arrayContext = true;
    const a = this.args();
    this.arrayContext = outer;
    const nums = (vals: Value[]): number[] =>
      vals.flatMap((v) =>
        typeof v === "object" ? this.cells(v).filter((x): x is number => typeof x === "number") : [Number(v)],
      );
    switch (name) {
      case "COUNTIFS":
      case "COUNTIF": {
        if (a.length < 2 || a.length % 2 !== 0 || (name === "COUNTIF" && a.length !== 2))
          throw new Unsupported("arguments");
        const ranges = a
          .filter((_, i) => i % 2 === 0)
          .map((r) => (typeof r === "object" ? this.cells(r) : null));
        if (ranges.some((r) => r === null)) return "#VALUE!";
        const n = ranges[0]!.length;
        if (ranges.some((r) => r!.length !== n)) return "#VALUE!";
        const crits = a.filter((_, i) => i % 2 === 1).map((c) => criterion(this.scalar(c)));
        let count = 0;
        for (let i = 0; i < n; i++) if (crits.every((match, k) => match(ranges[k]![i]))) count++;
        return count;
      }
      case "COUNTA":
        return a.flatMap((v) => this.cells(v)).filter((x) => x !== "").length;
      case "COUNTBLANK":
        return a.flatMap((v) => this.cells(v)).filter((x) => x === "").length;
      case "COUNT":
        return a.flatMap((v) => this.cells(v)).filter((x) => typeof x === "number").length;
      case "SUM": {
        const firstError = a.flatMap((v) => this.cells(v)).find(isError);
        return firstError ?? nums(a).reduce((s, x) => s + x, 0);
      }
      case "MIN":
      case "MAX": {
        const list = nums(a);
        return list.length ? (name === "MIN" ? Math.min(...list) : Math.max(...list)) : 0;
      }
      case "ROWS":
      case "COLUMNS": {
        const r = a[0];
        if (a.length !== 1 || typeof r !== "object" || r.kind === "array") throw new Unsupported("arguments");
        return name === "ROWS" ? r.rect.r1 - r.rect.r0 + 1 : r.rect.c1 - r.rect.c0 + 1;
      }
      case "IF": {
        const c = this.scalar(a[0]);
        if (isError(c)) return c;
        return truthy(c) ? (a[1] ?? true) : (a[2] ?? false);
      }
      case "IFERROR": {
        const v = this.scalar(a[0]);
        return isError(v) ? a[1] : v;
      }
      case "ROUND": {
        const x = toNumber(this.scalar(a[0]));
        const d = toNumber(this.scalar(a[1] ?? 0));
        if (typeof x !== "number") return x;
        if (typeof d !== "number") return d;
        const f = 10 ** d;
        return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
      }
      case "AND":
        return a.flatMap((v) => this.cells(v)).every(truthy);
      case "OR":
        return a.flatMap((v) => this.cells(v)).some(truthy);
      case "NOT":
        return !truthy(this.scalar(a[0]));
      case "LEN":
        return this.lift([a[0]], ([v]) => (isError(v) ? v : text(v).length));
      case "LEFT":
      case "MID":
      case "TRIM":
      case "LOWER":
      case "SUBSTITUTE":
      case "CHAR":
        return this.lift(a, (xs) => textFunction(name, xs));
      case "CHOOSE": {
        const i = toNumber(this.scalar(a[0]));
        if (typeof i !== "number") return i;
        const k = Math.floor(i);
        return k >= 1 && k < a.length ? a[k] : "#VALUE!";
      }
      case "MMULT": {
        if (a.length !== 2) throw new Unsupported("arguments");
        const [x, y] = a.map((v) => this.array(v));
        if (x.cols !== y.rows) return "#VALUE!";
        const data: Scalar[] = [];
        for (let r = 0; r < x.rows; r++)
          for (let c = 0; c < y.cols; c++) {
            let sum = 0;
            for (let k = 0; k < x.cols; k++) {
              const p = x.data[r * x.cols + k];
              const q = y.data[k * y.cols + c];
              if (isError(p)) return p;
              if (isError(q)) return q;
              if (typeof p !== "number" || typeof q !== "number") return "#VALUE!";
              sum += p * q;
            }
            data.push(sum);
          }
        return { kind: "array", rows: x.rows, cols: y.cols, data };
      }
      case "SUMPRODUCT": {
        const arrays = a.map((v) => this.array(v));
        const n = arrays[0]?.data.length ?? 0;
        if (arrays.some((x) => x.rows !== arrays[0].rows || x.cols !== arrays[0].cols)) return "#VALUE!";
        let sum = 0;
        for (let i = 0; i < n; i++) {
          let product = 1;
          for (const x of arrays) {
            const v = x.data[i];
            if (isError(v)) return v;
            product *= typeof v === "number" ? v : 0;
          }
          sum += product;
        }
        return sum;
      }
      case "INT": {
        const x = toNumber(this.scalar(a[0]));
        return typeof x === "number" ? Math.floor(x) : x;
      }
      case "MOD": {
        const x = toNumber(this.scalar(a[0]));
        const d = toNumber(this.scalar(a[1]));
        if (typeof x !== "number") return x;
        if (typeof d !== "number") return d;
        // Excel's MOD takes the sign of the divisor.
        return d === 0 ? "#DIV/0!" : x - d * Math.floor(x / d);
      }
      case "LOOKUP": {
        // The last numeric entry of the vector not above the (numeric) value; errors are skipped.
        if (a.length !== 3) throw new Unsupported("arguments");
        const want = this.scalar(a[0]);
        if (typeof want !== "number") throw new Unsupported("LOOKUP of a non-number");
        const vector = this.cells(a[1]);
        const result = this.cells(a[2]);
        if (vector.length !== result.length) throw new Unsupported("LOOKUP vectors of different sizes");
        let found = -1;
        vector.forEach((v, i) => {
          if (typeof v === "number" && v <= want) found = i;
        });
        return found < 0 ? "#N/A" : result[found];
      }
      case "RIGHT": {
        const v = this.scalar(a[0]);
        if (isError(v)) return v;
        const n = toNumber(this.scalar(a[1] ?? 1));
        if (typeof n !== "number") return n;
        if (n < 0) return "#VALUE!";
        const s = text(v);
        return Math.floor(n) === 0 ? "" : s.slice(-Math.floor(n));
      }
      default:
        throw new Unsupported(`function ${name}`);
    }
  }
}

/** LEFT, MID, TRIM, LOWER, SUBSTITUTE and CHAR on scalar arguments. */
function textFunction(name: string, xs: Scalar[]): Scalar {
  const firstError = xs.find(isError);
  if (firstError !== undefined) return firstError;
  const s = text(xs[0] ?? "");
  const num = (v: Scalar | undefined, dflt: number): number | string =>
    v === undefined ? dflt : toNumber(v);
  switch (name) {
    case "LEFT": {
      const n = num(xs[1], 1);
      if (typeof n !== "number") return n;
      return n < 0 ? "#VALUE!" : s.slice(0, Math.floor(n));
    }
    case "MID": {
      const start = num(xs[1], NaN);
      const n = num(xs[2], NaN);
      if (typeof start !== "number") return start;
      if (typeof n !== "number") return n;
      if (!(start >= 1) || !(n >= 0)) return "#VALUE!";
      const from = Math.floor(start) - 1;
      return s.slice(from, from + Math.floor(n));
    }
    case "TRIM":
      // Only the space U+0020, as Excel: runs become one space, ends are cut.
      return s.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
    case "LOWER":
      return s.toLowerCase();
    case "SUBSTITUTE": {
      if (xs.length !== 3) throw new Unsupported("SUBSTITUTE with an instance");
      const from = text(xs[1]);
      return from === "" ? s : s.split(from).join(text(xs[2]));
    }
    default: {
      const n = num(xs[0], NaN);
      if (typeof n !== "number") return n;
      const code = Math.floor(n);
      // Above 127 CHAR depends on the platform's code page: not supported.
      if (code < 1 || code > 127) throw new Unsupported("CHAR outside ASCII");
      return String.fromCharCode(code);
    }
  }
}

const isError = (v: Scalar): boolean => typeof v === "string" && ERROR_LITERALS.includes(v);
const truthy = (v: Scalar): boolean =>
  typeof v === "number" ? v !== 0 : typeof v === "boolean" ? v : v.toUpperCase() === "TRUE";
const text = (v: Scalar): string => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));

function toNumber(v: Scalar): number | string {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  if (isError(v)) return v;
  const n = Number(v);
  return Number.isFinite(n) && v.trim() !== "" ? n : "#VALUE!";
}

function arithmetic(a: Scalar, b: Scalar, op: string): Scalar {
  const x = toNumber(a);
  const y = toNumber(b);
  if (typeof x === "string") return x;
  if (typeof y === "string") return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    default:
      return y === 0 ? "#DIV/0!" : x / y;
  }
}

/** Excel orders numbers < text < booleans; text compares case-insensitively. */
function compareValues(a: Scalar, b: Scalar, op: string): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const rank = (v: Scalar): number => (typeof v === "number" || v === "" ? 0 : typeof v === "string" ? 1 : 2);
  let d: number;
  if (rank(a) !== rank(b)) d = rank(a) - rank(b);
  else if (rank(a) === 0) d = (a === "" ? 0 : (a as number)) - (b === "" ? 0 : (b as number));
  else if (rank(a) === 1 && (op === "=" || op === "<>"))
    d = (a as string).toLowerCase() === (b as string).toLowerCase() ? 0 : 1;
  else if (rank(a) === 1)
    d = (a as string).toLocaleUpperCase().localeCompare((b as string).toLocaleUpperCase());
  else d = Number(a) - Number(b);
  switch (op) {
    case "=":
      return d === 0;
    case "<>":
      return d !== 0;
    case "<":
      return d < 0;
    case ">":
      return d > 0;
    case "<=":
      return d <= 0;
    default:
      return d >= 0;
  }
}

function wildcard(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "iu");
}

/** COUNTIFS criteria: "Röd", "<>Röd", ">=3", "", "=", "<>", wildcards * ? ~. */
export function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c === "number" || typeof c === "boolean") return (v) => v === c;
  const m = /^(<>|<=|>=|=|<|>)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? "=";
  const operand = m[2];
  const asNumber = operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  if (op === "=" || op === "<>") {
    const eq = (v: Scalar): boolean => {
      if (operand === "") return v === "";
      if (asNumber !== null) return typeof v === "number" ? v === asNumber : String(v) === operand;
      if (typeof v !== "string") return text(v).toUpperCase() === operand.toUpperCase();
      return wildcard(operand).test(v);
    };
    return op === "=" ? eq : (v) => !eq(v);
  }
  return (v) => {
    if (asNumber !== null) return typeof v === "number" && (compareValues(v, asNumber, op) as boolean);
    return typeof v === "string" && v !== "" && (compareValues(v, operand, op) as boolean);
  };
}

/**
 * What one evaluation has already worked out: referenced formula cells and defined names (which
 * refer to whole columns here, so their value does not depend on where they are used). A scope
 * lives while the workbook cannot change: one command of a sync, or one look by a test
 * (index.ts starts a new one for each), so nothing in it goes stale.
 */
export interface EvaluationScope {
  cells: Map<string, Scalar>;
  names: Map<string, Value>;
}

export function newScope(): EvaluationScope {
  return { cells: new Map(), names: new Map() };
}

/** The formula's result, or undefined when it uses anything this evaluator does not support. */
export function evaluate(
  wb: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  formula: string,
  depth = 0,
  scope: EvaluationScope = newScope(),
): Scalar | undefined {
  if (depth > 50) return undefined;
  try {
    const ev = new Evaluator(wb, sheet, row, col, tokenize(formula.replace(/^=/, "")), depth, scope);
    const v = ev.run();
    // An array result shows its top-left value, as a single cell does in Excel.
    return typeof v === "object" ? ev.scalar(v) : v;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
