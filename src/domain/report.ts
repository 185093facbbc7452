// Report text from a summary, in the style of the source document:
//   "Av de 42 mål som gäller för program för ekologisk hållbarhet är det 9 som är röda, 29 gula
//    och 4 gröna. När det gäller utvecklingen visar trenden uppåt för 17 mål och rakt fram för
//    24 mål. Ett mål är bedömt som att det går åt fel håll."
// One template for every programme, with the grammar of 0, 1 and many handled here (Swedish
// neuter singular "ett mål som är grönt", plural "gröna"; English "1 goal"/"2 goals").
// All words live in src/i18n/domain.ts.
// The text is defined once, as a text expression (src/domain/textexpr.ts): evaluated here for
// the domain's counts, and compiled by src/plan/textformula.ts into the summary sheet's formula,
// so that the sheet's sentences follow every edit and read exactly like this text.
import { strings, t } from "../i18n";
import type { StringKey } from "../i18n";
import type { Counts, ProgramSummary, Summary } from "./summary";
import {
  add,
  byCount,
  compare,
  concat,
  count,
  evaluate,
  fill,
  formatted,
  list,
  or,
  sub,
  text,
  when,
  type ListItem,
  type CountName,
  type Test,
  type TextExpr,
} from "./textexpr";
import type { Lang, Status } from "./types";
import { STATUSES } from "./types";

export { formatCount } from "./textexpr";

// Swedish document types written as common nouns, also in compounds ("handlingsplan",
// "jämställdhetspolicy"): only these are lower-cased mid-sentence, so proper nouns stay as they are.
const COMMON_NOUN_FIRST_WORD =
  /^[a-zåäöéü-]*(program|programmet|plan|planen|policy|policyn|strategi|strategin|riktlinje|riktlinjer|riktlinjerna)$/;

/** The programme's name as it reads mid-sentence: in Swedish "Program för …" becomes "program för …"
 * (as the source document writes it); "Västerås program" and "ANDTS-plan" stay as they are. */
function nameInSentence(name: string, lang: Lang): string {
  if (lang !== "sv") return name;
  const firstWord = name.split(" ", 1)[0];
  const lower = firstWord.toLowerCase();
  if (firstWord === lower || firstWord.slice(1) !== lower.slice(1) || !COMMON_NOUN_FIRST_WORD.test(lower)) {
    return name;
  }
  return lower + name.slice(firstWord.length);
}

/** A string of the table, as an expression with its placeholders filled. */
function phrase(lang: Lang, key: StringKey, params: Readonly<Record<string, TextExpr>> = {}): TextExpr {
  return fill(strings[lang][key], params);
}

/** "a, b och c" over the parts that are there. */
function joined(items: ListItem[], lang: Lang): TextExpr {
  return list(items, ", ", ` ${t(lang, "domain.list.and")} `);
}

/** Sentences joined by a space, over the sentences that are there. */
function sentences(items: ListItem[]): TextExpr {
  return list(items, " ", " ");
}

const always = (e: TextExpr): ListItem => ({ when: null, text: e });

const ADJECTIVE: Record<Status, { singular: StringKey; plural: StringKey }> = {
  red: { singular: "domain.report.red.singular", plural: "domain.report.red.plural" },
  yellow: { singular: "domain.report.yellow.singular", plural: "domain.report.yellow.plural" },
  green: { singular: "domain.report.green.singular", plural: "domain.report.green.plural" },
};

// A count known to be exactly one is written "1" in every language: a literal keeps the
// compiled formula short.
const ONE = text("1");

function statusItem(status: Status, first: boolean, lang: Lang): TextExpr {
  const name = `status.${status}` as const;
  const n = count(name);
  const words = {
    singular: phrase(lang, ADJECTIVE[status].singular),
    plural: phrase(lang, ADJECTIVE[status].plural),
  };
  const item = (form: "zero" | "one" | "many", value: TextExpr): TextExpr =>
    phrase(lang, (first ? `domain.report.item.first.${form}` : `domain.report.item.${form}`) as StringKey, {
      count: value,
      ...words,
    });
  return byCount(n, item("zero", text("0")), item("one", ONE), item("many", formatted(name, lang)));
}

