// Editing one of our workbooks in place (rollover, history import): ExcelJS loads the file and
// saves it again, and this module puts back what ExcelJS 4.4.0 loses on the way
// (docs/ARCHITECTURE.md, "Known Excel traps"):
// - defined names: the original <definedName> elements go back verbatim (src/xlsx/names.ts); only
//   the names the edit owns (the summary's, drawn again) are ExcelJS's;
// - list validations: ExcelJS keeps them per cell and, sorting addresses as text ("G10" before
//   "G4"), writes overlapping ranges, which Excel repairs: they are joined into column runs again;
// - parts reached only from the package's root relationships that ExcelJS does not write, of the
//   kinds in RESTORED_ROOT_TYPES, above all the add-in's web extension (its task pane and its
//   document settings, among them the follow-up year): copied from the original package with their
//   relationships and content types, never over a part ExcelJS wrote.
// Whatever else ExcelJS would drop makes the save refuse (src/xlsx/parts.ts).
import JSZip from "jszip";
import ExcelJS from "exceljs";
import type { ChartPlan, NamePlan } from "../plan";
import { addSheetCharts, chartLang, ownChartParts } from "./charts";
import { addFormulaNames } from "./write";
import { loadWorkbook } from "./read";
import { mergeDefinedNames } from "./names";
import {
  LostPartsError,
  calculatedColumns,
  closure,
  isExternal,
  lostParts,
  relationshipsOf,
  resolvePart,
  unescapeXml,
} from "./parts";

/** The document setting holding the follow-up year (SETTING_KEYS.year in src/office/settings.ts). */
export const YEAR_SETTING = "maluppfoljning.year";

export interface EditableWorkbook {
  wb: ExcelJS.Workbook;
  /** The package as read, for what ExcelJS does not keep. */
  original: JSZip;
  /** Workbook-scoped defined names holding formulas, as the file had them. */
  formulaNames: NamePlan[];
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A reference to cells ("'Mål'!$A$1", "Mål!A:A"), which ExcelJS keeps itself. */
const CELL_REFERENCE = /^(?:'(?:[^']|'')+'|[^'!(),"]+)!\$?[A-Z]*\$?\d*(?::\$?[A-Z]*\$?\d*)?$/;

/** The workbook-scoped names of workbook.xml whose text is a formula rather than cells. */
export function formulaNamesOfXml(xml: string): NamePlan[] {
  const out: NamePlan[] = [];
  for (const m of xml.matchAll(/<definedName\b([^>]*?)(?:\/>|>([^<]*)<\/definedName>)/g)) {
    const attrs = m[1];
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (name === undefined || /\blocalSheetId=/.test(attrs)) continue;
    const formula = unescapeXml(m[2] ?? "");
    if (name.startsWith("_xlnm.") || formula === "" || CELL_REFERENCE.test(formula)) continue;
    out.push({ name: unescapeXml(name), formula });
  }
  return out;
}

/**
 * Loads a workbook for editing; NotXlsxError (src/xlsx/read.ts) when it is not a readable .xlsx,
 * LostPartsError when it has what an edit through ExcelJS would lose.
 */
export async function openEditable(bytes: Buffer): Promise<EditableWorkbook> {
  // ExcelJS reads a table's calculated column only so far that the file seems damaged to it: that
  // is said first. A package JSZip cannot open is loadWorkbook's to explain.
  const zip = await JSZip.loadAsync(bytes).catch(() => null);
  const calculated = zip ? [...(await calculatedColumns(zip)).keys()] : [];
  if (calculated.length > 0) throw new LostPartsError(calculated);
  const wb = await loadWorkbook(bytes);
  const original = zip ?? (await JSZip.loadAsync(bytes));
  const xml = (await original.file("xl/workbook.xml")?.async("string")) ?? "";
  return { wb, original, formulaNames: formulaNamesOfXml(xml) };
}

type Validation = ExcelJS.DataValidation;
const SINGLE_CELL = /^([A-Z]{1,3})(\d+)$/;

/**
 * Joins ExcelJS's per-cell list validations back into one range per column run of equal
 * validations, so its writer cannot emit overlapping ranges. Range keys (a freshly drawn sheet's)
 * are left as they are.
 */
export function joinValidations(ws: ExcelJS.Worksheet): void {
  const holder = ws as unknown as { dataValidations: { model: Record<string, Validation | undefined> } };
  const model = holder.dataValidations.model;
  const groups = new Map<string, { dv: Validation; cells: Map<string, number[]> }>();
  const next: Record<string, Validation> = {};
  for (const [address, dv] of Object.entries(model)) {
    if (dv === undefined) continue;
    const m = SINGLE_CELL.exec(address);
    if (!m) {
      next[address] = dv;
      continue;
    }
    const key = JSON.stringify(dv);
    const group = groups.get(key) ?? { dv, cells: new Map<string, number[]>() };
    groups.set(key, group);
    const rows = group.cells.get(m[1]) ?? [];
    rows.push(Number(m[2]));
    group.cells.set(m[1], rows);
  }
  for (const { dv, cells } of groups.values()) {
    for (const [col, rows] of cells) {
      rows.sort((a, b) => a - b);
      let start = 0;
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
        const top = rows[start];
        const bottom = rows[i - 1];
        next[top === bottom ? `${col}${top}` : `${col}${top}:${col}${bottom}`] = dv;
        start = i;
      }
    }
  }
  holder.dataValidations.model = next;
}

