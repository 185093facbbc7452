// coreRatio: what the add-in's core does with a read-back goal table of `goals` goals (find the
// columns and read the structure tables, validate every row, rebuild the structure, count it),
// divided by JSON.parse of the same goals as a goal-structure JSON text. JSON.parse is the floor
// for "looking at every goal once" in JavaScript; a ratio of 1.0 means validating and counting
// cost no more than parsing the goals would. bench/main.ts runs it at CORE_SIZES (bench/scale.ts),
// one process per size; the budget is 2.0 (issue 11).
import { rowsToStructure, summarize, validateRows } from "../../src/domain";
import { buildWorkbookPlan, readWorkbookTables } from "../../src/plan";
import { runMeasurement, log } from "../child";
import { goalCount, scaledStructure } from "../scale";
import { planTables } from "../tables";
import { compareAlternating, median, round, timeMs } from "../timing";

export interface CoreArgs {
  goals: number;
  runs: number;
}

runMeasurement(async ({ goals, runs }: CoreArgs) => {
  const structure = scaledStructure(goals);
  if (goalCount(structure) !== goals) throw new Error("scaled structure has the wrong size");
  const json = JSON.stringify(structure);
  const tables = planTables(buildWorkbookPlan(structure, "sv"));
  log(`core: ${goals} goals, JSON ${json.length} characters, ${tables.goals.body.length} table rows`);

  let sink: unknown = null;
  // The validate command and the summary command both read the table this way; rowsToStructure
  // runs the same single validation pass as validateRows and also returns its issues, so one call
  // gives both the issues and the structure the summary counts.
  const subject = (): void => {
    const read = readWorkbookTables(tables);
    if (!read.ok) throw new Error(`goal table misses ${read.missing.join(", ")}`);
    const { structure: s, issues } = rowsToStructure(read.value.rows, read.value.reference, read.value.lang);
    sink = [issues.length, summarize(s).total.total];
  };
  const baseline = (): void => {
    sink = JSON.parse(json);
  };
  const cmp = await compareAlternating(subject, baseline, runs);

  // Where the time goes (medians of 3, not part of the ratio).
  const parts = async (work: () => unknown): Promise<number> =>
    round(median([await timeMs(work), await timeMs(work), await timeMs(work)]));
  const read = readWorkbookTables(tables);
  if (!read.ok) throw new Error("unreadable");
  const rebuilt = rowsToStructure(read.value.rows, read.value.reference, read.value.lang);
  const breakdownMs = {
    readWorkbookTables: await parts(() => readWorkbookTables(tables)),
    validateRows: await parts(() => validateRows(read.value.rows, read.value.reference, read.value.lang)),
    rowsToStructure: await parts(() =>
      rowsToStructure(read.value.rows, read.value.reference, read.value.lang),
    ),
    summarize: await parts(() => summarize(rebuilt.structure)),
    // The validate command's own pure work (it reads the table and runs validateRows only).
    validateCommand: await parts(() => {
      const r = readWorkbookTables(tables);
      if (r.ok) validateRows(r.value.rows, r.value.reference, r.value.lang);
    }),
    jsonParse: await parts(() => JSON.parse(json)),
  };
  const total = summarize(rebuilt.structure).total;
  void sink;
  return {
    goals,
    jsonChars: json.length,
    issues: rebuilt.issues.length,
    countedGoals: total.total,
    ...cmp,
    breakdownMs,
  };
});
