// `split` and `collect` of indicator values through the compiled CLI: each body's file carries only
// its goals' indicators, and its record the values they were sent with; collect takes a value an
// owner changed, keeps the main's value on a two-sided change and lists that conflict, reports a
// value that is no number by file, goal, indicator and year, writes the taken values into OUT's
// indicator sheet (MAIN untouched), and reports, without taking, the values of a return whose
// record is of the older kind (no indicator values).
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { GoalStructure } from "../../src/domain";
import { SENT_SHEET } from "../../src/plan/sent";
import { loadWorkbook } from "../../src/xlsx/read";
import { addSentSheet, readSentSheet } from "../../src/xlsx/sent";
import { compileCli, runCli } from "../hardening/cli";
import { goalsIn } from "../history/fixtures";
import { editXlsx, goalCells } from "../history/workbooks";
import { withIndicators } from "../indicators/fixtures";
import { indicatorCells } from "./indicatorCells";

let tmp: string;
const at = (...name: string[]): string => path.join(tmp, ...name);
const sha = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

// The fixture's year is 2023: fornybar (EKO-1.01) has 41.5, 44 and 45.25 for 2020–2022 and no
// 2023 value; utslapp (EKO-1.02) 1100.25 for 2021 and -3 for 2023; cykel (EKO-1.02) none.
const KS = "Kommunstyrelsen";
const TN = "Tekniska nämnden";

function structure(): GoalStructure {
  const s = withIndicators();
  for (const g of goalsIn(s)) g.responsible = g.id === "EKO-1.02" ? TN : KS;
  return s;
}

const ks = (): string => at("out", `${KS}.xlsx`);
const tn = (): string => at("out", `${TN}.xlsx`);

async function indicatorValue(file: string, goal: string, id: string, year: number): Promise<unknown> {
  return indicatorCells(await loadWorkbook(file)).cell(goal, id, year).value;
}

beforeAll(async () => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-collect-ind-"));
  fs.writeFileSync(at("s.json"), JSON.stringify(structure()));
  expect((await runCli(["workbook", at("s.json"), "--out", at("main.xlsx")])).code).toBe(0);
  fs.mkdirSync(at("out"));
  expect((await runCli(["split", at("main.xlsx"), "--out-dir", at("out")])).code).toBe(0);
}, 180000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

it("split: each file's indicator sheet holds only its goals' indicators, and its record their values", async () => {
  const k = await loadWorkbook(ks());
  const t = await loadWorkbook(tn());
  expect(indicatorCells(k).rows).toEqual(["EKO-1.01/fornybar"]);
  expect(indicatorCells(t).rows).toEqual(["EKO-1.02/utslapp", "EKO-1.02/cykel"]);
  // Each file's year columns run from its own indicators' first year to the follow-up year.
  const values = (v: (number | null)[]): Map<number, number | null> =>
    new Map(v.map((x, i) => [2023 - v.length + 1 + i, x]));
  expect(readSentSheet(k)?.indicators).toEqual([
    { goalId: "EKO-1.01", id: "fornybar", values: values([null, 41.5, 44, 45.25, null]) },
  ]);
  expect(readSentSheet(t)?.indicators).toEqual([
    { goalId: "EKO-1.02", id: "utslapp", values: values([null, 1100.25, null, -3]) },
    { goalId: "EKO-1.02", id: "cykel", values: values([null, null, null, null]) },
  ]);
}, 60000);

