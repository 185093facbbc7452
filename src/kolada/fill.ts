// Filling the values of Kolada-sourced indicators: which KPIs and years to ask for, and merging
// what came back into a copy of the structure. Fetched values carry their source ("kolada") and
// the fetch date, so a sheet can show "Källa: Kolada"; suggested statuses are ours, not Kolada's.
import type { GoalStructure, Indicator, KoladaGender, MeasuredValue } from "../domain";
import type { KoladaClient, KoladaValue } from "./client";

export interface KoladaTarget {
  programId: string;
  goalId: string;
  indicatorId: string;
  kpi: string;
  gender: KoladaGender;
  /** The years asked for, ascending. */
  years: number[];
}

export interface YearRange {
  from: number;
  to: number;
}

export interface FillResult {
  target: KoladaTarget;
  /** False when Kolada does not know the KPI. */
  known: boolean;
  fetched: number[];
  missing: number[];
}

export interface KoladaFill {
  structure: GoalStructure;
  results: FillResult[];
  /** Values written, over all indicators. */
  written: number;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

function forEachKoladaIndicator(
  s: GoalStructure,
  visit: (
    indicator: Indicator,
    source: { kpi: string; gender?: KoladaGender },
    at: Omit<KoladaTarget, "kpi" | "gender" | "years" | "indicatorId">,
  ) => void,
): void {
  for (const program of s.programs) {
    for (const area of program.areas) {
      for (const goal of area.goals) {
        for (const indicator of goal.indicators ?? []) {
          if (indicator.source?.kind === "kolada") {
            visit(indicator, indicator.source, { programId: program.id, goalId: goal.id });
          }
        }
      }
    }
  }
}

/**
 * One target per Kolada-sourced indicator. By default the years run from the indicator's
 * baseline year to the follow-up year; `years` replaces that range for every indicator.
 */
export function koladaTargets(s: GoalStructure, years?: YearRange): KoladaTarget[] {
  const out: KoladaTarget[] = [];
  forEachKoladaIndicator(s, (indicator, source, at) => {
    out.push({
      ...at,
      indicatorId: indicator.id,
      kpi: source.kpi,
      gender: source.gender ?? "T",
      years: years ? range(years.from, years.to) : range(indicator.baseline.year, s.year),
    });
  });
  return out;
}

function key(kpi: string, gender: string, year: number): string {
  return `${kpi}\u0000${gender}\u0000${year}`;
}

/**
 * A copy of `s` with the fetched values merged in: a fetched year replaces the value held for it,
 * other years are kept. `known` lists the KPIs Kolada knows.
 */
export function mergeKoladaValues(
  s: GoalStructure,
  targets: readonly KoladaTarget[],
  values: readonly KoladaValue[],
  known: ReadonlySet<string>,
  fetched: string,
): KoladaFill {
  const byKey = new Map<string, number>();
  for (const v of values) byKey.set(key(v.kpi, v.gender, v.year), v.value);
  const structure = JSON.parse(JSON.stringify(s)) as GoalStructure;
  const results: FillResult[] = [];
  let written = 0;
  let index = 0;
  // The copy is walked in the same order as koladaTargets walked the original.
  forEachKoladaIndicator(structure, (indicator) => {
    const target = targets[index++];
    const result: FillResult = { target, known: known.has(target.kpi), fetched: [], missing: [] };
    const merged = new Map<number, MeasuredValue>((indicator.values ?? []).map((v) => [v.year, v]));
    for (const year of target.years) {
      const value = byKey.get(key(target.kpi, target.gender, year));
      if (value === undefined) {
        if (result.known) result.missing.push(year);
        continue;
      }
      merged.set(year, { year, value, source: "kolada", fetched });
      result.fetched.push(year);
      written++;
    }
    indicator.values = [...merged.values()].sort((a, b) => a.year - b.year);
    results.push(result);
  });
  return { structure, results, written };
}

/** Asks Kolada for every Kolada-sourced indicator of `s` and merges the answers into a copy. */
export async function fillFromKolada(
  client: KoladaClient,
  s: GoalStructure,
  municipality: string,
  fetched: string,
  years?: YearRange,
): Promise<KoladaFill> {
  const targets = koladaTargets(s, years);
  if (targets.length === 0) return mergeKoladaValues(s, targets, [], new Set(), fetched);
  const kpis = [...new Set(targets.map((t) => t.kpi))];
  const known = await client.knownKpis(kpis);
  const askYears = [...new Set(targets.flatMap((t) => t.years))];
  const wanted = kpis.filter((k) => known.has(k));
  const values =
    wanted.length > 0 && askYears.length > 0 ? await client.values(wanted, municipality, askYears) : [];
  return mergeKoladaValues(s, targets, values, known, fetched);
}
