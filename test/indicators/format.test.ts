// The indicator fields of the interchange format: accepted when right, and each bad input named
// by its JSON path in Swedish and English.
import { parseGoalStructure, parseGoalStructureText } from "../../src/domain";
import type { StructureError, StructureResult } from "../../src/domain";

const IND = "$.programs[0].areas[0].goals[0].indicators[0]";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
type Loose = any;

function indicator(): Loose {
  return {
    id: "förnybar",
    name: "Andel förnybar energi",
    unit: "%",
    direction: "increase",
    baseline: { year: 2020, value: 40 },
    target: { year: 2030, value: 60 },
    values: [
      { year: 2021, value: 42 },
      { year: 2022, value: 45.5, source: "kolada", fetched: "2026-12-01" },
    ],
    source: { kind: "kolada", kpi: "N00401", gender: "T" },
    statusRule: { green: 0.9 },
    trendRule: { method: "leastSquares", window: 4, flatBand: 0.01 },
  };
}

function doc(): Loose {
  return {
    organisation: "Västerås stad",
    year: 2023,
    municipality: { id: "1980", name: "Västerås" },
    statusRule: { green: 1, yellow: 0.5, expectedAt: "valueYear" },
    trendRule: { method: "change", window: 3, flatBand: 0.02 },
    programs: [
      {
        id: "p1",
        name: "Program",
        statusRule: { yellow: 0.4 },
        trendRule: { window: 2 },
        areas: [
          {
            id: "a1",
            name: "Område",
            sdgs: [],
            goals: [{ id: "G-1", text: "Mål", status: null, trend: null, indicators: [indicator()] }],
          },
        ],
      },
    ],
  };
}

function errorsOf(result: StructureResult): StructureError[] {
  if (result.ok) throw new Error("expected the structure to be rejected");
  return result.errors;
}

function rejected(d: Loose): StructureError[] {
  return errorsOf(parseGoalStructure(d));
}

