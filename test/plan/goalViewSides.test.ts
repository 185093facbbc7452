// Which history and indicator rows the goal view reads: whole tables while the answer stays
// small, else the goal's rows found by its ID column (src/plan/goalViewSides.ts).
import { buildWorkbookPlan } from "../../src/plan";
import { numericFormats } from "../../src/plan/layout";
import { goalIdColumn, readSidesWhole, rowsOfGoal, WHOLE_READ_BUDGET } from "../../src/plan/goalViewSides";
import { withHistory } from "../history/fixtures";
import { withIndicators } from "../indicators/fixtures";

const tableOf = (role: "history" | "indicators", lang: "sv" | "en") => {
  const s = role === "history" ? withHistory() : withIndicators();
  const sheet = buildWorkbookPlan(s, lang).sheets.find((x) => x.role === role);
  const table = sheet?.tables[0];
  if (!table) throw new Error(`no ${role} table`);
  return table;
};

describe("goal view side tables", () => {
  test("read whole up to the budget, by ID above it", () => {
    expect(readSidesWhole(10_000, { history: { rows: 20_000, columns: 5 } })).toBe(true);
    expect(readSidesWhole(50_000, { history: { rows: 100_000, columns: 5 } })).toBe(false);
    expect(readSidesWhole(0, {})).toBe(true);
    // The budget itself: 40 bytes per goal row (ID and status), 24 per history cell.
    expect(readSidesWhole(WHOLE_READ_BUDGET / 40, {})).toBe(true);
    expect(readSidesWhole(WHOLE_READ_BUDGET / 40 + 1, {})).toBe(false);
  });

  test.each(["sv", "en"] as const)(
    "finds the goal ID column of the %s history and indicator tables",
    (lang) => {
      for (const role of ["history", "indicators"] as const) {
        const t = tableOf(role, lang);
        const col = goalIdColumn(role, t.columns);
        expect(col).toBeDefined();
        // Every body row's cell there is one of the structure's goal IDs.
        for (const r of t.rows) expect(String(r[col!])).toMatch(/\S/);
      }
      expect(goalIdColumn("history", ["Något", "Annat"])).toBeUndefined();
    },
  );

  test("the goal's rows, whatever the case and spaces of the ID", () => {
    expect(rowsOfGoal(["EKO-1", " eko-1 ", "EKO-10", "", "Eko-1", "EKO-2"], "eko-1")).toEqual([0, 1, 4]);
    // "ß" upper-cases to "SS": the indicator reader (idKey) takes both rows, so both are read.
    expect(rowsOfGoal(["STRASSE", "straße", "STRASE"], "Straße")).toEqual([0, 1]);
    expect(rowsOfGoal(["A"], " ")).toEqual([]);
  });

  test("a numeric column is one number-format range, not one per row", () => {
    const t = tableOf("history", "sv");
    const formats = numericFormats([], [t]);
    const years = t.rows.length;
    expect(years).toBeGreaterThan(1);
    expect(formats).toHaveLength(1);
    expect(formats[0].range).toBe(
      `A${Number(/\d+/.exec(t.range)![0]) + 1}:A${Number(/\d+/.exec(t.range)![0]) + years}`,
    );
  });
});
