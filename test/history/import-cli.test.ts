// `maluppfoljning import-history` and `workbook --history` through the compiled CLI: an earlier
// year's follow-up (JSON or workbook) merged into the history by goal ID, what was added,
// replaced and left alone reported, goals that no longer exist named, a source that is not of
// an earlier year refused.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Goal, GoalStructure } from "../../src/domain";
import { compileCli, runCli, type CliRun } from "../hardening/cli";
import { exampleStructure } from "./example";
import { editXlsx, goalCells } from "./workbooks";

let tmp: string;
const at = (name: string): string => path.join(tmp, name);

/**
 * The 2023 follow-up, against the example's history (year 2024):
 *   L1 yellow/up       = the 2023 entry held                 unchanged
 *   L2 red/flat        ≠ the 2023 entry yellow/down          replaced
 *   V2 green/up          no 2023 entry                        added
 *   S1 —/—, own 2021     2021 as held (unchanged), 2023 new   added
 *   K1 yellow/flat, own 2022 green/up: both new              added ×2
 *   X9                   no such goal any more                named
 */
function source(): GoalStructure {
  const g = (id: string, status: Goal["status"], trend: Goal["trend"], history?: Goal["history"]): Goal => ({
    id,
    text: `Mål ${id}`,
    status,
    trend,
    ...(history ? { history } : {}),
  });
  return {
    organisation: "Exempelkommun",
    year: 2023,
    programs: [
      {
        id: "p",
        name: "Tidigare program",
        areas: [
          {
            id: "a",
            name: "Allt",
            sdgs: [],
            goals: [
              g("L1", "yellow", "up"),
              g("L2", "red", "flat"),
              g("V2", "green", "up"),
              g("S1", null, null, [{ year: 2021, status: "red", trend: "down" }]),
              g("K1", "yellow", "flat", [{ year: 2022, status: "green", trend: "up" }]),
              g("X9", "green", "up"),
            ],
          },
        ],
      },
    ],
  };
}

interface JsonHistory {
  programs: { id: string; history: { year: number; total: number; status: Record<string, number> }[] }[];
}

async function historyOf(file: string): Promise<JsonHistory["programs"]> {
  const r = await runCli(["summary", file, "--format", "json"]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as JsonHistory).programs.map((p) => ({ id: p.id, history: p.history }));
}

/** The history table's body rows, [year, id, status, trend, comment]. */
async function historyRows(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Historik") as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 4) rows.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value));
  });
  return rows;
}

let fromJson: CliRun;

