import fc from "fast-check";
import {
  bundledStructure,
  countsReportText,
  emptyCounts,
  formatCount,
  programReportText,
  summarize,
  summaryReportText,
} from "../../src/domain";
import type { Counts, Lang, Status, Trend } from "../../src/domain";

const ECO_SV =
  "Av de 42 mål som gäller för program för ekologisk hållbarhet är det 9 som är röda, 29 gula och 4 gröna. " +
  "När det gäller utvecklingen visar trenden uppåt för 17 mål och rakt fram för 24 mål. " +
  "Ett mål är bedömt som att det går åt fel håll.";
const SOC_SV =
  "Av de 24 mål som gäller för program för social hållbarhet är det 7 som är röda, 16 gula och 1 grönt. " +
  "När det gäller utvecklingen visar trenden uppåt för 5 mål och rakt fram för 17 mål. " +
  "Det är 2 mål som är bedömda som att det går åt fel håll.";
const HP_SV =
  "Av de 6 mål som gäller för handlingsplan 2022–2024 till program för social hållbarhet är inget bedömt. " +
  "Inget mål har någon bedömd trend.";
const ECO_EN =
  "Of the 42 goals for Program för ekologisk hållbarhet, 9 are red, 29 are yellow and 4 are green. " +
  "As for the development, the trend is up for 17 goals and flat for 24 goals. " +
  "One goal is judged to be heading in the wrong direction.";
const SOC_EN =
  "Of the 24 goals for Program för social hållbarhet, 7 are red, 16 are yellow and 1 is green. " +
  "As for the development, the trend is up for 5 goals and flat for 17 goals. " +
  "There are 2 goals judged to be heading in the wrong direction.";

describe("report text for the bundled example", () => {
  const summary = summarize(bundledStructure());
  const [eco, soc, hp] = summary.programs;

  it("reads like the source document for the ecological programme", () => {
    const text = programReportText(eco, "sv");
    expect(text).toBe(ECO_SV);
    // The source's own phrases:
    expect(text).toContain("Av de 42 mål som gäller för");
    expect(text).toContain("är det 9 som är röda, 29 gula och 4 gröna.");
    expect(text).toContain(
      "När det gäller utvecklingen visar trenden uppåt för 17 mål och rakt fram för 24 mål.",
    );
    expect(text).toContain("Ett mål är bedömt som att det går åt fel håll.");
  });

  it("uses the same template for the social programme, with the singular neuter 'grönt'", () => {
    const text = programReportText(soc, "sv");
    expect(text).toBe(SOC_SV);
    expect(text).toContain("7 som är röda, 16 gula och 1 grönt");
  });

  it("says plainly that the action plan's delmål are not assessed", () => {
    expect(programReportText(hp, "sv")).toBe(HP_SV);
  });

  it("has English sentences too", () => {
    expect(programReportText(eco, "en")).toBe(ECO_EN);
    expect(programReportText(soc, "en")).toBe(SOC_EN);
  });

  it("joins programmes with a blank line", () => {
    expect(summaryReportText(summary, "sv")).toBe([ECO_SV, SOC_SV, HP_SV].join("\n\n"));
  });
});

/** Counts from status and trend numbers; the cross-table is not used by the text. */
function counts(
  [red, yellow, green, notAssessed]: [number, number, number, number],
  [up, flat, down, noTrend]: [number, number, number, number],
): Counts {
  const c = emptyCounts();
  c.total = red + yellow + green + notAssessed;
  c.status = { red, yellow, green, missing: notAssessed };
  c.trend = { up, flat, down, missing: noTrend };
  if (up + flat + down + noTrend !== c.total)
    throw new Error("test data: trend counts must add up to the total");
  return c;
}

