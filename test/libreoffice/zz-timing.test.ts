import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { buildWorkbookPlan } from "../../src/plan";
import { writeWorkbookFile } from "../../src/xlsx/write";
import { scaledStructure } from "../excel/helpers";
import { LibreOffice } from "./soffice";
import { readFods } from "./fods";

test("timing", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cmp-timing-"));
  const lo = LibreOffice.create();
  for (const [n, history] of [[2000, true], [10000, true], [10000, false]] as const) {
    const s = scaledStructure(n);
    if (history)
      for (const p of s.programs) for (const a of p.areas) a.goals.forEach((g, i) => (g.history = [{ year: s.year - 1, status: (["red", "yellow", "green"] as const)[i % 3], trend: "up" }]));
    const file = path.join(dir, `w${n}${history}.xlsx`);
    await writeWorkbookFile(buildWorkbookPlan(s, "sv"), file);
    const t0 = Date.now();
    const [out] = await lo.convert([file], "fods");
    const secs = (Date.now() - t0) / 1000;
    const doc = readFods(out);
    const sum = doc.sheets.find((x) => x.name === "Sammanfattning");
    const sentence = [...(sum?.cells.values() ?? [])].find((c) => String(c.value).startsWith("Jämfört med"))?.value;
    console.log(n, history, secs, sentence);
  }
  lo.dispose();
  rmSync(dir, { recursive: true, force: true });
}, 1_500_000);
