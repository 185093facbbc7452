// Goal structures with a history, shared by the history sheet's tests.
import { bundledStructure, type Goal, type GoalStructure, type Status } from "../../src/domain";

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

function goal(n: number, now: Status, before: Status): Goal {
  return {
    id: `G${n}`,
    text: `Mål ${n}`,
    status: now,
    trend: "flat",
    history: [{ year: 2023, status: before, trend: "flat" }],
  };
}

/**
 * A structure worked out by hand: Miljöprogram, 24 goals each with a 2023 entry (all trends flat):
 * G1–G3 yellow → green (better), G4 green → red (worse), G5–G24 yellow → yellow (same).
 * Kulturprogram: K1 red/up without history. Follow-up year 2024.
 */
export function twentyFour(): GoalStructure {
  const goals: Goal[] = [];
  for (let n = 1; n <= 3; n++) goals.push(goal(n, "green", "yellow"));
  goals.push(goal(4, "red", "green"));
  for (let n = 5; n <= 24; n++) goals.push(goal(n, "yellow", "yellow"));
  return {
    organisation: "Exempelkommun",
    year: 2024,
    programs: [
      { id: "p", name: "Miljöprogram", areas: [{ id: "a", name: "Luft", sdgs: [], goals }] },
      {
        id: "q",
        name: "Kulturprogram",
        areas: [
          {
            id: "b",
            name: "Bibliotek",
            sdgs: [],
            goals: [{ id: "K1", text: "K", status: "red", trend: "up" }],
          },
        ],
      },
    ],
  };
}
