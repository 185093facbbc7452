// The history import and the rollover's rows: what both workbook shells write comes from these
// two pure functions, so what a user gets is decided (and checked) here once.
import {
  bundledStructure,
  closingRows,
  importHistory,
  rolloverStructure,
  type GoalStructure,
} from "../../src/domain";
import { goalsIn } from "./fixtures";

function earlier(s: GoalStructure): GoalStructure {
  const e: GoalStructure = JSON.parse(JSON.stringify(s));
  e.year = s.year - 1;
  for (const g of goalsIn(e)) {
    g.status = null;
    g.trend = null;
    delete g.comment;
    delete g.history;
  }
  return e;
}

describe("closingRows", () => {
  it("gives one row per goal for the closing year, in goal order, equal to the rolled-over history", () => {
    const s = bundledStructure();
    const [first, second] = goalsIn(s);
    first.status = "green";
    first.trend = "up";
    first.comment = "=SUM(A1)";
    second.status = null;
    const closed = closingRows(s, s.year + 1);
    if (!closed.ok) throw new Error("refused");
    expect(closed.closing).toBe(s.year);
    expect(closed.rows.map((r) => r.id)).toEqual(goalsIn(s).map((g) => g.id));
    expect(closed.rows[0].entry).toEqual({ year: s.year, status: "green", trend: "up", comment: "=SUM(A1)" });
    expect(closed.rows[1].entry.status).toBeNull();
    const rolled = rolloverStructure(s, s.year + 1);
    if (!rolled.ok) throw new Error("refused");
    const last = goalsIn(rolled.structure).map((g) => g.history?.[g.history.length - 1]);
    expect(closed.rows.map((r) => r.entry)).toEqual(last);
  });

  it("refuses a year that is not later, naming both years", () => {
    const s = bundledStructure();
    expect(closingRows(s, s.year)).toEqual({
      ok: false,
      reason: "yearNotLater",
      current: s.year,
      requested: s.year,
    });
  });
});

describe("importHistory", () => {
  it("merges an earlier follow-up by goal ID (any case) and lists goals that no longer exist", () => {
    const target = bundledStructure();
    const source = earlier(target);
    const [a, b, c] = goalsIn(source);
    a.status = "red";
    a.trend = "down";
    a.comment = "Rad ett\nRad två";
    a.id = a.id.toLowerCase();
    b.status = "green";
    b.history = [{ year: source.year - 1, status: "yellow", trend: "flat" }];
    c.id = "GONE-1";
    const result = importHistory(target, source);
    if (!result.ok) throw new Error("refused");
    const goals = goalsIn(result.structure);
    expect(goals[0].history).toEqual([
      { year: source.year, status: "red", trend: "down", comment: "Rad ett\nRad två" },
    ]);
    expect(goals[1].history).toEqual([
      { year: source.year - 1, status: "yellow", trend: "flat" },
      { year: source.year, status: "green", trend: null },
    ]);
    // The goal whose ID the source changed gets nothing; the source's goal is reported.
    expect(goals[2].history).toBeUndefined();
    expect(result.unknownGoals).toEqual(["GONE-1"]);
    expect(result.added).toHaveLength(goalsIn(target).length - 1 + 1);
    expect(result.added[0].id).toBe(goalsIn(target)[0].id);
    expect(result.replaced).toEqual([]);
    expect(result.unchanged).toBe(0);
    expect(result.years).toEqual([source.year - 1, source.year]);
    // The target itself is left as it was.
    expect(goalsIn(target)[0].history).toBeUndefined();
  });

  it("counts an entry it already holds as unchanged, and lists one it replaces", () => {
    const target = bundledStructure();
    const source = earlier(target);
    goalsIn(source)[0].status = "green";
    const once = importHistory(target, source);
    if (!once.ok) throw new Error("refused");
    const again = importHistory(once.structure, source);
    if (!again.ok) throw new Error("refused");
    expect(again.added).toEqual([]);
    expect(again.replaced).toEqual([]);
    expect(again.unchanged).toBe(goalsIn(target).length);
    goalsIn(source)[0].status = "yellow";
    const changed = importHistory(once.structure, source);
    if (!changed.ok) throw new Error("refused");
    expect(changed.replaced).toEqual([
      { id: goalsIn(target)[0].id, entry: { year: source.year, status: "yellow", trend: null } },
    ]);
    expect(goalsIn(changed.structure)[0].history).toEqual([
      { year: source.year, status: "yellow", trend: null },
    ]);
  });

  it("never erases a held comment, status or trend with an empty one from the source", () => {
    const target = bundledStructure();
    const [first, second] = goalsIn(target);
    const year = target.year - 1;
    first.history = [{ year, status: "red", trend: "down", comment: "Skrivet i historiken" }];
    second.history = [{ year, status: "green", trend: "up", comment: "Gammal kommentar" }];
    const source = earlier(target);
    const [a, b] = goalsIn(source);
    // The first goal comes back without any assessment, the second with a new status and comment.
    a.status = null;
    a.trend = null;
    a.comment = "";
    b.status = "yellow";
    b.trend = null;
    b.comment = "Ny kommentar";
    const result = importHistory(target, source);
    if (!result.ok) throw new Error("refused");
    const [g1, g2] = goalsIn(result.structure);
    expect(g1.history).toEqual([{ year, status: "red", trend: "down", comment: "Skrivet i historiken" }]);
    expect(g2.history).toEqual([{ year, status: "yellow", trend: "up", comment: "Ny kommentar" }]);
    expect(result.replaced).toEqual([
      { id: second.id, entry: { year, status: "yellow", trend: "up", comment: "Ny kommentar" } },
    ]);
    expect(result.replaced.map((r) => r.id)).not.toContain(first.id);
  });

  it("refuses a source that is not of an earlier year", () => {
    const target = bundledStructure();
    expect(importHistory(target, target)).toEqual({
      ok: false,
      reason: "notEarlier",
      source: target.year,
      target: target.year,
    });
  });
});
