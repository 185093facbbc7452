// Text can never become a formula: whatever a goal structure holds arrives in the sheet as that
// text, on a first load, on a merge that rewords a goal, and in rows a merge appends.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { parseRange, columnLetter } from "../../src/plan";
import { col, edit, goalTable, goalsOf, setup, type Setup } from "./helpers";

const NASTY = [
  '=HYPERLINK("http://example.com","x")',
  "+1",
  "-x",
  "@x",
  "=1+1",
  "2030-01-01",
  "1e3",
  "TRUE",
  "#N/A",
];

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

function withTexts(base: GoalStructure, texts: string[], from = 0): GoalStructure {
  const out = JSON.parse(JSON.stringify(base)) as GoalStructure;
  const goals = goalsOf(out).map((x) => x.goal);
  texts.forEach((text, i) => {
    const g = goals[from + i];
    g.text = text;
    g.responsible = text;
    g.comment = text;
  });
  return out;
}

/** Each cell of the goal holding `id` in the given columns: its stored value and whether it is a formula. */
function cells(id: string, headers: string[]): { value: unknown; formula: unknown }[] {
  const t = goalTable(s.emu);
  const r = parseRange(t.range);
  const row = t.body.findIndex((b) => b[col(s.emu, "Mål-ID")] === id);
  return headers.map((h) => {
    const c = s.emu.workbook.cell(t.sheet, `${columnLetter(r.left + col(s.emu, h))}${r.top + 1 + row}`);
    return { value: c.value, formula: c.formula };
  });
}

const HEADERS = ["Mål", "Ansvarig", "Kommentar och analys"];

test("texts that look like formulas, numbers or dates arrive as that text on a first load", async () => {
  const structure = withTexts(bundledStructure(), NASTY);
  await s.service.applyLoad(structure, "sv");
  const goals = goalsOf(structure).map((x) => x.goal);
  NASTY.forEach((text, i) => {
    expect(cells(goals[i].id, HEADERS)).toEqual(HEADERS.map(() => ({ value: text, formula: undefined })));
  });
});

test("… and when a merge rewords goals and appends new ones", async () => {
  const base = bundledStructure();
  await s.service.applyLoad(base, "sv");
  // Someone set the text column back to General: the merge must still write text as text.
  const t = goalTable(s.emu);
  const r = parseRange(t.range);
  const textCol = columnLetter(r.left + col(s.emu, "Mål"));
  const n = t.body.length;
  await edit(s.emu, (context) => {
    context.workbook.worksheets
      .getItem(t.sheet)
      .getRange(`${textCol}${r.top + 1}:${textCol}${r.top + n}`).numberFormat = Array.from(
      { length: n },
      () => ["General"],
    );
  });
  expect(s.emu.workbook.numberFormats(t.sheet, `${textCol}${r.top + 1}`)).toEqual([["General"]]);

  const revised = withTexts(base, NASTY);
  const extra = NASTY.map((text, i) => ({
    id: `NY-${i}`,
    text,
    responsible: text,
    comment: text,
    status: null,
    trend: null,
  }));
  revised.programs[1].areas[0].goals.push(...extra);
  const result = await s.service.applyLoad(revised, "sv");
  expect(result.newGoals).toBe(NASTY.length);
  const goals = goalsOf(revised).map((x) => x.goal);
  NASTY.forEach((text, i) => {
    // Reworded: only the goal text is structural and rewritten; the comment stays the official's.
    expect(cells(goals[i].id, ["Mål", "Ansvarig"])).toEqual([
      { value: text, formula: undefined },
      { value: text, formula: undefined },
    ]);
    expect(cells(`NY-${i}`, HEADERS)).toEqual(HEADERS.map(() => ({ value: text, formula: undefined })));
  });
});
