// The indicator sheet ("Indikatorer" / "Indicators"): every goal's indicators in one table,
// Maluppfoljning_Indikatorer, one row per indicator: goal ID | indicator ID | name | unit |
// direction | baseline year, value | target year, value | source | Kolada KPI | gender | one column
// per year | source of values. Officials type values into the year columns; src/plan/indicatorRead.ts
// reads the table back into each goal's `indicators`. Like the history sheet, a load creates it
// only when the workbook has no indicator table and never draws it over the officials' values
// (src/plan/ownership.ts, resolveTypedSheet); `kolada` and `rollover` on an .xlsx draw it again
// from what was read, with the fetched values or the new year's column.
//
// Kolada's terms ask for attribution: the last column names the years whose values came from
// Kolada and the date they were fetched ("Källa: Kolada, hämtad 2026-12-03 (2019–2023)"), and the
// note above the table says that statuses computed from them are ours, not Kolada's.
import type { GoalStructure, Indicator, IndicatorDirection, Lang, MeasuredValue } from "../domain";
import { t, type StringKey } from "../i18n";
import { rangeAddress } from "./a1";
import { NOTE_FONT } from "./colors";
import { INDICATOR_TABLE, block, fitWidth, headerRowFormat, letters } from "./layout";
import type { CellBlock, ColumnPlan, PlanValue, RangeFormat, SheetPlan, TablePlan } from "./types";

/** The row of the table's header: below the title, the intro, the attribution and a blank row. */
export const INDICATOR_HEADER_ROW = 5;

/** The columns before the year columns, in order; `attribution` comes after them. */
export const INDICATOR_FIELDS = [
  "goalId",
  "id",
  "name",
  "unit",
  "direction",
  "baselineYear",
  "baselineValue",
  "targetYear",
  "targetValue",
  "source",
  "kpi",
  "gender",
  "attribution",
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

const HEADER_KEY: Record<IndicatorField, StringKey> = {
  goalId: "wb.col.id",
  id: "ind.col.id",
  name: "ind.col.name",
  unit: "ind.col.unit",
  direction: "ind.col.direction",
  baselineYear: "ind.col.baselineYear",
  baselineValue: "ind.col.baselineValue",
  targetYear: "ind.col.targetYear",
  targetValue: "ind.col.targetValue",
  source: "wb.structure.source",
  kpi: "ind.col.kpi",
  gender: "ind.col.gender",
  attribution: "ind.col.attribution",
};

export function indicatorFieldHeader(field: IndicatorField, lang: Lang): string {
  return t(lang, HEADER_KEY[field]);
}

export function directionLabel(direction: IndicatorDirection, lang: Lang): string {
  return t(lang, direction === "increase" ? "ind.direction.increase" : "ind.direction.decrease");
}

export function sourceLabel(kind: "manual" | "kolada", lang: Lang): string {
  return t(lang, kind === "kolada" ? "ind.source.kolada" : "ind.source.manual");
}

/** True when any goal of the structure has an indicator: only then the workbook gets the sheet. */
export function hasIndicators(structure: GoalStructure): boolean {
  return structure.programs.some((p) =>
    p.areas.some((a) => a.goals.some((g) => (g.indicators ?? []).length > 0)),
  );
}

/** "2019–2021, 2023": years as runs. */
export function yearRuns(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return runs.join(", ");
}

/**
 * The attribution of an indicator's fetched values: one part per fetch date, each naming Kolada,
 * the date and the years; null when no value came from Kolada.
 */
export function attributionText(values: readonly MeasuredValue[], lang: Lang): string | null {
  const byDate = new Map<string, number[]>();
  for (const v of values) {
    if (v.source !== "kolada") continue;
    const date = v.fetched ?? "";
    byDate.set(date, [...(byDate.get(date) ?? []), v.year]);
  }
  if (byDate.size === 0) return null;
  const parts = [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, years]) =>
      date === ""
        ? t(lang, "ind.sheet.koladaSourceUndated", { years: yearRuns(years) })
        : t(lang, "ind.sheet.koladaSource", { date, years: yearRuns(years) }),
    );
  return parts.join("; ");
}

