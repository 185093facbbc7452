// The comparison sentence defined twice: the domain writes it (comparisonText, for the pane and
// the CLI), the summary sheet compiles src/plan/comparisonText.ts's expression into a formula.
// Read with the same counts the expression must give the domain's sentence, character for
// character: 0 / 1 / many of each part, groups of thousands, both languages.
import { compareGoals, comparisonText, emptyCounts, type Comparison, type Lang } from "../../src/domain";
import { evaluate } from "../../src/domain/textexpr";
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

describe("the comparison sentence", () => {
  test.each(["sv", "en"] as Lang[])("reads as the domain's for every mix of 0, 1 and many (%s)", (lang) => {
    let compared = 0;
    for (const a of COUNTS)
      for (const b of COUNTS)
        for (const c of COUNTS)
          for (const d of [0, 1, 3, 10_000]) {
            const cmp = comparison(a, b, c, d);
            const sheet = evaluate(comparisonExpression(2023, lang), { ...emptyCounts(), comparison: cmp });
            expect(sheet).toBe(comparisonText(cmp, lang));
            compared += 1;
          }
    expect(compared).toBe(500);
  });

  test("by hand: the issue's example, and none comparable", () => {
    const c = comparison(3, 1, 20, 0);
    expect(evaluate(comparisonExpression(2023, "sv"), { ...emptyCounts(), comparison: c })).toBe(
      "Jämfört med 2023 har 3 mål fått en bättre bedömning, ett mål en sämre och 20 samma.",
    );
    expect(evaluate(comparisonExpression(2023, "en"), { ...emptyCounts(), comparison: c })).toBe(
      "Compared with 2023, 3 goals got a better assessment, one goal a worse one and 20 the same.",
    );
    const none = comparison(0, 0, 0, 4);
    expect(evaluate(comparisonExpression(2023, "sv"), { ...emptyCounts(), comparison: none })).toBe(
      comparisonText(none, "sv"),
    );
  });
});
