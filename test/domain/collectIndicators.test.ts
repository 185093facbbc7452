// Indicator values in collect: each year cell of an indicator row, by (goal ID, indicator ID,
// year), merged three-way like a goal's status, with hand-checkable examples of each outcome.
import {
  collectReturns,
  collectedCleanly,
  type CollectGoal,
  type CollectReturn,
} from "../../src/domain/collect";
import { numberText, type IndicatorValues } from "../../src/domain/collectIndicators";

const goal = (id: string, text = `Mål ${id}`): CollectGoal => ({
  id,
  cells: { id, program: "Miljö", area: "Luft", text, status: "", trend: "", comment: "" },
});

/** An indicator row: values by year, null for an empty cell, a string for a cell without a number. */
const ind = (
  goalId: string,
  id: string,
  values: Record<number, number | string | null>,
  name?: string,
): IndicatorValues => ({
  goalId,
  id,
  ...(name === undefined ? {} : { name }),
  values: new Map(Object.entries(values).map(([y, v]) => [Number(y), v])),
});

const goals = [goal("A1"), goal("A2")];
const sent = [ind("A1", "cykel", { 2024: 12, 2025: null }), ind("A2", "buss", { 2024: 3.5, 2025: 4 })];
/** The main as sent, with names. */
const main = [
  ind("A1", "cykel", { 2024: 12, 2025: null }, "Cykelresor"),
  ind("A2", "buss", { 2024: 3.5, 2025: 4 }, "Bussresor"),
];

function ret(
  file: string,
  returned: IndicatorValues[],
  sentIndicators: IndicatorValues[] | null = sent,
): CollectReturn {
  return { file, sent: goals, returned: goals, sentIndicators, returnedIndicators: returned };
}

