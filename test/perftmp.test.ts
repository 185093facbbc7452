import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { STATUSES, TRENDS, summarizeHistory, type GoalStructure } from "../src/domain";
import { buildWorkbook } from "../src/plan";
import { writeWorkbookFile } from "../src/xlsx/write";
import { scaledStructure } from "./excel/helpers";
import { readFods } from "./libreoffice/fods";
import { LibreOffice } from "./libreoffice/soffice";

function withTwoYears(s: GoalStructure): GoalStructure {
  let i = 0;
  for (const p of s.programs)
    for (const a of p.areas)
      for (const g of a.goals) {
        g.history = [
          { year: s.year - 2, status: STATUSES[i % 3], trend: TRENDS[(i + 1) % 3] },
          { year: s.year - 1, status: i % 7 === 0 ? null : STATUSES[(i + 1) % 3], trend: TRENDS[i % 3] },
        ];
        i++;
      }
  return s;
}

it("measures", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "perf-"));
  const n = Number(process.env.N ?? 10000);
  const files: string[] = [];
  const builtWith = buildWorkbook(withTwoYears(scaledStructure(n)), "sv");
  const a = path.join(dir, "with.xlsx");
  await writeWorkbookFile(builtWith.plan, a);
  const b = path.join(dir, "without.xlsx");
  await writeWorkbookFile(buildWorkbook(scaledStructure(n), "sv").plan, b);
  files.push(a, b);
  const lo = LibreOffice.create();
  for (const f of files) {
    const t0 = Date.now();
    const [out] = await lo.convert([f], "ods", { timeoutMs: 1_500_000 });
    console.log(`${path.basename(f)} ${n} goals: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    void out;
  }
  // Check the recalculated figures once, from fods.
  const t0 = Date.now();
  const [fods] = await lo.convert([a], "fods", { timeoutMs: 1_500_000 });
  console.log(`fods ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const sheet = readFods(fods).sheets.find((s) => s.name === "Sammanfattning")!;
  const h = summarizeHistory(withTwoYears(scaledStructure(n)));
  const b0 = builtWith.summaryBlocks[0].comparison!;
  const got = ["B", "C", "D", "E"].map((c) => sheet.cells.get(`${c}${b0.outcomeRow}`)?.value);
  const c = h[0].comparison!;
  console.log(JSON.stringify({ got, want: [c.improved, c.worsened, c.unchanged, c.notComparable] }));
  lo.dispose();
}, 1_800_000);
