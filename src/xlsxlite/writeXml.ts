// XML text for the parts the browser-safe writer (write.ts) produces: escaping for attributes and
// element text, and Excel's _xHHHH_ escape for the characters XML 1.0 cannot hold, so a cell's
// text comes back exactly as written (cells.ts and ExcelJS decode the same pattern).

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
};

export const REL_TYPE = {
  officeDocument: `${NS.r}/officeDocument`,
  worksheet: `${NS.r}/worksheet`,
  styles: `${NS.r}/styles`,
  sharedStrings: `${NS.r}/sharedStrings`,
  table: `${NS.r}/table`,
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
};

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

// Characters XML 1.0 forbids (controls other than tab and line feed), and the carriage return,
// which a parser would turn into a line feed.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g;
// A literal "_x0041_" in the text would be decoded on reading: its "_" is escaped itself.
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

const hex4 = (c: string): string => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** Cell or shared-string text as the content of a <t> or <v> element. */
export function cellTextXml(s: string): string {
  return escapeXml(s.replace(LOOKS_ESCAPED, "_x005F_$1").replace(NOT_XML, (c) => `_x${hex4(c)}_`));
}

/** A relationship part. */
export function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels
    .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  return `${XML_HEAD}<Relationships xmlns="${NS.rel}">${items}</Relationships>`;
}

/** Attributes from a record, leaving out undefined ones; values escaped. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}
