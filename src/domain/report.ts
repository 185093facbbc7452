// Report text from a summary, in the style of the source document:
//   "Av de 42 mål som gäller för program för ekologisk hållbarhet är det 9 som är röda, 29 gula
//    och 4 gröna. När det gäller utvecklingen visar trenden uppåt för 17 mål och rakt fram för
//    24 mål. Ett mål är bedömt som att det går åt fel håll."
// One template for every programme, with the grammar of 0, 1 and many handled here (Swedish
// neuter singular "ett mål som är grönt", plural "gröna"; English "1 goal"/"2 goals").
// All words live in src/i18n/domain.ts.
import { t } from "../i18n";
import type { Params, StringKey } from "../i18n";
import type { Counts, ProgramSummary, Summary } from "./summary";
import type { Lang, Status } from "./types";
import { STATUSES } from "./types";

/** Digits, grouped by thousands from 10 000 (Swedish, no-break space) or 1,000 (English). */
export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const sign = n < 0 ? "-" : "";
  if (lang === "sv" ? digits.length < 5 : digits.length < 4) return sign + digits;
  const separator = lang === "sv" ? "\u00a0" : ",";
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return sign + out;
}

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

function join(parts: readonly string[], lang: Lang): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${t(lang, "domain.list.and")} ${parts[parts.length - 1]}`;
}

const ADJECTIVE: Record<Status, { singular: StringKey; plural: StringKey }> = {
  red: { singular: "domain.report.red.singular", plural: "domain.report.red.plural" },
  yellow: { singular: "domain.report.yellow.singular", plural: "domain.report.yellow.plural" },
  green: { singular: "domain.report.green.singular", plural: "domain.report.green.plural" },
};

function statusItem(status: Status, count: number, first: boolean, lang: Lang): string {
  const params: Params = {
    count: formatCount(count, lang),
    singular: t(lang, ADJECTIVE[status].singular),
    plural: t(lang, ADJECTIVE[status].plural),
  };
  const form = count === 0 ? "zero" : count === 1 ? "one" : "many";
  const key = (first ? `domain.report.item.first.${form}` : `domain.report.item.${form}`) as StringKey;
  return t(lang, key, params);
}

function statusSentences(c: Counts, program: string, lang: Lang): string[] {
  const assessed = c.total - c.status.missing;
  if (c.total === 1) {
    const status = STATUSES.find((s) => c.status[s] === 1);
    return status === undefined
      ? [t(lang, "domain.report.singleNotAssessed", { program })]
      : [t(lang, "domain.report.single", { program, adjective: t(lang, ADJECTIVE[status].singular) })];
  }
  const total = formatCount(c.total, lang);
  if (assessed === 0) return [t(lang, "domain.report.noneAssessed", { total, program })];
  const list = join(
    STATUSES.map((s, i) => statusItem(s, c.status[s], i === 0, lang)),
    lang,
  );
  const out = [t(lang, "domain.report.intro", { total, program, list })];
  const missing = c.status.missing;
  if (missing === 1) out.push(t(lang, "domain.report.remaining.one"));
  else if (missing > 1)
    out.push(t(lang, "domain.report.remaining.many", { count: formatCount(missing, lang) }));
  return out;
}

function trendSentences(c: Counts, lang: Lang): string[] {
  const { up, flat, down, missing } = c.trend;
  if (up + flat + down === 0) return [t(lang, "domain.report.noTrend")];
  const out: string[] = [];
  const parts: string[] = [];
  const part = (n: number, many: StringKey, one: StringKey): void => {
    if (n > 0) parts.push(t(lang, n === 1 ? one : many, { count: formatCount(n, lang) }));
  };
  part(up, "domain.report.trend.up", "domain.report.trend.up.one");
  part(flat, "domain.report.trend.flat", "domain.report.trend.flat.one");
  if (parts.length > 0) out.push(t(lang, "domain.report.trend", { parts: join(parts, lang) }));
  if (down === 0) out.push(t(lang, "domain.report.down.zero"));
  else if (down === 1) out.push(t(lang, "domain.report.down.one"));
  else out.push(t(lang, "domain.report.down.many", { count: formatCount(down, lang) }));
  if (missing === 1) out.push(t(lang, "domain.report.trendMissing.one"));
  else if (missing > 1)
    out.push(t(lang, "domain.report.trendMissing.many", { count: formatCount(missing, lang) }));
  return out;
}

/** Report text for counts under a given name (a programme, or a målområde). */
export function countsReportText(c: Counts, name: string, lang: Lang): string {
  const program = nameInSentence(name, lang);
  if (c.total === 0) return t(lang, "domain.report.none", { program });
  return [...statusSentences(c, program, lang), ...trendSentences(c, lang)].join(" ");
}

/** Sentences in the source document's style for one programme. */
export function programReportText(p: ProgramSummary, lang: Lang): string {
  return countsReportText(p, p.name, lang);
}

/** All programmes, paragraphs separated by a blank line. */
export function summaryReportText(s: Summary, lang: Lang): string {
  return s.programs.map((p) => programReportText(p, lang)).join("\n\n");
}
