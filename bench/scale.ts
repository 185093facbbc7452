// Goal structures of any size, grown deterministically from the bundled example (Västerås 2023),
// so every run and every machine measures the same data: the same programmes and areas, the same
// texts, statuses, trends, committees, Agenda 2030 lists and activities, in the same proportions.
import { bundledStructure, type Goal, type GoalStructure } from "../src/domain";

/** The sizes the Excel-adapter figures are reported for. */
export const EMULATOR_SIZES = [10, 1_000, 10_000, 50_000] as const;

/**
 * The sizes the core ratio (validate + summarize / JSON.parse) is reported for: the task pane's
 * largest measured table, a large one, and the 100,000 goals issue 11's budget is stated for.
 */
export const CORE_SIZES = [10_000, 50_000, 100_000] as const;
/** The size whose ratio is the headline figure (results.coreRatio). */
export const CORE_BUDGET_SIZE = 100_000;

/**
 * A structure with exactly `goals` goals. Goal i copies template goal (i mod 72) into that
 * template's own area, so the distribution over programmes and areas stays the example's. Below
 * the example's size the templates are spread evenly, so small structures still touch every
 * programme. Copies get unique ids ("EKO-1.01.2" is the second copy of "EKO-1.01"); the first
 * copy keeps the original id. The reported figures are kept as published: a scaled structure
 * reconciles with differences, which is the heavier case for the summary.
 */
export function scaledStructure(goals: number): GoalStructure {
  const base = bundledStructure();
  const templates: { goal: Goal; areaGoals: Goal[] }[] = [];
  for (const p of base.programs) {
    for (const a of p.areas) {
      for (const g of a.goals) templates.push({ goal: g, areaGoals: [] });
      // The areas are refilled below, in template order.
      const list: Goal[] = [];
      for (let i = templates.length - a.goals.length; i < templates.length; i++)
        templates[i].areaGoals = list;
      a.goals = list;
    }
  }
  const count = templates.length;
  for (let i = 0; i < goals; i++) {
    const t = goals < count ? templates[Math.floor((i * count) / goals)] : templates[i % count];
    const copy = goals < count ? 0 : Math.floor(i / count);
    const g: Goal = { ...t.goal, id: copy === 0 ? t.goal.id : `${t.goal.id}.${copy + 1}` };
    if (t.goal.sdgs) g.sdgs = [...t.goal.sdgs];
    if (t.goal.activities) g.activities = [...t.goal.activities];
    t.areaGoals.push(g);
  }
  return base;
}

export function goalCount(s: GoalStructure): number {
  let n = 0;
  for (const p of s.programs) for (const a of p.areas) n += a.goals.length;
  return n;
}
