// Building formula text. Formulas are written in Excel's invariant (English) syntax, commas
// between arguments, without the leading "=" (the form OOXML stores in <f> and ExcelJS takes;
// the Office.js renderer prepends "=" when it assigns `range.formulas`).

/** A string literal inside a formula: "a""b" for a"b. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Excel's limit on the length of one string constant in a formula. */
export const MAX_LITERAL_LENGTH = 255;

/** Whether `text` fits in one string constant: at most 255 characters, a doubled quote counted twice. */
export function fitsOneLiteral(text: string): boolean {
  return text.length + (text.match(/"/g)?.length ?? 0) <= MAX_LITERAL_LENGTH;
}

/**
 * String constants for `s`, joined with &: each at most 255 characters between its quotes, a
 * doubled quote counted twice, a surrogate pair never cut.
 */
export function literal(s: string): string {
  const chunks: string[] = [];
  let chunk = "";
  let length = 0;
  for (const ch of s) {
    const cost = ch === '"' ? 2 : ch.length;
    if (length + cost > MAX_LITERAL_LENGTH) {
      chunks.push(chunk);
      chunk = "";
      length = 0;
    }
    chunk += ch;
    length += cost;
  }
  chunks.push(chunk);
  return chunks.map(stringLiteral).join("&");
}

/**
 * Structured reference to a table column, e.g. Maluppfoljning_Mal[Målområde].
 * Inside the brackets Excel escapes [ ] # and ' with a leading '.
 */
export function columnRef(table: string, column: string): string {
  return `${table}[${column.replace(/['[\]#]/g, "'$&")}]`;
}

/** COUNTIF(S) fails with #VALUE! for criteria longer than 255 characters. */
export const MAX_CRITERION_LENGTH = 255;

/**
 * A COUNTIFS criterion that matches cells equal to `text` (case-insensitively, as COUNTIFS
 * always compares), and nothing else:
 * - it starts with "=", so text beginning with = < > is compared, not read as an operator
 *   ("=<5" matches the text "<5"; "==x" matches "=x");
 * - the wildcard characters * ? and the escape ~ are escaped with ~ ("Hälsa?" matches only
 *   "Hälsa?", not "Hälsan").
 * Names so long that the criterion would pass 255 characters are cut and end in "*" (a prefix
 * match): a long name then still counts instead of turning the cell into #VALUE!.
 */
export function equalsCriterion(text: string): string {
  const escaped = "=" + text.replace(/[~*?]/g, "~$&");
  if (escaped.length <= MAX_CRITERION_LENGTH) return escaped;
  let cut = escaped.slice(0, MAX_CRITERION_LENGTH - 1);
  // Never leave a dangling escape "~" at the end: it would escape the "*" we append.
  const trailingTildes = /~*$/.exec(cut)?.[0].length ?? 0;
  if (trailingTildes % 2 === 1) cut = cut.slice(0, -1);
  return cut + "*";
}

/** COUNTIFS(range1,"crit1",range2,"crit2",...) over table columns. */
export function countifs(
  table: string,
  criteria: ReadonlyArray<readonly [column: string, equals: string]>,
): string {
  const args = criteria.map(
    ([column, value]) => `${columnRef(table, column)},${stringLiteral(equalsCriterion(value))}`,
  );
  return `COUNTIFS(${args.join(",")})`;
}

/**
 * An array test for SUMPRODUCT: `(column=text)` for the same cells as `equalsCriterion(text)`
 * matches in COUNTIFS ("=" compares exactly, apart from case, with no wildcards). A text so long
 * that the criterion is cut to a prefix is tested the same way, on the prefix: LEFT(column,n)=prefix.
 */
export function equalsTest(table: string, column: string, text: string): string {
  const ref = columnRef(table, column);
  const criterion = equalsCriterion(text);
  if (!criterion.endsWith("*") || criterion.length < MAX_CRITERION_LENGTH)
    return `(${ref}=${stringLiteral(text)})`;
  const prefix = criterion.slice(1, -1).replace(/~(.)/g, "$1");
  return `(LEFT(${ref},${prefix.length})=${stringLiteral(prefix)})`;
}
