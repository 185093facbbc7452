// The suggestion rules on examples small enough to check by hand. Baseline 2020, target 2030
// unless said otherwise, so the expected progress e is (year − 2020) / 10.
import {
  combineStatuses,
  combineTrends,
  DEFAULT_STATUS_RULE,
  DEFAULT_TREND_RULE,
  resolveStatusRule,
  resolveTrendRule,
  suggestStatus,
  suggestStructure,
  suggestTrend,
} from "../../src/domain";
import type { GoalStructure, Indicator, MeasuredValue } from "../../src/domain";

function increase(values: MeasuredValue[], extra: Partial<Indicator> = {}): Indicator {
  return {
    id: "i1",
    name: "Andel förnybar energi",
    unit: "%",
    direction: "increase",
    baseline: { year: 2020, value: 40 },
    target: { year: 2030, value: 60 },
    values,
    ...extra,
  };
}

function decrease(values: MeasuredValue[], extra: Partial<Indicator> = {}): Indicator {
  return {
    id: "d1",
    name: "Utsläpp, ton CO2e per invånare",
    direction: "decrease",
    baseline: { year: 2020, value: 100 },
    target: { year: 2030, value: 50 },
    values,
    ...extra,
  };
}

describe("status: progress against the straight line from baseline to target", () => {
  it("is green on the line, yellow at half of it, red below that (defaults 1.0 and 0.5)", () => {
    // 2025: e = 0.5. 50 → p = 10/20 = 0.5 ≥ 1.0 × 0.5; 45 → p = 0.25 ≥ 0.5 × 0.5; 44 → p = 0.2.
    expect(suggestStatus(increase([{ year: 2025, value: 50 }]), 2025)).toEqual({
      status: "green",
      progress: 0.5,
      expected: 0.5,
      latest: { year: 2025, value: 50 },
      targetMet: false,
    });
    expect(suggestStatus(increase([{ year: 2025, value: 45 }]), 2025)?.status).toBe("yellow");
    expect(suggestStatus(increase([{ year: 2025, value: 44 }]), 2025)?.status).toBe("red");
  });

  it("reads a decrease indicator toward its lower target", () => {
    // 100 → 50; 2025: 80 gives p = (80 − 100) / (50 − 100) = 0.4, e = 0.5: yellow (0.4 ≥ 0.25).
    const s = suggestStatus(decrease([{ year: 2025, value: 80 }]), 2025);
    expect(s).toMatchObject({ status: "yellow", progress: 0.4, expected: 0.5 });
    // 75 is on the line (p = 0.5); 110 went the wrong way (p = −0.2).
    expect(suggestStatus(decrease([{ year: 2025, value: 75 }]), 2025)?.status).toBe("green");
    expect(suggestStatus(decrease([{ year: 2025, value: 110 }]), 2025)?.status).toBe("red");
  });

  it("uses the latest value at or before the follow-up year", () => {
    const ind = increase([
      { year: 2022, value: 41 },
      { year: 2024, value: 48 },
      { year: 2026, value: 30 },
    ]);
    // 2024 is the latest at or before 2025: p = 0.4, e = 0.5, so yellow; 2026 is ignored.
    expect(suggestStatus(ind, 2025)).toMatchObject({ status: "yellow", latest: { year: 2024, value: 48 } });
  });

  it("gives no suggestion without a value at or before the follow-up year", () => {
    expect(suggestStatus(increase([]), 2025)).toBeNull();
    expect(suggestStatus(increase([], { values: undefined }), 2025)).toBeNull();
    expect(suggestStatus(increase([{ year: 2026, value: 70 }]), 2025)).toBeNull();
  });

  it("is green when the target is met early, whatever the thresholds", () => {
    // 2022: e = 0.2; 61 ≥ 60 meets the target. With green = 6 the line test alone (1.05 ≥ 1.2) fails.
    const ind = increase([{ year: 2022, value: 61 }], { statusRule: { green: 6 } });
    const s = suggestStatus(ind, 2022, resolveStatusRule(ind.statusRule));
    expect(s).toMatchObject({ status: "green", targetMet: true, expected: 0.2 });
    expect(s?.progress).toBeCloseTo(1.05, 10);
    // A decrease indicator meets its target at or below it.
    expect(suggestStatus(decrease([{ year: 2021, value: 50 }]), 2021)).toMatchObject({
      status: "green",
      targetMet: true,
    });
  });

  it("caps the expected progress at 1 after the target year", () => {
    // Follow-up 2033: (2033 − 2020) / 10 = 1.3, capped to 1. 55 → p = 0.75: yellow, not red.
    const s = suggestStatus(increase([{ year: 2033, value: 55 }]), 2033);
    expect(s).toMatchObject({ status: "yellow", progress: 0.75, expected: 1 });
  });

  it("can read the expected progress at the latest value's year (data published late)", () => {
    // Follow-up 2025, latest 2024: 48 → p = 0.4. At 2025 e = 0.5 (yellow); at 2024 e = 0.4 (green).
    const ind = increase([{ year: 2024, value: 48 }]);
    expect(suggestStatus(ind, 2025)?.status).toBe("yellow");
    const rule = resolveStatusRule({ expectedAt: "valueYear" });
    expect(suggestStatus(ind, 2025, rule)).toMatchObject({ status: "green", expected: 0.4 });
  });

  it("takes decimal inputs exactly on the line as on it, despite rounding", () => {
    // 0.3 → 0.1 in 2020–2030; 2025: 0.2 is on the line; in floating point p is 0.5000000000000001 or so.
    const ind = decrease([{ year: 2025, value: 0.2 }], {
      baseline: { year: 2020, value: 0.3 },
      target: { year: 2030, value: 0.1 },
    });
    expect(suggestStatus(ind, 2025)?.status).toBe("green");
  });
});

