// The record a split workbook keeps of what it was sent with (src/plan/sent.ts) survives the
// tools a return passes through: LibreOffice opening the file and saving it as .xlsx again, and
// ExcelJS reading and writing it (as other tools do). After either, the record reads back exactly
// as written (text such as "=SUM(A1)" and "2030" included), its sheet stays hidden, and `collect`
// still merges the return: an official's edit made before the round trip is taken.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { GoalStructure } from "../../src/domain";
import { SENT_SHEET, type SentRecord } from "../../src/plan/sent";
import { loadWorkbook } from "../../src/xlsx/read";
import { readSentSheet } from "../../src/xlsx/sent";
import { exampleStructure } from "../history/example";
import { editXlsx, goalCells } from "../history/workbooks";
import { ensureCompiledCli, runCli } from "./cli";
import { describeWithSoffice, LibreOffice } from "./soffice";

function structure(): GoalStructure {
  const s = exampleStructure();
  for (const p of s.programs)
    for (const a of p.areas)
      for (const g of a.goals) g.responsible = p.id === "miljo" ? "Miljönämnden" : "Kommunstyrelsen";
  const l1 = s.programs[0].areas[0].goals[0];
  l1.comment = "=SUM(A1)";
  l1.text = "2030";
  s.programs[0].areas[0].goals[1].comment = "Rad ett\nrad två";
  return s;
}

async function record(file: string): Promise<{ record: SentRecord | null; state: string | undefined }> {
  const wb = await loadWorkbook(file);
  return { record: readSentSheet(wb), state: wb.worksheets.find((w) => w.name === SENT_SHEET)?.state };
}

let dir: string;
const at = (...name: string[]): string => path.join(dir, ...name);
const ok = (args: string[]): string => {
  const r = runCli(args);
  if (r.status !== 0) throw new Error(`${args.join(" ")}: ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-split-"));
  ensureCompiledCli();
  writeFileSync(at("s.json"), JSON.stringify(structure()));
  ok(["workbook", at("s.json"), "--out", at("main.xlsx")]);
  ok(["split", at("main.xlsx"), "--out-dir", dir]);
  // The official's edit, before the file goes through another tool.
  copyFileSync(at("Miljönämnden.xlsx"), at("edited.xlsx"));
  await editXlsx(at("edited.xlsx"), (wb) => {
    goalCells(wb).cell("L3", "Status").value = "Röd";
  });
}, 180000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it("split writes the record as very hidden text", async () => {
  const { record: r, state } = await record(at("Miljönämnden.xlsx"));
  expect(state).toBe("veryHidden");
  expect(r?.goals.find((g) => g.id === "L1")?.cells).toMatchObject({ text: "2030", comment: "=SUM(A1)" });
  expect(r?.goals.find((g) => g.id === "L2")?.cells.comment).toBe("Rad ett\nrad två");
});

it("survives an ExcelJS read and write", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(at("edited.xlsx"));
  await wb.xlsx.writeFile(at("exceljs.xlsx"));
  const before = await record(at("Miljönämnden.xlsx"));
  const after = await record(at("exceljs.xlsx"));
  expect(after.record).toEqual(before.record);
  expect(after.state).toBe("veryHidden");
  const r = runCli([
    "collect",
    at("main.xlsx"),
    at("exceljs.xlsx"),
    "--out",
    at("m1.xlsx"),
    "--format",
    "json",
  ]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).taken).toEqual([
    { file: at("exceljs.xlsx"), goalId: "L3", column: "status", from: "Gul", to: "Röd" },
  ]);
}, 120000);

describeWithSoffice("the split record in LibreOffice", () => {
  let lo: LibreOffice;
  beforeAll(() => {
    lo = LibreOffice.create({ recalc: false });
  });
  afterAll(() => lo?.dispose());

  it("survives LibreOffice opening the return and saving it as .xlsx", async () => {
    const [saved] = await lo.convert([at("edited.xlsx")], "xlsx", { outDir: at("lo") });
    const before = await record(at("Miljönämnden.xlsx"));
    const after = await record(saved);
    expect(after.record).toEqual(before.record);
    // LibreOffice keeps the sheet out of sight (it may write it as hidden rather than very hidden).
    expect(["hidden", "veryHidden"]).toContain(after.state);
    const r = runCli(["collect", at("main.xlsx"), saved, "--out", at("m2.xlsx"), "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).taken).toEqual([
      { file: saved, goalId: "L3", column: "status", from: "Gul", to: "Röd" },
    ]);
  }, 240000);
});