describe("collect: indicator values", () => {
  it("takes a value changed in the return where the main still holds what was sent", () => {
    const r = collectReturns(
      goals,
      [ret("a.xlsx", [ind("A1", "cykel", { 2024: 12, 2025: 14 }), sent[1]])],
      [],
      undefined,
      main,
    );
    expect(r.taken).toEqual([
      {
        file: "a.xlsx",
        goalId: "A1",
        column: "indicator:cykel:2025",
        indicator: { id: "cykel", name: "Cykelresor", year: 2025 },
        from: "",
        to: "14",
      },
    ]);
    expect(r.conflicts).toEqual([]);
    expect(r.rejected).toEqual([]);
    // The goals' status, trend and comment (3 each) and the 3 values returned as sent.
    expect(r.unchanged).toBe(3 * 2 + 3);
    expect(collectedCleanly(r)).toBe(true);
  });

  it("takes an emptied value: the cell is cleared", () => {
    const r = collectReturns(
      goals,
      [ret("a.xlsx", [sent[0], ind("A2", "buss", { 2024: null, 2025: 4 })])],
      [],
      undefined,
      main,
    );
    expect(r.taken.map((x) => [x.column, x.from, x.to])).toEqual([["indicator:buss:2024", "3.5", ""]]);
  });

  it("needs nothing for a value returned as sent, also when a tool rounded its last digit", () => {
    const s = [ind("A1", "cykel", { 2024: 0.1 + 0.2 })];
    const r = collectReturns(
      goals,
      [ret("a.xlsx", [ind("A1", "cykel", { 2024: 0.3 })], s)],
      [],
      undefined,
      s,
    );
    expect(r).toEqual({ taken: [], conflicts: [], rejected: [], unchanged: 6 + 1 });
    expect(numberText(0.1 + 0.2)).toBe("0.3");
  });

  it("keeps the main's value when both sides changed it differently, and lists the conflict", () => {
    const edited = [ind("A1", "cykel", { 2024: 13, 2025: null }, "Cykelresor"), main[1]];
    const r = collectReturns(
      goals,
      [ret("a.xlsx", [ind("A1", "cykel", { 2024: 15, 2025: null }), sent[1]])],
      [],
      undefined,
      edited,
    );
    expect(r.taken).toEqual([]);
    expect(r.conflicts).toEqual([
      {
        file: "a.xlsx",
        goalId: "A1",
        column: "indicator:cykel:2024",
        indicator: { id: "cykel", name: "Cykelresor", year: 2024 },
        sent: "12",
        main: "13",
        returned: "15",
      },
    ]);
    expect(collectedCleanly(r)).toBe(false);
  });

  it("lists a conflict for each of two returns that disagree on a value", () => {
    const r = collectReturns(
      goals,
      [ret("a.xlsx", [ind("A1", "cykel", { 2024: 20 })]), ret("b.xlsx", [ind("A1", "cykel", { 2024: 21 })])],
      [],
      undefined,
      main,
    );
    expect(r.conflicts.map((c) => [c.file, c.column, c.main, c.returned])).toEqual([
      ["a.xlsx", "indicator:cykel:2024", "12", "20"],
      ["b.xlsx", "indicator:cykel:2024", "12", "21"],
    ]);
    expect(r.taken).toEqual([]);
  });

  it("rejects a returned cell that holds no number, naming goal, indicator and year", () => {
    const r = collectReturns(
      goals,
      [ret("a.xlsx", [ind("A1", "cykel", { 2024: "ungefär 12", 2025: 3 }), sent[1]])],
      [],
      undefined,
      main,
    );
    expect(r.rejected).toEqual([
      {
        file: "a.xlsx",
        goalId: "A1",
        reason: "indicator-not-number",
        indicator: "cykel",
        year: 2024,
        detail: "ungefär 12",
      },
    ]);
    // The year beside it is still taken.
    expect(r.taken.map((x) => x.column)).toEqual(["indicator:cykel:2025"]);
  });

  it("reports, never takes nor drops, the values of a return whose record has none (an older split)", () => {
    const r = collectReturns(
      goals,
      [ret("old.xlsx", [ind("A1", "cykel", { 2024: 99 }), ind("A2", "buss", { 2024: null })], null)],
      [],
      undefined,
      main,
    );
    expect(r.taken).toEqual([]);
    expect(r.rejected).toEqual([
      { file: "old.xlsx", goalId: "A1", reason: "indicator-not-recorded", indicator: "cykel" },
    ]);
    // Without indicators in the return, an older record merges as before.
    const plain = collectReturns(
      goals,
      [{ file: "old.xlsx", sent: goals, returned: goals }],
      [],
      undefined,
      main,
    );
    expect(plain).toEqual({ taken: [], conflicts: [], rejected: [], unchanged: 6 });
  });

  it("reports an indicator the main lacks, a year it has no column for, one added and one deleted", () => {
    const mainLess = [ind("A1", "cykel", { 2024: 12 }, "Cykelresor")];
    const r = collectReturns(
      goals,
      [
        ret("a.xlsx", [
          ind("A1", "cykel", { 2024: 12, 2025: 5 }),
          ind("A2", "buss", { 2024: 1, 2025: 4 }),
          ind("A2", "ny", { 2024: 1 }),
        ]),
      ],
      [],
      undefined,
      mainLess,
    );
    expect(r.taken).toEqual([]);
    expect(r.rejected).toEqual([
      { file: "a.xlsx", goalId: "A1", reason: "indicator-no-year", indicator: "cykel", year: 2025 },
      { file: "a.xlsx", goalId: "A2", reason: "indicator-unknown", indicator: "buss" },
      { file: "a.xlsx", goalId: "A2", reason: "indicator-not-sent", indicator: "ny" },
    ]);
    const deleted = collectReturns(goals, [ret("a.xlsx", [sent[0]])], [], undefined, main);
    expect(deleted.rejected).toEqual([
      { file: "a.xlsx", goalId: "A2", reason: "indicator-deleted", indicator: "buss" },
    ]);
  });

  it("merges nothing of a goal that is itself not merged, and matches IDs as the reader does", () => {
    const changed: CollectReturn = {
      file: "a.xlsx",
      sent: goals,
      returned: [goal("A1", "Ett annat mål"), goal("A2")],
      sentIndicators: sent,
      returnedIndicators: [ind("A1", "cykel", { 2024: 50 }), ind(" a2", "BUSS", { 2024: 7, 2025: 4 })],
    };
    const r = collectReturns(goals, [changed], [], undefined, main);
    expect(r.rejected).toEqual([
      { file: "a.xlsx", goalId: "A1", reason: "structure-changed", detail: "text" },
    ]);
    expect(r.taken.map((x) => [x.goalId, x.column, x.to])).toEqual([["A2", "indicator:buss:2024", "7"]]);
  });
});