describe("collect", () => {
  beforeAll(async () => {
    await editXlsx(ks(), (wb) => {
      const c = indicatorCells(wb);
      c.cell("EKO-1.01", "fornybar", 2023).value = 47;
      c.cell("EKO-1.01", "fornybar", 2022).value = 46;
    });
    await editXlsx(tn(), (wb) => {
      const c = indicatorCells(wb);
      c.cell("EKO-1.02", "utslapp", 2021).value = "ungefär 1100";
      c.cell("EKO-1.02", "cykel", 2023).value = 12;
    });
    // Meanwhile the analyst corrected fornybar's 2022 value in the main workbook.
    fs.copyFileSync(at("main.xlsx"), at("main-edited.xlsx"));
    await editXlsx(at("main-edited.xlsx"), (wb) => {
      indicatorCells(wb).cell("EKO-1.01", "fornybar", 2022).value = 45.5;
    });
  }, 180000);

  it("takes the owners' values, lists the two-sided change and the value that is no number", async () => {
    const before = sha(at("main-edited.xlsx"));
    const r = await runCli([
      "collect",
      at("main-edited.xlsx"),
      ks(),
      tn(),
      "--out",
      at("merged.xlsx"),
      "--format",
      "json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.taken).toEqual([
      {
        file: ks(),
        goalId: "EKO-1.01",
        column: "indicator:fornybar:2023",
        indicator: { id: "fornybar", name: "Andel förnybar energi", year: 2023 },
        from: "",
        to: "47",
      },
      {
        file: tn(),
        goalId: "EKO-1.02",
        column: "indicator:cykel:2023",
        indicator: { id: "cykel", name: "Cykelresor", year: 2023 },
        from: "",
        to: "12",
      },
    ]);
    expect(json.conflicts).toEqual([
      {
        file: ks(),
        goalId: "EKO-1.01",
        column: "indicator:fornybar:2022",
        indicator: { id: "fornybar", name: "Andel förnybar energi", year: 2022 },
        sent: "45.25",
        main: "45.5",
        returned: "46",
      },
    ]);
    expect(json.rejected).toEqual([
      {
        file: tn(),
        goalId: "EKO-1.02",
        reason: "indicator-not-number",
        indicator: "utslapp",
        year: 2021,
        detail: "ungefär 1100",
        message: "indikatorn utslapp, 2021: ”ungefär 1100” är inget tal",
      },
    ]);
    expect(sha(at("main-edited.xlsx"))).toBe(before);
    // OUT's indicator sheet has the taken values as numbers, and the main's where it kept them.
    expect(await indicatorValue(at("merged.xlsx"), "EKO-1.01", "fornybar", 2023)).toBe(47);
    expect(await indicatorValue(at("merged.xlsx"), "EKO-1.02", "cykel", 2023)).toBe(12);
    expect(await indicatorValue(at("merged.xlsx"), "EKO-1.01", "fornybar", 2022)).toBe(45.5);
    expect(await indicatorValue(at("merged.xlsx"), "EKO-1.02", "utslapp", 2021)).toBe(1100.25);
    // And reads back as the goals' indicators: validate finds no error in it.
    const v = await runCli(["validate", at("merged.xlsx")]);
    expect(v.stdout).toMatch(/^Inga problem i |: 0 fel, /m);
  }, 180000);

  it("names the indicator column in the text output, in Swedish and English", async () => {
    const sv = await runCli(["collect", at("main-edited.xlsx"), ks(), tn(), "--out", at("t.xlsx")]);
    expect(sv.code).toBe(1);
    expect(sv.stdout).toContain(
      `Fört in: ${ks()}, EKO-1.01, Indikator Andel förnybar energi 2023: (tom) → ”47”`,
    );
    expect(sv.stdout).toContain(
      `Konflikt: ${ks()}, EKO-1.01, Indikator Andel förnybar energi 2022: skickat ”45.25”, huvudfilen ”45.5”, svaret ”46”`,
    );
    expect(sv.stdout).toContain(
      `Inte infört: ${tn()}, EKO-1.02: indikatorn utslapp, 2021: ”ungefär 1100” är inget tal`,
    );
    const en = await runCli(["collect", at("main-edited.xlsx"), ks(), "--out", at("t.xlsx"), "--lang", "en"]);
    expect(en.stdout).toContain(
      `Taken: ${ks()}, EKO-1.01, Indicator Andel förnybar energi 2023: (empty) → ”47”`,
    );
  }, 180000);

  it("reports, without taking, the indicator values of a return split before the record held them", async () => {
    // The Kommunstyrelsen return with its record as an older split wrote it: goal rows only.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ks());
    const record = readSentSheet(wb);
    if (record === null) throw new Error("no record");
    wb.removeWorksheet((wb.getWorksheet(SENT_SHEET) as ExcelJS.Worksheet).id);
    const { indicators: _indicators, ...older } = record;
    addSentSheet(wb, older);
    goalCells(wb).cell("EKO-1.03", "Status").value = "Grön";
    await wb.xlsx.writeFile(at("old.xlsx"));

    const r = await runCli([
      "collect",
      at("main.xlsx"),
      at("old.xlsx"),
      "--out",
      at("o.xlsx"),
      "--format",
      "json",
    ]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.taken).toEqual([
      { file: at("old.xlsx"), goalId: "EKO-1.03", column: "status", from: "Gul", to: "Grön" },
    ]);
    expect(json.rejected).toEqual([
      expect.objectContaining({
        goalId: "EKO-1.01",
        reason: "indicator-not-recorded",
        indicator: "fornybar",
      }),
    ]);
    expect(await indicatorValue(at("o.xlsx"), "EKO-1.01", "fornybar", 2023)).toBe(null);
  }, 180000);
});
