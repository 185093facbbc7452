// Which sheets are the add-in's, decided from what a look at the workbook found. Pure: the
// Office.js adapter (src/excel/transport.ts) fills the plain records below from two syncs (a
// probe of names, then a read of what the probe found) and acts on the answers; nothing here
// knows Excel's types, so every decision can be tested on plain data.
//
// The officials own the goal table and every sheet the add-in did not make. The add-in's own
// sheets carry a defined name (MARKER) and are cleared and rewritten freely; a sheet that merely
// has the add-in's name is someone's, unless it is empty or recognisably a summary the CLI wrote.
import { LANGS, type Lang } from "../domain";
import { both, t, type Params, type StringKey } from "../i18n/adapterStrings";
import { parseRange } from "./a1";
import { AREA_TABLE, GOAL_TABLE, INFO_TABLE, PROGRAM_TABLE } from "./layout";
import type { TableData } from "./read";
import type { SheetRole } from "./types";
import { TYPED, onlyHeading, type TypedRole } from "./typedHeading";

export type { SheetRole } from "./types";

/** The sheets the add-in makes, in tab order. */
export const ROLES: readonly SheetRole[] = ["goals", "summary", "history", "indicators", "structure"];

/**
 * Defined names that mark the sheets the add-in made. A workbook-scoped name that refers to A1
 * of the sheet follows the sheet when it is renamed or moved, is saved in the file, needs no
 * newer API than the rest (ExcelApi 1.4), and cannot be confused with anything a user makes.
 * A user's own sheet called "Sammanfattning" has no such name, so the add-in leaves it alone.
 */
export const MARKER: Readonly<Record<SheetRole, string>> = {
  goals: "Maluppfoljning_Blad_Mal",
  summary: "Maluppfoljning_Blad_Sammanfattning",
  history: "Maluppfoljning_Blad_Historik",
  structure: "Maluppfoljning_Blad_Struktur",
  indicators: "Maluppfoljning_Blad_Indikatorer",
};

/**
 * The start of every other defined name a sheet of `role` owns (e.g. the summary's live counts):
 * its marker and "_". A refresh replaces exactly the names that start so; no one else's name can.
 */
export function ownedNamePrefix(role: SheetRole): string {
  return `${MARKER[role]}_`;
}

const ROLE_SHEET_KEY = {
  goals: "wb.sheet.goals",
  summary: "wb.sheet.summary",
  history: "wb.sheet.history",
  structure: "wb.sheet.structure",
  indicators: "ind.sheet.name",
} as const;

/** The sheet name a role gets in a language ("Mål" / "Goals"). */
export function roleSheetName(role: SheetRole, lang: Lang): string {
  return t(lang, ROLE_SHEET_KEY[role]);
}

export const STRUCTURE_TABLES = [INFO_TABLE, PROGRAM_TABLE, AREA_TABLE] as const;

/** What the probe found: names only. */
export interface Probe {
  sheets: { name: string; visibility: string }[];
  /** Table names, upper-cased (Excel compares them ignoring case). */
  tables: Set<string>;
  /** The sheet each marker refers to, when the marker exists and its sheet still does. */
  markers: Record<SheetRole, string | null>;
  /** Every workbook-scoped defined name. */
  names: string[];
  /** Whether the marker name exists at all (a broken one must be deleted before it is re-added). */
  markerExists: Record<SheetRole, boolean>;
  /**
   * The workbook's structure is protected (Review › Protect Workbook): no sheet can be added.
   * Absent where it is not read (the CLI's files: ExcelJS adds sheets regardless).
   */
  structureProtected?: boolean;
}

/** A table as read: where it is and its cell text. */
export interface TableRead extends TableData {
  /** Address of the whole table on its sheet, e.g. "A3:J75" (header and body). */
  range: string;
  /** Whether the table's sheet is protected. */
  sheetProtected: boolean;
  /** Address of the data body on its sheet, e.g. "A4:J75" (no header, no totals row). */
  bodyAddress: string;
  /**
   * Nothing on the sheet holds a value below the table's last row, so rows can be appended by
   * writing right below it (the table grows over them) instead of `rows.add`, which makes
   * co-authors' merges conflict. Absent when not read: then rows are added as before.
   */
  belowEmpty?: boolean;
  /**
   * Nothing on the sheet holds a value right of the table's last column, so columns can be added
   * at its end (src/plan/previousColumns.ts). Absent when not read.
   */
  rightEmpty?: boolean;
  /**
   * A filter hides some of the table's rows (autoFilter.isDataFiltered, ExcelApi 1.9). Absent
   * where it could not be read (an older Excel, the CLI's files).
   */
  filtered?: boolean;
}

