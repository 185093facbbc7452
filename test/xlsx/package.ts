// Checks of an .xlsx package for what makes Excel "repair" a file (docs/ARCHITECTURE.md, "Known
// Excel traps").
// JSZip ships with ExcelJS (its zip library); the checks open the package parts with it.
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";

/** Checks the parts of an .xlsx package that make Excel "repair" a file when they are wrong. */
export async function packageProblems(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const problems: string[] = [];
  const parts = Object.keys(zip.files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
  for (const name of parts) {
    const xml = await zip.file(name)!.async("string");
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") errors.push(msg);
      },
    }).parseFromString(xml, "text/xml");
    if (errors.length > 0 || !doc.documentElement) {
      problems.push(`${name}: not well-formed: ${errors.join("; ")}`);
      continue;
    }
    if (name.startsWith("xl/tables/")) {
      const cols = Array.from(doc.getElementsByTagName("tableColumn")).map(
        (c) => c.getAttribute("name") ?? "",
      );
      const lower = cols.map((c) => c.toLowerCase());
      if (new Set(lower).size !== lower.length)
        problems.push(`${name}: duplicate column names ${cols.join(", ")}`);
      if (cols.some((c) => c.trim() === "")) problems.push(`${name}: empty column name`);
    }
    if (name.startsWith("xl/worksheets/")) {
      for (const rule of Array.from(doc.getElementsByTagName("cfRule"))) {
        const type = rule.getAttribute("type");
        if (type === "containsText" && !rule.getAttribute("text"))
          problems.push(`${name}: containsText without text`);
        if (rule.getElementsByTagName("formula").length === 0)
          problems.push(`${name}: cfRule without formula`);
      }
    }
    if (name === "xl/workbook.xml") {
      // A name twice in one scope (the workbook's, or one sheet's) is a file Excel repairs.
      const seen = new Set<string>();
      for (const n of Array.from(doc.getElementsByTagName("definedName"))) {
        const key = `${(n.getAttribute("name") ?? "").toUpperCase()} ${n.getAttribute("localSheetId") ?? ""}`;
        if (seen.has(key)) problems.push(`xl/workbook.xml: defined name ${key.trim()} twice`);
        seen.add(key);
      }
    }
    if (name === "xl/styles.xml") {
      for (const dxf of Array.from(doc.getElementsByTagName("dxf"))) {
        if (dxf.getElementsByTagName("numFmt").length > 0)
          problems.push("xl/styles.xml: numFmt inside a dxf");
      }
    }
  }
  return problems;
}

/**
 * The package's defined names that hold formulas rather than cell ranges (the summary's live
 * names). ExcelJS drops these when it reads a file, so a test that edits an .xlsx with ExcelJS
 * puts them back (addFormulaNames) to keep the file what the add-in wrote.
 */
export async function formulaNamesOf(buffer: Buffer): Promise<{ name: string; formula: string }[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const unescape = (s: string): string =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const out: { name: string; formula: string }[] = [];
  for (const m of xml.matchAll(/<definedName name="([^"]+)"(?: [^>]*)?>([^<]*)<\/definedName>/g)) {
    const name = unescape(m[1]);
    const formula = unescape(m[2]);
    // Built-in names (print titles) and names of cell ranges are ExcelJS's to keep.
    const range = /^'?[^!]+'?!\$?[A-Z]*\$?\d*(:\$?[A-Z]*\$?\d*)?$/.test(formula);
    if (!name.startsWith("_xlnm.") && !range) out.push({ name, formula });
  }
  return out;
}
