// The comparison with earlier years on the example of example.ts, every figure worked out by hand
// below, and the sentence's grammar for 0, 1 and many in both languages.
import {
  compareGoals,
  comparisonText,
  parseGoalStructure,
  summarize,
  summarizeHistory,
  type Comparison,
  type StatusKey,
  type TrendKey,
} from "../../src/domain";
import { exampleStructure } from "./example";

const statuses = (n: Partial<Record<StatusKey, number>>): Record<StatusKey, number> => ({
  red: 0,
  yellow: 0,
  green: 0,
  missing: 0,
  ...n,
});
const trends = (n: Partial<Record<TrendKey, number>>): Record<TrendKey, number> => ({
  up: 0,
  flat: 0,
  down: 0,
  missing: 0,
  ...n,
});
const transitions = (
  n: Partial<Record<StatusKey, Partial<Record<StatusKey, number>>>>,
): Record<StatusKey, Record<StatusKey, number>> => ({
  red: statuses(n.red ?? {}),
  yellow: statuses(n.yellow ?? {}),
  green: statuses(n.green ?? {}),
  missing: statuses(n.missing ?? {}),
});

describe("the example's comparison, by hand", () => {
  const history = summarizeHistory(exampleStructure());
  const [miljo, skola, kultur] = history;

  it("is a valid structure, and the history follows summarize()'s programmes", () => {
    expect(parseGoalStructure(exampleStructure()).ok).toBe(true);
    expect(history.map((p) => p.id)).toEqual(summarize(exampleStructure()).programs.map((p) => p.id));
    expect(miljo.areas.map((a) => a.id)).toEqual(["luft", "vatten"]);
  });

  it("compares Luft with 2023: L1 better, L2 worse, L3 the same, L4 without a status now", () => {
    expect(miljo.areas[0].comparison).toEqual<Comparison>({
      year: 2023,
      // L1–L4 all have a 2023 entry: yellow, yellow, yellow, green; up, down, flat, up.
      total: 4,
      status: statuses({ yellow: 3, green: 1 }),
      trend: trends({ up: 2, flat: 1, down: 1 }),
      improved: 1,
      worsened: 1,
      unchanged: 1,
      notComparable: 1,
      transitions: transitions({ yellow: { green: 1, red: 1, yellow: 1 }, green: { missing: 1 } }),
    });
  });

  it("compares Vatten with the programme's 2023: V2 is new, V3 had no status", () => {
    expect(miljo.areas[1].comparison).toEqual<Comparison>({
      year: 2023,
      // V1, V3, V4 have a 2023 entry: red/—, —/—, green/up. V2 has none.
      total: 3,
      status: statuses({ red: 1, green: 1, missing: 1 }),
      trend: trends({ up: 1, missing: 2 }),
      improved: 1, // V1 red → green
      worsened: 0,
      unchanged: 1, // V4 green → green
      notComparable: 2, // V2 new, V3 no status in 2023
      transitions: transitions({ red: { green: 1 }, missing: { yellow: 1 }, green: { green: 1 } }),
    });
  });

  it("gives the programme the sum of its areas, against the latest year of any of its goals", () => {
    expect(miljo.comparison).toEqual<Comparison>({
      year: 2023,
      total: 7,
      status: statuses({ red: 1, yellow: 3, green: 2, missing: 1 }),
      trend: trends({ up: 3, flat: 1, down: 1, missing: 2 }),
      improved: 2,
      worsened: 1,
      unchanged: 2,
      notComparable: 3, // 2 + 1 + 2 + 3 = the programme's 8 goals
      transitions: transitions({
        yellow: { green: 1, red: 1, yellow: 1 },
        green: { missing: 1, green: 1 },
        red: { green: 1 },
        missing: { yellow: 1 },
      }),
    });
  });

  it("lists every earlier year of the programme oldest first, each with its own counts", () => {
    expect(miljo.history).toEqual([
      // Only L2 has a 2022 entry: green/flat.
      { year: 2022, total: 1, status: statuses({ green: 1 }), trend: trends({ flat: 1 }) },
      {
        year: 2023,
        total: 7,
        status: statuses({ red: 1, yellow: 3, green: 2, missing: 1 }),
        trend: trends({ up: 3, flat: 1, down: 1, missing: 2 }),
      },
    ]);
  });

  it("compares every programme with the structure's one latest year: Skolplan has no 2023, so none", () => {
    // S1's only entry is 2021; the comparison year is 2023 (Miljöprogram's), for every programme.
    expect(skola.comparison).toBeNull();
    expect(skola.areas).toEqual([{ id: "grund", comparison: null }]);
    // Its earlier years are still listed.
    expect(skola.history).toEqual([
      { year: 2021, total: 1, status: statuses({ red: 1 }), trend: trends({ down: 1 }) },
    ]);
  });

  it("gives an area without an entry for the comparison year no comparison", () => {
    const s = exampleStructure();
    // Vatten's goals lose their 2023 entries: Luft still compares, Vatten does not.
    for (const g of s.programs[0].areas[1].goals) delete g.history;
    const [m] = summarizeHistory(s);
    expect(m.areas.map((a) => a.comparison?.year ?? null)).toEqual([2023, null]);
    // The programme counts Vatten's four goals as not comparable: 1 (L4) + 4.
    expect(m.comparison).toMatchObject({
      total: 4,
      improved: 1,
      worsened: 1,
      unchanged: 1,
      notComparable: 5,
    });
  });

  it("has no comparison for a programme whose goals have no history", () => {
    expect(kultur).toEqual({
      id: "kultur",
      comparison: null,
      areas: [{ id: "bibliotek", comparison: null }],
      history: [],
    });
  });

  it("reads the sentences off those figures", () => {
    expect(comparisonText(miljo.comparison as Comparison, "sv")).toBe(
      "Jämfört med 2023 har 2 mål fått en bättre bedömning, ett mål en sämre och 2 samma. " +
        "Det är 3 mål som inte går att jämföra, eftersom de är nya eller saknar status något av åren.",
    );
    expect(comparisonText(miljo.comparison as Comparison, "en")).toBe(
      "Compared with 2023, 2 goals got a better assessment, one goal a worse one and 2 the same. " +
        "There are 3 goals that cannot be compared, as they are new or lack a status in one of the years.",
    );
  });
});

