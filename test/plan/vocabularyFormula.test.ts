// The vocabulary formula against the parser, in the emulator's evaluator: for random cell texts
// (test/plan/vocabularyCells.ts) the formula's key is exactly the key of parseStatus/parseTrend
// ("" for blank, "unknown" for anything rejected). LibreOffice checks the same formula in
// test/libreoffice/vocabulary.test.ts.
import fc from "fast-check";
import {
  FORMULA_FOLDS,
  INVISIBLE_CHARS,
  STATUSES,
  TRENDS,
  WHITESPACE_CHARS,
  normaliseWord,
} from "../../src/domain";
import {
  UNKNOWN_KEY,
  columnCodeFormula,
  columnMatchFormula,
  columnNotBlankFormula,
  countedKey,
  countedKeyFormula,
  normalisedTextFormula,
  type VocabularyKind,
} from "../../src/plan/vocabularyFormula";
import { createEmulator } from "../emulator";
import { cellTextArb } from "./vocabularyCells";

/** Writes the texts into A (as text) and the formula of each A cell into B, and reads B's values back. */
async function evaluateEach(texts: string[], formulaOf: (cell: string) => string): Promise<unknown[]> {
  const emu = createEmulator({ sheets: ["Mål"] });
  let values: unknown[][] = [];
  await emu.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Mål");
    const a = sheet.getRange(`A1:A${texts.length}`);
    a.numberFormat = texts.map(() => ["@"]);
    a.values = texts.map((t) => [t]);
    const b = sheet.getRange(`B1:B${texts.length}`);
    b.formulas = texts.map((_t, i) => [`=${formulaOf(`A${i + 1}`)}`]);
    b.load("values");
    await context.sync();
    values = b.values;
  });
  return values.map((r) => r[0]);
}

/** The vocabulary formula of `kind`, evaluated for each text. */
function evaluateAll(kind: VocabularyKind, texts: string[]): Promise<unknown[]> {
  return evaluateEach(texts, (cell) => countedKeyFormula(kind, cell));
}

