// How goal values are written as cell text and read back, for the columns whose text is not
// the value itself: Agenda 2030 lists, activities, and goal ids compared without case. Shared by
// the row model (rows.ts) and validation (validate.ts).

/** A lower-case ASCII letter or any non-ASCII character: what toUpperCase may change. */
const MAY_CHANGE_CASE = /[a-z\u0080-\uffff]/;

/**
 * True when toUpperCase may change `id`. A regular expression, not a loop over the character
 * codes: this runs once per row of a large table, and before the JIT has optimised the loop
 * (most of a 10,000-row run) the loop cost about five times as much; optimised, both cost the same.
 */
function mayChangeCase(id: string): boolean {
  return MAY_CHANGE_CASE.test(id);
}

/**
 * The case-insensitive key of a goal id: "eko-1.01" and "EKO-1.01" are the same goal. Ids are
 * usually upper case already, and then the id itself is the key: toUpperCase always returns a
 * copy, and a copy per row is what made the id map of a large table slow.
 */
export function idKey(id: string): string {
  return mayChangeCase(id) ? id.toUpperCase() : id;
}

/** "3, 5, 10": how an Agenda 2030 list is written in a cell. */
export function formatSdgs(sdgs: readonly number[] | undefined): string {
  return sdgs === undefined ? "" : sdgs.join(", ");
}

/** What separates the numbers of an Agenda 2030 cell: commas, semicolons, spaces, line ends. */
const SDG_SEPARATORS = /[,; \t\n\r\u00a0]+/;
const SDG_NUMBER = /^[0-9]{1,2}$/;

export function isSdgNumber(n: unknown): boolean {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 17;
}

/**
 * Parses an "Agenda 2030" cell such as "3, 5, 10"; a number given twice counts once. Returns null
 * when any part is not a number 1–17.
 */
export function parseSdgs(cell: string): number[] | null {
  const out: number[] = [];
  for (const part of cell.split(SDG_SEPARATORS)) {
    if (part === "") continue;
    if (!SDG_NUMBER.test(part)) return null;
    const n = Number(part);
    if (!isSdgNumber(n)) return null;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** Activities are one per line within the cell. */
export function formatActivities(activities: readonly string[] | undefined): string {
  return activities === undefined ? "" : activities.join("\n");
}

/** One activity per line ("\n" or "\r\n"), trimmed; blank lines dropped. */
export function parseActivities(cell: string): string[] {
  return cell
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
