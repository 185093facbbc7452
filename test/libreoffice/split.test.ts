// The record a split workbook keeps of what it was sent with (src/plan/sent.ts) survives the
// tools a return passes through: LibreOffice opening the file and saving it as .xlsx again, and
// ExcelJS reading and writing it (as other tools do). After either, the record reads back exactly
// as written (text such as "=SUM(A1)" and "2030" included, and the indicator values it was sent
// with), its sheet stays hidden, and `collect` still merges the return: an official's edits made
// before the round trip (a status and an indicator value) are taken, and an indicator value the
// tool saved back with its last binary digit rounded is not taken for a change.
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
import { indicatorCells } from "../collect/indicatorCells";
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
  l1.indicators = [
    {
      id: "pm10",
      name: "Partiklar (PM10)",
      direction: "decrease",
      baseline: { year: 2020, value: 20 },
      target: { year: 2030, value: 10 },
      // 0.1 + 0.2: a value whose shortest text has 17 digits, which a tool may save as 0.3.
      values: [
        { year: 2021, value: 18.5 },
        { year: 2022, value: 0.1 + 0.2 },
      ],
    },
  ];
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
    indicatorCells(wb).cell("L1", "pm10", 2024).value = 16.25;
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
  expect(r?.indicators).toEqual([
    {
      goalId: "L1",
      id: "pm10",
      values: new Map([
        [2020, null],
        [2021, 18.5],
        [2022, 0.1 + 0.2],
        [2023, null],
        [2024, null],
      ]),
    },
  ]);
});

/** What collect takes from the Miljönämnden return edited before the round trip. */
const TAKEN = (file: string): unknown[] => [
  { file, goalId: "L3", column: "status", from: "Gul", to: "Röd" },
  {
    file,
    goalId: "L1",
    column: "indicator:pm10:2024",
    indicator: { id: "pm10", name: "Partiklar (PM10)", year: 2024 },
    from: "",
    to: "16.25",
  },
];

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
  expect(JSON.parse(r.stdout).taken).toEqual(TAKEN(at("exceljs.xlsx")));
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
    expect(JSON.parse(r.stdout).taken).toEqual(TAKEN(saved));
    expect(JSON.parse(r.stdout).conflicts).toEqual([]);
  }, 240000);
});
