// The comparison sentence ("Jämfört med 2023 har 3 mål fått en bättre bedömning, ett mål en sämre
// och 20 samma.") as a text expression over the counts cmp.* (src/domain/textexpr.ts), which the
// summary sheet compiles into its formula (textformula.ts, comparisonTextFormula). The domain's
// comparisonText (src/domain/comparison.ts) writes the same sentence directly, for the pane's
// first load, which so need not carry this; test/plan/comparisonText.test.ts holds the two equal.
import { strings, t } from "../i18n";
import type { StringKey } from "../i18n";
import {
  add,
  byCount,
  compare,
  count,
  fill,
  formatted,
  list,
  text,
  when,
  type ComparisonKey,
  type ListItem,
  type NumExpr,
  type TextExpr,
} from "../domain/textexpr";
import type { Lang } from "../domain/types";

const OUTCOMES = ["improved", "worsened", "unchanged"] as const;

function phrase(lang: Lang, key: StringKey, params: Readonly<Record<string, TextExpr>> = {}): TextExpr {
  return fill(strings[lang][key], params);
}

const always = (e: TextExpr): ListItem => ({ when: null, text: e });

/** The sentence for the comparison with `year`; the year is a name, a literal never grouped as "2,023". */
export function comparisonExpression(year: number, lang: Lang): TextExpr {
  const y = text(String(year));
  const n = (k: ComparisonKey): NumExpr => count(`cmp.${k}`);
  const part = (k: (typeof OUTCOMES)[number]): ListItem =>
    always(
      byCount(
        n(k),
        phrase(lang, `domain.comparison.${k}.zero`),
        phrase(lang, `domain.comparison.${k}.one`),
        phrase(lang, `domain.comparison.${k}.many`, { count: formatted(`cmp.${k}`, lang) }),
      ),
    );
  const parts = list(OUTCOMES.map(part), ", ", ` ${t(lang, "domain.list.and")} `);
  const notComparable: ListItem = {
    when: compare(n("notComparable"), ">", 0),
    text: when(
      compare(n("notComparable"), "=", 1),
      phrase(lang, "domain.comparison.notComparable.one"),
      phrase(lang, "domain.comparison.notComparable.many", { count: formatted("cmp.notComparable", lang) }),
    ),
  };
  const comparable = list(
    [always(phrase(lang, "domain.comparison.intro", { year: y, parts })), notComparable],
    " ",
    " ",
  );
  return when(
    compare(add(add(n("improved"), n("worsened")), n("unchanged")), "=", 0),
    phrase(lang, "domain.comparison.noneComparable", { year: y }),
    comparable,
  );
}
