// The record a split workbook keeps of what it was sent with (`maluppfoljning split`), so that
// `collect` can merge its return three-way (src/domain/collect.ts). It is a plain grid of text
// cells on a very hidden sheet: a sheet survives Excel, LibreOffice and other tools that rewrite
// the package (custom XML parts do not), a plain grid survives them better than a table, and
// text cells ("@") keep "2030" or "=SUM(A1)" exactly as sent. Pure: the renderers write and read
// the grid.
//
// Layout (column A a key, column B its value; keys are language-neutral):
//   maluppfoljning-sent | 1                 (marker and format version)
//   split               | <id of the split>
//   organisation        | <the main workbook's organisation>
//   year                | <its follow-up year>
//   main                | <the main workbook's file name>
//   responsible         | <the responsible body the file was sent to>
//   goals               | <number of goal rows below the header>
//   <column keys: id, program, …>            (header)
//   <one row per goal: the goal table's cell text as written>
//   indicators          | <number of indicator rows below the header>
//   goalId | id | <one year per column: 2019, 2020, …>   (header)
//   <one row per indicator sent: its goal ID, its ID and each year's value ("" for none)>
// The indicator section came later: a record without it (an older split) still reads, with
// `indicators` absent, and collect then reports the return's indicator values instead of merging
// them. Readers of the older format read the goal rows only, so they still read a newer record.
import type { ColumnKey } from "../domain";
import { COLUMN_KEYS } from "../domain";
import type { CollectGoal } from "../domain/collect";
import type { IndicatorValues } from "../domain/collectIndicators";
import { INDICATOR_TABLE } from "./layout";
import type { PlanValue, WorkbookPlan } from "./types";

/** The very hidden sheet's name (language-neutral, ASCII, under Excel's 31 characters). */
export const SENT_SHEET = "Maluppfoljning_sent";
export const SENT_MARKER = "maluppfoljning-sent";
const VERSION = "1";

export interface SentRecord {
  /** Identifies one run of split: every file of the run has the same. */
  split: string;
  organisation: string;
  year: number;
  /** The main workbook's file name, for messages. */
  main: string;
  responsible: string;
  goals: CollectGoal[];
  /**
   * The indicator rows sent, each year column's value (a number, or null for an empty cell);
   * absent in a record written before the record held them.
   */
  indicators?: IndicatorValues[];
}

const KEYS = ["split", "organisation", "year", "main", "responsible", "goals"] as const;

