// The done mark (the Klar column) and the roll-up per responsible body: what officials type is
// read forgivingly, written as the label, checked, counted, and cleared by a rollover.
import {
  parseDone,
  programReportText,
  rolloverStructure,
  rowsToStructure,
  structureToRows,
  summarize,
  validateRows,
  validateStructure,
  type ColumnKey,
  type Goal,
  type GoalRow,
  type GoalStructure,
} from "../../src/domain";

const reference: GoalStructure = {
  organisation: "Testkommun",
  year: 2023,
  programs: [
    {
      id: "eko",
      name: "Miljöprogram",
      areas: [{ id: "luft", name: "Luft", sdgs: [], goals: [] }],
    },
  ],
};

function row(cells: Partial<Record<ColumnKey, string>>, index = 0): GoalRow {
  return {
    index,
    cells: {
      id: `X-${index}`,
      program: "Miljöprogram",
      area: "Luft",
      text: "Ett mål",
      status: "Gul",
      trend: "Uppåt",
      ...cells,
    },
  };
}

function goal(id: string, extra: Partial<Goal>): Goal {
  return { id, text: `Mål ${id}`, status: "yellow", trend: "up", ...extra };
}

function structureOf(goals: Goal[]): GoalStructure {
  return {
    ...reference,
    programs: [{ ...reference.programs[0], areas: [{ ...reference.programs[0].areas[0], goals }] }],
  };
}

describe("the done vocabulary", () => {
  it.each(["Ja", "ja", " JA ", "x", "✓", "klar", "Yes", "done"])("reads %j as done", (input) => {
    const p = parseDone(input);
    expect(p.value).toBe("done");
    expect(p.ok).toBe(true);
    expect(p.canonical).toBe("Ja");
  });

  it("writes the label of the language: Ja, Yes", () => {
    expect(parseDone("x", "sv").canonical).toBe("Ja");
    expect(parseDone("x", "en").canonical).toBe("Yes");
    expect(parseDone("Ja", "sv").normalised).toBe(false);
    expect(parseDone("Ja", "en").normalised).toBe(true);
  });

  it("takes a blank cell as not done, a word for no as not done but to be emptied, anything else as unreadable", () => {
    expect(parseDone("")).toMatchObject({ value: null, ok: true });
    expect(parseDone("Nej")).toMatchObject({ value: null, ok: false, notAssessed: true });
    expect(parseDone("kanske")).toMatchObject({ value: null, ok: false });
    expect(parseDone("kanske").notAssessed).toBeUndefined();
  });
});

describe("validating the done column", () => {
  it("finds nothing in a done goal with a status, nor in a blank done cell", () => {
    expect(validateRows([row({ done: "Ja" }), row({ done: "" }, 1)], reference, "sv")).toEqual([]);
  });

  it("warns on the status cell when a goal is marked done without a status", () => {
    const issues = validateRows([row({ done: "Ja", status: "", trend: "" })], reference, "sv");
    const done = issues.find((i) => i.code === "done-without-status");
    expect(done).toMatchObject({ severity: "warning", row: 0, column: "status", goalId: "X-0" });
    expect(done?.message.sv).toBe("Målet är klarmarkerat men har ingen status.");
    expect(done?.message.en).toBe("The goal is marked done but has no status.");
  });

  it("reports an unreadable done cell as an error, like an unreadable trend, and a spelling as fixable", () => {
    const issues = validateRows(
      [row({ done: "kanske" }), row({ done: "nej" }, 1), row({ done: "x" }, 2)],
      reference,
      "sv",
    );
    expect(issues.map((i) => [i.code, i.severity, i.row, i.column, i.suggestion])).toEqual([
      ["unknown-done", "error", 0, "done", null],
      ["unknown-done", "error", 1, "done", ""],
      ["normalisable-done", "info", 2, "done", "Ja"],
    ]);
    expect(issues[0].message.sv).toContain("Ja");
    expect(issues[0].message.en).toContain("Yes");
  });

  it("warns for a structure's goal marked done without a status too", () => {
    const issues = validateStructure(
      structureOf([goal("A", { status: null, trend: null, done: true })]),
      "sv",
    );
    expect(issues.map((i) => i.code)).toContain("done-without-status");
  });
});

