/* eslint-disable office-addins/load-object-before-read --
   the cells edited here are ExcelJS objects in memory. */
// The comparison with an earlier year in an independent engine: LibreOffice (always
// recalculating) opens what the CLI's writer made from the example with history
// (test/history/example.ts) and a copy whose history table was edited, and computes the goal
// table's "last year" columns from the history table.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildWorkbook, type SummaryBlockLayout } from "../../src/plan";
import { addFormulaNames, writeWorkbookFile } from "../../src/xlsx/write";
import { exampleStructure } from "../history/example";
import { formulaNamesOf } from "../xlsx/package";
import { ensureCompiledCli, runCli } from "./cli";
import { readFods, type FodsSheet } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

/**
 * Sets history status cells by goal ID and year, and this year's status of goals by ID (the goal
 * table's header is on row 2, status in G), as an official would type them.
 */
async function editHistory(
  input: string,
  output: string,
  edits: { id: string; year: number; status?: string }[],
  statuses: Record<string, string> = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  addFormulaNames(wb, await formulaNamesOf(readFileSync(input)));
  const goals = wb.getWorksheet("Mål")!;
  for (let r = 3; r <= goals.rowCount; r++) {
    const id = String(goals.getRow(r).getCell(1).value ?? "");
    if (statuses[id] !== undefined) goals.getRow(r).getCell(7).value = statuses[id];
  }
  const ws = wb.getWorksheet("Historik")!;
  for (const e of edits) {
    let done = false;
    for (let r = 5; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (String(row.getCell(1).value) !== String(e.year) || row.getCell(2).value !== e.id) continue;
      if (e.status !== undefined) row.getCell(3).value = e.status === "" ? null : e.status;
      done = true;
    }
    expect([e.id, done]).toEqual([e.id, true]);
  }
  await wb.xlsx.writeFile(output);
}

/** Per goal ID, the goal table's [last year's status, last year's trend] as LibreOffice computed them. */
function previousColumns(sheet: FodsSheet): Record<string, [unknown, unknown]> {
  const header = 2;
  const col = (name: string): string => {
    for (const [address, cell] of sheet.cells)
      if (address === `${address.replace(/\d+$/, "")}${header}` && cell.value === name)
        return address.replace(/\d+$/, "");
    throw new Error(`no column ${name}`);
  };
  const [id, status, trend] = [col("Mål-ID"), col("Status förra året"), col("Trend förra året")];
  const out: Record<string, [unknown, unknown]> = {};
  for (let r = header + 1; sheet.cells.get(`${id}${r}`)?.value; r++) {
    out[String(sheet.cells.get(`${id}${r}`)?.value)] = [
      sheet.cells.get(`${status}${r}`)?.value ?? "",
      sheet.cells.get(`${trend}${r}`)?.value ?? "",
    ];
  }
  return out;
}

interface JsonComparison {
  year: number;
  total: number;
  status: Record<string, number>;
  trend: Record<string, number>;
  improved: number;
  worsened: number;
  unchanged: number;
  notComparable: number;
  transitions: Record<string, Record<string, number>>;
}
interface JsonProgram {
  total: number;
  text: string;
  comparison: JsonComparison | null;
  areas: { comparison: JsonComparison | null }[];
}

const STATUS = ["red", "yellow", "green", "missing"];
const TREND = ["up", "flat", "down", "missing"];

/** A comparison year's row of counts as the sheet lays it out: goals, statuses, trends. */
function yearRow(c: JsonComparison | null): number[] {
  if (c === null) return Array<number>(9).fill(0);
  return [c.total, ...STATUS.map((k) => c.status[k]), ...TREND.map((k) => c.trend[k])];
}

/** The transition table: a row per earlier status (and the total row), columns this year's and the sum. */
function transitions(c: JsonComparison | null): number[][] {
  const cell = (from: string, to: string): number => c?.transitions[from][to] ?? 0;
  const rows = STATUS.map((from) => [
    ...STATUS.map((to) => cell(from, to)),
    STATUS.reduce((n, to) => n + cell(from, to), 0),
  ]);
  const sums = rows[0].map((_x, j) => rows.reduce((n, r) => n + r[j], 0));
  return [...rows, sums];
}

/** What the sheet shows for one programme, from `summary --format json`. */
function expected(p: JsonProgram) {
  const c = p.comparison;
  return {
    areas: p.areas.map((a) => yearRow(a.comparison)),
    total: yearRow(c),
    transitions: transitions(c),
    outcome: c === null ? [0, 0, 0, p.total] : [c.improved, c.worsened, c.unchanged, c.notComparable],
    text: p.text,
  };
}

/** What LibreOffice computed on the summary sheet for one programme's block. */
function computed(sheet: FodsSheet, b: SummaryBlockLayout) {
  const rowOf = (row: number, n: number): unknown[] =>
    Array.from(
      { length: n },
      (_x, j) => sheet.cells.get(`${String.fromCharCode(66 + j)}${row}`)?.value ?? null,
    );
  const c = b.comparison;
  if (c === null) throw new Error("no comparison on the sheet");
  return {
    areas: c.areaRows.map((r) => rowOf(r, 9)),
    total: rowOf(c.yearTotalRow, 9),
    transitions: [0, 1, 2, 3, 4].map((i) => rowOf(c.transitionRow + i, 5)),
    outcome: rowOf(c.outcomeRow, 4),
    text: sheet.cells.get(`A${b.reportRow}`)?.value,
  };
}

