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
import type { ColumnKey } from "../domain";
import { COLUMN_KEYS } from "../domain";
import type { CollectGoal } from "../domain/collect";
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
  ];
}

const KNOWN_COLUMNS = new Set<string>(COLUMN_KEYS);

/**
 * The record back from the sheet's grid of cell text; null when the grid is not one (no marker, an
 * unknown version, a key missing, or fewer goal rows than it says). Columns it does not know (a
 * newer version's) are left out.
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
  return {
    split: values.get("split") as string,
    organisation: values.get("organisation") as string,
    year,
    main: values.get("main") as string,
    responsible: values.get("responsible") as string,
    goals,
  };
}
