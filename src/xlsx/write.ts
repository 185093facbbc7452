/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these rules are for Office.js proxies; this file works on ExcelJS objects, which hold their
   data in memory. */
// Renders a workbook plan with ExcelJS 4.4.0 into an .xlsx file.
//
// What this renderer must get right because ExcelJS does not (docs/ARCHITECTURE.md, "Known
// Excel traps"):
// - formula cells are written with the plan's cached result, so a reader that does not
//   recalculate still sees the right numbers;
// - conditional formats are `expression` rules only (ExcelJS writes containsText without its
//   text), and their style has no number format (that corrupts the file);
// - table header names come from the plan, which keeps them unique.
// ExcelJS shares style sub-objects between cells created from a column style, so formats are
// always applied by replacing font/alignment/fill/border objects, never by mutating them.
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  isFormula,
  parseRange,
  toArgb,
  type CellFormat,
  type ColumnPlan,
  type NamePlan,
  type PlanValue,
  type SheetPlan,
  type WorkbookPlan,
} from "../plan";
import { withCharts } from "./charts";

// JSZip 3.10 (inside ExcelJS) cuts a string part into 16 KiB pieces and encodes each piece to
// UTF-8 on its own, so an emoji whose surrogate pair straddles a piece boundary becomes two U+FFFD
// (Stuk/jszip#963). ExcelJS passes JSZip bytes in browsers but strings under Node; handing it
// bytes here too keeps every character. (test/hardening: emoji-at-cell-limit.)
interface ZipWriterPrototype {
  append(data: unknown, options: { name: string; base64?: boolean }): void;
  utf8Parts?: true;
}
const zipWriter = (
  require("exceljs/lib/utils/zip-stream") as { ZipWriter: { prototype: ZipWriterPrototype } }
).ZipWriter.prototype;
if (!zipWriter.utf8Parts) {
  const append = zipWriter.append;
  zipWriter.append = function (this: unknown, data, options) {
    const bytes = typeof data === "string" && !options.base64 ? Buffer.from(data, "utf8") : data;
    append.call(this, bytes, options);
  };
  zipWriter.utf8Parts = true;
}

/** Excel's limit for the text of one cell; longer text makes Excel repair (truncate) the file. */
export const EXCEL_CELL_TEXT_LIMIT = 32767;

export class CellTextTooLongError extends Error {
  constructor(
    readonly sheet: string,
    readonly address: string,
    readonly length: number,
  ) {
    super(`${sheet}!${address}: ${length} characters, more than Excel's ${EXCEL_CELL_TEXT_LIMIT} per cell`);
  }
}

type ExcelValue = ExcelJS.CellValue;

function toExcelValue(v: PlanValue, sheet: string, address: () => string): ExcelValue {
  if (v === null) return null;
  if (typeof v === "string") {
    if (v.length > EXCEL_CELL_TEXT_LIMIT) throw new CellTextTooLongError(sheet, address(), v.length);
    // An ExcelJS string value is always written as a (shared) string, never parsed as a
    // formula, number or date: "=1+1" stays the text "=1+1".
    return v;
  }
  if (typeof v === "number") return v;
  if (isFormula(v)) return { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
  return null;
}

/** A CellFormat as the parts of an ExcelJS style it sets. */
export function applyFormat(target: Partial<ExcelJS.Style>, f: CellFormat): void {
  if (f.numberFormat !== undefined) target.numFmt = f.numberFormat;
  if (
    f.bold !== undefined ||
    f.italic !== undefined ||
    f.fontSize !== undefined ||
    f.fontColor !== undefined
  ) {
    // A font element without a name makes readers pick their own default (LibreOffice shows a
    // serif face): name Excel's default explicitly.
    const font: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11, ...(target.font ?? {}) };
    if (f.bold !== undefined) font.bold = f.bold;
    if (f.italic !== undefined) font.italic = f.italic;
    if (f.fontSize !== undefined) font.size = f.fontSize;
    if (f.fontColor !== undefined) font.color = { argb: toArgb(f.fontColor) };
    target.font = font;
  }
  if (f.fill !== undefined) {
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(f.fill) } };
  }
  if (f.wrap !== undefined || f.horizontal !== undefined || f.vertical !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(target.alignment ?? {}) };
    if (f.wrap !== undefined) alignment.wrapText = f.wrap;
    if (f.horizontal !== undefined) alignment.horizontal = f.horizontal;
    if (f.vertical !== undefined) alignment.vertical = f.vertical === "center" ? "middle" : f.vertical;
    target.alignment = alignment;
  }
  if (f.borderTop !== undefined || f.borderBottom !== undefined) {
    const border: Partial<ExcelJS.Borders> = { ...(target.border ?? {}) };
    const line: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
    if (f.borderTop) border.top = line;
    if (f.borderBottom) border.bottom = line;
    target.border = border;
  }
}

