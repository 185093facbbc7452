// `maluppfoljning kolada` with workbooks: FILE.xlsx in, OUT.xlsx out, against the local v3 stand-in
// (a 429 and two pages). The indicator sheet of OUT shows the fetched values with "Källa: Kolada"
// and the fetch date, read back with ExcelJS; the input is never changed.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { runKolada, type KoladaCommandDeps } from "../../src/cli/kolada";
import { report, type Io } from "../../src/cli/common";
import { parseGoalStructure, type GoalStructure } from "../../src/domain";
import { buildWorkbookPlan } from "../../src/plan";
import { tableStructure } from "../../src/plan/goalTable";
import { loadWorkbook, readGoalRowsFromXlsx } from "../../src/xlsx/read";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { fixtureKpis, startKoladaStub, type KoladaStub } from "./server";

let stub: KoladaStub;
let dir: string;

const DEPS: KoladaCommandDeps = {
  client: { backoffMs: 1, timeoutMs: 500, sleep: async () => undefined },
  today: "2026-12-01",
};

function structure(): GoalStructure {
  const parsed = parseGoalStructure({
    organisation: "Västerås stad",
    year: 2023,
    municipality: { id: "1980", name: "Västerås" },
    programs: [
      {
        id: "eko",
        name: "Program för ekologisk hållbarhet",
        areas: [
          {
            id: "energi",
            name: "Energi",
            sdgs: [7],
            goals: [
              {
                id: "EKO-1",
                text: "Mer förnybar energi",
                status: "yellow",
                trend: null,
                indicators: [
                  {
                    id: "fornybar",
                    name: "Andel förnybar energi",
                    unit: "%",
                    direction: "increase",
                    baseline: { year: 2020, value: 40 },
                    target: { year: 2030, value: 60 },
                    values: [{ year: 2019, value: 38 }],
                    source: { kind: "kolada", kpi: "N00401" },
                  },
                  {
                    id: "utslapp",
                    name: "Utsläpp",
                    direction: "decrease",
                    baseline: { year: 2020, value: 100 },
                    target: { year: 2030, value: 50 },
                    source: { kind: "kolada", kpi: "N00402", gender: "T" },
                  },
                  {
                    id: "egen",
                    name: "Egen mätning",
                    direction: "increase",
                    baseline: { year: 2020, value: 1 },
                    target: { year: 2030, value: 2 },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message.en).join("\n"));
  return parsed.structure;
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { out: (t) => (stdout += t), err: (t) => (stderr += t) };
  let code: number;
  try {
    code = await runKolada(args, io, DEPS);
  } catch (e) {
    code = report(e, io, "sv");
  }
  return { code, stdout, stderr };
}

/** The indicator sheet's rows as ExcelJS reads them, header first. */
async function indicatorSheet(file: string): Promise<{ rows: unknown[][]; note: unknown }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Indikatorer");
  if (!ws) throw new Error("no indicator sheet");
  const rows: unknown[][] = [];
  for (let r = 5; r <= 8; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= 18; c++) row.push(ws.getCell(r, c).value);
    rows.push(row);
  }
  return { rows, note: ws.getCell("A3").value };
}

/** A workbook of `structure`, in which an official typed a value and a status after it was made. */
async function workbookFile(name: string, edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const file = path.join(dir, name);
  const wb = await loadWorkbook(await writeWorkbookBuffer(buildWorkbookPlan(structure(), "sv")));
  edit?.(wb);
  writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-kolada-xlsx-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  stub = await startKoladaStub({ kpis: fixtureKpis(), pageSize: 4 });
  stub.queue.push({ match: "/data/", kind: "status", status: 429, headers: { "retry-after": "1" } });
});

afterEach(async () => {
  await stub.close();
});

describe("maluppfoljning kolada with workbooks", () => {
  it("FILE.json → OUT.xlsx: the indicator sheet shows the fetched values, attributed to Kolada", async () => {
    const file = path.join(dir, "in.json");
    writeFileSync(file, JSON.stringify(structure()));
    const out = path.join(dir, "out.xlsx");
    const r = await run([file, "--out", out, "--base-url", stub.base]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // /kpi, /data (429), /data page 1, /data page 2.
    expect(r.stdout).toContain("Anrop till Kolada: 4.");
    const { rows, note } = await indicatorSheet(out);
    expect(rows[0].slice(12)).toEqual(["2019", "2020", "2021", "2022", "2023", "Värdenas källa"]);
    expect(rows[1].slice(0, 3)).toEqual(["EKO-1", "fornybar", "Andel förnybar energi"]);
    expect(rows[1].slice(12)).toEqual([38, 40, 42, 45.5, 47, "Källa: Kolada, hämtad 2026-12-01 (2020–2023)"]);
    expect(rows[2].slice(12)).toEqual([
      null,
      100,
      null,
      null,
      null,
      "Källa: Kolada, hämtad 2026-12-01 (2020)",
    ]);
    expect(rows[3].slice(12)).toEqual([null, null, null, null, null, null]);
    expect(String(note)).toContain("”Källa: Kolada”");
    expect(String(note)).toContain("vår egen bearbetning, inte Koladas");
  });

  it("FILE.xlsx → OUT.xlsx: the same workbook, the officials' entries kept, the input untouched", async () => {
    const file = await workbookFile("in.xlsx", (wb) => {
      // An official's own value for their own indicator.
      (wb.getWorksheet("Indikatorer") as ExcelJS.Worksheet).getCell("Q8").value = 1.8;
    });
    const before = readFileSync(file);
    const out = path.join(dir, "out2.xlsx");
    const r = await run([file, "--out", out, "--base-url", stub.base]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    const { rows } = await indicatorSheet(out);
    expect(rows[1].slice(12)).toEqual([38, 40, 42, 45.5, 47, "Källa: Kolada, hämtad 2026-12-01 (2020–2023)"]);
    expect(rows[3].slice(12)).toEqual([null, null, null, null, 1.8, null]);
    // Read back as every command reads it: the values, their source and the official's status.
    const read = await readGoalRowsFromXlsx(out);
    if (!read.ok) throw new Error("goal table not read");
    const goal = tableStructure(read.value).structure.programs[0].areas[0].goals[0];
    expect(goal.status).toBe("yellow");
    expect(goal.indicators?.[0].values?.[1]).toEqual({
      year: 2020,
      value: 40,
      source: "kolada",
      fetched: "2026-12-01",
    });
    expect(goal.indicators?.[2].values).toEqual([{ year: 2023, value: 1.8 }]);
  });

  it("FILE.xlsx → OUT.json: the structure the workbook holds, with the values", async () => {
    const file = await workbookFile("in3.xlsx");
    const out = path.join(dir, "out3.json");
    const r = await run([file, "--out", out, "--base-url", stub.base]);
    expect(r.code).toBe(0);
    const parsed = parseGoalStructure(JSON.parse(readFileSync(out, "utf8")));
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message.en).join("\n"));
    expect(parsed.structure.municipality).toEqual({ id: "1980", name: "Västerås" });
    const values = parsed.structure.programs[0].areas[0].goals[0].indicators?.[0].values ?? [];
    expect(values.map((v) => [v.year, v.value, v.source ?? null])).toEqual([
      [2019, 38, null],
      [2020, 40, "kolada"],
      [2021, 42, "kolada"],
      [2022, 45.5, "kolada"],
      [2023, 47, "kolada"],
    ]);
  });

  it("refuses a workbook whose indicator sheet has errors, naming the cells, writing nothing", async () => {
    const file = await workbookFile("bad.xlsx", (wb) => {
      (wb.getWorksheet("Indikatorer") as ExcelJS.Worksheet).getCell("F8").value = "förra året";
    });
    const out = path.join(dir, "bad-out.xlsx");
    const r = await run([file, "--out", out, "--base-url", stub.base]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("indikatorbladet har celler som måste rättas");
    expect(r.stderr).toContain("Indikatorer!F8");
    expect(r.stderr).toContain("the indicator sheet has cells to correct");
    expect(existsSync(out)).toBe(false);
    expect(stub.requests).toEqual([]);
  });

  it("refuses a workbook with a row of an unknown goal (a warning), which drawing the sheet again would lose", async () => {
    const file = await workbookFile("unknown.xlsx", (wb) => {
      (wb.getWorksheet("Indikatorer") as ExcelJS.Worksheet).getCell("A8").value = "OKÄNT-99";
    });
    const out = path.join(dir, "unknown-out.xlsx");
    const r = await run([file, "--out", out, "--base-url", stub.base]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Indikatorer!A8");
    expect(existsSync(out)).toBe(false);
  });
});
