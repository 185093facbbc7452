// Reading a goal structure (the interchange JSON) safely: the schema in seeds/ is checked with
// @cfworker/json-schema, an interpreter (no `new Function`), so the same code runs under the task
// pane's content security policy. Its errors are turned into one message per problem, naming the
// JSON path in the form users see in editors ($.programs[0].areas[1].goals[3].status).
// A file that breaks the schema is rejected whole: nothing half-read reaches a workbook.
import { Validator } from "@cfworker/json-schema";
import type { OutputUnit, Schema } from "@cfworker/json-schema";
import { t } from "../i18n";
import type { Params, StringKey } from "../i18n";
import schemaJson from "../../seeds/goal-structure.schema.json";
import bundledJson from "../../seeds/vasteras-2023.json";
import { indicatorFormatErrors } from "./indicatorFormat";
import { findJsonSyntaxProblem } from "./jsonsyntax";
import { allowedValues, showValue } from "./structureEnum";
import type { Bilingual, GoalStructure, Lang } from "./types";

export interface StructureError {
  /** JSON path like $.programs[0].areas[1].goals[3].status ("$" for the whole file). */
  path: string;
  /** Names the path and the problem. */
  message: Bilingual;
  /** Only on the last entry of a shortened list ("… and 450 more errors"): how many were left out. */
  omitted?: number;
}

/** How many errors there were in all, counting those a shortened list leaves out. */
export function structureErrorCount(errors: readonly StructureError[]): number {
  let n = 0;
  for (const e of errors) n += e.omitted ?? 1;
  return n;
}

export type StructureResult =
  { ok: true; structure: GoalStructure } | { ok: false; errors: StructureError[] };

/** The JSON Schema of the interchange format (seeds/goal-structure.schema.json). */
export const GOAL_STRUCTURE_SCHEMA: Schema = schemaJson as Schema;

/** At most this many errors are listed; the rest are counted in a last message. */
export const MAX_STRUCTURE_ERRORS = 50;

let validator: Validator | null = null;
function getValidator(): Validator {
  // Built on first use: dereferencing the schema is the expensive part and happens once.
  validator ??= new Validator(GOAL_STRUCTURE_SCHEMA, "2020-12", false);
  return validator;
}

/** Builds a message in both languages; `params` may differ per language (e.g. type names). */
function bilingual(key: StringKey, params: (lang: Lang) => Params): Bilingual {
  return { sv: t("sv", key, params("sv")), en: t("en", key, params("en")) };
}

/** The same params in both languages. */
function same(key: StringKey, params: Params): Bilingual {
  return bilingual(key, () => params);
}

// A value as JSON for a message, shortened: kept with the enum's values, exported from here as before.
export { showValue };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const LOCAL_DEF = /^#\/\$defs\/(.+)$/;

/** "$" + segments, as `.key`, `["odd key"]` or `[3]`. */
export function jsonPath(segments: readonly (string | number)[]): string {
  let out = "$";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += IDENTIFIER.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  }
  return out;
}

function decodePointer(pointer: string): string[] {
  // cfworker writes "#/a/b" with each segment escaped (~0 ~1) and then URI-encoded.
  if (pointer === "#" || pointer === "") return [];
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .map((seg) => {
      let s = seg;
      try {
        s = decodeURIComponent(seg);
      } catch {
        // keep it as written
      }
      return s.replace(/~1/g, "/").replace(/~0/g, "~");
    });
}

interface Located {
  /** Path segments with array indices as numbers. */
  segments: (string | number)[];
  value: unknown;
  found: boolean;
}

function locateInstance(root: unknown, pointer: string): Located {
  const segments: (string | number)[] = [];
  let value: unknown = root;
  let found = true;
  for (const seg of decodePointer(pointer)) {
    if (Array.isArray(value)) {
      const index = Number(seg);
      segments.push(index);
      value = value[index];
    } else if (value !== null && typeof value === "object") {
      segments.push(seg);
      value = Object.prototype.hasOwnProperty.call(value, seg)
        ? (value as Record<string, unknown>)[seg]
        : undefined;
    } else {
      segments.push(seg);
      value = undefined;
      found = false;
    }
  }
  return { segments, value, found };
}

interface SchemaAt {
  /** The schema object holding the failing keyword. */
  schema: Schema;
  /** The $defs entry it was reached through last, e.g. "id", "color". */
  def: string | null;
}

