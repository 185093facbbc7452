/* eslint-disable office-addins/load-object-before-read --
   the cells edited here are ExcelJS objects in memory. */
// The comparison with an earlier year in an independent engine: LibreOffice (always
// recalculating) opens what `maluppfoljning workbook` made from the example with history
// (test/history/example.ts), a copy in which an official edited this year's statuses and the
// history table, and an English one. It computes the goal table's "last year" columns from the
// history table, and from them the summary sheet's comparison tables and sentence, which must be
// what `summary` prints for the same file, character for character.
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { buildWorkbook, type SummaryBlockLayout } from "../../src/plan";
import { exampleStructure, type JsonComparison } from "../history/example";
import { editXlsx, goalCells } from "../history/workbooks";
import { ensureCompiledCli, runCli } from "./cli";
import { columnsByHeader, readFods, type FodsSheet } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

/** Per goal ID, the goal table's [last year's status, last year's trend] as LibreOffice computed them. */
function previousColumns(sheet: FodsSheet, lang: "sv" | "en" = "sv"): Record<string, [unknown, unknown]> {
  const names =
    lang === "sv"
      ? ["Mål-ID", "Status förra året", "Trend förra året"]
      : ["Goal ID", "Status last year", "Trend last year"];
  return columnsByHeader(sheet, names) as Record<string, [unknown, unknown]>;
}

interface JsonProgram {
  total: number;
  comparison: JsonComparison | null;
  areas: { comparison: JsonComparison | null }[];
  history: { year: number; total: number; status: Record<string, number>; trend: Record<string, number> }[];
}

const STATUS = ["red", "yellow", "green", "missing"];
const TREND = ["up", "flat", "down", "missing"];

/** A comparison year's row of counts as the sheet lays it out: goals, statuses, trends. */
function yearRow(
  c: Omit<JsonComparison, "transitions" | "improved" | "worsened" | "unchanged" | "notComparable"> | null,
): number[] {
  if (c === null) return Array<number>(9).fill(0);
  return [c.total, ...STATUS.map((k) => c.status[k]), ...TREND.map((k) => c.trend[k])];
}

/** The transition table: a row per earlier status (and the total row), columns this year's and the sum. */
function transitions(c: JsonComparison): number[][] {
  const cell = (from: string, to: string): number => c.transitions[from][to];
  const rows = STATUS.map((from) => [
    ...STATUS.map((to) => cell(from, to)),
    STATUS.reduce((n, to) => n + cell(from, to), 0),
  ]);
  const sums = rows[0].map((_x, j) => rows.reduce((n, r) => n + r[j], 0));
  return [...rows, sums];
}

/** What the sheet shows for one programme with a comparison, from `summary --format json`. */
function expected(p: JsonProgram) {
  const c = p.comparison as JsonComparison;
  return {
    areas: p.areas.map((a) => yearRow(a.comparison)),
    total: yearRow(c),
    transitions: transitions(c),
    outcome: [c.improved, c.worsened, c.unchanged, c.notComparable],
    yearRow: yearRow(p.history.find((y) => y.year === c.year) ?? null),
  };
}

/** What LibreOffice computed on the summary sheet for one programme's block. */
function computed(sheet: FodsSheet, b: SummaryBlockLayout, yearRowAt: number) {
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
    yearRow: rowOf(yearRowAt, 9),
  };
}

/** The row of the table per year that shows `year`: the first row below the comparison whose label is it. */
function yearRowOf(sheet: FodsSheet, b: SummaryBlockLayout, year: number): number {
  for (let r = (b.comparison?.outcomeRow ?? 0) + 1; r < b.reportRow; r++)
    if (String(sheet.cells.get(`A${r}`)?.value) === String(year)) return r;
  throw new Error(`no row for ${year}`);
}

/** The comparison sentences `summary` prints (text format), in programme order. */
function sentences(stdout: string, lang: "sv" | "en"): string[] {
  const start = lang === "sv" ? "  Jämfört med " : "  Compared with ";
  return stdout
    .split("\n")
    .filter((l) => l.startsWith(start))
    .map((l) => l.slice(2));
}

