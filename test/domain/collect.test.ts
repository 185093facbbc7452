// The three-way merge of returned workbooks (src/domain/collect.ts): each rule of issue 12, and a
// property: whatever both sides edit, no official-owned value that differs from what was sent
// disappears: it ends in the merged workbook or in the conflict list.
import fc from "fast-check";
import {
  collectReturns,
  collectedCleanly,
  officialColumnKeys,
  type CellValues,
  type CollectGoal,
  type CollectResult,
  type CollectReturn,
} from "../../src/domain/collect";
import { GOAL_COLUMNS, type ColumnKey } from "../../src/domain";
import { numberText, type IndicatorValues } from "../../src/domain/collectIndicators";

const base = (id: string, cells: CellValues = {}): CollectGoal => ({
  id,
  cells: {
    id,
    program: "Miljö",
    area: "Luft",
    text: `Mål ${id}`,
    status: "",
    trend: "",
    comment: "",
    ...cells,
  },
});

function ret(file: string, sent: CollectGoal[], edits: Record<string, CellValues>): CollectReturn {
  return {
    file,
    sent,
    returned: sent.map((g) => ({ id: g.id, cells: { ...g.cells, ...edits[g.id] } })),
  };
}

/** The main's cells with the taken values applied, as the shells apply them. */
function apply(main: CollectGoal[], result: CollectResult): Map<string, Record<string, string>> {
  const out = new Map(main.map((g) => [g.id, { ...g.cells } as Record<string, string>]));
  for (const t of result.taken)
    if (!t.indicator) (out.get(t.goalId) as Record<string, string>)[t.column] = t.to;
  return out;
}

