// The pane's reader of one sheet (src/xlsxlite/sheet.ts) reads a split workbook's very hidden
// record as the CLI's reader does (src/xlsx/sent.ts): the same record, text kept exactly.
import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import { buildWorkbookPlan } from "../../src/plan";
import { SENT_SHEET, readSentGrid, sentGoals } from "../../src/plan/sent";
import { addSentSheet, readSentSheet } from "../../src/xlsx/sent";
import { renderWorkbook } from "../../src/xlsx/write";
import { readSheetGrid } from "../../src/xlsxlite/sheet";
import type { XmlParser } from "../../src/xlsxlite/xml";
import { exampleStructure } from "../history/example";

const { DOMParser: JsdomParser } = new JSDOM("").window;
const parse: XmlParser = (text) => new JsdomParser().parseFromString(text, "application/xml");

it("reads the split record as the CLI does", async () => {
  const s = exampleStructure();
  s.programs[0].areas[0].goals[0].comment = "=SUM(A1)";
  s.programs[0].areas[0].goals[1].comment = "Rad ett\nrad två";
  const plan = buildWorkbookPlan(s, "sv");
  const wb = renderWorkbook(plan);
  const record = {
    split: "id",
    organisation: "Org",
    year: 2024,
    main: "m.xlsx",
    responsible: "Nämnd",
    goals: sentGoals(plan),
  };
  addSentSheet(wb, record);
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(bytes as unknown as ArrayBuffer);
  const grid = await readSheetGrid(new Uint8Array(bytes), SENT_SHEET.toUpperCase(), parse);
  expect(readSentGrid(grid ?? [])).toEqual(readSentSheet(loaded));
  expect(readSentGrid(grid ?? [])).toEqual(record);
  expect(await readSheetGrid(new Uint8Array(bytes), "Ingen sådan", parse)).toBeNull();
});
