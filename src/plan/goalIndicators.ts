// The goal view's indicators: the rows of the indicator sheet for one goal, with the suggestion
// the domain's rules give (goalSuggestionView, the function behind the CLI's and the summary's
// suggestions), so the pane and the CLI say the same for the same workbook. Pure: the adapter
// reads the indicator table as cell text in the same request as the goal's row.
import {
  goalSuggestionView,
  idKey,
  type Area,
  type Goal,
  type GoalStructure,
  type IndicatorDirection,
  type IndicatorFigures,
  type Program,
  type Status,
  type Trend,
} from "../domain";
import { readIndicators, type IndicatorTableRead, type IndicatorsRead } from "./indicatorRead";
import { normaliseHeader } from "./layout";

/** One indicator as the view lists it: the suggestion's figures and the direction. */
export interface IndicatorShown extends IndicatorFigures {
  direction: IndicatorDirection;
}

export type GoalIndicators =
  /** The workbook has no indicator table (or one without its goal ID and indicator ID columns). */
  | { kind: "no-sheet" }
  /** The indicator table has no readable row for this goal. */
  | { kind: "none" }
  /** Indicators, none with a value at or before the follow-up year: no suggestion. */
  | { kind: "no-values"; year: number; indicators: IndicatorShown[] }
  | {
      kind: "suggested";
      year: number;
      status: Status | null;
      trend: Trend | null;
      indicators: IndicatorShown[];
    };

function programOf(reference: GoalStructure, programCell: string): Program {
  const want = normaliseHeader(programCell);
  return (
    reference.programs.find((p) => normaliseHeader(p.name) === want || normaliseHeader(p.id) === want) ?? {
      id: "",
      name: programCell,
      areas: [],
    }
  );
}

/**
 * The goal's indicators from the indicator table, with their suggestion at the reference's
 * follow-up year. `goal`: the row's goal (ID, text, the official's status and trend); `read`: the
 * table read against the goal table (indicatorsOf, which puts the workbook's rules on the
 * indicators); without it, the table as it stands.
 */
export function goalIndicators(
  table: IndicatorTableRead | null | undefined,
  reference: GoalStructure,
  goal: Pick<Goal, "id" | "text" | "status" | "trend">,
  programCell: string,
  read?: IndicatorsRead,
): GoalIndicators {
  if (!table) return { kind: "no-sheet" };
  const indicators = (read ?? readIndicators(table, [goal.id])).byGoal.get(idKey(goal.id)) ?? [];
  if (indicators.length === 0) return { kind: "none" };
  const year = reference.year;
  const program = programOf(reference, programCell);
  const area: Area = { id: "", name: "", sdgs: [], goals: [] };
  const view = goalSuggestionView(reference, program, area, { ...goal, indicators }, 0);
  if (view === null)
    return {
      kind: "no-values",
      year,
      indicators: indicators.map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit ?? null,
        direction: i.direction,
        latest: null,
        baseline: i.baseline,
        target: i.target,
        progress: null,
        expected: null,
        status: null,
        trend: null,
      })),
    };
  return {
    kind: "suggested",
    year,
    status: view.status,
    trend: view.trend,
    indicators: view.indicators.map((f, i) => ({ ...f, direction: indicators[i].direction })),
  };
}