describe("trend: the development toward the goal", () => {
  it("compares the latest value with the one `window` (3) years earlier, with a ±2 % flat band", () => {
    // 100 → 101.5 is +1.5 %: flat. 100 → 103 is +3 %: up. 100 → 97: down.
    const flat = suggestTrend(
      increase([
        { year: 2020, value: 100 },
        { year: 2023, value: 101.5 },
      ]),
      2023,
    );
    expect(flat).toMatchObject({
      trend: "flat",
      from: { year: 2020, value: 100 },
      to: { year: 2023, value: 101.5 },
    });
    expect(flat?.change).toBeCloseTo(0.015, 10);
    const two = (v: number) =>
      increase([
        { year: 2020, value: 100 },
        { year: 2023, value: v },
      ]);
    expect(suggestTrend(two(103), 2023)?.trend).toBe("up");
    expect(suggestTrend(two(97), 2023)?.trend).toBe("down");
    // Exactly on the band's edge (+2 %) is still flat.
    expect(suggestTrend(two(102), 2023)?.trend).toBe("flat");
  });

  it("calls a falling value of a decrease indicator up", () => {
    const t = suggestTrend(
      decrease([
        { year: 2020, value: 100 },
        { year: 2023, value: 90 },
      ]),
      2023,
    );
    expect(t?.trend).toBe("up");
    expect(t?.change).toBeCloseTo(0.1, 10);
    const rising = decrease([
      { year: 2020, value: 100 },
      { year: 2023, value: 110 },
    ]);
    expect(suggestTrend(rising, 2023)?.trend).toBe("down");
  });

  it("falls back to the earliest value inside the window when that year is missing", () => {
    // Latest 2023, window 3 → 2020 is wanted. Without 2020 the earliest inside (2021: 100) is used;
    // 2019 lies outside and is ignored: (110 − 100) / 100 = +10 %.
    const t = suggestTrend(
      increase([
        { year: 2019, value: 200 },
        { year: 2021, value: 100 },
        { year: 2023, value: 110 },
      ]),
      2023,
    );
    expect(t).toMatchObject({ trend: "up", from: { year: 2021, value: 100 } });
    // With 2020 present it is used: (110 − 108) / 108 = +1.85 %, flat.
    const exact = suggestTrend(
      increase([
        { year: 2020, value: 108 },
        { year: 2021, value: 100 },
        { year: 2023, value: 110 },
      ]),
      2023,
    );
    expect(exact).toMatchObject({ trend: "flat", from: { year: 2020, value: 108 } });
  });

  it("gives no trend without a second value inside the window", () => {
    expect(suggestTrend(increase([{ year: 2023, value: 50 }]), 2023)).toBeNull();
    expect(
      suggestTrend(
        increase([
          { year: 2018, value: 40 },
          { year: 2023, value: 50 },
        ]),
        2023,
      ),
    ).toBeNull();
    expect(suggestTrend(increase([]), 2023)).toBeNull();
  });

  it("uses the window and band a rule sets", () => {
    const ind = increase([
      { year: 2018, value: 100 },
      { year: 2023, value: 104 },
    ]);
    expect(suggestTrend(ind, 2023, resolveTrendRule({ window: 5 }))?.trend).toBe("up");
    expect(suggestTrend(ind, 2023, resolveTrendRule({ window: 5, flatBand: 0.05 }))?.trend).toBe("flat");
  });

  it("can fit a least-squares line over the window instead", () => {
    // 10, 11, 12, 10 in 2020–2023: latest against first is 0 % (flat). The fitted slope is
    // Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = 0.5 / 5 = 0.1 a year: 10.6 in 2020, 10.9 in 2023, +2.83 %: up.
    const ind = increase([
      { year: 2020, value: 10 },
      { year: 2021, value: 11 },
      { year: 2022, value: 12 },
      { year: 2023, value: 10 },
    ]);
    expect(suggestTrend(ind, 2023)?.trend).toBe("flat");
    const t = suggestTrend(ind, 2023, resolveTrendRule({ method: "leastSquares" }));
    expect(t?.trend).toBe("up");
    expect(t?.from.value).toBeCloseTo(10.6, 10);
    expect(t?.to.value).toBeCloseTo(10.9, 10);
    expect(t?.change).toBeCloseTo(0.3 / 10.6, 10);
    expect(t?.method).toBe("leastSquares");
    // One point is no line.
    expect(
      suggestTrend(increase([{ year: 2023, value: 10 }]), 2023, resolveTrendRule({ method: "leastSquares" })),
    ).toBeNull();
  });
});