describe("report text across counts 0, 1, 2 and many", () => {
  const name = "Program för test";
  it.each<[string, Counts, string, string]>([
    [
      "no goals",
      counts([0, 0, 0, 0], [0, 0, 0, 0]),
      "Det finns inga mål för program för test.",
      "There are no goals for Program för test.",
    ],
    [
      "one green goal, trend up",
      counts([0, 0, 1, 0], [1, 0, 0, 0]),
      "Det enda målet för program för test är grönt. När det gäller utvecklingen visar trenden uppåt för 1 mål. Inget mål är bedömt som att det går åt fel håll.",
      "The only goal for Program för test is green. As for the development, the trend is up for 1 goal. No goal is judged to be heading in the wrong direction.",
    ],
    [
      "one red goal going the wrong way",
      counts([1, 0, 0, 0], [0, 0, 1, 0]),
      "Det enda målet för program för test är rött. Ett mål är bedömt som att det går åt fel håll.",
      "The only goal for Program för test is red. One goal is judged to be heading in the wrong direction.",
    ],
    [
      "one goal not assessed",
      counts([0, 0, 0, 1], [0, 0, 0, 1]),
      "Det enda målet för program för test är inte bedömt. Inget mål har någon bedömd trend.",
      "The only goal for Program för test has not been assessed. No goal has an assessed trend.",
    ],
    [
      "two goals, one red and one yellow",
      counts([1, 1, 0, 0], [0, 1, 1, 0]),
      "Av de 2 mål som gäller för program för test är det 1 som är rött, 1 gult och inga gröna. När det gäller utvecklingen visar trenden rakt fram för 1 mål. Ett mål är bedömt som att det går åt fel håll.",
      "Of the 2 goals for Program för test, 1 is red, 1 is yellow and none is green. As for the development, the trend is flat for 1 goal. One goal is judged to be heading in the wrong direction.",
    ],
    [
      "two goals, both yellow and flat",
      counts([0, 2, 0, 0], [0, 2, 0, 0]),
      "Av de 2 mål som gäller för program för test är det inga som är röda, 2 gula och inga gröna. När det gäller utvecklingen visar trenden rakt fram för 2 mål. Inget mål är bedömt som att det går åt fel håll.",
      "Of the 2 goals for Program för test, none is red, 2 are yellow and none is green. As for the development, the trend is flat for 2 goals. No goal is judged to be heading in the wrong direction.",
    ],
    [
      "many, one not assessed, two without trend",
      counts([0, 3, 2, 1], [2, 2, 0, 2]),
      "Av de 6 mål som gäller för program för test är det inga som är röda, 3 gula och 2 gröna. Det övriga målet är inte bedömt. När det gäller utvecklingen visar trenden uppåt för 2 mål och rakt fram för 2 mål. Inget mål är bedömt som att det går åt fel håll. För 2 mål saknas trend.",
      "Of the 6 goals for Program för test, none is red, 3 are yellow and 2 are green. The remaining goal has not been assessed. As for the development, the trend is up for 2 goals and flat for 2 goals. No goal is judged to be heading in the wrong direction. There are 2 goals without a trend.",
    ],
    [
      "many, several not assessed, one without trend",
      counts([5, 10, 1, 4], [3, 10, 6, 1]),
      "Av de 20 mål som gäller för program för test är det 5 som är röda, 10 gula och 1 grönt. De övriga 4 målen är inte bedömda. När det gäller utvecklingen visar trenden uppåt för 3 mål och rakt fram för 10 mål. Det är 6 mål som är bedömda som att det går åt fel håll. För ett mål saknas trend.",
      "Of the 20 goals for Program för test, 5 are red, 10 are yellow and 1 is green. The remaining 4 goals have not been assessed. As for the development, the trend is up for 3 goals and flat for 10 goals. There are 6 goals judged to be heading in the wrong direction. One goal has no trend.",
    ],
    [
      "many, none assessed, some trends",
      counts([0, 0, 0, 3], [1, 0, 0, 2]),
      "Av de 3 mål som gäller för program för test är inget bedömt. När det gäller utvecklingen visar trenden uppåt för 1 mål. Inget mål är bedömt som att det går åt fel håll. För 2 mål saknas trend.",
      "None of the 3 goals for Program för test has been assessed. As for the development, the trend is up for 1 goal. No goal is judged to be heading in the wrong direction. There are 2 goals without a trend.",
    ],
    [
      "thousands",
      counts([12000, 345, 0, 0], [0, 12345, 0, 0]),
      "Av de 12\u00a0345 mål som gäller för program för test är det 12\u00a0000 som är röda, 345 gula och inga gröna. När det gäller utvecklingen visar trenden rakt fram för 12\u00a0345 mål. Inget mål är bedömt som att det går åt fel håll.",
      "Of the 12,345 goals for Program för test, 12,000 are red, 345 are yellow and none is green. As for the development, the trend is flat for 12,345 goals. No goal is judged to be heading in the wrong direction.",
    ],
  ])("%s", (_name, c, sv, en) => {
    expect(countsReportText(c, name, "sv")).toBe(sv);
    expect(countsReportText(c, name, "en")).toBe(en);
  });

  it.each([
    ["Program för ekologisk hållbarhet", "program för ekologisk hållbarhet"],
    ["Handlingsplan 2022–2024", "handlingsplan 2022–2024"],
    ["Jämställdhetspolicy", "jämställdhetspolicy"],
    ["Västerås miljöprogram", "Västerås miljöprogram"],
    ["ANDTS-plan", "ANDTS-plan"],
    ["Agenda 2030", "Agenda 2030"],
  ])("writes the name %j mid-sentence as %j", (name, inSentence) => {
    expect(countsReportText(counts([0, 0, 0, 0], [0, 0, 0, 0]), name, "sv")).toBe(
      `Det finns inga mål för ${inSentence}.`,
    );
  });

  it("formats counts the Swedish and the English way", () => {
    expect([formatCount(9999, "sv"), formatCount(10000, "sv"), formatCount(1234567, "sv")]).toEqual([
      "9999",
      "10\u00a0000",
      "1\u00a0234\u00a0567",
    ]);
    expect([formatCount(999, "en"), formatCount(1000, "en"), formatCount(1234567, "en")]).toEqual([
      "999",
      "1,000",
      "1,234,567",
    ]);
  });
});

