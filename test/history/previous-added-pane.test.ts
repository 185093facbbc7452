// The pane's rollover and history import on a workbook loaded without history (the emulator):
// they add the last-year columns at the goal table's end, one formula down each, and the summary
// the rollover draws compares live. Nothing of the official's moves: a column of their own right
// of Trend keeps its values, the status and trend drop-downs and colour rules stay on the status
// and trend cells, and the sync counts are those of a rollover without the columns.
import { bundledStructure, statusLabel, type GoalStructure } from "../../src/domain";
import { GOAL_TABLE, columnLetter } from "../../src/plan";
import { Range } from "../emulator/api-range";
import { setup, type Setup } from "../excel/helpers";
import { goalsIn } from "./fixtures";

let s: Setup;
afterEach(() => s.restore());

const PREV_STATUS = "Status förra året";
const PREV_TREND = "Trend förra året";

function goalTable() {
  const t = s.emu.workbook.table(GOAL_TABLE);
  if (!t) throw new Error("no goal table");
  return t;
}

function col(header: string): number {
  const i = goalTable().headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
}

function bodyTop(): number {
  const from = goalTable().address.replace(/^.*!/, "").split(":")[0];
  return Number(/\d+/.exec(from)?.[0]) + 1;
}

/** A column of the official's own right after Trend, with a value in every row. */
async function addOwnColumn(): Promise<string[]> {
  const at = col("Trend") + 1;
  const n = goalTable().rows.length;
  const values = Array.from({ length: n }, (_v, i) => `egen ${i + 1}`);
  await s.emu.Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(GOAL_TABLE);
    table.columns.add(at, [["Egen"], ...values.map((v) => [v])]);
    await context.sync();
  });
  return values;
}

/** The summary sheet's rows, column A with B…J. */
function summaryRows(): unknown[][] {
  return s.emu.workbook.values("Sammanfattning", "A1:J400");
}

function outcomeOnSheet(closing: number): unknown[] | undefined {
  const rows = summaryRows();
  const at = rows.findIndex((r) => r[0] === `Bedömning jämfört med ${closing}`);
  return at < 0 ? undefined : rows[at + 1].slice(1, 5);
}

function expectRulesOnStatusAndTrend(): void {
  const top = bodyTop();
  const last = top + goalTable().rows.length - 1;
  for (const header of ["Status", "Trend"]) {
    const letter = columnLetter(col(header) + 1);
    const cell = s.emu.workbook.cell("Mål", `${letter}${top + 1}`);
    expect(cell.validation).toBeDefined();
    const rules = s.emu.workbook
      .conditionalFormats("Mål")
      .filter((cf) => cf.ranges.some((r) => r === `${letter}${top}:${letter}${last}`));
    expect(rules.length).toBe(3);
  }
}

