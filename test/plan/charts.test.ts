// The summary sheet's charts as data: two per programme, over the area table's own count cells,
// in the status fills, titled and described in the workbook's language, placed beside the tables.
import { bundledStructure, summarize, type Lang } from "../../src/domain";
import {
  STATUS_SWATCH,
  TREND_SWATCH,
  buildWorkbook,
  isFormula,
  parseRange,
  type ChartPlan,
  type PlanValue,
  type SheetPlan,
} from "../../src/plan";
import { CHART_NAME_PREFIX } from "../../src/plan/summary/charts";

function cellAt(sheet: SheetPlan, address: string): PlanValue | undefined {
  const { top: row, left: col } = parseRange(address);
  for (const b of sheet.blocks) {
    const r = parseRange(b.range);
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
      return b.values[row - r.top][col - r.left];
  }
  return undefined;
}

/** Every cell of a range, top to bottom (one column). */
function cellsOf(range: string): string[] {
  const r = parseRange(range);
  const col = /^[A-Z]+/.exec(range)?.[0] ?? "";
  return Array.from({ length: r.bottom - r.top + 1 }, (_x, i) => `${col}${r.top + i}`);
}

function summaryOf(lang: Lang): { sheet: SheetPlan; charts: ChartPlan[] } {
  const built = buildWorkbook(bundledStructure(), lang);
  const sheet = built.plan.sheets.find((s) => s.role === "summary") as SheetPlan;
  return { sheet, charts: sheet.charts ?? [] };
}

describe.each(["sv", "en"] as const)("summary charts (%s)", (lang) => {
  const { sheet, charts } = summaryOf(lang);
  const summary = summarize(bundledStructure());

  it("draws a status and a trend chart per programme, with unique names of the add-in", () => {
    expect(charts).toHaveLength(2 * summary.programs.length);
    const names = charts.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n.startsWith(CHART_NAME_PREFIX)).toBe(true);
    expect(charts.every((c) => c.kind === "barStacked100")).toBe(true);
  });

  it("reads the count cells of the area table: formulas whose cached results the chart caches", () => {
    for (const c of charts) {
      const categories = cellsOf(c.categories);
      expect(categories.map((a) => cellAt(sheet, a))).toEqual(c.categoryNames);
      expect(c.series).toHaveLength(4);
      for (const s of c.series) {
        expect(cellAt(sheet, s.nameCell)).toBe(s.name);
        const cells = cellsOf(s.values);
        expect(cells).toHaveLength(categories.length);
        const values = cells.map((a) => cellAt(sheet, a));
        expect(values.every((v) => v !== undefined && v !== null && isFormula(v))).toBe(true);
        expect(values.map((v) => (v !== undefined && v !== null && isFormula(v) ? v.result : null))).toEqual(
          s.cached,
        );
      }
    }
  });

  it("uses the status fills of the sheet and a title and alternative text naming the programme", () => {
    summary.programs.forEach((p, i) => {
      const [status, trend] = charts.slice(2 * i, 2 * i + 2);
      expect(status.series.map((s) => s.fill).slice(0, 3)).toEqual([
        STATUS_SWATCH.red.fill,
        STATUS_SWATCH.yellow.fill,
        STATUS_SWATCH.green.fill,
      ]);
      expect(trend.series.map((s) => s.fill).slice(0, 3)).toEqual([
        TREND_SWATCH.up.fill,
        TREND_SWATCH.flat.fill,
        TREND_SWATCH.down.fill,
      ]);
      for (const c of [status, trend]) {
        expect(c.title).toContain(p.name);
        expect(c.altTitle).toBe(c.title);
        expect(c.altDescription).toContain(p.name);
        for (const s of c.series) expect(c.altDescription).toContain(s.name);
      }
      expect(status.title).toMatch(lang === "sv" ? /^Status per målområde/ : /^Status by target area/);
      expect(trend.title).toMatch(lang === "sv" ? /^Trend per målområde/ : /^Trend by target area/);
      // The status chart counts the status columns; the counts add up to each area's goals.
      const totals = p.areas.map((a) => a.total);
      const sums = status.series[0].cached.map((_v, k) => status.series.reduce((n, s) => n + s.cached[k], 0));
      expect(sums).toEqual(totals);
    });
  });

  it("places the charts beside the tables, covering no cell and no other chart", () => {
    const anchors = charts.map((c) => parseRange(c.anchor));
    const used = sheet.blocks.map((b) => parseRange(b.range));
    const widest = Math.max(...used.map((r) => r.right));
    for (const a of anchors) {
      expect(a.left).toBeGreaterThan(widest);
      for (const u of used) {
        const overlap = a.left <= u.right && u.left <= a.right && a.top <= u.bottom && u.top <= a.bottom;
        expect(overlap).toBe(false);
      }
    }
    for (let i = 0; i < anchors.length; i++)
      for (let j = i + 1; j < anchors.length; j++) {
        const [a, b] = [anchors[i], anchors[j]];
        expect(a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom).toBe(false);
      }
    for (const m of sheet.merges) {
      const r = parseRange(m);
      for (const a of anchors) expect(a.left > r.right).toBe(true);
    }
  });
});
