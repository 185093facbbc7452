// fast-check generators for goal structures, shared by the domain property tests.
import fc from "fast-check";
import type { Goal, GoalStructure, Status, Trend } from "../../src/domain";

export const statusArb: fc.Arbitrary<Status | null> = fc.constantFrom("red", "yellow", "green", null);
export const trendArb: fc.Arbitrary<Trend | null> = fc.constantFrom("up", "flat", "down", null);

// A small pool so duplicates (also differing only in case) and blanks occur often.
const idArb = fc.oneof(
  fc.constantFrom("G-1", "g-1", "G-2", "G-3", "", " "),
  fc.string({ minLength: 1, maxLength: 8 }),
);

const TOO_LONG = "x".repeat(32768);
const textArb = fc.oneof(
  { weight: 8, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "   ", TOO_LONG) },
);

export const goalArb: fc.Arbitrary<Goal> = fc
  .record(
    {
      id: idArb,
      text: textArb,
      responsible: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
      sdgs: fc.option(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }), { nil: undefined }),
      status: statusArb,
      trend: trendArb,
      comment: fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constant(TOO_LONG)), { nil: undefined }),
      activities: fc.option(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), { nil: undefined }),
    },
    { requiredKeys: ["id", "text", "status", "trend"] },
  )
  .map((g) => {
    // fc.record with requiredKeys omits optional keys instead of setting them to undefined
    const out: Goal = { id: g.id, text: g.text, status: g.status, trend: g.trend };
    if (g.responsible !== undefined) out.responsible = g.responsible;
    if (g.sdgs !== undefined) out.sdgs = g.sdgs;
    if (g.comment !== undefined) out.comment = g.comment;
    if (g.activities !== undefined) out.activities = g.activities;
    return out;
  });

/** Structures with unique programme and area names (as a goal table needs to tell them apart). */
export const structureArb: fc.Arbitrary<GoalStructure> = fc
  .array(fc.array(fc.array(goalArb, { maxLength: 6 }), { maxLength: 4 }), { maxLength: 3 })
  .chain((programs) =>
    fc.array(fc.string({ maxLength: 6 }), { minLength: 8, maxLength: 8 }).map((words) => ({
      organisation: "Test",
      year: 2023,
      programs: programs.map((areas, pi) => ({
        id: `prog${pi}`,
        name: `Program ${pi} ${words[pi % words.length]}`.trim(),
        areas: areas.map((goals, ai) => ({
          id: `area${ai}`,
          name: `Område ${ai} ${words[(ai + 3) % words.length]}`.trim(),
          sdgs: [],
          goals,
        })),
      })),
    })),
  );
