// A small structure whose suggestions can be checked by hand (follow-up year 2025; every
// indicator's baseline is 2020 and its target 2030, so the expected progress e is 0.5):
// - EKO-1 (area 1), one "decrease" indicator: 100 → 50; 2022: 90, 2025: 80. p = (80 − 100) /
//   (50 − 100) = 0.4 ≥ 0.5 × e: yellow. Trend: 90 → 80 is −11 %, falling toward the target: up.
//   The official wrote Gul, Uppåt: the same, no information.
// - EKO-2 (area 1), two indicators: "fornybar" 40 → 60 (increase), 2022: 44, 2025: 45: p = 0.25,
//   yellow (0.25 ≥ 0.25); +2.3 % > 2 %: up. "utslapp" 100 → 50 (decrease), 2022: 100, 2025: 110:
//   p = −0.2, red; +10 % away from the target: down. The goal: the lower middle of [red, yellow]
//   is red; one up, one down: flat. The official wrote Grön, Oförändrad: the status differs.
// - EKO-3 (area 2), an indicator without values: no suggestion; its trend counts as missing.
// - EKO-4 (area 2), no indicators.
import type { GoalStructure } from "../../src/domain";

export function suggestionStructure(): GoalStructure {
  return {
    organisation: "Provkommunen",
    year: 2025,
    programs: [
      {
        id: "EKO",
        name: "Ekologisk hållbarhet",
        areas: [
          {
            id: "KLI",
            name: "Klimat",
            sdgs: [13],
            goals: [
              {
                id: "EKO-1",
                text: "Utsläppen minskar",
                status: "yellow",
                trend: "up",
                indicators: [
                  {
                    id: "utslapp",
                    name: "Utsläpp",
                    unit: "kt",
                    direction: "decrease",
                    baseline: { year: 2020, value: 100 },
                    target: { year: 2030, value: 50 },
                    values: [
                      { year: 2022, value: 90 },
                      { year: 2025, value: 80 },
                    ],
                  },
                ],
              },
              {
                id: "EKO-2",
                text: "Energin blir förnybar",
                status: "green",
                trend: "flat",
                indicators: [
                  {
                    id: "fornybar",
                    name: "Andel förnybar energi",
                    unit: "%",
                    direction: "increase",
                    baseline: { year: 2020, value: 40 },
                    target: { year: 2030, value: 60 },
                    values: [
                      { year: 2022, value: 44 },
                      { year: 2025, value: 45 },
                    ],
                  },
                  {
                    id: "utslapp",
                    name: "Utsläpp från energi",
                    unit: "kt",
                    direction: "decrease",
                    baseline: { year: 2020, value: 100 },
                    target: { year: 2030, value: 50 },
                    values: [
                      { year: 2022, value: 100 },
                      { year: 2025, value: 110 },
                    ],
                  },
                ],
              },
            ],
          },
          {
            id: "NAT",
            name: "Natur",
            sdgs: [15],
            goals: [
              {
                id: "EKO-3",
                text: "Fler skyddade områden",
                status: "green",
                trend: "up",
                indicators: [
                  {
                    id: "skydd",
                    name: "Skyddad areal",
                    unit: "ha",
                    direction: "increase",
                    baseline: { year: 2020, value: 10 },
                    target: { year: 2030, value: 20 },
                  },
                ],
              },
              { id: "EKO-4", text: "Mer grönska", status: null, trend: null },
            ],
          },
        ],
      },
    ],
  };
}
