// `maluppfoljning split` and `collect` through the compiled CLI (issue 12's "done when"): a
// workbook with five responsible bodies splits into five files, each holding only its goals;
// the returns, edited as an official would (with ExcelJS), are collected: the owners' changes
// taken, the main's value kept on a two-sided change with exactly that conflict listed, every
// comment kept, exit 1 for the conflict; MAIN never modified, OUT complete or absent.
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { GoalStructure } from "../../src/domain";
import { readWorkbookTables } from "../../src/plan";
import { loadWorkbook, workbookTables } from "../../src/xlsx/read";
import { readSentSheet } from "../../src/xlsx/sent";
import { compileCli, runCli } from "../hardening/cli";
import { exampleStructure } from "../history/example";
import { editXlsx, goalCells } from "../history/workbooks";

let tmp: string;
const at = (...name: string[]): string => path.join(tmp, ...name);

/** Five bodies, one with characters no file name may hold. */
const BODIES = ["Kommunstyrelsen", "Tekniska nämnden", "Kultur/idrott: nämnd", "Äldrenämnden", "Skolnämnden"];
const FILES = ["Kommunstyrelsen", "Tekniska nämnden", "Kultur-idrott- nämnd", "Äldrenämnden", "Skolnämnden"];

/** The example (11 goals), each goal with a comment and a body, round robin. */
function structure(): GoalStructure {
  const s = exampleStructure();
  let i = 0;
  for (const p of s.programs)
    for (const a of p.areas)
      for (const g of a.goals) {
        g.responsible = BODIES[i % BODIES.length];
        g.comment = `Kommentar ${g.id}`;
        i++;
      }
  return s;
}

const expectedIds = (body: string): string[] =>
  structure()
    .programs.flatMap((p) => p.areas.flatMap((a) => a.goals))
    .filter((g) => g.responsible === body)
    .map((g) => g.id);

async function goalTable(file: string): Promise<Map<string, Record<string, string>>> {
  const tables = workbookTables(await loadWorkbook(file));
  if (!tables) throw new Error(`no goal table in ${file}`);
  const read = readWorkbookTables(tables);
  if (!read.ok) throw new Error(`goal table unreadable in ${file}`);
  return new Map(read.value.rows.map((r) => [r.cells.id ?? "", r.cells as Record<string, string>]));
}

const sha = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

