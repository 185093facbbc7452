// A load into a workbook whose goal table has the last-year columns (a merge) that adds goals:
// the new rows get the column's formula, as every other row has it, not an empty text cell; on a
// host with Range.autoFill and on one without.
import { GOAL_TABLE, columnLetter } from "../../src/plan";
import { setup, type Setup } from "../excel/helpers";
import { goalsIn, withHistory } from "./fixtures";

let s: Setup;
afterEach(() => s.restore());

describe.each(["1.17", "1.8"])("ExcelApi %s", (apiVersion) => {
  beforeEach(() => {
    s = setup({ apiVersion });
  });

  test.each([1, 3])("a merge adding %i goals gives them the last-year formula", async (added) => {
    const first = withHistory();
    await s.service.applyLoad(first, "sv");
    const next = withHistory();
    const area = next.programs[0].areas[0];
    for (let i = 0; i < added; i++)
      area.goals.push({ ...area.goals[0], id: `NY${i + 1}`, text: `Nytt mål ${i + 1}`, history: [] });
    await s.service.applyLoad(next, "sv");
    const t = s.emu.workbook.table(GOAL_TABLE);
    if (!t) throw new Error("no goal table");
    expect(t.rows).toHaveLength(goalsIn(next).length);
    const top = Number(/\d+/.exec(t.address.replace(/^.*!/, "").split(":")[0])?.[0]) + 1;
    const bottom = top + t.rows.length - 1;
    for (const header of ["Status förra året", "Trend förra året"]) {
      const letter = columnLetter(t.headers.indexOf(header) + 1);
      const formulas = s.emu.workbook.formulas("Mål", `${letter}${top}:${letter}${bottom}`).map((r) => r[0]);
      expect(new Set(formulas).size).toBe(1);
      expect(String(formulas[0])).toMatch(/^=IFERROR\(/);
      expect(s.emu.workbook.numberFormats("Mål", `${letter}${bottom}:${letter}${bottom}`)).toEqual([
        ["General"],
      ]);
    }
    // The first goal's row shows last year's status; a new goal, without history, nothing.
    const status = t.headers.indexOf("Status förra året");
    expect(t.rows[0][status]).toBe("Gul");
    const idCol = t.headers.indexOf("Mål-ID");
    expect(t.rows.filter((r) => String(r[idCol]).startsWith("NY")).map((r) => r[status])).toEqual(
      Array(added).fill(""),
    );
  });
});
