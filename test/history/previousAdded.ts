// The workbook test/history/previous-added-cli.test.ts and test/libreoffice/previous-added.test.ts
// roll over: the example (test/history/example.ts, year 2024) without any history.
import type { GoalStructure } from "../../src/domain";
import { exampleStructure } from "./example";

export const OWN_COLUMN = "Egen notering";
export const ownValue = (row: number): string => `notering ${row + 1}`;

/** The 2025 assessments typed in between the two rollovers: [goal, status, trend]. */
export const EDITS_2025: [string, string, string][] = [
  ["L1", "Röd", "Nedåt"],
  ["L2", "Grön", "Uppåt"],
  ["V2", "Gul", "Oförändrad"],
];

export function withoutHistory(): GoalStructure {
  const s = exampleStructure();
  for (const p of s.programs) for (const a of p.areas) for (const g of a.goals) delete g.history;
  return s;
}