describeWithSoffice("the comparison in LibreOffice", () => {
  let dir: string;
  let lo: LibreOffice;
  const files = ["written", "edited", "english"] as const;
  type Which = (typeof files)[number];
  const goals = {} as Record<Which, FodsSheet>;
  const summaries = {} as Record<Which, FodsSheet>;
  const json = {} as Record<Which, JsonProgram[]>;
  const printed = {} as Record<Which, string[]>;
  let blocks: Record<"sv" | "en", SummaryBlockLayout[]>;
  let seconds = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-history-lo-"));
    lo = LibreOffice.create();
    const structure = path.join(dir, "example.json");
    writeFileSync(structure, JSON.stringify(exampleStructure()));
    const file = (w: Which): string => path.join(dir, `${w}.xlsx`);
    ensureCompiledCli();
    for (const [w, lang] of [
      ["written", "sv"],
      ["edited", "sv"],
      ["english", "en"],
    ] as const) {
      const r = runCli(["workbook", structure, "--out", file(w), "--lang", lang]);
      expect(r.stderr).toBe("");
    }
    // This year L1 green → red (typed in lower case) and V2 yellow → green; in the history, L3's
    // 2023 status yellow → red and V1's 2023 status emptied.
    await editXlsx(file("edited"), (wb) => {
      const g = goalCells(wb);
      g.cell("L1", "Status").value = "röd";
      g.cell("V2", "Status").value = "Grön";
      const ws = wb.getWorksheet("Historik");
      if (!ws) throw new Error("no history sheet");
      for (let r = 5; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        if (String(row.getCell(1).value) !== "2023") continue;
        if (row.getCell(2).value === "L3") row.getCell(3).value = "Röd";
        if (row.getCell(2).value === "V1") row.getCell(3).value = null;
      }
    });
    for (const w of files) {
      const lang = w === "english" ? "en" : "sv";
      const r = runCli(["summary", file(w), "--format", "json", "--lang", lang]);
      expect(r.stderr).toBe("");
      json[w] = (JSON.parse(r.stdout) as { programs: JsonProgram[] }).programs;
      printed[w] = sentences(runCli(["summary", file(w), "--lang", lang]).stdout, lang);
    }
    blocks = {
      sv: buildWorkbook(exampleStructure(), "sv").summaryBlocks,
      en: buildWorkbook(exampleStructure(), "en").summaryBlocks,
    };
    const started = Date.now();
    const converted = await lo.convert(files.map(file), "fods");
    seconds = (Date.now() - started) / 1000;
    files.forEach((w, i) => {
      const doc = readFods(converted[i]);
      const sheet = (name: string): FodsSheet => {
        const found = doc.sheets.find((s) => s.name === name);
        if (!found) throw new Error(`no sheet ${name}`);
        return found;
      };
      goals[w] = sheet(w === "english" ? "Goals" : "Mål");
      summaries[w] = sheet(w === "english" ? "Summary" : "Sammanfattning");
    });
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
    expect(previousColumns(goals.english, "en").V3).toEqual(["Not assessed", ""]);
    console.log(`LibreOffice: 3 files recalculated and converted in ${seconds.toFixed(1)} s`);
  });

  it("follows an edit of the history table", () => {
    const edited = previousColumns(goals.edited);
    expect(edited.L3).toEqual(["Röd", "Oförändrad"]);
    expect(edited.V1).toEqual(["Ej bedömd", ""]);
  });

  it("counts the comparison on the summary sheet as `summary` prints it, also after the edits", () => {
    for (const w of files) {
      const b = w === "english" ? blocks.en : blocks.sv;
      // Miljöprogram alone compares with 2023 (Skolplan's only entry is 2021, Kultur has none).
      expect(json[w].map((p) => p.comparison?.year ?? null)).toEqual([2023, null, null]);
      expect(b.map((x) => x.comparison === null)).toEqual([false, true, true]);
      const sheet = summaries[w];
      expect({ w, sheet: computed(sheet, b[0], yearRowOf(sheet, b[0], 2023)) }).toEqual({
        w,
        sheet: expected(json[w][0]),
      });
    }
  });

  it("writes the comparison sentence as `summary` prints it, character for character", () => {
    for (const w of files) {
      const b = w === "english" ? blocks.en : blocks.sv;
      const row = b[0].comparisonRow;
      expect(row).not.toBeNull();
      expect([w, summaries[w].cells.get(`A${row}`)?.value]).toEqual([w, printed[w][0]]);
      expect(printed[w]).toHaveLength(1);
    }
  });

  it("works out Miljöprogram by hand, before and after the edits", () => {
    const [miljo] = blocks.sv;
    const at = (w: Which) => computed(summaries[w], miljo, yearRowOf(summaries[w], miljo, 2023));
    // Written (comparison.test.ts): 2 better (L1, V1), 1 worse (L2), 2 the same (L3, V4), 3 not.
    expect(at("written").outcome).toEqual([2, 1, 2, 3]);
    expect(summaries.written.cells.get(`A${miljo.comparisonRow}`)?.value).toBe(
      "Jämfört med 2023 har 2 mål fått en bättre bedömning, ett mål en sämre och 2 samma. " +
        "Det är 3 mål som inte går att jämföra, eftersom de är nya eller saknar status något av åren.",
    );
    // Edited: L1 yellow → red is worse; L3 red → yellow better; V1 has no 2023 status: not
    // comparable; V2 has no history: still not. So 1 better (L3), 2 worse (L1, L2), 1 the same (V4).
    expect(at("edited").outcome).toEqual([1, 2, 1, 4]);
    expect(String(summaries.edited.cells.get(`A${miljo.comparisonRow}`)?.value)).toMatch(
      /^Jämfört med 2023 har ett mål fått en bättre bedömning, 2 en sämre och ett mål samma\. Det är 4 mål/,
    );
    // The table per year's 2023 row follows the history: 7 goals with an entry, red 1 (L3) after the edit.
    expect(at("edited").yearRow.slice(0, 5)).toEqual([7, 1, 2, 2, 2]);
  });
});
