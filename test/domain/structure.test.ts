import fc from "fast-check";
import bundledJson from "../../seeds/vasteras-2023.json";
import {
  bundledStructure,
  findJsonSyntaxProblem,
  MAX_STRUCTURE_ERRORS,
  parseGoalStructure,
  parseGoalStructureText,
  structureErrorCount,
} from "../../src/domain";
import type { StructureError, StructureResult } from "../../src/domain";

/** A minimal valid document; tests break one thing in a copy of it. */
function validDoc(): Record<string, unknown> {
  return {
    organisation: "Testkommun",
    year: 2023,
    programs: [
      {
        id: "p1",
        name: "Program för test",
        areas: [
          {
            id: "a1",
            name: "Område",
            sdgs: [3, 5],
            focusAreas: [{ id: "f1", name: "Fokus", sdgs: [3] }],
            goals: [
              { id: "G-1", text: "Mål ett", status: "red", trend: "up", focusArea: "f1" },
              { id: "G-2", text: "Mål två", status: null, trend: null },
            ],
          },
        ],
      },
    ],
    sdgs: [{ number: 1, name: { sv: "Ingen fattigdom", en: "No poverty" }, color: "#E5243B" }],
  };
}

type Doc = ReturnType<typeof validDoc>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
type Loose = any;

function errorsOf(result: StructureResult): StructureError[] {
  if (result.ok) throw new Error("expected the structure to be rejected");
  return result.errors;
}

