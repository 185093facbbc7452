// The pane's reader of returned workbooks (src/taskpane/collectReturns.ts over src/xlsxlite/):
// the record of what a split file was sent with reads the same as the CLI's reader gives it
// (ExcelJS), also after the file was edited and saved again; a workbook without one, or a file
// that is no workbook, is named as such instead of failing the collect.
import { buildWorkbookPlan } from "../../src/plan";
import { loadWorkbook } from "../../src/xlsx/read";
import { readSentSheet } from "../../src/xlsx/sent";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { collectStructure, edited, fileOf, parse, returned, splitFiles } from "../collect/returns";
import { readReturns } from "../../src/taskpane/collectReturns";
import JSZip from "jszip";
import { splitZip } from "../../src/taskpane/splitFiles";
import { goalsIn } from "../history/fixtures";
import { withIndicators } from "../indicators/fixtures";

/** The indicator fixture, EKO-1.02's two indicators with Tekniska nämnden, the rest with Kommunstyrelsen. */
function indicatorBodies() {
  const st = withIndicators();
  for (const g of goalsIn(st)) g.responsible = g.id === "EKO-1.02" ? "Tekniska nämnden" : "Kommunstyrelsen";
  return st;
}

describe("a returned workbook read in the pane", () => {
  test("gives the record the CLI reads, before and after an edit", async () => {
    const files = await splitFiles(collectStructure());
    const ks = files.get("Kommunstyrelsen") as Buffer;
    for (const bytes of [ks, await edited(ks, [["L1", "Kommentar och analys", "=SUM(A1)\nrad två"]])]) {
      const read = await returned("ks.xlsx", bytes);
      if ("unreadable" in read) throw new Error(read.unreadable);
      const cli = readSentSheet(await loadWorkbook(bytes));
      expect(cli?.goals.map((g) => g.id)).toEqual(["L1", "L3", "V1", "V3", "S1", "K1"]);
      expect(read.record).toEqual(cli);
      expect(read.tables?.goals.body.length).toBe(6);
    }
  });

  test("a workbook of ours without a record, and a file that is no workbook, are named", async () => {
    const plain = await writeWorkbookBuffer(buildWorkbookPlan(collectStructure(), "sv"));
    const seen: string[] = [];
    const [a, b, c] = await readReturns(
      [
        fileOf("main.xlsx", plain),
        fileOf("notes.xlsx", Buffer.from("just text")),
        fileOf("tom.xlsx", Buffer.alloc(0)),
      ],
      "en",
      (i, file) => seen.push(`${i}:${file}`),
      { parse },
    );
    expect(seen).toEqual(["0:main.xlsx", "1:notes.xlsx", "2:tom.xlsx"]);
    expect(a).toMatchObject({ file: "main.xlsx", record: null });
    expect(b).toEqual({ file: "notes.xlsx", unreadable: "it is not an Excel workbook in .xlsx format" });
    expect(c).toEqual({ file: "tom.xlsx", unreadable: "it is not an Excel workbook in .xlsx format" });
  });

  test("the record's indicator values read the same in the pane and the CLI, from the CLI's file and the pane's", async () => {
    const cliFiles = await splitFiles(indicatorBodies());
    const zip = await JSZip.loadAsync(
      (
        await splitZip(
          { structure: indicatorBodies(), lang: "sv", errors: 0 },
          { split: "s", main: "m.xlsx" },
        )
      ).bytes,
    );
    const paneFile = Buffer.from(
      await (zip.file("Tekniska nämnden.xlsx") as JSZip.JSZipObject).async("uint8array"),
    );
    for (const bytes of [cliFiles.get("Tekniska nämnden") as Buffer, paneFile]) {
      const read = await returned("tn.xlsx", bytes);
      if ("unreadable" in read) throw new Error(read.unreadable);
      const cli = readSentSheet(await loadWorkbook(bytes));
      expect(read.record?.indicators).toEqual(cli?.indicators);
      expect(cli?.indicators?.map((i) => [i.goalId, i.id, [...i.values.values()]])).toEqual([
        ["EKO-1.02", "utslapp", [null, 1100.25, null, -3]],
        ["EKO-1.02", "cykel", [null, null, null, null]],
      ]);
    }
    // A record as an older split wrote it has no indicator values, in either reader.
    const older = (await splitFiles(indicatorBodies(), "sv", true)).get("Tekniska nämnden") as Buffer;
    const read = await returned("old.xlsx", older);
    if ("unreadable" in read) throw new Error(read.unreadable);
    expect(read.record?.goals.map((g) => g.id)).toEqual(["EKO-1.02"]);
    expect(read.record?.indicators).toBeUndefined();
    expect(readSentSheet(await loadWorkbook(older))?.indicators).toBeUndefined();
  });
});