describe("collectReturns", () => {
  const sent = [base("A1"), base("A2", { status: "Gul", comment: "Som förra året" })];

  it("merges the official-owned columns of GOAL_COLUMNS", () => {
    expect(officialColumnKeys()).toEqual(
      GOAL_COLUMNS.filter((c) => c.owner === "official").map((c) => c.key),
    );
    expect(officialColumnKeys()).toEqual(expect.arrayContaining(["status", "trend", "comment"]));
  });

  it("takes an owner's done mark like a status: Klar is an official-owned column", () => {
    expect(officialColumnKeys()).toContain("done");
    const withDone = [base("A1", { done: "" })];
    const r = collectReturns(withDone, [ret("a.xlsx", withDone, { A1: { done: "Ja" } })]);
    expect(r.taken).toEqual([{ file: "a.xlsx", goalId: "A1", column: "done", from: "", to: "Ja" }]);
  });

  it("does nothing for a value returned as sent", () => {
    const r = collectReturns(sent, [ret("a.xlsx", sent, {})]);
    expect(r).toEqual({ taken: [], conflicts: [], rejected: [], unchanged: 6 });
    expect(collectedCleanly(r)).toBe(true);
  });

  it("takes a returned change where the main still holds what was sent", () => {
    const r = collectReturns(sent, [ret("a.xlsx", sent, { A1: { status: "Grön", comment: "Klart" } })]);
    expect(r.taken).toEqual([
      { file: "a.xlsx", goalId: "A1", column: "status", from: "", to: "Grön" },
      { file: "a.xlsx", goalId: "A1", column: "comment", from: "", to: "Klart" },
    ]);
    expect(r.conflicts).toEqual([]);
  });

  it("keeps the main's value on a two-sided change and lists the conflict", () => {
    const main = [base("A1", { comment: "Analytikerns text" }), sent[1]];
    const r = collectReturns(main, [ret("a.xlsx", sent, { A1: { comment: "Nämndens text" } })]);
    expect(r.taken).toEqual([]);
    expect(r.conflicts).toEqual([
      {
        file: "a.xlsx",
        goalId: "A1",
        column: "comment",
        sent: "",
        main: "Analytikerns text",
        returned: "Nämndens text",
      },
    ]);
    expect(collectedCleanly(r)).toBe(false);
  });

  it("needs nothing when both sides made the same change", () => {
    const main = [base("A1", { status: "Röd" }), sent[1]];
    const r = collectReturns(main, [ret("a.xlsx", sent, { A1: { status: "Röd" } })]);
    expect(r).toEqual({ taken: [], conflicts: [], rejected: [], unchanged: 6 });
  });

  it("reports, and does not apply, a goal the main lacks or one whose structure changed", () => {
    const main = [sent[1]];
    const r = collectReturns(main, [
      ret("a.xlsx", sent, { A1: { status: "Grön" }, A2: { text: "Ett annat mål", status: "Röd" } }),
    ]);
    expect(r.taken).toEqual([]);
    expect(r.rejected).toEqual([
      { file: "a.xlsx", goalId: "A1", reason: "unknown-goal" },
      { file: "a.xlsx", goalId: "A2", reason: "structure-changed", detail: "text" },
    ]);
  });

  it("reports a goal added in the return", () => {
    const back: CollectReturn = { file: "a.xlsx", sent, returned: [...sent, base("A3", { status: "Grön" })] };
    const r = collectReturns([...sent, base("A3")], [back]);
    expect(r.rejected).toEqual([{ file: "a.xlsx", goalId: "A3", reason: "not-sent" }]);
    expect(r.taken).toEqual([]);
  });

  it("reports, and applies nothing for, a sent goal the return's table no longer has", () => {
    const main = [base("A1", { status: "Röd" }), sent[1]];
    const back: CollectReturn = {
      file: "a.xlsx",
      sent,
      // A2's row deleted; A1 changed as usual.
      returned: [{ id: "A1", cells: { ...sent[0].cells, status: "Grön" } }],
    };
    const r = collectReturns(main, [back]);
    expect(r.rejected).toEqual([{ file: "a.xlsx", goalId: "A2", reason: "deleted" }]);
    expect(r.conflicts).toEqual([
      { file: "a.xlsx", goalId: "A1", column: "status", sent: "", main: "Röd", returned: "Grön" },
    ]);
    expect(r.taken).toEqual([]);
    expect(collectedCleanly(r)).toBe(false);
    // A row whose ID was cleared counts as deleted too; a goal another return still has is merged.
    const cleared: CollectReturn = {
      file: "b.xlsx",
      sent,
      returned: [sent[0], { id: " ", cells: sent[1].cells }],
    };
    const other = ret("c.xlsx", [sent[1]], { A2: { status: "Grön" } });
    const r2 = collectReturns(sent, [cleared, other]);
    expect(r2.rejected).toEqual([{ file: "b.xlsx", goalId: "A2", reason: "deleted" }]);
    expect(r2.taken).toEqual([{ file: "c.xlsx", goalId: "A2", column: "status", from: "Gul", to: "Grön" }]);
  });

  it("lists a conflict for each of two returns that disagree, and takes what they agree on", () => {
    const r = collectReturns(sent, [
      ret("a.xlsx", sent, { A1: { status: "Grön", trend: "Uppåt" } }),
      ret("b.xlsx", sent, { A1: { status: "Röd", trend: "Uppåt" } }),
    ]);
    expect(r.conflicts.map((c) => [c.file, c.column, c.returned])).toEqual([
      ["a.xlsx", "status", "Grön"],
      ["b.xlsx", "status", "Röd"],
    ]);
    expect(r.taken).toEqual([{ file: "a.xlsx", goalId: "A1", column: "trend", from: "", to: "Uppåt" }]);
  });

  it("passes rejected files through and still merges the others", () => {
    const r = collectReturns(
      sent,
      [ret("a.xlsx", sent, { A1: { status: "Grön" } })],
      [{ file: "x.xlsx", reason: "not-ours" }],
    );
    expect(r.rejected).toEqual([{ file: "x.xlsx", reason: "not-ours" }]);
    expect(r.taken).toHaveLength(1);
  });

  it("matches goals by ID as the reader does (case, surrounding spaces)", () => {
    const main = [base("a1 "), sent[1]];
    const r = collectReturns(main, [ret("a.xlsx", sent, { A1: { status: "Grön" } })]);
    expect(r.taken).toEqual([{ file: "a.xlsx", goalId: "a1", column: "status", from: "", to: "Grön" }]);
  });

  it("refuses a goal whose ID two rows of the main share", () => {
    const r = collectReturns([...sent, base("A1")], [ret("a.xlsx", sent, { A1: { status: "Grön" } })]);
    expect(r.rejected).toEqual([{ file: "a.xlsx", goalId: "A1", reason: "duplicate-id" }]);
    expect(r.taken).toEqual([]);
  });
});

