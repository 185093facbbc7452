// A rollover keeps the indicator sheet: on an .xlsx (`rollover`) it is drawn again from what it
// held, with the new year's column; in Excel (Office.js) it is left as it is.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { runRollover } from "../../src/cli/rollover";
import type { Io } from "../../src/cli/common";
import { buildWorkbookPlan, INDICATOR_TABLE } from "../../src/plan";
import { issueAddress, tableStructure } from "../../src/plan/goalTable";
import { loadWorkbook, readGoalRowsFromXlsx } from "../../src/xlsx/read";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { setup } from "../excel/helpers";
import { goalsIn } from "../history/fixtures";
import { withIndicators } from "./fixtures";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-ind-rollover-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quiet: Io = { out: () => undefined, err: () => undefined };

describe("a rollover and the indicator sheet", () => {
  it("on an .xlsx: the new year gets a column, every value stays", async () => {
    const s = withIndicators();
    const y = s.year;
    const file = path.join(dir, "in.xlsx");
    const wb = await loadWorkbook(await writeWorkbookBuffer(buildWorkbookPlan(s, "sv")));
    // A value typed for the closing year.
    (wb.getWorksheet("Indikatorer") as ExcelJS.Worksheet).getCell("Q8").value = 12;
    writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const out = path.join(dir, "out.xlsx");
    expect(await runRollover([file, "--year", String(y + 1), "--out", out, "--force"], quiet)).toBe(0);
    const after = await loadWorkbook(out);
    const ws = after.getWorksheet("Indikatorer") as ExcelJS.Worksheet;
    expect(ws.getCell("R5").value).toBe(String(y + 1));
    expect(ws.getCell("S5").value).toBe("Värdenas källa");
    const read = await readGoalRowsFromXlsx(out);
    if (!read.ok) throw new Error("goal table not read");
    const back = goalsIn(tableStructure(read.value).structure);
    expect(back[0].indicators?.[0].values).toEqual(goalsIn(s)[0].indicators?.[0].values);
    expect(back[1].indicators?.[1].values).toEqual([{ year: y, value: 12 }]);
  });

  it("on an .xlsx with an unreadable row: the sheet is kept as it is, through ExcelJS's load and save", async () => {
    const s = withIndicators();
    const file = path.join(dir, "bad.xlsx");
    const wb = await loadWorkbook(await writeWorkbookBuffer(buildWorkbookPlan(s, "sv")));
    const ws = wb.getWorksheet("Indikatorer") as ExcelJS.Worksheet;
    ws.getCell("F8").value = "förra året";
    ws.getCell("Q7").value = 7.5;
    writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const out = path.join(dir, "bad-out.xlsx");
    expect(await runRollover([file, "--year", String(s.year + 1), "--out", out, "--force"], quiet)).toBe(0);
    const after = (await loadWorkbook(out)).getWorksheet("Indikatorer") as ExcelJS.Worksheet;
    expect(after.getCell("F8").value).toBe("förra året");
    expect(after.getCell("R5").value).toBe("Värdenas källa");
    const read = await readGoalRowsFromXlsx(out);
    if (!read.ok) throw new Error("goal table not read");
    const { structure, issues } = tableStructure(read.value);
    expect(
      issues.filter((i) => i.code.startsWith("indicator")).map((i) => issueAddress(read.value, i)),
    ).toEqual(["Indikatorer!F8"]);
    expect(goalsIn(structure)[1].indicators?.[0].values?.map((v) => v.value)).toEqual([1100.25, 7.5]);
  });

  it("in Excel: the sheet and its values are kept", async () => {
    const s = setup();
    try {
      await s.service.applyLoad(withIndicators(), "sv");
      const before = s.emu.workbook.table(INDICATOR_TABLE)?.rows;
      const year = withIndicators().year + 1;
      await s.service.rollover(year, true, "sv");
      expect(s.emu.workbook.table(INDICATOR_TABLE)?.rows).toEqual(before);
      const result = await s.service.validate();
      expect(result.issues.filter((i) => i.code.startsWith("indicator"))).toEqual([]);
    } finally {
      s.restore();
    }
  });
});
