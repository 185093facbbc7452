// A workbook rolled over twice, in an independent spreadsheet engine: the bundled example (2023)
// rolled to 2024, assessed, rolled to 2025 and assessed again (the summary's cached results now
// stale). LibreOffice, with a profile that always recalculates, must compute on the rebuilt
// summary sheet exactly the counts and the report text `summary` prints for the same file.
import { mkdtempSync, copyFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { summarize } from "../../src/domain";
import { buildSummarySheet, columnLetter, readWorkbookTables } from "../../src/plan";
import { actualLayout, tableStructure } from "../../src/plan/goalTable";
import { loadWorkbook, workbookTables } from "../../src/xlsx/read";
import { editXlsx, goalCells } from "../history/workbooks";
import { ensureCompiledCli, runCli } from "./cli";
import { readFods, type FodsDocument } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

interface JsonCounts {
  total: number;
  status: Record<"red" | "yellow" | "green" | "missing", number>;
  trend: Record<"up" | "flat" | "down" | "missing", number>;
}
interface JsonProgram extends JsonCounts {
  id: string;
  text: string;
  areas: (JsonCounts & { id: string })[];
  history: { year: number }[];
}

/** A row of the summary's area table, B…J: total, statuses, trends. */
const row = (c: JsonCounts): number[] => [
  c.total,
  c.status.red,
  c.status.yellow,
  c.status.green,
  c.status.missing,
  c.trend.up,
  c.trend.flat,
  c.trend.down,
  c.trend.missing,
];

/** Assessments typed into every `step`-th goal from `offset` on, cycling through the labels. */
async function assess(file: string, offset: number, step: number): Promise<void> {
  const statuses = ["Grön", "röd", "Gul", ""];
  const trends = ["Uppåt", "Nedåt", "", "oförändrad"];
  await editXlsx(file, (wb) => {
    const g = goalCells(wb);
    g.ids.forEach((id, i) => {
      if (i < offset || (i - offset) % step !== 0) return;
      const k = (i - offset) / step;
      g.cell(id, "Status").value = statuses[k % 4] || null;
      g.cell(id, "Trend").value = trends[(k + 1) % 4] || null;
    });
  });
}

describeWithSoffice("a workbook rolled over twice, in LibreOffice", () => {
  let dir: string;
  let lo: LibreOffice;
  let fods: FodsDocument;
  let programs: JsonProgram[];
  let blocks: ReturnType<typeof buildSummarySheet>["blocks"];
  let summarySheet: string;
  const file = (name: string): string => path.join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-rollover-"));
    ensureCompiledCli();
    const ok = (args: string[]): void => {
      const r = runCli(args);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    };
    ok(["workbook", "--out", file("y2023.xlsx")]);
    ok(["rollover", file("y2023.xlsx"), "--year", "2024", "--out", file("y2024.xlsx")]);
    copyFileSync(file("y2024.xlsx"), file("y2024-assessed.xlsx"));
    await assess(file("y2024-assessed.xlsx"), 0, 3);
    ok(["rollover", file("y2024-assessed.xlsx"), "--year", "2025", "--out", file("y2025.xlsx")]);
    copyFileSync(file("y2025.xlsx"), file("y2025-assessed.xlsx"));
    await assess(file("y2025-assessed.xlsx"), 1, 2);

    const r = runCli(["summary", file("y2025-assessed.xlsx"), "--format", "json"]);
    expect(r.status).toBe(0);
    programs = (JSON.parse(r.stdout) as { programs: JsonProgram[] }).programs;

    // Where the counts are: the summary sheet as the rollover drew it, for this workbook's table.
    const wb = await loadWorkbook(file("y2025-assessed.xlsx"));
    const tables = workbookTables(wb);
    const read = tables ? readWorkbookTables(tables) : null;
    if (!tables || !read?.ok) throw new Error("the goal table is not readable");
    const { structure } = tableStructure(read.value);
    const built = buildSummarySheet(
      structure,
      summarize(structure),
      actualLayout(tables.goals, read.value),
      "sv",
    );
    blocks = built.blocks;
    summarySheet = built.sheet.name;

    lo = LibreOffice.create({ workDir: path.join(dir, "lo") });
    const [out] = await lo.convert([file("y2025-assessed.xlsx")], "fods");
    fods = readFods(out);
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps both closed years for summary", () => {
    // The bundled example has no history of its own: these are the two closed years.
    for (const p of programs) expect(p.history.map((h) => h.year)).toEqual([2023, 2024]);
  });

  it("recalculates this year's counts to what summary prints, area by area", () => {
    const sheet = fods.sheet(summarySheet);
    const cells = (r: number): (number | string | null)[] =>
      Array.from({ length: 9 }, (_, j) => sheet.cells.get(`${columnLetter(2 + j)}${r}`)?.value ?? null);
    expect(blocks.map((b) => b.programId)).toEqual(programs.map((p) => p.id));
    let assessed = 0;
    blocks.forEach((b, i) => {
      const p = programs[i];
      expect({ program: p.id, total: cells(b.totalRow) }).toEqual({ program: p.id, total: row(p) });
      b.areaRows.forEach((a, k) => {
        expect({ area: a.areaId, counts: cells(a.row) }).toEqual({
          area: p.areas[k].id,
          counts: row(p.areas[k]),
        });
      });
      assessed += p.total - p.status.missing;
    });
    // The year's assessments were typed after the rollover drew the sheet: only recalculation
    // gives these numbers.
    expect(assessed).toBeGreaterThan(10);
  });

  it("recalculates the report text to the one summary prints", () => {
    const sheet = fods.sheet(summarySheet);
    blocks.forEach((b, i) => {
      expect(sheet.cells.get(`A${b.reportRow}`)?.value).toBe(programs[i].text);
    });
  });
});
