// Whole-column text format, the same in both renderers: the ExcelJS file gives each text column of
// the plan the column format "@"; the Office.js renderer formats the same columns down to the
// sheet's last row (one value below the written rows, since Office.js refuses cell properties on a
// whole column). So an ID typed below the data stays text ("1.10", not 1.1) in Excel as in the file.
import ExcelJS from "exceljs";
import { bundledStructure } from "../../src/domain";
import { buildWorkbookPlan, columnIndex, columnLetter, parseRange } from "../../src/plan";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { saveXlsx } from "../emulator/save";
import { col, goalTable, setup, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** Per sheet, the columns (letters) whose column format in the file is "@". */
function textColumns(wb: ExcelJS.Workbook): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  wb.eachSheet((ws) => {
    const cols: string[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, 30); c++)
      if (ws.getColumn(c).numFmt === "@") cols.push(columnLetter(c));
    out[ws.name] = cols;
  });
  return out;
}

describe("whole-column text format", () => {
  test("the same text columns in both renderers, down to the sheet's last row", async () => {
    const structure = bundledStructure();
    const plan = buildWorkbookPlan(structure, "sv");
    await s.service.applyLoad(structure, "sv");
    const file = textColumns(await load(await writeWorkbookBuffer(plan)));
    // The emulator's workbook also holds the sheet it started with ("Blad1"), which the plan does not draw.
    const office = textColumns(await load(await saveXlsx(s.emu)));
    expect(Object.fromEntries(Object.keys(file).map((name) => [name, office[name]]))).toEqual(file);

    // The plan's text columns of the goal sheet are among them, and in the emulator its last row is text.
    const goals = plan.sheets[0];
    const planned = goals.columns
      .filter((c) => c.format?.numberFormat === "@")
      .map((c) => c.column)
      .sort((a, b) => columnIndex(a) - columnIndex(b));
    expect(planned.length).toBeGreaterThan(0);
    expect(file[goals.name]).toEqual(planned);
    for (const c of planned) expect(s.emu.workbook.numberFormats(goals.name, `${c}1048576`)).toEqual([["@"]]);
  });

  test("an ID typed below the data stays text, as in the file", async () => {
    await s.service.applyLoad(bundledStructure(), "sv");
    const t = goalTable(s.emu);
    const r = parseRange(t.range);
    const cell = `${columnLetter(r.left + col(s.emu, "Mål-ID"))}${r.bottom + 20}`;
    s.emu.workbook.typeValues(t.sheet, cell, [["1.10"]]);
    expect(s.emu.workbook.values(t.sheet, cell)).toEqual([["1.10"]]);
  });

  test("the load costs no extra request for it", async () => {
    s.emu.resetStats();
    await s.service.applyLoad(bundledStructure(), "sv");
    expect(s.emu.stats.syncs).toBe(2);
  });
});