describeWithSoffice("the comparison in LibreOffice", () => {
  let dir: string;
  let lo: LibreOffice;
  let goals: { written: FodsSheet; edited: FodsSheet };
  let summaries: { written: FodsSheet; edited: FodsSheet };
  let json: { written: JsonProgram[]; edited: JsonProgram[]; english: JsonProgram[] };
  let blocks: SummaryBlockLayout[];
  let english: { sheet: FodsSheet; blocks: SummaryBlockLayout[] };
  let seconds = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-history-lo-"));
    lo = LibreOffice.create();
    const written = path.join(dir, "written.xlsx");
    const edited = path.join(dir, "edited.xlsx");
    const built = buildWorkbook(exampleStructure(), "sv");
    blocks = built.summaryBlocks;
    await writeWorkbookFile(built.plan, written);
    // L3's 2023 status from yellow to red; V1's 2023 status emptied; L1's 2023 yellow typed
    // "  gul " (no label, so the sheet counts through the names); this year L1 green → red
    // (typed lower case) and V2 yellow → green.
    await editHistory(
      written,
      edited,
      [
        { id: "L3", year: 2023, status: "Röd" },
        { id: "V1", year: 2023, status: "" },
        { id: "L1", year: 2023, status: "  gul " },
      ],
      { L1: "röd", V2: "Grön" },
    );
    ensureCompiledCli();
    const read = (file: string, lang = "sv"): JsonProgram[] => {
      const r = runCli(["summary", file, "--format", "json", "--lang", lang]);
      expect(r.stderr).toBe("");
      return (JSON.parse(r.stdout) as { programs: JsonProgram[] }).programs;
    };
    // English: the last-year headers hold an apostrophe ("Last year's status"), which a
    // structured reference must escape.
    const en = path.join(dir, "english.xlsx");
    const builtEn = buildWorkbook(exampleStructure(), "en");
    await writeWorkbookFile(builtEn.plan, en);
    json = { written: read(written), edited: read(edited), english: read(en, "en") };
    const started = Date.now();
    const [a, b, c] = await lo.convert([written, edited, en], "fods");
    seconds = (Date.now() - started) / 1000;
    const sheet = (file: string, name: string): FodsSheet => {
      const found = readFods(file).sheets.find((s) => s.name === name);
      if (!found) throw new Error(`no sheet ${name}`);
      return found;
    };
    goals = { written: sheet(a, "Mål"), edited: sheet(b, "Mål") };
    summaries = { written: sheet(a, "Sammanfattning"), edited: sheet(b, "Sammanfattning") };
    english = { sheet: sheet(c, "Summary"), blocks: builtEn.summaryBlocks };
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows each goal's 2023 status and trend from the history table, the comparison year", () => {
    // From example.ts: L2's 2022 entry is not the comparison year's; S1 has only 2021; V3's 2023
    // entry has no status (shown as not assessed); V2, S2, K1 have no history.
    expect(previousColumns(goals.written)).toEqual({
      L1: ["Gul", "Uppåt"],
      L2: ["Gul", "Nedåt"],
      L3: ["Gul", "Oförändrad"],
      L4: ["Grön", "Uppåt"],
      V1: ["Röd", ""],
      V2: ["", ""],
      V3: ["Ej bedömd", ""],
      V4: ["Grön", "Uppåt"],
      S1: ["", ""],
      S2: ["", ""],
      K1: ["", ""],
    });
    console.log(`LibreOffice: 3 files recalculated and converted in ${seconds.toFixed(1)} s`);
  });

  it("follows an edit of the history table", () => {
    const edited = previousColumns(goals.edited);
    expect(edited.L3).toEqual(["Röd", "Oförändrad"]);
    expect(edited.V1).toEqual(["Ej bedömd", ""]);
    expect(edited.L1).toEqual(["  gul ", "Uppåt"]);
  });

  it("counts the comparison on the summary sheet as `summary` prints it, also after the edits", () => {
    for (const which of ["written", "edited"] as const) {
      expect({ which, sheet: blocks.map((b) => computed(summaries[which], b)) }).toEqual({
        which,
        sheet: json[which].map(expected),
      });
    }
  });

  it("counts the same in an English workbook, whose headers need escaping", () => {
    expect(english.blocks.map((b) => computed(english.sheet, b))).toEqual(json.english.map(expected));
    expect(computed(english.sheet, english.blocks[0]).text).toMatch(
      / Compared with 2023, 2 goals got a better assessment, one goal a worse one and 2 the same\./,
    );
  });

  it("works out Miljöprogram by hand, before and after the edits", () => {
    const [miljo] = blocks;
    // Written (comparison.test.ts): 2 better (L1, V1), 1 worse (L2), 2 the same (L3, V4), 3 not.
    expect(computed(summaries.written, miljo).outcome).toEqual([2, 1, 2, 3]);
    expect(computed(summaries.written, miljo).text).toMatch(
      / Jämfört med 2023 har 2 mål fått en bättre bedömning, ett mål en sämre och 2 samma\. Det är 3 mål som inte går att jämföra/,
    );
    // Edited: L1 yellow → red is worse; L3 red → yellow better; V1 has no 2023 status: not
    // comparable; V2 has no history: still not. So 1 better (L3), 2 worse (L1, L2), 1 the same (V4).
    expect(computed(summaries.edited, miljo).outcome).toEqual([1, 2, 1, 4]);
    expect(computed(summaries.edited, miljo).text).toMatch(
      / Jämfört med 2023 har ett mål fått en bättre bedömning, 2 en sämre och ett mål samma\. Det är 4 mål som inte går att jämföra/,
    );
  });
});
