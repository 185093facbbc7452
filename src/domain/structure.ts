// Reading a goal structure (the interchange JSON) safely: the schema in seeds/ is checked with
// @cfworker/json-schema, an interpreter (no `new Function`), so the same code runs under the task
// pane's content security policy. Its errors are turned into one message per problem, naming the
// JSON path in the form users see in editors ($.programs[0].areas[1].goals[3].status).
// A file that breaks the schema is rejected whole: nothing half-read reaches a workbook.
import { Validator } from "@cfworker/json-schema";
import type { OutputUnit } from "@cfworker/json-schema";
import { t } from "../i18n";
import type { Params, StringKey } from "../i18n";
import { indicatorFormatErrors } from "./indicatorFormat";
import { findJsonSyntaxProblem } from "./jsonsyntax";
import {
  GOAL_STRUCTURE_SCHEMA,
  bilingual,
  jsonPath,
  mapSchemaError,
  same,
  type StructureError,
} from "./schemaErrors";
import { showValue } from "./structureEnum";
import type { Bilingual, Goal, GoalStructure, Lang } from "./types";

export { GOAL_STRUCTURE_SCHEMA, jsonPath, structureErrorCount, type StructureError } from "./schemaErrors";

export type StructureResult =
  { ok: true; structure: GoalStructure } | { ok: false; errors: StructureError[] };

/** At most this many errors are listed; the rest are counted in a last message. */
export const MAX_STRUCTURE_ERRORS = 50;

let validator: Validator | null = null;
function getValidator(): Validator {
  // Built on first use: dereferencing the schema is the expensive part and happens once.
  validator ??= new Validator(GOAL_STRUCTURE_SCHEMA, "2020-12", false);
  return validator;
}

// A value as JSON for a message, shortened: kept with the enum's values, exported from here as before.
export { showValue };
/** Checks the schema doesn't express: unique ids, references that resolve. Runs on schema-valid input. */
function semanticErrors(s: GoalStructure): StructureError[] {
  const errors: StructureError[] = [];
  const duplicate = (
    seen: Map<string, string>,
    id: string,
    path: string,
    key: StringKey,
    params: Params = { id },
  ): void => {
    const norm = id.toLowerCase();
    const other = seen.get(norm);
    if (other !== undefined) errors.push({ path, message: same(key, { ...params, path, other }) });
    else seen.set(norm, path);
  };
  const programIds = new Map<string, string>();
  const goalIds = new Map<string, string>();
  s.programs.forEach((p, pi) => {
    duplicate(programIds, p.id, jsonPath(["programs", pi, "id"]), "domain.structure.duplicateProgramId");
    const areaIds = new Map<string, string>();
    p.areas.forEach((a, ai) => {
      duplicate(
        areaIds,
        a.id,
        jsonPath(["programs", pi, "areas", ai, "id"]),
        "domain.structure.duplicateAreaId",
      );
      const focusIds = new Map<string, string>();
      (a.focusAreas ?? []).forEach((f, fi) => {
        const path = jsonPath(["programs", pi, "areas", ai, "focusAreas", fi, "id"]);
        duplicate(focusIds, f.id, path, "domain.structure.duplicateFocusAreaId");
      });
      a.goals.forEach((g, gi) => {
        const base = ["programs", pi, "areas", ai, "goals", gi];
        duplicate(goalIds, g.id, jsonPath([...base, "id"]), "domain.structure.duplicateGoalId");
        historyErrors(s.year, g.history, base, errors);
        if (g.focusArea !== undefined && !focusIds.has(g.focusArea.toLowerCase())) {
          const path = jsonPath([...base, "focusArea"]);
          errors.push({
            path,
            message: same("domain.structure.unknownFocusArea", { path, id: g.focusArea }),
          });
        }
      });
    });
  });
  s.programs.forEach((p, pi) => {
    if (p.parent === undefined) return;
    const path = jsonPath(["programs", pi, "parent"]);
    if (p.parent.toLowerCase() === p.id.toLowerCase()) {
      errors.push({ path, message: same("domain.structure.selfParent", { path }) });
    } else if (!programIds.has(p.parent.toLowerCase())) {
      errors.push({ path, message: same("domain.structure.unknownParent", { path, id: p.parent }) });
    }
  });
  const sdgNumbers = new Map<string, string>();
  (s.sdgs ?? []).forEach((g, i) => {
    const path = jsonPath(["sdgs", i, "number"]);
    duplicate(sdgNumbers, String(g.number), path, "domain.structure.duplicateSdg", { number: g.number });
  });
  return errors;
}

/**
 * A goal's history: every year before the follow-up year, at most one entry a year, oldest first
 * (so the latest earlier year, which comparisons use, is the last entry).
 */
