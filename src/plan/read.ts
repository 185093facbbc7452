// Reading a workbook back: from the cell text of its tables to the domain's goal rows and the
// reference structure they are checked against. Pure, so the .xlsx reader (src/xlsx/) and the
// Office.js adapter (src/excel/) share it: each only extracts each table's header, body text
// and position, found by table name.
//
// Columns are found by header, in either language (or by the column key itself, e.g.
// "status"), ignoring case and extra spaces, so reordered columns and columns a user added are
// fine. Body rows whose goal cells are all empty are skipped (officials leave blank rows), but
// every row keeps its position in the table as GoalRow.index, so issue addresses stay right.
import {
  GOAL_COLUMNS,
  HISTORY_FIELDS,
  LANGS,
  STATUSES,
  TRENDS,
  SEVERITY,
  preview,
  requiredColumnKeys,
  type Area,
  type ColumnKey,
  type GoalColumns,
  type GoalRow,
  type GoalStructure,
  type HistoryField,
  type HistoryRow,
  type Issue,
  type Lang,
  type Program,
  type ReportedFigures,
} from "../domain";
import { t } from "../i18n";
import { columnLetter, parseCell, qualifiedAddress } from "./a1";
import type { GoalTableLayout } from "./types";
import { historyFieldHeader } from "./history";
import { readIndicatorTable, type IndicatorTableRead } from "./indicatorRead";
import { parseRulesCell, withStructureRules, type RulesCell } from "./rulesCell";
import { goalHeader, normaliseHeader } from "./layout";
import {
  AREA_FIELDS,
  INFO_ITEMS,
  INFO_ITEM_KEY,
  PROGRAM_FIELDS,
  areaFieldHeader,
  kindLabel,
  programFieldHeader,
  type AreaField,
  type InfoItem,
  type ProgramField,
} from "./structure";

/** One table as a renderer-neutral grid of cell text. */
export interface TableData {
  sheet: string;
  /** The table's top-left (header) cell, e.g. "A3". */
  topLeft: string;
  header: string[];
  /** Body rows as cell text ("" when empty), in sheet order. */
  body: string[][];
}

export interface WorkbookTables {
  goals: TableData;
  info?: TableData | null;
  programs?: TableData | null;
  areas?: TableData | null;
  /** The history table (src/plan/history.ts). */
  history?: TableData | null;
  /** The indicator table (src/plan/indicatorSheet.ts). */
  indicators?: TableData | null;
}

/** The history table as read: its rows' cell text and where each cell is. */
export interface HistoryTableRead {
  rows: HistoryRow[];
  /** "Historik!E7" for a body row (HistoryRow.index) and field. */
  address(row: number, field: HistoryField): string;
}

export interface GoalTableRead {
  rows: GoalRow[];
  /** Programmes and areas (without goals) to check the rows against. */
  reference: GoalStructure;
  /** False when the structure tables were missing and the reference was derived from the rows. */
  referenceFromSheet: boolean;
  lang: Lang;
  /** Position of each found column within the table (0-based). */
  columns: Partial<Record<ColumnKey, number>>;
  /** "Mål!G5" for a body row (GoalRow.index) and column; the id column when column is null. */
  address(row: number, column: ColumnKey | null): string;
  /** Null when the workbook has no history table (or one without a year or goal ID column). */
  history: HistoryTableRead | null;
  /** Absent or null when the workbook has no indicator table (or one without its ID columns). */
  indicators?: IndicatorTableRead | null;
  /** The structure sheet's suggestion rules (src/plan/rulesCell.ts), when it has readable ones. */
  rules?: RulesCell;
  /** The rules cell's problem, at its cell, when it holds rules that cannot be read. */
  rulesIssue?: Issue;
}

export type ReadTablesResult = { ok: true; value: GoalTableRead } | { ok: false; missing: ColumnKey[] };

/**
 * Finds the goal columns by header (or by key). Returns the positions and how many headers each
 * language matched. `columns`: the goal columns to look for (default GOAL_COLUMNS).
 */
