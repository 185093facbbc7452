// fast-check generators for goal structures with history, on top of test/domain/arbitraries.ts.
import fc from "fast-check";
import type { GoalStructure, HistoryEntry } from "../../src/domain";
import { statusArb, structureArb, trendArb } from "../domain/arbitraries";

/** Earlier years (before structureArb's 2023), oldest first, at most one a year; often none. */
export const historyArb: fc.Arbitrary<HistoryEntry[] | undefined> = fc.option(
  fc
    .uniqueArray(fc.integer({ min: 2018, max: 2022 }), { maxLength: 4 })
    .chain((years) =>
      fc.tuple(
        ...[...years]
          .sort((a, b) => a - b)
          .map((year) =>
            fc
              .record({ status: statusArb, trend: trendArb })
              .map((e): HistoryEntry => ({ year, status: e.status, trend: e.trend })),
          ),
      ),
    ),
  { nil: undefined, freq: 3 },
);

function goalCount(s: GoalStructure): number {
  return s.programs.reduce((n, p) => n + p.areas.reduce((m, a) => m + a.goals.length, 0), 0);
}

/** structureArb with a history, or none, for each goal (a fresh copy: generated values are shared). */
export const historyStructureArb: fc.Arbitrary<GoalStructure> = structureArb.chain((s) =>
  fc.array(historyArb, { minLength: goalCount(s), maxLength: goalCount(s) }).map((histories) => {
    const copy = structuredClone(s);
    let i = 0;
    for (const p of copy.programs)
      for (const a of p.areas)
        for (const g of a.goals) {
          const h = histories[i++];
          if (h !== undefined) g.history = h;
        }
    return copy;
  }),
);

/** The structure without any goal's history. */
export function withoutHistory(s: GoalStructure): GoalStructure {
  const copy = structuredClone(s);
  for (const p of copy.programs) for (const a of p.areas) for (const g of a.goals) delete g.history;
  return copy;
}