function historyErrors(
  current: number,
  history: Goal["history"],
  base: (string | number)[],
  errors: StructureError[],
): void {
  const years = new Map<number, string>();
  let previous: number | null = null;
  (history ?? []).forEach((entry, hi) => {
    const path = jsonPath([...base, "history", hi, "year"]);
    const { year } = entry;
    const other = years.get(year);
    if (year >= current) {
      errors.push({ path, message: same("domain.structure.historyNotBefore", { path, year, current }) });
    } else if (other !== undefined) {
      errors.push({ path, message: same("domain.structure.historyDuplicateYear", { path, year, other }) });
    } else if (previous !== null && year < previous) {
      errors.push({ path, message: same("domain.structure.historyOrder", { path, year, previous }) });
    }
    if (other === undefined) years.set(year, path);
    previous = previous === null ? year : Math.max(previous, year);
  });
}

/** True when `s` holds a UTF-16 surrogate without its pair. (A loop rather than a lookbehind
 * regular expression, which older Safari, and so Excel on older Macs, cannot even parse.) */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/** Object keys holding a lone UTF-16 surrogate, anywhere in the value (walked without recursion). */
function invalidKeyErrors(root: unknown): StructureError[] {
  const errors: StructureError[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === "object") {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        const keyPath = [...path, key];
        if (hasLoneSurrogate(key)) {
          const at = jsonPath(keyPath);
          errors.push({
            path: at,
            message: same("domain.structure.invalidKey", { path: at, key: JSON.stringify(key) }),
          });
        } else {
          stack.push({ value: (value as Record<string, unknown>)[key], path: keyPath });
        }
      }
    }
  }
  return errors;
}

function capped(errors: StructureError[]): StructureError[] {
  if (errors.length <= MAX_STRUCTURE_ERRORS) return errors;
  const rest = errors.length - MAX_STRUCTURE_ERRORS;
  return [
    ...errors.slice(0, MAX_STRUCTURE_ERRORS),
    { path: "$", message: same("domain.structure.moreErrors", { count: rest }), omitted: rest },
  ];
}

/** Checks a parsed JSON value against the schema and the semantic rules. */
export function parseGoalStructure(json: unknown): StructureResult {
  let units: OutputUnit[];
  try {
    const result = getValidator().validate(json);
    units = result.valid ? [] : result.errors;
  } catch (e) {
    // A key holding a lone surrogate cannot be encoded into the validator's JSON pointers. Such a
    // key is never one the schema allows, so it is reported as the unknown key it is.
    const invalid = invalidKeyErrors(json);
    if (invalid.length > 0) return { ok: false, errors: capped(invalid) };
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: "$", message: same("domain.structure.unreadable", { detail }) }] };
  }
  if (units.length > 0) {
    const seen = new Set<string>();
    const errors: StructureError[] = [];
    for (const unit of units) {
      for (const error of mapSchemaError(json, unit)) {
        const key = `${error.path}\u0000${error.message.en}`;
        if (!seen.has(key)) {
          seen.add(key);
          errors.push(error);
        }
      }
    }
    return { ok: false, errors: capped(errors) };
  }
  const { $schema: _ignored, ...rest } = json as GoalStructure & { $schema?: string };
  const structure = rest as GoalStructure;
  const semantic = [...semanticErrors(structure), ...indicatorFormatErrors(structure)];
  if (semantic.length > 0) return { ok: false, errors: capped(semantic) };
  return { ok: true, structure };
}

/** Parses JSON text, then checks it. A syntax error gives one error at "$" naming line and column. */
export function parseGoalStructureText(text: string): StructureResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    return { ok: false, errors: [{ path: "$", message: same("domain.structure.emptyFile", {}) }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [{ path: "$", message: jsonSyntaxMessage(body, e) }] };
  }
  return parseGoalStructure(json);
}

function jsonSyntaxMessage(text: string, e: unknown): Bilingual {
  const problem = findJsonSyntaxProblem(text);
  if (problem === null) {
    const detail = e instanceof Error ? e.message : String(e);
    return same("domain.structure.jsonOther", { detail });
  }
  if (problem.atEnd) return same("domain.structure.jsonEnd", {});
  const char = showValue(String.fromCodePoint(text.codePointAt(problem.offset) ?? 0x3f));
  return bilingual("domain.structure.jsonSyntax", (lang) => ({
    problem: t(lang, "domain.structure.jsonUnexpected", { char }),
    line: problem.line,
    column: problem.column,
  }));
}

/** "path: message" is already in the message; this picks the language. */
export function formatStructureError(error: StructureError, lang: Lang): string {
  return error.message[lang];
}