export function matchGoalColumns(
  header: string[],
  columns: GoalColumns = GOAL_COLUMNS,
): {
  columns: Partial<Record<ColumnKey, number>>;
  votes: Record<Lang, number>;
} {
  const found: Partial<Record<ColumnKey, number>> = {};
  const votes: Record<Lang, number> = { sv: 0, en: 0 };
  const names = new Map<string, { key: ColumnKey; langs: Lang[] }>();
  for (const { key } of columns) {
    for (const lang of LANGS) {
      const n = normaliseHeader(goalHeader(key, lang, columns));
      const entry = names.get(n) ?? { key, langs: [] };
      entry.langs.push(lang);
      names.set(n, entry);
    }
    if (!names.has(key)) names.set(key, { key, langs: [] });
  }
  header.forEach((h, i) => {
    const match = names.get(normaliseHeader(h));
    if (!match || found[match.key] !== undefined) return;
    found[match.key] = i;
    // A header that reads the same in both languages ("Status") says nothing about the language.
    if (match.langs.length === 1) votes[match.langs[0]] += 1;
  });
  return { columns: found, votes };
}

/** True when the header row holds at least the required goal columns. */
export function looksLikeGoalTable(header: string[], columns: GoalColumns = GOAL_COLUMNS): boolean {
  const found = matchGoalColumns(header, columns).columns;
  return requiredColumnKeys(columns).every((k) => found[k] !== undefined);
}

/** `columns`: the goal columns to read (default GOAL_COLUMNS). */
export function readWorkbookTables(
  tables: WorkbookTables,
  columns: GoalColumns = GOAL_COLUMNS,
): ReadTablesResult {
  const goals = tables.goals;
  const { columns: found, votes } = matchGoalColumns(goals.header, columns);
  const missing = requiredColumnKeys(columns).filter((k) => found[k] === undefined);
  if (missing.length > 0) return { ok: false, missing };

  const info = tables.info ? readInfo(tables.info) : { values: {}, rows: {} };
  const infoValues = info.values;
  const declared = infoValues.language?.trim().toLowerCase();
  const lang: Lang = declared === "sv" || declared === "en" ? declared : votes.en > votes.sv ? "en" : "sv";

  const present = columns.filter((c) => found[c.key] !== undefined);
  const rows = readGoalRows(
    goals.body,
    present.map((c) => ({ key: c.key, position: found[c.key] as number })),
  );

  const top = parseCell(goals.topLeft);
  const address = (row: number, column: ColumnKey | null): string => {
    const c = found[column ?? "id"] ?? found.id ?? 0;
    return qualifiedAddress(goals.sheet, top.row + 1 + Math.max(0, row), top.col + c);
  };

  const fromSheet = tables.programs ? readPrograms(tables.programs, tables.areas ?? null) : null;
  const reference: GoalStructure = {
    organisation: infoValues.organisation ?? "",
    year: Number.parseInt(infoValues.year ?? "", 10) || 0,
    ...(infoValues.source ? { source: infoValues.source } : {}),
    ...(infoValues.note ? { note: infoValues.note } : {}),
    ...(infoValues.municipality
      ? {
          municipality: {
            id: infoValues.municipality.trim(),
            ...(infoValues.municipalityName ? { name: infoValues.municipalityName } : {}),
          },
        }
      : {}),
    programs: fromSheet ?? deriveProgramsFromRows(rows),
  };
  const rules = infoValues.rules === undefined ? null : parseRulesCell(infoValues.rules);
  return {
    ok: true,
    value: {
      rows,
      reference: rules?.ok ? withStructureRules(reference, rules.value) : reference,
      ...(rules?.ok && { rules: rules.value }),
      ...(rules?.ok === false &&
        tables.info && {
          rulesIssue: rulesIssue(tables.info, info.rows.rules ?? 0, infoValues.rules ?? "", rules.reason),
        }),
      referenceFromSheet: fromSheet !== null,
      lang,
      columns: found,
      address,
      history: tables.history ? readHistoryTable(tables.history) : null,
      indicators: tables.indicators ? readIndicatorTable(tables.indicators) : null,
    },
  };
}

/**
 * The history table's rows, columns found by header in either language. Without a year or a
 * goal ID column nothing in it can be placed: then it is not read at all.
 */
