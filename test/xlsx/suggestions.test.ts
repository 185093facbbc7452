// The suggestion columns in the CLI's workbook (ExcelJS): `workbook` writes them as text with
// the status and trend colour rules, and reading the file back never takes a suggestion for the
// official's assessment; `summary FILE.xlsx` gives the same suggestions as the structure, from
// the indicator sheet.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/common";
import { suggestionStructure } from "../indicators/suggestionFixture";

function bufferIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

let tmp: string;
let xlsx: string;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-suggest-xlsx-"));
  const json = path.join(tmp, "s.json");
  fs.writeFileSync(json, JSON.stringify(suggestionStructure()));
  xlsx = path.join(tmp, "s.xlsx");
  expect(await main(["workbook", json, "--out", xlsx, "--lang", "sv"], bufferIo())).toBe(0);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("the goal sheet ends with the suggestion columns: text cells, coloured like the status and trend", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.getWorksheet("Mål")!;
  // Header on row 2 (no note): … Aktiviteter (K), Förslag status (L), Förslag trend (M).
  expect([ws.getCell("L2").value, ws.getCell("M2").value]).toEqual(["Förslag status", "Förslag trend"]);
  expect([3, 4, 5, 6].map((r) => [ws.getCell(`L${r}`).value, ws.getCell(`M${r}`).value])).toEqual([
    ["Gul", "Uppåt"],
    ["Röd", "Oförändrad"],
    [null, null],
    [null, null],
  ]);
  expect(ws.getColumn("L").numFmt).toBe("@");
  expect(ws.getCell("L4").numFmt).toBe("@");
  const cf = (
    ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }
  ).conditionalFormattings;
  const on = (ref: string): string[] =>
    cf.filter((c) => c.ref === ref).flatMap((c) => c.rules.flatMap((r) => r.formulae ?? []));
  expect(on("L3:L6")).toEqual(['L3="Röd"', 'L3="Gul"', 'L3="Grön"']);
  expect(on("M3:M6")).toEqual(['M3="Uppåt"', 'M3="Oförändrad"', 'M3="Nedåt"']);
  // No drop-down: the add-in writes them.
  const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  expect(Object.keys(dv).filter((a) => /^[LM]/.test(a))).toEqual([]);
});

test("summary FILE.xlsx counts the officials' statuses and gives the structure's suggestions", async () => {
  const io = bufferIo();
  await main(["summary", xlsx, "--format", "json"], io);
  const out = JSON.parse(io.stdout);
  // Gul, Grön, Grön and one not assessed, as the Status column holds them; never the suggestions.
  expect(out.total.status).toEqual({ red: 0, yellow: 1, green: 2, missing: 1 });
  expect(
    out.suggestions.map((v: { goalId: string; status: string; differs: boolean }) => [
      v.goalId,
      v.status,
      v.differs,
    ]),
  ).toEqual([
    ["EKO-1", "yellow", false],
    ["EKO-2", "red", true],
  ]);
  // The indicator sheet carries the indicators, so the file gives the figures the JSON gives.
  const fromJson = bufferIo();
  await main(["summary", path.join(tmp, "s.json"), "--format", "json"], fromJson);
  expect(out.suggestions).toEqual(JSON.parse(fromJson.stdout).suggestions);
  expect(out.suggestions[1].indicators.map((i: { id: string }) => i.id)).toHaveLength(2);
});
