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
    if (name === "xl/styles.xml") {
      for (const dxf of Array.from(doc.getElementsByTagName("dxf"))) {
        if (dxf.getElementsByTagName("numFmt").length > 0)
          problems.push("xl/styles.xml: numFmt inside a dxf");
      }
    }
  }
  return problems;
}
