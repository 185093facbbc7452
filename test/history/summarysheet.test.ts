// Which workbooks get the comparison on the summary sheet: only a structure with history, in a
// goal table that has the "last year" columns; otherwise the report text still says what the
// domain's says.
import {
  GOAL_COLUMNS,
  bundledStructure,
  programReportText,
  summarizeWithComparison,
  type GoalColumns,
} from "../../src/domain";
import {
  buildWorkbook,
  isFormula,
  parseCell,
  parseRange,
  type PlanValue,
  type SheetPlan,
} from "../../src/plan";
import { previousColumnCells } from "../../src/plan/previous";
import { exampleStructure } from "./example";

function cell(sheet: SheetPlan, address: string): PlanValue | undefined {
  const at = parseCell(address);
  for (const b of sheet.blocks) {
    const r = parseRange(b.range);
    if (at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right)
      return b.values[at.row - r.top][at.col - r.left];
  }
  return undefined;
}

const summaryOf = (plan: { sheets: SheetPlan[] }): SheetPlan => {
  const found = plan.sheets.find((s) => s.role === "summary");
  if (!found) throw new Error("no summary sheet");
  return found;
};

describe("the comparison on the summary sheet", () => {
  it("is absent for a structure without history: no tables, no names", () => {
    const built = buildWorkbook(bundledStructure(), "sv");
    expect(built.summaryBlocks.every((b) => b.comparison === null)).toBe(true);
    expect(summaryOf(built.plan).names.some((n) => n.name.includes("Prev"))).toBe(false);
  });

  it("is there for every programme of a structure with history, its text a live formula", () => {
    const s = exampleStructure();
    const built = buildWorkbook(s, "sv");
    expect(built.summaryBlocks.every((b) => b.comparison !== null)).toBe(true);
    const sheet = summaryOf(built.plan);
    const summary = summarizeWithComparison(s);
    built.summaryBlocks.forEach((b, i) => {
      const v = cell(sheet, `A${b.reportRow}`);
      expect(v !== undefined && v !== null && isFormula(v) ? v.result : v).toBe(
        programReportText(summary.programs[i], "sv"),
      );
      expect(v !== undefined && v !== null && isFormula(v)).toBe(true);
    });
  });

  it("is absent from a goal table without the last-year columns, whose text is then the domain's value", () => {
    const columns: GoalColumns = GOAL_COLUMNS.filter((c) => c.owner !== "addin");
    const s = exampleStructure();
    const built = buildWorkbook(s, "sv", { columns });
    expect(built.summaryBlocks.every((b) => b.comparison === null)).toBe(true);
    const [miljo] = built.summaryBlocks;
    const v = cell(summaryOf(built.plan), `A${miljo.reportRow}`);
    expect(v).toBe(programReportText(summarizeWithComparison(s).programs[0], "sv"));
    expect(String(v)).toMatch(/ Jämfört med 2023 har 2 mål fått en bättre bedömning/);
  });
});

describe("the goal table's last-year cells written again", () => {
  it("are the cells a new workbook has, for the comparison year of the structure given", () => {
    const s = exampleStructure();
    const built = buildWorkbook(s, "sv");
    const goals = built.plan.sheets.find((sh) => sh.role === "goals");
    if (!goals) throw new Error("no goal sheet");
    const layout = built.plan.goalTable;
    const table = goals.tables[0];
    const ids = table.rows.map((r) => String(r[0]));
    const cells = previousColumnCells(s, layout, layout.headerRow + 1, ids, "sv");
    expect(cells.map((c) => c.column)).toEqual(["I", "J"]);
    for (const { column, cells: written } of cells) {
      const j = layout.columns.findIndex((c) => c.column === column);
      expect(written).toEqual(table.rows.map((r) => r[j]));
    }
    // A year later (rollover): the cells look up 2024, and show what the goals had then.
    const next = exampleStructure();
    next.year = 2025;
    for (const p of next.programs)
      for (const a of p.areas)
        for (const g of a.goals)
          g.history = [...(g.history ?? []), { year: 2024, status: g.status, trend: g.trend }];
    const [status] = previousColumnCells(next, layout, layout.headerRow + 1, ids, "sv");
    expect(status.cells[0].formula).toContain("=2024)");
    expect(status.cells.map((c) => c.result).slice(0, 4)).toEqual(["Grön", "Röd", "Gul", "Ej bedömd"]);
  });
});
