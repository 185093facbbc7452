/**
 * Saves the emulated workbook as .xlsx through ExcelJS (Node only: keep it out of the browser bundle).
 *
 * ExcelJS 4.4.0 traps avoided (see docs/ARCHITECTURE.md): containsText rules are written as
 * `expression` rules, conditional-format styles carry no numFmt, no dataBar; table column names
 * are unique already (the emulator renames duplicates as Excel does). Formula cells get a cached result only
 * when one is known (`cachedValues` option, or a value set with setCachedValue); the workbook asks
 * for a full recalculation on load.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { withModelCharts } from "./save-charts";
import { MAX_ROWS, type Rect, cellAddress, formatRect } from "./address";
import {
  type BorderModel,
  type CellStyle,
  type CfModel,
  type DvSettings,
  type Scalar,
  type SheetModel,
  type WorkbookModel,
  bodyRect,
  getCell,
  keyCol,
  keyRow,
  numberFormatAt,
} from "./model";
import type { Emulator } from "./index";
import { addFormulaNames } from "../../src/xlsx/write";
import type { NamePlan } from "../../src/plan";

export interface SaveOptions {
  /** The language of the charts' texts, "sv" (the default) or "en". */
  chartLang?: string;
  /**
   * Cached results for formula cells, by "Sheet!A1" (sheet name unquoted), or a function asked for
   * every formula cell. Excel and LibreOffice recalculate anyway; the cache is what ExcelJS readers see.
   */
  cachedValues?:
    | Record<string, Scalar>
    | ((info: { sheet: string; address: string; formula: string }) => Scalar | undefined);
}

/** Excel's column width in points (64 px default) → ExcelJS width in characters of Calibri 11. */
export function pointsToCharacters(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

const H_ALIGN: Record<string, ExcelJS.Alignment["horizontal"] | undefined> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const V_ALIGN: Record<string, ExcelJS.Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};

function borderStyle(b: BorderModel): ExcelJS.BorderStyle {
  const medium = b.weight === "Medium" || b.weight === "Thick";
  switch (b.style) {
    case "Dash":
      return medium ? "mediumDashed" : "dashed";
    case "Dot":
      return "dotted";
    case "DashDot":
      return medium ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return medium ? "mediumDashDotDot" : "dashDotDot";
    case "Double":
      return "double";
    case "SlantDashDot":
      return "slantDashDot";
    default:
      return b.weight === "Hairline"
        ? "hair"
        : b.weight === "Thick"
          ? "thick"
          : b.weight === "Medium"
            ? "medium"
            : "thin";
  }
}

function excelJsBorders(borders: NonNullable<CellStyle["borders"]>): Partial<ExcelJS.Borders> {
  const out: Partial<ExcelJS.Borders> = {};
  const side = (b: BorderModel): Partial<ExcelJS.Border> => ({
    style: borderStyle(b),
    color: { argb: argb(b.color) },
  });
  if (borders.EdgeTop) out.top = side(borders.EdgeTop);
  if (borders.EdgeBottom) out.bottom = side(borders.EdgeBottom);
  if (borders.EdgeLeft) out.left = side(borders.EdgeLeft);
  if (borders.EdgeRight) out.right = side(borders.EdgeRight);
  const diag = borders.DiagonalDown ?? borders.DiagonalUp;
  if (diag) out.diagonal = { ...side(diag), up: !!borders.DiagonalUp, down: !!borders.DiagonalDown };
  return out;
}

function applyStyle(
  target: {
    fill?: ExcelJS.Fill;
    font?: Partial<ExcelJS.Font>;
    alignment?: Partial<ExcelJS.Alignment>;
    protection?: Partial<ExcelJS.Protection>;
    border?: Partial<ExcelJS.Borders>;
  },
  s: CellStyle,
): void {
  if (s.borders) target.border = excelJsBorders(s.borders);
  if (s.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.strikethrough !== undefined) font.strike = s.strikethrough;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  if (s.fontName) font.name = s.fontName;
  if (s.fontSize) font.size = s.fontSize;
  if (s.underline && s.underline !== "None")
    font.underline = (
      {
        Single: "single",
        Double: "double",
        SingleAccountant: "singleAccounting",
        DoubleAccountant: "doubleAccounting",
      } as const
    )[s.underline as "Single"];
  if (Object.keys(font).length) target.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (s.hAlign && H_ALIGN[s.hAlign]) alignment.horizontal = H_ALIGN[s.hAlign];
  if (s.vAlign && V_ALIGN[s.vAlign]) alignment.vertical = V_ALIGN[s.vAlign];
  if (Object.keys(alignment).length) target.alignment = alignment;
  if (s.locked === false || s.formulaHidden)
    target.protection = { locked: s.locked !== false, hidden: s.formulaHidden === true };
}

