// The goal table as rows of raw cell text: what Excel or an .xlsx file holds. structureToRows
// writes a structure as rows; rowsToStructure reads rows back against the structure they came
// from (the reference), with the same single validation pass as validateRows. Both follow the
// column descriptor (columns.ts): each column's kind says how its value becomes cell text and back.
import { formatActivities, formatSdgs, idKey, parseActivities, parseSdgs } from "./cells";
import {
  GOAL_COLUMNS,
  goalField,
  setGoalField,
  type GoalColumn,
  type GoalColumns,
  type GoalRow,
} from "./columns";
import { suggestGoal } from "./indicators";
import { goalColumnsFor } from "./suggestions";
import type { Issue } from "./issues";
import { memoised } from "./memo";
import type { Area, Goal, GoalStructure, Lang, Program, Status, Trend } from "./types";
import { STATUSES, TRENDS } from "./types";
import { analyseRows, type OnPlaced } from "./validate";
import { doneLabel, parseDone, statusLabel, trendLabel } from "./vocabulary";

interface Labels {
  status: Record<Status, string>;
  trend: Record<Trend, string>;
  done: string;
}

/** What the goal's indicators suggest at the structure's year; null for a goal without indicators. */
function suggestionOf(
  s: GoalStructure,
  p: Program,
  g: Goal,
): { status: Status | null; trend: Trend | null } | null {
  if ((g.indicators ?? []).length === 0) return null;
  return suggestGoal(g, s.year, [s, p]);
}

/** The cell text of `column` for goal `g` of area `a` in programme `p`. */
function cellOf(
  column: GoalColumn,
  p: Program,
  a: Area,
  g: Goal,
  labels: Labels,
  suggestion: { status: Status | null; trend: Trend | null } | null,
): string {
  const value = goalField(g, column);
  switch (column.kind) {
    case "program":
      return p.name;
    case "area":
      return a.name;
    case "status":
      return g.status === null ? "" : labels.status[g.status];
    case "trend":
      return g.trend === null ? "" : labels.trend[g.trend];
    case "done":
      return g.done === true ? labels.done : "";
    case "suggestedStatus":
      return suggestion?.status == null ? "" : labels.status[suggestion.status];
    case "suggestedTrend":
      return suggestion?.trend == null ? "" : labels.trend[suggestion.trend];
    case "sdgs":
      return formatSdgs(value as number[] | undefined);
    case "activities":
      return formatActivities(value as string[] | undefined);
    // "previous": a formula the plan writes (src/plan/previous.ts); no field, so "".
    case "previous":
    case "id":
    case "text":
      return typeof value === "string" ? value : "";
  }
}

/**
 * One row per goal in structure order; program/area cells hold names, status/trend localized
 * labels, the suggestion columns what the goal's indicators suggest. `columns` default: the goal
 * columns a new table for `s` has (goalColumnsFor).
 */
export function structureToRows(
  s: GoalStructure,
  lang: Lang,
  columns: GoalColumns = goalColumnsFor(s),
): GoalRow[] {
  const labels: Labels = {
    status: Object.fromEntries(STATUSES.map((v) => [v, statusLabel(v, lang)])) as Record<Status, string>,
    trend: Object.fromEntries(TRENDS.map((v) => [v, trendLabel(v, lang)])) as Record<Trend, string>,
    done: doneLabel(lang),
  };
  const rows: GoalRow[] = [];
  for (const p of s.programs) {
    for (const a of p.areas) {
      for (const g of a.goals) {
        const cells: GoalRow["cells"] = {};
        const suggestion = suggestionOf(s, p, g);
        for (const column of columns) cells[column.key] = cellOf(column, p, a, g, labels, suggestion);
        rows.push({ index: rows.length, cells });
      }
    }
  }
  return rows;
}

/** rowsToStructure's state while the validation pass places goals. */
interface Builder {
  areaCopies: Map<Area, Area>;
  referenceGoals: Map<string, { goal: Goal; area: Area }>;
  /** Columns with a goal field besides id, status and trend, in column order. */
  fields: GoalColumn[];
  /** Agenda 2030 numbers and activities of a cell text, parsed once per distinct text; copied per goal. */
  sdgs: (cell: string) => number[] | null;
  activities: (cell: string) => string[];
  /** True for a cell that reads as the done mark. */
  done: (cell: string) => boolean;
  /** The area of the last goal placed, and its copy. */
  lastArea: Area | null;
  lastCopy: Area | undefined;
}