/** A column's width and whole-column style (ExcelJS gives a new cell its column's style). */
export function applyColumnPlan(ws: ExcelJS.Worksheet, c: ColumnPlan): Partial<ExcelJS.Style> | null {
  const col = ws.getColumn(c.column);
  col.width = c.width;
  if (!c.format) return null;
  const style: Partial<ExcelJS.Style> = {};
  applyFormat(style, c.format);
  col.style = style;
  return style;
}

/** Draws one sheet of a plan as a new worksheet of `wb` (added last; the caller may move it). */
export function renderSheet(wb: ExcelJS.Workbook, sheet: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    views:
      sheet.freezeRows > 0
        ? [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: `A${sheet.freezeRows + 1}` }]
        : [{ state: "normal" }],
    pageSetup: {
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      scale: sheet.print.scale ?? 100,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9, // A4
      ...(sheet.print.titleRows ? { printTitlesRow: sheet.print.titleRows } : {}),
      ...(sheet.print.sideMargin !== undefined
        ? {
            // Inches here, points in the plan; top, bottom, header and footer as Excel's default.
            margins: {
              left: sheet.print.sideMargin / 72,
              right: sheet.print.sideMargin / 72,
              top: 0.75,
              bottom: 0.75,
              header: 0.3,
              footer: 0.3,
            },
          }
        : {}),
    },
  });

  // 1. Column widths and whole-column formats, before any cell exists: ExcelJS gives a new
  //    cell its column's style, so one column style covers every cell without a per-cell
  //    format object, and Excel applies it to rows typed later.
  const columnStyles = new Map<number, Partial<ExcelJS.Style>>();
  for (const c of sheet.columns) {
    const style = applyColumnPlan(ws, c);
    if (style) columnStyles.set(ws.getColumn(c.column).number, style);
  }

  // 2. Tables (header and body).
  for (const tb of sheet.tables) {
    const top = tb.range.split(":")[0];
    ws.addTable({
      name: tb.name,
      ref: top,
      headerRow: true,
      totalsRow: false,
      style: { theme: tb.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: tb.showRowStripes },
      columns: tb.columns.map((name) => ({ name, filterButton: true })),
      rows: tb.rows.map((r, i) =>
        r.map((v, j) => toExcelValue(v, sheet.name, () => `${tb.name} row ${i + 1} column ${j + 1}`)),
      ),
    });
    // ExcelJS gave every new cell its own copy of the column style; its writer caches style
    // ids by object identity, so handing the body cells the column's one style object saves
    // serialising a style per cell (the 10,000-goal table has 100,000 cells).
    const range = parseRange(tb.range);
    for (let row = range.top + 1; row <= range.bottom; row++) {
      const xrow = ws.getRow(row);
      for (let col = range.left; col <= range.right; col++) {
        const shared = columnStyles.get(col);
        if (shared) xrow.getCell(col).style = shared;
      }
    }
  }

  // 3. Other cells.
  for (const b of sheet.blocks) {
    const r = parseRange(b.range);
    b.values.forEach((rowValues, i) => {
      rowValues.forEach((v, j) => {
        if (v === null) return;
        const cell = ws.getCell(r.top + i, r.left + j);
        cell.value = toExcelValue(v, sheet.name, () => cell.address);
      });
    });
  }

  // 4. Range formats, in order (a later one wins).
  for (const rf of sheet.formats) {
    const r = parseRange(rf.range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const cell = ws.getCell(row, col);
        const style: Partial<ExcelJS.Style> = { ...cell.style };
        applyFormat(style, rf.format);
        cell.style = style;
      }
    }
  }

  // 5. Merges and explicit row heights.
  for (const m of sheet.merges) ws.mergeCells(m);
  for (const h of sheet.rowHeights)
    for (let row = h.row; row < h.row + (h.count ?? 1); row++) ws.getRow(row).height = h.height;

  // 6. List validations, one per range (not per cell). ExcelJS's typings omit
  //    worksheet.dataValidations, which exists and writes a range as one sqref.
  const dataValidations = (
    ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of sheet.validations) {
    dataValidations.add(v.range, {
      type: "list",
      allowBlank: v.allowBlank,
      formulae: [`"${v.labels.join(",").replace(/"/g, '""')}"`],
      showInputMessage: true,
      promptTitle: v.inputMessage.title,
      prompt: v.inputMessage.text,
      showErrorMessage: true,
      errorStyle: v.errorStyle,
      errorTitle: v.errorMessage.title,
      error: v.errorMessage.text,
    });
  }

  // 7. Conditional formats: expression rules, grouped by range, priorities in plan order.
  let priority = 1;
  const byRange = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  for (const cf of sheet.conditionalFormats) {
    const rules = byRange.get(cf.range) ?? [];
    rules.push({
      type: "expression",
      priority: priority++,
      formulae: [cf.formula],
      style: {
        font: {
          bold: cf.format.bold,
          italic: cf.format.italic,
          color: { argb: toArgb(cf.format.fontColor) },
        },
        // For a solid fill in a differential format Excel reads bgColor; setting both colours
        // to the same value leaves no room for the fg/bg ambiguity between readers.
        fill: {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: toArgb(cf.format.fill) },
          bgColor: { argb: toArgb(cf.format.fill) },
        },
      },
    });
    byRange.set(cf.range, rules);
  }
  for (const [ref, rules] of byRange) ws.addConditionalFormatting({ ref, rules });
  return ws;
}

