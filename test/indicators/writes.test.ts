// The cells "Hämta från Kolada" writes into a live indicator table: only the fetched values and
// their attribution, at the table's own columns; a year without a column is named, not written.
import { buildWorkbookPlan, type PlanValue } from "../../src/plan";
import { readIndicatorTable } from "../../src/plan/indicatorRead";
import { indicatorWrites } from "../../src/plan/indicatorWrites";
import { goalsIn } from "../history/fixtures";
import { FETCHED, withIndicators } from "./fixtures";

const text = (v: PlanValue): string => (v === null ? "" : String(v));

describe("indicatorWrites", () => {
  it("writes the fetched values and the attribution, nothing an official typed", () => {
    const s = withIndicators();
    const y = s.year;
    const sheet = buildWorkbookPlan(s, "sv").sheets.find((x) => x.role === "indicators");
    const plan = sheet?.tables[0];
    if (!plan) throw new Error("no indicator table");
    const table = readIndicatorTable({
      sheet: "Indikatorer",
      topLeft: "A5",
      header: plan.columns,
      body: plan.rows.map((r) => r.map(text)),
    });
    if (!table) throw new Error("indicator table not read");
    const filled = withIndicators();
    const [first] = goalsIn(filled)[0].indicators ?? [];
    // Kolada revised y-3, published y, and has a year before the table's first column.
    first.values = [
      { year: y - 6, value: 30, source: "kolada", fetched: "2026-12-24" },
      { year: y - 3, value: 41.75, source: "kolada", fetched: "2026-12-24" },
      { year: y - 2, value: 44, source: "kolada", fetched: FETCHED },
      { year: y - 1, value: 45.25 },
      { year: y, value: 48, source: "kolada", fetched: "2026-12-24" },
    ];
    const { writes, missingYears } = indicatorWrites(table, filled, "sv");
    expect(writes).toEqual([
      { row: 0, col: 13, value: 41.75, numberFormat: "General" },
      { row: 0, col: 16, value: 48, numberFormat: "General" },
      {
        row: 0,
        col: 17,
        // y − 6 has no column: the attribution names only years a cell shows.
        value: `Källa: Kolada, hämtad ${FETCHED} (${y - 2}); Källa: Kolada, hämtad 2026-12-24 (${y - 3}, ${y})`,
        numberFormat: "@",
      },
    ]);
    expect(missingYears).toEqual([y - 6]);
    // Nothing changed, nothing to write.
    expect(indicatorWrites(table, withIndicators(), "sv").writes).toEqual([]);
  });
});
