// The structure sheet ("Struktur" / "Structure"): the programmes and målområden the goal table
// is followed up against, in three small tables found by name:
//   Maluppfoljning_Info     organisation, year, source, note, language (item | value)
//   Maluppfoljning_Program  one row per programme, with the figures the source published
//   Maluppfoljning_Omraden  one row per målområde
// Reading a workbook back needs this reference: without it a misspelt programme or area in the
// goal table could not be told from a new one, and `summary` could not reconcile against the
// published figures. It is visible rather than hidden so that analysts can see what the
// add-in checks against. Focus areas, steering documents and SDG names are not written: nothing
// read back from a workbook depends on them.
import {
  STATUSES,
  TRENDS,
  statusLabel,
  trendLabel,
  type GoalStructure,
  type Lang,
  type Program,
} from "../domain";
import { t, type StringKey } from "../i18n";
import { columnLetter, rangeAddress } from "./a1";
import { NOTE_FONT } from "./colors";
import { rulesCellText, rulesPieces } from "./rulesCell";
import {
  AREA_TABLE,
  INFO_TABLE,
  PROGRAM_TABLE,
  block,
  fitWidth,
  headerRowFormat,
  numericFormats,
} from "./layout";
import type { CellBlock, ColumnPlan, PlanValue, RangeFormat, SheetPlan, TablePlan } from "./types";

/** Keys of the rows of the info table, in order. */
export const INFO_ITEMS = [
  "organisation",
  "year",
  "source",
  "note",
  "language",
  "municipality",
  "municipalityName",
  "rules",
] as const;
/** Rows written only when the structure has them (its Kolada municipality, its suggestion rules). */
const OPTIONAL_INFO: ReadonlySet<InfoItem> = new Set<InfoItem>(["municipality", "municipalityName", "rules"]);
export type InfoItem = (typeof INFO_ITEMS)[number];

export const INFO_ITEM_KEY: Record<InfoItem, StringKey> = {
  organisation: "wb.structure.organisation",
  year: "wb.structure.year",
  source: "wb.structure.source",
  note: "wb.structure.note",
  language: "wb.structure.language",
  municipality: "ind.info.municipality",
  municipalityName: "ind.info.municipalityName",
  rules: "ind.info.rules",
};

/** Columns of the programme table, in order. */
export const PROGRAM_FIELDS = [
  "id",
  "name",
  "kind",
  "adopted",
  "reference",
  "parent",
  "reported.total",
  "reported.status.red",
  "reported.status.yellow",
  "reported.status.green",
  "reported.trend.up",
  "reported.trend.flat",
  "reported.trend.down",
  "reported.source",
] as const;
export type ProgramField = (typeof PROGRAM_FIELDS)[number];

/** Columns of the area table, in order. */
export const AREA_FIELDS = ["programId", "id", "name", "sdgs"] as const;
export type AreaField = (typeof AREA_FIELDS)[number];

export function programFieldHeader(field: ProgramField, lang: Lang): string {
  switch (field) {
    case "id":
      return t(lang, "wb.structure.programId");
    case "name":
      return t(lang, "wb.col.program");
    case "kind":
      return t(lang, "wb.structure.kind");
    case "adopted":
      return t(lang, "wb.structure.adopted");
    case "reference":
      return t(lang, "wb.structure.reference");
    case "parent":
      return t(lang, "wb.structure.parent");
    case "reported.total":
      return t(lang, "wb.structure.reported", { what: t(lang, "wb.summary.goals") });
    case "reported.source":
      return t(lang, "wb.structure.reportedSource");
    default: {
      const [, group, value] = field.split(".");
      const label =
        group === "status"
          ? statusLabel(value as (typeof STATUSES)[number], lang)
          : trendLabel(value as (typeof TRENDS)[number], lang);
      return t(lang, "wb.structure.reported", { what: label });
    }
  }
}

export function areaFieldHeader(field: AreaField, lang: Lang): string {
  const key: Record<AreaField, StringKey> = {
    programId: "wb.structure.programId",
    id: "wb.structure.areaId",
    name: "wb.col.area",
    sdgs: "wb.col.sdgs",
  };
  return t(lang, key[field]);
}

export function kindLabel(kind: Program["kind"], lang: Lang): string | null {
  if (kind === "actionPlan") return t(lang, "wb.structure.kind.actionPlan");
  if (kind === "program") return t(lang, "wb.structure.kind.program");
  return null;
}

