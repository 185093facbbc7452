// Rows the add-in appends to its tables (new goals in a merge, history rows in a rollover) are
// written right below the table, which grows over them, instead of through `table.rows.add`:
// Microsoft's advice for co-authored workbooks, where rows.add makes merges conflict. Only when
// something lies below the table (a note the user typed there) is rows.add used, because it moves
// that down instead of writing over it. Either way the new cells are text before text arrives.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { GOAL_TABLE, HISTORY_TABLE, parseRange } from "../../src/plan";
import { TableRowCollection } from "../emulator/api-table";
import { goalsIn, withHistory } from "../history/fixtures";
import { goalTable, setup, type Setup } from "./helpers";

let s: Setup;
let rowsAdded: jest.SpyInstance;
beforeEach(() => {
  s = setup();
  rowsAdded = jest.spyOn(TableRowCollection.prototype, "add");
});
afterEach(() => {
  rowsAdded.mockRestore();
  s.restore();
});

const clone = (x: GoalStructure): GoalStructure => JSON.parse(JSON.stringify(x)) as GoalStructure;

function withNewGoals(base: GoalStructure): GoalStructure {
  const next = clone(base);
  const area = next.programs[0].areas[0];
  area.goals.push(
    { id: "NY-1", text: "=SUM(A1) är text", status: null, trend: null },
    { id: "0012", text: "Nytt mål", status: "green", trend: "up" },
  );
  return next;
}

/** The bottom row of a table as the workbook holds it now. */
function bottomOf(table: string): number {
  const t = s.emu.workbook.table(table);
  if (!t) throw new Error(`no table ${table}`);
  return parseRange(t.address.replace(/^.*!/, "")).bottom;
}

describe("appending goals in a merge", () => {
  test("with nothing below the table: written below it, the table grows, no rows.add", async () => {
    const first = bundledStructure();
    await s.service.applyLoad(first, "sv");
    const bottom = bottomOf(GOAL_TABLE);
    rowsAdded.mockClear();
    const merged = await s.service.applyLoad(withNewGoals(first), "sv");
    expect(merged.newGoals).toBe(2);
    expect(rowsAdded).not.toHaveBeenCalled();
    expect(bottomOf(GOAL_TABLE)).toBe(bottom + 2);
    const body = goalTable(s.emu).body;
    expect(body[body.length - 2][0]).toBe("NY-1");
    expect(body[body.length - 1][0]).toBe("0012");
    const sheet = goalTable(s.emu).sheet;
    // Text stays text: the leading zeros and the "=" are kept, as in rows added by rows.add.
    expect(s.emu.workbook.cell(sheet, `A${bottom + 2}`)).toMatchObject({ value: "0012", numberFormat: "@" });
    expect(body[body.length - 2]).toContain("=SUM(A1) är text");
  });

  test("with a note below the table: rows.add moves the note down instead of writing over it", async () => {
    const first = bundledStructure();
    await s.service.applyLoad(first, "sv");
    const sheet = goalTable(s.emu).sheet;
    const bottom = bottomOf(GOAL_TABLE);
    s.emu.workbook.typeValues(sheet, `B${bottom + 3}`, [["Anteckning under tabellen"]]);
    rowsAdded.mockClear();
    await s.service.applyLoad(withNewGoals(first), "sv");
    expect(rowsAdded).toHaveBeenCalledTimes(1);
    expect(bottomOf(GOAL_TABLE)).toBe(bottom + 2);
    expect(s.emu.workbook.cell(sheet, `B${bottom + 5}`).value).toBe("Anteckning under tabellen");
    expect(
      goalTable(s.emu)
        .body.slice(-2)
        .map((r) => r[0]),
    ).toEqual(["NY-1", "0012"]);
  });
});

describe("appending history rows in a rollover", () => {
  test("with nothing below the history table: written below it, no rows.add", async () => {
    const first = withHistory();
    await s.service.applyLoad(first, "sv");
    const before = s.emu.workbook.table(HISTORY_TABLE)?.rows.length ?? 0;
    const bottom = bottomOf(HISTORY_TABLE);
    rowsAdded.mockClear();
    await s.service.rollover(first.year + 1, false, "sv");
    expect(rowsAdded).not.toHaveBeenCalled();
    const goals = goalsIn(first);
    expect(bottomOf(HISTORY_TABLE)).toBe(bottom + goals.length);
    const rows = s.emu.workbook.table(HISTORY_TABLE)?.rows ?? [];
    expect(rows).toHaveLength(before + goals.length);
    expect(rows.slice(before).map((r) => r[1])).toEqual(goals.map((g) => g.id));
  });

  test("with a note below the history table: rows.add, and the note is kept", async () => {
    const first = withHistory();
    await s.service.applyLoad(first, "sv");
    const history = s.emu.workbook.table(HISTORY_TABLE);
    if (!history) throw new Error("no history table");
    const bottom = bottomOf(HISTORY_TABLE);
    s.emu.workbook.typeValues(history.sheet, `A${bottom + 2}`, [["Egen anteckning"]]);
    rowsAdded.mockClear();
    await s.service.rollover(first.year + 1, false, "sv");
    expect(rowsAdded).toHaveBeenCalledTimes(1);
    const added = goalsIn(first).length;
    expect(s.emu.workbook.cell(history.sheet, `A${bottom + 2 + added}`).value).toBe("Egen anteckning");
  });
});