describe("the done mark in the row model, the summary and the rollover", () => {
  it("writes the label for a done goal and reads it back; an unreadable cell counts as not done", () => {
    const s = structureOf([goal("A", { done: true }), goal("B", {})]);
    const rows = structureToRows(s, "sv");
    expect(rows.map((r) => r.cells.done)).toEqual(["Ja", ""]);
    expect(structureToRows(s, "en")[0].cells.done).toBe("Yes");
    rows[1].cells.done = "kanske";
    const back = rowsToStructure(rows, reference, "sv").structure.programs[0].areas[0].goals;
    expect(back.map((g) => g.done)).toEqual([true, undefined]);
  });

  it("counts done goals per area, programme and in total, and says so in the report text", () => {
    const s = structureOf([goal("A", { done: true }), goal("B", { done: true }), goal("C", {})]);
    const summary = summarize(s);
    expect([summary.programs[0].areas[0].done, summary.programs[0].done, summary.total.done]).toEqual([
      2, 2, 2,
    ]);
    expect(programReportText(summary.programs[0], "sv")).toMatch(/ 2 av 3 mål är klarmarkerade\.$/);
    expect(programReportText(summary.programs[0], "en")).toMatch(/ 2 of 3 goals are marked done\.$/);
    const one = summarize(structureOf([goal("A", { done: true }), goal("B", {})]));
    expect(programReportText(one.programs[0], "sv")).toMatch(/ 1 av 2 mål är klarmarkerat\.$/);
    // No done mark: the text reads as it always did.
    const none = summarize(structureOf([goal("A", {})]));
    expect(programReportText(none.programs[0], "sv")).not.toContain("klarmarker");
  });

  it("starts the new year not done: a rollover clears the mark and keeps none in the history", () => {
    const r = rolloverStructure(structureOf([goal("A", { done: true })]), 2024);
    if (!r.ok) throw new Error("rollover refused");
    const g = r.structure.programs[0].areas[0].goals[0];
    expect(g.done).toBeUndefined();
    expect(g.history?.[0]).toEqual({ year: 2023, status: "yellow", trend: "up" });
  });
});

describe("the roll-up per responsible body", () => {
  const s = structureOf([
    goal("A", { responsible: "Kommunstyrelsen", done: true }),
    goal("B", { responsible: "Tekniska nämnden", status: "red", trend: "down" }),
    goal("C", { status: null, trend: null }),
    goal("D", { responsible: " kommunstyrelsen.", status: "green", trend: null }),
    goal("E", { responsible: "   " }),
  ]);

  it("has one entry per body in order of first appearance, spellings joined, the goals without one last", () => {
    const r = summarize(s).responsible;
    expect(r.map((e) => [e.name, e.total, e.done])).toEqual([
      ["Kommunstyrelsen", 2, 1],
      ["Tekniska nämnden", 1, 0],
      [null, 2, 0],
    ]);
    expect(r[0].status).toEqual({ red: 0, yellow: 1, green: 1, missing: 0 });
    expect(r[0].trend).toEqual({ up: 1, flat: 0, down: 0, missing: 1 });
    expect(r[2].status.missing).toBe(1);
  });

  it("counts every goal once", () => {
    const summary = summarize(s);
    expect(summary.responsible.reduce((n, e) => n + e.total, 0)).toBe(summary.total.total);
    expect(summary.responsible.reduce((n, e) => n + e.done, 0)).toBe(summary.total.done);
  });

  it("has no entry for goals without a body when every goal has one", () => {
    const r = summarize(structureOf([goal("A", { responsible: "KS" })])).responsible;
    expect(r.map((e) => e.name)).toEqual(["KS"]);
  });
});
