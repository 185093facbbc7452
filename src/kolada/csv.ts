// CSV text as a grid of cell text, for a file exported from Kolada's web interface: the bytes
// decoded (UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252, which a Swedish
// Excel writes for "CSV (semikolonavgränsad)"), the delimiter found (';', tab or ','; an Excel
// "sep=;" first line names it), quoted fields with "" and line breaks inside. Cells stay text:
// nothing here interprets, let alone evaluates, what a cell holds.

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest are Latin-1's). */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function windows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  let out = "";
  for (let i = 2; i + 1 < bytes.length; i += 2)
    out += String.fromCharCode(
      littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1],
    );
  return out;
}

/** The text of a CSV file's bytes, without a byte order mark. */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, false);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: what Excel writes for a CSV in a Swedish Windows.
    return windows1252(body);
  }
}

const DELIMITERS = [";", "\t", ","] as const;

/** The number of fields each of the first lines has when split on `delimiter` outside quotes. */
function fieldCounts(text: string, delimiter: string, maxLines = 30): number[] {
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n") {
      counts.push(fields);
      fields = 1;
    } else if (!quoted && ch === delimiter) fields++;
  }
  if (counts.length < maxLines && fields > 1) counts.push(fields);
  return counts;
}

/**
 * The delimiter on which most of the first lines agree on one width of two fields or more (';'
 * first on a tie). Counting delimiters alone is not enough: a Swedish Excel quotes neither a
 * decimal comma nor a comma in a title in its ';' files, so commas can outnumber semicolons.
 */
function guessDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const widths = new Map<number, number>();
    for (const n of fieldCounts(text, d)) if (n >= 2) widths.set(n, (widths.get(n) ?? 0) + 1);
    const score = Math.max(0, ...widths.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Rows of cell text; a trailing empty line gives no row. */
export function parseCsv(input: string): string[][] {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let delimiter: string;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
  } else {
    delimiter = guessDelimiter(text);
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      // A quote opens a quoted field only at its start (spaces before it are dropped).
      cell = "";
      quoted = true;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" || ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