describe("parseGoalStructure", () => {
  it("accepts the bundled example and a minimal document", () => {
    expect(parseGoalStructure(bundledJson).ok).toBe(true);
    const result = parseGoalStructure(validDoc());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.structure.programs[0].areas[0].goals[1].id).toBe("G-2");
  });

  it("drops the $schema key editors use, keeping the structure clean", () => {
    const result = parseGoalStructure({ $schema: "./goal-structure.schema.json", ...validDoc() });
    expect(result.ok && "$schema" in result.structure).toBe(false);
    expect(result.ok).toBe(true);
  });

  const goal = "$.programs[0].areas[0].goals[0]";
  it.each<[string, (d: Loose) => void, string, string[], string[]]>([
    [
      "unknown status",
      (d) => (d.programs[0].areas[0].goals[0].status = "rod"),
      `${goal}.status`,
      ['"rod"', "Tillåtna värden", '"red" (Röd), "yellow" (Gul), "green" (Grön) eller null (Ej bedömd)'],
      ["not allowed", '"red" (Red), "yellow" (Yellow), "green" (Green) or null (Not assessed)'],
    ],
    [
      "unknown trend",
      (d) => (d.programs[0].areas[0].goals[0].trend = "sideways"),
      `${goal}.trend`,
      ['"sideways"', '"up" (Uppåt), "flat" (Oförändrad), "down" (Nedåt) eller null (Trend saknas)'],
      ['"up" (Up), "flat" (Flat), "down" (Down) or null (Trend missing)'],
    ],
    [
      "missing text",
      (d) => delete d.programs[0].areas[0].goals[0].text,
      `${goal}.text`,
      ["”text” saknas"],
      ["required key “text” is missing"],
    ],
    [
      "unknown key",
      (d) => (d.programs[0].areas[0].goals[0].colour = "x"),
      `${goal}.colour`,
      ["okänt fält ”colour”", "responsible"],
      ["unknown key “colour”"],
    ],
    ["unknown top-level key", (d) => (d.extra = 1), "$.extra", ["okänt fält ”extra”"], ["unknown key"]],
    [
      "SDG out of range",
      (d) => (d.programs[0].areas[0].sdgs = [3, 18]),
      "$.programs[0].areas[0].sdgs[1]",
      ["18", "17"],
      ["greater than"],
    ],
    [
      "SDG zero",
      (d) => (d.programs[0].areas[0].goals[0].sdgs = [0]),
      `${goal}.sdgs[0]`,
      ["mindre än"],
      ["less than"],
    ],
    [
      "repeated SDG",
      (d) => (d.programs[0].areas[0].sdgs = [3, 3]),
      "$.programs[0].areas[0].sdgs",
      ["samma värde"],
      ["more than once"],
    ],
    [
      "year as text",
      (d) => (d.year = "2023"),
      "$.year",
      ["ett heltal", "en text"],
      ["an integer", "a string"],
    ],
    ["programs not a list", (d) => (d.programs = {}), "$.programs", ["en lista", "ett objekt"], ["an array"]],
    ["colour without #", (d) => (d.sdgs[0].color = "E5243B"), "$.sdgs[0].color", ["#RRGGBB"], ["#RRGGBB"]],
    [
      "id that would be a formula",
      (d) => (d.programs[0].areas[0].goals[0].id = "=1+1"),
      `${goal}.id`,
      ["giltigt ID"],
      ["not a valid ID"],
    ],
    [
      "date in the wrong form",
      (d) => (d.programs[0].adopted = "4 februari 2021"),
      "$.programs[0].adopted",
      ["ÅÅÅÅ-MM-DD"],
      ["YYYY-MM-DD"],
    ],
    ["empty name", (d) => (d.programs[0].name = ""), "$.programs[0].name", ["tomt"], ["empty"]],
    [
      "kind outside the enum",
      (d) => (d.programs[0].kind = "plan"),
      "$.programs[0].kind",
      ['"actionPlan"', '"program" eller "actionPlan" (handlingsplan)'],
      ["not allowed", '"program" (programme) or "actionPlan" (action plan)'],
    ],
    [
      "negative reported count",
      (d) =>
        (d.programs[0].reported = {
          total: -1,
          status: { red: 0, yellow: 0, green: 0 },
          trend: { up: 0, flat: 0, down: 0 },
        }),
      "$.programs[0].reported.total",
      ["-1"],
      ["less than"],
    ],
    ["key with odd characters", (d) => (d["my key"] = 1), '$["my key"]', ["okänt fält"], ["unknown key"]],
  ])("rejects %s, naming the path", (_name, breakIt, path, svParts, enParts) => {
    const doc: Doc = validDoc();
    breakIt(doc);
    const errors = errorsOf(parseGoalStructure(doc));
    const error = errors.find((e) => e.path === path);
    expect(error).toBeDefined();
    expect(error?.message.sv.startsWith(`${path}: `)).toBe(true);
    expect(error?.message.en.startsWith(`${path}: `)).toBe(true);
    for (const part of svParts) expect(error?.message.sv).toContain(part);
    for (const part of enParts) expect(error?.message.en).toContain(part);
  });

  it("rejects a file with one bad goal whole: no structure comes back", () => {
    const doc: Loose = validDoc();
    doc.programs[0].areas[0].goals[1].status = "Grön";
    const result = parseGoalStructure(doc);
    expect(result.ok).toBe(false);
    expect("structure" in result).toBe(false);
  });

  it.each<[string, (d: Loose) => void, string, string]>([
    [
      "duplicate goal ids, ignoring case",
      (d) => (d.programs[0].areas[0].goals[1].id = "g-1"),
      "$.programs[0].areas[0].goals[1].id",
      "$.programs[0].areas[0].goals[0].id",
    ],
    [
      "duplicate programme ids",
      (d) => d.programs.push({ id: "p1", name: "Annat", areas: [] }),
      "$.programs[1].id",
      "$.programs[0].id",
    ],
    [
      "duplicate area ids",
      (d) => d.programs[0].areas.push({ id: "a1", name: "Annat", sdgs: [], goals: [] }),
      "$.programs[0].areas[1].id",
      "$.programs[0].areas[0].id",
    ],
    [
      "duplicate SDG numbers",
      (d) => d.sdgs.push({ number: 1, name: { sv: "x", en: "x" }, color: "#000000" }),
      "$.sdgs[1].number",
      "$.sdgs[0].number",
    ],
  ])("rejects %s, naming both places", (_name, breakIt, path, other) => {
    const doc: Doc = validDoc();
    breakIt(doc);
    const errors = errorsOf(parseGoalStructure(doc));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe(path);
    expect(errors[0].message.sv).toContain(other);
    expect(errors[0].message.en).toContain(other);
  });

  it("duplicate goal ids across programmes are an error too", () => {
    const doc: Loose = validDoc();
    doc.programs.push({
      id: "p2",
      name: "Två",
      areas: [
        { id: "a1", name: "x", sdgs: [], goals: [{ id: "G-2", text: "t", status: null, trend: null }] },
      ],
    });
    expect(errorsOf(parseGoalStructure(doc)).map((e) => e.path)).toEqual([
      "$.programs[1].areas[0].goals[0].id",
    ]);
  });

  it.each<[string, (d: Loose) => void, string]>([
    ["an unknown parent", (d) => (d.programs[0].parent = "nope"), "$.programs[0].parent"],
    ["a programme as its own parent", (d) => (d.programs[0].parent = "p1"), "$.programs[0].parent"],
    ["an unknown focus area", (d) => (d.programs[0].areas[0].goals[0].focusArea = "f9"), `${goal}.focusArea`],
  ])("rejects %s", (_name, breakIt, path) => {
    const doc: Doc = validDoc();
    breakIt(doc);
    expect(errorsOf(parseGoalStructure(doc)).map((e) => e.path)).toEqual([path]);
  });

  it(`lists at most ${MAX_STRUCTURE_ERRORS} errors and counts the rest`, () => {
    const doc: Loose = validDoc();
    doc.programs[0].areas[0].goals = Array.from({ length: 120 }, (_, i) => ({
      id: `G-${i}`,
      text: "t",
      status: "bad",
      trend: null,
    }));
    const errors = errorsOf(parseGoalStructure(doc));
    expect(errors).toHaveLength(MAX_STRUCTURE_ERRORS + 1);
    expect(errors[MAX_STRUCTURE_ERRORS].message.sv).toContain("70 fel till");
    expect(errors[MAX_STRUCTURE_ERRORS].message.en).toContain("70 more errors");
    expect(structureErrorCount(errors)).toBe(120);
  });

  it("never throws, whatever JSON value it gets", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        const result = parseGoalStructure(value);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(e.path.startsWith("$")).toBe(true);
            expect(e.message.sv).not.toBe("");
            expect(e.message.en).not.toBe("");
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reports a key holding a lone surrogate as an unknown key, naming it escaped", () => {
    const errors = errorsOf(
      parseGoalStructureText('{"organisation": "x", "year": 2023, "programs": [], "a\\ud800": 1}'),
    );
    expect(errors.map((e) => e.path)).toEqual(['$["a\\ud800"]']);
    expect(errors[0].message.sv).toContain("okänt fält");
    expect(errors[0].message.en).toContain("unknown key");
  });
});