/** A defined name as ExcelJS's workbook model holds it: the text of <definedName> in `ranges`. */
interface DefinedNameModel {
  name: string;
  ranges: string[];
}

/**
 * Adds names that hold formulas. ExcelJS 4.4.0 keeps only names that refer to cells (its setter
 * drops anything else), but writes whatever its model's getter returns as the text of the
 * <definedName> element, XML-escaped: so the workbook's own getter is extended with the plan's.
 */
export function addFormulaNames(wb: ExcelJS.Workbook, names: readonly NamePlan[]): void {
  if (names.length === 0) return;
  const definedNames = wb.definedNames as unknown as { model: DefinedNameModel[] };
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(definedNames), "model");
  if (!own?.get || !own.set) throw new Error("ExcelJS's defined names have no model property");
  const { get, set } = own;
  Object.defineProperty(definedNames, "model", {
    configurable: true,
    get: (): DefinedNameModel[] => [
      ...(get.call(definedNames) as DefinedNameModel[]),
      ...names.map((n) => ({ name: n.name, ranges: [n.formula] })),
    ],
    set: (value: DefinedNameModel[]) => {
      set.call(definedNames, value);
    },
  });
}

/** The plan as an ExcelJS workbook (not yet serialised). */
export function renderWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Måluppföljning";
  wb.lastModifiedBy = "Måluppföljning";
  for (const sheet of plan.sheets) renderSheet(wb, sheet);
  addFormulaNames(
    wb,
    plan.sheets.flatMap((sh) => sh.names),
  );
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];
  return wb;
}

/** The plan as .xlsx bytes: ExcelJS's package, with the charts it cannot write added (charts.ts). */
export async function writeWorkbookBuffer(plan: WorkbookPlan): Promise<Buffer> {
  const data = await renderWorkbook(plan).xlsx.writeBuffer();
  return withCharts(Buffer.from(data as ArrayBuffer), plan.sheets, plan.lang);
}

/**
 * Writes the plan to `file`. Never leaves a half-written file: the workbook goes to a temporary
 * file in the same directory first and is renamed over `file` only when complete (an existing
 * file is replaced, as users expect of an output file). A failure is thrown as the file system's
 * own error, whose `code` (ENOENT, EACCES, …) says what went wrong.
 */
export async function writeWorkbookFile(plan: WorkbookPlan, file: string): Promise<void> {
  await writeFileAtomic(await writeWorkbookBuffer(plan), file);
}

/**
 * Writes `buffer` to `file` through a temporary file in the same directory, renamed over `file`
 * only when complete. A failure is thrown as the file system's own error.
 */
export async function writeFileAtomic(buffer: Buffer, file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, buffer, { flag: "wx" });
    await fs.rename(tmp, file);
  } catch (err) {
    // The caller explains the write's own error (a missing folder, no permission); a failure to
    // remove the temporary file must not replace it.
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
