// A small structure with history whose comparison is worked out by hand in comparison.test.ts and
// in the CLI test. Follow-up year 2024.
//
//   Programme "miljo", area "luft":
//     L1  green   2023 yellow/up                     better
//     L2  red     2022 green/flat, 2023 yellow/down  worse (two years of history)
//     L3  yellow  2023 yellow/flat                   same
//     L4  —       2023 green/up                      not comparable (no status this year)
//   Programme "miljo", area "vatten":
//     V1  green   2023 red/—                         better
//     V2  yellow  (no history)                       not comparable (new this year)
//     V3  yellow  2023 —/— with a comment            not comparable (no status in 2023)
//     V4  green   2023 green/up                      same
//   Programme "skola", area "grund": S1 green 2021 red/down (better), S2 red without history.
//   Programme "kultur", area "bibliotek": K1 yellow without history: no comparison at all.
import type { Goal, GoalStructure, HistoryEntry, Status, Trend } from "../../src/domain";

function goal(id: string, status: Status | null, trend: Trend | null, history?: HistoryEntry[]): Goal {
  const g: Goal = { id, text: `Mål ${id}`, status, trend };
  if (history !== undefined) g.history = history;
  return g;
}

export function exampleStructure(): GoalStructure {
  return {
    organisation: "Exempelkommun",
    year: 2024,
    programs: [
      {
        id: "miljo",
        name: "Miljöprogram",
        areas: [
          {
            id: "luft",
            name: "Luft",
            sdgs: [],
            goals: [
              goal("L1", "green", "up", [{ year: 2023, status: "yellow", trend: "up" }]),
              goal("L2", "red", "down", [
                { year: 2022, status: "green", trend: "flat" },
                { year: 2023, status: "yellow", trend: "down" },
              ]),
              goal("L3", "yellow", "flat", [{ year: 2023, status: "yellow", trend: "flat" }]),
              goal("L4", null, null, [{ year: 2023, status: "green", trend: "up" }]),
            ],
          },
          {
            id: "vatten",
            name: "Vatten",
            sdgs: [],
            goals: [
              goal("V1", "green", "up", [{ year: 2023, status: "red", trend: null }]),
              goal("V2", "yellow", "flat"),
              goal("V3", "yellow", "up", [
                { year: 2023, status: null, trend: null, comment: "Ej följt upp." },
              ]),
              goal("V4", "green", "flat", [{ year: 2023, status: "green", trend: "up" }]),
            ],
          },
        ],
      },
      {
        id: "skola",
        name: "Skolplan",
        areas: [
          {
            id: "grund",
            name: "Grundskola",
            sdgs: [],
            goals: [
              goal("S1", "green", "up", [{ year: 2021, status: "red", trend: "down" }]),
              goal("S2", "red", "down"),
            ],
          },
        ],
      },
      {
        id: "kultur",
        name: "Kulturprogram",
        areas: [{ id: "bibliotek", name: "Bibliotek", sdgs: [], goals: [goal("K1", "yellow", "flat")] }],
      },
    ],
  };
}

/** A programme's or area's `comparison` in `summary --format json`. */
export interface JsonComparison {
  year: number;
  total: number;
  status: Record<string, number>;
  trend: Record<string, number>;
  improved: number;
  worsened: number;
  unchanged: number;
  notComparable: number;
  transitions: Record<string, Record<string, number>>;
}
