/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   ExcelJS objects, in memory. */
// `rollover` and `import-history` through the compiled CLI on a workbook made WITHOUT history: they
// add the last-year columns at the goal table's end (src/plan/previousColumns.ts), with the one
// formula on every row and its cached result, and the summary they draw compares. An official's
// column right of Trend keeps its values, the status and trend drop-downs and colour rules stay on
// the status and trend cells; a second rollover adds no columns again.
// test/libreoffice/previous-added.test.ts recalculates the same files in LibreOffice.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { GoalStructure } from "../../src/domain";
import { compileCli, runCli } from "../hardening/cli";
import { applyXlsxEdit } from "../hardening/xlsx-edits";
import { withoutHistory, EDITS_2025, OWN_COLUMN, ownValue } from "./previousAdded";
import { editXlsx, goalCells } from "./workbooks";

let tmp: string;
const at = (name: string): string => path.join(tmp, name);
const PREV = ["Status förra året", "Trend förra året"];

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Per goal ID, [status, trend] of the last-year columns as cached, and whether each is the formula. */
function previous(wb: ExcelJS.Workbook): Record<string, [unknown, unknown]> {
  const g = goalCells(wb);
  const out: Record<string, [unknown, unknown]> = {};
  for (const id of g.ids) {
    const [s, t] = PREV.map((h) => g.cell(id, h).value as ExcelJS.CellFormulaValue);
    expect(s.formula).toMatch(/^IFERROR\(IF\(LEN\(LOOKUP\(2,1\/\(\(Maluppfoljning_Historik\[År\]/);
    expect(t.formula).toMatch(/^IFERROR\(LOOKUP\(2,1\//);
    // ExcelJS reads an empty cached text back as no result.
    out[id] = [s.result ?? "", t.result ?? ""];
  }
  return out;
}

function expectRules(wb: ExcelJS.Workbook): void {
  const g = goalCells(wb);
  const ws = g.ws as unknown as {
    dataValidations: { find(address: string): ExcelJS.DataValidation | undefined };
    conditionalFormattings: { ref: string; rules: unknown[] }[];
  };
  for (const h of ["Status", "Trend"]) {
    const first = g.cell(g.ids[0], h);
    const last = g.cell(g.ids[g.ids.length - 1], h);
    // Every status (trend) cell has the list; the colour rules cover the column's body.
    for (const id of g.ids) expect(ws.dataValidations.find(g.cell(id, h).address)?.type).toBe("list");
    const rules = ws.conditionalFormattings.filter((cf) => cf.ref === `${first.address}:${last.address}`);
    expect(rules.flatMap((cf) => cf.rules)).toHaveLength(3);
  }
}

beforeAll(async () => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-prev-added-"));
  fs.writeFileSync(at("start.json"), JSON.stringify(withoutHistory(), null, 2));
  expect((await runCli(["workbook", at("start.json"), "--out", at("y2024.xlsx")])).code).toBe(0);
  await editXlsx(at("y2024.xlsx"), async (wb) => {
    const header = goalCells(wb).header;
    applyXlsxEdit(
      wb,
      { op: "addUserColumn", header: OWN_COLUMN, values: ownValue, at: header.indexOf("Trend") + 1 },
      "sv",
    );
  });
}, 180_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("rollover twice of a workbook made without history", () => {
  let start: GoalStructure;
  beforeAll(async () => {
    start = withoutHistory();
    const first = await runCli(["rollover", at("y2024.xlsx"), "--year", "2025", "--out", at("y2025.xlsx")]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    fs.copyFileSync(at("y2025.xlsx"), at("y2025-edited.xlsx"));
    await editXlsx(at("y2025-edited.xlsx"), (wb) => {
      const g = goalCells(wb);
      for (const [id, status, trend] of EDITS_2025) {
        g.cell(id, "Status").value = status;
        g.cell(id, "Trend").value = trend;
      }
    });
    const second = await runCli([
      "rollover",
      at("y2025-edited.xlsx"),
      "--year",
      "2026",
      "--out",
      at("y2026.xlsx"),
    ]);
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
  }, 180_000);

  it("has no last-year columns before, and both at the table's end after the first rollover", async () => {
    expect(goalCells(await open(at("y2024.xlsx"))).header).not.toContain(PREV[0]);
    const wb = await open(at("y2025.xlsx"));
    const header = goalCells(wb).header;
    expect(header.slice(-2)).toEqual(PREV);
    expect(header[header.indexOf("Trend") + 1]).toBe(OWN_COLUMN);
    // Every goal shows its 2024 assessment (a goal without a status: not assessed).
    const goals = start.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
    const label = { red: "Röd", yellow: "Gul", green: "Grön" } as const;
    const trend = { up: "Uppåt", flat: "Oförändrad", down: "Nedåt" } as const;
    expect(previous(wb)).toEqual(
      Object.fromEntries(
        goals.map((g) => [
          g.id,
          [g.status === null ? "Ej bedömd" : label[g.status], g.trend === null ? "" : trend[g.trend]],
        ]),
      ),
    );
    // Text header, grey italic body in General, a width of its own.
    const g = goalCells(wb);
    const top = g.cell(g.ids[0], PREV[0]);
    const head = g.ws.getCell(Number(top.row) - 1, Number(top.col));
    expect(head.numFmt).toBe("@");
    const body = g.cell(g.ids[0], PREV[0]);
    // General, which ExcelJS reads back as no format.
    expect(body.numFmt ?? "General").toBe("General");
    expect(body.font?.italic).toBe(true);
    expect(g.ws.getColumn(body.col).width).toBeGreaterThanOrEqual(9);
  });

  it("shows 2025's assessment after the second rollover, adds no columns again, keeps the official's", async () => {
    const wb = await open(at("y2026.xlsx"));
    const g = goalCells(wb);
    expect(g.header.filter((h) => PREV.includes(h))).toEqual(PREV);
    const shown = previous(wb);
    for (const [id, status, trend] of EDITS_2025) expect(shown[id]).toEqual([status, trend]);
    const others = g.ids.filter((id) => !EDITS_2025.some(([e]) => e === id));
    expect(others.every((id) => shown[id][0] === "Ej bedömd" && shown[id][1] === "")).toBe(true);
    expect(g.ids.map((id) => g.cell(id, OWN_COLUMN).value)).toEqual(g.ids.map((_id, i) => ownValue(i)));
    expectRules(wb);
    expectRules(await open(at("y2025.xlsx")));
  });

  it("draws a summary that compares with the year closed", async () => {
    const r = await runCli(["summary", at("y2026.xlsx"), "--format", "json"]);
    const json = JSON.parse(r.stdout) as { programs: { comparison: { year: number } | null }[] };
    expect(json.programs[0].comparison?.year).toBe(2025);
    const wb = await open(at("y2026.xlsx"));
    const summary = wb.getWorksheet("Sammanfattning");
    let found = false;
    summary?.eachRow((row) => (found ||= row.getCell(1).value === "Bedömning jämfört med 2025"));
    expect(found).toBe(true);
  });
});

describe("import-history into a workbook made without history", () => {
  it("adds the last-year columns with the imported year's assessment", async () => {
    const earlier: GoalStructure = { ...withoutHistory(), year: 2023 };
    const goals = earlier.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
    goals.forEach((g) => {
      g.status = "green";
      g.trend = "up";
    });
    fs.writeFileSync(at("y2023.json"), JSON.stringify(earlier));
    const r = await runCli([
      "import-history",
      at("y2024.xlsx"),
      "--from",
      at("y2023.json"),
      "--out",
      at("imp.xlsx"),
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const wb = await open(at("imp.xlsx"));
    expect(goalCells(wb).header.slice(-2)).toEqual(PREV);
    expect(Object.values(previous(wb)).every(([s, t]) => s === "Grön" && t === "Uppåt")).toBe(true);
    const g = goalCells(wb);
    expect(g.ids.map((id) => g.cell(id, OWN_COLUMN).value)).toEqual(g.ids.map((_id, i) => ownValue(i)));
    expectRules(wb);
    const json = JSON.parse((await runCli(["summary", at("imp.xlsx"), "--format", "json"])).stdout) as {
      programs: { comparison: { year: number } | null }[];
    };
    expect(json.programs[0].comparison?.year).toBe(2023);
  });
});
