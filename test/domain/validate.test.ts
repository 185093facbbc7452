import fc from "fast-check";
import {
  bundledStructure,
  COLUMN_KEYS,
  EXCEL_CELL_LIMIT,
  hasErrors,
  idKey,
  parseSdgs,
  rowsToStructure,
  SEVERITY,
  structureToRows,
  summarize,
  validateRows,
  validateStructure,
} from "../../src/domain";
import type { ColumnKey, GoalRow, GoalStructure, Issue, IssueCode, Lang, Severity } from "../../src/domain";
import { structureArb } from "./arbitraries";

const reference: GoalStructure = {
  organisation: "Testkommun",
  year: 2023,
  programs: [
    {
      id: "ekologisk",
      name: "Program för ekologisk hållbarhet",
      areas: [
        { id: "natur", name: "Värna och utveckla naturvärden", sdgs: [], goals: [] },
        { id: "konsumtion", name: "Konsumtion och engagerade invånare", sdgs: [], goals: [] },
      ],
    },
    {
      id: "social",
      name: "Program för social hållbarhet",
      areas: [{ id: "halsa", name: "Hälsa", sdgs: [], goals: [] }],
    },
  ],
};

const good: Partial<Record<ColumnKey, string>> = {
  id: "X-1",
  program: "Program för ekologisk hållbarhet",
  area: "Värna och utveckla naturvärden",
  text: "Ett mål",
  status: "Gul",
  trend: "Uppåt",
};

/** One row: the good row with some cells changed. */
function row(cells: Partial<Record<ColumnKey, string>>, index = 0): GoalRow {
  return { index, cells: { ...good, ...cells } };
}

