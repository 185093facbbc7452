// The shapes of indicators and their rules in the interchange format. Apart from the rules
// (indicators.ts) so that the goal model (types.ts) can name them without importing the rules.
export type IndicatorDirection = "increase" | "decrease";

/** Kolada's gender dimension: T total, K women (kvinnor), M men. */
export type KoladaGender = "T" | "K" | "M";

export interface YearValue {
  year: number;
  value: number;
}

/** A measured value; values fetched from Kolada say so, with the date they were fetched. */
export interface MeasuredValue extends YearValue {
  source?: "kolada";
  /** ISO date (YYYY-MM-DD) the value was fetched. */
  fetched?: string;
}

export type IndicatorSource = { kind: "manual" } | { kind: "kolada"; kpi: string; gender?: KoladaGender };

export interface Indicator {
  /** Unique within its goal. */
  id: string;
  name: string;
  unit?: string;
  direction: IndicatorDirection;
  baseline: YearValue;
  target: YearValue;
  values?: MeasuredValue[];
  /** Where the values come from; manual when absent. */
  source?: IndicatorSource;
  statusRule?: StatusRule;
  trendRule?: TrendRule;
}

export interface Municipality {
  /** Kolada's four-digit municipality id, e.g. "1980" for Västerås. */
  id: string;
  name?: string;
}

export interface StatusRule {
  /** Green when progress ≥ green × expected progress. */
  green?: number;
  /** Yellow when progress ≥ yellow × expected progress. */
  yellow?: number;
  /**
   * The year the expected progress is read at: the follow-up year (default) or the year of the
   * latest value, for sources such as Kolada that publish a year or more late.
   */
  expectedAt?: "followUpYear" | "valueYear";
}

export interface TrendRule {
  /** "change": latest against the value `window` years earlier; "leastSquares": a fitted line. */
  method?: "change" | "leastSquares";
  /** Years looked back from the latest value. */
  window?: number;
  /** A relative change within ± this is flat. */
  flatBand?: number;
}

export type ResolvedStatusRule = Required<StatusRule>;
export type ResolvedTrendRule = Required<TrendRule>;
