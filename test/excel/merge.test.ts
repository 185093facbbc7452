// Loading a structure into a workbook officials already work in: new goals are added and the
// structure's text is updated, while every cell an official owns stays exactly as it was.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { GOAL_TABLE, parseRange, columnLetter } from "../../src/plan";
import { col, edit, goalTable, goalsOf, setup, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

const clone = (x: GoalStructure): GoalStructure => JSON.parse(JSON.stringify(x)) as GoalStructure;

/** Cell address on the goal sheet of a body row and a column index of the table. */
function addressOf(row: number, column: number): string {
  const r = parseRange(goalTable(s.emu).range);
  return `${columnLetter(r.left + column)}${r.top + 1 + row}`;
}

function rowOf(id: string): number {
  const t = goalTable(s.emu);
  const i = t.body.findIndex((r) => r[col(s.emu, "Mål-ID")] === id);
  if (i < 0) throw new Error(`no row for ${id}`);
  return i;
}

/** Every stored detail (value, formula, number format, style, validation) of the given cells. */
function snapshot(cells: string[]): Record<string, unknown> {
  const sheet = goalTable(s.emu).sheet;
  return Object.fromEntries(cells.map((a) => [a, s.emu.workbook.cell(sheet, a)]));
}

describe("merge into a goal table officials have worked in", () => {
  test("updates structure text, adds goals, and keeps statuses, trends, comments, user columns and rows", async () => {
    const first = bundledStructure();
    await s.service.applyLoad(first, "sv");
    const sheet = goalTable(s.emu).sheet;

    // An official's year of work: assessments, a column and rows of their own.
    const [g0, g1, g2] = goalsOf(first).map((x) => x.goal);
    const st = col(s.emu, "Status");
    const tr = col(s.emu, "Trend");
    const cm = col(s.emu, "Kommentar och analys");
    // A status that differs from the structure's, so any write to it would show.
    const edited = g0.status === "red" ? "Grön" : "Röd";
    s.emu.workbook.typeValues(sheet, addressOf(rowOf(g0.id), st), [[edited]]);
    s.emu.workbook.typeValues(sheet, addressOf(rowOf(g0.id), tr), [["uppåt"]]);
    s.emu.workbook.typeValues(sheet, addressOf(rowOf(g1.id), cm), [["Analys som tog en vecka att skriva."]]);
    const rows = goalTable(s.emu).body.length;
    await edit(s.emu, (context) => {
      const table = context.workbook.tables.getItem(GOAL_TABLE);
      // A column in the middle of the table moves the columns after it.
      const values = [["Egen bedömning"], ...Array.from({ length: rows }, (_, i) => [`egen ${i + 1}`])];
      table.columns.add(3, values);
      const width = goalTable(s.emu).header.length + 1;
      const own = Array<string>(width).fill("");
      own[0] = "EGET-1";
      own[4] = "Ett mål vi lade till själva";
      const note = Array<string>(width).fill("");
      note[width - 1] = "Anteckning utan ID";
      table.rows.add(undefined, [own, note]);
    });
    const header = goalTable(s.emu).header;
    expect(header[3]).toBe("Egen bedömning");

    const owned = (): string[] => {
      const t = goalTable(s.emu);
      const cols = ["Status", "Trend", "Kommentar och analys", "Egen bedömning"].map((h) => col(s.emu, h));
      const cells: string[] = [];
      t.body.forEach((row, i) => {
        const id = String(row[col(s.emu, "Mål-ID")]);
        const ownRow = id === "" || id === "EGET-1" || id === g2.id;
        const columns = ownRow ? t.header.map((_, j) => j) : cols;
        for (const c of columns) cells.push(addressOf(i, c));
      });
      return cells;
    };
    const before = snapshot(owned());

    // The next version of the structure: a renamed programme, a reworded goal, new facts, a new
    // goal, and one goal dropped (the official's row for it stays).
    const second = clone(first);
    second.programs[0].name = `${first.programs[0].name} (reviderat)`;
    const goals = goalsOf(second).map((x) => x.goal);
    goals[0].text = '=HYPERLINK("http://example.com","x")';
    goals[1].responsible = "Kommunstyrelsen";
    goals[1].sdgs = [3, 11];
    goals[0].activities = ["Ny aktivitet", "Andra aktiviteten"];
    second.programs[1].areas[0].goals.push({
      id: "NY-1",
      text: "Ett nytt mål",
      status: "green",
      trend: "up",
    });
    const dropped = second.programs[0].areas[0].goals.findIndex((g) => g.id === g2.id);
    second.programs[0].areas[0].goals.splice(dropped, 1);

    const preview = await s.service.previewLoad(second, "sv");
    const programRows = goalsOf(first).filter((x) => x.program === 0).length;
    expect(preview).toMatchObject({
      mode: "merge",
      newGoals: 1,
      // The dropped goal and the official's own EGET-1.
      orphanGoals: 2,
      userRows: 1,
      userColumns: ["Egen bedömning"],
      sheetsToCreate: [],
      goalSheet: "Mål",
    });
    // Every other row of the renamed programme changes its programme cell only.
    expect(preview.updatedCells).toEqual({
      program: programRows - 1,
      text: 1,
      responsible: 1,
      sdgs: 1,
      activities: 1,
    });
    expect(preview.updatedGoals).toBe(programRows - 1);
    expect(preview.unchangedGoals).toBe(goalsOf(first).length - 1 - (programRows - 1));

    const result = await s.service.applyLoad(second, "sv");
    expect(result).toEqual(preview);

    // Nothing an official owns has moved by a character, a format or a validation.
    expect(snapshot(Object.keys(before))).toEqual(before);

    const t = goalTable(s.emu);
    const cell = (id: string, h: string): unknown => t.body[rowOf(id)][col(s.emu, h)];
    expect(cell(g0.id, "Mål")).toBe('=HYPERLINK("http://example.com","x")');
    expect(s.emu.workbook.cell(sheet, addressOf(rowOf(g0.id), col(s.emu, "Mål"))).formula).toBeUndefined();
    expect(cell(g0.id, "Program")).toBe(second.programs[0].name);
    expect(cell(g0.id, "Aktiviteter")).toBe("Ny aktivitet\nAndra aktiviteten");
    expect(cell(g1.id, "Ansvarig")).toBe("Kommunstyrelsen");
    expect(cell(g1.id, "Agenda 2030")).toBe("3, 11");
    expect(cell(g0.id, "Status")).toBe(edited);
    expect(cell(g0.id, "Trend")).toBe("uppåt");
    // The dropped goal keeps its row, programme name and all.
    expect(cell(g2.id, "Program")).toBe(first.programs[0].name);
    // The new goal comes last, with the structure's assessment, and nothing in the user's column.
    const last = t.body[t.body.length - 1];
    expect(last[col(s.emu, "Mål-ID")]).toBe("NY-1");
    expect(last[col(s.emu, "Status")]).toBe("Grön");
    expect(last[col(s.emu, "Trend")]).toBe("Uppåt");
    expect(last[col(s.emu, "Egen bedömning")]).toBe("");
    expect(s.emu.workbook.numberFormats(sheet, addressOf(t.body.length - 1, col(s.emu, "Mål")))).toEqual([
      ["@"],
    ]);

    // Loading the same structure again changes nothing more.
    const again = await s.service.applyLoad(second, "sv");
    expect(again).toMatchObject({ newGoals: 0, updatedGoals: 0, updatedCells: {} });
  });

  test("finds the table by name and its columns by header, in any order and among other columns", async () => {
    // A goal table someone rebuilt by hand: English headers in another order, an extra column,
    // on a sheet with another name, not where the add-in would put it.
    const structure = bundledStructure();
    const goals = goalsOf(structure);
    const header = ["Notes", "Status", "Goal", "Goal ID", "Trend", "Programme", "Målområde"];
    const body = goals
      .slice(0, 5)
      .map(({ goal, program, area }) => [
        "mine",
        goal.status === "red" ? "Red" : "",
        goal.text,
        goal.id,
        "",
        structure.programs[program].name,
        structure.programs[program].areas[area].name,
      ]);
    s.emu.workbook.addSheet("Uppföljning");
    await edit(s.emu, (context) => {
      const ws = context.workbook.worksheets.getItem("Uppföljning");
      const range = `B4:H${4 + body.length}`;
      ws.getRange(range).numberFormat = [header, ...body].map((r) => r.map(() => "@"));
      ws.getRange(range).values = [header, ...body];
      ws.tables.add(range, true).name = GOAL_TABLE;
    });
    const before = s.emu.workbook.values("Uppföljning", "B5:C9");

    const v = await s.service.validate();
    expect(v.goals).toBe(5);
    for (const i of v.issues) expect(i.address).toMatch(/^Uppföljning!/);

    const r = await s.service.applyLoad(structure, "en");
    expect(r.mode).toBe("merge");
    expect(r.workbookLang).toBe("en");
    expect(r.newGoals).toBe(goals.length - 5);
    expect(r.userColumns).toEqual(["Notes"]);
    // The user's notes and statuses stay; new goals land under the right headers.
    expect(s.emu.workbook.values("Uppföljning", "B5:C9")).toEqual(before);
    const t = goalTable(s.emu);
    const last = t.body[t.body.length - 1];
    const lastGoal = goals[goals.length - 1].goal;
    expect(last[t.header.indexOf("Goal ID")]).toBe(lastGoal.id);
    expect(last[t.header.indexOf("Goal")]).toBe(lastGoal.text);
    expect(last[t.header.indexOf("Notes")]).toBe("");

    const summary = await s.service.refreshSummary("en");
    expect(summary.sheet).toBe("Summary");
    expect(summary.summary.total.total).toBe(goals.length);
  });
});

describe("the goal table's sheet is never cleared", () => {
  test("even when a structure table was moved onto it", async () => {
    await s.service.applyLoad(bundledStructure(), "sv");
    // Someone deletes the structure sheet and rebuilds its info table beside the goal table.
    await edit(s.emu, (context) => {
      context.workbook.worksheets.getItem("Struktur").delete();
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("L3:M5").values = [
        ["Uppgift", "Värde"],
        ["Organisation", "Västerås stad"],
        ["Språk", "sv"],
      ];
      ws.tables.add("L3:M5", true).name = "Maluppfoljning_Info";
    });
    const before = s.emu.workbook.table(GOAL_TABLE);
    const r = await s.service.applyLoad(bundledStructure(), "sv");
    expect(r.mode).toBe("merge");
    expect(r.sheetsToCreate).toEqual(["Struktur"]);
    // The goal table is as it was; the stray table is gone; the structure sheet is back.
    expect(s.emu.workbook.table(GOAL_TABLE)).toEqual(before);
    expect(s.emu.workbook.values("Mål", "L3:M5")).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    expect(s.emu.workbook.table("Maluppfoljning_Info")?.sheet).toBe("Struktur");
  });
});
