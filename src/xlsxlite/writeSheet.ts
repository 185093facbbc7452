// One worksheet part of a workbook the browser-safe writer draws (write.ts), from the plan's
// SheetPlan: column widths and formats, the cells of tables and blocks (text as shared strings in
// "@" cells, so nothing becomes a formula; numbers; formulas with their cached results), range
// formats over the column formats, merges, row heights, the frozen header, conditional formats
// (expression rules), list validations, the print setup and the table parts. Elements are in the
// order CT_Worksheet requires.
import { columnIndex, parseRange } from "../plan/a1";
import { isFormula, type CellFormat, type PlanValue, type SheetPlan, type TablePlan } from "../plan/types";
import type { StyleSheet } from "./writeStyles";
import { mergeFormats } from "./writeStyles";
import { NS, XML_HEAD, attrs, cellTextXml, escapeXml } from "./writeXml";

/** Excel's limit for the text of one cell (as src/xlsx/write.ts's EXCEL_CELL_TEXT_LIMIT). */
export const CELL_TEXT_LIMIT = 32767;

/** A text longer than a cell holds: Excel would repair (truncate) the file. */
export class TextTooLongError extends Error {
  constructor(
    readonly sheet: string,
    readonly address: string,
    readonly length: number,
  ) {
    super(`${sheet}!${address}: ${length} characters, more than Excel's ${CELL_TEXT_LIMIT} per cell`);
    this.name = "TextTooLongError";
  }
}

export type SheetState = "visible" | "hidden" | "veryHidden";

/** The workbook's shared string table, filled as sheets are written. */
export class SharedStrings {
  readonly items: string[] = [];
  count = 0;
  private readonly index = new Map<string, number>();
  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

interface Cell {
  value: PlanValue;
  format: CellFormat | undefined;
}

const letters = (col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** The table part of `table` (its id unique in the workbook). */
export function tableXml(table: TablePlan, id: number): string {
  const columns = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name).replace(/\n/g, "&#10;")}"/>`)
    .join("");
  return (
    `${XML_HEAD}<table xmlns="${NS.main}"${attrs({
      id,
      name: table.name,
      displayName: table.name,
      ref: table.range,
      headerRowCount: 1,
      totalsRowShown: 0,
    })}>` +
    `<autoFilter ref="${table.range}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo${attrs({
      name: table.style,
      showFirstColumn: 0,
      showLastColumn: 0,
      showRowStripes: table.showRowStripes ? 1 : 0,
      showColumnStripes: 0,
    })}/></table>`
  );
}

export interface SheetParts {
  xml: string;
  /** The tables of the sheet in the order of its <tableParts> (relationship ids rIdTable1…). */
  tables: TablePlan[];
}

