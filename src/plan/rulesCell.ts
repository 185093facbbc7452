// The suggestion rules a structure sets (statusRule / trendRule at the top, per programme and per
// indicator) kept in one cell of the structure sheet's info table, as compact JSON. Without it a
// workbook written from a structure with its own thresholds would suggest by the defaults, and
// `summary FILE.xlsx` would say another thing than `summary FILE.json`. One cell rather than
// columns on three tables: the rules are an analyst's setting, rarely present, and the JSON is
// the interchange format's own notation, so it reads the same in both places.
//
// Reading never evaluates anything: JSON.parse, then every key and value checked against the
// schema's rule definitions. A cell that does not pass is reported and the defaults apply.
import { idKey, type GoalStructure, type Indicator, type StatusRule, type TrendRule } from "../domain";

interface RuleLayer {
  statusRule?: StatusRule;
  trendRule?: TrendRule;
}

/** What the cell holds: the top layer, programme layers by programme ID, indicator layers by goal ID and indicator ID. */
export interface RulesCell extends RuleLayer {
  programs?: Record<string, RuleLayer>;
  indicators?: Record<string, Record<string, RuleLayer>>;
}

function layer(from: RuleLayer): RuleLayer | null {
  const out: RuleLayer = {};
  if (from.statusRule !== undefined) out.statusRule = from.statusRule;
  if (from.trendRule !== undefined) out.trendRule = from.trendRule;
  return out.statusRule || out.trendRule ? out : null;
}

/** The cell's text for `structure`, or null when it sets no rule (then no row is written). */
export function rulesCellText(structure: GoalStructure): string | null {
  const cell: RulesCell = { ...layer(structure) };
  const programs: Record<string, RuleLayer> = {};
  const indicators: Record<string, Record<string, RuleLayer>> = {};
  for (const p of structure.programs) {
    const pl = layer(p);
    if (pl) programs[p.id] = pl;
    for (const a of p.areas) {
      for (const g of a.goals) {
        for (const i of g.indicators ?? []) {
          const il = layer(i);
          if (il) indicators[g.id] = { ...indicators[g.id], [i.id]: il };
        }
      }
    }
  }
  if (Object.keys(programs).length > 0) cell.programs = programs;
  if (Object.keys(indicators).length > 0) cell.indicators = indicators;
  return Object.keys(cell).length > 0 ? JSON.stringify(cell) : null;
}

/** Excel holds at most 32,767 characters in a cell; a piece stays well under it. */
export const RULES_PIECE_CHARS = 32_000;

/**
 * The rules text in pieces of at most RULES_PIECE_CHARS characters, one info-table row each
 * (a structure with rules on several hundred indicators exceeds one cell); the reader joins the
 * rows in order. A piece never ends between the two halves of a surrogate pair.
 */
export function rulesPieces(text: string, size: number = RULES_PIECE_CHARS): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

export type RulesCellResult = { ok: true; value: RulesCell } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

type Check = (v: unknown) => boolean;
const nonNegative: Check = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
const STATUS_KEYS: Record<string, Check> = {
  green: nonNegative,
  yellow: nonNegative,
  expectedAt: (v) => v === "followUpYear" || v === "valueYear",
};
const TREND_KEYS: Record<string, Check> = {
  method: (v) => v === "change" || v === "leastSquares",
  window: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50,
  flatBand: nonNegative,
};

/** The first problem of `v` as a rule object at `path`, or null. */
function ruleProblem(v: unknown, keys: Record<string, Check>, path: string): string | null {
  if (!isObject(v)) return `${path}: {…}`;
  for (const [k, value] of Object.entries(v)) {
    const check = keys[k];
    if (check === undefined || !check(value)) return `${path}.${k}`;
  }
  if (path.endsWith("statusRule") && typeof v.green === "number" && typeof v.yellow === "number") {
    if (v.yellow > v.green) return `${path}.yellow > ${path}.green`;
  }
  return null;
}

function layerProblem(v: unknown, path: string, extra: readonly string[] = []): string | null {
  if (!isObject(v)) return `${path || "$"}: {…}`;
  for (const [k, value] of Object.entries(v)) {
    const at = path ? `${path}.${k}` : k;
    if (k === "statusRule") {
      const p = ruleProblem(value, STATUS_KEYS, at);
      if (p) return p;
    } else if (k === "trendRule") {
      const p = ruleProblem(value, TREND_KEYS, at);
      if (p) return p;
    } else if (!extra.includes(k)) return at;
  }
  return null;
}

/** The cell's rules, or the first path in it that the schema's rule definitions would refuse. */
export function parseRulesCell(text: string): RulesCellResult {
  const fail = (reason: string): RulesCellResult => ({ ok: false, reason });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("JSON");
  }
  const top = layerProblem(json, "", ["programs", "indicators"]);
  if (top) return fail(top);
  const { programs, indicators } = json as Record<string, unknown>;
  if (programs !== undefined) {
    if (!isObject(programs)) return fail("programs: {…}");
    for (const [id, l] of Object.entries(programs)) {
      const p = layerProblem(l, `programs.${id}`);
      if (p) return fail(p);
    }
  }
  if (indicators !== undefined) {
    if (!isObject(indicators)) return fail("indicators: {…}");
    for (const [goal, byId] of Object.entries(indicators)) {
      if (!isObject(byId)) return fail(`indicators.${goal}: {…}`);
      for (const [id, l] of Object.entries(byId)) {
        const p = layerProblem(l, `indicators.${goal}.${id}`);
        if (p) return fail(p);
      }
    }
  }
  return { ok: true, value: json as RulesCell };
}

/** `reference` with the cell's top and programme layers, by programme ID. */
export function withStructureRules(reference: GoalStructure, cell: RulesCell): GoalStructure {
  return {
    ...reference,
    ...(cell.statusRule && { statusRule: cell.statusRule }),
    ...(cell.trendRule && { trendRule: cell.trendRule }),
    programs: reference.programs.map((p) => {
      const l = cell.programs?.[p.id];
      return l ? { ...p, ...l } : p;
    }),
  };
}

/**
 * The indicators read from the indicator sheet (by idKey of the goal ID) with the cell's
 * indicator layers, matched by goal ID and, as within a goal, by case-insensitive indicator ID.
 */
export function indicatorsWithRules(
  byGoal: ReadonlyMap<string, Indicator[]>,
  cell: RulesCell,
): Map<string, Indicator[]> {
  const rules = new Map<string, Map<string, RuleLayer>>();
  for (const [goal, byId] of Object.entries(cell.indicators ?? {})) {
    const ids = new Map(Object.entries(byId).map(([id, l]) => [id.toLowerCase(), l]));
    rules.set(idKey(goal.trim()), ids);
  }
  const out = new Map<string, Indicator[]>();
  for (const [goal, indicators] of byGoal) {
    const ids = rules.get(goal);
    out.set(goal, ids ? indicators.map((i) => ({ ...i, ...ids.get(i.id.toLowerCase()) })) : indicators);
  }
  return out;
}