function cached(options: SaveOptions, sheet: string, address: string, formula: string): Scalar | undefined {
  const c = options.cachedValues;
  if (!c) return undefined;
  return typeof c === "function" ? c({ sheet, address, formula }) : c[`${sheet}!${address}`];
}

function excelJsValue(sheet: SheetModel, row: number, col: number, options: SaveOptions): ExcelJS.CellValue {
  const c = getCell(sheet, row, col);
  if (!c) return null;
  if (c.f !== undefined) {
    const result = cached(options, sheet.name, cellAddress(row, col), c.f) ?? c.v;
    return result === undefined
      ? ({ formula: c.f.slice(1) } as ExcelJS.CellFormulaValue)
      : ({ formula: c.f.slice(1), result } as ExcelJS.CellFormulaValue);
  }
  if (c.v === undefined) return null;
  if (c.e) return { error: c.v as ExcelJS.ErrorValue } as ExcelJS.CellErrorValue;
  return c.v;
}

/** Groups cells sharing one validation object into rectangles (column runs, merged sideways). */
export function validationAreas(sheet: SheetModel): { dv: DvSettings; rects: Rect[] }[] {
  const byDv = new Map<DvSettings, Map<number, number[]>>();
  for (const [k, c] of sheet.cells) {
    if (!c.dv) continue;
    const cols = byDv.get(c.dv) ?? new Map<number, number[]>();
    byDv.set(c.dv, cols);
    const list = cols.get(keyCol(k)) ?? [];
    list.push(keyRow(k));
    cols.set(keyCol(k), list);
  }
  const out: { dv: DvSettings; rects: Rect[] }[] = [];
  for (const [dv, cols] of byDv) {
    const runs: Rect[] = [];
    for (const [col, rowsList] of [...cols].sort((a, b) => a[0] - b[0])) {
      rowsList.sort((a, b) => a - b);
      let start = rowsList[0];
      for (let i = 1; i <= rowsList.length; i++) {
        if (i < rowsList.length && rowsList[i] === rowsList[i - 1] + 1) continue;
        const r = { r0: start, r1: rowsList[i - 1], c0: col, c1: col };
        // Extend the run to its left neighbour when it covers exactly the same rows.
        const left = runs.find((x) => x.c1 === col - 1 && x.r0 === r.r0 && x.r1 === r.r1);
        if (left) left.c1 = col;
        else runs.push(r);
        start = rowsList[i];
      }
    }
    out.push({ dv, rects: runs });
  }
  return out;
}

const DV_OPERATOR: Record<string, ExcelJS.DataValidationOperator> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

export function excelJsValidation(dv: DvSettings): ExcelJS.DataValidation | null {
  const rule = dv.rule;
  if (!rule) return null;
  const common = {
    allowBlank: dv.ignoreBlanks,
    showInputMessage: dv.prompt.showPrompt,
    promptTitle: dv.prompt.title || undefined,
    prompt: dv.prompt.message || undefined,
    showErrorMessage: dv.errorAlert.showAlert,
    errorStyle: dv.errorAlert.style.toLowerCase(),
    errorTitle: dv.errorAlert.title || undefined,
    error: dv.errorAlert.message || undefined,
  };
  const strip = (f: string | number): string | number => (typeof f === "string" ? f.replace(/^=/, "") : f);
  if (rule.list) {
    const src = rule.list.source;
    const formula = src.startsWith("=") ? src.slice(1) : `"${src.replace(/"/g, '""')}"`;
    return { ...common, type: "list", formulae: [formula] };
  }
  if (rule.custom) return { ...common, type: "custom", formulae: [strip(rule.custom.formula)] };
  const kinds = [
    ["wholeNumber", "whole"],
    ["decimal", "decimal"],
    ["textLength", "textLength"],
    ["date", "date"],
  ] as const;
  for (const [key, type] of kinds) {
    const b = rule[key];
    if (b)
      return {
        ...common,
        type,
        operator: DV_OPERATOR[b.operator],
        formulae: b.formula2 === undefined ? [strip(b.formula1)] : [strip(b.formula1), strip(b.formula2)],
      };
  }
  return null;
}

const quoteText = (t: string): string => `"${t.replace(/"/g, '""')}"`;

/**
 * One ExcelJS rule per emulated conditional format (containsText → expression, as
 * docs/ARCHITECTURE.md asks).
 */
