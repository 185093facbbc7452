// The comparison sentence defined twice: the domain writes it (comparisonText, for the pane and
// the CLI), the summary sheet compiles src/plan/comparisonText.ts's expression into a formula.
// Read with the same counts the expression must give the domain's sentence, character for
// character: 0 / 1 / many of each part, groups of thousands, both languages.
import { compareGoals, comparisonText, emptyCounts, type Comparison, type Lang } from "../../src/domain";
import { evaluate, formatCount, type NumExpr, type Test, type TextExpr } from "../../src/domain/textexpr";
import { comparisonExpression } from "../../src/plan/comparisonText";

function comparison(
  improved: number,
  worsened: number,
  unchanged: number,
  notComparable: number,
): Comparison {
  return { ...compareGoals([], 2023), improved, worsened, unchanged, notComparable };
}

const COUNTS = [0, 1, 2, 20, 12_345];

/**
 * `e` with the comparison's counts (cmp.*) put in as constants, formatted as the sheet formats
 * them: the domain reads no cmp.* count (only the sheet's formula does), so this is the reading
 * of the expression a test can make without Excel.
 */
function withCounts(e: TextExpr, c: Comparison, lang: Lang): TextExpr {
  const value = (name: string): number => c[name.slice(4) as "total" | "improved"];
  const num = (x: NumExpr): NumExpr =>
    x.kind === "count" && x.name.startsWith("cmp.")
      ? { kind: "const", value: value(x.name) }
      : x.kind === "add" || x.kind === "sub"
        ? { ...x, left: num(x.left), right: num(x.right) }
        : x;
  const test = (t: Test): Test =>
    t.kind === "compare"
      ? { ...t, left: num(t.left), right: num(t.right) }
      : { ...t, tests: t.tests.map(test) };
  switch (e.kind) {
    case "text":
      return e;
    case "number":
      return e.count.startsWith("cmp.") ? { kind: "text", text: formatCount(value(e.count), lang) } : e;
    case "concat":
      return { ...e, parts: e.parts.map((p) => withCounts(p, c, lang)) };
    case "if":
      return {
        ...e,
        test: test(e.test),
        then: withCounts(e.then, c, lang),
        else: withCounts(e.else, c, lang),
      };
    case "list":
      return {
        ...e,
        items: e.items.map((i) => ({ when: i.when && test(i.when), text: withCounts(i.text, c, lang) })),
      };
  }
}

/** The sheet's sentence for `c`, as its formula reads it. */
function sheetText(c: Comparison, lang: Lang): string {
  return evaluate(withCounts(comparisonExpression(c.year, lang), c, lang), emptyCounts());
}

describe("the comparison sentence", () => {
  test.each(["sv", "en"] as Lang[])("reads as the domain's for every mix of 0, 1 and many (%s)", (lang) => {
    let compared = 0;
    for (const a of COUNTS)
      for (const b of COUNTS)
        for (const c of COUNTS)
          for (const d of [0, 1, 3, 10_000]) {
            const cmp = comparison(a, b, c, d);
            const sheet = sheetText(cmp, lang);
            expect(sheet).toBe(comparisonText(cmp, lang));
            compared += 1;
          }
    expect(compared).toBe(500);
  });

  test("by hand: the issue's example, and none comparable", () => {
    const c = comparison(3, 1, 20, 0);
    expect(sheetText(c, "sv")).toBe(
      "Jämfört med 2023 har 3 mål fått en bättre bedömning, ett mål en sämre och 20 samma.",
    );
    expect(sheetText(c, "en")).toBe(
      "Compared with 2023, 3 goals got a better assessment, one goal a worse one and 20 the same.",
    );
    const none = comparison(0, 0, 0, 4);
    expect(sheetText(none, "sv")).toBe(comparisonText(none, "sv"));
  });
});