/** A comparison with the given outcome counts (the rest does not enter the sentence). */
function outcome(improved: number, worsened: number, unchanged: number, notComparable = 0): Comparison {
  const c = compareGoals([], 2023);
  return { ...c, improved, worsened, unchanged, notComparable };
}

describe("the comparison sentence", () => {
  const cases: [number, number, number, string, string][] = [
    [
      3,
      1,
      20,
      "Jämfört med 2023 har 3 mål fått en bättre bedömning, ett mål en sämre och 20 samma.",
      "Compared with 2023, 3 goals got a better assessment, one goal a worse one and 20 the same.",
    ],
    [
      1,
      0,
      1,
      "Jämfört med 2023 har ett mål fått en bättre bedömning, inget en sämre och ett mål samma.",
      "Compared with 2023, one goal got a better assessment, none a worse one and one goal the same.",
    ],
    [
      0,
      2,
      0,
      "Jämfört med 2023 har inget mål fått en bättre bedömning, 2 en sämre och inget samma.",
      "Compared with 2023, no goal got a better assessment, 2 a worse one and none the same.",
    ],
    [
      12345,
      1000,
      0,
      "Jämfört med 2023 har 12\u00a0345 mål fått en bättre bedömning, 1000 en sämre och inget samma.",
      "Compared with 2023, 12,345 goals got a better assessment, 1,000 a worse one and none the same.",
    ],
  ];
  it.each(cases)("reads %d better, %d worse, %d the same", (improved, worsened, unchanged, sv, en) => {
    expect(comparisonText(outcome(improved, worsened, unchanged), "sv")).toBe(sv);
    expect(comparisonText(outcome(improved, worsened, unchanged), "en")).toBe(en);
  });

  it("adds the goals that cannot be compared, one or many, and nothing for none", () => {
    expect(comparisonText(outcome(1, 1, 1, 1), "sv")).toMatch(
      / samma\. Ett mål går inte att jämföra, eftersom det är nytt /,
    );
    expect(comparisonText(outcome(1, 1, 1, 1), "en")).toMatch(
      / the same\. One goal cannot be compared, as it is new /,
    );
    expect(comparisonText(outcome(1, 1, 1, 2), "sv")).toMatch(
      / samma\. Det är 2 mål som inte går att jämföra, eftersom de är nya /,
    );
    expect(comparisonText(outcome(1, 1, 1, 2), "en")).toMatch(
      / the same\. There are 2 goals that cannot be compared, as they are new /,
    );
    expect(comparisonText(outcome(1, 1, 1, 0), "sv")).not.toMatch(/jämföra/);
    expect(comparisonText(outcome(1, 1, 1, 0), "en")).not.toMatch(/cannot/);
  });

  it("says so when no goal can be compared, and never groups the year", () => {
    expect(comparisonText(outcome(0, 0, 0, 5), "sv")).toBe(
      "Jämfört med 2023 går inget mål att jämföra: inget har en status både då och i år.",
    );
    expect(comparisonText(outcome(0, 0, 0, 5), "en")).toBe(
      "Compared with 2023, no goal can be compared: none has a status both then and this year.",
    );
  });
});
