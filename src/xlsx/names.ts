// The defined names of an edited workbook. ExcelJS 4.4.0 keeps a name only when it refers to
// cells as "$A$1" or "$A$1:$B$2": a whole column or row, a relative reference, a formula is lost;
// it drops `localSheetId` (a sheet's own name becomes the workbook's) and `hidden`, and writes a
// name with several areas twice (which Excel repairs). So the user's names are not ExcelJS's to
// keep: the original <definedName> elements are written back as they were (a sheet's index moved
// when the tab order changed), and only the names the edit owns come from what ExcelJS wrote.
import { unescapeXml } from "./parts";

export interface DefinedNameXml {
  /** The element as it stands in workbook.xml. */
  xml: string;
  name: string;
  /** `localSheetId`: the index of the sheet the name belongs to, in workbook.xml's <sheets>. */
  sheet: number | null;
}

const DEFINED_NAME = /<definedName\b(?:[^>"]|"[^"]*")*?(?:\/>|>[\s\S]*?<\/definedName>)/g;
const DEFINED_NAMES = /<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/;

/** The <definedName> elements of workbook.xml, in order. */
export function definedNamesOf(workbookXml: string): DefinedNameXml[] {
  const block = DEFINED_NAMES.exec(workbookXml)?.[0] ?? "";
  return [...block.matchAll(DEFINED_NAME)].map((m) => {
    const open = /^<definedName\b((?:[^>"]|"[^"]*")*)/.exec(m[0])?.[1] ?? "";
    const name = unescapeXml(/\sname="([^"]*)"/.exec(open)?.[1] ?? "");
    const id = /\slocalSheetId="(\d+)"/.exec(open)?.[1];
    return { xml: m[0], name, sheet: id === undefined ? null : Number(id) };
  });
}

/** The sheet names of workbook.xml, in the order of <sheets> (what localSheetId counts). */
export function sheetNamesOf(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*?\sname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
}

const upper = (s: string): string => s.toLocaleUpperCase("sv");

/**
 * workbook.xml as ExcelJS wrote it (`written`), with its defined names replaced by the original's
 * elements, verbatim, and, from what ExcelJS wrote, the names `owned(name)` says the edit made
 * (the summary's, drawn again) and names the original did not have at all (a sheet drawn new).
 * An original name that `owned` claims is left out (it is rebuilt); one whose sheet is gone is kept
 * out of the file only when owned too; otherwise Error (no name is dropped silently).
 */
export function mergeDefinedNames(
  originalXml: string,
  written: string,
  owned: (name: string) => boolean,
): string {
  const originalSheets = sheetNamesOf(originalXml);
  const outSheets = sheetNamesOf(written).map(upper);
  const keyOf = (name: string, sheet: string | null): string => `${upper(name)}\u0000${sheet ?? ""}`;
  const taken = new Set<string>();
  const elements: string[] = [];
  const originalNames = new Set<string>();
  for (const n of definedNamesOf(originalXml)) {
    originalNames.add(upper(n.name));
    if (owned(n.name)) continue;
    let xml = n.xml;
    let sheet: string | null = null;
    if (n.sheet !== null) {
      sheet = upper(originalSheets[n.sheet] ?? "");
      const now = outSheets.indexOf(sheet);
      if (now < 0) throw new Error(`defined name ${n.name}: its sheet is no longer in the workbook`);
      xml = xml.replace(/(\slocalSheetId=")\d+"/, `$1${now}"`);
    }
    const key = keyOf(n.name, sheet);
    if (taken.has(key)) continue;
    taken.add(key);
    elements.push(xml);
  }
  for (const n of definedNamesOf(written)) {
    if (!owned(n.name) && originalNames.has(upper(n.name))) continue;
    const key = keyOf(n.name, n.sheet === null ? null : (outSheets[n.sheet] ?? ""));
    if (taken.has(key)) continue;
    taken.add(key);
    elements.push(n.xml);
  }
  const block = elements.length === 0 ? "" : `<definedNames>${elements.join("")}</definedNames>`;
  if (DEFINED_NAMES.test(written)) return written.replace(DEFINED_NAMES, () => block);
  return written.replace(/<\/sheets>/, (s) => `${s}${block}`);
}
