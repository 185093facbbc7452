// A workbook's goals spread over five responsible bodies, for the split tests of the pane's writer.
import type { GoalStructure } from "../../src/domain";
import { exampleStructure } from "../history/example";
import { AWKWARD_COMMENTS } from "../history/fixtures";

export const FIVE_BODIES = [
  "Kommunstyrelsen",
  "Tekniska nämnden",
  "Miljö- och konsumentnämnden",
  "Barn/ungdom: nämnd?",
  "Kultur, idrott & fritid",
];

/** The example (11 goals) spread over five bodies, with comments no one should lose. */
export function fiveBodies(): GoalStructure {
  const s = exampleStructure();
  let i = 0;
  for (const p of s.programs)
    for (const a of p.areas)
      for (const g of a.goals) {
        g.responsible = FIVE_BODIES[i % FIVE_BODIES.length];
        g.comment = AWKWARD_COMMENTS[i % AWKWARD_COMMENTS.length];
        i++;
      }
  s.programs[0].areas[0].goals[0].text = "2030";
  return s;
}
