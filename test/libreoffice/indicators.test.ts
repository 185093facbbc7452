// The indicator sheet in an independent spreadsheet engine: a workbook with indicators, saved
// again by LibreOffice as .xlsx, still has its indicator table, and the CLI's reader gets the
// same indicators from it (numbers stay numbers, the Kolada attribution stays text).
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Indicator } from "../../src/domain";
import { buildWorkbookPlan } from "../../src/plan";
import { tableStructure } from "../../src/plan/goalTable";
import { readGoalRowsFromXlsx } from "../../src/xlsx/read";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { goalsIn } from "../history/fixtures";
import { withIndicators } from "../indicators/fixtures";
import { describeWithSoffice, LibreOffice } from "./soffice";

const indicatorsOf = (s: ReturnType<typeof withIndicators>): Indicator[][] =>
  goalsIn(s).map((g) => g.indicators ?? []);

describeWithSoffice("the indicator sheet through LibreOffice", () => {
  let dir: string;
  let lo: LibreOffice;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-indicators-"));
    lo = LibreOffice.create({ workDir: path.join(dir, "lo") });
  });

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("opens, and its values survive a LibreOffice round trip", async () => {
    const structure = withIndicators();
    const file = path.join(dir, "indicators.xlsx");
    writeFileSync(file, await writeWorkbookBuffer(buildWorkbookPlan(structure, "sv")));
    const [saved] = await lo.convert([file], "xlsx", { outDir: path.join(dir, "saved") });
    const read = await readGoalRowsFromXlsx(saved);
    if (!read.ok) throw new Error("goal table not read from LibreOffice's file");
    expect(read.value.indicators?.rows.length).toBe(3);
    const { structure: back, issues } = tableStructure(read.value);
    expect(issues.filter((i) => i.code.startsWith("indicator"))).toEqual([]);
    const expected = indicatorsOf(structure).map((list) =>
      list.map((i) => {
        const out: Indicator = { ...i };
        if (!out.source || out.source.kind === "manual") delete out.source;
        return out;
      }),
    );
    expect(indicatorsOf(back)).toEqual(expected);
  }, 240_000);
});