beforeAll(async () => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-import-"));
  fs.writeFileSync(at("target.json"), JSON.stringify(exampleStructure(), null, 2));
  fs.writeFileSync(at("source.json"), JSON.stringify(source(), null, 2));
  const made = await runCli(["workbook", at("target.json"), "--out", at("target.xlsx")]);
  expect(made.code).toBe(0);
  const src = await runCli(["workbook", at("source.json"), "--out", at("source.xlsx")]);
  expect(src.code).toBe(0);
  fromJson = await runCli([
    "import-history",
    at("target.xlsx"),
    "--from",
    at("source.json"),
    "--out",
    at("out.xlsx"),
  ]);
}, 180000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("import-history", () => {
  it("reports what it added, replaced and left alone, and the goals that no longer exist", () => {
    expect(fromJson.stderr).toBe("");
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout).toContain(
      `Hämtade 2021, 2022, 2023 från ${at("source.json")}: 4 poster tillagda, 1 ersatta, 2 oförändrade.`,
    );
    expect(fromJson.stdout).toContain("  Ersatt: L2 2023\n");
    expect(fromJson.stdout).toContain(
      `Obs! 1 mål i ${at("source.json")} finns inte längre och hämtades inte: X9`,
    );
    expect(fromJson.stdout).toContain(`Skrev ${at("out.xlsx")}.`);
  });

  it("rewrites the replaced entry in its row and appends the new ones by year", async () => {
    const before = await historyRows(at("target.xlsx"));
    const after = await historyRows(at("out.xlsx"));
    const l2 = before.findIndex((r) => r[0] === 2023 && r[1] === "L2");
    expect(before[l2].slice(2, 4)).toEqual(["Gul", "Nedåt"]);
    expect(after[l2].slice(0, 4)).toEqual([2023, "L2", "Röd", "Oförändrad"]);
    // Every other row as it was, the new ones after them.
    expect(after.slice(0, before.length).filter((_, i) => i !== l2)).toEqual(
      before.filter((_, i) => i !== l2),
    );
    expect(after.slice(before.length).map((r) => [r[0], r[1], r[2]])).toEqual([
      [2022, "K1", "Grön"],
      [2023, "V2", "Grön"],
      [2023, "S1", null],
      [2023, "K1", "Gul"],
    ]);
  });

  it("gives summary the merged history", async () => {
    const programs = await historyOf(at("out.xlsx"));
    const miljo2023 = programs[0].history.find((h) => h.year === 2023);
    // L2 red now, V2 green added: red L2, V1; yellow L1, L3; green L4, V4, V2; V3 not assessed.
    expect(miljo2023?.total).toBe(8);
    expect(miljo2023?.status).toEqual({ red: 2, yellow: 2, green: 3, missing: 1 });
    expect(programs[2].history.map((h) => [h.year, h.total, h.status.green, h.status.yellow])).toEqual([
      [2022, 1, 1, 0],
      [2023, 1, 0, 1],
    ]);
  });

  it("reads an earlier workbook of ours as it reads the JSON", async () => {
    const r = await runCli([
      "import-history",
      at("target.xlsx"),
      "--from",
      at("source.xlsx"),
      "--out",
      at("out2.xlsx"),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("4 poster tillagda, 1 ersatta, 2 oförändrade.");
    expect(r.stdout).toContain(": X9");
    expect(await historyOf(at("out2.xlsx"))).toEqual(await historyOf(at("out.xlsx")));
  });

  it("refuses a source that is not of an earlier year, naming both years", async () => {
    const r = await runCli([
      "import-history",
      at("out.xlsx"),
      "--from",
      at("target.json"),
      "--out",
      at("no.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("gäller 2024, som inte är tidigare än uppföljningsåret 2024");
    expect(fs.existsSync(at("no.xlsx"))).toBe(false);
    const missing = await runCli(["import-history", at("out.xlsx"), "--out", at("no.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--from");
  });
});

describe("workbook --history", () => {
  it("draws a new workbook with the structure's history and the import", async () => {
    const r = await runCli([
      "workbook",
      at("target.json"),
      "--history",
      at("source.json"),
      "--out",
      at("new.xlsx"),
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("4 poster tillagda, 1 ersatta, 2 oförändrade.");
    expect(r.stdout).toContain(": X9");
    expect(await historyOf(at("new.xlsx"))).toEqual(await historyOf(at("out.xlsx")));
  });
});

describe("a source that cannot be trusted", () => {
  beforeAll(async () => {
    fs.copyFileSync(at("source.xlsx"), at("noyear.xlsx"));
    await editXlsx(at("noyear.xlsx"), (wb) => {
      (wb.getWorksheet("Struktur") as ExcelJS.Worksheet).eachRow((row) => {
        if (row.getCell(1).value === "År") row.getCell(2).value = null;
      });
    });
    // L2's 2023 entry in the history is yellow/down; the source's cell cannot be read.
    fs.copyFileSync(at("source.xlsx"), at("lila.xlsx"));
    await editXlsx(at("lila.xlsx"), (wb) => {
      goalCells(wb).cell("L2", "Status").value = "Lila";
    });
  }, 60000);

  it("refuses a source without a follow-up year, in both commands", async () => {
    const r = await runCli([
      "import-history",
      at("target.xlsx"),
      "--from",
      at("noyear.xlsx"),
      "--out",
      at("no.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at("noyear.xlsx")} har inget giltigt uppföljningsår`);
    expect(r.stderr).toContain("has no valid follow-up year");
    const w = await runCli([
      "workbook",
      at("target.json"),
      "--history",
      at("noyear.xlsx"),
      "--out",
      at("no.xlsx"),
    ]);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain("har inget giltigt uppföljningsår");
    expect(fs.existsSync(at("no.xlsx"))).toBe(false);
  });

  it("refuses a source with errors unless --force, listing them", async () => {
    for (const args of [
      ["import-history", at("target.xlsx"), "--from", at("lila.xlsx"), "--out", at("no.xlsx")],
      ["workbook", at("target.json"), "--history", at("lila.xlsx"), "--out", at("no.xlsx")],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^Mål!G\d+: fel · L2 · Status/m);
      expect(r.stderr).toContain("--force");
      expect(fs.existsSync(at("no.xlsx"))).toBe(false);
    }
  });

  it("with --force, never lets an unreadable status replace an entry the history held", async () => {
    const r = await runCli([
      "import-history",
      at("target.xlsx"),
      "--from",
      at("lila.xlsx"),
      "--out",
      at("forced.xlsx"),
      "--force",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Obs! 1 fel i .*lila\.xlsx ignorerades \(--force\)/);
    expect(r.stdout).toContain("4 poster tillagda, 0 ersatta, 2 oförändrade.");
    expect(r.stdout).toContain(
      `Obs! 1 poster i historiken behölls som de var, eftersom status eller trend i ${at("lila.xlsx")} inte gick att läsa: L2 2023`,
    );
    const rows = await historyRows(at("forced.xlsx"));
    expect(rows.filter((row) => row[0] === 2023 && row[1] === "L2").map((row) => row.slice(2, 4))).toEqual([
      ["Gul", "Nedåt"],
    ]);
    const w = await runCli([
      "workbook",
      at("target.json"),
      "--history",
      at("lila.xlsx"),
      "--out",
      at("forced-new.xlsx"),
      "--force",
    ]);
    expect(w.code).toBe(0);
    expect(w.stdout).toContain("behölls som de var");
    const miljo2023 = (await historyOf(at("forced-new.xlsx")))[0].history.find((h) => h.year === 2023);
    expect(miljo2023?.status).toEqual({ red: 1, yellow: 3, green: 3, missing: 1 });
  });

  it("names the bundled example when it is the target", async () => {
    const r = await runCli(["workbook", "--history", at("target.json"), "--out", at("no.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("i medföljande exempel (seeds/vasteras-2023.json)");
    expect(r.stderr).toContain("of bundled example (seeds/vasteras-2023.json)");
  });
});
