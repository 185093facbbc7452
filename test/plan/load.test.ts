// Load planning and the goal table's commands, decided on plain records of what was read: no
// emulator, no Excel.
import { statusLabel, summaryReportText, type GoalStructure } from "../../src/domain";
import {
  GOAL_TABLE,
  buildWorkbookPlan,
  columnLetter,
  goalHeader,
  matchGoalColumns,
  parseCell,
  rangeAddress,
  type SheetPlan,
} from "../../src/plan";
import {
  goalTableFormatting,
  planFix,
  planFormat,
  planSummary,
  planValidate,
} from "../../src/plan/goalTable";
import { blockingProblem, planLoad, type CreateLoad, type MergeLoad } from "../../src/plan/load";
import type { Decision, Probe, SheetRead, TableRead, WorkbookRead } from "../../src/plan/ownership";

function structure(): GoalStructure {
  const goal = (id: string, text: string): GoalStructure["programs"][0]["areas"][0]["goals"][0] => ({
    id,
    text,
    responsible: "Kommunstyrelsen",
    sdgs: [8],
    status: null,
    trend: null,
  });
  return {
    organisation: "Exempelkommun",
    year: 2024,
    programs: [
      {
        id: "EKO",
        name: "Ekonomi",
        areas: [
          {
            id: "EKO-1",
            name: "Stabil ekonomi",
            sdgs: [8],
            goals: [goal("EKO-1.01", "Budgeten är i balans"), goal("EKO-1.02", "Skulden minskar")],
          },
        ],
      },
    ],
  };
}

const goalSheetOf = (s: GoalStructure): SheetPlan =>
  buildWorkbookPlan(s, "sv").sheets.find((sh) => sh.role === "goals") as SheetPlan;

/** The goal table the plan writes, as the read finds it; `at` moves its top-left cell. */
function goalTable(s: GoalStructure, at?: string, extraColumn?: string): TableRead {
  const plan = goalSheetOf(s).tables[0];
  const header = [...plan.columns, ...(extraColumn ? [extraColumn] : [])];
  const body = plan.rows.map((r) => [
    ...r.map((v) => (v === null ? "" : String(v))),
    ...(extraColumn ? [""] : []),
  ]);
  const top = parseCell(at ?? plan.range.split(":")[0]);
  const right = top.col + header.length - 1;
  return {
    sheet: "Mål",
    topLeft: `${columnLetter(top.col)}${top.row}`,
    header,
    body,
    range: rangeAddress(top.row, top.col, top.row + body.length, right),
    sheetProtected: false,
    bodyAddress: rangeAddress(top.row + 1, top.col, top.row + body.length, right),
  };
}

function workbook(goals: TableRead | null, sheets: Partial<SheetRead>[] = []): WorkbookRead {
  const all = [...(goals ? [{ name: goals.sheet }] : []), ...sheets].map((s): SheetRead => ({
    name: "",
    protected: false,
    usedValues: null,
    usedAll: null,
    top: null,
    tables: [],
    ...s,
  }));
  const probe: Probe = {
    sheets: all.map((s) => ({ name: s.name, visibility: "Visible" })),
    tables: new Set(goals ? [GOAL_TABLE.toLocaleUpperCase("sv")] : []),
    names: [],
    markers: { goals: null, summary: null, history: null, structure: null, indicators: null },
    markerExists: { goals: false, summary: false, history: false, structure: false, indicators: false },
  };
  return {
    probe,
    goals,
    info: null,
    programs: null,
    areas: null,
    sheets: new Map(all.map((s) => [s.name, s])),
  };
}

function value<T>(d: Decision<T>): T {
  if (!d.ok) throw new Error(`refused: ${d.refusal.messages.en}`);
  return d.value;
}

function refused<T>(d: Decision<T>): { code: string; sv: string; en: string } {
  if (d.ok) throw new Error("not refused");
  return { code: d.refusal.code, ...d.refusal.messages };
}

