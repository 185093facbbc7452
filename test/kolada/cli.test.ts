// `maluppfoljning kolada` end to end against the local v3 stub: in process with tiny retry waits
// for the many cases, and once as the compiled program in a child process.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { spawnSync } from "child_process";
import { tmpdir } from "os";
import * as path from "path";
import { runKolada, type KoladaCommandDeps } from "../../src/cli/kolada";
import { report, type Io } from "../../src/cli/common";
import { main } from "../../src/cli/main";
import { parseGoalStructure, type GoalStructure } from "../../src/domain";
import { compileCli, ROOT, runCli } from "../hardening/cli";
import { fixtureKpis, startKoladaStub, type KoladaStub } from "./server";

let stub: KoladaStub;
let dir: string;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
type Loose = any;

function input(): Loose {
  return {
    $schema: "./goal-structure.schema.json",
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
                status: null,
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
                    values: [{ year: 2022, value: 1.5 }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const DEPS: KoladaCommandDeps = {
  client: { backoffMs: 1, timeoutMs: 500, sleep: async () => undefined },
  today: "2026-12-01",
};

async function run(args: string[], deps: KoladaCommandDeps = DEPS): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = { out: (t) => (stdout += t), err: (t) => (stderr += t) };
  let code: number;
  try {
    code = await runKolada(args, io, deps);
  } catch (e) {
    code = report(e, io, "sv");
  }
  return { code, stdout, stderr };
}

function writeInput(name: string, doc: Loose = input()): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  return file;
}

function readOut(file: string): GoalStructure {
  const json = JSON.parse(readFileSync(file, "utf8")) as Loose;
  const parsed = parseGoalStructure(json);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message.en).join("\n"));
  return parsed.structure;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-kolada-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  stub = await startKoladaStub({ kpis: fixtureKpis(), pageSize: 4 });
});

afterEach(async () => {
  await stub.close();
});

