// Checks of how values land in cells: text in "@" cells stays text exactly (the add-in's guard
// against text turning into a formula or a number), the 2-D shape rules, and null leaving a cell
// alone (what a merge relies on to write only its own cells).
import { WriteBatch } from "../excel/batch";
import { SHEET_ROWS, addFormatToBottom, addGrid, formatGrid } from "../excel/render";
import { SMALL_GRID_BUDGET, all, expectEqual, failedWith, queueBatch } from "./common";
import type { Check, CheckOutcome, SelfTestHost, Scratch } from "./types";

/**
 * Writes `text` into one cell the way the renderer writes text: number format "@" first, then the
 * value, in one request; reads back the value, the formula and the format.
 */
async function writeText(
  host: SelfTestHost,
  sheet: string,
  row: number,
  text: string,
): Promise<CheckOutcome> {
  try {
    return await host.run(async (context) => {
      const batch = new WriteBatch();
      addGrid(batch, sheet, row, 1, formatGrid(1, 1, "@"), "numberFormat", SMALL_GRID_BUDGET);
      addGrid(batch, sheet, row, 1, [[text]], "values", SMALL_GRID_BUDGET);
      queueBatch(context, batch);
      const range = context.workbook.worksheets.getItem(sheet).getRange(`A${row}`);
      range.load("values, formulas, numberFormat, valueTypes");
      await context.sync();
      return all(
        expectEqual([[text]], range.values),
        expectEqual([[text]], range.formulas),
        expectEqual([["@"]], range.numberFormat),
        expectEqual([["String"]], range.valueTypes),
      );
    });
  } catch (e) {
    return failedWith(e);
  }
}

function textCheck(id: string, row: number, text: string, prefix: string): Check {
  return {
    id,
    description: { key: "st.check.text", params: { prefix } },
    approximation: null,
    needsSheet: true,
    run: (host, scratch) => writeText(host, scratch.sheet, row, text),
  };
}

const shapeCheck: Check = {
  id: "shape-2d",
  description: { key: "st.check.shape" },
  approximation: null,
  needsSheet: true,
  async run(host, { sheet }: Scratch) {
    try {
      const good = await host.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("C1:D2");
        range.values = [
          [1, 2],
          [3, 4],
        ];
        range.load("values");
        await context.sync();
        return expectEqual(
          [
            [1, 2],
            [3, 4],
          ],
          range.values,
        );
      });
      if (!good.ok) return good;
      // A 1 × 2 array for a 2 × 2 range: Excel refuses it; a renderer relying on anything else
      // would write the wrong cells.
      let refused = false;
      try {
        await host.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("C1:D2").values = [[9, 9]];
          await context.sync();
        });
      } catch {
        refused = true;
      }
      if (!refused) return { ok: false, detail: { key: "st.detail.notRefused" } };
      return await host.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("C1:D2");
        range.load("values");
        await context.sync();
        return expectEqual(
          [
            [1, 2],
            [3, 4],
          ],
          range.values,
        );
      });
    } catch (e) {
      return failedWith(e);
    }
  },
};

const nullCheck: Check = {
  id: "null-leaves-cell",
  description: { key: "st.check.null" },
  approximation: null,
  needsSheet: true,
  async run(host, { sheet }) {
    try {
      return await host.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("F1:H1");
        range.values = [["x", "y", "z"]];
        await context.sync();
        // Office.js types values as non-null; null is what leaves a cell alone on the wire.
        range.values = [["a", null, "c"]] as unknown as Excel.Range["values"];
        range.load("values");
        await context.sync();
        return expectEqual([["a", "y", "c"]], range.values);
      });
    } catch (e) {
      return failedWith(e);
    }
  },
};

/**
 * A text column formatted to the sheet's last row the way the renderer does it (one value below
 * the written rows): a value written far below, without a format of its own, stays text, and the
 * last row is "@"; the same format on the whole column ("J:J") is refused, as the renderer assumes.
 */
const columnTextCheck: Check = {
  id: "column-text-format",
  description: { key: "st.check.columnText" },
  approximation: "st.approx.columnText",
  needsSheet: true,
  async run(host, { sheet }) {
    try {
      const formatted = await host.run(async (context) => {
        const batch = new WriteBatch();
        addFormatToBottom(batch, sheet, 2, 10, 10, "@");
        queueBatch(context, batch);
        await context.sync();
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("J500").values = [["1.10"]];
        const typed = ws.getRange("J500").load("values, valueTypes");
        const last = ws.getRange(`J${SHEET_ROWS}`).load("numberFormat");
        await context.sync();
        return all(
          expectEqual([["1.10"]], typed.values),
          expectEqual([["String"]], typed.valueTypes),
          expectEqual([["@"]], last.numberFormat),
        );
      });
      if (!formatted.ok) return formatted;
      let refused = false;
      try {
        await host.run(async (context) => {
          const whole = context.workbook.worksheets.getItem(sheet).getRange("K:K");
          (whole as unknown as { numberFormat: string }).numberFormat = "@";
          await context.sync();
        });
      } catch {
        refused = true;
      }
      return refused ? formatted : { ok: false, detail: { key: "st.detail.notRefused" } };
    } catch (e) {
      return failedWith(e);
    }
  },
};

/** Text the add-in must keep as typed: formula-like starts, the apostrophe, an ID that looks like a number. */
export const CELL_CHECKS: readonly Check[] = [
  textCheck("text-equals", 1, "=1+1", "="),
  textCheck("text-plus", 2, "+46 70 123", "+"),
  textCheck("text-minus", 3, "- punkt", "-"),
  textCheck("text-at", 4, "@summa", "@"),
  textCheck("text-apostrophe", 5, "'citat", "'"),
  {
    id: "text-decimal",
    description: { key: "st.check.textDecimal" },
    approximation: null,
    needsSheet: true,
    run: (host, scratch) => writeText(host, scratch.sheet, 6, "1.10"),
  },
  shapeCheck,
  nullCheck,
  columnTextCheck,
];
