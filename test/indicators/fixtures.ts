// Goal structures with indicators, shared by the indicator sheet's tests.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { goalsIn } from "../history/fixtures";

export const FETCHED = "2026-12-03";

/**
 * The bundled example with a Kolada municipality and indicators on its first goals: one from
 * Kolada (values fetched on FETCHED, one typed in by hand), a decrease with decimals and a text
 * that looks like a formula, a goal with two, and one without values.
 */
export function withIndicators(): GoalStructure {
  const s = bundledStructure();
  const y = s.year;
  s.municipality = { id: "1980", name: "Västerås" };
  const goals = goalsIn(s);
  goals[0].indicators = [
    {
      id: "fornybar",
      name: "Andel förnybar energi",
      unit: "%",
      direction: "increase",
      baseline: { year: y - 4, value: 40 },
      target: { year: 2030, value: 60 },
      values: [
        { year: y - 3, value: 41.5, source: "kolada", fetched: FETCHED },
        { year: y - 2, value: 44, source: "kolada", fetched: FETCHED },
        { year: y - 1, value: 45.25 },
      ],
      source: { kind: "kolada", kpi: "N00401", gender: "T" },
    },
  ];
  goals[1].indicators = [
    {
      id: "utslapp",
      name: "=Utsläpp (ton CO2e)",
      unit: "ton",
      direction: "decrease",
      baseline: { year: y - 3, value: 1234.5 },
      target: { year: 2030, value: 600 },
      values: [
        { year: y - 2, value: 1100.25 },
        { year: y, value: -3 },
      ],
    },
    {
      id: "cykel",
      name: "Cykelresor",
      direction: "increase",
      baseline: { year: y - 1, value: 10 },
      target: { year: 2035, value: 20 },
      source: { kind: "kolada", kpi: "U00001", gender: "K" },
    },
  ];
  return s;
}