// The property: random sent values, random edits in the main and in one to three returns (some
// goals in several returns), of goal cells and of indicator values (one indicator per goal, three
// year columns), then collect.
const OFFICIAL = officialColumnKeys();
const value = fc.constantFrom("", "Röd", "Gul", "Grön", "Uppåt", "text", "=SUM(A1)", "rad ett\nrad två");
const cellsArb = fc.record(
  Object.fromEntries(OFFICIAL.map((k) => [k, value])) as Record<ColumnKey, typeof value>,
);
const maybeEdit = fc.option(
  cellsArb.map((c) => c as Partial<Record<ColumnKey, string>>),
  { nil: undefined },
);

const YEARS = [2023, 2024, 2025];
const number = fc.constantFrom<number | null>(null, 0, 1, 2.5, -3, 1234.5);
/** One indicator's year values; an edit may also leave a text that is no number. */
const yearsArb = fc.tuple(number, number, number);
const maybeYears = fc.option(
  fc.tuple(
    fc.constantFrom<number | string | null | undefined>(undefined, null, 7, 2.5, "ca 5"),
    fc.constantFrom<number | string | null | undefined>(undefined, null, 0, 1),
    fc.constantFrom<number | string | null | undefined>(undefined, 8, -3),
  ),
  { nil: undefined },
);

function indicator(goalId: string, values: readonly (number | string | null)[]): IndicatorValues {
  return { goalId, id: "i", name: "I", values: new Map(YEARS.map((y, i) => [y, values[i]])) };
}

/** The sent values with an edit's years laid over them (undefined: the year left as sent). */
function editYears(
  sent: readonly (number | null)[],
  edit: readonly (number | string | null | undefined)[] | undefined,
): (number | string | null)[] {
  return sent.map((v, i) => (edit?.[i] === undefined ? v : (edit[i] as number | string | null)));
}

