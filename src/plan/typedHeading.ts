// The heading a load writes above the history and the indicator tables (title in A1, notes in
// A2 and A3), and how a sheet holding only that heading is told from somebody's own sheet.
import { LANGS } from "../domain";
import { t, type StringKey } from "../i18n/adapterStrings";
import { HISTORY_TABLE, INDICATOR_TABLE } from "./layout";

/** What is read of a sheet that this needs (ownership.ts's SheetRead). */
interface SheetTop {
  usedValues: string | null;
  top: (string | number | boolean)[][] | null;
}

export type TypedRole = "history" | "indicators";

/** Each typed sheet's heading: its title in A1, then its notes in A2, A3 (`notes`). */
export const TYPED: Record<
  TypedRole,
  { table: string; title: StringKey; notes: StringKey[]; heading: RegExp }
> = {
  history: {
    table: HISTORY_TABLE,
    title: "wb.history.title",
    notes: ["wb.history.intro"],
    heading: /^A1(:A2)?$/,
  },
  indicators: {
    table: INDICATOR_TABLE,
    title: "ind.sheet.title",
    notes: ["ind.sheet.intro", "ind.sheet.attribution"],
    heading: /^A1(:A[23])?$/,
  },
};

/** The cell holds nothing, or the note `key` in either language (up to its first {placeholder}). */
function ownNote(key: StringKey, value: unknown): boolean {
  if (value === "" || value === null || value === undefined) return true;
  return LANGS.some((l) => {
    const text = t(l, key);
    const fixed = text.split("{")[0];
    return text.includes("{") ? String(value).startsWith(fixed) : value === text;
  });
}

/**
 * True when the sheet holds nothing but the sheet's own heading (A1 to A3 at most): a load cut
 * short after writing it and before the table. Its retry must write the table there, or the
 * structure's rows would never reach the workbook.
 */
export function onlyHeading(role: TypedRole, sheet: SheetTop): boolean {
  if (sheet.usedValues === null || !TYPED[role].heading.test(sheet.usedValues.replace(/\$/g, "")))
    return false;
  const top = sheet.top;
  if (top === null) return false;
  // Our title, and below it nothing but our own notes: someone's text there makes it their sheet.
  return (
    LANGS.some((l) => top[0]?.[0] === t(l, TYPED[role].title)) &&
    TYPED[role].notes.every((key, i) => ownNote(key, top[i + 1]?.[0]))
  );
}
