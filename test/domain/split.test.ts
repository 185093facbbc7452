// Splitting a structure per responsible body and naming its files (src/domain/split.ts).
import { safeFileName, splitByResponsible, uniqueFileNames } from "../../src/domain/split";
import { exampleStructure } from "../history/example";

describe("safeFileName", () => {
  it.each([
    ["Tekniska nämnden", "Tekniska nämnden"],
    ["Kultur/idrott: nämnd", "Kultur-idrott- nämnd"],
    ['a<b>c"d|e?f*g\\h', "a-b-c-d-e-f-g-h"],
    ["  Äldrenämnden.  ", "Äldrenämnden"],
    ["Rad\u0000ett\ttvå", "Rad-ett-två"],
    ["CON", "CON_"],
    ["nul", "nul_"],
    ["...", "Utan ansvarig"],
    ["//", "Utan ansvarig"],
    ["A\u030Angermanland", "Ångermanland"],
  ])("%j → %j", (name, expected) => {
    expect(safeFileName(name, "Utan ansvarig")).toBe(expected);
  });

  it("keeps a long name under 80 characters", () => {
    expect(Array.from(safeFileName("ö".repeat(200), "x"))).toHaveLength(80);
  });
});

describe("uniqueFileNames", () => {
  it("numbers names that clash ignoring case", () => {
    expect(uniqueFileNames(["Bygg-nämnd", "bygg-nämnd", "Bygg-nämnd", "Annan"])).toEqual([
      "Bygg-nämnd",
      "bygg-nämnd (2)",
      "Bygg-nämnd (3)",
      "Annan",
    ]);
  });
});

describe("splitByResponsible", () => {
  it("gives each body its goals only, one spelling for case and spacing, goals without one last", () => {
    const s = exampleStructure();
    const goals = s.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
    goals.forEach((g, i) => {
      if (i % 3 === 0) g.responsible = "Tekniska nämnden";
      if (i % 3 === 1) g.responsible = i === 1 ? "Kommunstyrelsen" : " kommunstyrelsen ";
    });
    s.programs[0].reported = {
      total: 8,
      status: { red: 1, yellow: 2, green: 5 },
      trend: { up: 1, flat: 1, down: 1 },
    };
    const parts = splitByResponsible(s);
    expect(parts.map((p) => [p.responsible, p.goals])).toEqual([
      ["Tekniska nämnden", 4],
      ["Kommunstyrelsen", 4],
      ["", 3],
    ]);
    const ids = (i: number): string[] =>
      parts[i].structure.programs.flatMap((p) => p.areas.flatMap((a) => a.goals.map((g) => g.id)));
    expect(ids(0)).toEqual(goals.filter((_, i) => i % 3 === 0).map((g) => g.id));
    expect([...ids(0), ...ids(1), ...ids(2)].sort()).toEqual(goals.map((g) => g.id).sort());
    for (const p of parts) {
      for (const prog of p.structure.programs) {
        expect(prog.reported).toBeUndefined();
        expect(prog.areas.every((a) => a.goals.length > 0)).toBe(true);
      }
    }
  });
});
