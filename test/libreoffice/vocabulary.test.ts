// The vocabulary formula (src/plan/vocabularyFormula.ts) in an independent spreadsheet engine:
// one .xlsx with a few hundred pasted spellings in A, as text, and in B and C the status and
// trend formulas over them, cached with a wrong result. After one LibreOffice recalculation each
// row must give exactly the key parseStatus / parseTrend gives ("" blank, "unknown" rejected).
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { STATUSES, TRENDS } from "../../src/domain";
import {
  columnMatchFormula,
  columnNotBlankFormula,
  countedKey,
  countedKeyFormula,
} from "../../src/plan/vocabularyFormula";
import { cellTextArb } from "../plan/vocabularyCells";
import { readFods, type FodsDocument } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

const FIRST_ROW = 2;
const STALE = "not recalculated";
// Characters an .xlsx cannot hold (XML 1.0 forbids most C0 controls): not a paste an official can
// make either, so they are left out of this file (the emulator test covers them).
// eslint-disable-next-line no-control-regex -- the control characters are what is tested for
const XML_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;
// LibreOffice's .xlsx import turns the tab of a text that also holds a line break into another
// character (U+0001: the file holds "grön\n\t", the cell then does not), so the cell is no longer
// the text the parser is given; such texts are left out. A tab or a line break alone is kept.
const LO_IMPORT_CHANGES = /\t[^]*[\r\n]|[\r\n][^]*\t/;

function texts(): string[] {
  const fixed = [
    "Röd",
    " grön",
    "GRÖNT.",
    "gro\u0308n",
    "Gul\u00A0. .",
    "G",
    "ej bedömd",
    "r*",
    "*",
    "~",
    "?",
  ];
  const random = fc.sample(cellTextArb, { seed: 20261202, numRuns: 400 });
  return [...fixed, ...random].filter((t) => t !== "" && !XML_UNSAFE.test(t) && !LO_IMPORT_CHANGES.test(t));
}

/** Whole-column counts (the summary sheet's form): A holds the statuses, D the trends (A reversed). */
function columnCounts(rows: number): [name: string, formula: string][] {
  const a = `Vocabulary!$A$${FIRST_ROW}:$A$${FIRST_ROW + rows - 1}`;
  const d = `Vocabulary!$D$${FIRST_ROW}:$D$${FIRST_ROW + rows - 1}`;
  return [
    ...STATUSES.map((s): [string, string] => [s, `SUMPRODUCT(1*${columnMatchFormula("status", s, a)})`]),
    ...TRENDS.map((tr): [string, string] => [tr, `SUMPRODUCT(1*${columnMatchFormula("trend", tr, d)})`]),
    ...STATUSES.flatMap((s) =>
      TRENDS.map((tr): [string, string] => [
        `${s}×${tr}`,
        `SUMPRODUCT(${columnMatchFormula("status", s, a)}*${columnMatchFormula("trend", tr, d)})`,
      ]),
    ),
    ["status not blank", `SUMPRODUCT(1*${columnNotBlankFormula(a)})`],
    ["trend not blank", `SUMPRODUCT(1*${columnNotBlankFormula(d)})`],
  ];
}

describeWithSoffice("vocabulary formula in LibreOffice", () => {
  const all = texts();
  const reversed = [...all].reverse();
  const counts = columnCounts(all.length);
  let dir = "";
  let lo: LibreOffice | undefined;
  let fods: FodsDocument;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-vocabulary-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Vocabulary");
    ws.getRow(1).values = ["text", "status", "trend"];
    ws.getColumn(1).numFmt = "@";
    all.forEach((t, i) => {
      const row = FIRST_ROW + i;
      ws.getCell(row, 1).value = t;
      ws.getCell(row, 2).value = { formula: countedKeyFormula("status", `A${row}`), result: STALE };
      ws.getCell(row, 3).value = { formula: countedKeyFormula("trend", `A${row}`), result: STALE };
      ws.getCell(row, 4).value = reversed[i];
    });
    const sums = wb.addWorksheet("Counts");
    counts.forEach(([name, formula], i) => {
      sums.getCell(i + 1, 1).value = name;
      sums.getCell(i + 1, 2).value = { formula, result: -1 };
    });
    const file = path.join(dir, "vocabulary.xlsx");
    await wb.xlsx.writeFile(file);
    lo = LibreOffice.create({ workDir: path.join(dir, "lo") });
    const [out] = await lo.convert([file], "fods");
    fods = readFods(out);
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("holds at least 200 spellings of every outcome", () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((t) => countedKey("status", t))).size).toBe(5);
    expect(new Set(all.map((t) => countedKey("trend", t))).size).toBe(5);
  });

  it("gives, row by row, the parser's key for status and trend", () => {
    const sheet = fods.sheet("Vocabulary");
    const value = (address: string): unknown => {
      const v = sheet.cells.get(address)?.value ?? null;
      return v === null ? "" : v;
    };
    const got = all.map((t, i) => [t, value(`B${FIRST_ROW + i}`), value(`C${FIRST_ROW + i}`)]);
    const expected = all.map((t) => [t, countedKey("status", t), countedKey("trend", t)]);
    const differing = got.filter((g, i) => g[1] !== expected[i][1] || g[2] !== expected[i][2]);
    expect(differing.map((g) => [JSON.stringify(g[0]), g[1], g[2]])).toEqual([]);
    expect(got).toEqual(expected);
  });

  it("counts a whole column per value, per status × trend and not blank as the parser does", () => {
    const sheet = fods.sheet("Counts");
    const key = (kind: "status" | "trend", t: string): string => countedKey(kind, t);
    const expected = counts.map(([name]) => {
      const [s, tr] = name.split("×");
      let n: number;
      if (name === "status not blank") n = all.filter((t) => key("status", t) !== "").length;
      else if (name === "trend not blank") n = reversed.filter((t) => key("trend", t) !== "").length;
      else if (tr !== undefined)
        n = all.filter((t, i) => key("status", t) === s && key("trend", reversed[i]) === tr).length;
      else if ((STATUSES as readonly string[]).includes(name))
        n = all.filter((t) => key("status", t) === name).length;
      else n = reversed.filter((t) => key("trend", t) === name).length;
      return [name, n];
    });
    const got = counts.map(([name], i) => [name, sheet.cells.get(`B${i + 1}`)?.value ?? null]);
    expect(got).toEqual(expected);
    expect(expected.every(([, n]) => typeof n === "number")).toBe(true);
  });
});
