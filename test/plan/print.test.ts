// How the goal sheet prints: columns that fit an A4 landscape page without text below 8 pt, row
// heights for every row whose text wraps, and a computed scale when the columns cannot fit.
import { bundledStructure, structureToRows, type GoalStructure } from "../../src/domain";
import { REPEAT_SWATCH } from "../../src/plan/colors";
import { buildGoalSheet, repeatsName } from "../../src/plan/goals";
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

  test("rows of changing heights: one run at the most common height, then the rows that differ, the later winning", () => {
    const two = "a text long enough to wrap";
    const three = "a text that is long enough to wrap onto a third line";
    const texts = [two, three, two, two, three, three, two].map((t) => ["x", t]);
    const [h2, h3] = [wrappedLines(two, 20) * 15, wrappedLines(three, 20) * 15];
    expect([h2, h3]).toEqual([30, 45]);
    const runs = rowHeightRuns(4, texts, cols);
    expect(runs).toEqual([
      { row: 4, height: 30, count: 7 },
      { row: 5, height: 45 },
      { row: 8, height: 45, count: 2 },
    ]);
    const applied = new Map<number, number>();
    for (const r of runs) for (let i = 0; i < (r.count ?? 1); i++) applied.set(r.row + i, r.height);
    expect([...applied.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h)).toEqual([
      30, 45, 30, 30, 45, 45, 30,
    ]);
  });

  test("a clipped cell adds no lines, but pins a row it would have made taller", () => {
    const long = "a text long enough to wrap onto a second line";
    const clipped = (_i: number, j: number): boolean => j === 1;
    const three = [...cols, { width: 20, wrap: true }];
    expect(rowHeightRuns(4, [["x", long, "short"]], three, false, clipped)).toEqual([{ row: 4, height: 15 }]);
    expect(rowHeightRuns(4, [["x", long, long]], three, false, clipped)).toEqual([
      { row: 4, height: wrappedLines(long, 20) * 15 },
    ]);
    expect(rowHeightRuns(4, [["x", "short", "short"]], three, false, clipped)).toEqual([]);
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

  test("every body row whose text wraps has a height of its lines, a name repeated from the row above not counted; the others none", () => {
    const heights = new Map<number, number>();
    for (const r of sheet.rowHeights)
      for (let i = 0; i < (r.count ?? 1); i++) heights.set(r.row + i, r.height);
    const wrapping = sheet.columns.map((c) => c.format?.wrap === true);
    rows.forEach((row, i) => {
      const same = (key: "program" | "area"): boolean => i > 0 && row.cells[key] === rows[i - 1].cells[key];
      // An area repeats within its programme only.
      const repeated = (key: string): boolean =>
        (key === "program" && same("program")) || (key === "area" && same("area") && same("program"));
      const lines = (own: boolean): number =>
        Math.max(
          1,
          ...layout.columns.map((c, j) =>
            wrapping[j] && row.cells[c.key] && repeated(c.key) !== own
              ? wrappedLines(row.cells[c.key] ?? "", sheet.columns[j].width)
              : 1,
          ),
        );
      const at = layout.headerRow + 1 + i;
      // A repeated name that would wrap further pins the row at what the other cells need.
      const height = lines(true) > 1 ? lines(true) * 15 : lines(false) > 1 ? 15 : null;
      expect({ row: at, height: heights.get(at) ?? null }).toEqual({ row: at, height });
    });
    // The example's programme names wrap at the fitted width: most rows are taller than one line.
    expect(heights.size).toBeGreaterThan(rows.length / 2);
  });

  test("every goal column is aligned to the top", () => {
    for (const c of sheet.columns) expect(c.format?.vertical).toBe("top");
  });
});

