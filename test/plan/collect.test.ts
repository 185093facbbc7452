// The shells' shared part of collect (src/plan/collect.ts, src/present/collect.ts): a return read
// as tables and record becomes the merge's input or a rejection, and the merge's result becomes
// cell writes into the main goal table and lines grouped per file.
import { buildWorkbookPlan, readWorkbookTables, type WorkbookTables } from "../../src/plan";
import { collectInto, returnOf } from "../../src/plan/collect";
import { sentGoals, type SentRecord } from "../../src/plan/sent";
import { collectCounts, collectLinesByFile } from "../../src/present/collect";
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
