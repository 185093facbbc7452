// The column-restricted read (src/excel/readColumns.ts): validate, fix and the summary load only
// the columns their results depend on, and give exactly what a read of every column gives, on a
// table with every column filled and the odd rows that make the other columns matter (a row
// holding only a comment or only activities, blank goal text, near-miss labels).
import { readWorkbook, type ReadWanted } from "../../src/excel/tableRead";
import { planSummary, planValidate } from "../../src/plan/goalTable";
import { GOAL_TABLE, HISTORY_TABLE, columnLetter, parseRange } from "../../src/plan";
import type { WorkbookRead } from "../../src/plan/ownership";
import type { Emulator } from "../emulator";
import { scaledStructure, setup, type Setup } from "./helpers";

const FULL: ReadWanted = { goalBody: true, sheets: true, history: true };

async function fullRead(emu: Emulator): Promise<WorkbookRead> {
  return emu.Excel.run((context) =>
    readWorkbook(context as unknown as Excel.RequestContext, "validate", FULL, false),
  );
}

/** Types `text` into body row `row` (0-based) of a table, in the column headed `header`. */
function type(emu: Emulator, tableName: string, row: number, header: string, text: string): void {
  const table = emu.workbook.tableShape(tableName);
  if (!table) throw new Error(`no ${tableName}`);
  const at = table.headers.indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${table.headers.join(", ")}`);
  const r = parseRange(table.address);
  emu.workbook.typeValues(table.sheet, `${columnLetter(r.left + at)}${r.top + 1 + row}`, [[text]]);
}

/** Empties every cell of a body row but the ones given. */
function onlyCells(emu: Emulator, tableName: string, row: number, keep: Record<string, string>): void {
  const table = emu.workbook.tableShape(tableName);
  if (!table) throw new Error(`no ${tableName}`);
  for (const h of table.headers) type(emu, tableName, row, h, keep[h] ?? "");
}

/** A goal table and history with every column filled somewhere, and rows that test the reader. */
async function oddWorkbook(options: Parameters<typeof setup>[0] = {}): Promise<Setup> {
  const s = setup(options);
  const structure = scaledStructure(1_200);
  await s.service.applyLoad(structure, "sv");
  await s.service.importHistory({ ...structure, year: structure.year - 1 });
  const { emu } = s;
  const goals = emu.workbook.tableShape(GOAL_TABLE);
  if (!goals) throw new Error("no goal table");
  for (let i = 0; i < 1_200; i += 7) {
    type(emu, GOAL_TABLE, i, "Kommentar och analys", `Kommentar ${i}: "citat", ny\nrad`);
    type(emu, GOAL_TABLE, i, "Ansvarig", i % 2 === 0 ? "Kommunstyrelsen" : " kommunstyrelsen ");
    type(emu, GOAL_TABLE, i, "Agenda 2030", i % 3 === 0 ? "3, 99" : "5, 10");
    type(emu, GOAL_TABLE, i, "Klar", i % 2 === 0 ? "ja" : "kanske");
    type(emu, GOAL_TABLE, i, "Aktiviteter", "Första\nAndra");
  }
  type(emu, GOAL_TABLE, 3, "Status", " grön");
  type(emu, GOAL_TABLE, 4, "Status", "GRÖN");
  type(emu, GOAL_TABLE, 5, "Trend", "uppåt?");
  type(emu, GOAL_TABLE, 6, "Mål", "   ");
  type(emu, GOAL_TABLE, 8, "Mål", "");
  // Rows the reader counts only for the cells a restricted read leaves out.
  onlyCells(emu, GOAL_TABLE, 10, { "Kommentar och analys": "Bara en kommentar" });
  onlyCells(emu, GOAL_TABLE, 11, { Aktiviteter: "Bara en aktivitet" });
  onlyCells(emu, GOAL_TABLE, 12, {});
  onlyCells(emu, GOAL_TABLE, 13, { "Kommentar och analys": "   " });
  onlyCells(emu, HISTORY_TABLE, 2, { "Kommentar och analys": "Bara en kommentar" });
  onlyCells(emu, HISTORY_TABLE, 3, {});
  type(emu, HISTORY_TABLE, 4, "Status", "lila");
  type(emu, HISTORY_TABLE, 5, "Kommentar och analys", "Fjolårets kommentar");
  return s;
}

describe("column-restricted reads", () => {
  let s: Setup;
  afterEach(() => s?.restore());

  test("validate gives the issues of a read of every column, and reads fewer bytes", async () => {
    s = await oddWorkbook();
    const full = planValidate(await fullRead(s.emu));
    if (!full.ok) throw new Error("full read refused");
    s.emu.resetStats();
    await fullRead(s.emu);
    const fullBytes = s.emu.stats.requests.reduce((n, r) => n + r.responseBytes, 0);
    s.emu.resetStats();
    const restricted = await s.service.validate();
    const bytes = s.emu.stats.requests.reduce((n, r) => n + r.responseBytes, 0);
    expect(restricted).toEqual(full.value);
    expect(bytes).toBeLessThan(fullBytes);
    // The fixture's odd rows are what the comparison is about: the rows holding only a comment
    // or only activities are goals without an ID, and the history row holding only a comment
    // has no year.
    const codes = (row: number): string[] =>
      full.value.issues.filter((i) => i.row === row).map((i) => i.code);
    expect(codes(10)).toContain("missing-id");
    expect(codes(11)).toContain("missing-id");
    expect(codes(12)).toEqual([]);
    expect(codes(13)).toEqual([]);
    expect(codes(6)).toContain("missing-text");
    expect(full.value.issues.some((i) => i.code === "history-bad-year" && i.history?.row === 2)).toBe(true);
  });

  test("the summary's counts, sentences and issues are those of a read of every column", async () => {
    s = await oddWorkbook();
    const full = planSummary(await fullRead(s.emu), "sv");
    if (!full.ok) throw new Error("full read refused");
    const restricted = await s.service.refreshSummary("sv");
    expect(restricted).toEqual(full.value.result);
    expect(restricted.summary.responsible.length).toBeGreaterThan(1);
  });

  test("fix writes what a read of every column plans, and leaves the same issues", async () => {
    s = await oddWorkbook();
    const fixed = await s.service.fixAll();
    const after = planValidate(await fullRead(s.emu));
    if (!after.ok) throw new Error("full read refused");
    expect(fixed.fixed).toBeGreaterThan(0);
    expect(fixed.after).toEqual(after.value);
  });

  test("in slices too: an answer limit far below the table's size gives the same issues", async () => {
    // Every first answer is refused, so the bodies go in slices of the restricted columns, and the
    // blank rows' other cells in a request of their own.
    s = await oddWorkbook({ maxResponseBytes: 60_000 });
    const full = planValidate(await fullRead(s.emu));
    if (!full.ok) throw new Error("full read refused");
    s.emu.resetStats();
    const restricted = await s.service.validate();
    expect(restricted).toEqual(full.value);
    expect(s.emu.stats.requests.some((r) => r.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  });
});