describe("validateRows", () => {
  it("finds nothing wrong in a good row", () => {
    expect(validateRows([row({})], reference, "sv")).toEqual([]);
  });

  it("has the severities the contract fixes", () => {
    const expected: Record<IssueCode, Severity> = {
      "unknown-status": "error",
      "unknown-trend": "error",
      "unknown-done": "error",
      "duplicate-id": "error",
      "missing-id": "error",
      "missing-text": "error",
      "unknown-program": "error",
      "unknown-area": "error",
      "text-too-long": "error",
      "invalid-sdg": "error",
      "history-bad-year": "error",
      "history-duplicate": "error",
      "history-unknown-status": "error",
      "history-unknown-trend": "error",
      "history-unknown-goal": "warning",
      "indicator-bad-value": "error",
      "indicator-bad-row": "error",
      "indicator-duplicate": "error",
      "indicator-unknown-goal": "warning",
      "rules-unreadable": "warning",
      "trend-without-status": "warning",
      "done-without-status": "warning",
      "missing-status": "warning",
      "normalisable-status": "info",
      "normalisable-trend": "info",
      "normalisable-done": "info",
      "differs-from-suggestion": "info",
    };
    expect(SEVERITY).toEqual(expected);
  });

  it.each<
    [string, Partial<Record<ColumnKey, string>>, Lang, IssueCode, ColumnKey, string, string | null, string[]]
  >([
    [
      "a status with a stray space",
      { status: " grön" },
      "sv",
      "normalisable-status",
      "status",
      " grön",
      "Grön",
      ["skrivs ”Grön”"],
    ],
    [
      "an English status in a Swedish table",
      { status: "Green" },
      "sv",
      "normalisable-status",
      "status",
      "Green",
      "Grön",
      [],
    ],
    [
      "a Swedish status in an English table",
      { status: "röd", trend: "Up" },
      "en",
      "normalisable-status",
      "status",
      "röd",
      "Red",
      [],
    ],
    [
      "an unknown status",
      { status: "blå" },
      "sv",
      "unknown-status",
      "status",
      "blå",
      null,
      ["”blå”", "Röd, Gul eller Grön"],
    ],
    ["the ambiguous G", { status: "G" }, "sv", "unknown-status", "status", "G", null, ["Grön", "Gul"]],
    [
      "'ej bedömd' typed as a status",
      { status: "Ej bedömd" },
      "sv",
      "unknown-status",
      "status",
      "Ej bedömd",
      "",
      ["tom"],
    ],
    ["a trend without a status", { status: "" }, "sv", "trend-without-status", "status", "", null, ["Uppåt"]],
    [
      "a missing status",
      { status: "", trend: "" },
      "sv",
      "missing-status",
      "status",
      "",
      null,
      ["inte bedömt"],
    ],
    ["a trend symbol", { trend: "=" }, "sv", "normalisable-trend", "trend", "=", "Oförändrad", []],
    [
      "an unknown trend",
      { trend: "–" },
      "sv",
      "unknown-trend",
      "trend",
      "–",
      null,
      ["Uppåt, Oförändrad eller Nedåt"],
    ],
    ["a missing id", { id: "  " }, "sv", "missing-id", "id", "", null, []],
    ["a blank goal text", { text: "  " }, "sv", "missing-text", "text", "  ", null, []],
    [
      "an unknown programme",
      { program: "Program för kultur" },
      "sv",
      "unknown-program",
      "program",
      "Program för kultur",
      null,
      ["Program för social hållbarhet"],
    ],
    ["a missing programme", { program: "" }, "sv", "unknown-program", "program", "", null, ["saknas"]],
    [
      "an area of another programme",
      { area: "Hälsa" },
      "sv",
      "unknown-area",
      "area",
      "Hälsa",
      null,
      ["Konsumtion och engagerade invånare"],
    ],
    ["Agenda 2030 goal 18", { sdgs: "3, 18" }, "sv", "invalid-sdg", "sdgs", "3, 18", null, ["1–17"]],
  ])("reports %s", (_name, cells, lang, code, column, value, suggestion, svParts) => {
    const issues = validateRows([row(cells)], reference, lang);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({ code, column, value, suggestion, row: 0, severity: SEVERITY[code] });
    for (const part of svParts) expect(issue.message.sv).toContain(part);
    expect(issue.message.en).not.toBe(issue.message.sv);
  });

  it("names the goal an issue belongs to", () => {
    expect(validateRows([row({ status: "blå" })], reference, "sv")[0].goalId).toBe("X-1");
  });

  it("matches programme and area by id or by name in any case and spacing", () => {
    const rows = [
      row({ program: "ekologisk", area: "natur" }),
      row({
        id: "X-2",
        program: "  program FÖR ekologisk  hållbarhet ",
        area: "KONSUMTION OCH ENGAGERADE INVÅNARE",
      }),
    ];
    expect(validateRows(rows, reference, "sv")).toEqual([]);
  });

  it("reports a duplicate id (ignoring case) on the later row, pointing at the first", () => {
    const issues = validateRows([row({}, 0), row({}, 1), row({ id: "x-1" }, 2)], reference, "sv");
    expect(issues.map((i) => [i.code, i.row, i.relatedRow])).toEqual([
      ["duplicate-id", 1, 0],
      ["duplicate-id", 2, 0],
    ]);
  });

  it("names the table rows of a duplicate when the reader skipped blank rows before them", () => {
    // Rows as read from a table whose body rows 0, 2 and 3 were blank.
    const rows = [row({ id: "A-1" }, 1), row({ id: "B-1" }, 4), row({ id: " a-1 " }, 6)];
    expect(validateRows(rows, reference, "sv").map((i) => [i.code, i.row, i.relatedRow])).toEqual([
      ["duplicate-id", 6, 1],
    ]);
  });

  it("reports text over Excel's cell limit, with a short preview of the value", () => {
    const long = "å".repeat(EXCEL_CELL_LIMIT + 1);
    const issues = validateRows([row({ text: long, comment: long })], reference, "sv");
    expect(issues.map((i) => [i.code, i.column])).toEqual([
      ["text-too-long", "text"],
      ["text-too-long", "comment"],
    ]);
    expect(issues[0].value.length).toBeLessThanOrEqual(80);
    expect(issues[0].message.sv).toContain(String(EXCEL_CELL_LIMIT + 1));
    expect(validateRows([row({ text: "å".repeat(EXCEL_CELL_LIMIT) })], reference, "sv")).toEqual([]);
  });

  it("accepts Agenda 2030 lists written with commas, semicolons or spaces", () => {
    expect(validateRows([row({ sdgs: "3;5 10, 17" })], reference, "sv")).toEqual([]);
  });

  it("skips blank rows, as tables often end with one", () => {
    const blank: GoalRow = { index: 1, cells: { id: "", program: " ", text: "", status: "" } };
    expect(validateRows([row({}), blank], reference, "sv")).toEqual([]);
  });

  it("reports one issue per problem cell and says whether the table has errors", () => {
    const issues = validateRows([row({ id: "", status: "lila", trend: "upp" })], reference, "sv");
    expect(issues.map((i) => i.code)).toEqual(["missing-id", "unknown-status", "normalisable-trend"]);
    expect(hasErrors(issues)).toBe(true);
    expect(hasErrors(validateRows([row({ status: "grön " })], reference, "sv"))).toBe(false);
  });
});

