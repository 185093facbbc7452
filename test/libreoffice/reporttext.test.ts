// The report text formula in an independent spreadsheet engine. One .xlsx holds a few hundred
// count combinations, a row each: the nine counts in B…J, the done count in K and, in L, the formula
// reportTextFormula compiled over that row's cells, cached with a wrong result. LibreOffice (with
// a profile that always recalculates) computes every formula in one run, and each result must be,
// character for character, the domain's countsReportText for the same counts, name and language.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { countsReportText, emptyCounts, type Counts, type Lang } from "../../src/domain";
import { COUNT_NAMES, countOf } from "../../src/domain/textexpr";
import { columnLetter } from "../../src/plan";
import { reportTextFormula, type CountRefs } from "../../src/plan/textformula";
import { readFods, type FodsDocument } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

interface Case {
  counts: Counts;
  name: string;
  lang: Lang;
}

const NAMES = [
  "Program för ekologisk hållbarhet",
  "Handlingsplan 2022–2024 till program för social hållbarhet",
  "Västerås miljöprogram",
  'Programmet "Trygg stad" ("TS")',
  '=HYPERLINK("http://example.com","klicka")',
  "ANDTS-plan 🌍",
  '"'.repeat(255),
];

function counts(n: readonly number[]): Counts {
  const c = emptyCounts();
  c.total = n[0];
  c.status = { red: n[1], yellow: n[2], green: n[3], missing: n[4] };
  c.trend = { up: n[5], flat: n[6], down: n[7], missing: n[8] };
  c.done = n[9] ?? 0;
  return c;
}

/** Every count the formula reads, in the sheet's column order from B. */
const NAMES_READ = [...COUNT_NAMES, "done" as const];

/** `c` with `done` of its goals marked done. */
function withDone(c: Counts, done: number): Counts {
  return { ...c, done };
}

/** Counts as a goal table gives them: statuses and trends each add up to the total. */
function fromTable(red: number, yellow: number, green: number, missing: number, trends: number[]): Counts {
  const total = red + yellow + green + missing;
  const [up, flat, down] = trends.map((x) => Math.min(x, total));
  const flat2 = Math.min(flat, total - up);
  const down2 = Math.min(down, total - up - flat2);
  return counts([total, red, yellow, green, missing, up, flat2, down2, total - up - flat2 - down2]);
}

// Cases a reader would check first: no goals, a single goal of each kind, none assessed, and
// the edges of thousands grouping in both languages.
const EDGES: Counts[] = [
  fromTable(0, 0, 0, 0, [0, 0, 0]),
  fromTable(1, 0, 0, 0, [0, 0, 1]),
  fromTable(0, 1, 0, 0, [1, 0, 0]),
  fromTable(0, 0, 1, 0, [0, 1, 0]),
  fromTable(0, 0, 0, 1, [0, 0, 0]),
  fromTable(0, 0, 0, 6, [0, 0, 0]),
  fromTable(0, 0, 0, 3, [1, 0, 0]),
  fromTable(1, 1, 0, 0, [0, 1, 1]),
  fromTable(9, 29, 4, 0, [17, 24, 1]),
  fromTable(999, 1, 9999, 1, [1000, 9999, 10000]),
  fromTable(10000, 1000, 999, 0, [10000, 1, 0]),
  fromTable(999_999, 1_000_000, 1_048_575, 2, [1_234_567, 999_999, 10_001]),
  counts([123_456_789, 100_000_000, 20_000_000, 3_456_789, 0, 999_999_999, 0, 0, 0]),
  // The done sentence: one, many, all, and thousands.
  withDone(fromTable(1, 0, 0, 0, [0, 0, 1]), 1),
  withDone(fromTable(9, 29, 4, 0, [17, 24, 1]), 1),
  withDone(fromTable(9, 29, 4, 0, [17, 24, 1]), 31),
  withDone(fromTable(0, 0, 0, 6, [0, 0, 0]), 6),
  withDone(fromTable(999, 1, 9999, 1, [1000, 9999, 10000]), 10_999),
];

const numberArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, 1, 2) },
  { weight: 3, arbitrary: fc.nat(60) },
  { weight: 1, arbitrary: fc.integer({ min: 999, max: 1_100_000 }) },
);
const tableArb = fc
  .tuple(
    fc.array(numberArb, { minLength: 4, maxLength: 4 }),
    fc.array(numberArb, { minLength: 3, maxLength: 3 }),
  )
  .map(([[r, y, g, m], trends]) => fromTable(r, y, g, m, trends))
  .chain((c) => fc.nat(c.total).map((done) => withDone(c, done)));