describe("a programme or area name repeated from the row above", () => {
  const program = "Program för ekologisk, social och ekonomisk hållbarhet i hela kommunen";
  const area = "Samhällsplanering, infrastruktur och bostadsförsörjning";
  const longGoal =
    "Ett mål vars text är så lång att den bryts på flera rader i målkolumnen, också när kolumnen är som bredast";
  const goal = (id: string, text = "Kort mål") => ({ id, text, status: null, trend: null });
  const structure: GoalStructure = {
    organisation: "Testkommun",
    year: 2024,
    programs: [
      {
        id: "p1",
        name: program,
        areas: [
          {
            id: "a1",
            name: area,
            sdgs: [],
            goals: [goal("G1"), goal("G2"), goal("G3", longGoal), goal("G4")],
          },
          { id: "a2", name: "Natur", sdgs: [], goals: [goal("G5"), goal("G6")] },
        ],
      },
      // The same area name under another programme starts a run of its own.
      { id: "p2", name: "Program två", areas: [{ id: "a3", name: area, sdgs: [], goals: [goal("G7")] }] },
    ],
  };
  const rows = structureToRows(structure, "sv");
  const { sheet, layout } = buildGoalSheet(structure, rows, "sv");
  const col = (key: string) => layout.columns.findIndex((c) => c.key === key);
  const width = (key: string) => sheet.columns[col(key)].width;
  const heightOf = (id: string): number | null => {
    const row = layout.headerRow + 1 + rows.findIndex((r) => r.cells.id === id);
    // Runs apply in order, a later one winning.
    const runs = sheet.rowHeights.filter((h) => row >= h.row && row < h.row + (h.count ?? 1));
    return runs.length > 0 ? runs[runs.length - 1].height : null;
  };

  test("the first row of a run is as high as the whole name; the repeats are one line unless another cell wraps", () => {
    const nameLines = Math.max(wrappedLines(program, width("program")), wrappedLines(area, width("area")));
    expect(nameLines).toBeGreaterThanOrEqual(3);
    expect(heightOf("G1")).toBe(nameLines * 15);
    // Pinned at one line: an automatic row would grow to the repeated name in Excel.
    expect(heightOf("G2")).toBe(15);
    expect(heightOf("G3")).toBe(wrappedLines(longGoal, width("text")) * 15);
    expect(heightOf("G4")).toBe(15);
    // A new area: its name (one line) is new, the programme's repeats.
    expect(heightOf("G5")).toBe(15);
    expect(heightOf("G6")).toBe(15);
    // A new programme, whose area has the name of the one above: both are new to the reader.
    expect(heightOf("G7")).toBe(wrappedLines(area, width("area")) * 15);
  });

  test("every row still holds its programme and area", () => {
    const body = sheet.tables[0].rows;
    for (const [i, r] of rows.entries()) {
      expect(body[i][col("program")]).toBe(r.cells.program);
      expect(body[i][col("area")]).toBe(r.cells.area);
    }
    expect(body.map((r) => r[col("program")])).toEqual([...Array(6).fill(program), "Program två"]);
  });

  test("two rules grey the repeats: same text as the row above, within the programme, below the header, not under a hidden row", () => {
    const top = layout.headerRow + 1;
    const bottom = layout.headerRow + rows.length;
    const rules = sheet.conditionalFormats.filter((c) => c.marks.value === "repeat");
    const [B, C] = [layout.columns[col("program")].column, layout.columns[col("area")].column];
    expect(rules).toEqual([
      {
        range: `${B}${top}:${B}${bottom}`,
        kind: "expression",
        formula: `AND(${B}${top}=${B}${top - 1},ROW(${B}${top - 1})>ROW(${B}$${top - 1}),SUBTOTAL(103,${B}${top - 1})=1)`,
        format: REPEAT_SWATCH,
        marks: { column: "program", value: "repeat" },
      },
      {
        range: `${C}${top}:${C}${bottom}`,
        kind: "expression",
        formula: `AND(${C}${top}=${C}${top - 1},${B}${top}=${B}${top - 1},ROW(${C}${top - 1})>ROW(${C}$${top - 1}),SUBTOTAL(103,${C}${top - 1})=1)`,
        format: REPEAT_SWATCH,
        marks: { column: "area", value: "repeat" },
      },
    ]);
    // After the status and trend rules, whose priorities stay as they were.
    expect(sheet.conditionalFormats.slice(-2)).toEqual(rules);
    expect(REPEAT_SWATCH).toEqual({ fill: "#FFFFFF", fontColor: "#767676", bold: false, italic: false });
  });

  test("a repeat is the same text ignoring case, as Excel's = compares it; an empty cell repeats nothing", () => {
    expect(repeatsName("Hälsa", "HÄLSA")).toBe(true);
    expect(repeatsName("Hälsa", "Hälsa ")).toBe(false);
    expect(repeatsName("", "")).toBe(false);
    expect(repeatsName(null, "Hälsa")).toBe(false);
  });

  test("the bundled example: the programme name no longer sets the height of every row", () => {
    const bundled = bundledStructure();
    const all = structureToRows(bundled, "sv");
    const built = buildGoalSheet(bundled, all, "sv");
    const total = (heights: { row: number; height: number; count?: number }[]): number => {
      const byRow = new Map<number, number>();
      for (const h of heights) for (let i = 0; i < (h.count ?? 1); i++) byRow.set(h.row + i, h.height);
      const first = built.layout.headerRow + 1;
      return all.reduce((sum, _r, i) => sum + (byRow.get(first + i) ?? 15), 0);
    };
    const columns = built.sheet.columns.map((c) => ({ width: c.width, wrap: c.format?.wrap === true }));
    const keys = built.layout.columns.map((c) => c.key);
    const everyName = rowHeightRuns(
      built.layout.headerRow + 1,
      all.map((r) => keys.map((k) => r.cells[k])),
      columns,
    );
    // 3,165 points when every row fits its names, 2,610 now.
    expect(total(everyName)).toBe(3165);
    expect(total(built.sheet.rowHeights.filter((h) => h.row > built.layout.headerRow))).toBe(2610);
  });
});
