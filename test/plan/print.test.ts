// How the goal sheet prints: columns that fit an A4 landscape page without text below 8 pt, row
// heights for every row whose text wraps, and a computed scale when the columns cannot fit.
import { bundledStructure, structureToRows } from "../../src/domain";
import { buildGoalSheet } from "../../src/plan/goals";
import { charsToPoints, wrappedLines } from "../../src/plan/layout";
import {
  MAX_ROW_HEIGHT,
  MIN_PRINT_SCALE,
  NARROW_SIDE_MARGIN,
  fitColumnsToPage,
  printSetup,
  printableWidth,
  rowHeightRuns,
} from "../../src/plan/print";

const points = (widths: number[]): number => widths.reduce((s, w) => s + charsToPoints(w), 0);

describe("fitting the columns to the page", () => {
  test("columns that fit keep their widths", () => {
    const cols = [10, 40, 20].map((width) => ({ width, min: 10, wrap: true, texts: ["a"] }));
    expect(fitColumnsToPage(cols, "landscape")).toEqual([10, 40, 20]);
  });

  test("too wide: wrapping columns give up width until 8 pt fits, never below their minimum or longest word", () => {
    const cols = [
      { width: 10, min: 9, wrap: false, texts: ["EKO-1.01"] },
      { width: 60, min: 30, wrap: true, texts: ["a long goal text"] },
      { width: 50, min: 30, wrap: true, texts: [""] },
      { width: 24, min: 12, wrap: true, texts: ["Samhällsplanering och infrastruktur"] },
      { width: 45, min: 30, wrap: true, texts: [""] },
    ];
    const widths = fitColumnsToPage(cols, "landscape");
    expect(widths[0]).toBe(10);
    expect(widths[3]).toBeGreaterThanOrEqual("Samhällsplanering".length + 2);
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(cols[i].min));
    expect((printableWidth("landscape") / points(widths)) * 100).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(printSetup(widths, "landscape", "3:3").fitToWidth).toBe(true);
  });

  test("columns that cannot fit print at the smallest readable scale instead of shrinking the text", () => {
    const widths = Array<number>(12).fill(30);
    expect(printSetup(widths, "landscape", "3:3")).toEqual({
      orientation: "landscape",
      fitToWidth: false,
      scale: MIN_PRINT_SCALE,
      titleRows: "3:3",
      sideMargin: 50.4,
    });
    expect((MIN_PRINT_SCALE / 100) * 11).toBeGreaterThanOrEqual(8);
  });
});

describe("row heights", () => {
  const cols = [
    { width: 10, wrap: false },
    { width: 20, wrap: true },
  ];

  test("rows whose text fits on one line get none; equal heights in a row of rows are one run", () => {
    const long = "a text long enough to wrap onto a second line";
    const runs = rowHeightRuns(
      4,
      [
        ["x", "short"],
        ["x", long],
        ["x", long],
        [null, null],
        ["x", long],
      ],
      cols,
    );
    const h = wrappedLines(long, 20) * 15;
    expect(h).toBeGreaterThanOrEqual(30);
    expect(runs).toEqual([
      { row: 5, height: h, count: 2 },
      { row: 8, height: h },
    ]);
  });

  test("a cell of thousands of words gets Excel's highest row, no higher", () => {
    const huge = "ord ".repeat(8000);
    expect(rowHeightRuns(1, [["x", huge]], cols)).toEqual([{ row: 1, height: MAX_ROW_HEIGHT }]);
    expect(MAX_ROW_HEIGHT).toBe(409);
  });

  test("a column that does not wrap adds no lines", () => {
    expect(rowHeightRuns(1, [["a very long identifier that is never wrapped", "x"]], cols)).toEqual([]);
  });
});

describe("the goal sheet of the bundled example", () => {
  const structure = bundledStructure();
  const rows = structureToRows(structure, "sv");
  const { sheet, layout } = buildGoalSheet(structure, rows, "sv");

  test("prints landscape, one page wide, at 8 pt or more, with narrow margins and the header on every page", () => {
    expect(sheet.print).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      titleRows: `${layout.headerRow}:${layout.headerRow}`,
      sideMargin: NARROW_SIDE_MARGIN,
    });
    const widths = sheet.columns.map((c) => c.width);
    const scale = (printableWidth("landscape", NARROW_SIDE_MARGIN) / points(widths)) * 100;
    expect(scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
  });

  test("every body row whose text wraps has a height of its lines; the others none", () => {
    const heights = new Map<number, number>();
    for (const r of sheet.rowHeights)
      for (let i = 0; i < (r.count ?? 1); i++) heights.set(r.row + i, r.height);
    const wrapping = sheet.columns.map((c) => c.format?.wrap === true);
    rows.forEach((row, i) => {
      const lines = Math.max(
        1,
        ...layout.columns.map((c, j) =>
          wrapping[j] && row.cells[c.key] ? wrappedLines(row.cells[c.key] ?? "", sheet.columns[j].width) : 1,
        ),
      );
      const at = layout.headerRow + 1 + i;
      expect({ row: at, height: heights.get(at) ?? null }).toEqual({
        row: at,
        height: lines > 1 ? lines * 15 : null,
      });
    });
    // The example's programme names wrap at the fitted width: most rows are taller than one line.
    expect(heights.size).toBeGreaterThan(rows.length / 2);
  });

  test("every goal column is aligned to the top", () => {
    for (const c of sheet.columns) expect(c.format?.vertical).toBe("top");
  });
});
