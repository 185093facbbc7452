// `summary` on a JSON file with history, through the compiled CLI (lib/, as `npm ci` builds it):
// the example's hand-worked figures (example.ts, comparison.test.ts) in the JSON, and the
// comparison's sentence and tables in the text and Markdown formats.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compileCli, runCli, type CliRun } from "../hardening/cli";
import { exampleStructure, type JsonComparison } from "./example";

let tmp: string;
let file: string;

const summary = (...args: string[]): Promise<CliRun> => runCli(["summary", file, ...args]);

beforeAll(() => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-history-"));
  file = path.join(tmp, "history.json");
  fs.writeFileSync(file, JSON.stringify(exampleStructure(), null, 2));
}, 180000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface JsonOut {
  programs: {
    id: string;
    total: number;
    comparison: JsonComparison | null;
    history: { year: number; total: number; status: Record<string, number>; trend: Record<string, number> }[];
    areas: { id: string; total: number; comparison: JsonComparison | null }[];
  }[];
}

describe("summary on a file with history", () => {
  it("prints each programme's and area's comparison and earlier years as JSON", async () => {
    const r = await summary("--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    const [miljo, skola, kultur] = out.programs;
    const c = miljo.comparison;
    // Worked out in comparison.test.ts: L1, V1 better; L2 worse; L3, V4 the same; L4, V2, V3 not.
    expect(c && [c.year, c.total, c.improved, c.worsened, c.unchanged, c.notComparable]).toEqual([
      2023, 7, 2, 1, 2, 3,
    ]);
    expect(c?.status).toEqual({ red: 1, yellow: 3, green: 2, missing: 1 });
    expect(c?.trend).toEqual({ up: 3, flat: 1, down: 1, missing: 2 });
    expect(c?.transitions.yellow).toEqual({ red: 1, yellow: 1, green: 1, missing: 0 });
    expect(c?.transitions.missing).toEqual({ red: 0, yellow: 1, green: 0, missing: 0 });
    expect(miljo.areas.map((a) => a.comparison && [a.id, a.comparison.year, a.comparison.total])).toEqual([
      ["luft", 2023, 4],
      ["vatten", 2023, 3],
    ]);
    expect(miljo.areas.map((a) => a.comparison?.notComparable)).toEqual([1, 2]);
    expect(miljo.history.map((y) => [y.year, y.total, y.status.green, y.trend.flat])).toEqual([
      [2022, 1, 1, 1],
      [2023, 7, 2, 1],
    ]);
    // One comparison year for the whole structure: Skolplan has no 2023 entry, only its 2021.
    expect(skola.comparison).toBeNull();
    expect(skola.history.map((y) => y.year)).toEqual([2021]);
    expect(kultur.comparison).toBeNull();
    expect(kultur.history).toEqual([]);
    expect(kultur.areas[0].comparison).toBeNull();
  });

  it("adds the sentence after the report text, only where there is a comparison", async () => {
    const r = await summary("--lang", "en");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const at = lines.indexOf(
      "  Compared with 2023, 2 goals got a better assessment, one goal a worse one and 2 the same. There are 3 goals that cannot be compared, as they are new or lack a status in one of the years.",
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^ {2}Of the 8 goals for Miljöprogram/);
    // Skolplan's only entry is 2021, Kulturprogram has none: the comparison year is 2023 for all.
    expect(r.stdout.match(/Compared with/g)).toHaveLength(1);
  });

  it("adds the sentence, the earlier years and the transitions to the Markdown", async () => {
    const r = await summary("--format", "markdown");
    expect(r.code).toBe(0);
    const miljo = r.stdout.slice(r.stdout.indexOf("## Miljöprogram"), r.stdout.indexOf("## Skolplan"));
    expect(miljo).toContain(
      "Jämfört med 2023 har 2 mål fått en bättre bedömning, ett mål en sämre och 2 samma.",
    );
    expect(r.stdout.match(/Jämfört med/g)).toHaveLength(1);
    expect(miljo).toContain(
      "| År | Antal | Röd | Gul | Grön | Ej bedömd | Uppåt | Oförändrad | Nedåt | Trend saknas |",
    );
    expect(miljo).toContain("| 2022 | 1 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | 0 |");
    expect(miljo).toContain("| 2023 | 7 | 1 | 3 | 2 | 1 | 3 | 1 | 1 | 2 |");
    expect(miljo).toContain(
      "| Status 2023 (rader) → 2024 (kolumner) | Röd | Gul | Grön | Ej bedömd | Totalt |",
    );
    expect(miljo).toContain("| Gul | 1 | 1 | 1 | 0 | 3 |");
    expect(miljo).toContain("| Ej bedömd | 0 | 1 | 0 | 0 | 1 |");
    // Column sums: this year's statuses of the 7 goals with a 2023 entry (L2 red; L3, V3 yellow;
    // L1, V1, V4 green; L4 not assessed).
    expect(miljo).toContain("| **Totalt** | **1** | **2** | **3** | **1** | **7** |");
    const kultur = r.stdout.slice(r.stdout.indexOf("## Kulturprogram"));
    expect(kultur).not.toContain("Jämfört med");
    expect(kultur).not.toContain("| År |");
  });
});