describe("indicators in the goal structure", () => {
  it("accepts indicators, a municipality and rules at the top, per programme and per indicator", () => {
    const result = parseGoalStructure(doc());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ind = result.structure.programs[0].areas[0].goals[0].indicators?.[0];
    expect(ind?.source).toEqual({ kind: "kolada", kpi: "N00401", gender: "T" });
    expect(ind?.values?.[1]).toEqual({ year: 2022, value: 45.5, source: "kolada", fetched: "2026-12-01" });
    expect(result.structure.municipality).toEqual({ id: "1980", name: "Västerås" });
  });

  it("accepts a manual indicator without values or source, and a decrease indicator", () => {
    const d = doc();
    d.programs[0].areas[0].goals[0].indicators = [
      {
        id: "x",
        name: "Manuell",
        direction: "increase",
        baseline: { year: 2020, value: 1 },
        target: { year: 2025, value: 2 },
      },
      {
        id: "y",
        name: "Utsläpp",
        direction: "decrease",
        baseline: { year: 2020, value: 10 },
        target: { year: 2030, value: 5 },
        source: { kind: "manual" },
        values: [],
      },
    ];
    expect(parseGoalStructure(d).ok).toBe(true);
  });

  it("names a missing target", () => {
    const d = doc();
    delete d.programs[0].areas[0].goals[0].indicators[0].target;
    const [e] = rejected(d);
    expect(e.path).toBe(`${IND}.target`);
    expect(e.message.sv).toBe(`${IND}.target: det obligatoriska fältet ”target” saknas.`);
    expect(e.message.en).toBe(`${IND}.target: the required key “target” is missing.`);
  });

  it("names a target equal to the baseline", () => {
    const d = doc();
    d.programs[0].areas[0].goals[0].indicators[0].target = { year: 2030, value: 40 };
    const errors = rejected(d);
    expect(errors.map((e) => e.path)).toEqual([`${IND}.target.value`]);
    expect(errors[0].message.sv).toContain(
      `${IND}.target.value: målvärdet är detsamma som utgångsvärdet (40)`,
    );
    expect(errors[0].message.en).toContain(
      `${IND}.target.value: the target value is the same as the baseline value (40)`,
    );
  });

  it("names a target year not after the baseline year", () => {
    const d = doc();
    d.programs[0].areas[0].goals[0].indicators[0].target.year = 2020;
    const [e] = rejected(d);
    expect(e.message.sv).toBe(`${IND}.target.year: målåret 2020 måste ligga efter basåret 2020.`);
    expect(e.message.en).toBe(
      `${IND}.target.year: the target year 2020 must come after the baseline year 2020.`,
    );
  });

  it("names a target on the wrong side of the baseline for the direction", () => {
    const d = doc();
    d.programs[0].areas[0].goals[0].indicators[0].direction = "decrease";
    const [e] = rejected(d);
    expect(e.path).toBe(`${IND}.target.value`);
    expect(e.message.sv).toContain("ska minska (”decrease”), men målvärdet 60 är högre än utgångsvärdet 40");
    expect(e.message.en).toContain(
      "should decrease (“decrease”), but the target value 60 is above the baseline value 40",
    );
  });

  it("names a year given twice", () => {
    const d = doc();
    d.programs[0].areas[0].goals[0].indicators[0].values.push({ year: 2021, value: 43 });
    const [e] = rejected(d);
    expect(e.path).toBe(`${IND}.values[2].year`);
    expect(e.message.sv).toBe(`${IND}.values[2].year: året 2021 finns redan på ${IND}.values[0].year.`);
    expect(e.message.en).toBe(
      `${IND}.values[2].year: the year 2021 is already given at ${IND}.values[0].year.`,
    );
  });

  it("names non-finite values: 1e999 in a file reads as Infinity; NaN from code", () => {
    const text = JSON.stringify(doc()).replace('"value":42', '"value":1e999');
    const [e] = errorsOf(parseGoalStructureText(text));
    expect(e.path).toBe(`${IND}.values[0].value`);
    expect(e.message.sv).toBe(`${IND}.values[0].value: ska vara ett ändligt tal, men är Infinity.`);
    expect(e.message.en).toBe(`${IND}.values[0].value: should be a finite number, but is Infinity.`);
    const d = doc();
    d.programs[0].areas[0].goals[0].indicators[0].baseline.value = NaN;
    d.statusRule.green = Infinity;
    expect(rejected(d).map((x) => x.message.en)).toEqual([
      "$.statusRule.green: should be a finite number, but is Infinity.",
      `${IND}.baseline.value: should be a finite number, but is NaN.`,
    ]);
  });

  it("asks for the KPI of a Kolada source, and keeps kpi and gender to Kolada sources", () => {
    const d = doc();
    delete d.programs[0].areas[0].goals[0].indicators[0].source.kpi;
    const [e] = rejected(d);
    expect(e.message.sv).toBe(`${IND}.source.kpi: det obligatoriska fältet ”kpi” saknas.`);
    const m = doc();
    m.programs[0].areas[0].goals[0].indicators[0].source = { kind: "manual", kpi: "N00401" };
    const [f] = rejected(m);
    expect(f.path).toBe(`${IND}.source.kpi`);
    expect(f.message.en).toBe(
      `${IND}.source.kpi: “kpi” belongs only to the source “kolada”, not to “manual”.`,
    );
  });

  it("names a bad KPI id, gender, direction and municipality id", () => {
    const d = doc();
    const ind = d.programs[0].areas[0].goals[0].indicators[0];
    ind.source = { kind: "kolada", kpi: "=N1", gender: "X" };
    ind.direction = "up";
    d.municipality.id = "198";
    const paths = rejected(d).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        `${IND}.source.kpi`,
        `${IND}.source.gender`,
        `${IND}.direction`,
        "$.municipality.id",
      ]),
    );
  });

  it("names unknown keys in an indicator and a rule", () => {
    const d = doc();
    d.programs[0].areas[0].goals[0].indicators[0].baseLine = { year: 2020, value: 1 };
    d.trendRule.windows = 3;
    const errors = rejected(d);
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([`${IND}.baseLine`, "$.trendRule.windows"]),
    );
    const baseLine = errors.find((e) => e.path === `${IND}.baseLine`);
    expect(baseLine?.message.sv).toContain(
      "okänt fält ”baseLine”. Tillåtna fält här: id, name, unit, direction, baseline",
    );
  });

  it("names a yellow threshold above the green one, and negative thresholds", () => {
    const d = doc();
    d.programs[0].statusRule = { green: 0.5, yellow: 0.8 };
    const [e] = rejected(d);
    expect(e.path).toBe("$.programs[0].statusRule.yellow");
    expect(e.message.sv).toBe(
      "$.programs[0].statusRule.yellow: gränsen för gul (0.8) får inte vara högre än gränsen för grön (0.5).",
    );
    const n = doc();
    n.statusRule.green = -1;
    expect(rejected(n).map((x) => x.path)).toEqual(["$.statusRule.green"]);
  });

  it("names an indicator id used twice in the same goal, ignoring case", () => {
    const d = doc();
    const goal = d.programs[0].areas[0].goals[0];
    goal.indicators.push({ ...indicator(), id: "FÖRNYBAR" });
    const [e] = rejected(d);
    expect(e.path).toBe("$.programs[0].areas[0].goals[0].indicators[1].id");
    expect(e.message.en).toContain(`indicator id “FÖRNYBAR” is already used for the same goal, at ${IND}.id`);
  });
});
