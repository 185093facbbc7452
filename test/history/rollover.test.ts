import fc from "fast-check";
import {
  bundledStructure,
  parseGoalStructure,
  rolloverStructure,
  type Goal,
  type GoalStructure,
  type Status,
  type Trend,
} from "../../src/domain";
import { statusArb, structureArb, trendArb } from "../domain/arbitraries";

interface Assessment {
  status: Status | null;
  trend: Trend | null;
  comment?: string;
}

function goalsOf(s: GoalStructure): Goal[] {
  return s.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
}

function rolled(s: GoalStructure, year: number): GoalStructure {
  const result = rolloverStructure(s, year);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.structure;
}

// Comments as officials write them: empty, formula-like, line breaks, long, non-ASCII.
const commentArb = fc.option(
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom("", "=SUM(A1)", "+46 21 39 00 00", "rad ett\nrad två\r\n", "ö".repeat(5000)),
  ),
  { nil: undefined },
);
const assessmentArb: fc.Arbitrary<Assessment> = fc.record(
  { status: statusArb, trend: trendArb, comment: commentArb },
  { requiredKeys: ["status", "trend"] },
);

describe("rolloverStructure", () => {
  it("moves the year's assessments into the history, empties them and moves the year on", () => {
    const before = bundledStructure();
    const after = rolled(before, 2024);
    expect(after.year).toBe(2024);
    const old = goalsOf(before);
    const now = goalsOf(after);
    expect(now.map((g) => g.id)).toEqual(old.map((g) => g.id));
    now.forEach((g, i) => {
      expect(g.status).toBeNull();
      expect(g.trend).toBeNull();
      expect(g.comment).toBeUndefined();
      expect(g.text).toBe(old[i].text);
      const entry = { year: 2023, status: old[i].status, trend: old[i].trend };
      expect(g.history).toEqual([old[i].comment ? { ...entry, comment: old[i].comment } : entry]);
    });
    // The caller's structure is not changed.
    expect(before).toEqual(bundledStructure());
    // What it gives back is a valid file of the interchange format.
    expect(parseGoalStructure(JSON.parse(JSON.stringify(after))).ok).toBe(true);
  });

  it("refuses a year that is not later than the current one, or not a whole year", () => {
    const s = bundledStructure();
    for (const year of [2023, 2022, 2023.5, Number.NaN]) {
      expect(rolloverStructure(s, year)).toEqual({
        ok: false,
        reason: "yearNotLater",
        current: 2023,
        requested: year,
      });
    }
  });

  it("loses nothing over several rollovers with edits between: every year is recoverable", () => {
    fc.assert(
      fc.property(
        structureArb,
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(assessmentArb, { maxLength: 30 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (start, years) => {
          let s = start;
          // What each goal (by position) held when each year closed.
          const closed: { year: number; assessments: Assessment[] }[] = [];
          for (const [step, edits] of years) {
            goalsOf(s).forEach((g, i) => {
              const edit = edits[i];
              if (edit === undefined) return;
              g.status = edit.status;
              g.trend = edit.trend;
              if (edit.comment === undefined) delete g.comment;
              else g.comment = edit.comment;
            });
            closed.push({
              year: s.year,
              assessments: goalsOf(s).map((g) => ({ status: g.status, trend: g.trend, comment: g.comment })),
            });
            s = rolled(s, s.year + step);
          }
          goalsOf(s).forEach((g, i) => {
            expect(g.history?.map((h) => h.year)).toEqual(closed.map((c) => c.year));
            closed.forEach((c, k) => {
              const h = g.history?.[k];
              const want = c.assessments[i];
              expect(h?.status).toBe(want.status);
              expect(h?.trend).toBe(want.trend);
              // An empty comment is no comment; any other text comes back exactly.
              expect(h?.comment ?? "").toBe(want.comment ?? "");
            });
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
