// Checks on indicators and rules that the schema cannot express: a usable baseline and target,
// one value per year, finite numbers (JSON's 1e999 reads as Infinity and passes "type": "number"),
// and unique indicator ids per goal. Runs on schema-valid input, from parseGoalStructure.
import { t } from "../i18n";
import type { Params, StringKey } from "../i18n";
import type { Indicator, StatusRule, TrendRule } from "./indicators";
import { jsonPath, type StructureError } from "./schemaErrors";
import type { GoalStructure } from "./types";

type Segments = (string | number)[];

function error(segments: Segments, key: StringKey, params: Params = {}): StructureError {
  const path = jsonPath(segments);
  const all = { ...params, path };
  return { path, message: { sv: t("sv", key, all), en: t("en", key, all) } };
}

/**
 * A number as a message shows it: as the file has it (also in Swedish, no decimal comma, since
 * the message quotes the file); NaN and ±Infinity are named, which JSON cannot.
 */
function shown(n: number): string {
  return String(n);
}

function finiteErrors(at: Segments, value: unknown, out: StructureError[]): boolean {
  if (typeof value === "number" && !Number.isFinite(value)) {
    out.push(error(at, "ind.format.notFinite", { value: shown(value) }));
    return false;
  }
  return true;
}

function ruleErrors(
  at: Segments,
  statusRule: StatusRule | undefined,
  trendRule: TrendRule | undefined,
  out: StructureError[],
): void {
  if (statusRule !== undefined) {
    const okGreen = finiteErrors([...at, "statusRule", "green"], statusRule.green, out);
    const okYellow = finiteErrors([...at, "statusRule", "yellow"], statusRule.yellow, out);
    const { green, yellow } = statusRule;
    if (okGreen && okYellow && green !== undefined && yellow !== undefined && yellow > green) {
      out.push(
        error([...at, "statusRule", "yellow"], "ind.format.yellowAboveGreen", {
          green: shown(green),
          yellow: shown(yellow),
        }),
      );
    }
  }
  if (trendRule !== undefined) finiteErrors([...at, "trendRule", "flatBand"], trendRule.flatBand, out);
}

function indicatorErrors(at: Segments, indicator: Indicator, out: StructureError[]): void {
  const { baseline, target, direction } = indicator;
  const finite = [
    finiteErrors([...at, "baseline", "value"], baseline.value, out),
    finiteErrors([...at, "target", "value"], target.value, out),
  ].every(Boolean);
  if (target.year <= baseline.year) {
    out.push(
      error([...at, "target", "year"], "ind.format.targetYearNotAfter", {
        target: target.year,
        baseline: baseline.year,
      }),
    );
  }
  if (finite && target.value === baseline.value) {
    out.push(
      error([...at, "target", "value"], "ind.format.targetEqualsBaseline", { value: shown(target.value) }),
    );
  } else if (finite) {
    const wrongWay = direction === "increase" ? target.value < baseline.value : target.value > baseline.value;
    if (wrongWay) {
      const key = direction === "increase" ? "ind.format.directionIncrease" : "ind.format.directionDecrease";
      out.push(
        error([...at, "target", "value"], key, {
          target: shown(target.value),
          baseline: shown(baseline.value),
        }),
      );
    }
  }
  const years = new Map<number, string>();
  (indicator.values ?? []).forEach((v, vi) => {
    finiteErrors([...at, "values", vi, "value"], v.value, out);
    const other = years.get(v.year);
    if (other !== undefined) {
      out.push(error([...at, "values", vi, "year"], "ind.format.duplicateYear", { year: v.year, other }));
    } else {
      years.set(v.year, jsonPath([...at, "values", vi, "year"]));
    }
  });
  const source = indicator.source as { kind: string; kpi?: string; gender?: string } | undefined;
  if (source?.kind === "manual") {
    for (const key of ["kpi", "gender"] as const) {
      if (source[key] !== undefined)
        out.push(error([...at, "source", key], "ind.format.kpiOnlyKolada", { key }));
    }
  }
  ruleErrors(at, indicator.statusRule, indicator.trendRule, out);
}

/** Every indicator and rule problem in a schema-valid structure, each naming its JSON path. */
export function indicatorFormatErrors(s: GoalStructure): StructureError[] {
  const out: StructureError[] = [];
  ruleErrors([], s.statusRule, s.trendRule, out);
  s.programs.forEach((p, pi) => {
    ruleErrors(["programs", pi], p.statusRule, p.trendRule, out);
    p.areas.forEach((a, ai) => {
      a.goals.forEach((g, gi) => {
        const ids = new Map<string, string>();
        (g.indicators ?? []).forEach((indicator, ii) => {
          const at: Segments = ["programs", pi, "areas", ai, "goals", gi, "indicators", ii];
          const norm = indicator.id.toLowerCase();
          const other = ids.get(norm);
          if (other !== undefined) {
            out.push(error([...at, "id"], "ind.format.duplicateId", { id: indicator.id, other }));
          } else {
            ids.set(norm, jsonPath([...at, "id"]));
          }
          indicatorErrors(at, indicator, out);
        });
      });
    });
  });
  return out;
}