/** What the read found about a sheet that may become one of the add-in's sheets. */
export interface SheetRead {
  name: string;
  protected: boolean;
  /** Used range, values only (sheet-local address), or null for an empty sheet. */
  usedValues: string | null;
  /** Used range including formats (sheet-local address), or null. */
  usedAll: string | null;
  /** Formulas of A1:J8, for recognising a summary sheet written by the CLI. */
  top: (string | number | boolean)[][] | null;
  /** Names of the tables on the sheet. */
  tables: string[];
  /** Names of the charts on the sheet (absent: not read, as by the CLI's reader). */
  charts?: string[];
}

export interface WorkbookRead {
  probe: Probe;
  goals: TableRead | null;
  info: TableRead | null;
  programs: TableRead | null;
  areas: TableRead | null;
  /** The history table (src/plan/history.ts); its body only when the read asked for it. */
  history?: TableRead | null;
  /** The indicator table (src/plan/indicatorSheet.ts), read with the history. */
  indicators?: TableRead | null;
  /** Sheets by name (case as in the workbook) for every candidate sheet that exists. */
  sheets: Map<string, SheetRead>;
}

/** What the read after the probe fetches. */
export interface ReadPlan {
  /** Read the goal table's body (validate, merge, summary); header and position always. */
  goalBody: boolean;
  /** Read the history table's body too (absent: no), in the same request. */
  history?: boolean;
  /** Sheet names (any role, any language) whose used range and protection matter. */
  sheets: string[];
}

/** Why a command will not go on, in both languages; the adapter turns it into its error. */
export interface Refusal {
  code:
    | "protected-sheet"
    | "sheet-name-taken"
    | "filtered-table"
    | "table-missing"
    | "header-missing"
    | "invalid-input"
    | "validation-errors";
  messages: { sv: string; en: string };
}

export type Decision<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export function refusal(code: Refusal["code"], key: StringKey, params?: Params): Refusal {
  return { code, messages: both(key, params) };
}

const refused = (code: Refusal["code"], key: StringKey, params?: Params): Decision<never> => ({
  ok: false,
  refusal: refusal(code, key, params),
});
const decided = <T>(value: T): Decision<T> => ({ ok: true, value });

export const sameName = (a: string, b: string): boolean =>
  a.toLocaleUpperCase("sv") === b.toLocaleUpperCase("sv");

export function hasTable(probe: Probe, name: string): boolean {
  return probe.tables.has(name.toLocaleUpperCase("sv"));
}

/** The sheet called `name` ignoring case, as the workbook spells it. */
export function findSheet(probe: Probe, name: string): string | null {
  return probe.sheets.find((s) => sameName(s.name, name))?.name ?? null;
}

/** Candidate sheet names for every role in every language, plus where the markers point. */
export function candidateSheets(probe: Probe): string[] {
  const names = new Set<string>();
  for (const role of ROLES) {
    for (const lang of LANGS) {
      const found = findSheet(probe, roleSheetName(role, lang));
      if (found) names.add(found);
    }
    const marked = probe.markers[role];
    if (marked) names.add(marked);
  }
  return [...names];
}

/**
 * What to read after the probe, or null when there is nothing to read (no table of the add-in's
 * and, when sheets matter, no candidate sheet): then the command saves a sync.
 */
export function readPlan(
  probe: Probe,
  want: { goalBody: boolean; sheets: boolean; history?: boolean },
): ReadPlan | null {
  const sheets = want.sheets ? candidateSheets(probe) : [];
  const anything =
    sheets.length > 0 || hasTable(probe, GOAL_TABLE) || STRUCTURE_TABLES.some((n) => hasTable(probe, n));
  return anything ? { goalBody: want.goalBody, history: want.history === true, sheets } : null;
}

/** The read of a workbook where the probe found nothing to read. */
export function nothingRead(probe: Probe): WorkbookRead {
  return { probe, goals: null, info: null, programs: null, areas: null, history: null, sheets: new Map() };
}

/** What happens to a sheet's marker: kept, added, or (a broken one) deleted and added again. */
export type MarkerAction = "keep" | "add" | "replace";

/** Where an add-in sheet goes and what happens to what is there. */
export interface SheetTarget {
  role: SheetRole;
  name: string;
  /** create: a new sheet; reuse: an empty sheet by that name; rewrite: our own sheet, cleared. */
  action: "create" | "reuse" | "rewrite";
  /** Tables on the sheet now (deleted before it is written again). */
  tables: string[];
  marker: MarkerAction;
  /** The names the sheet owns now (ownedNamePrefix): deleted before its plan adds its own. */
  names: string[];
  /**
   * The charts on a sheet the add-in rewrites: deleted before the sheet is written again, as its
   * cells are cleared (clearing leaves charts in place). Every one of them, not only those named
   * CHART_NAME_PREFIX: a drawing cut short between adding a chart and naming it leaves one under
   * Excel's default name, which the next refresh could not tell from a user's. The sheet is the
   * add-in's whole; the README says so, and where a user's own charts belong.
   */
  charts?: string[];
}