// The root relationships whose parts ExcelJS does not write and which are restored as they were:
// the add-in's task pane (with its web extension and document settings), the custom document
// properties, the thumbnail. Anything else reached from the root that ExcelJS drops is refused.
const RESTORED_ROOT_TYPES = new Set([
  "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
]);

/** Sets the year in the web extension's document settings (a JSON value in an attribute). */
function withYearSetting(xml: string, year: number): string {
  return xml.replace(
    /<([\w]+:)?property\b([^>]*?)\/>/g,
    (whole, prefix: string | undefined, attrs: string) => {
      const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
      if (name === undefined || unescapeXml(name) !== YEAR_SETTING) return whole;
      const value = escapeAttr(JSON.stringify(year));
      return `<${prefix ?? ""}property${attrs.replace(/\bvalue="[^"]*"/, `value="${value}"`)}/>`;
    },
  );
}

/**
 * Serialises the edited workbook: the formula names the edit writes (`names`, the new summary's)
 * added, the original's defined names back except those `owned` (replaced by the edit's), the
 * validations joined, and the root-level parts ExcelJS dropped restored from the original, with
 * the year setting moved to `year` when given, and the redrawn sheet's `charts` added (the old
 * ones, the add-in's own, are not counted as lost).
 */
export async function saveEditable(
  edit: EditableWorkbook,
  names: NamePlan[],
  owned: (name: string) => boolean,
  year?: number,
  charts?: { sheet: string; charts: readonly ChartPlan[]; lang: string },
): Promise<Buffer> {
  const { wb, original } = edit;
  wb.eachSheet((ws) => joinValidations(ws));
  addFormulaNames(wb, names);
  // Formulas outside the summary sheet (a user's, or columns over the history) keep the results
  // cached before the edit; Excel computes them again when it opens the file.
  wb.calcProperties.fullCalcOnLoad = true;
  const written = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const out = await JSZip.loadAsync(written);
  const originalBook = (await original.file("xl/workbook.xml")?.async("string")) ?? "";
  const outBook = (await out.file("xl/workbook.xml")?.async("string")) ?? "";
  out.file("xl/workbook.xml", mergeDefinedNames(originalBook, outBook, owned));
  const rootXml = (await original.file("_rels/.rels")?.async("string")) ?? "";
  let outRoot = (await out.file("_rels/.rels")?.async("string")) ?? "";
  const originalTypes = (await original.file("[Content_Types].xml")?.async("string")) ?? "";
  let types = (await out.file("[Content_Types].xml")?.async("string")) ?? "";
  const taken = new Set(relationshipsOf(outRoot).map((r) => r.id));
  for (const r of relationshipsOf(rootXml)) {
    if (isExternal(r) || !RESTORED_ROOT_TYPES.has(r.type)) continue;
    const part = resolvePart("", r.target);
    if (out.file(part) !== null || original.file(part) === null) continue;
    const parts = new Set<string>();
    await closure(original, part, parts);
    // A part ExcelJS wrote is its own by now: the relationship stays out, and lostParts says so.
    if ([...parts].some((p) => out.file(p) !== null)) continue;
    for (const p of parts) {
      let content = await (original.file(p) as JSZip.JSZipObject).async("nodebuffer");
      if (year !== undefined && /^xl\/webextensions\/webextension\d*\.xml$/.test(p))
        content = Buffer.from(withYearSetting(content.toString("utf8"), year), "utf8");
      out.file(p, content);
      const override = new RegExp(
        `<Override\\b[^>]*PartName="/${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`,
      ).exec(originalTypes);
      if (override && !types.includes(`PartName="/${p}"`))
        types = types.replace("</Types>", `${override[0]}</Types>`);
      const ext = p.slice(p.lastIndexOf(".") + 1);
      const byExt = new RegExp(`<Default\\b[^>]*Extension="${ext}"[^>]*/>`, "i").exec(originalTypes);
      if (!override && byExt && !new RegExp(`Extension="${ext}"`, "i").test(types))
        types = types.replace("</Types>", `${byExt[0]}</Types>`);
    }
    let id = r.id;
    for (let n = 1; taken.has(id); n++) id = `rIdRestored${n}`;
    taken.add(id);
    outRoot = outRoot.replace(
      "</Relationships>",
      `<Relationship Id="${escapeAttr(id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/></Relationships>`,
    );
  }
  out.file("_rels/.rels", outRoot);
  out.file("[Content_Types].xml", types);
  // ExcelJS dropped the summary's charts with the sheet drawn again: they are drawn again too.
  if (charts) await addSheetCharts(out, charts.sheet, charts.charts, chartLang(charts.lang));
  const redrawn = { was: await ownChartParts(original), now: await ownChartParts(out) };
  const lost = await lostParts(original, out, redrawn);
  if (lost.length > 0) throw new LostPartsError(lost);
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
