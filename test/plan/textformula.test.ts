import fc from "fast-check";
import { countsReportText, emptyCounts } from "../../src/domain";
import type { Counts, Lang } from "../../src/domain";
import {
  COUNT_NAMES,
  byCount,
  compare,
  concat,
  count,
  evaluate,
  fill,
  formatted,
  list,
  or,
  and,
  sub,
  add,
  text,
  when,
  countOf,
  type Comparison,
  type CountName,
  type NumExpr,
  type Test,
  type TextExpr,
} from "../../src/domain/textexpr";
import {
  MAX_FORMULA_LENGTH,
  MAX_LITERAL_LENGTH,
  MAX_NESTING,
  compileText,
  reportTextFormula,
  type CountRefs,
} from "../../src/plan/textformula";

// A small interpreter for the part of Excel's formula language the compiler may use, so that
// thousands of compiled formulas can be checked here in milliseconds (LibreOffice checks the real
// thing in test/libreoffice/reporttext.test.ts). It refuses anything else: another function, a
// name, an operator, so a formula that strays from the subset fails these tests.
type Value = number | string | boolean;
type Token =
  | { kind: "string"; value: string; raw: string }
  | { kind: "number"; value: number }
  | { kind: "ref"; name: string }
  | { kind: "function"; name: string }
  | { kind: "op"; op: string };