function readHistoryTable(table: TableData): HistoryTableRead | null {
  const found = matchFields<HistoryField>(table.header, HISTORY_FIELDS, historyFieldHeader);
  if (found.year === undefined || found.id === undefined) return null;
  const rows: HistoryRow[] = table.body.map((row, index) => {
    const cells: HistoryRow["cells"] = {};
    for (const f of HISTORY_FIELDS) {
      const i = found[f];
      if (i !== undefined) cells[f] = row[i] ?? "";
    }
    return { index, cells };
  });
  const top = parseCell(table.topLeft);
  const address = (row: number, field: HistoryField): string =>
    qualifiedAddress(table.sheet, top.row + 1 + row, top.col + (found[field] ?? found.id ?? 0));
  return { rows, address };
}

/**
 * The body rows as goal rows: each row's cells of the goal columns found (`found`, in column
 * order), skipping rows whose goal cells are all blank.
 */
function readGoalRows(
  body: readonly string[][],
  found: readonly { key: ColumnKey; position: number }[],
): GoalRow[] {
  // Every row's cells start as a copy of one object with all the keys, so the rows share one
  // shape from the start instead of each growing key by key (which costs as much as the rest
  // of reading a large table). Keys and positions are read from two plain arrays: this loop runs
  // once per cell of the table.
  const keys = found.map((f) => f.key);
  const positions = found.map((f) => f.position);
  const empty: GoalRow["cells"] = {};
  for (const key of keys) empty[key] = "";
  const rows: GoalRow[] = [];
  for (let index = 0; index < body.length; index++) {
    const row = body[index];
    const cells = { ...empty };
    let blank = true;
    for (let c = 0; c < keys.length; c++) {
      const value = row[positions[c]];
      // The copy already holds "" there; most tables leave whole columns empty.
      if (value === undefined || value === "") continue;
      cells[keys[c]] = value;
      if (blank && value.trim() !== "") blank = false;
    }
    if (!blank) rows.push({ index, cells });
  }
  return rows;
}

/** Header positions by field, in either language. */
export function matchFields<F extends string>(
  header: string[],
  fields: readonly F[],
  headerOf: (f: F, lang: Lang) => string,
): Partial<Record<F, number>> {
  const byName = new Map<string, F>();
  for (const f of fields) for (const lang of LANGS) byName.set(normaliseHeader(headerOf(f, lang)), f);
  const out: Partial<Record<F, number>> = {};
  header.forEach((h, i) => {
    const f = byName.get(normaliseHeader(h));
    if (f !== undefined && out[f] === undefined) out[f] = i;
  });
  return out;
}

/** The info table's values by item, and the body row each was read from. */
function readInfo(table: TableData): {
  values: Partial<Record<InfoItem, string>>;
  rows: Partial<Record<InfoItem, number>>;
} {
  const byLabel = new Map<string, InfoItem>();
  for (const item of INFO_ITEMS) {
    for (const lang of LANGS) byLabel.set(normaliseHeader(t(lang, INFO_ITEM_KEY[item])), item);
  }
  const values: Partial<Record<InfoItem, string>> = {};
  const rows: Partial<Record<InfoItem, number>> = {};
  table.body.forEach((row, index) => {
    const item = byLabel.get(normaliseHeader(row[0] ?? ""));
    if (!item || (row[1] ?? "").trim() === "") return;
    if (values[item] === undefined) {
      values[item] = row[1];
      rows[item] = index;
    } else if (item === "rules") {
      // The rules' further pieces (rulesPieces), in row order; not trimmed, since a piece
      // may begin or end with a space inside a JSON string.
      values[item] += row[1];
    }
  });
  return { values, rows };
}

/** The warning for a rules cell that cannot be read, at the cell (the info table's value column). */
function rulesIssue(info: TableData, row: number, value: string, reason: string): Issue {
  const top = parseCell(info.topLeft);
  return {
    code: "rules-unreadable",
    severity: SEVERITY["rules-unreadable"],
    row: -1,
    column: null,
    value: preview(value),
    suggestion: null,
    message: {
      sv: t("sv", "ind.info.badRules", { reason }),
      en: t("en", "ind.info.badRules", { reason }),
    },
    at: qualifiedAddress(info.sheet, top.row + 1 + row, top.col + 1),
  };
}

