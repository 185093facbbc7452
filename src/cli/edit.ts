// What `rollover` and `import-history` share: reading FILE.xlsx for editing, checking --out, and
// writing the edited workbook to OUT.xlsx through a temporary file (never FILE.xlsx itself, and
// never a half-written OUT.xlsx), with the summary sheet drawn again for the workbook's new state.
import { promises as fs } from "fs";
import * as path from "path";
import type { GoalStructure, Lang } from "../domain";
import { buildSummaryPlan, type NamePlan } from "../plan";
import { actualLayout } from "../plan/goalTable";
import { ownedNamePrefix } from "../plan/ownership";
import { EditProblem, replaceSummary, tableWithTotalsRow, type GoalBook } from "../xlsx/goalbook";
import { saveEditable } from "../xlsx/package";
import { LostPartsError } from "../xlsx/parts";
import { writeFileAtomic } from "../xlsx/write";
import { CliError, EXIT_UNREADABLE, reason } from "./common";
import { writeErrorReason } from "./workbook";
import { readXlsxForEdit, type XlsxGoals } from "./xlsx-input";

export interface OpenedBook extends GoalBook {
  goals: XlsxGoals;
}

/** Refuses an --out that is missing, not .xlsx, or the input file itself (by path or by inode). */
export async function checkOut(
  file: string,
  out: string | null,
  usage: (lang: Lang) => string,
): Promise<string> {
  if (out === null || out === "") throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.needOut"), usage);
  if (path.extname(out).toLowerCase() !== ".xlsx")
    throw new CliError(EXIT_UNREADABLE, reason("wb.cli.error.notXlsx", { file: out }));
  const same = async (): Promise<boolean> => {
    if (path.resolve(out) === path.resolve(file)) return true;
    try {
      const [a, b] = await Promise.all([fs.stat(file), fs.stat(out)]);
      return a.dev === b.dev && a.ino === b.ino;
    } catch {
      return false;
    }
  };
  if (await same()) throw new CliError(EXIT_UNREADABLE, reason("cli.error.sameFile", { file }), usage);
  return out;
}

/**
 * FILE.xlsx, read and loaded for editing. Refuses a workbook without a follow-up year (its
 * structure sheet missing or its year empty): the history's rows could not say which year they are;
 * and one whose goal or history table has a totals row (it would be read as a row of the table).
 */
export async function openBook(file: string): Promise<OpenedBook> {
  const { goals, edit, tables } = await readXlsxForEdit(file);
  if (!tables.info) throw editError(new EditProblem("noYearCell", tables.goals.sheet), file);
  const totals = tableWithTotalsRow({ edit, tables, read: goals });
  if (totals !== null)
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.totalsRow", { file, ...totals }));
  if (!/^\d{4}$/.test(String(goals.structure.year)))
    throw new CliError(EXIT_UNREADABLE, reason("cli.error.noYear", { file, sheet: tables.info.sheet }));
  return { goals, edit, tables, read: goals };
}

/** An edit the workbook does not allow, as a CliError (exit 2) in both languages. */
export function editError(e: unknown, file: string): unknown {
  if (e instanceof LostPartsError)
    return new CliError(EXIT_UNREADABLE, reason("cli.error.wouldLose", { file, parts: e.parts.join(", ") }));
  if (!(e instanceof EditProblem)) return e;
  if (e.kind === "refused")
    return new CliError(EXIT_UNREADABLE, e.refusal?.messages ?? { sv: e.message, en: e.message });
  if (e.kind === "protectedSheet") {
    return new CliError(EXIT_UNREADABLE, reason("xl.error.protectedSheet", { sheet: e.sheet }));
  }
  const key = {
    rowsBelowHistory: "cli.error.rowsBelowHistory",
    historyUnreadable: "cli.error.historyUnreadable",
    noYearCell: "cli.error.noYearCell",
  } as const;
  return new CliError(EXIT_UNREADABLE, reason(key[e.kind], { file, sheet: e.sheet }));
}

/**
 * Draws the summary sheet for `structure` (what the workbook holds after the edit), saves the
 * workbook with the formula names it keeps and the new summary's, and writes OUT.xlsx.
 */
export async function finishBook(
  book: OpenedBook,
  structure: GoalStructure,
  out: string,
  year?: number,
): Promise<void> {
  const layout = actualLayout(book.tables.goals, book.read);
  const summary = buildSummaryPlan(structure, layout, book.read.lang);
  let buffer: Buffer;
  try {
    const owned = new Set(replaceSummary(book, summary).map((n) => n.toLocaleUpperCase("sv")));
    const sheet = book.edit.wb.worksheets.find((w) => w.name.toLowerCase() === summary.name.toLowerCase());
    const prefix = ownedNamePrefix("summary").toLocaleUpperCase("sv");
    const kept = book.edit.formulaNames.filter((n) => {
      const upper = n.name.toLocaleUpperCase("sv");
      return !owned.has(upper) && !upper.startsWith(prefix);
    });
    const names: NamePlan[] = [...kept, ...summary.names];
    const isOwned = (name: string): boolean => {
      const upper = name.toLocaleUpperCase("sv");
      return owned.has(upper) || upper.startsWith(prefix);
    };
    const charts = { sheet: sheet?.name ?? summary.name, charts: summary.charts ?? [], lang: book.read.lang };
    buffer = await saveEditable(book.edit, names, isOwned, year, charts);
  } catch (e) {
    throw editError(e, book.goals.file);
  }
  try {
    await writeFileAtomic(buffer, out);
  } catch (e) {
    throw new CliError(EXIT_UNREADABLE, writeErrorReason(e, out));
  }
}