const FUNCTIONS = new Set(["IF", "AND", "OR", "INT", "MOD", "RIGHT"]);

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const rest = formula.slice(i);
    let m: RegExpExecArray | null;
    if (rest[0] === '"') {
      let j = 1;
      let value = "";
      for (;;) {
        if (j >= rest.length) throw new Error(`unterminated string at ${i}`);
        if (rest[j] === '"') {
          if (rest[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += rest[j++];
      }
      tokens.push({ kind: "string", value, raw: rest.slice(1, j) });
      i += j + 1;
    } else if ((m = /^([A-Z]+)\(/.exec(rest))) {
      if (!FUNCTIONS.has(m[1])) throw new Error(`function outside the subset: ${m[1]}`);
      tokens.push({ kind: "function", name: m[1] });
      i += m[1].length; // the "(" is read as an operator
    } else if ((m = /^[A-Z]{1,3}[1-9]\d*/.exec(rest))) {
      tokens.push({ kind: "ref", name: m[0] });
      i += m[0].length;
    } else if ((m = /^\d+/.exec(rest))) {
      tokens.push({ kind: "number", value: Number(m[0]) });
      i += m[0].length;
    } else if ((m = /^(<>|<=|>=|[&+\-/=<>(),])/.exec(rest))) {
      tokens.push({ kind: "op", op: m[0] });
      i += m[0].length;
    } else {
      throw new Error(`unexpected ${JSON.stringify(rest.slice(0, 10))} at ${i}`);
    }
  }
  return tokens;
}

interface Parsed {
  evaluate(cell: (ref: string) => number): Value;
  /** The deepest nesting of function calls. */
  nesting: number;
}

function parse(formula: string): Parsed {
  let cell: (ref: string) => number = () => {
    throw new Error("no cells");
  };
  const tokens = tokenize(formula);
  let pos = 0;
  let depth = 0;
  let nesting = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (op: string): boolean => {
    const tk = peek();
    return tk !== undefined && tk.kind === "op" && tk.op === op;
  };
  const expect_ = (op: string): void => {
    if (!isOp(op)) throw new Error(`expected ${op} at token ${pos}`);
    pos++;
  };
  const num = (v: Value): number => {
    if (typeof v !== "number") throw new Error(`number expected, got ${JSON.stringify(v)}`);
    return v;
  };
  const str = (v: Value): string => {
    if (typeof v === "boolean") throw new Error("text expected, got a truth value");
    return typeof v === "number" ? String(v) : v;
  };
  // Arguments are parsed as thunks, so that IF evaluates only the branch it takes.
  type Thunk = () => Value;
  const comparison = (): Thunk => {
    const left = concatenation();
    for (const op of ["<>", "<=", ">=", "=", "<", ">"]) {
      if (isOp(op)) {
        pos++;
        const right = concatenation();
        return () => {
          const [l, r] = [num(left()), num(right())];
          return { "<>": l !== r, "<=": l <= r, ">=": l >= r, "=": l === r, "<": l < r, ">": l > r }[
            op
          ] as boolean;
        };
      }
    }
    return left;
  };
  const concatenation = (): Thunk => {
    const parts = [additive()];
    while (isOp("&")) {
      pos++;
      parts.push(additive());
    }
    return parts.length === 1 ? parts[0] : () => parts.map((p) => str(p())).join("");
  };
  const additive = (): Thunk => {
    let left = multiplicative();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[pos++] as { op: string }).op;
      const [l, r] = [left, multiplicative()];
      left = () => (op === "+" ? num(l()) + num(r()) : num(l()) - num(r()));
    }
    return left;
  };
  const multiplicative = (): Thunk => {
    let left = primary();
    while (isOp("/")) {
      pos++;
      const [l, r] = [left, primary()];
      left = () => num(l()) / num(r());
    }
    return left;
  };
  const primary = (): Thunk => {
    const tk = tokens[pos++];
    if (tk === undefined) throw new Error("unexpected end");
    switch (tk.kind) {
      case "string": {
        if (tk.raw.length > MAX_LITERAL_LENGTH)
          throw new Error(`string constant of ${tk.raw.length} characters`);
        return () => tk.value;
      }
      case "number":
        return () => tk.value;
      case "ref":
        return () => cell(tk.name);
      case "op": {
        if (tk.op !== "(") throw new Error(`unexpected ${tk.op}`);
        const inner = comparison();
        expect_(")");
        return inner;
      }
      case "function": {
        expect_("(");
        nesting = Math.max(nesting, ++depth);
        const args = [comparison()];
        while (isOp(",")) {
          pos++;
          args.push(comparison());
        }
        expect_(")");
        depth--;
        return call(tk.name, args);
      }
    }
  };
  const call = (name: string, args: Thunk[]): Thunk => {
    const arity = { IF: 3, INT: 1, MOD: 2, RIGHT: 2 }[name as "IF"];
    if (arity !== undefined && args.length !== arity)
      throw new Error(`${name} with ${args.length} arguments`);
    switch (name) {
      case "IF":
        return () => {
          const c = args[0]();
          if (typeof c !== "boolean") throw new Error("IF on a non-truth value");
          return c ? args[1]() : args[2]();
        };
      case "AND":
        return () => args.map((a) => a()).every((v) => v === true);
      case "OR":
        return () => args.map((a) => a()).some((v) => v === true);
      case "INT":
        return () => Math.floor(num(args[0]()));
      case "MOD":
        return () => {
          const [a, b] = [num(args[0]()), num(args[1]())];
          return a - b * Math.floor(a / b);
        };
      default:
        return () => {
          const s = str(args[0]());
          const n = num(args[1]());
          return n >= s.length ? s : s.slice(s.length - n);
        };
    }
  };
  const thunk = comparison();
  if (pos !== tokens.length) throw new Error(`trailing tokens from ${pos}`);
  return {
    evaluate(cells) {
      cell = cells;
      return thunk();
    },
    nesting,
  };
}

const REFS: CountRefs = {
  total: "B5",
  "status.red": "C5",
  "status.yellow": "D5",
  "status.green": "E5",
  "status.missing": "F5",
  "trend.up": "G5",
  "trend.flat": "H5",
  "trend.down": "I5",
  "trend.missing": "J5",
  done: "S5",
};

const parsed = new Map<string, Parsed>();

/** The formula's value with the counts in REFS's cells, and its deepest nesting. */
function run(formula: string, c: Counts): { value: Value; nesting: number } {
  let p = parsed.get(formula);
  if (p === undefined) {
    p = parse(formula);
    parsed.set(formula, p);
  }
  const byRef = new Map([...COUNT_NAMES, "done" as const].map((n) => [REFS[n], countOf(c, n)]));
  const value = p.evaluate((ref) => {
    const v = byRef.get(ref);
    if (v === undefined) throw new Error(`reference to ${ref}, which holds no count`);
    return v;
  });
  return { value, nesting: p.nesting };
}

const numberArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, 1, 2) },
  { weight: 3, arbitrary: fc.nat(50) },
  { weight: 1, arbitrary: fc.constantFrom(999, 1000, 9999, 10_000, 999_999, 1_000_000, 1_048_575) },
  { weight: 1, arbitrary: fc.integer({ min: 999, max: 999_999_999 }) },
);
const countsArb: fc.Arbitrary<Counts> = fc.array(numberArb, { minLength: 10, maxLength: 10 }).map((n) => {
  const c = emptyCounts();
  c.done = n[9];
  COUNT_NAMES.forEach((name, i) => {
    if (name === "total") c.total = n[i];
    else if (name.startsWith("status.")) c.status[name.slice(7) as "red"] = n[i];
    else c.trend[name.slice(6) as "up"] = n[i];
  });
  return c;
});
const langArb = fc.constantFrom<Lang>("sv", "en");
const NAMES = [
  "Program för ekologisk hållbarhet",
  "Handlingsplan 2022–2024",
  'Programmet "Trygg stad"',
  '=HYPERLINK("http://x","y")',
  '"&A1&"',
  "ANDTS-plan",
];

describe("the report text formula", () => {
  it("gives the domain's text for any counts, in both languages", () => {
    fc.assert(
      fc.property(countsArb, langArb, fc.constantFrom(...NAMES), (c, lang, name) => {
        const formula = reportTextFormula(name, lang, REFS);
        expect(formula).not.toBeNull();
        expect(run(formula ?? "", c).value).toBe(countsReportText(c, name, lang));
      }),
      { numRuns: 1000 },
    );
  });

  it("has no leading '=', uses only functions an .xlsx stores without a prefix, and stays within Excel's limits", () => {
    const worst = '"'.repeat(255); // the longest name the schema allows, every character a quote
    for (const lang of ["sv", "en"] as const) {
      for (const name of [...NAMES, worst, "x".repeat(255)]) {
        const formula = reportTextFormula(name, lang, REFS) ?? "";
        expect(formula.startsWith("=")).toBe(false);
        expect(formula.length + 1).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
        // parse() refuses other functions and string constants over 255 characters.
        const { nesting } = run(formula, emptyCounts());
        expect(nesting).toBeLessThanOrEqual(MAX_NESTING);
        expect(nesting).toBeGreaterThan(3);
      }
    }
  });

  it("keeps the name in string constants only, its quotes doubled", () => {
    for (const lang of ["sv", "en"] as const) {
      const name = '"&A1&"=SUM(B5)';
      const formula = reportTextFormula(name, lang, REFS) ?? "";
      expect(formula).toContain(`för ""&A1&""=SUM(B5)`.replace("för", lang === "sv" ? "för" : "for"));
      // Outside the string constants: only functions of the subset, the count cells, numbers, operators.
      const outside = tokenize(formula).filter((tk) => tk.kind !== "string");
      const refs = new Set(outside.flatMap((tk) => (tk.kind === "ref" ? [tk.name] : [])));
      expect([...refs].every((r) => Object.values(REFS).includes(r))).toBe(true);
      expect(
        outside.some(
          (tk) => tk.kind === "function" && !["IF", "AND", "OR", "INT", "MOD", "RIGHT"].includes(tk.name),
        ),
      ).toBe(false);
      const literals = tokenize(formula).flatMap((tk) => (tk.kind === "string" ? [tk.value] : []));
      expect(literals.join("")).toContain(name);
    }
  });

  it("splits a long name into string constants of at most 255 characters, never inside a surrogate pair", () => {
    const name = "Plan 🌍".repeat(100);
    const formula = reportTextFormula(name, "sv", REFS) ?? "";
    const literals = tokenize(formula).flatMap((tk) => (tk.kind === "string" ? [tk] : []));
    expect(literals.some((tk) => tk.raw.length > MAX_LITERAL_LENGTH)).toBe(false);
    expect(literals.some((tk) => /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(tk.value))).toBe(false);
    expect(run(formula, emptyCounts()).value).toBe(countsReportText(emptyCounts(), name, "sv"));
    expect(countsReportText(emptyCounts(), name, "sv")).toContain(name.slice(1));
  });

  it("gives null rather than a formula Excel would refuse, for a name far past the schema's limit", () => {
    expect(reportTextFormula("x".repeat(8000), "sv", REFS)).toBeNull();
  });

  it("writes the no-break space and the comma as string constants, never TEXT or CHAR", () => {
    const sv = reportTextFormula("P", "sv", REFS) ?? "";
    expect(sv).toContain('"\u00a0"');
    expect(sv).not.toMatch(/TEXT\(|CHAR\(|FIXED\(/);
    const c = emptyCounts();
    c.total = 1_234_567;
    c.status.red = 1_234_567;
    c.trend.flat = 1_234_567;
    expect(run(sv, c).value).toContain("1\u00a0234\u00a0567");
  });

  it("refuses a count reference that is not a cell", () => {
    expect(() => compileText(formatted("total", "sv"), { ...REFS, total: "B5+1" })).toThrow();
  });
});

// Random text expressions: the compiler (with its factoring of shared text) against evaluate.
const countNameArb = fc.constantFrom<CountName>(...COUNT_NAMES);
const numExprArb: fc.Arbitrary<NumExpr> = fc.oneof(
  { weight: 4, arbitrary: countNameArb.map(count) },
  { weight: 1, arbitrary: fc.tuple(countNameArb, countNameArb).map(([a, b]) => sub(count(a), count(b))) },
  { weight: 1, arbitrary: fc.tuple(countNameArb, countNameArb).map(([a, b]) => add(count(a), count(b))) },
);
const compareArb: fc.Arbitrary<Test> = fc
  .tuple(numExprArb, fc.constantFrom<Comparison>("=", "<>", "<", ">", "<=", ">="), fc.nat(3))
  .map(([l, op, r]) => compare(l, op, r));
const testArb: fc.Arbitrary<Test> = fc.oneof(
  { weight: 4, arbitrary: compareArb },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(and, or), fc.array(compareArb, { maxLength: 3 }))
      .map(([combine, tests]) => combine(...tests)),
  },
);
const wordArb = fc.constantFrom("", " ", "a", "a b", "a b.", "b.", ", ", 'x"y', "mål ", " mål", "🌍", "ä ö");
const exprArb: fc.Arbitrary<TextExpr> = fc.letrec<{ e: TextExpr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 3, arbitrary: wordArb.map(text) },
    {
      weight: 2,
      arbitrary: fc.tuple(countNameArb, fc.constantFrom<Lang>("sv", "en")).map(([n, l]) => formatted(n, l)),
    },
    { weight: 2, arbitrary: fc.array(tie("e"), { maxLength: 4 }).map((ps) => concat(...ps)) },
    { weight: 2, arbitrary: fc.tuple(testArb, tie("e"), tie("e")).map(([c, a, b]) => when(c, a, b)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(numExprArb, tie("e"), tie("e"), tie("e"))
        .map(([n, a, b, d]) => byCount(n, a, b, d)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.array(fc.record({ when: fc.option(testArb, { nil: null }), text: tie("e") }), { maxLength: 4 }),
          fc.constantFrom<[string, string]>([", ", " och "], [" ", " "], [", ", " and "]),
        )
        .map(([items, [s, l]]) => list(items, s, l)),
    },
    { weight: 1, arbitrary: fc.tuple(tie("e"), tie("e")).map(([a, b]) => fill("{a} = {b} {c}", { a, b })) },
  ),
})).e;

describe("compiled text expressions", () => {
  it("evaluate to what the domain evaluates", () => {
    fc.assert(
      fc.property(exprArb, countsArb, (e, c) => {
        expect(run(compileText(e, REFS), c).value).toBe(evaluate(e, c));
      }),
      { numRuns: 1000 },
    );
  });
});
