// The comparison on the summary sheet in Excel (the emulator): what the pane's Summary job
// reports (summarizeHistory of what it read), what the sheet's formulas compute, and the domain's
// sentence agree, when the sheet is drawn and after an official edits this year's statuses and
// the history (the formulas follow without a refresh).
import { comparisonText, type Comparison } from "../../src/domain";
import { exampleStructure } from "./example";
import { setup, type Setup } from "../excel/helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

/** Column A of the summary sheet, with B…J of each row. */
function sheetRows(sheet: string): { label: unknown; values: unknown[] }[] {
  return s.emu.workbook.values(sheet, "A1:J200").map((r) => ({ label: r[0], values: r.slice(1) }));
}

/** The outcome row (better, worse, same, not comparable) and the sentence of the first programme. */
function comparisonOnSheet(sheet: string, lang: "sv" | "en") {
  const rows = sheetRows(sheet);
  const corner = lang === "sv" ? "Bedömning jämfört med 2023" : "Assessment compared with 2023";
  const at = rows.findIndex((r) => r.label === corner);
  const sentence = rows.find((r) =>
    String(r.label).startsWith(lang === "sv" ? "Jämfört med 2023 har" : "Compared with 2023,"),
  );
  return { outcome: rows[at + 1]?.values.slice(0, 4), sentence: sentence?.label };
}

async function summaryComparison(lang: "sv" | "en"): Promise<Comparison> {
  const r = await s.service.refreshSummary(lang);
  const c = r.history?.programs[0].comparison;
  if (!c) throw new Error("no comparison");
  return c;
}

describe("the comparison on the summary sheet", () => {
  test.each(["sv", "en"] as const)("agrees with the Summary job and the domain (%s)", async (lang) => {
    await s.service.applyLoad(exampleStructure(), lang);
    const sheet = lang === "sv" ? "Sammanfattning" : "Summary";
    const before = comparisonOnSheet(sheet, lang);
    const c = await summaryComparison(lang);
    expect(before.outcome).toEqual([c.improved, c.worsened, c.unchanged, c.notComparable]);
    expect(before.outcome).toEqual([2, 1, 2, 3]);
    expect(before.sentence).toBe(comparisonText(c, lang));
  });

  test("follows an edit of this year's status and of the history, as a refresh then counts", async () => {
    await s.service.applyLoad(exampleStructure(), "sv");
    // Goal table: L1 (row 4 under the title and header) green → red. History: L3's 2023 row
    // yellow → red. The history's rows go by year, then goal: 2021 S1, 2022 L2, then 2023 L1…
    const goals = sheetRowsOf("Mål");
    const l1 = goals.findIndex((r) => r[0] === "L1") + 1;
    const statusCol = String.fromCharCode(65 + goals.find((r) => r.includes("Status"))!.indexOf("Status"));
    s.emu.workbook.typeValues("Mål", `${statusCol}${l1}`, [["röd"]]);
    const history = sheetRowsOf("Historik");
    const l3 = history.findIndex((r) => r[0] === 2023 && r[1] === "L3") + 1;
    s.emu.workbook.typeValues("Historik", `C${l3}`, [["Röd"]]);
    const live = comparisonOnSheet("Sammanfattning", "sv");
    // L1 yellow → red worse, L3 red → yellow better: 2 better (L3, V1), 2 worse (L1, L2), 1 same (V4).
    expect(live.outcome).toEqual([2, 2, 1, 3]);
    const c = await summaryComparison("sv");
    expect(live.outcome).toEqual([c.improved, c.worsened, c.unchanged, c.notComparable]);
    expect(live.sentence).toBe(comparisonText(c, "sv"));
    expect(live.sentence).toBe(
      "Jämfört med 2023 har 2 mål fått en bättre bedömning, 2 en sämre och ett mål samma. " +
        "Det är 3 mål som inte går att jämföra, eftersom de är nya eller saknar status något av åren.",
    );
    // The refreshed sheet says the same.
    expect(comparisonOnSheet("Sammanfattning", "sv")).toEqual(live);
  });
});

function sheetRowsOf(sheet: string): unknown[][] {
  return s.emu.workbook.values(sheet, "A1:P60");
}