describe("the pane's rollover of a workbook loaded without history", () => {
  beforeEach(() => {
    s = setup();
  });

  test("adds the last-year columns with every goal's closed assessment, twice over, and compares live", async () => {
    const structure: GoalStructure = bundledStructure();
    expect(goalsIn(structure).some((g) => (g.history ?? []).length > 0)).toBe(false);
    await s.service.applyLoad(structure, "sv");
    expect(goalTable().headers).not.toContain(PREV_STATUS);
    const own = await addOwnColumn();
    expectRulesOnStatusAndTrend();
    const statuses = goalTable().rows.map((r) => r[col("Status")]);
    const trends = goalTable().rows.map((r) => r[col("Trend")]);
    const autoFill = jest.spyOn(Range.prototype, "autoFill");
    const before = s.emu.stats.syncs;
    const result = await s.service.rollover(structure.year + 1, true, "sv");
    // Probe, read, write: as without the columns (test/excel/rollover.test.ts).
    expect(s.emu.stats.syncs - before).toBe(3);
    expect(autoFill).toHaveBeenCalledTimes(2);
    autoFill.mockRestore();
    expect(result.closing).toBe(structure.year);

    const headers = goalTable().headers;
    expect(headers.slice(-2)).toEqual([PREV_STATUS, PREV_TREND]);
    const rows = goalTable().rows;
    // Not assessed shows as such; every goal has its row of the closed year.
    expect(rows.map((r) => r[col(PREV_STATUS)])).toEqual(statuses.map((v) => (v === "" ? "Ej bedömd" : v)));
    expect(rows.map((r) => r[col(PREV_TREND)])).toEqual(trends);
    expect(rows.map((r) => r[col("Egen")])).toEqual(own);
    expect(rows.every((r) => r[col("Status")] === "")).toBe(true);
    const letter = columnLetter(col(PREV_STATUS) + 1);
    const top = bodyTop();
    const formulas = s.emu.workbook.formulas("Mål", `${letter}${top}:${letter}${top + rows.length - 1}`);
    expect(new Set(formulas.map((r) => r[0])).size).toBe(1);
    expect(String(formulas[0][0])).toMatch(/^=IFERROR\(/);
    expect(s.emu.workbook.numberFormats("Mål", `${letter}${top - 1}:${letter}${top}`)).toEqual([
      ["@"],
      ["General"],
    ]);
    expect(s.emu.workbook.cell("Mål", `${letter}${top}`).style).toMatchObject({
      italic: true,
      fill: "#F2F2F2",
      fontColor: "#404040",
    });
    expectRulesOnStatusAndTrend();

    // The summary compares live: an edit of this year's status moves the outcome without a refresh.
    const first = outcomeOnSheet(structure.year);
    const refreshed = await s.service.refreshSummary("sv");
    const c = refreshed.history?.programs[0].comparison;
    if (!c) throw new Error("no comparison");
    expect(first).toEqual([c.improved, c.worsened, c.unchanged, c.notComparable]);
    const statusLetter = columnLetter(col("Status") + 1);
    const green = statusLabel("green", "sv");
    const worse = rows.findIndex((r) => r[col(PREV_STATUS)] === green);
    s.emu.workbook.typeValues("Mål", `${statusLetter}${top + worse}`, [["Röd"]]);
    const moved = outcomeOnSheet(structure.year);
    expect(moved?.[1]).toBe(Number(first?.[1]) + 1);

    // A second rollover finds the columns and adds none; they show the year it closed.
    await s.service.rollover(structure.year + 2, true, "sv");
    expect(goalTable().headers.filter((h) => h === PREV_STATUS)).toHaveLength(1);
    const second = goalTable().rows;
    expect(second[worse][col(PREV_STATUS)]).toBe("Röd");
    expect(second.filter((_r, i) => i !== worse).every((r) => r[col(PREV_STATUS)] === "Ej bedömd")).toBe(
      true,
    );
    expect(second.map((r) => r[col("Egen")])).toEqual(own);
    expect(outcomeOnSheet(structure.year + 1)).toBeDefined();
  });

  test("a history import adds them too, in one read and one write", async () => {
    const structure = bundledStructure();
    await s.service.applyLoad(structure, "sv");
    const own = await addOwnColumn();
    const earlier: GoalStructure = { ...bundledStructure(), year: structure.year - 1 };
    const before = s.emu.stats.syncs;
    const result = await s.service.importHistory(earlier);
    // Probe, read, write: as without the columns (test/excel/rollover.test.ts).
    expect(s.emu.stats.syncs - before).toBe(3);
    expect(result.added).toBe(goalsIn(structure).length);
    expect(goalTable().headers.slice(-2)).toEqual([PREV_STATUS, PREV_TREND]);
    const rows = goalTable().rows;
    expect(rows.map((r) => r[col(PREV_STATUS)])).toEqual(
      goalsIn(earlier).map((g) => (g.status === null ? "Ej bedömd" : statusLabel(g.status, "sv"))),
    );
    expect(rows.map((r) => r[col("Egen")])).toEqual(own);
    expectRulesOnStatusAndTrend();
    // A refresh now compares live.
    await s.service.refreshSummary("sv");
    expect(outcomeOnSheet(earlier.year)).toBeDefined();
  });
});
