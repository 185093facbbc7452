// The bundled example, in a module of its own: the CLI and the tests import it from the domain's
// index, while the task pane loads it on demand (domainPort.ts), so its 20 kB of JSON are not part
// of the pane's first load.
import bundledJson from "../../seeds/vasteras-2023.json";
import { parseGoalStructure } from "./structure";
import type { GoalStructure } from "./types";

let bundled: GoalStructure | null = null;

/** The bundled example (seeds/vasteras-2023.json), parsed; a fresh copy on every call. */
export function bundledStructure(): GoalStructure {
  if (bundled === null) {
    const result = parseGoalStructure(bundledJson);
    if (!result.ok) {
      // The bundled file is tested; reaching this means the build shipped a broken seed.
      throw new Error(`seeds/vasteras-2023.json: ${result.errors.map((e) => e.message.en).join(" ")}`);
    }
    bundled = result.structure;
  }
  return JSON.parse(JSON.stringify(bundled)) as GoalStructure;
}