type FoundSheet = Omit<SheetTarget, "names">;

/** The target with the names its role owns in the workbook now. */
function withOwnedNames(probe: Probe, found: Decision<FoundSheet>): Decision<SheetTarget> {
  if (!found.ok) return found;
  // Refused here, before anything is written: Excel would refuse the new sheet only after the
  // command's other writes had landed, and every retry would fail the same way.
  if (found.value.action === "create" && probe.structureProtected === true)
    return refused("protected-sheet", "xl.error.structureProtected", { sheet: found.value.name });
  const prefix = ownedNamePrefix(found.value.role).toLocaleUpperCase("sv");
  const names = probe.names.filter((n) => n.toLocaleUpperCase("sv").startsWith(prefix));
  return decided({ ...found.value, names });
}

/** The marker a sheet of `role` needs: none when `marked` already, else a fresh one. */
export function markerAction(probe: Probe, role: SheetRole, marked: boolean): MarkerAction {
  if (marked) return "keep";
  return probe.markerExists[role] ? "replace" : "add";
}

/** True when A1:J8 holds the summary title and a count over the goal table: a summary the CLI wrote. */
export function looksLikeOurSummary(sheet: SheetRead): boolean {
  const top = sheet.top ?? [];
  const title = String(top[0]?.[0] ?? "");
  const titled = LANGS.some((l) => title.startsWith(t(l, "wb.summary.title").split("{")[0]));
  // Its counts refer to the goal table, directly (older versions) or through the summary's names.
  const marks = [`${GOAL_TABLE}[`, ownedNamePrefix("summary")];
  const counts = top.some((row) =>
    row.some((v) => typeof v === "string" && marks.some((m) => v.includes(m))),
  );
  return titled && counts;
}

const protectedSheet = (sheet: string): Decision<never> =>
  refused("protected-sheet", "xl.error.protectedSheet", { sheet });
const nameTaken = (sheet: string): Decision<never> =>
  refused("sheet-name-taken", "xl.error.sheetNameTaken", { sheet });

/**
 * Finds the sheet for the summary or structure role: the marked sheet (ours, whatever it is now
 * called), else the sheet holding the structure tables, else the localized name — reused when
 * empty, adopted when it is recognisably ours (written by the CLI), refused otherwise.
 */
export function resolveSheet(
  role: "summary" | "structure",
  read: WorkbookRead,
  lang: Lang,
): Decision<SheetTarget> {
  const target = withOwnedNames(read.probe, findRoleSheet(role, read, lang));
  if (!target.ok || target.value.action !== "rewrite") return target;
  const charts = read.sheets.get(target.value.name)?.charts ?? [];
  return charts.length === 0 ? target : decided({ ...target.value, charts });
}

function findRoleSheet(role: "summary" | "structure", read: WorkbookRead, lang: Lang): Decision<FoundSheet> {
  const probe = read.probe;
  // The sheet holding the goal table is the officials': never cleared, whatever points at it.
  const goalSheet = read.goals?.sheet ?? null;
  const notGoalSheet = (name: string | null): string | null =>
    name !== null && goalSheet !== null && sameName(name, goalSheet) ? null : name;
  const fresh = markerAction(probe, role, false);
  const marked = notGoalSheet(probe.markers[role]);
  if (marked) {
    if (read.sheets.get(marked)?.protected) return protectedSheet(marked);
    const tables = read.sheets.get(marked)?.tables ?? [];
    return decided({ role, name: marked, action: "rewrite", tables, marker: "keep" });
  }
  if (role === "structure" && read.info && notGoalSheet(read.info.sheet) !== null) {
    if (read.info.sheetProtected) return protectedSheet(read.info.sheet);
    const tables = STRUCTURE_TABLES.filter((n) => hasTable(probe, n));
    return decided({ role, name: read.info.sheet, action: "rewrite", tables, marker: fresh });
  }
  // Structure tables found on the goal sheet (moved there by someone) are deleted as tables;
  // their cells hold only the add-in's reference data. The sheet itself is left alone.
  const stray = role === "structure" ? STRUCTURE_TABLES.filter((n) => hasTable(probe, n)) : [];
  const wanted = roleSheetName(role, lang);
  const existing = findSheet(probe, wanted);
  if (!existing) return decided({ role, name: wanted, action: "create", tables: stray, marker: fresh });
  if (notGoalSheet(existing) === null) return nameTaken(existing);
  const sheet = read.sheets.get(existing);
  if (sheet?.protected) return protectedSheet(existing);
  if (sheet && sheet.usedValues === null && sheet.tables.length === 0)
    return decided({ role, name: existing, action: "reuse", tables: stray, marker: fresh });
  if (sheet && role === "summary" && looksLikeOurSummary(sheet))
    return decided({ role, name: existing, action: "rewrite", tables: sheet.tables, marker: fresh });
  return nameTaken(existing);
}