/**
 * The value of a column's field read from its cell, or, when the table has no such column, the
 * reference goal's (`before`). Undefined leaves the field out. Arrays from the reference or a memo are copied, so goals never share them.
 */
function fieldValue(
  b: Builder,
  column: GoalColumn,
  cell: string | undefined,
  before: Goal | undefined,
): unknown {
  if (column.kind === "text" && column.mustHaveText === true) return (cell ?? "").trim();
  if (cell === undefined) {
    const kept = before === undefined ? undefined : goalField(before, column);
    return Array.isArray(kept) ? (kept.length > 0 ? kept.slice() : undefined) : kept || undefined;
  }
  // Whatever the kind, an empty cell holds no value (and most tables leave whole columns empty).
  if (cell === "") return undefined;
  if (column.kind === "sdgs") {
    const sdgs = b.sdgs(cell);
    return sdgs === null || sdgs.length === 0 ? undefined : sdgs.slice();
  }
  // Only a recognised mark is done; an unreadable cell has its validation error and counts as not done.
  if (column.kind === "done") return b.done(cell) ? true : undefined;
  if (column.kind === "activities") {
    const activities = b.activities(cell);
    return activities.length > 0 ? activities.slice() : undefined;
  }
  return cell.trim() || undefined;
}

/** The callback that turns each placed row into its goal, in its area's copy. */
function goalPlacer(b: Builder): OnPlaced {
  return (row, id, { area }, status, trend) => {
    // A reference read back from a workbook has no goals: nothing to look up then.
    const known = b.referenceGoals.size === 0 ? undefined : b.referenceGoals.get(idKey(id));
    const before = known?.goal;
    const goal: Goal = { id, text: "", status, trend };
    // Indexed: this runs per row, and for-of costs a call and an object per step until optimised.
    for (let c = 0; c < b.fields.length; c++) {
      const column = b.fields[c];
      const value = fieldValue(b, column, row.cells[column.key], before);
      if (value !== undefined) setGoalField(goal, column, value);
    }
    // A focus area belongs to its målområde: kept only while the goal stays in that area.
    if (before?.focusArea !== undefined && known?.area === area) goal.focusArea = before.focusArea;
    // The measured values stay with the goal (a table holds none of them); its suggestion columns are
    // the add-in's and never read.
    if (before?.indicators !== undefined) goal.indicators = before.indicators;
    // Still example data only while the text is the example's.
    if (before?.example !== undefined && before.text.trim() === goal.text) goal.example = before.example;
    // Rows come in runs of one area: the previous row's copy, when it is the same area.
    if (b.lastArea !== area) {
      b.lastArea = area;
      b.lastCopy = b.areaCopies.get(area);
    }
    b.lastCopy?.goals.push(goal);
  };
}

/**
 * Reads table rows back into a structure shaped like `reference`: its programmes and areas (also
 * those without rows, which get no goals), holding the goals in row order. Program and area cells
 * match by name or id, ignoring case and spacing; a row whose programme or area is unknown is left
 * out (its issue says why). Unrecognised statuses and trends are counted as null. A column absent
 * from the rows keeps the reference goal's value for its field (e.g. responsible, sdgs, comment
 * and activities).
 */
export function rowsToStructure(
  rows: readonly GoalRow[],
  reference: GoalStructure,
  lang: Lang,
  columns: GoalColumns = GOAL_COLUMNS,
): { structure: GoalStructure; issues: Issue[] } {
  const areaCopies = new Map<Area, Area>();
  const programs: Program[] = reference.programs.map((p) => ({
    ...p,
    areas: p.areas.map((a) => {
      const copy: Area = { ...a, goals: [] };
      areaCopies.set(a, copy);
      return copy;
    }),
  }));
  const referenceGoals = new Map<string, { goal: Goal; area: Area }>();
  for (const p of reference.programs) {
    for (const a of p.areas) {
      for (const g of a.goals) {
        const key = idKey(g.id.trim());
        if (!referenceGoals.has(key)) referenceGoals.set(key, { goal: g, area: a });
      }
    }
  }
  const builder: Builder = {
    areaCopies,
    referenceGoals,
    fields: columns.filter((c) => c.field !== null && !["id", "status", "trend"].includes(c.kind)),
    sdgs: memoised(parseSdgs),
    activities: memoised(parseActivities),
    done: memoised((cell) => parseDone(cell).value === "done"),
    lastArea: null,
    lastCopy: undefined,
  };
  const issues = analyseRows(rows, reference, lang, goalPlacer(builder), columns);
  return { structure: { ...reference, programs }, issues };
}