describe("the vocabulary formula counts what the parser accepts", () => {
  test("the whitespace list is what \\s matches but the byte order mark", () => {
    const all: string[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (/\s/.test(String.fromCharCode(c)) && c !== 0xfeff) all.push(String.fromCharCode(c));
    expect([...WHITESPACE_CHARS].sort()).toEqual(all.sort());
    expect(INVISIBLE_CHARS.some((c) => /\s/.test(c))).toBe(false);
  });

  test("the folds are what NFC and lower case do", () => {
    for (const [from, to] of FORMULA_FOLDS) expect(from.normalize("NFC").toLowerCase()).toBe(to);
  });

  test.each<[VocabularyKind, string, string]>([
    ["status", "Röd", "red"],
    ["status", " grön", "green"],
    ["status", "GRÖNT.", "green"],
    ["status", "gro\u0308n", "green"],
    ["status", "gr\u200Bön", "green"],
    ["status", "Gul\u00A0. .", "yellow"],
    ["status", "🟢\uFE0F", "green"],
    ["status", "G", UNKNOWN_KEY],
    ["status", "ej bedömd", UNKNOWN_KEY],
    ["status", "r*", UNKNOWN_KEY],
    ["status", "*", UNKNOWN_KEY],
    ["status", ".grön", UNKNOWN_KEY],
    ["status", "...", UNKNOWN_KEY],
    ["status", " \u00A0", ""],
    ["status", "\uFEFFRöd", UNKNOWN_KEY],
    ["status", "", ""],
    ["trend", "↑", "up"],
    ["trend", "-", "down"],
    ["trend", "=", "flat"],
    ["trend", "Rakt  fram", "flat"],
    ["trend", "rakt.fram", UNKNOWN_KEY],
    ["trend", "–", UNKNOWN_KEY],
    ["trend", "O\u0308KANDE", "up"],
  ])("%s %j counts as %j", async (kind, text, key) => {
    expect(countedKey(kind, text)).toBe(key);
    expect(await evaluateAll(kind, [text])).toEqual([key]);
  });

  test.each<VocabularyKind>(["status", "trend"])(
    "random %s cells: the formula gives the parser's key",
    async (kind) => {
      await fc.assert(
        fc.asyncProperty(fc.array(cellTextArb, { minLength: 1, maxLength: 40 }), async (texts) => {
          const got = await evaluateAll(kind, texts);
          expect(got.map((v, i) => [texts[i], v])).toEqual(texts.map((t) => [t, countedKey(kind, t)]));
        }),
        { numRuns: 60 },
      );
    },
    60_000,
  );

  test("the generator reaches every outcome", () => {
    const sample = fc.sample(cellTextArb, { seed: 7, numRuns: 2000 });
    const keys = new Set(sample.map((t) => countedKey("status", t)));
    expect(keys).toEqual(new Set(["red", "yellow", "green", "", UNKNOWN_KEY]));
    expect(sample.some((t) => /[*?~]/.test(t))).toBe(true);
    expect(sample.some((t) => t !== normaliseWord(t) && countedKey("trend", t) !== UNKNOWN_KEY)).toBe(true);
  });

  test("the formula stays within Excel's limits", () => {
    for (const kind of ["status", "trend"] as const) {
      const f = countedKeyFormula(kind, "XFD1048576");
      expect(f.length).toBeLessThan(8192);
      expect(f).not.toMatch(/\b(MATCH|VLOOKUP|COUNTIFS?|SEARCH|FIND|UNICHAR|_xlfn)\(/);
    }
    // Nesting: Excel allows 64 levels; the SUBSTITUTE chain is the deepest part.
    const depth = (f: string): number => {
      let d = 0;
      let max = 0;
      let inString = false;
      for (const ch of f) {
        if (ch === '"') inString = !inString;
        else if (!inString && ch === "(") max = Math.max(max, ++d);
        else if (!inString && ch === ")") d--;
      }
      return max;
    };
    expect(depth(countedKeyFormula("trend", "A1"))).toBeLessThanOrEqual(64);
    expect(normalisedTextFormula("A1")).toContain("CHAR(9)");
  });
});

describe("counting a whole column with the vocabulary formula (for the summary sheet)", () => {
  /** A goal table of `texts` in Status and Trend, and a count per value by SUMPRODUCT. */
  async function columnCounts(texts: string[]): Promise<Record<string, number>> {
    const emu = createEmulator({ sheets: ["Mål", "Sammanfattning"] });
    const counts: Record<string, number> = {};
    const formulas: [string, string][] = [
      ...STATUSES.map((s): [string, string] => [
        s,
        `SUMPRODUCT((T[Program]="P")*${columnMatchFormula("status", s, "T[Status]")})`,
      ]),
      ...TRENDS.map((tr): [string, string] => [
        tr,
        `SUMPRODUCT((T[Program]="P")*${columnMatchFormula("trend", tr, "T[Trend]")})`,
      ]),
      [
        "red×up",
        `SUMPRODUCT(${columnMatchFormula("status", "red", "T[Status]")}*${columnMatchFormula("trend", "up", "T[Trend]")})`,
      ],
      ["status not blank", `SUMPRODUCT((T[Program]="P")*${columnNotBlankFormula("T[Status]")})`],
    ];
    await emu.Excel.run(async (context) => {
      const goals = context.workbook.worksheets.getItem("Mål");
      const body = texts.map((t, i) => ["P", t, texts[texts.length - 1 - i]]);
      const range = goals.getRange(`A1:C${texts.length + 1}`);
      range.numberFormat = [["@", "@", "@"], ...body.map(() => ["@", "@", "@"])];
      range.values = [["Program", "Status", "Trend"], ...body];
      goals.tables.add(`A1:C${texts.length + 1}`, true).name = "T";
      const out = context.workbook.worksheets.getItem("Sammanfattning").getRange(`A1:A${formulas.length}`);
      out.formulas = formulas.map(([, f]) => [`=${f}`]);
      out.load("values");
      await context.sync();
      formulas.forEach(([k], i) => (counts[k] = out.values[i][0] as number));
    });
    return counts;
  }

  test("counts per value, per pair and not blank are the parser's", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellTextArb, { minLength: 1, maxLength: 30 }), async (texts) => {
        const trends = [...texts].reverse();
        const expected: Record<string, number> = {};
        for (const s of STATUSES) expected[s] = texts.filter((t) => countedKey("status", t) === s).length;
        for (const tr of TRENDS) expected[tr] = trends.filter((t) => countedKey("trend", t) === tr).length;
        expected["red×up"] = texts.filter(
          (t, i) => countedKey("status", t) === "red" && countedKey("trend", trends[i]) === "up",
        ).length;
        expected["status not blank"] = texts.filter((t) => countedKey("status", t) !== "").length;
        expect(await columnCounts(texts)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("the code formula over names and ids", () => {
  const long = '"'.repeat(200) + "x".repeat(100);
  const words = [
    { word: "energi", code: 1 },
    { word: "1.2", code: 2 },
    { word: long, code: 3 },
  ];

  test("keeps every string constant within Excel's 255 characters", () => {
    const f = columnCodeFormula("A1", words);
    for (const m of f.matchAll(/"((?:[^"]|"")*)"/g)) expect(m[1].length).toBeLessThanOrEqual(255);
  });

  test("gives each text the code of its word, trailing dots and spaces allowed, 0 for anything else", async () => {
    const texts = ["energi", "energi . .", "1.2", "1.2.", long, `${long}.`, "energi x", "1", "", "ener"];
    const values = await evaluateEach(texts, (cell) => `SUMPRODUCT(${columnCodeFormula(cell, words)})`);
    expect(values).toEqual([1, 1, 2, 2, 3, 3, 0, 0, 0, 0]);
  });
});
