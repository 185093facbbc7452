import { bundledStructure, rowsToStructure, structureToRows, summarize } from "../../src/domain";
import {
  AREA_TABLE,
  INFO_TABLE,
  PROGRAM_TABLE,
  buildSummaryPlan,
  buildWorkbookPlan,
  goalTableLayoutOf,
  isFormula,
  readWorkbookTables,
  type PlanValue,
  type SheetPlan,
  type TableData,
  type WorkbookPlan,
} from "../../src/plan";

const text = (v: PlanValue): string => (v === null ? "" : isFormula(v) ? String(v.result) : String(v));

/** The tables of a plan as a renderer would read them back. */
function tablesOf(plan: WorkbookPlan): Record<string, TableData> {
  const out: Record<string, TableData> = {};
  for (const sheet of plan.sheets as SheetPlan[]) {
    for (const tb of sheet.tables) {
      out[tb.name] = {
        sheet: sheet.name,
        topLeft: tb.range.split(":")[0],
        header: [...tb.columns],
        body: tb.rows.map((r) => r.map(text)),
      };
    }
  }
  return out;
}

describe("reading the tables back", () => {
  const structure = bundledStructure();

  it.each(["sv", "en"] as const)("gives back the rows, the reference and the language (%s)", (lang) => {
    const plan = buildWorkbookPlan(structure, lang);
    const t = tablesOf(plan);
    const read = readWorkbookTables({
      goals: t.Maluppfoljning_Mal,
      info: t[INFO_TABLE],
      programs: t[PROGRAM_TABLE],
      areas: t[AREA_TABLE],
    });
    if (!read.ok) throw new Error("not read");
    const v = read.value;
    expect(v.lang).toBe(lang);
    expect(v.referenceFromSheet).toBe(true);
    expect(v.rows).toEqual(structureToRows(structure, lang));
    expect(v.reference.organisation).toBe(structure.organisation);
    expect(v.reference.year).toBe(structure.year);
    expect(v.reference.note).toBe(structure.note);
    expect(v.reference.source).toBe(structure.source);
    expect(v.reference.programs.map((p) => [p.id, p.name, p.kind ?? null, p.reported ?? null])).toEqual(
      structure.programs.map((p) => [p.id, p.name, p.kind ?? null, p.reported ?? null]),
    );
    expect(v.reference.programs.map((p) => p.areas.map((a) => [a.id, a.name, a.sdgs]))).toEqual(
      structure.programs.map((p) => p.areas.map((a) => [a.id, a.name, a.sdgs])),
    );
    const back = rowsToStructure(v.rows, v.reference, v.lang);
    expect(summarize(back.structure)).toEqual(summarize(structure));
    // Addresses: the header is on row 3 (title, note), so body row 0 is row 4; status is G.
    expect(v.address(0, "status")).toBe(`${plan.goalTable.sheet}!G4`);
    expect(v.address(4, null)).toBe(`${plan.goalTable.sheet}!A8`);
  });

  it("finds columns by header when they are reordered, renamed in case, or joined by user columns", () => {
    const plan = buildWorkbookPlan(structure, "sv");
    const goals = tablesOf(plan).Maluppfoljning_Mal;
    // Move "Status" to the front, add a user column in the middle, shout one header.
    const order = [6, 0, 1, 2, 3, 4, 5, 7, 8, 9];
    const header = order.map((i) => goals.header[i]);
    header.splice(3, 0, "Min egen kolumn");
    header[1] = "  MÅL-ID ";
    const body = goals.body.map((r) => {
      const row = order.map((i) => r[i]);
      row.splice(3, 0, "anteckning");
      return row;
    });
    // A blank row in the middle keeps the positions of the rows after it.
    body.splice(
      2,
      0,
      header.map(() => ""),
    );
    const read = readWorkbookTables({ goals: { ...goals, header, body } });
    if (!read.ok) throw new Error("not read");
    const v = read.value;
    expect(v.columns.status).toBe(0);
    expect(v.columns.id).toBe(1);
    expect(v.rows).toHaveLength(goals.body.length);
    expect(v.rows[2].index).toBe(3);
    expect(v.rows[2].cells.id).toBe(goals.body[2][0]);
    expect(v.address(3, "status")).toBe("Mål!A7");
    // Without the structure tables the reference is derived from the rows.
    expect(v.referenceFromSheet).toBe(false);
    expect(v.reference.programs.map((p) => p.name)).toEqual(structure.programs.map((p) => p.name));
    const back = rowsToStructure(v.rows, v.reference, v.lang);
    expect(summarize(back.structure).total).toEqual(summarize(structure).total);
  });

  it("says which required columns are missing", () => {
    const plan = buildWorkbookPlan(structure, "en");
    const goals = tablesOf(plan).Maluppfoljning_Mal;
    const keep = goals.header.map((h, i) => (h === "Status" || h === "Trend" ? -1 : i)).filter((i) => i >= 0);
    const read = readWorkbookTables({
      goals: {
        ...goals,
        header: keep.map((i) => goals.header[i]),
        body: goals.body.map((r) => keep.map((i) => r[i])),
      },
    });
    expect(read).toEqual({ ok: false, missing: ["status", "trend"] });
  });

  it.each(["sv", "en"] as const)(
    "rebuilds the same summary sheet from the table as found (a refresh is idempotent, %s)",
    (lang) => {
      const plan = buildWorkbookPlan(structure, lang);
      const t = tablesOf(plan);
      const layout = goalTableLayoutOf(t.Maluppfoljning_Mal, "Maluppfoljning_Mal");
      expect(layout).toEqual(plan.goalTable);
      const read = readWorkbookTables({
        goals: t.Maluppfoljning_Mal,
        info: t[INFO_TABLE],
        programs: t[PROGRAM_TABLE],
        areas: t[AREA_TABLE],
      });
      if (!read.ok || !layout) throw new Error("not read");
      const now = rowsToStructure(read.value.rows, read.value.reference, read.value.lang).structure;
      expect(buildSummaryPlan(now, layout, lang)).toEqual(plan.sheets.find((s) => s.role === "summary"));
    },
  );
});