function programValue(p: Program, field: ProgramField, lang: Lang): PlanValue {
  const r = p.reported;
  switch (field) {
    case "id":
      return p.id;
    case "name":
      return p.name;
    case "kind":
      return kindLabel(p.kind, lang);
    case "adopted":
      // Kept as ISO text: a date value would be shown in the reader's locale and read back
      // as a serial number.
      return p.adopted ?? null;
    case "reference":
      return p.reference ?? null;
    case "parent":
      return p.parent ?? null;
    case "reported.total":
      return r ? r.total : null;
    case "reported.source":
      return r?.source ?? null;
    default: {
      if (!r) return null;
      const [, group, value] = field.split(".");
      return group === "status"
        ? r.status[value as (typeof STATUSES)[number]]
        : r.trend[value as (typeof TRENDS)[number]];
    }
  }
}

export function buildStructureSheet(structure: GoalStructure, lang: Lang, goalSheet: string): SheetPlan {
  const blocks: CellBlock[] = [];
  const formats: RangeFormat[] = [];
  const tables: TablePlan[] = [];

  blocks.push(block(1, 1, [[t(lang, "wb.structure.title")]]));
  formats.push({ range: "A1", format: { bold: true, fontSize: 14, wrap: false } });
  blocks.push(block(2, 1, [[t(lang, "wb.structure.intro", { sheet: goalSheet })]]));
  formats.push({ range: "A2", format: { italic: true, fontColor: NOTE_FONT, wrap: false } });

  const addTable = (name: string, top: number, columns: string[], rows: PlanValue[][]): number => {
    const body = rows.length > 0 ? rows : [columns.map(() => null)];
    const range = rangeAddress(top, 1, top + body.length, columns.length);
    tables.push({ name, range, columns, rows: body, style: "TableStyleLight1", showRowStripes: true });
    formats.push(headerRowFormat(rangeAddress(top, 1, top, columns.length)));
    return top + body.length + 2; // one blank row between tables
  };

  const info: Record<InfoItem, PlanValue> = {
    organisation: structure.organisation,
    year: structure.year,
    source: structure.source ?? null,
    note: structure.note ?? null,
    language: lang,
    municipality: structure.municipality?.id ?? null,
    municipalityName: structure.municipality?.name ?? null,
    rules: rulesCellText(structure),
  };
  let row = 4;
  row = addTable(
    INFO_TABLE,
    row,
    [t(lang, "wb.structure.item"), t(lang, "wb.structure.value")],
    INFO_ITEMS.filter((item) => !OPTIONAL_INFO.has(item) || info[item] !== null).flatMap((item) => {
      const label = t(lang, INFO_ITEM_KEY[item]);
      const value = info[item];
      // The rules may exceed one cell: a row per piece, under the same label.
      if (item === "rules" && typeof value === "string") return rulesPieces(value).map((v) => [label, v]);
      return [[label, value]];
    }),
  );
  row = addTable(
    PROGRAM_TABLE,
    row,
    PROGRAM_FIELDS.map((f) => programFieldHeader(f, lang)),
    structure.programs.map((p) => PROGRAM_FIELDS.map((f) => programValue(p, f, lang))),
  );
  addTable(
    AREA_TABLE,
    row,
    AREA_FIELDS.map((f) => areaFieldHeader(f, lang)),
    structure.programs.flatMap((p) => p.areas.map((a) => [p.id, a.id, a.name, a.sdgs.join(", ") || null])),
  );

  // Widths: every column holds parts of several tables; fit the widest, wrap the long texts
  // (the source and the note in the info table's value column).
  const columnCount = Math.max(...tables.map((tb) => tb.columns.length));
  const texts: string[][] = Array.from({ length: columnCount }, () => []);
  for (const tb of tables) {
    tb.columns.forEach((h, j) => texts[j].push(...h.split(" ")));
    for (const r of tb.rows) r.forEach((v, j) => texts[j].push(v === null ? "" : String(v)));
  }
  const columns: ColumnPlan[] = texts.map((colTexts, j) => ({
    column: columnLetter(j + 1),
    width: fitWidth(colTexts, j === 1 ? 30 : 10, j === 1 ? 70 : 36),
    format: { numberFormat: "@", vertical: "top", wrap: true },
  }));
  formats.push(...numericFormats(blocks, tables));

  return {
    name: t(lang, "wb.sheet.structure"),
    role: "structure",
    columns,
    blocks,
    tables,
    formats,
    validations: [],
    conditionalFormats: [],
    merges: [],
    rowHeights: [],
    autoRowHeights: true,
    names: [],
    freezeRows: 0,
    print: { orientation: "landscape", fitToWidth: true, titleRows: null },
  };
}
