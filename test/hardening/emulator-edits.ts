// An official's edits (test/corpus/cases.ts `Edit`) carried out on the emulated workbook through
// the Office.js API, as a person's typing and Excel's own commands would leave it, plus the
// snapshot of the cells the official owns, to compare before and after the add-in ran.
import type { ColumnKey, Lang } from "../../src/domain";
import { GOAL_COLUMN_KEYS, GOAL_TABLE, goalHeader, normaliseHeader } from "../../src/plan";
import { t } from "../../src/i18n";
import type { Edit, RowRef } from "../corpus/cases";
import type { Emulator } from "../emulator";
import { allTables, bodyRect, getCell, keyCol, keyRow, type Cell } from "../emulator/model";
import { foreignFormula } from "./invariants";

type Ctx = Excel.RequestContext;

/** The emulator's Excel.run with the real API's types (the emulator implements that API). */
export function excelRun(emu: Emulator): <T>(batch: (context: Ctx) => Promise<T>) => Promise<T> {
  return emu.Excel.run as unknown as <T>(batch: (context: Ctx) => Promise<T>) => Promise<T>;
}

/** The column key a header names, in either language; undefined for a column of the user's own. */
export function keyOfHeader(header: string): ColumnKey | undefined {
  const h = normaliseHeader(header);
  return GOAL_COLUMN_KEYS.find((k) =>
    (["sv", "en"] as Lang[]).some((l) => normaliseHeader(goalHeader(k, l)) === h),
  );
}

export function sheetName(role: "summary" | "structure", lang: Lang): string {
  return t(lang, role === "summary" ? "wb.sheet.summary" : "wb.sheet.structure");
}

interface GoalTableView {
  sheet: string;
  /** Top-left cell (header), 0-based. */
  row0: number;
  col0: number;
  headers: string[];
  rows: (string | number | boolean)[][];
}

