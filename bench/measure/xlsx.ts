// xlsxRatio: the CLI's writer (src/xlsx, rendering the workbook plan of 10,000 goals with its
// tables, column formats, validations, conditional formats and formulas) against ExcelJS writing
// the same cell values and nothing else: no tables, styles, validations or formulas (a formula
// cell becomes its cached number). Both produce the .xlsx bytes in memory.
import ExcelJS from "exceljs";
import { buildWorkbookPlan, isFormula, parseRange, type PlanValue, type WorkbookPlan } from "../../src/plan";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { log, runMeasurement } from "../child";
import { scaledStructure } from "../scale";
import { compareAlternating, median, round, timeMs } from "../timing";

export interface XlsxArgs {
  goals: number;
  runs: number;
}

type Plain = string | number | null;

/** Every sheet's cells as rows of plain values (1-based row number → values from column A). */
function plainSheets(plan: WorkbookPlan): { name: string; rows: Map<number, Plain[]> }[] {
  const plain = (v: PlanValue): Plain => (isFormula(v) ? v.result : v);
  return plan.sheets.map((sheet) => {
    const rows = new Map<number, Plain[]>();
    const put = (top: number, left: number, values: readonly (readonly PlanValue[])[]): void => {
      values.forEach((vals, i) => {
        const row = rows.get(top + i) ?? [];
        vals.forEach((v, j) => {
          row[left - 1 + j] = plain(v);
        });
        rows.set(top + i, row);
      });
    };
    for (const b of sheet.blocks) {
      const r = parseRange(b.range);
      put(r.top, r.left, b.values);
    }
    for (const t of sheet.tables) {
      const r = parseRange(t.range);
      put(r.top, r.left, [t.columns, ...t.rows]);
    }
    return { name: sheet.name, rows };
  });
}

async function writePlain(sheets: ReturnType<typeof plainSheets>): Promise<number> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [r, values] of s.rows) {
      const row = ws.getRow(r);
      values.forEach((v, i) => {
        if (v !== null && v !== undefined) row.getCell(i + 1).value = v;
      });
    }
  }
  const data = await wb.xlsx.writeBuffer();
  return (data as ArrayBuffer).byteLength;
}

runMeasurement(async ({ goals, runs }: XlsxArgs) => {
  const structure = scaledStructure(goals);
  const plan = buildWorkbookPlan(structure, "sv");
  const sheets = plainSheets(plan);
  let cells = 0;
  for (const s of sheets) for (const row of s.rows.values()) cells += row.filter((v) => v != null).length;
  log(`xlsx: ${goals} goals, ${cells} non-empty cells on ${sheets.length} sheets`);

  let subjectBytes = 0;
  let baselineBytes = 0;
  const cmp = await compareAlternating(
    async () => {
      subjectBytes = (await writeWorkbookBuffer(plan)).length;
    },
    async () => {
      baselineBytes = await writePlain(sheets);
    },
    runs,
  );
  const planMs = round(
    median([
      await timeMs(() => buildWorkbookPlan(structure, "sv")),
      await timeMs(() => buildWorkbookPlan(structure, "sv")),
      await timeMs(() => buildWorkbookPlan(structure, "sv")),
    ]),
  );
  return {
    goals,
    cells,
    ...cmp,
    subjectBytes,
    baselineBytes,
    // Building the plan from the structure (src/plan) precedes the writer; not in the ratio.
    planBuildMs: planMs,
  };
});
