// The domain model. Pure data: no Office, React or Node types may appear here.

export { LANGS, type Lang } from "../i18n/lang";
import type { Indicator, Municipality, StatusRule, TrendRule } from "./indicatorTypes";

export type Status = "red" | "yellow" | "green";
export const STATUSES: readonly Status[] = ["red", "yellow", "green"];

export type Trend = "up" | "flat" | "down";
export const TRENDS: readonly Trend[] = ["up", "flat", "down"];

/** A text in both languages. Swedish is the source; English may be a translation. */
export interface Bilingual {
  sv: string;
  en: string;
}

export interface Goal {
  /** Unique across the whole structure, e.g. "EKO-1.03". */
  id: string;
  text: string;
  /** Responsible committee (ansvarig nämnd), if known. */
  responsible?: string;
  /** Agenda 2030 goals, 1–17. */
  sdgs?: number[];
  status: Status | null;
  trend: Trend | null;
  comment?: string;
  /** The official's done mark (klarmarkerad) for this year; absent when not done. */
  done?: boolean;
  /** Activities (aktiviteter), as in the action plan. */
  activities?: string[];
  /** Id of the focus area within the area this goal belongs to (action plan delmål). */
  focusArea?: string;
  /** True when the text is example data, not taken from the source document. */
  example?: boolean;
  /** Measured indicators the status and trend can be suggested from (src/domain/indicators.ts). */
  indicators?: Indicator[];
  /** Earlier years' assessments, oldest first, at most one a year, every year before the structure's. */
  history?: HistoryEntry[];
}

/** One earlier year's assessment of a goal, as the follow-up of that year left it. */
export interface HistoryEntry {
  year: number;
  status: Status | null;
  trend: Trend | null;
  comment?: string;
}

/** The columns of the workbook's history table, in table order (src/plan/history.ts). */
export const HISTORY_FIELDS = ["year", "id", "status", "trend", "comment"] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface FocusArea {
  id: string;
  name: string;
  sdgs: number[];
  /** Insatsområden: the concrete priorities listed in the action plan. */
  priorities?: string[];
}

export interface Area {
  id: string;
  name: string;
  sdgs: number[];
  focusAreas?: FocusArea[];
  goals: Goal[];
}

/** Figures published in the source document, kept to reconcile the goal rows against. */
export interface ReportedFigures {
  total: number;
  status: Record<Status, number>;
  trend: Record<Trend, number>;
  /** Where the figures were published (document and section). */
  source?: string;
}

export interface Program {
  id: string;
  name: string;
  kind?: "program" | "actionPlan";
  /** ISO date the programme was adopted or the plan approved. */
  adopted?: string;
  /** Reference number (diarienummer), if any. */
  reference?: string;
  /** For an action plan: the id of the programme it implements. */
  parent?: string;
  steeringDocuments?: string[];
  reported?: ReportedFigures;
  areas: Area[];
  /** Overrides the structure's rules for this programme's indicators. */
  statusRule?: StatusRule;
  trendRule?: TrendRule;
}

export interface Sdg {
  number: number;
  name: Bilingual;
  /** Official colour, "#RRGGBB". */
  color: string;
}

export interface GoalStructure {
  organisation: string;
  year: number;
  /** The document the structure was taken from. */
  source?: string;
  /** Free text shown to users about the data, e.g. that goal texts are examples. */
  note?: string;
  programs: Program[];
  sdgs?: Sdg[];
  /** The municipality Kolada values are looked up for. */
  municipality?: Municipality;
  /** Defaults for suggesting status and trend from indicators. */
  statusRule?: StatusRule;
  trendRule?: TrendRule;
}
