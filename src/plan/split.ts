// What `split` draws, for both shells: from the goals as the workbook holds them (the goal table read
// back, with its history), one workbook plan per responsible body (src/domain/split.ts picks its
// goals and file name) and the record of what it is sent with (src/plan/sent.ts). The CLI renders
// the books with ExcelJS (src/cli/split.ts), the pane with the browser-safe writer
// (src/xlsxlite/write.ts), so a body gets the same workbook whichever made it. Pure.
import type { GoalStructure, Lang } from "../domain";
import { safeFileName, splitByResponsible } from "../domain/split";
import { uniqueFileNames } from "../domain/split";
import { buildWorkbookPlan } from "./build";
import { readGoalTable, tableStructure } from "./goalTable";
import type { Decision, WorkbookRead } from "./ownership";
import { sentGoals, sentIndicators, type SentRecord } from "./sent";
import type { WorkbookPlan } from "./types";

/** The goals a split starts from, as the CLI's readXlsxGoals gives them. */
export interface SplitSource {
  structure: GoalStructure;
  /** The workbook's language: the files go back into it. */
  lang: Lang;
  /** Validation errors of the goal table and its history (a split still goes ahead). */
  errors: number;
}

/** The goal table of the open workbook as a split's source, or why it cannot be read. */
export function planSplitSource(read: WorkbookRead): Decision<SplitSource> {
  const table = readGoalTable(read);
  if (!table.ok) return table;
  const { structure, issues } = tableStructure(table.value);
  return {
    ok: true,
    value: { structure, lang: table.value.lang, errors: issues.filter((i) => i.severity === "error").length },
  };
}

export interface SplitBook {
  /** The body as first written; "" for the goals without one. */
  responsible: string;
  /** File name without ".xlsx", safe on every common file system and unique in the split. */
  fileName: string;
  goals: number;
  plan: WorkbookPlan;
  record: SentRecord;
}

export interface SplitOptions {
  /** Identifies this run: every file of it records the same. */
  split: string;
  /** The main workbook's file name, for collect's messages. */
  main: string;
  /** The file name (and shown name) of the goals without a body. */
  noResponsible: string;
}

/** One book per responsible body, in the order the bodies first appear; none when there are no goals. */
export function splitBooks(
  source: Pick<SplitSource, "structure" | "lang">,
  options: SplitOptions,
): SplitBook[] {
  const parts = splitByResponsible(source.structure);
  const names = uniqueFileNames(
    parts.map((p) => safeFileName(p.responsible || options.noResponsible, options.noResponsible)),
  );
  return parts.map((part, i) => {
    const plan = buildWorkbookPlan(part.structure, source.lang);
    return {
      responsible: part.responsible,
      fileName: names[i],
      goals: part.goals,
      plan,
      record: {
        split: options.split,
        organisation: source.structure.organisation,
        year: source.structure.year,
        main: options.main,
        responsible: part.responsible,
        goals: sentGoals(plan),
        indicators: sentIndicators(plan),
      },
    };
  });
}