export function excelJsRule(cf: CfModel, priority: number): ExcelJS.ConditionalFormattingRule | null {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.format.fill)
    style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.format.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (cf.format.fontColor) font.color = { argb: argb(cf.format.fontColor) };
  if (cf.format.bold !== undefined) font.bold = cf.format.bold;
  if (cf.format.italic !== undefined) font.italic = cf.format.italic;
  if (cf.format.strikethrough !== undefined) font.strike = cf.format.strikethrough;
  if (Object.keys(font).length) style.font = font;
  const first = cf.ranges[0];
  const ref = cellAddress(first.r0, first.c0);
  const expression = (formula: string): ExcelJS.ConditionalFormattingRule => ({
    type: "expression",
    priority,
    formulae: [formula],
    style,
    ...(cf.stopIfTrue ? { stopIfTrue: true } : {}),
  });
  if (cf.type === "ContainsText" && cf.textRule) {
    const text = quoteText(cf.textRule.text);
    switch (cf.textRule.operator) {
      case "Contains":
        return expression(`ISNUMBER(SEARCH(${text},${ref}))`);
      case "NotContains":
        return expression(`ISERROR(SEARCH(${text},${ref}))`);
      case "BeginsWith":
        return expression(`LEFT(${ref},LEN(${text}))=${text}`);
      default:
        return expression(`RIGHT(${ref},LEN(${text}))=${text}`);
    }
  }
  if (cf.type === "CellValue" && cf.cellValueRule) {
    const { formula1, formula2, operator } = cf.cellValueRule;
    const f1 = formula1.replace(/^=/, "");
    const f2 = formula2?.replace(/^=/, "");
    const cellIs: Record<string, "equal" | "greaterThan" | "lessThan" | "between"> = {
      EqualTo: "equal",
      GreaterThan: "greaterThan",
      LessThan: "lessThan",
      Between: "between",
    };
    if (cellIs[operator])
      return {
        type: "cellIs",
        priority,
        operator: cellIs[operator],
        formulae: f2 === undefined ? [f1] : [f1, f2],
        style,
      };
    const compare: Record<string, string> = {
      NotEqualTo: `${ref}<>(${f1})`,
      GreaterThanOrEqual: `${ref}>=(${f1})`,
      LessThanOrEqual: `${ref}<=(${f1})`,
      NotBetween: `OR(${ref}<MIN((${f1}),(${f2})),${ref}>MAX((${f1}),(${f2})))`,
    };
    return compare[operator] ? expression(compare[operator]) : null;
  }
  if (cf.type === "Custom" && cf.customFormula) return expression(cf.customFormula.replace(/^=/, ""));
  return null;
}