function text(v: PlanValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

/**
 * The goal table's rows as the plan writes them, by column key: what the file is sent with.
 */
export function sentGoals(plan: WorkbookPlan): CollectGoal[] {
  const sheet = plan.sheets.find((s) => s.role === "goals");
  const table = sheet?.tables.find((t) => t.name === plan.goalTable.table) ?? sheet?.tables[0];
  if (table === undefined) throw new Error("the plan has no goal table");
  const keys = plan.goalTable.columns.map((c) => c.key);
  return table.rows.map((row) => {
    const cells: Partial<Record<ColumnKey, string>> = {};
    keys.forEach((k, i) => (cells[k] = text(row[i])));
    return { id: cells.id ?? "", cells };
  });
}

const YEAR = /^\d{4}$/;
const INDICATORS_KEY = "indicators";

/**
 * The indicator table's rows as the plan writes them: each row's goal ID, indicator ID and the
 * value of every year column (null for an empty cell). None when the plan has no indicator table.
 */
export function sentIndicators(plan: WorkbookPlan): IndicatorValues[] {
  const table = plan.sheets
    .find((s) => s.role === "indicators")
    ?.tables.find((t) => t.name === INDICATOR_TABLE);
  if (table === undefined) return [];
  const years = table.columns.flatMap((h, i) => (YEAR.test(h) ? [[Number(h), i] as const] : []));
  return table.rows
    .filter((row) => text(row[0]).trim() !== "" && text(row[1]).trim() !== "")
    .map((row) => ({
      goalId: text(row[0]),
      id: text(row[1]),
      values: new Map(
        years.map(([year, i]): [number, number | null] => {
          const v = row[i];
          return [year, typeof v === "number" && Number.isFinite(v) ? v : null];
        }),
      ),
    }));
}

function indicatorGrid(rows: readonly IndicatorValues[]): string[][] {
  const years = [...new Set(rows.flatMap((r) => [...r.values.keys()]))].sort((a, b) => a - b);
  return [
    [INDICATORS_KEY, String(rows.length)],
    ["goalId", "id", ...years.map(String)],
    ...rows.map((r) => [r.goalId, r.id, ...years.map((y) => text(r.values.get(y) as PlanValue | undefined))]),
  ];
}

/** The indicator section starting at grid row `at`; undefined when there is none or it is damaged. */
function readIndicatorGrid(grid: readonly (readonly string[])[], at: number): IndicatorValues[] | undefined {
  const cell = (r: number, c: number): string => (grid[r]?.[c] ?? "").trim();
  if (cell(at, 0) !== INDICATORS_KEY) return undefined;
  const count = Number(cell(at, 1));
  const header = grid[at + 1] ?? [];
  if (!Number.isInteger(count) || count < 0 || cell(at + 1, 0) !== "goalId" || cell(at + 1, 1) !== "id")
    return undefined;
  if (grid.length < at + 2 + count) return undefined;
  const years = header.flatMap((h, i) =>
    i > 1 && YEAR.test(h.trim()) ? [[Number(h.trim()), i] as const] : [],
  );
  const rows: IndicatorValues[] = [];
  for (let r = 0; r < count; r++) {
    const values = new Map<number, number | null>();
    for (const [year, c] of years) {
      const v = cell(at + 2 + r, c);
      const n = v === "" ? null : Number(v);
      // A value the record holds that is no number: the record was edited, and is not trusted.
      if (n !== null && !Number.isFinite(n)) return undefined;
      values.set(year, n);
    }
    rows.push({ goalId: grid[at + 2 + r]?.[0] ?? "", id: grid[at + 2 + r]?.[1] ?? "", values });
  }
  return rows;
}

/** The record as the grid of text the sheet holds. */
export function sentGrid(record: SentRecord): string[][] {
  const keys = Array.from(
    new Set<ColumnKey>([...COLUMN_KEYS, ...record.goals.flatMap((g) => Object.keys(g.cells) as ColumnKey[])]),
  ).filter((k) => record.goals.some((g) => g.cells[k] !== undefined));
  return [
    [SENT_MARKER, VERSION],
    ["split", record.split],
    ["organisation", record.organisation],
    ["year", String(record.year)],
    ["main", record.main],
    ["responsible", record.responsible],
    ["goals", String(record.goals.length)],
    keys,
    ...record.goals.map((g) => keys.map((k) => g.cells[k] ?? "")),
    ...(record.indicators === undefined ? [] : indicatorGrid(record.indicators)),
  ];
}

const KNOWN_COLUMNS = new Set<string>(COLUMN_KEYS);

/**
 * The record back from the sheet's grid of cell text; null when the grid is not one (no marker, an
 * unknown version, a key missing, or fewer goal rows than it says). Columns it does not know (a
 * newer version's) are left out. `indicators` is absent when the record has no indicator section
 * (an older split) or one that cannot be read.
 */
export function readSentGrid(grid: readonly (readonly string[])[]): SentRecord | null {
  const cell = (r: number, c: number): string => grid[r]?.[c] ?? "";
  if (cell(0, 0).trim() !== SENT_MARKER || cell(0, 1).trim() !== VERSION) return null;
  const values = new Map<string, string>();
  KEYS.forEach((k, i) => {
    if (cell(i + 1, 0).trim() === k) values.set(k, cell(i + 1, 1));
  });
  if (KEYS.some((k) => !values.has(k))) return null;
  const year = Number(values.get("year"));
  const count = Number(values.get("goals"));
  if (!Number.isInteger(year) || !Number.isInteger(count) || count < 0) return null;
  const header = grid[KEYS.length + 1] ?? [];
  if (!header.some((h) => h.trim() === "id")) return null;
  if (grid.length < KEYS.length + 2 + count) return null;
  const goals: CollectGoal[] = [];
  for (let r = 0; r < count; r++) {
    const row = grid[KEYS.length + 2 + r];
    const cells: Partial<Record<ColumnKey, string>> = {};
    header.forEach((h, c) => {
      if (KNOWN_COLUMNS.has(h.trim())) cells[h.trim() as ColumnKey] = row[c] ?? "";
    });
    goals.push({ id: cells.id ?? "", cells });
  }
  const indicators = readIndicatorGrid(grid, KEYS.length + 2 + count);
  return {
    split: values.get("split") as string,
    organisation: values.get("organisation") as string,
    year,
    main: values.get("main") as string,
    responsible: values.get("responsible") as string,
    goals,
    ...(indicators === undefined ? {} : { indicators }),
  };
}