describe("report text properties", () => {
  const countsArb = fc
    .tuple(fc.array(fc.constantFrom<Status | null>("red", "yellow", "green", null), { maxLength: 40 }))
    .chain(([statuses]) =>
      fc
        .array(fc.constantFrom<Trend | null>("up", "flat", "down", null), {
          minLength: statuses.length,
          maxLength: statuses.length,
        })
        .map((trends) => {
          const c = emptyCounts();
          statuses.forEach((s, i) => {
            const sk = s ?? "missing";
            const tk = trends[i] ?? "missing";
            c.total++;
            c.status[sk]++;
            c.trend[tk]++;
            c.cross[sk][tk]++;
          });
          return c;
        }),
    );

  it("is grammatical for any counts: no '1 … röda', no '1 goals', no leftover placeholders", () => {
    fc.assert(
      fc.property(countsArb, fc.constantFrom<Lang>("sv", "en"), (c, lang) => {
        const text = countsReportText(c, "Program för test", lang);
        expect(text).not.toMatch(/[{}]|undefined|NaN/);
        expect(text).toMatch(/\.$/);
        if (lang === "sv") {
          expect(text).not.toMatch(/(^|\D)1 (som är )?(röda|gula|gröna)/);
          expect(text).not.toMatch(/(^|\D)([02-9]|\d\d+) (som är )?(rött|gult|grönt)/);
          expect(text).not.toMatch(/Av de [01] mål/);
        } else {
          expect(text).not.toMatch(/(^|\D)1 (goals|are)\b/);
          expect(text).not.toMatch(/(^|\D)([02-9]|\d\d+) (goal|is)\b/);
        }
        // Every count the text needs is there.
        if (c.total > 1) expect(text).toContain(formatCount(c.total, lang));
        for (const k of ["red", "yellow", "green"] as const) {
          if (c.status[k] > 1 && c.total > 1) expect(text).toContain(String(c.status[k]));
        }
      }),
      { numRuns: 300 },
    );
  });
});
