// An earlier follow-up read for the history (`import-history --from`, `workbook --history`): a
// structure JSON or a workbook of ours, merged by goal ID with importHistory, and what the merge
// did as the lines both commands print.
import { t } from "../i18n/cliStrings";
import { importHistory, type GoalStructure, type HistoryImport, type Lang } from "../domain";
import { CliError, EXIT_UNREADABLE, reason } from "./common";
import { loaderFor } from "./summary";

/** The earlier follow-up in SOURCE (.json or .xlsx), merged into `target`; refused unless earlier. */
export async function importFrom(
  target: GoalStructure,
  targetFile: string,
  source: string,
  lang: Lang,
  usageOf: (lang: Lang) => string,
): Promise<HistoryImport> {
  const loaded = await loaderFor(source)(source, lang);
  const result = importHistory(target, loaded.structure);
  if (!result.ok) {
    throw new CliError(
      EXIT_UNREADABLE,
      reason("cli.error.notEarlier", {
        source,
        sourceYear: result.source,
        file: targetFile,
        year: result.target,
      }),
      usageOf,
    );
  }
  return result;
}

/** What the import did, line by line: the counts, each replaced entry, the goals left out. */
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