const scenario = fc
  .record({
    sent: fc.array(fc.tuple(cellsArb, yearsArb), { minLength: 1, maxLength: 6 }),
    mainEdits: fc.array(fc.tuple(maybeEdit, maybeYears), { maxLength: 6 }),
    returns: fc.array(
      fc.record({
        goals: fc.array(fc.boolean(), { maxLength: 6 }),
        edits: fc.array(fc.tuple(maybeEdit, maybeYears), { maxLength: 6 }),
        deleted: fc.array(fc.boolean(), { maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ sent, mainEdits, returns }) => {
    const sentGoals = sent.map(([cells], i) => base(`G${i}`, cells));
    const sentIndicators = sent.map(([, years], i) => indicator(`G${i}`, years));
    const main = sentGoals.map((g, i) => ({ id: g.id, cells: { ...g.cells, ...pick(mainEdits[i]?.[0]) } }));
    const mainIndicators = sent.map(([, years], i) =>
      indicator(`G${i}`, editYears(years, mainEdits[i]?.[1])),
    );
    const files: CollectReturn[] = returns.map((r, f) => {
      const mine = sentGoals.filter((_, i) => r.goals[i] ?? f === 0);
      const back = mine.filter((g) => r.deleted[Number(g.id.slice(1))] !== true);
      return {
        file: `r${f}.xlsx`,
        sent: mine,
        returned: back.map((g) => ({
          id: g.id,
          cells: { ...g.cells, ...pick(r.edits[Number(g.id.slice(1))]?.[0]) },
        })),
        sentIndicators: mine.map((g) => sentIndicators[Number(g.id.slice(1))]),
        returnedIndicators: back.map((g) => {
          const i = Number(g.id.slice(1));
          return indicator(g.id, editYears(sent[i][1], r.edits[i]?.[1]));
        }),
      };
    });
    return { sentGoals, sentIndicators, main, mainIndicators, files };
  });

/** As a cell is compared: a number's text, "" when empty, a text as it stands. */
const shown = (v: number | string | null | undefined): string =>
  typeof v === "number" ? numberText(v) : (v ?? "");

/** A random subset of an edit's columns (the others left as sent). */
function pick(edit: Partial<Record<ColumnKey, string>> | undefined): Partial<Record<ColumnKey, string>> {
  if (edit === undefined) return {};
  return Object.fromEntries(Object.entries(edit).filter(([, v], i) => (v.length + i) % 2 === 0));
}

describe("collectReturns (property)", () => {
  it("never loses an official-owned value that differs from what was sent", () => {
    fc.assert(
      fc.property(scenario, ({ sentGoals, sentIndicators, main, mainIndicators, files }) => {
        const result = collectReturns(main, files, [], undefined, mainIndicators);
        const merged = apply(main, result);
        const sentOf = new Map(sentGoals.map((g) => [g.id, g.cells]));
        for (const g of main) {
          const out = merged.get(g.id) as Record<string, string>;
          for (const column of OFFICIAL) {
            const was = sentOf.get(g.id)?.[column] ?? "";
            const now = g.cells[column] ?? "";
            // The main's own edit is never replaced.
            if (now !== was) expect(out[column]).toBe(now);
          }
        }
        for (const f of files) {
          for (const g of f.returned) {
            for (const column of OFFICIAL) {
              const returned = g.cells[column] ?? "";
              if (returned === (sentOf.get(g.id)?.[column] ?? "")) continue;
              const inOutput = merged.get(g.id)?.[column] === returned;
              const listed = result.conflicts.some(
                (c) =>
                  c.file === f.file && c.goalId === g.id && c.column === column && c.returned === returned,
              );
              expect(inOutput || listed).toBe(true);
            }
          }
        }
        // Every sent goal a return lost is reported for that file.
        for (const f of files)
          for (const g of f.sent)
            if (!f.returned.some((b) => b.id === g.id))
              expect(result.rejected).toContainEqual({ file: f.file, goalId: g.id, reason: "deleted" });
        // Every conflict keeps the main's value.
        for (const c of result.conflicts)
          if (!c.indicator) expect(merged.get(c.goalId)?.[c.column]).toBe(c.main);

        // Indicator values: the main's taken cells applied, as the shells write them.
        const values = new Map(
          mainIndicators.map((m) => [m.goalId, new Map([...m.values].map(([y, v]) => [y, shown(v)]))]),
        );
        for (const t of result.taken) if (t.indicator) values.get(t.goalId)?.set(t.indicator.year, t.to);
        mainIndicators.forEach((m, i) => {
          for (const y of YEARS) {
            const now = shown(m.values.get(y));
            // The main's own edit is never replaced.
            if (now !== shown(sentIndicators[i].values.get(y)))
              expect(values.get(m.goalId)?.get(y)).toBe(now);
          }
        });
        for (const f of files)
          for (const r of f.returnedIndicators ?? []) {
            const was = sentIndicators[Number(r.goalId.slice(1))];
            for (const y of YEARS) {
              const v = r.values.get(y);
              if (shown(v) === shown(was.values.get(y))) continue;
              const where = { file: f.file, goalId: r.goalId };
              if (typeof v === "string") {
                // A text that is no number is reported by file, goal, indicator and year, never taken.
                expect(result.rejected).toContainEqual({
                  ...where,
                  reason: "indicator-not-number",
                  indicator: "i",
                  year: y,
                  detail: v,
                });
                continue;
              }
              const inOutput = values.get(r.goalId)?.get(y) === shown(v);
              const listed = result.conflicts.some(
                (c) =>
                  c.file === f.file &&
                  c.goalId === r.goalId &&
                  c.column === `indicator:i:${y}` &&
                  c.returned === shown(v),
              );
              expect(inOutput || listed).toBe(true);
            }
          }
        for (const c of result.conflicts)
          if (c.indicator) expect(values.get(c.goalId)?.get(c.indicator.year)).toBe(c.main);
      }),
      { numRuns: 300 },
    );
  });
});
