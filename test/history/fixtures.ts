// Goal structures with a history, shared by the history sheet's tests.
import { bundledStructure, type Goal, type GoalStructure } from "../../src/domain";

export function goalsIn(s: GoalStructure): Goal[] {
  return s.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
}

/** Texts a careless writer would turn into formulas, numbers or something else. */
export const AWKWARD_COMMENTS = [
  '=HYPERLINK("http://example.com","x")',
  "+46 21 39 00 00",
  "-minus",
  "@mention",
  "Rad ett\nRad två\n\n\tRad tre",
  "  leading and trailing spaces  ",
  "x".repeat(4_995) + " slut",
];

/**
 * The bundled example, its first goals with a history of the two years before its own: the
 * first goal with both, the others with one year or the other, in goal order; comments from
 * AWKWARD_COMMENTS, one with no comment, one entry not assessed at all.
 */
export function withHistory(): GoalStructure {
  const s = bundledStructure();
  const goals = goalsIn(s);
  const y = s.year;
  goals[0].history = [
    { year: y - 2, status: "red", trend: null, comment: AWKWARD_COMMENTS[0] },
    { year: y - 1, status: "yellow", trend: "up", comment: AWKWARD_COMMENTS[1] },
  ];
  goals[1].history = [{ year: y - 1, status: "green", trend: "flat", comment: AWKWARD_COMMENTS[2] }];
  goals[2].history = [{ year: y - 2, status: null, trend: null }];
  goals[3].history = [
    { year: y - 2, status: "green", trend: "down", comment: AWKWARD_COMMENTS[3] },
    { year: y - 1, status: "red", trend: "down", comment: AWKWARD_COMMENTS[4] },
  ];
  goals[4].history = [{ year: y - 1, status: "yellow", trend: null, comment: AWKWARD_COMMENTS[5] }];
  goals[5].history = [{ year: y - 1, status: "green", trend: "up", comment: AWKWARD_COMMENTS[6] }];
  return s;
}

/** Every goal's history, by goal ID (goals without one left out). */
export function historyById(s: GoalStructure): Record<string, Goal["history"]> {
  return Object.fromEntries(goalsIn(s).flatMap((g) => (g.history?.length ? [[g.id, g.history]] : [])));
}
