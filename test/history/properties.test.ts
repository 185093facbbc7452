// Invariants of the comparison with earlier years, for any structure with history: the figures
// account for every goal, the areas add up to their programme, and history changes nothing else.
import fc from "fast-check";
import { summaryJson, type LoadedInput } from "../../src/cli/summary";
import {
  STATUS_KEYS,
  TREND_KEYS,
  comparisonYear,
  summarize,
  summarizeHistory,
  type Comparison,
  type GoalStructure,
} from "../../src/domain";
import { historyStructureArb, withoutHistory } from "./arbitraries";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function transitionSum(c: Comparison): number {
  return sum(STATUS_KEYS.flatMap((from) => STATUS_KEYS.map((to) => c.transitions[from][to])));
}

/** Every number of a comparison, by name, so two can be added and compared field by field. */
function figures(c: Comparison): Record<string, number> {
  const out: Record<string, number> = {
    total: c.total,
    improved: c.improved,
    worsened: c.worsened,
    unchanged: c.unchanged,
    notComparable: c.notComparable,
  };
  for (const s of STATUS_KEYS) {
    out[`status.${s}`] = c.status[s];
    for (const to of STATUS_KEYS) out[`transitions.${s}.${to}`] = c.transitions[s][to];
  }
  for (const tr of TREND_KEYS) out[`trend.${tr}`] = c.trend[tr];
  return out;
}

function input(structure: GoalStructure): LoadedInput {
  return { structure, issues: [], label: { sv: "test.json", en: "test.json" } };
}

describe("the comparison with earlier years, for any structure", () => {
  it("accounts for every current goal, and its transitions for every goal with an entry", () => {
    fc.assert(
      fc.property(historyStructureArb, (s) => {
        const summary = summarize(s);
        summarizeHistory(s).forEach((p, i) => {
          const groups = [
            { c: p.comparison, total: summary.programs[i].total },
            ...p.areas.map((a, j) => ({ c: a.comparison, total: summary.programs[i].areas[j].total })),
          ];
          for (const { c, total } of groups) {
            if (c === null) continue;
            expect(c.improved + c.worsened + c.unchanged + c.notComparable).toBe(total);
            expect(transitionSum(c)).toBe(c.total);
            expect(sum(STATUS_KEYS.map((k) => c.status[k]))).toBe(c.total);
            expect(sum(TREND_KEYS.map((k) => c.trend[k]))).toBe(c.total);
            // A row of the transitions is the earlier year's count of that status.
            for (const from of STATUS_KEYS)
              expect(sum(STATUS_KEYS.map((to) => c.transitions[from][to]))).toBe(c.status[from]);
            // Only goals with a status both years are better, worse or the same.
            const known = STATUS_KEYS.filter((k) => k !== "missing");
            expect(c.improved + c.worsened + c.unchanged).toBe(
              sum(known.flatMap((from) => known.map((to) => c.transitions[from][to]))),
            );
            expect(c.unchanged).toBe(sum(known.map((k) => c.transitions[k][k])));
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it("adds the areas up to their programme, all compared with the structure's comparison year", () => {
    fc.assert(
      fc.property(historyStructureArb, (s) => {
        const year = comparisonYear(s);
        summarizeHistory(s).forEach((p, i) => {
          const years = s.programs[i].areas.flatMap((a) =>
            a.goals.flatMap((g) => (g.history ?? []).map((e) => e.year)),
          );
          expect(p.history.map((y) => y.year)).toEqual([...new Set(years)].sort((a, b) => a - b));
          if (p.comparison === null) {
            expect(years.includes(year ?? NaN)).toBe(false);
            expect(p.areas.every((a) => a.comparison === null)).toBe(true);
            return;
          }
          expect(p.comparison.year).toBe(year);
          const last = p.history.find((y) => y.year === year);
          expect({
            year: p.comparison.year,
            total: p.comparison.total,
            status: p.comparison.status,
            trend: p.comparison.trend,
          }).toEqual(last);
          const added: Record<string, number> = {};
          let notComparable = 0;
          for (const [j, a] of p.areas.entries()) {
            if (a.comparison === null) {
              // An area without an entry for the year: all its goals cannot be compared.
              notComparable += s.programs[i].areas[j].goals.length;
              continue;
            }
            expect(a.comparison.year).toBe(p.comparison.year);
            for (const [k, v] of Object.entries(figures(a.comparison))) added[k] = (added[k] ?? 0) + v;
          }
          added.notComparable = (added.notComparable ?? 0) + notComparable;
          if (p.areas.length > 0) expect(added).toEqual(figures(p.comparison));
        });
      }),
      { numRuns: 200 },
    );
  });

  it("changes nothing but the new keys of summary's JSON, and without history they are null and []", () => {
    const strip = (json: object): unknown =>
      JSON.parse(JSON.stringify(json), function (this: unknown, key: string, value: unknown) {
        return key === "comparison" || key === "history" ? undefined : value;
      });
    fc.assert(
      fc.property(historyStructureArb, (s) => {
        const bare = withoutHistory(s);
        const plain = summaryJson(input(bare), summarize(bare), "sv") as {
          programs: { comparison: unknown; history: unknown; areas: { comparison: unknown }[] }[];
        };
        for (const p of plain.programs) {
          expect(p.comparison).toBeNull();
          expect(p.history).toEqual([]);
          for (const a of p.areas) expect(a.comparison).toBeNull();
        }
        expect(strip(summaryJson(input(s), summarize(s), "en"))).toEqual(
          strip(summaryJson(input(bare), summarize(bare), "en")),
        );
        expect(summarizeHistory(bare).every((p) => p.comparison === null && p.history.length === 0)).toBe(
          true,
        );
      }),
      { numRuns: 100 },
    );
  });
});