describe("parseGoalStructureText", () => {
  it("reads a file with a byte-order mark", () => {
    expect(parseGoalStructureText(`\ufeff${JSON.stringify(validDoc())}`).ok).toBe(true);
  });

  it.each<[string, string, string]>([
    ['{\n  "year": }', "rad 2, kolumn 11", "line 2, column 11"],
    ["hello", "rad 1, kolumn 1", "line 1, column 1"],
    ['{"a": 1,}', "rad 1, kolumn 9", "line 1, column 9"],
    ["{'a': 1}", "rad 1, kolumn 2", "line 1, column 2"],
    ['{"a": 1} x', "rad 1, kolumn 10", "line 1, column 10"],
  ])("names line and column of a syntax error in %j", (text, sv, en) => {
    const errors = errorsOf(parseGoalStructureText(text));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe("$");
    expect(errors[0].message.sv).toContain(sv);
    expect(errors[0].message.en).toContain(en);
  });

  it("says when the file ends in the middle of a value, or is empty", () => {
    expect(errorsOf(parseGoalStructureText('{"a": [1, 2'))[0].message.en).toContain("ends in the middle");
    expect(errorsOf(parseGoalStructureText(" \n "))[0].message.sv).toContain("tom");
  });
});

describe("findJsonSyntaxProblem", () => {
  it("finds no problem in any valid JSON text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
        expect(findJsonSyntaxProblem(JSON.stringify(value, null, indent))).toBeNull();
      }),
    );
  });

  it("agrees with JSON.parse on arbitrary text", () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ 01-9.eE+truefalsn\n\tu') }),
      fc
        .jsonValue()
        .map((v) => JSON.stringify(v))
        .chain((s) => fc.nat(s.length).map((cut) => s.slice(0, cut))),
    );
    fc.assert(
      fc.property(text, (s) => {
        let valid = true;
        try {
          JSON.parse(s);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxProblem(s) === null).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });

  it("does not overflow on deep nesting", () => {
    expect(findJsonSyntaxProblem("[".repeat(100000))).toMatchObject({ atEnd: true });
  });
});

describe("bundledStructure", () => {
  it("returns a fresh copy each time, so callers cannot change the bundled data", () => {
    const a = bundledStructure();
    a.programs[0].areas[0].goals[0].status = null;
    expect(bundledStructure().programs[0].areas[0].goals[0].status).not.toBeNull();
  });
});