/** The years of the year columns: from the earliest baseline or value year to the follow-up year. */
export function indicatorYears(structure: GoalStructure): number[] {
  let first = Infinity;
  let last = structure.year > 0 ? structure.year : -Infinity;
  for (const p of structure.programs)
    for (const a of p.areas)
      for (const g of a.goals)
        for (const ind of g.indicators ?? []) {
          first = Math.min(first, ind.baseline.year);
          last = Math.max(last, ind.baseline.year);
          for (const v of ind.values ?? []) {
            first = Math.min(first, v.year);
            last = Math.max(last, v.year);
          }
        }
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function indicatorRow(goalId: string, ind: Indicator, years: readonly number[], lang: Lang): PlanValue[] {
  const source = ind.source ?? { kind: "manual" as const };
  const byYear = new Map((ind.values ?? []).map((v) => [v.year, v.value]));
  return [
    goalId,
    ind.id,
    ind.name,
    ind.unit === undefined || ind.unit === "" ? null : ind.unit,
    directionLabel(ind.direction, lang),
    ind.baseline.year,
    ind.baseline.value,
    ind.target.year,
    ind.target.value,
    sourceLabel(source.kind, lang),
    source.kind === "kolada" ? source.kpi : null,
    source.kind === "kolada" ? (source.gender ?? "T") : null,
    ...years.map((y) => byYear.get(y) ?? null),
    // Only the years the sheet has a column for, as on the live sheet (indicatorWrites.ts).
    attributionText(
      (ind.values ?? []).filter((v) => years.includes(v.year)),
      lang,
    ),
  ];
}

const NUMERIC: ReadonlySet<IndicatorField> = new Set([
  "baselineYear",
  "baselineValue",
  "targetYear",
  "targetValue",
]);

export function buildIndicatorSheet(structure: GoalStructure, lang: Lang, goalSheet: string): SheetPlan {
  const years = indicatorYears(structure);
  const fields = INDICATOR_FIELDS.filter((f) => f !== "attribution");
  const columns = [
    ...fields.map((f) => indicatorFieldHeader(f, lang)),
    ...years.map(String),
    indicatorFieldHeader("attribution", lang),
  ];
  const rows: PlanValue[][] = [];
  for (const p of structure.programs)
    for (const a of p.areas)
      for (const g of a.goals)
        for (const ind of g.indicators ?? []) rows.push(indicatorRow(g.id, ind, years, lang));
  const body = rows.length > 0 ? rows : [columns.map(() => null)];
  const top = INDICATOR_HEADER_ROW;
  const table: TablePlan = {
    name: INDICATOR_TABLE,
    range: rangeAddress(top, 1, top + body.length, columns.length),
    columns,
    rows: body,
    style: "TableStyleLight1",
    showRowStripes: true,
  };
  const blocks: CellBlock[] = [
    block(1, 1, [[t(lang, "ind.sheet.title")]]),
    block(2, 1, [[t(lang, "ind.sheet.intro", { sheet: goalSheet })]]),
    block(3, 1, [[t(lang, "ind.sheet.attribution")]]),
  ];
  const formats: RangeFormat[] = [
    { range: "A1", format: { bold: true, fontSize: 14, wrap: false } },
    { range: "A2:A3", format: { italic: true, fontColor: NOTE_FONT, wrap: false } },
    // The year headers read as numbers: the header row is text like every other text cell.
    headerRowFormat(rangeAddress(top, 1, top, columns.length), { numberFormat: "@" }),
  ];
  // Numbers stay numbers (General, so 12.5 shows as typed); every other column is text.
  const numericAt = (j: number): boolean =>
    j < fields.length ? NUMERIC.has(fields[j]) : j < columns.length - 1;
  const columnPlans: ColumnPlan[] = letters(columns.length).map((column, j) => {
    const texts = [...columns[j].split(" "), ...body.map((r) => (r[j] === null ? "" : String(r[j])))];
    const attribution = j === columns.length - 1;
    return {
      column,
      width: fitWidth(texts, numericAt(j) ? 8 : 10, attribution ? 60 : fields[j] === "name" ? 40 : 24),
      format: numericAt(j)
        ? { numberFormat: "General", vertical: "top", horizontal: "right" }
        : { numberFormat: "@", vertical: "top", wrap: fields[j] === "name" || attribution },
    };
  });
  return {
    name: t(lang, "ind.sheet.name"),
    role: "indicators",
    columns: columnPlans,
    blocks,
    tables: [table],
    formats,
    validations: [],
    conditionalFormats: [],
    merges: [],
    rowHeights: [],
    autoRowHeights: true,
    names: [],
    freezeRows: INDICATOR_HEADER_ROW,
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${top}:${top}` },
  };
}