function addSheet(wb: ExcelJS.Workbook, model: WorkbookModel, sheet: SheetModel, options: SaveOptions): void {
  const state =
    sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden";
  const sel = model.selection.sheet === sheet ? model.selection.rect : null;
  const view: Partial<ExcelJS.WorksheetView> = {
    showGridLines: sheet.showGridlines,
    ...(sheet.freeze.rows || sheet.freeze.cols
      ? { state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }
      : { state: "normal" }),
    ...(sel ? { activeCell: cellAddress(sel.r0, sel.c0) } : {}),
  } as Partial<ExcelJS.WorksheetView>;
  const layout = sheet.pageLayout;
  const ws = wb.addWorksheet(sheet.name, {
    state,
    views: [view],
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    ...(layout
      ? {
          pageSetup: {
            orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
            ...(layout.zoom.scale !== undefined
              ? { scale: layout.zoom.scale }
              : {
                  fitToPage: true,
                  fitToWidth: layout.zoom.horizontalFitToPages ?? 0,
                  fitToHeight: layout.zoom.verticalFitToPages ?? 0,
                }),
            ...(layout.titleRows
              ? { printTitlesRow: `${layout.titleRows.r0 + 1}:${layout.titleRows.r1 + 1}` }
              : {}),
            // ExcelJS takes inches; Office.js gives points.
            margins: {
              left: (layout.leftMargin ?? 50.4) / 72,
              right: (layout.rightMargin ?? 50.4) / 72,
              top: 0.75,
              bottom: 0.75,
              header: 0.3,
              footer: 0.3,
            },
          },
        }
      : {}),
  });

  for (const [c, w] of sheet.colWidths) ws.getColumn(c + 1).width = pointsToCharacters(w);
  for (const c of sheet.hiddenCols) ws.getColumn(c + 1).hidden = true;
  for (const [c, s] of sheet.colStyles)
    applyStyle(ws.getColumn(c + 1) as unknown as Parameters<typeof applyStyle>[0], s);
  // A band down to the last row is the column's format in the file, as Excel saves a column
  // formatted to the bottom (cells above the band keep their own).
  const bandColumns = new Set<number>();
  for (const b of sheet.nfBands ?? [])
    if (b.rect.r1 === MAX_ROWS - 1)
      for (let c = b.rect.c0; c <= b.rect.c1; c++) {
        ws.getColumn(c + 1).numFmt = b.nf;
        bandColumns.add(c);
      }
  for (const [r, h] of sheet.rowHeights) ws.getRow(r + 1).height = h;
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;

  // Tables first: ExcelJS writes their headers and rows; the cell loop below then adds formats.
  for (const t of sheet.tables) {
    const body = bodyRect(t);
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = body.r0; r <= body.r1; r++) {
      const line: ExcelJS.CellValue[] = [];
      for (let c = body.c0; c <= body.c1; c++) line.push(excelJsValue(sheet, r, c, options));
      rows.push(line);
    }
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: cellAddress(t.rect.r0, t.rect.c0),
      headerRow: t.showHeaders,
      totalsRow: t.showTotals,
      style: {
        theme: (t.style || undefined) as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: t.showBandedRows,
      },
      columns: t.columns.map((col) => ({ name: col.name, filterButton: t.showFilterButton })),
      rows,
    });
  }

  for (const [k, c] of sheet.cells) {
    const row = keyRow(k);
    const col = keyCol(k);
    const cell = ws.getCell(row + 1, col + 1);
    const v = excelJsValue(sheet, row, col, options);
    if (v !== null) cell.value = v;
    const nf = numberFormatAt(sheet, row, col);
    // ExcelJS gives a new cell its column's format: a General cell in such a column says so.
    if (nf) cell.numFmt = nf;
    else if (bandColumns.has(col)) cell.numFmt = "General";
    if (c.s) applyStyle(cell as unknown as Parameters<typeof applyStyle>[0], c.s);
  }

  for (const m of sheet.merges) ws.mergeCells(formatRect(m));

  const dvs = (
    ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const { dv, rects } of validationAreas(sheet)) {
    const model = excelJsValidation(dv);
    if (model) for (const r of rects) dvs.add(formatRect(r), model);
  }

  sheet.cfs.forEach((cf, i) => {
    const rule = excelJsRule(cf, i + 1);
    if (rule) ws.addConditionalFormatting({ ref: cf.ranges.map(formatRect).join(" "), rules: [rule] });
  });
}

export async function toExcelJs(model: WorkbookModel, options: SaveOptions = {}): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Måluppföljning Excel emulator";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model.sheets) addSheet(wb, model, sheet, options);
  for (const s of model.sheets) {
    if (!s.protection.protected) continue;
    const o = s.protection.options;
    await wb.getWorksheet(s.name)!.protect(s.protection.password ?? "", {
      formatCells: o.allowFormatCells,
      formatColumns: o.allowFormatColumns,
      formatRows: o.allowFormatRows,
      insertRows: o.allowInsertRows,
      insertColumns: o.allowInsertColumns,
      deleteRows: o.allowDeleteRows,
      deleteColumns: o.allowDeleteColumns,
      sort: o.allowSort,
      autoFilter: o.allowAutoFilter,
      pivotTables: o.allowPivotTables,
      insertHyperlinks: o.allowInsertHyperlinks,
      spinCount: 1000,
    });
  }
  const formulaNames: NamePlan[] = [];
  for (const n of model.names) {
    const ref = n.formula.replace(/^=/, "");
    if (/!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(ref)) wb.definedNames.add(ref, n.name);
    else formulaNames.push({ name: n.name, formula: ref });
  }
  addFormulaNames(wb, formulaNames);
  wb.views = [
    {
      activeTab: Math.max(0, model.sheets.indexOf(model.activeSheet)),
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      visibility: "visible",
    },
  ];
  return wb;
}

/** Writes the emulator's workbook to `file` (when given) and returns the bytes. */
export async function saveXlsx(
  emu: Emulator | WorkbookModel,
  file?: string,
  options: SaveOptions = {},
): Promise<Buffer> {
  const model = "workbook" in emu ? emu.workbook.model : emu;
  const wb = await toExcelJs(model, options);
  // An emulator evaluates the formulas the charts read, so their caches hold the counts.
  const cells =
    "workbook" in emu
      ? (sheet: SheetModel, r: Rect) => emu.workbook.values(sheet.name, formatRect(r)).flat()
      : undefined;
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const buffer = await withModelCharts(bytes, model, options.chartLang ?? "sv", cells);
  if (file) await fs.writeFile(file, buffer);
  return buffer;
}
