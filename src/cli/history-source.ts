// An earlier follow-up read for the history (`import-history --from`, `workbook --history`): a
// structure JSON or a workbook of ours, merged by goal ID with importHistory, and what the merge
// did as the lines both commands print. A source without a follow-up year is refused (its entries
// would say no year), and so is one whose validation finds errors unless --force: a misread
// status would go into the history as "no assessment" and could replace one the history held.
import { t } from "../i18n/cliStrings";
import {
  idKey,
  importHistory,
  type Bilingual,
  type GoalStructure,
  type HistoryImport,
  type Lang,
} from "../domain";
import { CliError, EXIT_INVALID, EXIT_UNREADABLE, reason } from "./common";
import { issueLocator, loaderFor } from "./summary";
import { locatedIssueLine } from "./validate";

export interface ImportedHistory {
  result: HistoryImport;
  /** What --force let through: the source's errors and a note, for stderr. */
  warnings: string[];
}

/**
 * The earlier follow-up in SOURCE (.json or .xlsx), merged into `target` (named `targetLabel` in
 * messages); refused unless it has a year earlier than the target's and, without `force`, no
 * validation errors.
 */
export async function importFrom(
  target: GoalStructure,
  targetLabel: Bilingual,
  source: string,
  lang: Lang,
  usageOf: (lang: Lang) => string,
  force: boolean,
): Promise<ImportedHistory> {
  const loaded = await loaderFor(source)(source, lang);
  if (!/^\d{4}$/.test(String(loaded.structure.year)))
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.sourceNoYear", { source }), usageOf);
  const errors = loaded.issues.filter((i) => i.severity === "error");
  const locate = issueLocator(loaded);
  const lines = errors.map((issue) => `${locatedIssueLine({ where: locate(issue), issue }, lang)}\n`);
  if (errors.length > 0 && !force) {
    const refused = reason("cli.importHistory.refused", { source, count: errors.length });
    throw new CliError(EXIT_INVALID, refused, undefined, lines.join(""));
  }
  const warnings =
    errors.length > 0
      ? [...lines, `${t(lang, "cli.importHistory.forced", { source, count: errors.length })}\n`]
      : [];
  const unreadable = new Set(
    errors
      .filter((i) => i.history === undefined && i.goalId !== undefined)
      .filter((i) => i.code === "unknown-status" || i.code === "unknown-trend")
      .map((i) => idKey((i.goalId as string).trim())),
  );
  const result = importHistory(target, loaded.structure, unreadable);
  if (!result.ok) {
    const refusal = (l: Lang): string =>
      t(l, "cli.error.notEarlier", {
        source,
        sourceYear: result.source,
        file: targetLabel[l],
        year: result.target,
      });
    throw new CliError(EXIT_UNREADABLE, { sv: refusal("sv"), en: refusal("en") }, usageOf);
  }
  return { result, warnings };
}

/** What the import did, line by line: the counts, each replaced entry, the entries kept, the goals left out. */
export function importLines(result: HistoryImport, source: string, lang: Lang): string[] {
  const lines = [
    t(lang, "cli.importHistory.done", {
      years: result.years.join(", "),
      source,
      added: result.added.length,
      replaced: result.replaced.length,
      unchanged: result.unchanged,
    }),
    ...result.replaced.map(
      (r) => `  ${t(lang, "cli.importHistory.replaced", { id: r.id, year: r.entry.year })}`,
    ),
  ];
  if (result.kept.length > 0) {
    lines.push(
      t(lang, "cli.importHistory.kept", {
        count: result.kept.length,
        source,
        ids: result.kept.map((k) => `${k.id} ${k.entry.year}`).join(", "),
      }),
    );
  }
  if (result.unknownGoals.length > 0) {
    lines.push(
      t(lang, "cli.importHistory.unknown", {
        count: result.unknownGoals.length,
        source,
        ids: result.unknownGoals.join(", "),
      }),
    );
  }
  return lines;
}