beforeAll(async () => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-collect-"));
  fs.writeFileSync(at("s.json"), JSON.stringify(structure(), null, 2));
  expect((await runCli(["workbook", at("s.json"), "--out", at("main.xlsx")])).code).toBe(0);
  fs.mkdirSync(at("out"));
}, 180000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("split", () => {
  it("writes five files, each named after its body and holding only its goals", async () => {
    const r = await runCli(["split", at("main.xlsx"), "--out-dir", at("out"), "--by", "responsible"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Skrev 5 arbetsböcker");
    expect(fs.readdirSync(at("out")).sort()).toEqual(FILES.map((f) => `${f}.xlsx`).sort());
    for (const [i, body] of BODIES.entries()) {
      const file = at("out", `${FILES[i]}.xlsx`);
      const goals = await goalTable(file);
      expect([...goals.keys()]).toEqual(expectedIds(body));
      for (const [id, cells] of goals) expect(cells.comment).toBe(`Kommentar ${id}`);
      // The record of what was sent: the same goals and cell text, for this body and this main.
      const wb = await loadWorkbook(file);
      expect(wb.worksheets.map((w) => w.state)).toEqual([
        "visible",
        "visible",
        "visible",
        "visible",
        "veryHidden",
      ]);
      const record = readSentSheet(wb);
      expect(record?.responsible).toBe(body);
      expect(record?.organisation).toBe("Exempelkommun");
      expect(record?.year).toBe(2024);
      expect(record?.goals.map((g) => g.id)).toEqual(expectedIds(body));
      expect(record?.goals.map((g) => g.cells.status)).toEqual([...goals.values()].map((c) => c.status));
      // A real Måluppföljning workbook: validate reads it with no errors.
      const v = await runCli(["validate", file]);
      expect(v.stderr).toBe("");
      expect(v.stdout).toMatch(/^Inga problem i |: 0 fel, /m);
    }
  }, 180000);

  it("disambiguates bodies whose names give the same file name, and refuses a missing folder", async () => {
    const s = structure();
    s.programs[0].areas[0].goals[0].responsible = "Bygg/nämnd";
    s.programs[0].areas[0].goals[1].responsible = "Bygg:nämnd";
    fs.writeFileSync(at("twins.json"), JSON.stringify(s));
    expect((await runCli(["workbook", at("twins.json"), "--out", at("twins.xlsx")])).code).toBe(0);
    fs.mkdirSync(at("twins"));
    expect((await runCli(["split", at("twins.xlsx"), "--out-dir", at("twins")])).code).toBe(0);
    expect(fs.readdirSync(at("twins"))).toEqual(
      expect.arrayContaining(["Bygg-nämnd.xlsx", "Bygg-nämnd (2).xlsx"]),
    );
    const missing = await runCli(["split", at("twins.xlsx"), "--out-dir", at("nowhere"), "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("does not exist");
  }, 180000);
});

describe("collect", () => {
  const ks = (): string => at("out", "Kommunstyrelsen.xlsx");
  const tn = (): string => at("out", "Tekniska nämnden.xlsx");
  // Kommunstyrelsen has L1, V2 and K1; Tekniska nämnden L2 and V3.
  beforeAll(async () => {
    // The owners' edits: a status and a comment in Kommunstyrelsen's file, a trend in Tekniska's.
    await editXlsx(ks(), (wb) => {
      const g = goalCells(wb);
      g.cell("L1", "Status").value = "Röd";
      g.cell("V2", "Kommentar och analys").value = "Nämndens analys";
    });
    await editXlsx(tn(), (wb) => {
      goalCells(wb).cell("L2", "Trend").value = "Uppåt";
    });
    // Meanwhile the analyst changed V2's comment in the main workbook.
    fs.copyFileSync(at("main.xlsx"), at("main-edited.xlsx"));
    await editXlsx(at("main-edited.xlsx"), (wb) => {
      goalCells(wb).cell("V2", "Kommentar och analys").value = "Analytikerns text";
    });
  }, 180000);

  it("takes the owners' changes, keeps the main's value on a two-sided change and lists exactly that conflict", async () => {
    const before = sha(at("main-edited.xlsx"));
    const r = await runCli([
      "collect",
      at("main-edited.xlsx"),
      ks(),
      tn(),
      ...FILES.slice(2).map((f) => at("out", `${f}.xlsx`)),
      "--out",
      at("merged.xlsx"),
      "--format",
      "json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.taken).toEqual([
      { file: ks(), goalId: "L1", column: "status", from: "Grön", to: "Röd" },
      { file: tn(), goalId: "L2", column: "trend", from: "Nedåt", to: "Uppåt" },
    ]);
    expect(json.conflicts).toEqual([
      {
        file: ks(),
        goalId: "V2",
        column: "comment",
        sent: "Kommentar V2",
        main: "Analytikerns text",
        returned: "Nämndens analys",
      },
    ]);
    expect(json.rejected).toEqual([]);
    expect(sha(at("main-edited.xlsx"))).toBe(before);

    const merged = await goalTable(at("merged.xlsx"));
    expect(merged.get("L1")?.status).toBe("Röd");
    expect(merged.get("L2")?.trend).toBe("Uppåt");
    expect(merged.get("V2")?.comment).toBe("Analytikerns text");
    for (const [id, cells] of merged) if (id !== "V2") expect(cells.comment).toBe(`Kommentar ${id}`);
    // The summary follows the merged table.
    const summary = await runCli(["summary", at("merged.xlsx"), "--format", "json"]);
    const main = await runCli(["summary", at("main-edited.xlsx"), "--format", "json"]);
    const count = (out: string): number => JSON.parse(out).programs[0].status.red;
    expect(count(summary.stdout)).toBe(count(main.stdout) + 1);
  }, 180000);

  it("exits 0 when everything merged, and says so in Swedish or English", async () => {
    const sv = await runCli(["collect", at("main.xlsx"), tn(), "--out", at("clean.xlsx")]);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain("Fört in: ");
    expect(sv.stdout).toContain("1 värden förda in, 0 konflikter, 0 inte införda");
    const en = await runCli(["collect", at("main.xlsx"), tn(), "--out", at("clean.xlsx"), "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Taken: ");
    expect(en.stdout).toContain("1 values taken, 0 conflicts");
  }, 180000);

  it("reports a file that is not a return by name, still merging the others, and exits 1", async () => {
    const r = await runCli([
      "collect",
      at("main.xlsx"),
      at("twins.xlsx"),
      at("s.json"),
      ks(),
      "--out",
      at("partly.xlsx"),
      "--format",
      "json",
    ]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.rejected.map((x: { file: string; reason: string }) => [x.file, x.reason])).toEqual([
      [at("twins.xlsx"), "not-ours"],
      [at("s.json"), "unreadable"],
    ]);
    expect(json.taken.map((x: { goalId: string }) => x.goalId)).toEqual(["L1", "V2"]);
    expect((await goalTable(at("partly.xlsx"))).get("V2")?.comment).toBe("Nämndens analys");
  }, 180000);

  it("reports a goal whose text was changed in the return, and does not apply it", async () => {
    fs.copyFileSync(tn(), at("changed.xlsx"));
    await editXlsx(at("changed.xlsx"), (wb) => {
      const g = goalCells(wb);
      g.cell("L2", "Mål").value = "Ett helt annat mål";
    });
    const r = await runCli(["collect", at("main.xlsx"), at("changed.xlsx"), "--out", at("c.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Inte infört: ${at("changed.xlsx")}, L2: målets mål har ändrats i svaret`);
    expect((await goalTable(at("c.xlsx"))).get("L2")?.trend).toBe("Nedåt");
  }, 180000);

  it("reports a sent goal deleted from the return, still takes the rest, and exits 1", async () => {
    fs.copyFileSync(tn(), at("deleted.xlsx"));
    await editXlsx(at("deleted.xlsx"), (wb) => {
      // V3's row emptied, as deleting the row's cells in Excel leaves it.
      const g = goalCells(wb);
      for (const h of g.header) g.cell("V3", h).value = null;
    });
    const json = await runCli([
      "collect",
      at("main.xlsx"),
      at("deleted.xlsx"),
      "--out",
      at("d.xlsx"),
      "--format",
      "json",
    ]);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.rejected).toEqual([
      {
        file: at("deleted.xlsx"),
        goalId: "V3",
        reason: "deleted",
        message: "målet skickades ut men saknas i svaret (raden eller mål-ID:t har tagits bort)",
      },
    ]);
    expect(parsed.taken.map((x: { goalId: string }) => x.goalId)).toEqual(["L2"]);
    const merged = await goalTable(at("d.xlsx"));
    expect(merged.get("V3")?.comment).toBe("Kommentar V3");
    const text = await runCli([
      "collect",
      at("main.xlsx"),
      at("deleted.xlsx"),
      "--out",
      at("d.xlsx"),
      "--lang",
      "en",
    ]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`Not applied: ${at("deleted.xlsx")}, V3: the goal was sent but is missing`);
  }, 180000);

  it("exits 2 without writing OUT when MAIN cannot be read", async () => {
    fs.writeFileSync(at("broken.xlsx"), "not a workbook");
    const r = await runCli(["collect", at("broken.xlsx"), ks(), "--out", at("never.xlsx")]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(at("never.xlsx"))).toBe(false);
    expect(fs.readdirSync(tmp).filter((f) => f.includes("never"))).toEqual([]);
  }, 180000);
});

describe("help and usage", () => {
  it.each([
    [["split", "--help", "--lang", "en"], "Usage: maluppfoljning split FILE.xlsx --out-dir DIR"],
    [["collect", "-h"], "Användning: maluppfoljning collect HUVUD.xlsx SVAR.xlsx… --out UT.xlsx"],
  ])("%j prints the command's help", async (args, first) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(first)).toBe(true);
  });

  it.each([
    [["collect", "main.xlsx", "--out", "out.xlsx"], "ange minst en fil att samla in"],
    [["collect", "main.xlsx", "r.xlsx"], "--out"],
    [["split", "main.xlsx"], "--out-dir"],
    [["split", "main.xlsx", "--out-dir", ".", "--by", "programme"], "ogiltigt värde"],
  ])("%j is a usage error (exit 2)", async (args, text) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
  });
});