// Also counts no goal table gives, so that the formula's logic is checked on its own.
const anyArb = fc.array(numberArb, { minLength: 10, maxLength: 10 }).map(counts);

function cases(): Case[] {
  const out: Case[] = [];
  for (const lang of ["sv", "en"] as const) {
    EDGES.forEach((c, i) => out.push({ counts: c, name: NAMES[i % NAMES.length], lang }));
  }
  const random = fc.sample(
    fc.record({
      counts: fc.oneof({ weight: 3, arbitrary: tableArb }, { weight: 1, arbitrary: anyArb }),
      name: fc.constantFrom(...NAMES),
      lang: fc.constantFrom<Lang>("sv", "en"),
    }),
    { seed: 20240611, numRuns: 260 },
  );
  return [...out, ...random];
}

const FIRST_ROW = 2;
const STALE = "not recalculated";

function refsFor(row: number): CountRefs {
  return Object.fromEntries(NAMES_READ.map((n, i) => [n, `${columnLetter(2 + i)}${row}`])) as CountRefs;
}

describeWithSoffice("report text formula in LibreOffice", () => {
  const all = cases();
  let dir = "";
  let lo: LibreOffice | undefined;
  let fods: FodsDocument;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-report-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Report");
    ws.getRow(1).values = ["name", ...NAMES_READ, "text"];
    all.forEach((c, i) => {
      const row = FIRST_ROW + i;
      const formula = reportTextFormula(c.name, c.lang, refsFor(row));
      if (formula === null) throw new Error(`no formula for ${c.name}`);
      ws.getCell(row, 1).value = c.name;
      NAMES_READ.forEach((n, j) => {
        ws.getCell(row, 2 + j).value = countOf(c.counts, n);
      });
      // A wrong cached result: only a recalculation can give the expected text.
      ws.getCell(row, 2 + NAMES_READ.length).value = { formula, result: STALE };
    });
    const file = path.join(dir, "reporttext.xlsx");
    await wb.xlsx.writeFile(file);
    lo = LibreOffice.create({ workDir: path.join(dir, "lo") });
    const [out] = await lo.convert([file], "fods");
    fods = readFods(out);
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("covers 0, 1 and many, no goals, a single goal, none assessed and grouped thousands, in both languages", () => {
    const langs = new Set(all.map((c) => c.lang));
    expect(langs).toEqual(new Set(["sv", "en"]));
    const has = (p: (c: Counts) => boolean): boolean => all.some((x) => p(x.counts));
    expect(has((c) => c.total === 0)).toBe(true);
    expect(has((c) => c.total === 1)).toBe(true);
    expect(has((c) => c.total > 1 && c.total === c.status.missing)).toBe(true);
    expect(has((c) => c.status.red === 1 && c.total > 1)).toBe(true);
    expect(has((c) => c.trend.up === 0 && c.trend.flat > 1 && c.total > 1)).toBe(true);
    expect(has((c) => c.total >= 10_000 && c.status.green >= 1000)).toBe(true);
    expect(has((c) => c.done === 1 && c.total > 1)).toBe(true);
    expect(has((c) => c.done > 1000)).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(200);
  });

  it("computes every row's report text exactly as the domain writes it", () => {
    const sheet = fods.sheet("Report");
    const textColumn = columnLetter(2 + NAMES_READ.length);
    const got = all.map((c, i) => {
      const cell = sheet.cells.get(`${textColumn}${FIRST_ROW + i}`);
      return { row: FIRST_ROW + i, lang: c.lang, text: cell?.value ?? null };
    });
    const expected = all.map((c, i) => ({
      row: FIRST_ROW + i,
      lang: c.lang,
      text: countsReportText(c.counts, c.name, c.lang),
    }));
    expect(got).toEqual(expected);
    // The grouping is really there, with the no-break space in Swedish.
    expect(got.some((g) => g.lang === "sv" && /\d\u00a0\d{3}/.test(String(g.text)))).toBe(true);
    expect(got.some((g) => g.lang === "en" && /\d,\d{3}/.test(String(g.text)))).toBe(true);
  });
});