/**
 * Where a load creates the history sheet, or null when it writes none. The history is never
 * written over: a workbook with a history table (wherever it is) keeps it as it is, and so does a
 * sheet that holds anything, even the add-in's marked one (its table may have been converted to a
 * range: its cells are still someone's history). So the sheet is created when its name is free,
 * or put on an empty sheet by that name or marked as the history's; otherwise the load goes on
 * without it (never refused for it: a workbook made before the history had no such sheet, and a
 * user's own "Historik" sheet is no reason to stop a load).
 */
export function resolveHistorySheet(read: WorkbookRead, lang: Lang): SheetTarget | null {
  return resolveTypedSheet("history", read, lang);
}

/** The sheets officials type into, which a load creates only where their table is missing. */
export type { TypedRole } from "./typedHeading";

/**
 * Where a load creates the history or the indicator sheet, or null when it writes none: as for
 * the history (above), the indicator sheet holds what officials typed, so it is never written over.
 */
export function resolveTypedSheet(role: TypedRole, read: WorkbookRead, lang: Lang): SheetTarget | null {
  const found = findTypedSheet(role, read, lang);
  if (found === null) return null;
  const target = withOwnedNames(read.probe, decided(found));
  return target.ok ? target.value : null;
}

function findTypedSheet(role: TypedRole, read: WorkbookRead, lang: Lang): FoundSheet | null {
  const probe = read.probe;
  if (hasTable(probe, TYPED[role].table)) return null;
  const goalSheet = read.goals?.sheet ?? null;
  const empty = (name: string): boolean => {
    if (goalSheet !== null && sameName(name, goalSheet)) return false;
    const sheet = read.sheets.get(name);
    if (sheet === undefined || sheet.protected || sheet.tables.length > 0) return false;
    return sheet.usedValues === null || onlyHeading(role, sheet);
  };
  const marked = probe.markers[role];
  if (marked !== null)
    return empty(marked) ? { role, name: marked, action: "reuse", tables: [], marker: "keep" } : null;
  const fresh = markerAction(probe, role, false);
  const wanted = roleSheetName(role, lang);
  const existing = findSheet(probe, wanted);
  if (!existing) return { role, name: wanted, action: "create", tables: [], marker: fresh };
  return empty(existing) ? { role, name: existing, action: "reuse", tables: [], marker: fresh } : null;
}

/**
 * The goal sheet when there is no goal table yet: a new sheet, or an existing one by that name
 * that is empty, or that the add-in marked and holds nothing below the header row (a load that
 * was cut short). Anything else is someone's sheet.
 */
export function resolveGoalSheet(read: WorkbookRead, lang: Lang, headerRow: number): Decision<SheetTarget> {
  return withOwnedNames(read.probe, findGoalSheet(read, lang, headerRow));
}

function findGoalSheet(read: WorkbookRead, lang: Lang, headerRow: number): Decision<FoundSheet> {
  const probe = read.probe;
  const wanted = roleSheetName("goals", lang);
  const existing = findSheet(probe, wanted);
  if (!existing)
    return decided({
      role: "goals",
      name: wanted,
      action: "create",
      tables: [],
      marker: markerAction(probe, "goals", false),
    });
  const sheet = read.sheets.get(existing);
  if (sheet?.protected) return protectedSheet(existing);
  const marked = probe.markers.goals !== null && sameName(probe.markers.goals, existing);
  const usedBottom = sheet?.usedValues ? parseRange(sheet.usedValues).bottom : 0;
  if (
    sheet &&
    ((sheet.usedValues === null && sheet.tables.length === 0) || (marked && usedBottom <= headerRow + 1))
  )
    return decided({
      role: "goals",
      name: existing,
      action: "reuse",
      tables: sheet.tables,
      marker: markerAction(probe, "goals", marked),
    });
  if (marked)
    return refused("sheet-name-taken", "xl.error.goalSheetWithoutTable", {
      sheet: existing,
      table: GOAL_TABLE,
    });
  return nameTaken(existing);
}

/** The goal table's marker when a merge keeps the table where it is (an unmarked table gets one). */
export function goalTableMarker(read: WorkbookRead): MarkerAction {
  return markerAction(read.probe, "goals", read.probe.markers.goals !== null);
}