function readPrograms(programs: TableData, areas: TableData | null): Program[] {
  const pc = matchFields<ProgramField>(programs.header, PROGRAM_FIELDS, programFieldHeader);
  const get = (row: string[], f: ProgramField): string => {
    const i = pc[f];
    return i === undefined ? "" : (row[i] ?? "").trim();
  };
  const num = (row: string[], f: ProgramField): number | null => {
    const s = get(row, f);
    if (!/^\d+$/.test(s)) return null;
    return Number(s);
  };
  const kinds = new Map<string, Program["kind"]>();
  for (const l of LANGS) {
    kinds.set(normaliseHeader(kindLabel("program", l) ?? ""), "program");
    kinds.set(normaliseHeader(kindLabel("actionPlan", l) ?? ""), "actionPlan");
  }

  const out: Program[] = [];
  for (const row of programs.body) {
    const id = get(row, "id");
    const name = get(row, "name");
    if (id === "" && name === "") continue;
    const p: Program = { id: id || name, name: name || id, areas: [] };
    const kind = kinds.get(normaliseHeader(get(row, "kind")));
    if (kind) p.kind = kind;
    if (get(row, "adopted")) p.adopted = get(row, "adopted");
    if (get(row, "reference")) p.reference = get(row, "reference");
    if (get(row, "parent")) p.parent = get(row, "parent");
    const total = num(row, "reported.total");
    const st = STATUSES.map((s) => num(row, `reported.status.${s}` as ProgramField));
    const tr = TRENDS.map((x) => num(row, `reported.trend.${x}` as ProgramField));
    if (total !== null && st.every((v) => v !== null) && tr.every((v) => v !== null)) {
      const reported: ReportedFigures = {
        total,
        status: { red: st[0] as number, yellow: st[1] as number, green: st[2] as number },
        trend: { up: tr[0] as number, flat: tr[1] as number, down: tr[2] as number },
      };
      if (get(row, "reported.source")) reported.source = get(row, "reported.source");
      p.reported = reported;
    }
    out.push(p);
  }

  if (areas) {
    const ac = matchFields<AreaField>(areas.header, AREA_FIELDS, areaFieldHeader);
    const aget = (row: string[], f: AreaField): string => {
      const i = ac[f];
      return i === undefined ? "" : (row[i] ?? "").trim();
    };
    for (const row of areas.body) {
      const program = out.find((p) => p.id === aget(row, "programId"));
      const id = aget(row, "id");
      const name = aget(row, "name");
      if (!program || (id === "" && name === "")) continue;
      const sdgs = aget(row, "sdgs")
        .split(/[,;\s]+/)
        .filter((s) => /^\d+$/.test(s))
        .map(Number);
      const area: Area = { id: id || name, name: name || id, sdgs, goals: [] };
      program.areas.push(area);
    }
  }
  return out;
}

/** Without the structure sheet: every programme and area named in the rows, in order of appearance. */
function deriveProgramsFromRows(rows: GoalRow[]): Program[] {
  const programs: Program[] = [];
  for (const r of rows) {
    const pName = (r.cells.program ?? "").trim();
    const aName = (r.cells.area ?? "").trim();
    if (pName === "") continue;
    let p = programs.find((x) => normaliseHeader(x.name) === normaliseHeader(pName));
    if (!p) {
      p = { id: pName, name: pName, areas: [] };
      programs.push(p);
    }
    if (aName !== "" && !p.areas.some((a) => normaliseHeader(a.name) === normaliseHeader(aName))) {
      p.areas.push({ id: aName, name: aName, sdgs: [], goals: [] });
    }
  }
  return programs;
}

/**
 * The layout of a goal table as found in a workbook (its real headers and columns), for
 * rebuilding the summary sheet against it: buildSummarySheet needs the header names the
 * structured references must use. Null when required columns are missing.
 */
export function goalTableLayoutOf(
  table: TableData,
  tableName: string,
  columns: GoalColumns = GOAL_COLUMNS,
): GoalTableLayout | null {
  const found = matchGoalColumns(table.header, columns).columns;
  if (requiredColumnKeys(columns).some((k) => found[k] === undefined)) return null;
  const top = parseCell(table.topLeft);
  return {
    sheet: table.sheet,
    table: tableName,
    headerRow: top.row,
    columns: columns
      .filter((c) => found[c.key] !== undefined)
      .map(({ key }) => {
        const i = found[key] as number;
        return { key, header: table.header[i], column: columnLetter(top.col + i) };
      }),
  };
}
