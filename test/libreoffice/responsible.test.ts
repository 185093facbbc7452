/* eslint-disable office-addins/load-object-before-read --
   the cells edited here are ExcelJS objects in memory, not Office.js proxies. */
// The summary sheet's table per responsible body and its done counts in an independent engine:
// `maluppfoljning workbook` writes a structure with several responsible bodies (one of them also
// spelt in another case, some goals with none), an official edits statuses, trends, done marks
// and a responsible cell with ExcelJS, LibreOffice (always recalculating) computes the sheet, and
// every count of the table must equal what `maluppfoljning summary --format json` prints for the
// same edited file; so must the report text with its done sentence.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { buildWorkbook, columnLetter } from "../../src/plan";
import { addFormulaNames } from "../../src/xlsx/write";
import { formulaNamesOf } from "../xlsx/package";
import { ensureCompiledCli, runCli } from "./cli";
import { readFods, type FodsSheet } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

const NEW_BODY = "Kulturnämnden";
const BODIES = ["Kommunstyrelsen", "Tekniska nämnden", "Miljö- och konsumentnämnden", "kommunstyrelsen ", ""];

/** The bundled example with a responsible body per goal (cycling through BODIES) and some done marks. */
function structureWithBodies(): GoalStructure {
  const s = bundledStructure();
  s.programs
    .flatMap((p) => p.areas.flatMap((a) => a.goals))
    .forEach((g, i) => {
      const body = BODIES[i % BODIES.length];
      if (body === "") delete g.responsible;
      else g.responsible = body;
      if (i % 3 === 0 && g.status !== null) g.done = true;
    });
  return s;
}

interface Edit {
  status?: string;
  trend?: string;
  done?: string;
  responsible?: string;
}

/** Writes `edits` (by goal id) into the goal table the way an official would type them. */
async function editGoals(input: string, output: string, edits: Record<string, Edit>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  addFormulaNames(wb, await formulaNamesOf(readFileSync(input)));
  const ws = wb.getWorksheet("Mål")!;
  // The header row is the one whose first cell is the goal id's header.
  let headerRow = 0;
  for (let r = 1; r <= 5 && headerRow === 0; r++)
    if (ws.getRow(r).getCell(1).value === "Mål-ID") headerRow = r;
  const header = ws.getRow(headerRow);
  const col = (name: string): number => {
    for (let c = 1; c <= 20; c++) if (header.getCell(c).value === name) return c;
    throw new Error(`no column ${name}`);
  };
  const cols: Record<keyof Edit, number> = {
    status: col("Status"),
    trend: col("Trend"),
    done: col("Klar"),
    responsible: col("Ansvarig"),
  };
  const seen = new Set<string>();
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const id = String(ws.getRow(r).getCell(1).value ?? "");
    const e = edits[id];
    if (!e) continue;
    for (const key of Object.keys(cols) as (keyof Edit)[]) {
      const v = e[key];
      if (v !== undefined) ws.getRow(r).getCell(cols[key]).value = v === "" ? null : v;
    }
    seen.add(id);
  }
  expect([...seen].sort()).toEqual(Object.keys(edits).sort());
  await wb.xlsx.writeFile(output);
}

interface BodyCounts {
  name: string;
  total: number;
  status: Record<string, number>;
  trend: Record<string, number>;
  done: number;
}

/** The table's rows as LibreOffice computed them: label, then goals, statuses, trends and done. */
function tableOnSheet(sheet: FodsSheet, title: string): (string | number | null)[][] {
  let titleRow = 0;
  for (let r = 1; r <= 400 && titleRow === 0; r++)
    if (sheet.cells.get(`A${r}`)?.value === title) titleRow = r;
  expect(titleRow).toBeGreaterThan(0);
  const rows: (string | number | null)[][] = [];
  // Down to the first row without counts: the live line under the table is text in A only.
  for (let r = titleRow + 2; sheet.cells.get(`B${r}`)?.value != null; r++) {
    rows.push(
      Array.from({ length: 11 }, (_, j) => sheet.cells.get(`${columnLetter(1 + j)}${r}`)?.value ?? null),
    );
  }
  return rows;
}

function expectedRow(b: BodyCounts): (string | number)[] {
  return [
    b.name,
    b.total,
    b.status.red,
    b.status.yellow,
    b.status.green,
    b.status.missing,
    b.trend.up,
    b.trend.flat,
    b.trend.down,
    b.trend.missing,
    b.done,
  ];
}

