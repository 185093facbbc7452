// Where the next summary table goes. Units write at the cursor and move it down; none of them
// knows which table came before it, so tables can be added, dropped or reordered in sheet.ts.
import { cellAddress, rangeAddress } from "../a1";
import { NOTE_FONT, TOTAL_FILL } from "../colors";
import { block, headerRowFormat, wrappedHeight } from "../layout";
import type { CellBlock, CellFormat, PlanValue, RangeFormat } from "../types";

export class SheetCursor {
  readonly blocks: CellBlock[] = [];
  readonly formats: RangeFormat[] = [];
  /**
   * Formats applied after the sheet's numeric formats ("0", right-aligned, on every number and
   * formula cell): shares in percent, and formulas whose result is text.
   */
  readonly lateFormats: RangeFormat[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  /**
   * @param width columns a merged text row spans
   * @param textWidth their total width in characters, for the height of wrapped text
   * @param row the first row to write
   */
  constructor(
    readonly width: number,
    readonly textWidth: number,
    public row = 1,
  ) {}

  /** Leaves `n` rows empty. */
  skip(n = 1): void {
    this.row += n;
  }

  /** Writes rows of values from column A; returns the first row written. */
  write(values: PlanValue[][]): number {
    const top = this.row;
    this.blocks.push(block(top, 1, values));
    this.row += values.length;
    return top;
  }

  format(range: string, format: CellFormat): void {
    this.formats.push({ range, format });
  }

  lateFormat(range: string, format: CellFormat): void {
    this.lateFormats.push({ range, format });
  }

  /** A one-cell heading in column A, not wrapped (it may run over the empty cells beside it). */
  heading(text: string, format: CellFormat): number {
    const row = this.write([[text]]);
    this.format(cellAddress(row, 1), { ...format, wrap: false });
    return row;
  }

  /** A header row as wide as `values`: the workbook's header look, counts centred. */
  headerRow(values: PlanValue[]): number {
    const row = this.write([values]);
    this.formats.push(headerRowFormat(rangeAddress(row, 1, row, values.length), { numberFormat: "@" }));
    this.format(rangeAddress(row, 2, row, values.length), { horizontal: "center" });
    return row;
  }

  /** The look of a total row. */
  totalRow(row: number, lastCol: number): void {
    this.format(rangeAddress(row, 1, row, lastCol), { bold: true, fill: TOTAL_FILL, borderTop: true });
  }

  /**
   * Text over the whole width, wrapped, with the height set: Excel does not fit merged cells.
   * Italic text is a note, in the note colour. `value`, when given, is written instead of the
   * text (a formula that evaluates to it); the height still follows the text.
   */
  mergedText(text: string, italic: boolean, value: PlanValue = text): number {
    const row = this.write([[value]]);
    const range = rangeAddress(row, 1, row, this.width);
    this.merges.push(range);
    this.format(range, { wrap: true, vertical: "top", italic, ...(italic ? { fontColor: NOTE_FONT } : {}) });
    this.rowHeights.push({ row, height: wrappedHeight(text, this.textWidth) });
    return row;
  }
}
