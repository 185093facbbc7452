// Requirement sets, checked at run time. Excel 2016 bought outright (no Microsoft 365) stops at
// ExcelApi 1.2 and Excel 2019 at 1.8; Microsoft 365 and Excel on the web have them all. A
// missing set is said plainly, in the user's language, before anything is written.
import type { Lang } from "../domain/types";
import { t, type StringKey } from "../i18n/adapterStrings";

/** What the adapter needs, and the ExcelApi version that brought it. */
export type Feature = "base" | "conditionalFormats" | "validation" | "print" | "charts" | "filters" | "fill";

export const FEATURE_SET: Readonly<Record<Feature, string>> = {
  // getItemOrNullObject, getUsedRangeOrNullObject, workbook settings and defined names (1.4),
  // NamedItem.formula for the sheet markers and freezePanes (1.7).
  base: "1.7",
  conditionalFormats: "1.6",
  validation: "1.8",
  // pageLayout (print orientation, fit to width, title rows): applied when present, never required.
  print: "1.9",
  // The summary's charts (chart and series names, axis and label number formats): drawn when
  // present, never required, like print.
  charts: "1.8",
  // table.autoFilter, to tell a filtered goal table (below it, a filter goes unnoticed).
  filters: "1.9",
  // Range.autoFill: a column of one formula (the goal table's "last year" columns) written once and
  // filled down; without it, the formula goes once per row (src/excel/render.ts).
  fill: "1.9",
};

const FEATURE_TEXT: Readonly<Record<Exclude<Feature, "print" | "charts" | "filters" | "fill">, StringKey>> = {
  base: "xl.feature.base",
  conditionalFormats: "xl.feature.conditionalFormats",
  validation: "xl.feature.validation",
};

export interface RequirementCheck {
  ok: boolean;
  /** Missing requirement sets, e.g. ["ExcelApi 1.8"], lowest first. */
  missing: string[];
  /** The required features the host lacks. */
  missingFeatures: Feature[];
  /** Every feature, supported or not (optional ones like print included). */
  supported: Record<Feature, boolean>;
}

export type IsSetSupported = (set: string, version: string) => boolean;

/** Features each command needs (print is optional everywhere). */
export const COMMAND_FEATURES = {
  read: ["base"],
  load: ["base", "conditionalFormats", "validation"],
  format: ["base", "conditionalFormats", "validation"],
  fix: ["base"],
  summary: ["base"],
  rollover: ["base"],
  historyImport: ["base"],
  collect: ["base"],
} as const satisfies Record<string, readonly Feature[]>;

export function checkRequirements(
  isSetSupported: IsSetSupported,
  required: readonly Feature[] = COMMAND_FEATURES.load,
): RequirementCheck {
  const supported = {} as Record<Feature, boolean>;
  for (const f of Object.keys(FEATURE_SET) as Feature[]) {
    let ok = false;
    try {
      ok = isSetSupported("ExcelApi", FEATURE_SET[f]);
    } catch {
      ok = false;
    }
    supported[f] = ok;
  }
  const missingFeatures = required.filter((f) => !supported[f]);
  const versions = [...new Set(missingFeatures.map((f) => FEATURE_SET[f]))].sort(
    (a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]),
  );
  return {
    ok: missingFeatures.length === 0,
    missing: versions.map((v) => `ExcelApi ${v}`),
    missingFeatures,
    supported,
  };
}

/** "Den här versionen av Excel saknar ExcelApi 1.8, som behövs för …" */
export function requirementsMessage(check: RequirementCheck, lang: Lang): string {
  const features = check.missingFeatures
    .filter((f): f is Exclude<Feature, "print" | "charts" | "filters" | "fill"> => f in FEATURE_TEXT)
    .map((f) => t(lang, FEATURE_TEXT[f]));
  return t(lang, "xl.requirements.missing", {
    sets: check.missing.join(", "),
    features: joinList(features, t(lang, "xl.feature.joiner")),
  });
}

function joinList(items: string[], joiner: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${joiner}${items[items.length - 1]}`;
}

/**
 * The host's own check. Office.js answers for the document's host; outside Office (tests, the
 * CLI) there is no `Office` global and every set counts as present.
 */
export function hostIsSetSupported(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return true;
  return requirements.isSetSupported(set, version);
}
