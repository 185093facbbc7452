// One finding as a line of text, and the sentence that counts them: the same words in the CLI,
// the task pane and the ribbon's outcome.
import { GOAL_COLUMNS, jsonPath, type ColumnKey, type GoalStructure, type Issue } from "../domain";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n";
import { countLabel } from "./counts";

export interface IssueLineOptions {
  /** Where the issue is, before everything else ("Mål!G5", "$.programs[0]…"). */
  where?: string;
  /** A label after the severity; the CLI, the pane and the ribbon locate by `where` instead. */
  row?: string;
}

/** "Mål!G5: fel · EKO-1.02 · Status: … (förslag: ”Röd”)"; "$.programs[2]…status: varning · HP-D1 · Status: …" */
export function issueLine(issue: Issue, lang: Lang, options: IssueLineOptions = {}): string {
  const parts = [t(lang, `present.severity.${issue.severity}`)];
  if (options.row !== undefined) parts.push(options.row);
  if (issue.goalId) parts.push(issue.goalId);
  const column = issue.column === null ? "" : `${t(lang, `domain.column.${issue.column}`)}: `;
  let line = `${parts.join(" · ")} · ${column}${issue.message[lang]}`;
  if (issue.suggestion !== null) {
    line += ` (${issue.suggestion === "" ? t(lang, "present.fixEmpty") : t(lang, "present.fix", { suggestion: issue.suggestion })})`;
  }
  return options.where === undefined ? line : `${options.where}: ${line}`;
}

/** The JSON field of a goal that holds a goal-table column (null: the goal itself). */
const GOAL_FIELD = Object.fromEntries(GOAL_COLUMNS.map((c) => [c.key, c.field])) as Record<
  ColumnKey,
  string | null
>;

/** JSON paths of the goals in table order (the row numbering validateStructure uses). */
export function goalPaths(s: GoalStructure): (string | number)[][] {
  const out: (string | number)[][] = [];
  s.programs.forEach((p, i) =>
    p.areas.forEach((a, j) => a.goals.forEach((_g, k) => out.push(["programs", i, "areas", j, "goals", k]))),
  );
  return out;
}

/** "$.programs[0].areas[1].goals[3].status": where in a JSON file an issue of validateStructure is. */
export function locateJsonIssue(paths: readonly (string | number)[][], issue: Issue): string {
  const base = issue.row >= 0 && issue.row < paths.length ? paths[issue.row] : [];
  const field = issue.column === null ? null : GOAL_FIELD[issue.column];
  return jsonPath(field === null ? base : [...base, field]);
}

/** Locates the issues of a structure read from JSON by their JSON paths. */
export function jsonIssueLocator(s: GoalStructure): (issue: Issue) => string {
  const paths = goalPaths(s);
  return (issue) => locateJsonIssue(paths, issue);
}

/** The cell an issue is in, or that it concerns the whole table. */
export function issueLocation(address: string, lang: Lang): string {
  return address || t(lang, "tp.validate.noAddress");
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  /** Goals differing from their indicators' suggestion (not in `info`), when counted apart. */
  advice?: number;
}

export function severityCounts(issues: readonly { severity: Issue["severity"] }[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return counts;
}

/** A validation's outcome as the pane and the ribbon get it. */
export interface ValidationCounts {
  goals: number;
  issues: readonly unknown[];
  counts: SeverityCounts;
}

/** The counts of a validation with their nouns: "66 mål", "3 fel", "2 varningar", "1 att rätta till". */
function countWords(
  lang: Lang,
  r: ValidationCounts,
): Record<"goals" | "errors" | "warnings" | "infos", string> {
  return {
    goals: countLabel(lang, "tp.n.goals", r.goals),
    errors: countLabel(lang, "tp.n.errors", r.counts.error),
    warnings: countLabel(lang, "tp.n.warnings", r.counts.warning),
    infos: countLabel(lang, "tp.n.infos", r.counts.info),
  };
}

/** "Validerat: 66 mål. 3 fel, 2 varningar, 1 att rätta till." or "Inga problem i 66 mål." */
export function validationSentence(lang: Lang, r: ValidationCounts): string {
  const words = countWords(lang, r);
  if (r.issues.length === 0) return t(lang, "tp.validate.clean", { goals: words.goals });
  const advice = r.counts.advice ?? 0;
  const sentence = t(lang, "tp.validate.summary", words);
  return advice > 0 ? `${sentence} ${t(lang, "tp.validate.advice", { count: advice })}` : sentence;
}

/** The ribbon's outcome: "Validering klar för 66 mål: …", with a pointer to the pane when there is anything to see. */
export function validationOutcome(lang: Lang, r: ValidationCounts): string {
  const text = t(lang, "tp.command.validated", countWords(lang, r));
  return r.issues.length > 0 ? `${text} ${t(lang, "tp.command.openPane")}` : text;
}