/** Walks cfworker's keyword location (which passes through "$ref" segments) in our schema. */
function locateSchema(keywordLocation: string): SchemaAt | null {
  const segments = decodePointer(keywordLocation);
  segments.pop(); // the keyword itself
  let current: unknown = GOAL_STRUCTURE_SCHEMA;
  let def: string | null = null;
  for (const seg of segments) {
    if (current === null || typeof current !== "object") return null;
    const node = current as Record<string, unknown>;
    if (seg === "$ref" && typeof node.$ref === "string") {
      const m = LOCAL_DEF.exec(node.$ref);
      if (!m) return null;
      def = m[1];
      current = (GOAL_STRUCTURE_SCHEMA.$defs as Record<string, unknown>)[def];
    } else {
      current = node[seg];
    }
  }
  if (current === null || typeof current !== "object") return null;
  return { schema: current as Schema, def };
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const TYPE_KEYS: Record<string, StringKey> = {
  object: "domain.type.object",
  array: "domain.type.array",
  string: "domain.type.string",
  integer: "domain.type.integer",
  number: "domain.type.number",
  boolean: "domain.type.boolean",
  null: "domain.type.null",
};

function typeName(type: string, lang: Lang): string {
  const key = TYPE_KEYS[type];
  return key ? t(lang, key) : type;
}

const PATTERN_KEYS: Record<string, StringKey> = {
  id: "domain.structure.pattern.id",
  date: "domain.structure.pattern.date",
  color: "domain.structure.pattern.color",
};

// Keywords whose errors only say "something below failed"; the failing leaf is reported instead.
const WRAPPERS = new Set([
  "properties",
  "items",
  "prefixItems",
  "additionalItems",
  "$ref",
  "$recursiveRef",
  "allOf",
  "anyOf",
  "oneOf",
  "if",
  "then",
  "else",
  "not",
  "false",
  "contains",
  "patternProperties",
  "propertyNames",
  "dependentSchemas",
  "unevaluatedItems",
  "unevaluatedProperties",
]);

/** Turns one cfworker error into zero or more of ours. */
function mapSchemaError(root: unknown, unit: OutputUnit): StructureError[] {
  if (WRAPPERS.has(unit.keyword)) return [];
  const at = locateInstance(root, unit.instanceLocation);
  const schemaAt = locateSchema(unit.keywordLocation);
  const path = jsonPath(at.segments);
  const value = at.value;
  const schema = schemaAt?.schema ?? {};
  switch (unit.keyword) {
    case "type": {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "?"];
      return [
        {
          path,
          message: bilingual("domain.structure.type", (lang) => ({
            path,
            expected: types.map((ty) => typeName(String(ty), lang)).join(` ${t(lang, "domain.list.or")} `),
            actual: typeName(jsonType(value), lang),
          })),
        },
      ];
    }
    case "required": {
      const required = Array.isArray(schema.required) ? schema.required : [];
      const obj = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
      return required
        .filter((key) => !Object.prototype.hasOwnProperty.call(obj, key))
        .map((key) => {
          const keyPath = jsonPath([...at.segments, key]);
          return { path: keyPath, message: same("domain.structure.required", { path: keyPath, key }) };
        });
    }
    case "additionalProperties": {
      const allowed = Object.keys(schema.properties ?? {});
      const obj = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
      return Object.keys(obj)
        .filter((key) => !allowed.includes(key))
        .map((key) => {
          const keyPath = jsonPath([...at.segments, key]);
          return {
            path: keyPath,
            message: same("domain.structure.unknownKey", { path: keyPath, key, allowed: allowed.join(", ") }),
          };
        });
    }
    case "enum": {
      const values: unknown[] = Array.isArray(schema.enum) ? schema.enum : [];
      return [
        {
          path,
          message: bilingual("domain.structure.enum", (lang) => ({
            path,
            value: showValue(value),
            allowed: allowedValues(values, lang),
          })),
        },
      ];
    }
    case "pattern": {
      const key = (schemaAt?.def && PATTERN_KEYS[schemaAt.def]) || "domain.structure.pattern";
      return [
        { path, message: same(key, { path, value: showValue(value), pattern: String(schema.pattern) }) },
      ];
    }
    case "minimum":
    case "maximum":
      return [
        {
          path,
          message: same(
            unit.keyword === "minimum" ? "domain.structure.minimum" : "domain.structure.maximum",
            {
              path,
              value: showValue(value),
              limit: Number(schema[unit.keyword]),
            },
          ),
        },
      ];
    case "minLength":
      return [
        {
          path,
          message:
            schema.minLength === 1
              ? same("domain.structure.empty", { path })
              : same("domain.structure.minLength", { path, limit: Number(schema.minLength) }),
        },
      ];
    case "maxLength":
      return [
        {
          path,
          message: same("domain.structure.maxLength", {
            path,
            length: typeof value === "string" ? value.length : 0,
            limit: Number(schema.maxLength),
          }),
        },
      ];
    case "uniqueItems":
      return [{ path, message: same("domain.structure.uniqueItems", { path }) }];
    default:
      return [{ path, message: same("domain.structure.other", { path, keyword: unit.keyword }) }];
  }
}

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

let bundled: GoalStructure | null = null;

/** The bundled example (seeds/vasteras-2023.json), parsed; a fresh copy on every call. */
export function bundledStructure(): GoalStructure {
  if (bundled === null) {
    const result = parseGoalStructure(bundledJson);
    if (!result.ok) {
      // The bundled file is tested; reaching this means the build shipped a broken seed.
      throw new Error(`seeds/vasteras-2023.json: ${result.errors.map((e) => e.message.en).join(" ")}`);
    }
    bundled = result.structure;
  }
  return JSON.parse(JSON.stringify(bundled)) as GoalStructure;
}