describe("maluppfoljning kolada", () => {
  it("fills the Kolada indicators from baseline year to follow-up year, says what it fetched and lacked", async () => {
    const file = writeInput("in.json");
    const before = readFileSync(file, "utf8");
    const out = path.join(dir, "out.json");
    stub.queue.push({ match: "/data/", kind: "status", status: 429, headers: { "retry-after": "1" } });
    const r = await run([file, "--out", out, "--base-url", stub.base]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      `Hämtar från ${stub.base}: kommun 1980 (Västerås), nyckeltal: 2, år 2020–2023.`,
      "EKO-1 / fornybar (N00401, T): hämtat för 2020–2023 (antal: 4).",
      "EKO-1 / utslapp (N00402, T): hämtat för 2020 (antal: 1).",
      "EKO-1 / utslapp (N00402, T): inget värde i Kolada för 2021–2023.",
      // /kpi, /data (429), /data page 1, /data page 2.
      "Anrop till Kolada: 4.",
      `Skrev ${out}; värden från Kolada: 5 (Källa: Kolada, hämtat 2026-12-01).`,
      "",
    ]);
    expect(readFileSync(file, "utf8")).toBe(before);
    const written = JSON.parse(readFileSync(out, "utf8")) as Loose;
    expect(written.$schema).toBe("./goal-structure.schema.json");
    const [fornybar, utslapp, egen] = readOut(out).programs[0].areas[0].goals[0].indicators ?? [];
    expect(fornybar.values).toEqual([
      { year: 2019, value: 38 },
      { year: 2020, value: 40, source: "kolada", fetched: "2026-12-01" },
      { year: 2021, value: 42, source: "kolada", fetched: "2026-12-01" },
      { year: 2022, value: 45.5, source: "kolada", fetched: "2026-12-01" },
      { year: 2023, value: 47, source: "kolada", fetched: "2026-12-01" },
    ]);
    expect(utslapp.values).toEqual([{ year: 2020, value: 100, source: "kolada", fetched: "2026-12-01" }]);
    expect(egen.values).toEqual([{ year: 2022, value: 1.5 }]);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("fetches only the years --years gives, in English with --lang en", async () => {
    const file = writeInput("years.json");
    const out = path.join(dir, "years-out.json");
    const r = await run([
      file,
      `--out=${out}`,
      `--base-url=${stub.base}`,
      "--years",
      "2022-2023",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("municipality 1980 (Västerås), KPIs: 2, years 2022–2023.");
    expect(r.stdout).toContain("EKO-1 / fornybar (N00401, T): fetched for 2022–2023 (count: 2).");
    expect(r.stdout).toContain("EKO-1 / utslapp (N00402, T): no value in Kolada for 2022–2023.");
    expect(stub.requests.filter((q) => q.includes("/data/"))[0]).toContain("/year/2022,2023");
    const [fornybar] = readOut(out).programs[0].areas[0].goals[0].indicators ?? [];
    expect(fornybar.values?.map((v) => v.year)).toEqual([2019, 2022, 2023]);
  });

  it("reports an unknown KPI, still writes the rest, and exits 1", async () => {
    const doc = input();
    doc.programs[0].areas[0].goals[0].indicators[1].source.kpi = "N99999";
    const file = writeInput("unknown.json", doc);
    const out = path.join(dir, "unknown-out.json");
    const r = await run([file, "--out", out, "--base-url", stub.base]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("EKO-1 / utslapp: nyckeltalet N99999 finns inte i Kolada.");
    expect(stub.requests.filter((q) => q.includes("/data/"))[0]).toContain("/data/kpi/N00401/");
    expect(readOut(out).programs[0].areas[0].goals[0].indicators?.[0].values).toHaveLength(5);
  });

  it("writes nothing when Kolada keeps failing, with one line in both languages (exit 2)", async () => {
    stub.always.push({ match: "/data/", kind: "status", status: 500 });
    const file = writeInput("fail.json");
    const out = path.join(dir, "fail-out.json");
    const r = await run([file, "--out", out, "--base-url", stub.base]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^fel\/error: hämtningen från Kolada misslyckades, inget skrevs: .*HTTP 500, även efter 4 försök\. \/ fetching from Kolada failed, nothing was written: .*HTTP 500, even after 4 attempts\.$/,
    );
  });

  it("times out a silent server and reports malformed JSON, writing nothing", async () => {
    const file = writeInput("silent.json");
    const out = path.join(dir, "silent-out.json");
    stub.always.push({ match: "/kpi/", kind: "hang" });
    const hang = await run([file, "--out", out, "--base-url", stub.base], {
      ...DEPS,
      client: { ...DEPS.client, timeoutMs: 50, retries: 1 },
    });
    expect(hang.code).toBe(2);
    expect(hang.stderr).toContain("inget svar från Kolada inom 0,05 s, efter 2 försök");
    stub.always = [{ match: "/data/", kind: "malformed" }];
    const bad = await run([file, "--out", out, "--base-url", stub.base]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("svaret är inte giltig JSON");
    expect(existsSync(out)).toBe(false);
  });

  it("never writes over its input, and asks for --out, a file, a municipality and valid options", async () => {
    const file = writeInput("same.json");
    const before = readFileSync(file, "utf8");
    const same = await run([file, "--out", path.join(dir, ".", "same.json"), "--base-url", stub.base]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("--out får inte vara indatafilen");
    expect(readFileSync(file, "utf8")).toBe(before);
    expect((await run([file])).stderr).toContain(
      "ange filen som ska skrivas med --out UT.json eller --out UT.xlsx",
    );
    expect((await run(["--out", "x.json"])).stderr).toContain(
      "ange en målstruktur att läsa (FIL.json eller FIL.xlsx)",
    );
    expect((await run([file, "--out", "x.json", "--years", "2023-2020"])).stderr).toContain(
      "ogiltigt värde ”2023-2020” för --years",
    );
    expect((await run([file, "--out", "x.json", "--base-url", "ftp://x"])).stderr).toContain(
      "ogiltigt värde ”ftp://x” för --base-url",
    );
    expect((await run([file, "--out"])).stderr).toContain(
      "alternativet --out behöver ett värde (OUT.json|OUT.xlsx)",
    );
    const doc = input();
    delete doc.municipality;
    const noMunicipality = await run([
      writeInput("nomun.json", doc),
      "--out",
      path.join(dir, "nomun-out.json"),
    ]);
    expect(noMunicipality.code).toBe(2);
    expect(noMunicipality.stderr).toContain(
      "”municipality” med kommunens Kolada-ID saknas, men indikatorer ska hämtas från Kolada (antal: 2)",
    );
    // One indicator reads right too: no "1 indikatorer".
    doc.programs[0].areas[0].goals[0].indicators.splice(1, 1);
    const one = await run([writeInput("nomun1.json", doc), "--out", path.join(dir, "nomun1-out.json")]);
    expect(one.stderr).toContain("indikatorer ska hämtas från Kolada (antal: 1)");
    expect(one.stderr).not.toContain("1 indikatorer");
    expect(stub.requests).toEqual([]);
  });

  it("rejects a file that breaks the format before asking Kolada", async () => {
    const doc = input();
    doc.programs[0].areas[0].goals[0].indicators[0].target.value = 40;
    const r = await run([
      writeInput("bad.json", doc),
      "--out",
      path.join(dir, "bad-out.json"),
      "--base-url",
      stub.base,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "$.programs[0].areas[0].goals[0].indicators[0].target.value: målvärdet är detsamma",
    );
    expect(stub.requests).toEqual([]);
  });

  it("copies a file without Kolada indicators unchanged", async () => {
    const doc = input();
    doc.programs[0].areas[0].goals[0].indicators.splice(0, 2);
    const out = path.join(dir, "plain-out.json");
    const r = await run([writeInput("plain.json", doc), "--out", out, "--base-url", stub.base]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Ingen indikator har källan ”kolada”; ${out} skrevs utan ändringar.\n`);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(doc);
    expect(stub.requests).toEqual([]);
  });

  it("is listed in --help and has its own help", async () => {
    let stdout = "";
    const io: Io = { out: (t) => (stdout += t), err: () => undefined };
    expect(await main(["--help"], io)).toBe(0);
    expect(stdout).toMatch(
      / {2}kolada +hämta indikatorernas värden från Kolada till en ny fil \(JSON eller Excel\)/,
    );
    stdout = "";
    expect(await main(["kolada", "--help", "--lang", "en"], io)).toBe(0);
    expect(stdout).toContain("Usage: maluppfoljning kolada FILE.json|FILE.xlsx --out OUT.json|OUT.xlsx");
    expect(stdout).toContain("Source: Kolada.");
  });
});

/** True when some compiled file of the kolada command is older than its source. */
function koladaLibStale(): boolean {
  const sources = [
    ...readdirSync(path.join(ROOT, "src", "kolada")).map((n) => path.join("kolada", n)),
    path.join("cli", "kolada.ts"),
    path.join("cli", "transport.ts"),
  ];
  return sources.some((rel) => {
    const js = path.join(ROOT, "lib", rel.replace(/\.ts$/, ".js"));
    return !existsSync(js) || statSync(js).mtimeMs < statSync(path.join(ROOT, "src", rel)).mtimeMs;
  });
}

describe("maluppfoljning kolada, the compiled program", () => {
  beforeAll(() => {
    // compileCli's freshness check does not look at src/kolada; compile when that is stale too.
    if (koladaLibStale()) {
      const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
      const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(`tsc -p tsconfig.cli.json failed:\n${r.stdout}\n${r.stderr}`);
    }
    compileCli();
  }, 300_000);

  it("fetches through two pages over real HTTP and writes OUT", async () => {
    const file = writeInput("e2e.json");
    const out = path.join(dir, "e2e-out.json");
    const r = await runCli(["kolada", file, "--out", out, "--base-url", stub.base, "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("EKO-1 / fornybar (N00401, T): fetched for 2020–2023 (count: 4).");
    expect(r.stdout).toContain("Requests to Kolada: 3.");
    expect(stub.requests.some((q) => q.includes("page=2"))).toBe(true);
    const values = readOut(out).programs[0].areas[0].goals[0].indicators?.[0].values ?? [];
    expect(values).toHaveLength(5);
    expect(values[1]).toMatchObject({ year: 2020, value: 40, source: "kolada" });
    expect(values[1].fetched).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
