import { parseGoalStructure, type GoalStructure, type StructureResult } from "../../src/domain";

/** One programme, one area, two goals; year 2024. Tests give the first goal a history. */
function doc(history: unknown): Record<string, unknown> {
  return {
    organisation: "Testkommun",
    year: 2024,
    programs: [
      {
        id: "p1",
        name: "Program",
        areas: [
          {
            id: "a1",
            name: "Område",
            sdgs: [],
            goals: [
              { id: "G-1", text: "Mål ett", status: "green", trend: "up", history },
              { id: "G-2", text: "Mål två", status: null, trend: null },
            ],
          },
        ],
      },
    ],
  };
}

function errorsOf(result: StructureResult): { path: string; sv: string; en: string }[] {
  if (result.ok) throw new Error("expected errors");
  return result.errors.map((e) => ({ path: e.path, sv: e.message.sv, en: e.message.en }));
}

const GOAL = "$.programs[0].areas[0].goals[0]";

describe("a goal's history in the interchange format", () => {
  it("accepts earlier years, oldest first, with or without a comment, and keeps them as given", () => {
    const history = [
      { year: 2022, status: "red", trend: null },
      { year: 2023, status: "yellow", trend: "up", comment: "Bättre än väntat." },
    ];
    const result = parseGoalStructure(doc(history));
    expect(result.ok).toBe(true);
    const structure = (result as { structure: GoalStructure }).structure;
    expect(structure.programs[0].areas[0].goals[0].history).toEqual(history);
    expect(structure.programs[0].areas[0].goals[1].history).toBeUndefined();
  });

  it("rejects an entry for the follow-up year or later, naming its path in both languages", () => {
    const errors = errorsOf(
      parseGoalStructure(
        doc([
          { year: 2024, status: "red", trend: null },
          { year: 2030, status: null, trend: null },
        ]),
      ),
    );
    expect(errors.map((e) => e.path)).toEqual([`${GOAL}.history[0].year`, `${GOAL}.history[1].year`]);
    expect(errors[0].sv).toBe(
      `${GOAL}.history[0].year: historiken får bara innehålla år före uppföljningsåret 2024, men här står 2024.`,
    );
    expect(errors[1].en).toContain("before the follow-up year 2024, but this says 2030");
  });

  it("rejects two entries for one year, pointing at the first", () => {
    const errors = errorsOf(
      parseGoalStructure(
        doc([
          { year: 2022, status: "red", trend: null },
          { year: 2022, status: "green", trend: "up" },
        ]),
      ),
    );
    expect(errors).toEqual([
      {
        path: `${GOAL}.history[1].year`,
        sv: `${GOAL}.history[1].year: året 2022 finns redan i historiken, på ${GOAL}.history[0].year.`,
        en: `${GOAL}.history[1].year: the year 2022 is already in the history, at ${GOAL}.history[0].year.`,
      },
    ]);
  });

  it("rejects a history that is not oldest first", () => {
    const errors = errorsOf(
      parseGoalStructure(
        doc([
          { year: 2023, status: "red", trend: null },
          { year: 2021, status: "green", trend: "up" },
        ]),
      ),
    );
    expect(errors.map((e) => e.path)).toEqual([`${GOAL}.history[1].year`]);
    expect(errors[0].en).toContain("oldest first, but 2021 comes after 2023");
  });

  it.each([
    ["a status outside the scale", [{ year: 2023, status: "blue", trend: null }], "status"],
    ["a missing trend", [{ year: 2023, status: "red" }], "trend"],
    ["an unknown key", [{ year: 2023, status: "red", trend: null, note: "x" }], "note"],
    ["a year that is no integer", [{ year: 2022.5, status: "red", trend: null }], "year"],
  ])("rejects %s through the schema, at the entry", (_name, history, key) => {
    const errors = errorsOf(parseGoalStructure(doc(history)));
    expect(errors.map((e) => e.path)).toEqual([`${GOAL}.history[0].${key}`]);
  });
});