describe("parseSdgs", () => {
  it.each<[string, number[] | null]>([
    ["3, 5, 10", [3, 5, 10]],
    ["3;5 10", [3, 5, 10]],
    ["3,,5", [3, 5]],
    ["1\u00a02", [1, 2]],
    ["03", [3]],
    ["3, 3", [3]],
    ["17", [17]],
    ["", []],
    ["  ", []],
    ["0", null],
    ["18", null],
    ["100", null],
    ["3.5", null],
    ["3, x", null],
    ["-3", null],
  ])("reads %j as %j", (cell, expected) => {
    expect(parseSdgs(cell)).toEqual(expected);
  });
});

describe("idKey", () => {
  it("is the same for ids that differ only in case, and the id itself when already upper case", () => {
    const id = "EKO-1.01";
    expect(idKey(id)).toBe(id);
    expect(idKey("eko-1.01")).toBe(id);
    expect(idKey("hp-d1")).toBe(idKey("HP-D1"));
    expect(idKey("mål-1")).toBe(idKey("MÅL-1"));
  });

  it("always equals toUpperCase, whatever the characters (the shortcut only skips the copy)", () => {
    // Characters whose upper case is not themselves or whose test is easy to get wrong: the
    // edges of the lower-case range, non-ASCII letters, ß (two letters upper case), a surrogate.
    const tricky = fc.constantFrom(
      "a",
      "z",
      "`",
      "{",
      "A",
      "Z",
      "é",
      "ß",
      "ÿ",
      "\u0080",
      "\u00b5",
      "ǅ",
      "😀",
      "\ud800",
    );
    const idArb = fc
      .array(fc.oneof(fc.string({ maxLength: 3 }), tricky), { maxLength: 6 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(idArb, (id) => {
        expect(idKey(id)).toBe(id.toUpperCase());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("structureToRows / rowsToStructure", () => {
  const bundled = bundledStructure();

  it("writes one row per goal, in the table's default column order", () => {
    const rows = structureToRows(bundled, "sv");
    expect(rows).toHaveLength(42 + 24 + 6);
    // Without indicators in the structure, no suggestion columns, and without history no
    // last-year columns (goalColumnsFor).
    const absent = new Set(["suggestedStatus", "suggestedTrend", "previousStatus", "previousTrend"]);
    expect(Object.keys(rows[0].cells)).toEqual(COLUMN_KEYS.filter((k) => !absent.has(k)));
    expect(rows.map((r) => r.index)).toEqual(rows.map((_, i) => i));
    const d1 = rows.find((r) => r.cells.id === "HP-D1");
    expect(d1?.cells).toMatchObject({
      program: "Handlingsplan 2022–2024 till program för social hållbarhet",
      area: "Goda livsvillkor",
      sdgs: "1, 2, 3, 5, 10, 17",
      status: "",
      trend: "",
      responsible: "Kommunstyrelsen",
    });
    expect(d1?.cells.activities?.split("\n")).toHaveLength(2);
    expect(structureToRows(bundled, "en")[0].cells).toMatchObject({ status: "Yellow", trend: "Up" });
  });

  it.each<Lang>(["sv", "en"])("reads the bundled example back unchanged (%s)", (lang) => {
    const { structure, issues } = rowsToStructure(structureToRows(bundled, lang), bundled, lang);
    expect(structure).toEqual(bundled);
    expect(issues).toEqual(validateStructure(bundled, lang));
  });

  it("counts unrecognised statuses as not assessed and leaves out rows it cannot place", () => {
    const rows = [
      row({ status: "blå" }, 0),
      row({ id: "X-2", program: "Okänt" }, 1),
      row({ id: "X-3", status: "röd" }, 2),
    ];
    const { structure, issues } = rowsToStructure(rows, reference, "sv");
    expect(structure.programs[0].areas[0].goals.map((g) => [g.id, g.status])).toEqual([
      ["X-1", null],
      ["X-3", "red"],
    ]);
    expect(issues.map((i) => i.code)).toEqual(["unknown-status", "unknown-program", "normalisable-status"]);
    expect(structure.programs[1].areas[0].goals).toEqual([]);
  });

  it("keeps a goal's example flag only while its text is unchanged", () => {
    const rows = structureToRows(bundled, "sv");
    rows[0].cells.text = "Vårt eget mål";
    const { structure } = rowsToStructure(rows, bundled, "sv");
    expect(structure.programs[0].areas[0].goals[0].example).toBeUndefined();
    expect(structure.programs[0].areas[0].goals[1].example).toBe(true);
  });

  it("keeps the reference's values for columns the table does not have", () => {
    const rows = structureToRows(bundled, "sv").map((r) => {
      const { activities: _a, responsible: _r, ...cells } = r.cells;
      return { ...r, cells };
    });
    const goal = rowsToStructure(rows, bundled, "sv").structure.programs[2].areas[0].goals[0];
    expect(goal.responsible).toBe("Kommunstyrelsen");
    expect(goal.activities).toHaveLength(2);
  });
});

describe("validation properties", () => {
  it("validateStructure finds exactly what validateRows finds in the structure's table", () => {
    fc.assert(
      fc.property(structureArb, fc.constantFrom<Lang>("sv", "en"), (s, lang) => {
        expect(validateStructure(s, lang)).toEqual(validateRows(structureToRows(s, lang), s, lang));
      }),
      { numRuns: 150 },
    );
  });

  it("places every non-blank row or says why not, and never throws on any cell text", () => {
    // No braces in cells, so a "{" in a message can only be an unfilled placeholder.
    const cellArb = fc.oneof(
      fc.string({ maxLength: 12 }).filter((s) => !s.includes("{")),
      fc.constantFrom("", " ", "Röd", "gul", "G", "=", "-", "ekologisk", "social", "natur", "Hälsa", "X-1"),
    );
    const rowArb = fc.dictionary(fc.constantFrom(...COLUMN_KEYS), cellArb);
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 20 }), (cellsList) => {
        const rows: GoalRow[] = cellsList.map((cells, index) => ({ index, cells }));
        const { structure, issues } = rowsToStructure(rows, reference, "sv");
        const placed = summarize(structure).total.total;
        const unplaced = new Set(
          issues
            .filter((i: Issue) => i.code === "unknown-program" || i.code === "unknown-area")
            .map((i) => i.row),
        );
        const nonBlank = rows.filter((r) =>
          Object.values(r.cells).some((v) => v !== undefined && v.trim() !== ""),
        );
        expect(placed + unplaced.size).toBe(nonBlank.length);
        for (const issue of issues) {
          expect(issue.message.sv).not.toContain("{");
          expect(issue.message.en).not.toContain("{");
          expect(issue.severity).toBe(SEVERITY[issue.code]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
