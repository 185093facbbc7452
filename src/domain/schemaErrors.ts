// Schema errors in the domain's words: a JSON path and a bilingual message per problem. cfworker
// reports keyword locations in the schema; this module walks them back to the instance and to the
// $defs entry they came through, so a message can name the field ("the goal's status") rather than
// the schema's internals. Kept apart from structure.ts so the format checks of other parts (the
// indicators) can build errors the same way without importing the parser.
import type { OutputUnit, Schema } from "@cfworker/json-schema";
import { t } from "../i18n";
import type { Params, StringKey } from "../i18n";
import schemaJson from "../../seeds/goal-structure.schema.json";
import { allowedValues, showValue } from "./structureEnum";
import type { Bilingual, Lang } from "./types";

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

/** The JSON Schema of the interchange format (seeds/goal-structure.schema.json). */
export const GOAL_STRUCTURE_SCHEMA: Schema = schemaJson as Schema;

/** Builds a message in both languages; `params` may differ per language (e.g. type names). */
export function bilingual(key: StringKey, params: (lang: Lang) => Params): Bilingual {
  return { sv: t("sv", key, params("sv")), en: t("en", key, params("en")) };
}

/** The same params in both languages. */
export function same(key: StringKey, params: Params): Bilingual {
  return bilingual(key, () => params);
}

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
export function mapSchemaError(root: unknown, unit: OutputUnit): StructureError[] {
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
