// Both renderers draw the goal sheet's print setup and row heights from the plan: ExcelJS into
// the .xlsx, Office.js (on the emulator) into the workbook, the same values in both.
import ExcelJS from "exceljs";
import { bundledStructure } from "../../src/domain";
import { buildWorkbookPlan } from "../../src/plan";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { setup } from "../excel/helpers";

const structure = bundledStructure();
const plan = buildWorkbookPlan(structure, "sv");
const goals = plan.sheets[0];
const expected = new Map<string, number>();
for (const r of goals.rowHeights)
  for (let i = 0; i < (r.count ?? 1); i++) expected.set(String(r.row + i), r.height);

test("the .xlsx has the plan's row heights, landscape, fit to one page wide, narrow margins, title row", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbookBuffer(plan)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(goals.name);
  if (!ws) throw new Error("no goal sheet");
  const heights = new Map<string, number>();
  ws.eachRow((row, n) => {
    if (row.height !== undefined && row.height !== null) heights.set(String(n), row.height);
  });
  expect(heights).toEqual(expected);
  expect(expected.size).toBeGreaterThan(10);
  const s = ws.pageSetup;
  expect({
    orientation: s.orientation,
    fitToPage: s.fitToPage,
    fitToWidth: s.fitToWidth,
    fitToHeight: s.fitToHeight,
    left: s.margins?.left,
    right: s.margins?.right,
    titles: s.printTitlesRow?.replace(/\$/g, ""),
  }).toEqual({
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    left: 0.25,
    right: 0.25,
    titles: goals.print.titleRows,
  });
});

test("Office.js draws the same row heights and page setup", async () => {
  const { emu, service, restore } = setup();
  try {
    await service.applyLoad(structure, "sv");
    const sheet = emu.workbook.dump().sheets.find((s) => s.name === goals.name);
    expect(sheet?.rowHeights).toEqual(Object.fromEntries(expected));
    expect(sheet?.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: goals.print.titleRows,
      margins: { left: 18, right: 18 },
    });
  } finally {
    restore();
  }
});

test("a host without ExcelApi 1.9 loads the goals without a print setup and without an error", async () => {
  const { emu, service, restore } = setup({ apiVersion: "1.8" });
  try {
    const r = await service.applyLoad(structure, "sv");
    expect(r.mode).toBe("create");
    const sheet = emu.workbook.dump().sheets.find((s) => s.name === goals.name);
    expect(sheet?.pageLayout).toBeUndefined();
    expect(sheet?.rowHeights).toEqual(Object.fromEntries(expected));
  } finally {
    restore();
  }
});
