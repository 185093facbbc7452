// The shells' shared part of collect (src/plan/collect.ts, src/present/collect.ts): a return read
// as tables and record becomes the merge's input or a rejection, and the merge's result becomes
// cell writes into the main goal table and lines grouped per file.
import { buildWorkbookPlan, readWorkbookTables, type WorkbookTables } from "../../src/plan";
import { collectIndicators, collectInto, returnOf } from "../../src/plan/collect";
import { readSentGrid, sentGoals, sentGrid, type SentRecord } from "../../src/plan/sent";
import {
  collectColumnLabel,
  collectCounts,
  collectLinesByFile,
  rejectedReason,
} from "../../src/present/collect";
import { exampleStructure } from "../history/example";

/** The plan's goal table as the readers give it (header and body as cell text). */
function tablesOf(rows: string[][], header: string[]): WorkbookTables {
  return { goals: { sheet: "Mål", topLeft: "A3", header, body: rows } };
}

const plan = buildWorkbookPlan(exampleStructure(), "sv");
const table = plan.sheets[0].tables[0];
const header = table.columns;
const body = (): string[][] => table.rows.map((r) => r.map((v) => (v === null ? "" : String(v))));
const base: SentRecord = {
  split: "x",
  organisation: "Exempelkommun",
  year: 2024,
  main: "main.xlsx",
  responsible: "Nämnden",
  goals: sentGoals(plan),
};
const main = (() => {
  const r = readWorkbookTables(tablesOf(body(), header));
  if (!r.ok) throw new Error("unreadable");
  return r.value;
})();
// Without a structure sheet the main's organisation and year are what the reader derives.
const record: SentRecord = { ...base, organisation: main.reference.organisation, year: main.reference.year };
const col = (h: string): number => header.indexOf(h);

it("writes a returned status into the main's row and groups the lines per file", () => {
  const edited = body();
  edited[2][col("Status")] = "Röd";
  const plan = collectInto(main, [
    { file: "a.xlsx", tables: tablesOf(edited, header), record },
    { file: "b.xlsx", tables: tablesOf(body(), header), record: null },
  ]);
  expect(plan.changes).toEqual([{ row: 2, column: "status", text: "Röd" }]);
  const groups = collectLinesByFile(plan.result, "sv");
  expect(groups.map((g) => [g.file, g.lines.map((l) => l.kind)])).toEqual([
    ["a.xlsx", ["taken"]],
    ["b.xlsx", ["rejected"]],
  ]);
  expect(groups[0].lines[0].text).toBe("Fört in: a.xlsx, L3, Status: ”Gul” → ”Röd”");
  expect(collectCounts(plan.result, "en")).toBe("1 values taken, 0 conflicts, 1 not applied, 43 unchanged.");
});

it("rejects a return of another year, and one with an unreadable status", () => {
  expect(
    returnOf(
      { file: "a.xlsx", tables: tablesOf(body(), header), record: { ...record, year: record.year - 1 } },
      { organisation: record.organisation, year: record.year },
      "sv",
    ),
  ).toMatchObject({ reason: "other-main" });
  const bad = body();
  bad[0][col("Status")] = "blåaktig";
  const r = returnOf(
    { file: "a.xlsx", tables: tablesOf(bad, header), record },
    { organisation: record.organisation, year: record.year },
    "en",
  );
  expect(r).toMatchObject({ file: "a.xlsx", reason: "invalid" });
  expect((r as { detail: string }).detail).toContain("Mål!");
});

describe("indicator values in the record and the merge", () => {
  const indicators = [
    {
      goalId: "L1",
      id: "pm10",
      values: new Map<number, number | null>([
        [2023, 18.5],
        [2024, null],
      ]),
    },
    {
      goalId: "L1",
      id: "=no2",
      values: new Map<number, number | null>([
        [2023, 0.1 + 0.2],
        [2024, -3],
      ]),
    },
  ];

  it("the record's grid holds them after the goal rows, and reads them back exactly", () => {
    const grid = sentGrid({ ...base, indicators });
    expect(grid.slice(-4)).toEqual([
      ["indicators", "2"],
      ["goalId", "id", "2023", "2024"],
      ["L1", "pm10", "18.5", ""],
      ["L1", "=no2", "0.30000000000000004", "-3"],
    ]);
    expect(readSentGrid(grid)).toEqual({ ...base, indicators });
    // An older record (no section) reads without them; so does one whose section was edited into nonsense.
    expect(readSentGrid(sentGrid(base))).toEqual(base);
    const damaged = grid.map((r) => [...r]);
    damaged[damaged.length - 1][3] = "minus tre";
    expect(readSentGrid(damaged)).toEqual(base);
  });

  it("reads a main's or return's year cells as numbers, empty, or the text of a cell without one", () => {
    const read = collectIndicators({
      rows: [
        {
          index: 0,
          cells: { goalId: "L1", id: "pm10", name: "Partiklar" },
          years: [
            { year: 2022, text: "1 234,5" },
            { year: 2023, text: " " },
            { year: 2024, text: "ca 5" },
          ],
        },
      ],
      positions: {},
      yearPositions: new Map(),
      address: () => "",
    });
    expect(read).toEqual([
      {
        goalId: "L1",
        id: "pm10",
        name: "Partiklar",
        values: new Map<number, number | string | null>([
          [2022, 1234.5],
          [2023, null],
          [2024, "ca 5"],
        ]),
      },
    ]);
  });

  it("words an indicator column and a value that is no number, in both languages", () => {
    const x = {
      column: "indicator:pm10:2024" as const,
      indicator: { id: "pm10", name: "Partiklar", year: 2024 },
    };
    expect(collectColumnLabel(x, "sv")).toBe("Indikator Partiklar 2024");
    expect(collectColumnLabel(x, "en")).toBe("Indicator Partiklar 2024");
    const r = {
      file: "a.xlsx",
      goalId: "L1",
      reason: "indicator-not-number" as const,
      indicator: "pm10",
      year: 2024,
      detail: "ca 5",
    };
    expect(rejectedReason(r, "sv")).toBe("indikatorn pm10, 2024: ”ca 5” är inget tal");
    expect(rejectedReason(r, "en")).toBe("indicator pm10, 2024: ”ca 5” is not a number");
  });
});