describeWithSoffice("the table per responsible body in LibreOffice", () => {
  const structure = structureWithBodies();
  let dir: string;
  let lo: LibreOffice;
  let sheet: FodsSheet;
  let unedited: FodsSheet;
  let printed: {
    responsible: BodyCounts[];
    programs: { text: string; done: number }[];
    total: { done: number };
  };
  let original: { responsible: BodyCounts[] };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-resp-"));
    ensureCompiledCli();
    const json = path.join(dir, "structure.json");
    const file = path.join(dir, "uppfoljning.xlsx");
    const edited = path.join(dir, "edited.xlsx");
    writeFileSync(json, JSON.stringify(structure));
    const w = runCli(["workbook", json, "--out", file]);
    expect(w.stderr).toBe("");
    expect(w.status).toBe(0);
    original = JSON.parse(runCli(["summary", file, "--format", "json"]).stdout) as typeof original;

    const goals = structure.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
    const edits: Record<string, Edit> = {
      // Done marks as officials type them, one taken away, one on a goal without a status.
      [goals[1].id]: { done: "x" },
      [goals[2].id]: { done: "JA" },
      [goals[3].id]: { done: "" },
      [goals[4].id]: { done: "Ja", status: "" },
      // Statuses and trends in other spellings.
      [goals[5].id]: { status: "grön", trend: "NEDÅT" },
      [goals[6].id]: { status: "", trend: "" },
      // A goal moved to another body, spelt differently; one left without a body.
      [goals[7].id]: { responsible: "TEKNISKA NÄMNDEN" },
      [goals[8].id]: { responsible: "" },
      // A body the sheet has no row for: typed in after the sheet was drawn.
      [goals[9].id]: { responsible: NEW_BODY },
    };
    await editGoals(file, edited, edits);
    printed = JSON.parse(runCli(["summary", edited, "--format", "json"]).stdout) as typeof printed;

    lo = LibreOffice.create({ workDir: path.join(dir, "lo") });
    const [fods, fodsUnedited] = await lo.convert([edited, file], "fods");
    sheet = readFods(fods).sheet("Sammanfattning");
    unedited = readFods(fodsUnedited).sheet("Sammanfattning");
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("has one row per body, the differently spelt one joined with the first, and the goals without one last", () => {
    expect(original.responsible.map((b) => b.name)).toEqual([
      "Kommunstyrelsen",
      "Tekniska nämnden",
      "Miljö- och konsumentnämnden",
      "Ingen ansvarig",
    ]);
  });

  it("recalculates to the counts `summary` prints for the edited file, for every body it has a row for", () => {
    const onSheet = tableOnSheet(sheet, "Per ansvarig");
    const listed = printed.responsible.filter((b) => b.name !== NEW_BODY);
    expect(listed).toHaveLength(printed.responsible.length - 1);
    expect(onSheet).toEqual(listed.map(expectedRow));
    // The edits changed the table: the test would notice formulas that kept their cached results.
    expect(printed.responsible.map(expectedRow)).not.toEqual(original.responsible.map(expectedRow));
  });

  it("says under the table, live, how many goals have a body typed in after the sheet was drawn", () => {
    const rows = tableOnSheet(sheet, "Per ansvarig");
    let titleRow = 0;
    for (let r = 1; r <= 400 && titleRow === 0; r++)
      if (sheet.cells.get(`A${r}`)?.value === "Per ansvarig") titleRow = r;
    const line = sheet.cells.get(`A${titleRow + 2 + rows.length}`)?.value;
    expect(line).toBe(
      "1 mål har en ansvarig som tabellen ovan saknar (skriven efter att sammanfattningen gjordes): välj Uppdatera sammanfattning.",
    );
    expect(printed.responsible.find((b) => b.name === NEW_BODY)?.total).toBe(1);
    // While every body has its row, the line is empty.
    const before = tableOnSheet(unedited, "Per ansvarig");
    expect(before).toHaveLength(original.responsible.length);
    expect(unedited.cells.get(`A${titleRow + 2 + before.length}`)?.value ?? "").toBe("");
  });

  it("counts the done marks per programme, and the report text says how many", () => {
    const { plan, summaryBlocks } = buildWorkbook(structure, "sv");
    expect(plan.sheets.some((s) => s.role === "summary")).toBe(true);
    summaryBlocks.forEach((b, i) => {
      const done = sheet.cells.get(`S${b.totalRow}`)?.value;
      expect({ program: i, done }).toEqual({ program: i, done: printed.programs[i].done });
      expect(sheet.cells.get(`A${b.reportRow}`)?.value).toBe(printed.programs[i].text);
    });
    expect(printed.total.done).toBeGreaterThan(0);
    expect(printed.programs[0].text).toMatch(/\d+ av \d+ mål är klarmarkerade\./);
  });
});
