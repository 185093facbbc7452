/**
 * Excel's naming rules for worksheets, tables and defined names. Each check returns null when the
 * name is acceptable, else a reason; callers turn the reason into InvalidArgument.
 */
import { looksLikeCellReference } from "./address";

export const SHEET_NAME_MAX = 31;
export const TABLE_NAME_MAX = 255;

export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string") return "a sheet name must be text";
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > SHEET_NAME_MAX) return `a sheet name cannot be longer than ${SHEET_NAME_MAX} characters`;
  if (/[:\\/?*[\]]/.test(name)) return "a sheet name cannot contain : \\ / ? * [ or ]";
  if (name.startsWith("'") || name.endsWith("'"))
    return "a sheet name cannot begin or end with an apostrophe";
  // Excel reserves "History" for change tracking.
  if (name.toLowerCase() === "history") return "'History' is a reserved sheet name";
  return null;
}

/** Rules shared by tables and defined names (Excel's "name" grammar, simplified to what it rejects). */
export function definedNameProblem(name: unknown, what = "name"): string | null {
  if (typeof name !== "string" || name === "") return `a ${what} cannot be blank`;
  if (name.length > TABLE_NAME_MAX) return `a ${what} cannot be longer than ${TABLE_NAME_MAX} characters`;
  if (!/^[\p{L}_\\]/u.test(name)) return `a ${what} must begin with a letter, an underscore or a backslash`;
  if (/\s/.test(name)) return `a ${what} cannot contain spaces`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    return `a ${what} can contain only letters, numbers, periods and underscores`;
  if (looksLikeCellReference(name))
    return `a ${what} cannot be the same as a cell reference, such as A1 or R1C1`;
  return null;
}

export const tableNameProblem = (name: unknown): string | null => definedNameProblem(name, "table name");

export const sameName = (a: string, b: string): boolean => a.toLocaleUpperCase() === b.toLocaleUpperCase();

/** Excel makes a header unique by appending 2, 3, … ("Status", "Status2"), case-insensitively. */
export function uniqueName(wanted: string, taken: readonly string[]): string {
  const upper = new Set(taken.map((t) => t.toLocaleUpperCase()));
  if (!upper.has(wanted.toLocaleUpperCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted}${i}`;
    if (!upper.has(candidate.toLocaleUpperCase())) return candidate;
  }
}
