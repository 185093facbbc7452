// `maluppfoljning kolada FILE --from-file EXPORT --out OUT`: the values from a file exported from
// Kolada's web interface (our understanding of it: exportFixtures/README.md), no network asked;
// OUT.xlsx attributes them on the indicator sheet; a file of unknown layout writes nothing.
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { runKolada, type KoladaCommandDeps } from "../../src/cli/kolada";
import { report, type Io } from "../../src/cli/common";
import { parseGoalStructure, type GoalStructure } from "../../src/domain";
import { buildWorkbookPlan } from "../../src/plan";
import { loadWorkbook } from "../../src/xlsx/read";
import { writeWorkbookBuffer } from "../../src/xlsx/write";

let dir: string;
let requests: string[];

const DEPS = (): KoladaCommandDeps => ({
  // Any request would be a bug: --from-file asks no one.
  transport: (url) => {
    requests.push(url);
    return Promise.reject(new Error("no network in this test"));
  },
  client: { retries: 0, sleep: async () => undefined },
  today: "2026-12-01",
});

function structure(): GoalStructure {
  const kolada = (id: string, kpi: string, gender?: "K") => ({
    id,
    name: id,
    direction: "increase",
    baseline: { year: 2020, value: 1 },
    target: { year: 2030, value: 90 },
    source: { kind: "kolada", kpi, ...(gender ? { gender } : {}) },
  });
  const parsed = parseGoalStructure({
    organisation: "Västerås stad",
    year: 2022,
    municipality: { id: "1980", name: "Västerås" },
    programs: [
      {
        id: "eko",
        name: "Program",
        areas: [
          {
            id: "energi",
            name: "Energi",
            sdgs: [7],
            goals: [
              {
                id: "EKO-1",
                text: "Mer förnybar energi",
                status: null,
                trend: null,
                indicators: [
                  kolada("fornybar", "N00401"),
                  kolada("kvinnor", "N00401", "K"),
                  kolada("utslapp", "N00402"),
                  kolada("okand", "N99999"),
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
    code = await runKolada(args, io, DEPS());
  } catch (e) {
    code = report(e, io, "sv");
  }
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-kolada-file-"));
  copyFileSync(
    path.join(__dirname, "exportFixtures", "years-as-columns-sv.csv"),
    path.join(dir, "export.csv"),
  );
});
beforeEach(() => {
  requests = [];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("FILE.json --from-file EXPORT.csv: fills from the file, says what it read and lacked, asks no one", async () => {
  const file = path.join(dir, "in.json");
  writeFileSync(file, JSON.stringify(structure()));
  const out = path.join(dir, "out.json");
  const exp = path.join(dir, "export.csv");
  const r = await run([file, "--from-file", exp, "--out", out]);
  expect(r.stderr).toBe("");
  expect(requests).toEqual([]);
  expect(r.stdout.split("\n")).toEqual([
    `Läser ${exp}: kommun 1980 (Västerås), nyckeltal: 3, år 2020–2022.`,
    "EKO-1 / fornybar (N00401, T): läst ur filen för 2020–2021 (antal: 2).",
    "EKO-1 / fornybar (N00401, T): filen har inget värde för 2022.",
    "EKO-1 / kvinnor (N00401, K): läst ur filen för 2020–2021 (antal: 2).",
    "EKO-1 / kvinnor (N00401, K): filen har inget värde för 2022.",
    "EKO-1 / utslapp (N00402, T): läst ur filen för 2020–2021 (antal: 2).",
    "EKO-1 / utslapp (N00402, T): filen har inget värde för 2022.",
    "EKO-1 / okand: filen har inga värden för nyckeltalet N99999.",
    `Skrev ${out}; värden från Kolada: 6 (Källa: Kolada, importerat 2026-12-01 ur ${exp}).`,
    "",
  ]);
  // A KPI the file does not have: OUT written, exit 1 as for a KPI Kolada does not know.
  expect(r.code).toBe(1);
  const parsed = parseGoalStructure(JSON.parse(readFileSync(out, "utf8")));
  if (!parsed.ok) throw new Error("OUT unreadable");
  const [fornybar, kvinnor] = parsed.structure.programs[0].areas[0].goals[0].indicators ?? [];
  expect(fornybar.values).toEqual([
    { year: 2020, value: 40, source: "kolada", fetched: "2026-12-01" },
    { year: 2021, value: 41.75, source: "kolada", fetched: "2026-12-01" },
  ]);
  expect(kvinnor.values?.map((v) => v.value)).toEqual([40.2, 42]);
});

it("FILE.xlsx --from-file EXPORT.xlsx → OUT.xlsx: the indicator sheet attributes the values to Kolada", async () => {
  const file = path.join(dir, "in.xlsx");
  const wb = await loadWorkbook(await writeWorkbookBuffer(buildWorkbookPlan(structure(), "sv")));
  writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const exportBook = new ExcelJS.Workbook();
  const ws = exportBook.addWorksheet("Blad1");
  ws.addRow(["KPI", "Kommun-ID", "År", "Värde"]);
  ws.addRow(["N00401", 1980, 2020, 40]);
  ws.addRow(["N00401", 1980, 2022, 45.5]);
  const exp = path.join(dir, "export.xlsx");
  await exportBook.xlsx.writeFile(exp);
  const out = path.join(dir, "out.xlsx");
  const r = await run([file, "--from-file", exp, "--out", out, "--lang", "en"]);
  expect(r.stderr).toBe("");
  expect(requests).toEqual([]);
  expect(r.stdout).toContain("EKO-1 / fornybar (N00401, T): read from the file for 2020, 2022 (count: 2).");
  expect(r.stdout).toContain("EKO-1 / utslapp: the file has no values for the KPI N00402.");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet("Indikatorer");
  if (!sheet) throw new Error("no indicator sheet");
  const row: unknown[] = [];
  for (let c = 1; c <= 20; c++) row.push(sheet.getCell(6, c).value);
  expect(row).toContain("Källa: Kolada, hämtad 2026-12-01 (2020, 2022)");
  expect(row).toContain(45.5);
});

it("writes nothing for a file it cannot read as an export, saying which columns it expected (exit 2)", async () => {
  const file = path.join(dir, "in2.json");
  writeFileSync(file, JSON.stringify(structure()));
  const exp = path.join(dir, "annat.csv");
  writeFileSync(exp, "Namn;Belopp\nAnna;12\n");
  const out = path.join(dir, "never.json");
  const r = await run([file, "--from-file", exp, "--out", out]);
  expect(r.code).toBe(2);
  expect(existsSync(out)).toBe(false);
  expect(r.stderr).toContain(`${exp}: filen ser inte ut som en export från Koladas webbplats`);
  expect(r.stderr).toContain("Nyckeltal eller KPI");
  expect(r.stderr).toContain("inget skrevs");
  const both = await run([file, "--from-file", exp, "--base-url", "http://127.0.0.1:9", "--out", out]);
  expect(both.code).toBe(2);
  expect(both.stderr).toContain("--base-url och --from-file kan inte anges samtidigt");
});

it("--help names --from-file in Swedish and English", async () => {
  expect((await run(["--help"])).stdout).toContain(
    "--from-file EXPORT\n                  läs värdena ur en fil exporterad från Koladas webbplats",
  );
  expect((await run(["--help", "--lang", "en"])).stdout).toContain(
    "read the values from a file exported from Kolada's website",
  );
});
