// The summary sheet's units: the table model every renderer shares, and the sheet placing it.
import { bundledStructure, summarize, type GoalStructure, type Lang } from "../../src/domain";
import { buildWorkbook, isFormula, parseRange, type PlanValue, type SheetPlan } from "../../src/plan";
import {
  COUNT_COLUMNS,
  areaTable,
  publishedTable,
  sheetWording,
  statusTrendTable,
  type SummaryTable,
} from "../../src/plan/summary";

function cellAt(sheet: SheetPlan, row: number, col: number): PlanValue | undefined {
  for (const b of sheet.blocks) {
    const r = parseRange(b.range);
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
      return b.values[row - r.top][col - r.left];
  }
  return undefined;
}

/** The values a placed table shows: the label, then each count (the cached result of a formula). */
function shown(sheet: SheetPlan, top: number, table: SummaryTable): (string | number | null)[][] {
  return table.rows.map((_r, i) =>
    [0, ...table.columns.map((_c, j) => j + 1)].map((j) => {
      const v = cellAt(sheet, top + i, 1 + j) ?? null;
      return v !== null && isFormula(v) ? v.result : v;
    }),
  );
}

function edited(): GoalStructure {
  const s = structuredClone(bundledStructure());
  const p = s.programs[0];
  p.areas[0].goals[0].status = null;
  p.areas[0].goals[1].trend = null;
  (p.areas[1].goals[0] as { status: unknown }).status = "purple";
  p.areas.push({ id: "empty", name: "Tomt område", sdgs: [], goals: [] });
  return s;
}

describe.each<[string, () => GoalStructure, Lang]>([
  ["the seed", bundledStructure, "sv"],
  ["an edited structure", edited, "en"],
])("the summary sheet of %s (%s)", (_name, make, lang) => {
  const structure = make();
  const summary = summarize(structure);
  const built = buildWorkbook(structure, lang);
  const sheet = built.plan.sheets.find((s) => s.role === "summary") as SheetPlan;
  const w = sheetWording(lang);

  it("shows each programme's area, published and status × trend tables as their models say", () => {
    summary.programs.forEach((p, i) => {
      const at = built.summaryBlocks[i];
      const areas = areaTable(p, w);
      expect(cellAt(sheet, at.headerRow, 1)).toBe(areas.corner);
      expect(areas.columns.map((_c, j) => cellAt(sheet, at.headerRow, 2 + j))).toEqual(
        areas.columns.map((c) => c.label),
      );
      expect(shown(sheet, at.headerRow + 1, areas)).toEqual(areas.rows.map((r) => [r.label, ...r.values]));

      const reported = structure.programs[i].reported;
      if (reported && at.reportedRow !== null) {
        const published = publishedTable(p, reported, w);
        expect(shown(sheet, at.reportedRow, published)).toEqual(
          published.rows.map((r) => [r.label, ...r.values]),
        );
      } else expect(at.reportedRow).toBeNull();

      const cross = statusTrendTable(p, w);
      expect(cellAt(sheet, at.crossHeaderRow - 1, 1)).toBe(cross.title);
      expect(shown(sheet, at.crossHeaderRow + 1, cross)).toEqual(
        cross.rows.map((r) => [r.label, ...r.values]),
      );
    });
  });

  it("puts a column per status and trend, each missing one computed from the others", () => {
    expect(COUNT_COLUMNS).toEqual([
      "total",
      "status.red",
      "status.yellow",
      "status.green",
      "status.missing",
      "trend.up",
      "trend.flat",
      "trend.down",
      "trend.missing",
    ]);
    const row = built.summaryBlocks[0].totalRow;
    const notAssessed = cellAt(sheet, row, 6);
    const trendMissing = cellAt(sheet, row, 10);
    expect(
      notAssessed !== null && notAssessed !== undefined && isFormula(notAssessed) && notAssessed.formula,
    ).toBe(`B${row}-C${row}-D${row}-E${row}`);
    expect(
      trendMissing !== null && trendMissing !== undefined && isFormula(trendMissing) && trendMissing.formula,
    ).toBe(`B${row}-G${row}-H${row}-I${row}`);
  });

  it("lets the status × trend table add up to the area table's totals", () => {
    for (const p of summary.programs) {
      const cross = statusTrendTable(p, w);
      const total = cross.rows[cross.rows.length - 1];
      const body = cross.rows.slice(0, -1);
      cross.columns.forEach((_c, j) =>
        expect(body.reduce((s, r) => s + (r.values[j] ?? 0), 0)).toBe(total.values[j]),
      );
      expect(total.values[total.values.length - 1]).toBe(p.total);
    }
  });
});
