// A workbook made WITHOUT history, rolled over twice by the CLI (test/history/previousAdded.ts),
// recalculated by LibreOffice (always recalculating): the last-year columns the first rollover
// added compute each goal's assessment of the year closed, and the summary sheet's comparison
// (outcome per programme and the sentence) is what `summary --format json` and `summary` say,
// also after an edit of this year's status that LibreOffice alone recalculates.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { applyXlsxEdit } from "../hardening/xlsx-edits";
import type { JsonComparison } from "../history/example";
import { EDITS_2025, OWN_COLUMN, ownValue, withoutHistory } from "../history/previousAdded";
import { editXlsx, goalCells } from "../history/workbooks";
import { ensureCompiledCli, runCli } from "./cli";
import { columnsByHeader, readFods, type FodsSheet } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

/** Per goal ID, [last year's status, trend, the own column] as LibreOffice computed them. */
function goalColumns(sheet: FodsSheet): Record<string, unknown[]> {
  return columnsByHeader(sheet, ["Mål-ID", "Status förra året", "Trend förra året", OWN_COLUMN]);
}

/** Every programme's outcome row (better, worse, same, not comparable) and sentence on the sheet. */
function comparisonsOnSheet(sheet: FodsSheet, year: number): { outcome: unknown[]; sentences: unknown[] } {
  const outcome: unknown[] = [];
  const sentences: unknown[] = [];
  for (const [address, cell] of sheet.cells) {
    if (!/^A\d+$/.test(address)) continue;
    const row = Number(address.slice(1));
    if (cell.value === `Bedömning jämfört med ${year}`)
      outcome.push(["B", "C", "D", "E"].map((c) => sheet.cells.get(`${c}${row + 1}`)?.value ?? null));
    if (String(cell.value).startsWith(`Jämfört med ${year} `)) sentences.push(cell.value);
  }
  return { outcome, sentences };
}

describeWithSoffice("last-year columns added by rollover, in LibreOffice", () => {
  let dir: string;
  let lo: LibreOffice;
  const at = (name: string): string => path.join(dir, name);
  const files = ["y2026", "y2026-edited"] as const;
  const goals: Record<string, FodsSheet> = {};
  const summaries: Record<string, FodsSheet> = {};

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-prev-added-lo-"));
    lo = LibreOffice.create();
    ensureCompiledCli();
    writeFileSync(at("start.json"), JSON.stringify(withoutHistory()));
    expect(runCli(["workbook", at("start.json"), "--out", at("y2024.xlsx")]).stderr).toBe("");
    await editXlsx(at("y2024.xlsx"), (wb) => {
      const header = goalCells(wb).header;
      applyXlsxEdit(
        wb,
        { op: "addUserColumn", header: OWN_COLUMN, values: ownValue, at: header.indexOf("Trend") + 1 },
        "sv",
      );
    });
    expect(runCli(["rollover", at("y2024.xlsx"), "--year", "2025", "--out", at("y2025.xlsx")]).stderr).toBe(
      "",
    );
    await editXlsx(at("y2025.xlsx"), (wb) => {
      const g = goalCells(wb);
      for (const [id, status, trend] of EDITS_2025) {
        g.cell(id, "Status").value = status;
        g.cell(id, "Trend").value = trend;
      }
    });
    expect(runCli(["rollover", at("y2025.xlsx"), "--year", "2026", "--out", at("y2026.xlsx")]).stderr).toBe(
      "",
    );
    // This year's L1 typed green and L2 red after the rollover: L1 better, L2 worse than 2025.
    copyFileSync(at("y2026.xlsx"), at("y2026-edited.xlsx"));
    await editXlsx(at("y2026-edited.xlsx"), (wb) => {
      const g = goalCells(wb);
      g.cell("L1", "Status").value = "Grön";
      g.cell("L2", "Status").value = "Röd";
    });
    const converted = await lo.convert(
      files.map((f) => at(`${f}.xlsx`)),
      "fods",
    );
    files.forEach((f, i) => {
      const doc = readFods(converted[i]);
      const sheet = (name: string): FodsSheet => {
        const found = doc.sheets.find((s) => s.name === name);
        if (!found) throw new Error(`no sheet ${name}`);
        return found;
      };
      goals[f] = sheet("Mål");
      summaries[f] = sheet("Sammanfattning");
    });
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("computes every goal's 2025 assessment in the added columns; the own column keeps its values", () => {
    const shown = goalColumns(goals.y2026);
    const ids = Object.keys(shown);
    expect(ids.length).toBeGreaterThan(5);
    ids.forEach((id, i) => {
      const edit = EDITS_2025.find(([e]) => e === id);
      expect([id, ...shown[id]]).toEqual([id, edit?.[1] ?? "Ej bedömd", edit?.[2] ?? "", ownValue(i)]);
    });
  });

  it("counts the comparison on the summary sheet as `summary` says it, also after an edit", () => {
    for (const f of files) {
      const r = runCli(["summary", at(`${f}.xlsx`), "--format", "json"]);
      const programs = (JSON.parse(r.stdout) as { programs: { comparison: JsonComparison | null }[] })
        .programs;
      const compared = programs.flatMap((p) => (p.comparison ? [p.comparison] : []));
      expect(compared.length).toBeGreaterThan(0);
      const sheet = comparisonsOnSheet(summaries[f], 2025);
      expect([f, sheet.outcome]).toEqual([
        f,
        compared.map((c) => [c.improved, c.worsened, c.unchanged, c.notComparable]),
      ]);
      const printed = runCli(["summary", at(`${f}.xlsx`)])
        .stdout.split("\n")
        .filter((l) => l.startsWith("  Jämfört med 2025"))
        .map((l) => l.slice(2));
      expect([f, sheet.sentences]).toEqual([f, printed]);
    }
    // The edit moved the counts: L1 better, L2 worse.
    const [before, after] = files.map((f) => comparisonsOnSheet(summaries[f], 2025).outcome[0] as number[]);
    expect(after[0]).toBe(before[0] + 1);
    expect(after[1]).toBe(before[1] + 1);
  });
});