function view(emu: Emulator): GoalTableView {
  const info = emu.workbook.table(GOAL_TABLE);
  if (!info) throw new Error("the goal table is not there");
  const m = /^([A-Z]+)(\d+)/.exec(info.address);
  if (!m) throw new Error(`unexpected table address ${info.address}`);
  const col0 = [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { sheet: info.sheet, row0: Number(m[2]) - 1, col0, headers: info.headers, rows: info.rows };
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(v: GoalTableView, key: ColumnKey): number {
  const i = v.headers.findIndex((h) => keyOfHeader(h) === key);
  if (i < 0) throw new Error(`no ${key} column`);
  return i;
}

function bodyIndex(v: GoalTableView, at: RowRef): number {
  if ("row" in at) return at.row;
  const idCol = columnIndex(v, "id");
  const i = v.rows.findIndex((r) => String(r[idCol]) === at.goal);
  if (i < 0) throw new Error(`no row for goal ${at.goal}`);
  return i;
}

/** A1 address of a body cell of the goal table. */
export function goalCellAddress(
  emu: Emulator,
  at: RowRef,
  key: ColumnKey,
): { sheet: string; address: string } {
  const v = view(emu);
  return {
    sheet: v.sheet,
    address: `${letters(v.col0 + columnIndex(v, key))}${v.row0 + 2 + bodyIndex(v, at)}`,
  };
}

function rowValues(v: GoalTableView, cells: Partial<Record<ColumnKey, string>>): string[] {
  return v.headers.map((h) => {
    const k = keyOfHeader(h);
    return k ? (cells[k] ?? "") : "";
  });
}

/** Carries out one edit. Large appends go in chunks, as a person pasting in portions would. */
export async function applyEdit(emu: Emulator, edit: Edit, lang: Lang): Promise<void> {
  const run = excelRun(emu);
  const v = view(emu);
  const table = (ctx: Ctx): Excel.Table => ctx.workbook.tables.getItem(GOAL_TABLE);
  const goalSheet = (ctx: Ctx): Excel.Worksheet => ctx.workbook.worksheets.getItem(v.sheet);
  const roleSheet = (ctx: Ctx, role: "goals" | "summary"): Excel.Worksheet =>
    role === "goals" ? goalSheet(ctx) : ctx.workbook.worksheets.getItem(sheetName("summary", lang));
  switch (edit.op) {
    case "setCell": {
      const { address } = goalCellAddress(emu, edit.at, edit.column);
      await run(async (ctx) => {
        goalSheet(ctx).getRange(address).values = [[edit.value]];
        await ctx.sync();
      });
      return;
    }
    case "deleteTable":
      await run(async (ctx) => {
        table(ctx).delete();
        await ctx.sync();
      });
      return;
    case "convertToRange":
      await run(async (ctx) => {
        table(ctx).convertToRange();
        await ctx.sync();
      });
      return;
    case "renameHeader": {
      const address = `${letters(v.col0 + columnIndex(v, edit.column))}${v.row0 + 1}`;
      await run(async (ctx) => {
        goalSheet(ctx).getRange(address).values = [[edit.to]];
        await ctx.sync();
      });
      return;
    }
    case "reorderColumns": {
      // Header and body rewritten in the new order in one assignment, as a cut-and-paste would.
      const order = edit.order.map((k) => columnIndex(v, k));
      const rest = v.headers.map((_, i) => i).filter((i) => !order.includes(i));
      const perm = [...order, ...rest];
      const grid = [v.headers, ...v.rows.map((r) => r.map(String))].map((r) => perm.map((i) => r[i]));
      const address = `${letters(v.col0)}${v.row0 + 1}:${letters(v.col0 + perm.length - 1)}${v.row0 + grid.length}`;
      await run(async (ctx) => {
        goalSheet(ctx).getRange(address).values = grid;
        await ctx.sync();
      });
      return;
    }
    case "merge":
      await run(async (ctx) => {
        const range = roleSheet(ctx, edit.sheet).getRange(edit.range);
        range.merge(false);
        if (edit.value !== undefined) range.getCell(0, 0).values = [[edit.value]];
        await ctx.sync();
      });
      return;
    case "filter": {
      const col = columnIndex(v, edit.column);
      await run(async (ctx) => {
        v.rows.forEach((r, i) => {
          if (!edit.keep.includes(String(r[col])))
            goalSheet(ctx).getRange(`${v.row0 + 2 + i}:${v.row0 + 2 + i}`).rowHidden = true;
        });
        await ctx.sync();
      });
      return;
    }
    case "emptyTable":
      await run(async (ctx) => {
        table(ctx).rows.deleteRowsAt(0, v.rows.length);
        await ctx.sync();
      });
      return;
    case "protect":
      await run(async (ctx) => {
        roleSheet(ctx, edit.sheet).protection.protect();
        await ctx.sync();
      });
      return;
    case "appendRows": {
      const chunk = 10_000;
      for (let start = 0; start < edit.count; start += chunk) {
        const n = Math.min(chunk, edit.count - start);
        const values = Array.from({ length: n }, (_, i) => rowValues(v, edit.row(start + i)));
        await run(async (ctx) => {
          table(ctx).rows.add(undefined, values);
          await ctx.sync();
        });
      }
      return;
    }
    case "addUserColumn": {
      const values = [[edit.header], ...v.rows.map((_, i) => [edit.values(i)])];
      const at = Math.min(edit.at ?? v.headers.length, v.headers.length);
      const col = letters(v.col0 + at);
      await run(async (ctx) => {
        table(ctx).columns.add(at, undefined, edit.header);
        // A new table column takes its neighbour's text format; the official sets General (as one
        // does when a typed formula shows as text) and types: "=…" becomes a formula.
        const range = goalSheet(ctx).getRange(`${col}${v.row0 + 1}:${col}${v.row0 + v.rows.length + 1}`);
        range.numberFormat = values.map(() => ["General"]);
        range.formulas = values;
        await ctx.sync();
      });
      return;
    }
    case "insertRow":
      await run(async (ctx) => {
        table(ctx).rows.add(edit.at, [rowValues(v, edit.cells)]);
        await ctx.sync();
      });
      return;
    case "setOutside":
      await run(async (ctx) => {
        goalSheet(ctx).getRange(edit.address).values = [[edit.value]];
        await ctx.sync();
      });
      return;
    case "renameSheet":
      await run(async (ctx) => {
        goalSheet(ctx).name = edit.to;
        await ctx.sync();
      });
      return;
    case "deleteSheet":
      await run(async (ctx) => {
        roleSheet(ctx, edit.sheet).delete();
        await ctx.sync();
      });
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Ownership

export interface OwnedCell {
  value: unknown;
  formula: string | undefined;
}

/** Statuses, trends and comments are the officials' (and so are columns and rows they added). */
const OFFICIAL_COLUMNS: ReadonlySet<ColumnKey> = new Set(["status", "trend", "comment"]);

/**
 * The cells an official owns, keyed so that a key survives rows the add-in may insert: a goal's
 * cells by goal ID and header, rows without a known ID by their order among such rows, sheets of
 * the official's own by address. `knownIds` are the goals of the structure the add-in loaded.
 * Read straight from the emulator's model: a 100,000-row table must not cost a dump per check.
 */
export function ownedCells(
  emu: Emulator,
  knownIds: ReadonlySet<string>,
  extra: { sheet: string; address: string }[] = [],
  addinSheets: readonly string[] = [],
): Map<string, OwnedCell> {
  const out = new Map<string, OwnedCell>();
  const own = (c: Cell | undefined): OwnedCell => ({ value: c?.v, formula: c?.f });
  const table = allTables(emu.workbook.model).find((x) => x.name.toLowerCase() === GOAL_TABLE.toLowerCase());
  if (table) {
    const sheet = table.sheet;
    const headers = table.columns.map((c) => c.name);
    const keys = headers.map((h) => keyOfHeader(h));
    const idCol = keys.indexOf("id");
    const seen = new Set<string>();
    let userRow = 0;
    const body = bodyRect(table);
    for (let r = body.r0; r <= body.r1; r++) {
      const cells = headers.map((_, j) => getCell(sheet, r, body.c0 + j));
      // A row with nothing in it holds nothing to lose.
      if (cells.every((c) => c === undefined || ((c.v === undefined || c.v === "") && c.f === undefined)))
        continue;
      const idCell = idCol >= 0 ? cells[idCol]?.v : undefined;
      const id = idCell === undefined ? "" : String(idCell).trim();
      const known = id !== "" && knownIds.has(id.toLowerCase()) && !seen.has(id.toLowerCase());
      if (known) seen.add(id.toLowerCase());
      const rowKey = known ? `goal:${id.toLowerCase()}` : `userrow:${userRow++}`;
      headers.forEach((h, j) => {
        const k = keys[j];
        if (known && k !== undefined && !OFFICIAL_COLUMNS.has(k)) return;
        out.set(`${rowKey}|${normaliseHeader(h)}`, own(cells[j]));
      });
    }
  }
  const goalSheet = table?.sheet.name;
  for (const x of extra) {
    const d = emu.workbook.cell(x.sheet, x.address);
    out.set(`cell:${x.sheet}!${x.address}`, { value: d.value, formula: d.formula });
  }
  // Sheets of the official's own: every stored cell.
  for (const s of emu.workbook.model.sheets) {
    if (s.name === goalSheet || addinSheets.includes(s.name)) continue;
    for (const [k, c] of s.cells) out.set(`cell:${s.name}!${letters(keyCol(k))}${keyRow(k) + 1}`, own(c));
  }
  return out;
}

/** Keys whose cell differs (or vanished) between two snapshots; new keys are fine. */
export function changedOwned(
  before: Map<string, OwnedCell>,
  after: Map<string, OwnedCell>,
  allowed: ReadonlySet<string> = new Set(),
): string[] {
  const out: string[] = [];
  for (const [k, b] of before) {
    if (allowed.has(k)) continue;
    const a = after.get(k);
    if (!a) out.push(`${k}: gone (was ${JSON.stringify(b)})`);
    else if (a.value !== b.value || a.formula !== b.formula)
      out.push(`${k}: ${JSON.stringify(b)} → ${JSON.stringify(a)}`);
  }
  return out;
}

/** Every formula in the workbook that is neither the add-in's nor one the official wrote before. */
export function foreignFormulasIn(emu: Emulator, before: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const s of emu.workbook.model.sheets) {
    for (const [k, c] of s.cells) {
      if (c.f === undefined || before.has(c.f)) continue;
      const why = foreignFormula(c.f);
      if (why) out.push(`${s.name}!${letters(keyCol(k))}${keyRow(k) + 1}: ${c.f} (${why})`);
    }
  }
  // Defined names hold formulas too (the summary's live counts); a marker refers to a cell.
  for (const n of emu.workbook.model.names) {
    if (/^='?[^!]+'?!\$?[A-Z]+\$?\d+$/.test(n.formula) || before.has(n.formula)) continue;
    const why = foreignFormula(n.formula);
    if (why) out.push(`name ${n.name}: ${n.formula} (${why})`);
  }
  return out;
}

/** Every formula text in the workbook (to allow the official's own formulas). */
export function allFormulas(emu: Emulator): Set<string> {
  const out = new Set<string>();
  for (const s of emu.workbook.model.sheets)
    for (const c of s.cells.values()) if (c.f !== undefined) out.add(c.f);
  return out;
}
