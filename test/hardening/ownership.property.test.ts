// Property: whatever an official does to the goal table — statuses and trends in any spelling,
// comments with formula-looking text, columns of their own (with formulas) inserted anywhere, rows
// of their own inserted or appended — loading the same structure again (a merge) and refreshing
// the summary keep every cell the official owns exactly as it was, and make no formula from text.
import fc from "fast-check";
import type { ColumnKey, GoalStructure, Lang, Status, Trend } from "../../src/domain";
import type { Edit } from "../corpus/cases";
import { describeError, goalIds, loadedHarness, outcome, trackUnhandled } from "./adapter";
import {
  allFormulas,
  applyEdit,
  changedOwned,
  foreignFormulasIn,
  ownedCells,
  sheetName,
} from "./emulator-edits";

const unhandled = trackUnhandled();
afterAll(() => unhandled.stop());

const HYPERLINK = '=HYPERLINK("http://example.com","x")';

/** A small structure: one programme, 1–3 areas of 1–3 goals, random texts and assessments. */
const structureArb = fc
  .record({
    areas: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    statuses: fc.array(fc.constantFrom<Status | null>("red", "yellow", "green", null), {
      minLength: 9,
      maxLength: 9,
    }),
    trends: fc.array(fc.constantFrom<Trend | null>("up", "flat", "down", null), {
      minLength: 9,
      maxLength: 9,
    }),
    texts: fc.array(
      fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom(HYPERLINK, "+1", "@x")),
      {
        minLength: 9,
        maxLength: 9,
      },
    ),
  })
  .map(({ areas, statuses, trends, texts }): GoalStructure => {
    let k = 0;
    return {
      organisation: "Egenskapskommun",
      year: 2023,
      programs: [
        {
          id: "P",
          name: "Program för egenskaper",
          areas: areas.map((n, a) => ({
            id: `A${a + 1}`,
            name: `Område ${a + 1}`,
            sdgs: [],
            goals: Array.from({ length: n }, (_, g) => {
              const i = k++;
              // A goal text is never blank here: blank rows mean "no goal" to the readers.
              const text = texts[i].trim() === "" ? `Mål ${i + 1}` : texts[i];
              return { id: `G-${a + 1}.${g + 1}`, text, status: statuses[i], trend: trends[i] };
            }),
          })),
        },
      ],
    };
  });

const LABELS = ["Röd", "Gul", "Grön", "Red", "Yellow", "Green"];
const TREND_LABELS = ["Uppåt", "Oförändrad", "Nedåt", "Up", "Flat", "Down"];

/** How officials really type a label: any case, stray spaces, symbols, nonsense, formula-looking text. */
function spelling(labels: string[], extras: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...labels, ...extras),
    fc
      .tuple(
        fc.mixedCase(fc.constantFrom(...labels)),
        fc.constantFrom("", " ", "  ", "\u00a0"),
        fc.constantFrom("", " ", "."),
      )
      .map(([l, before, after]) => `${before}${l}${after}`),
  );
}

const statusArb = spelling(LABELS, ["", "Lila", "G", "ej bedömd", "=1+1", "🔴", "1"]);
const trendArb = spelling(TREND_LABELS, ["", "↑", "+", "-", "=", "→", "@x", "=2+2"]);
const textArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(HYPERLINK, "=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(1,2)", "\t=1", ""),
  fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
);
/** A cell in a column of the official's own: text, or a formula they typed. */
const userCellArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("=1+2", '=LEN("abc")', "=SUM(1,2,3)", "00123", "2024-01-01"),
);

type OfficialEdit =
  | { kind: "status" | "trend" | "comment"; goal: number; value: string }
  | { kind: "column"; at: number; header: string; values: string[] }
  | { kind: "row"; at: number; comment: string }
  | { kind: "append"; count: number; withId: boolean; comment: string };

const editArb: fc.Arbitrary<OfficialEdit> = fc.oneof(
  fc.record({ kind: fc.constant("status" as const), goal: fc.nat(20), value: statusArb }),
  fc.record({ kind: fc.constant("trend" as const), goal: fc.nat(20), value: trendArb }),
  fc.record({ kind: fc.constant("comment" as const), goal: fc.nat(20), value: textArb }),
  fc.record({
    kind: fc.constant("column" as const),
    at: fc.nat(12),
    header: fc.constantFrom("Egen kolumn", "Notering", "Budget 2024", "Ansvarig tjänsteperson"),
    values: fc.array(userCellArb, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant("row" as const), at: fc.nat(20), comment: textArb }),
  fc.record({
    kind: fc.constant("append" as const),
    count: fc.integer({ min: 1, max: 3 }),
    withId: fc.boolean(),
    comment: textArb,
  }),
);

/** The official's edit as a corpus Edit, given the goals in table order. */
function toEdit(e: OfficialEdit, ids: string[], rows: number, columnsUsed: Set<string>): Edit | null {
  switch (e.kind) {
    case "status":
    case "trend":
    case "comment": {
      const column: ColumnKey = e.kind;
      return { op: "setCell", at: { goal: ids[e.goal % ids.length] }, column, value: e.value };
    }
    case "column": {
      // Excel makes a repeated header unique ("Notering2"); the property is simpler without.
      if (columnsUsed.has(e.header)) return null;
      columnsUsed.add(e.header);
      return {
        op: "addUserColumn",
        header: e.header,
        at: e.at,
        values: (i) => e.values[i % e.values.length],
      };
    }
    case "row":
      return { op: "insertRow", at: e.at % (rows + 1), cells: { comment: e.comment } };
    case "append":
      return {
        op: "appendRows",
        count: e.count,
        row: (i) => ({ id: e.withId ? `EGEN-${i + 1}` : "", comment: e.comment, text: `Egen rad ${i + 1}` }),
      };
  }
}

describe("what an official owns survives a reload of the structure and a summary refresh", () => {
  it("for random edits (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(
        structureArb,
        fc.constantFrom<Lang>("sv", "en"),
        fc.array(editArb, { minLength: 1, maxLength: 8 }),
        async (structure, lang, edits) => {
          const h = await loadedHarness(structure, lang);
          const ids = structure.programs.flatMap((p) => p.areas.flatMap((a) => a.goals.map((g) => g.id)));
          let rows = ids.length;
          const columnsUsed = new Set<string>();
          for (const e of edits) {
            const edit = toEdit(e, ids, rows, columnsUsed);
            if (!edit) continue;
            await applyEdit(h.emu, edit, lang);
            if (edit.op === "insertRow") rows += 1;
            if (edit.op === "appendRows") rows += edit.count;
          }
          const addinSheets = [sheetName("summary", lang), sheetName("structure", lang)];
          const known = goalIds(structure);
          const before = ownedCells(h.emu, known, [], addinSheets);
          const userFormulas = allFormulas(h.emu);

          const load = await outcome(h.service.applyLoad(structure, lang));
          expect(load.ok ? "loaded" : describeError(load.error)).toBe("loaded");
          const refresh = await outcome(h.service.refreshSummary(lang));
          expect(refresh.ok ? "refreshed" : describeError(refresh.error)).toBe("refreshed");

          const after = ownedCells(h.emu, known, [], addinSheets);
          expect(changedOwned(before, after)).toEqual([]);
          expect(foreignFormulasIn(h.emu, userFormulas)).toEqual([]);
          expect(unhandled.list.map(describeError)).toEqual([]);
        },
      ),
      { numRuns: 40, seed: Number(process.env.PROPERTY_SEED ?? 20231213), endOnFailure: true },
    );
  }, 600_000);
});