describe("a load into a workbook without a goal table", () => {
  it("creates the four sheets in tab order, showing the goal sheet, and previews them", () => {
    const s = structure();
    const load = value(planLoad(workbook(null), s, "sv")) as CreateLoad;
    expect(load.mode).toBe("create");
    expect(load.sheets.map((o) => [o.target.name, o.target.action, o.activate])).toEqual([
      ["Mål", "create", true],
      ["Sammanfattning", "create", false],
      ["Historik", "create", false],
      ["Struktur", "create", false],
    ]);
    expect(load.sheets.map((o) => o.plan)).toEqual(buildWorkbookPlan(s, "sv").sheets);
    expect(load.preview).toMatchObject({
      mode: "create",
      newGoals: 2,
      updatedGoals: 0,
      sheetsToCreate: ["Mål", "Sammanfattning", "Historik", "Struktur"],
      workbookLang: "sv",
      goalSheet: "Mål",
    });
  });

  it("is refused when a user's sheet has the summary's name", () => {
    const read = workbook(null, [{ name: "Sammanfattning", usedValues: "A1:C3", top: [["Mitt"]] }]);
    expect(refused(planLoad(read, structure(), "sv")).code).toBe("sheet-name-taken");
  });
});

describe("a load into a workbook with a goal table (merge)", () => {
  /** The table moved to C5, with a column of the user's own after the add-in's. */
  const moved = (): TableRead => goalTable(structure(), "C5", "Anteckning");
  const revised = (): GoalStructure => {
    const s = structure();
    s.programs[0].areas[0].goals[1].text = "Skulden minskar varje år";
    s.programs[0].areas[0].goals.push({
      ...s.programs[0].areas[0].goals[0],
      id: "EKO-1.03",
      text: "Nytt mål",
    });
    return s;
  };

  it("merges instead of creating, whatever the language asked for", () => {
    const load = value(planLoad(workbook(moved()), revised(), "en")) as MergeLoad;
    expect(load.mode).toBe("merge");
    expect(load.preview).toMatchObject({
      mode: "merge",
      newGoals: 1,
      updatedGoals: 1,
      unchangedGoals: 1,
      orphanGoals: 0,
      updatedCells: { text: 1 },
      userColumns: ["Anteckning"],
      sheetsToCreate: ["Sammanfattning", "Historik", "Struktur"],
      workbookLang: "sv",
      goalSheet: moved().sheet,
    });
  });

  it("names the sheet the goal table is on, after the official renamed it", () => {
    const table = { ...moved(), sheet: "Mina mål 2024" };
    const load = value(planLoad(workbook(table), revised(), "sv")) as MergeLoad;
    expect(load.preview.goalSheet).toBe("Mina mål 2024");
  });

  it("writes only changed structural cells and the add-in's columns of new rows", () => {
    const table = moved();
    const cols = matchGoalColumns(table.header).columns;
    const load = value(planLoad(workbook(table), revised(), "sv")) as MergeLoad;
    expect(load.updates).toEqual([{ row: 1, col: cols.text, value: "Skulden minskar varje år" }]);
    expect(load.fills).toBeNull();
    expect(load.appends).toHaveLength(1);
    const user = table.header.indexOf("Anteckning");
    expect(load.appends[0][user]).toBeNull();
    expect(load.appends[0][cols.id as number]).toBe("EKO-1.03");
    expect(load.textFormat.map((f, i) => (i === user ? f === null : f === "@"))).not.toContain(false);
    expect(load.goalMarker).toBe("add");
  });

  it("puts the drop-downs and rules on the status and trend columns where they are now", () => {
    const table = moved();
    const cols = matchGoalColumns(table.header).columns;
    const load = value(planLoad(workbook(table), revised(), "sv")) as MergeLoad;
    const status = columnLetter(3 + (cols.status as number));
    // Header on row 5, three goals after the merge.
    expect(load.formatting.ranges[0]).toBe(`${status}6:${status}8`);
    const done = columnLetter(3 + (cols.done as number));
    expect(load.formatting.ranges[2]).toBe(`${done}6:${done}8`);
    expect(load.formatting.validations.map((v) => [v.column, v.range])).toEqual([
      ["status", `${status}6:${status}8`],
      ["trend", load.formatting.ranges[1]],
      ["done", `${done}6:${done}8`],
    ]);
    const red = load.formatting.conditionalFormats.find((c) => c.marks.value === "red");
    expect(red?.formula).toBe(`${status}6="${statusLabel("red", "sv")}"`);
  });

  it("is refused when the goal sheet is protected", () => {
    const table = { ...moved(), sheetProtected: true };
    const r = refused(planLoad(workbook(table), revised(), "sv"));
    expect(r.code).toBe("protected-sheet");
    expect(r.sv).toContain("Mål");
  });
});