describe("a goal with several indicators", () => {
  it("takes the median status, the lower middle (toward red) for an even count", () => {
    expect(combineStatuses(["green", "red", "yellow"])).toBe("yellow");
    expect(combineStatuses(["green", "green", "red", "yellow"])).toBe("yellow");
    expect(combineStatuses(["green", "red"])).toBe("red");
    expect(combineStatuses(["green", "yellow"])).toBe("yellow");
    expect(combineStatuses(["green", null])).toBe("green");
    expect(combineStatuses([null])).toBeNull();
    expect(combineStatuses([])).toBeNull();
  });

  it("takes the trend by majority, a tie giving flat", () => {
    expect(combineTrends(["up", "up", "down"])).toBe("up");
    expect(combineTrends(["up", "down"])).toBe("flat");
    expect(combineTrends(["up", "up", "down", "down"])).toBe("flat");
    expect(combineTrends(["down", "flat", "down"])).toBe("down");
    expect(combineTrends(["down", null])).toBe("down");
    expect(combineTrends([null, null])).toBeNull();
  });
});

describe("suggestStructure", () => {
  function structure(): GoalStructure {
    return {
      organisation: "Testkommun",
      year: 2025,
      statusRule: { green: 0.8 },
      trendRule: { window: 5 },
      programs: [
        {
          id: "p1",
          name: "Program",
          statusRule: { yellow: 0.2 },
          areas: [
            {
              id: "a1",
              name: "Område",
              sdgs: [],
              goals: [
                {
                  id: "G-1",
                  text: "Mål med två indikatorer och en utan värden",
                  status: null,
                  trend: null,
                  indicators: [
                    // Green: 2025 value 50 is on the line (p 0.5 ≥ 0.8 × 0.5); up 25 % since 2020.
                    increase([
                      { year: 2020, value: 40 },
                      { year: 2025, value: 50 },
                    ]),
                    // Red: p = (97 − 100) / −50 = 0.06 < 0.2 × 0.5; up (falling) 3 % since 2020.
                    decrease([
                      { year: 2020, value: 100 },
                      { year: 2025, value: 97 },
                    ]),
                    { ...increase([]), id: "i3", name: "Utan värden" },
                  ],
                },
                { id: "G-2", text: "Utan indikatorer", status: "green", trend: "up" },
              ],
            },
          ],
        },
      ],
    };
  }

  it("suggests per indicator and per goal, leaving out goals without indicators", () => {
    const [goal, ...rest] = suggestStructure(structure());
    expect(rest).toEqual([]);
    expect(goal.goalId).toBe("G-1");
    expect(goal.programId).toBe("p1");
    expect(
      goal.indicators.map((i) => [i.indicatorId, i.status?.status ?? null, i.trend?.trend ?? null]),
    ).toEqual([
      ["i1", "green", "up"],
      ["d1", "red", "up"],
      ["i3", null, null],
    ]);
    // Two statuses (green, red): the lower middle is red. Two trends, both up.
    expect(goal.status).toBe("red");
    expect(goal.trend).toBe("up");
  });

  it("layers the rules: defaults, then the structure, the programme and the indicator, field by field", () => {
    const s = structure();
    const indicators = s.programs[0].areas[0].goals[0].indicators ?? [];
    indicators[0].statusRule = { green: 1.2 };
    indicators[0].trendRule = { method: "leastSquares" };
    const [goal] = suggestStructure(s);
    expect(goal.indicators[0].statusRule).toEqual({ green: 1.2, yellow: 0.2, expectedAt: "followUpYear" });
    expect(goal.indicators[0].trendRule).toEqual({ method: "leastSquares", window: 5, flatBand: 0.02 });
    expect(goal.indicators[1].statusRule).toEqual({ green: 0.8, yellow: 0.2, expectedAt: "followUpYear" });
    // 0.5 < 1.2 × 0.5 but ≥ 0.2 × 0.5: the indicator's own green threshold makes it yellow.
    expect(goal.indicators[0].status?.status).toBe("yellow");
    expect(DEFAULT_STATUS_RULE).toEqual({ green: 1, yellow: 0.5, expectedAt: "followUpYear" });
    expect(DEFAULT_TREND_RULE).toEqual({ method: "change", window: 3, flatBand: 0.02 });
  });
});
