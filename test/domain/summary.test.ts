import fc from "fast-check";
import { bundledStructure, reconcile, share, STATUS_KEYS, summarize, TREND_KEYS } from "../../src/domain";
import type { Counts, GoalStructure } from "../../src/domain";
import { structureArb } from "./arbitraries";

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe("summarize on the bundled example", () => {
  const summary = summarize(bundledStructure());
  const byId = (id: string) => {
    const p = summary.programs.find((x) => x.id === id);
    if (!p) throw new Error(`no programme ${id}`);
    return p;
  };

  it("reproduces the published figures of the ecological programme: 42 / 9 29 4 / 17 24 1", () => {
    const p = byId("ekologisk");
    expect([p.total, p.status.red, p.status.yellow, p.status.green, p.status.missing]).toEqual([
      42, 9, 29, 4, 0,
    ]);
    expect([p.trend.up, p.trend.flat, p.trend.down, p.trend.missing]).toEqual([17, 24, 1, 0]);
    expect(p.reconciliation).toEqual({ matches: true, differences: [] });
  });

  it("reproduces the published figures of the social programme: 24 / 7 16 1 / 5 17 2", () => {
    const p = byId("social");
    expect([p.total, p.status.red, p.status.yellow, p.status.green, p.status.missing]).toEqual([
      24, 7, 16, 1, 0,
    ]);
    expect([p.trend.up, p.trend.flat, p.trend.down, p.trend.missing]).toEqual([5, 17, 2, 0]);
    expect(p.reconciliation).toEqual({ matches: true, differences: [] });
  });

  it("keeps the action plan's six delmål as not assessed, with nothing to reconcile", () => {
    const p = byId("handlingsplan-social");
    expect(p.total).toBe(6);
    expect(p.status.missing).toBe(6);
    expect(p.trend.missing).toBe(6);
    expect(p.reconciliation).toBeNull();
  });

  it("lists every målområde: 3, 6 and 2", () => {
    expect(summary.programs.map((p) => p.areas.length)).toEqual([3, 6, 2]);
  });

  it("spreads the example statuses over the areas rather than piling them into one", () => {
    for (const id of ["ekologisk", "social"]) {
      const p = byId(id);
      const withRed = p.areas.filter((a) => a.status.red > 0).length;
      const withYellow = p.areas.filter((a) => a.status.yellow > 0).length;
      expect(withRed).toBeGreaterThan(1);
      expect(withYellow).toBe(p.areas.length);
    }
  });
});

describe("reconcile", () => {
  it("says which published figure differs and by how much", () => {
    const s = bundledStructure();
    // EKO-1.02 is red with a downward trend: make it yellow without a trend.
    const goal = s.programs[0].areas[0].goals[1];
    expect([goal.id, goal.status, goal.trend]).toEqual(["EKO-1.02", "red", "down"]);
    goal.status = "yellow";
    goal.trend = null;
    const p = summarize(s).programs[0];
    expect(p.reconciliation).toEqual({
      matches: false,
      differences: [
        { field: "status.red", reported: 9, actual: 8, diff: -1 },
        { field: "status.yellow", reported: 29, actual: 30, diff: 1 },
        { field: "trend.down", reported: 1, actual: 0, diff: -1 },
      ],
    });
  });

  it("reports a different total", () => {
    const counts = summarize(bundledStructure()).programs[1];
    const r = reconcile(counts, {
      total: 25,
      status: { red: 7, yellow: 16, green: 1 },
      trend: { up: 5, flat: 17, down: 2 },
    });
    expect(r).toEqual({
      matches: false,
      differences: [{ field: "total", reported: 25, actual: 24, diff: -1 }],
    });
  });
});

describe("share", () => {
  it.each([
    [0, 0, 0],
    [3, 0, 0],
    [1, 4, 0.25],
    [42, 42, 1],
  ])("share(%i, %i) = %d", (count, total, expected) => {
    expect(share(count, total)).toBe(expected);
  });
});

describe("summary properties", () => {
  const checkCounts = (c: Counts): void => {
    expect(sum(STATUS_KEYS.map((k) => c.status[k]))).toBe(c.total);
    expect(sum(TREND_KEYS.map((k) => c.trend[k]))).toBe(c.total);
    for (const s of STATUS_KEYS) expect(sum(TREND_KEYS.map((tk) => c.cross[s][tk]))).toBe(c.status[s]);
    for (const tk of TREND_KEYS) expect(sum(STATUS_KEYS.map((s) => c.cross[s][tk]))).toBe(c.trend[tk]);
  };

  it("counts always add up: per area, per programme and in total, for status, trend and the cross-table", () => {
    fc.assert(
      fc.property(structureArb, (s: GoalStructure) => {
        const summary = summarize(s);
        expect(summary.programs).toHaveLength(s.programs.length);
        let goals = 0;
        summary.programs.forEach((p, pi) => {
          expect(p.areas).toHaveLength(s.programs[pi].areas.length);
          p.areas.forEach((a, ai) => {
            expect(a.total).toBe(s.programs[pi].areas[ai].goals.length);
            checkCounts(a);
          });
          checkCounts(p);
          expect(p.total).toBe(sum(p.areas.map((a) => a.total)));
          for (const k of STATUS_KEYS) expect(p.status[k]).toBe(sum(p.areas.map((a) => a.status[k])));
          goals += p.total;
        });
        checkCounts(summary.total);
        expect(summary.total.total).toBe(goals);
      }),
      { numRuns: 200 },
    );
  });

  it("counts values it does not know as missing, so the counts still add up", () => {
    const junk = fc.oneof(fc.anything(), fc.constantFrom("red", "up", "Röd", ""));
    fc.assert(
      fc.property(fc.array(fc.tuple(junk, junk), { maxLength: 30 }), (pairs) => {
        const s = {
          organisation: "x",
          year: 2023,
          programs: [
            {
              id: "p",
              name: "P",
              areas: [
                {
                  id: "a",
                  name: "A",
                  sdgs: [],
                  goals: pairs.map(([status, trend], i) => ({ id: `g${i}`, text: "t", status, trend })),
                },
              ],
            },
          ],
        } as unknown as GoalStructure;
        const summary = summarize(s);
        checkCounts(summary.total);
        expect(summary.total.total).toBe(pairs.length);
        expect(summary.total.status.red).toBe(pairs.filter(([st]) => st === "red").length);
      }),
    );
  });
});