/** The status sentences for more than one goal, or the one sentence for a single goal. */
function statusSentences(program: TextExpr, lang: Lang): TextExpr {
  const total = count("total");
  const missing = count("status.missing");
  // A single goal: named by the first status whose count is one, else not assessed.
  const single = STATUSES.reduceRight<TextExpr>(
    (otherwise, s) =>
      when(
        compare(count(`status.${s}`), "=", 1),
        phrase(lang, "domain.report.single", { program, adjective: phrase(lang, ADJECTIVE[s].singular) }),
        otherwise,
      ),
    phrase(lang, "domain.report.singleNotAssessed", { program }),
  );
  const totalText = formatted("total", lang);
  const intro = phrase(lang, "domain.report.intro", {
    total: totalText,
    program,
    list: joined(
      STATUSES.map((s, i) => always(statusItem(s, i === 0, lang))),
      lang,
    ),
  });
  const several = sentences([
    always(intro),
    {
      when: compare(missing, ">", 0),
      text: when(
        compare(missing, "=", 1),
        phrase(lang, "domain.report.remaining.one"),
        phrase(lang, "domain.report.remaining.many", { count: formatted("status.missing", lang) }),
      ),
    },
  ]);
  return when(
    compare(total, "=", 1),
    single,
    when(
      compare(sub(total, missing), "=", 0),
      phrase(lang, "domain.report.noneAssessed", { total: totalText, program }),
      several,
    ),
  );
}

/** The trend sentences; the trend sentence itself only when some trend is up or flat. */
function trendSentences(lang: Lang): TextExpr {
  const [up, flat, down, missing] = (["up", "flat", "down", "missing"] as const).map((k) =>
    count(`trend.${k}`),
  );
  const part = (name: CountName, many: StringKey, one: StringKey): ListItem & { when: Test } => ({
    when: compare(count(name), ">", 0),
    text: when(
      compare(count(name), "=", 1),
      phrase(lang, one, { count: ONE }),
      phrase(lang, many, { count: formatted(name, lang) }),
    ),
  });
  const parts = [
    part("trend.up", "domain.report.trend.up", "domain.report.trend.up.one"),
    part("trend.flat", "domain.report.trend.flat", "domain.report.trend.flat.one"),
  ];
  const some = sentences([
    {
      when: or(...parts.map((p) => p.when)),
      text: phrase(lang, "domain.report.trend", { parts: joined(parts, lang) }),
    },
    always(
      byCount(
        down,
        phrase(lang, "domain.report.down.zero"),
        phrase(lang, "domain.report.down.one"),
        phrase(lang, "domain.report.down.many", { count: formatted("trend.down", lang) }),
      ),
    ),
    {
      when: compare(missing, ">", 0),
      text: when(
        compare(missing, "=", 1),
        phrase(lang, "domain.report.trendMissing.one"),
        phrase(lang, "domain.report.trendMissing.many", { count: formatted("trend.missing", lang) }),
      ),
    },
  ]);
  return when(compare(add(add(up, flat), down), "=", 0), phrase(lang, "domain.report.noTrend"), some);
}

/** "31 av 42 mål är klarmarkerade.": only when some goal is marked done, so a year without done
 * marks reads as it always did. */
function doneSentence(lang: Lang): TextExpr {
  const done = count("done");
  return when(
    compare(done, ">", 0),
    concat(
      text(" "),
      when(
        compare(done, "=", 1),
        phrase(lang, "domain.report.done.one", { count: ONE, total: formatted("total", lang) }),
        phrase(lang, "domain.report.done.many", {
          count: formatted("done", lang),
          total: formatted("total", lang),
        }),
      ),
    ),
    text(""),
  );
}

/**
 * The report text for counts under a given name (a programme, or a målområde), as an
 * expression: `evaluate` gives the domain's text, src/plan/textformula.ts the sheet's formula.
 * The name is fixed when the text is made, so it enters as a literal, already as it reads
 * mid-sentence.
 */
export function reportExpression(name: string, lang: Lang): TextExpr {
  const program = text(nameInSentence(name, lang));
  return when(
    compare(count("total"), "=", 0),
    phrase(lang, "domain.report.none", { program }),
    concat(statusSentences(program, lang), text(" "), trendSentences(lang), doneSentence(lang)),
  );
}

/** Report text for counts under a given name (a programme, or a målområde). */
export function countsReportText(c: Counts, name: string, lang: Lang): string {
  return evaluate(reportExpression(name, lang), c);
}

/** Sentences in the source document's style for one programme. */
export function programReportText(p: ProgramSummary, lang: Lang): string {
  return countsReportText(p, p.name, lang);
}

/** All programmes, paragraphs separated by a blank line. */
export function summaryReportText(s: Summary, lang: Lang): string {
  return s.programs.map((p) => programReportText(p, lang)).join("\n\n");
}