/** The worksheet part of `sheet`. `selected`: the tab shown when the file opens. */
export function sheetXml(
  sheet: SheetPlan,
  styles: StyleSheet,
  strings: SharedStrings,
  options: { selected: boolean; hidden?: boolean; drawing?: string },
): SheetParts {
  const columnFormat = new Map<number, CellFormat>();
  for (const c of sheet.columns) if (c.format) columnFormat.set(columnIndex(c.column), c.format);

  const rows = new Map<number, Map<number, Cell>>();
  const cellAt = (row: number, col: number): Cell => {
    let cells = rows.get(row);
    if (cells === undefined) rows.set(row, (cells = new Map()));
    let cell = cells.get(col);
    // A new cell takes its column's format, as ExcelJS gives it the column's style.
    if (cell === undefined) cells.set(col, (cell = { value: null, format: columnFormat.get(col) }));
    return cell;
  };
  const put = (row: number, col: number, v: PlanValue): void => {
    if (typeof v === "string" && v.length > CELL_TEXT_LIMIT)
      throw new TextTooLongError(sheet.name, `${letters(col)}${row}`, v.length);
    cellAt(row, col).value = v;
  };

  for (const tb of sheet.tables) {
    const r = parseRange(tb.range);
    tb.columns.forEach((name, j) => put(r.top, r.left + j, name));
    tb.rows.forEach((values, i) => {
      for (let j = 0; j <= r.right - r.left; j++) {
        const v = values[j] ?? null;
        if (v === null) cellAt(r.top + 1 + i, r.left + j);
        else put(r.top + 1 + i, r.left + j, v);
      }
    });
  }
  for (const b of sheet.blocks) {
    const r = parseRange(b.range);
    b.values.forEach((values, i) =>
      values.forEach((v, j) => {
        if (v !== null) put(r.top + i, r.left + j, v);
      }),
    );
  }
  for (const rf of sheet.formats) {
    const r = parseRange(rf.range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const cell = cellAt(row, col);
        cell.format = mergeFormats(cell.format, rf.format);
      }
  }
  const heights = new Map<number, number>();
  for (const h of sheet.rowHeights)
    for (let row = h.row; row < h.row + (h.count ?? 1); row++) heights.set(row, h.height);

  const out: string[] = [];
  const fit = sheet.print.fitToWidth;
  out.push(`${XML_HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">`);
  out.push(`<sheetPr>${fit ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>`);
  const tab = options.selected ? ' tabSelected="1"' : "";
  if (sheet.freezeRows > 0) {
    const top = `A${sheet.freezeRows + 1}`;
    out.push(
      `<sheetViews><sheetView workbookViewId="0"${tab}>` +
        `<pane ySplit="${sheet.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else if (!options.hidden) out.push(`<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columns.length > 0) {
    const cols = [...sheet.columns]
      .map((c) => ({ c, i: columnIndex(c.column) }))
      .sort((a, b) => a.i - b.i)
      .map(
        ({ c, i }) =>
          `<col${attrs({ min: i, max: i, width: c.width, customWidth: 1, style: c.format ? styles.xf(c.format) : undefined })}/>`,
      );
    out.push(`<cols>${cols.join("")}</cols>`);
  }
  out.push("<sheetData>");
  const rowNumbers = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  for (const r of rowNumbers) {
    const height = heights.get(r);
    const cells = [...(rows.get(r) ?? new Map<number, Cell>())].sort((a, b) => a[0] - b[0]);
    out.push(`<row${attrs({ r, ht: height, customHeight: height === undefined ? undefined : 1 })}>`);
    for (const [col, cell] of cells) out.push(cellXml(`${letters(col)}${r}`, cell, styles, strings));
    out.push("</row>");
  }
  out.push("</sheetData>");
  if (sheet.merges.length > 0)
    out.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`,
    );
  let priority = 1;
  const byRange = new Map<string, string[]>();
  for (const cf of sheet.conditionalFormats) {
    const rules = byRange.get(cf.range) ?? [];
    rules.push(
      `<cfRule type="expression" dxfId="${styles.dxf(cf.format)}" priority="${priority++}"><formula>${escapeXml(cf.formula)}</formula></cfRule>`,
    );
    byRange.set(cf.range, rules);
  }
  for (const [ref, rules] of byRange)
    out.push(`<conditionalFormatting sqref="${ref}">${rules.join("")}</conditionalFormatting>`);
  if (sheet.validations.length > 0) {
    const items = sheet.validations.map(
      (v) =>
        `<dataValidation${attrs({
          type: "list",
          errorStyle: v.errorStyle,
          allowBlank: 1,
          showInputMessage: 1,
          showErrorMessage: 1,
          errorTitle: v.errorMessage.title,
          error: v.errorMessage.text,
          promptTitle: v.inputMessage.title,
          prompt: v.inputMessage.text,
          sqref: v.range.replace(/,/g, " "),
        })}><formula1>${escapeXml(`"${v.labels.join(",").replace(/"/g, '""')}"`)}</formula1></dataValidation>`,
    );
    out.push(`<dataValidations count="${items.length}">${items.join("")}</dataValidations>`);
  }
  // Inches; the plan's side margin is in points. Top, bottom, header and footer as Excel's default.
  const side = sheet.print.sideMargin === undefined ? 0.7 : sheet.print.sideMargin / 72;
  out.push(
    `<pageMargins left="${side}" right="${side}" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
  );
  out.push(
    `<pageSetup${attrs({
      paperSize: 9,
      scale: sheet.print.scale ?? 100,
      fitToWidth: 1,
      fitToHeight: 0,
      orientation: sheet.print.orientation,
    })}/>`,
  );
  if (options.drawing !== undefined) out.push(`<drawing r:id="${options.drawing}"/>`);
  if (sheet.tables.length > 0)
    out.push(
      `<tableParts count="${sheet.tables.length}">${sheet.tables.map((_, i) => `<tablePart r:id="rIdTable${i + 1}"/>`).join("")}</tableParts>`,
    );
  out.push("</worksheet>");
  return { xml: out.join(""), tables: sheet.tables };
}

function cellXml(ref: string, cell: Cell, styles: StyleSheet, strings: SharedStrings): string {
  const s = styles.xf(cell.format);
  const style = s === 0 ? "" : ` s="${s}"`;
  const v = cell.value;
  if (v === null) return `<c r="${ref}"${style}/>`;
  if (typeof v === "string") return `<c r="${ref}"${style} t="s"><v>${strings.id(v)}</v></c>`;
  if (typeof v === "number") return `<c r="${ref}"${style}><v>${String(v)}</v></c>`;
  if (isFormula(v)) {
    const f = `<f>${escapeXml(v.formula)}</f>`;
    return typeof v.result === "number"
      ? `<c r="${ref}"${style}>${f}<v>${String(v.result)}</v></c>`
      : `<c r="${ref}"${style} t="str">${f}<v>${cellTextXml(v.result)}</v></c>`;
  }
  return `<c r="${ref}"${style}/>`;
}

/** The shared string part. */
export function sharedStringsXml(strings: SharedStrings): string {
  const items = strings.items.map((s) => `<si><t xml:space="preserve">${cellTextXml(s)}</t></si>`).join("");
  return `${XML_HEAD}<sst xmlns="${NS.main}" count="${strings.count}" uniqueCount="${strings.items.length}">${items}</sst>`;
}