describe("the goal table's rules", () => {
  it("are the plan's own when the table is where the plan puts it", () => {
    const s = structure();
    const table = goalTable(s);
    const plan = goalSheetOf(s);
    const f = goalTableFormatting(table, matchGoalColumns(table.header).columns, "sv", table.body.length);
    expect(f.validations).toEqual(plan.validations);
    // The status and trend rules; the rule that greys repeated names comes with the sheet only.
    expect(f.conditionalFormats).toEqual(
      plan.conditionalFormats.filter((c) => c.marks.column === "status" || c.marks.column === "trend"),
    );
    expect(f.ranges).toEqual(plan.validations.map((v) => v.range));
  });

  it("count what applyFormatting reports", () => {
    const f = value(planFormat(workbook(goalTable(structure()))));
    expect(f.result).toEqual({
      validations: f.formatting.validations.length,
      conditionalFormats: f.formatting.conditionalFormats.length,
    });
    expect(f.result.conditionalFormats).toBe(6);
  });
});

describe("refusing a structure before anything is read", () => {
  it("refuses a repeated goal ID, naming it", () => {
    const s = structure();
    s.programs[0].areas[0].goals[1].id = "EKO-1.01";
    const problem = blockingProblem(s);
    expect(problem?.code).toBe("invalid-input");
    expect(problem?.messages.en).toContain("EKO-1.01");
  });

  it("lets a structure with only non-blocking problems through", () => {
    const s = structure();
    s.programs[0].areas[0].goals[0].text = "";
    expect(blockingProblem(s)).toBeNull();
  });
});

describe("validate, fix and summary on the table as read", () => {
  it("refuse a workbook without a goal table", () => {
    expect(refused(planValidate(workbook(null))).code).toBe("table-missing");
    expect(refused(planFix(workbook(null))).code).toBe("table-missing");
    // By its caption, with the Excel name for an admin; no sheet when no marker names one.
    expect(refused(planValidate(workbook(null)))).toMatchObject({
      sv: expect.stringContaining("ingen måltabell (Excel-tabellen Maluppfoljning_Mal) i arbetsboken"),
      en: expect.stringContaining("a goal table (the Excel table Maluppfoljning_Mal) in the workbook"),
    });
  });

  it("name the required columns a table lost", () => {
    const table = goalTable(structure());
    table.header = table.header.map((h) => (h === goalHeader("status", "sv") ? "Läge" : h));
    const r = refused(planValidate(workbook(table)));
    expect(r.code).toBe("header-missing");
    expect(r.sv).toContain(`"${goalHeader("status", "sv")}"`);
    expect(r.en).toContain(`"${goalHeader("status", "en")}"`);
  });

  it("fix a near-miss status in its cell and report the table as it will be", () => {
    const table = goalTable(structure());
    const status = matchGoalColumns(table.header).columns.status as number;
    table.body[0][status] = " grön";
    const before = value(planValidate(workbook(table)));
    expect(before.counts.fixable).toBe(1);
    expect(before.issues[0].address).toBe(
      `Mål!${columnLetter(1 + status)}${parseCell(table.topLeft).row + 1}`,
    );
    const fix = value(planFix(workbook(table)));
    expect(fix.writes).toEqual([{ row: 0, col: status, value: statusLabel("green", "sv") }]);
    expect(fix.result.fixed).toBe(1);
    expect(fix.result.after.counts.fixable).toBe(0);
    // The read itself is left as it was.
    expect(table.body[0][status]).toBe(" grön");
  });

  it("summarise on the summary sheet in the workbook's language, reporting in the pane's", () => {
    const plan = value(planSummary(workbook(goalTable(structure())), "en"));
    expect(plan.sheet.target).toMatchObject({ name: "Sammanfattning", action: "create", marker: "add" });
    expect(plan.result.sheet).toBe("Sammanfattning");
    expect(plan.result.summary.total.total).toBe(2);
    expect(plan.result.reportText).toBe(summaryReportText(plan.result.summary, "en"));
    expect(plan.result.reportText).not.toBe(summaryReportText(plan.result.summary, "sv"));
  });
});
