// The goal table as rows of raw cell text: what Excel or an .xlsx file holds. structureToRows
// writes a structure as rows; rowsToStructure reads rows back against the structure they came
// from (the reference), with the same single validation pass as validateRows.
import type { Area, Goal, GoalStructure, Lang, Program, Status, Trend } from "./types";
import { STATUSES, TRENDS } from "./types";
import { analyseRows, idKey, trim } from "./validate";
import type { Issue } from "./validate";
import { statusLabel, trendLabel } from "./vocabulary";

export type ColumnKey =
  "id" | "program" | "area" | "text" | "responsible" | "sdgs" | "status" | "trend" | "comment" | "activities";

/** The goal table's default column order. */
export const COLUMN_KEYS: readonly ColumnKey[] = [
  "id",
  "program",
  "area",
  "text",
  "responsible",
  "sdgs",
  "status",
  "trend",
  "comment",
  "activities",
];

export interface GoalRow {
  /** 0-based position in the table body. */
  index: number;
  /** Raw cell text; a missing key means the table has no such column. */
  cells: Partial<Record<ColumnKey, string>>;
}

/** "3, 5, 10": how an Agenda 2030 list is written in a cell. */
export function formatSdgs(sdgs: readonly number[] | undefined): string {
  return sdgs === undefined ? "" : sdgs.join(", ");
}

/** Activities are one per line within the cell. */
export function formatActivities(activities: readonly string[] | undefined): string {
  return activities === undefined ? "" : activities.join("\n");
}

// Lines of the cell being parsed; sliced to an array of exactly their count at the end.
const lineScratch: string[] = [];

/**
 * One activity per line; blank lines dropped. Splits at "\n" by hand: the "\r" of a "\r\n" line
 * end is whitespace and goes with the trim, so this equals splitting at /\r?\n/ and trimming,
 * without the regular expression and the intermediate array.
 */
function parseActivities(cell: string): string[] {
  const out = lineScratch;
  out.length = 0;
  let start = 0;
  while (start <= cell.length) {
    let end = cell.indexOf("\n", start);
    if (end === -1) end = cell.length;
    const line = trim(cell.slice(start, end));
    if (line !== "") out.push(line);
    start = end + 1;
  }
  const activities = out.slice();
  out.length = 0;
  return activities;
}

/** One row per goal in structure order; program/area cells hold names, status/trend localized labels. */
export function structureToRows(s: GoalStructure, lang: Lang): GoalRow[] {
  const statusText = Object.fromEntries(STATUSES.map((v) => [v, statusLabel(v, lang)])) as Record<
    Status,
    string
  >;
  const trendText = Object.fromEntries(TRENDS.map((v) => [v, trendLabel(v, lang)])) as Record<Trend, string>;
  const rows: GoalRow[] = [];
  let index = 0;
  for (const p of s.programs) {
    for (const a of p.areas) {
      for (const g of a.goals) {
        rows.push({
          index: index++,
          cells: {
            id: g.id,
            program: p.name,
            area: a.name,
            text: g.text,
            responsible: g.responsible ?? "",
            sdgs: formatSdgs(g.sdgs),
            status: g.status === null ? "" : statusText[g.status],
            trend: g.trend === null ? "" : trendText[g.trend],
            comment: g.comment ?? "",
            activities: formatActivities(g.activities),
          },
        });
      }
    }
  }
  return rows;
}

/** rowsToStructure's state while the validation pass places goals (a literal: see validate.ts). */
interface Builder {
  areaCopies: Map<Area, Area>;
  referenceGoals: Map<string, { goal: Goal; area: Area }>;
  /** The area of the previous placed row and its copy's goals: rows usually come area by area. */
  lastArea: Area | null;
  lastGoals: Goal[] | null;
}

function placeGoal(
  b: Builder,
  row: GoalRow,
  _program: Program,
  area: Area,
  id: string,
  status: Status | null,
  trend: Trend | null,
  cellSdgs: number[] | undefined,
): void {
  const { cells } = row;
  const known = b.referenceGoals.size === 0 ? undefined : b.referenceGoals.get(idKey(id));
  const before = known?.goal;
  const text = trim(cells.text ?? "");
  const goal: Goal = { id, text, status, trend };
  const responsible = cells.responsible === undefined ? before?.responsible : trim(cells.responsible);
  if (responsible) goal.responsible = responsible;
  // Arrays parsed from cells are fresh; arrays from the reference are copied so the two never share.
  if (cells.sdgs === undefined) {
    if (before?.sdgs !== undefined && before.sdgs.length > 0) goal.sdgs = [...before.sdgs];
  } else if (cellSdgs !== undefined && cellSdgs.length > 0) {
    goal.sdgs = cellSdgs;
  }
  const comment = cells.comment === undefined ? before?.comment : trim(cells.comment);
  if (comment) goal.comment = comment;
  if (cells.activities === undefined) {
    if (before?.activities !== undefined && before.activities.length > 0)
      goal.activities = [...before.activities];
  } else if (cells.activities !== "") {
    const activities = parseActivities(cells.activities);
    if (activities.length > 0) goal.activities = activities;
  }
  // A focus area belongs to its målområde: kept only while the goal stays in that area.
  if (before?.focusArea !== undefined && known?.area === area) goal.focusArea = before.focusArea;
  // Still example data only while the text is the example's.
  if (before?.example !== undefined && before.text.trim() === text) goal.example = before.example;
  if (area !== b.lastArea) {
    b.lastArea = area;
    b.lastGoals = b.areaCopies.get(area)?.goals ?? null;
  }
  b.lastGoals?.push(goal);
}

/**
 * Reads table rows back into a structure shaped like `reference`: its programmes and areas (also
 * those without rows, which get no goals), holding the goals in row order. Program and area cells
 * match by name or id, ignoring case and spacing; a row whose programme or area is unknown is left
 * out (its issue says why). Unrecognised statuses and trends are counted as null. A column absent
 * from the rows keeps the reference goal's value for responsible, sdgs, comment and activities.
 */
export function rowsToStructure(
  rows: readonly GoalRow[],
  reference: GoalStructure,
  lang: Lang,
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
  const builder: Builder = { areaCopies, referenceGoals, lastArea: null, lastGoals: null };
  const issues = analyseRows(rows, reference, lang, placeGoal, builder);
  return { structure: { ...reference, programs }, issues };
}
