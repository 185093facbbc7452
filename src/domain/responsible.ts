// The roll-up per responsible body (the goal's Ansvarig, e.g. "Kommunstyrelsen"): the goals of
// every programme counted by status, trend and done mark, one entry per body, so that a committee
// can be held to its goals. Bodies are told apart as the summary sheet's formulas tell them
// apart: by normaliseWord (any case, stray spaces, a trailing dot), each entry named by the first
// spelling met. Entries come in order of first appearance (structure order), which is the order of
// the goal table; the goals without a responsible body come last, in an entry of their own
// (name null; each shell names it, "Ingen ansvarig" / "No responsible body"), only when there are any.
import { memoised } from "./memo";
import type { Goal, GoalStructure, Status, Trend } from "./types";
import { normaliseWord } from "./vocabulary";

export interface ResponsibleSummary {
  /** The body as the first of its goals spells it (trimmed); null for the goals without one. */
  name: string | null;
  /** normaliseWord of the name: what the sheet's formulas compare ("" for no body). */
  key: string;
  total: number;
  status: Record<Status | "missing", number>;
  trend: Record<Trend | "missing", number>;
  done: number;
}

function entry(name: string | null, key: string): ResponsibleSummary {
  return {
    name,
    key,
    total: 0,
    status: { red: 0, yellow: 0, green: 0, missing: 0 },
    trend: { up: 0, flat: 0, down: 0, missing: 0 },
    done: 0,
  };
}

function add(e: ResponsibleSummary, g: Goal): void {
  e.total++;
  const s = g.status;
  e.status[s === "red" || s === "yellow" || s === "green" ? s : "missing"]++;
  const tr = g.trend;
  e.trend[tr === "up" || tr === "flat" || tr === "down" ? tr : "missing"]++;
  if (g.done === true) e.done++;
}

/** Every goal of the structure, counted per responsible body (see the file's comment). */
export function summarizeResponsible(s: GoalStructure): ResponsibleSummary[] {
  const byKey = new Map<string, ResponsibleSummary>();
  const none = entry(null, "");
  // A programme names a few bodies on many goals: each spelling is normalised once, not per goal.
  const keyOf = memoised(normaliseWord);
  for (const p of s.programs) {
    for (const a of p.areas) {
      for (let i = 0; i < a.goals.length; i++) {
        const g = a.goals[i];
        const text = typeof g.responsible === "string" ? g.responsible : "";
        const key = text === "" ? "" : keyOf(text);
        if (key === "") {
          add(none, g);
          continue;
        }
        let e = byKey.get(key);
        if (e === undefined) {
          e = entry(text.trim(), key);
          byKey.set(key, e);
        }
        add(e, g);
      }
    }
  }
  const out = [...byKey.values()];
  if (none.total > 0) out.push(none);
  return out;
}
