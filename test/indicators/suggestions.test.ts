// Suggestions as the shells show them (src/domain/suggestions.ts, src/present/suggestions.ts), on
// the hand-checked structure of suggestionFixture.ts; the summary's JSON and validate's information.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/common";
import {
  SEVERITY,
  indicatorTrendsByArea,
  parseGoalStructure,
  structureIssues,
  structureSuggestions,
  structureToRows,
  suggestionIssues,
} from "../../src/domain";
import { suggestionLine } from "../../src/present";
import { suggestionStructure } from "./suggestionFixture";

function bufferIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

describe("the suggestions of a structure", () => {
  const s = suggestionStructure();

  it("is valid in the format", () => {
    expect(parseGoalStructure(JSON.parse(JSON.stringify(s))).ok).toBe(true);
  });

  it("lists the goals with an indicator value, with the figures behind each", () => {
    const views = structureSuggestions(s);
    // EKO-3's indicator has no value and EKO-4 none at all: no suggestion for them.
    expect(views.map((v) => v.goalId)).toEqual(["EKO-1", "EKO-2"]);
    const [one, two] = views;
    expect(one).toMatchObject({ status: "yellow", trend: "up", differs: false, position: 0 });
    expect(one.indicators[0]).toMatchObject({
      latest: { year: 2025, value: 80 },
      progress: 0.4,
      expected: 0.5,
      status: "yellow",
      trend: "up",
    });
    expect(two).toMatchObject({
      status: "red",
      trend: "flat",
      official: { status: "green", trend: "flat" },
      statusDiffers: true,
      trendDiffers: false,
      differs: true,
    });
    expect(two.indicators.map((i) => [i.id, i.status, i.trend, i.progress])).toEqual([
      ["fornybar", "yellow", "up", 0.25],
      ["utslapp", "red", "down", expect.closeTo(-0.2, 9)],
    ]);
  });

  it("counts the indicators by trend per area, an indicator without values as missing", () => {
    expect(indicatorTrendsByArea(s)).toEqual([
      [
        { up: 2, flat: 0, down: 1, missing: 0 },
        { up: 0, flat: 0, down: 0, missing: 1 },
      ],
    ]);
  });

  it("puts the suggestion in the goal table's suggestion columns, empty without values", () => {
    const rows = structureToRows(s, "sv");
    expect(rows.map((r) => [r.cells.id, r.cells.suggestedStatus, r.cells.suggestedTrend])).toEqual([
      ["EKO-1", "Gul", "Uppåt"],
      ["EKO-2", "Röd", "Oförändrad"],
      ["EKO-3", "", ""],
      ["EKO-4", "", ""],
    ]);
    expect(structureToRows(s, "en")[1].cells).toMatchObject({
      suggestedStatus: "Red",
      suggestedTrend: "Flat",
    });
  });

  it("informs about a goal whose status differs, naming the figures, at its status cell, with no fix", () => {
    const issues = suggestionIssues(s, "sv");
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({
      code: "differs-from-suggestion",
      severity: "info",
      row: 1,
      column: "status",
      goalId: "EKO-2",
      value: "Grön",
      suggestion: null,
    });
    expect(SEVERITY["differs-from-suggestion"]).toBe("info");
    expect(issue.message.sv).toBe(
      "Nyckeltalen föreslår status Röd; målet har status Grön. " +
        "Andel förnybar energi: 45 % år 2025, målet 60 % år 2030, framsteg 25 %; " +
        "Utsläpp från energi: 110 kt år 2025, målet 50 kt år 2030, framsteg -20 %.",
    );
    expect(issue.message.en).toBe(
      "The indicators suggest status Red; the goal has status Green. " +
        "Andel förnybar energi: 45 % in 2025, target 60 % by 2030, progress 25%; " +
        "Utsläpp från energi: 110 kt in 2025, target 50 kt by 2030, progress -20%.",
    );
    // After validation's own issues (EKO-4 is not assessed).
    expect(structureIssues(s, "sv").map((i) => i.code)).toEqual([
      "missing-status",
      "differs-from-suggestion",
    ]);
  });

  it("names the trend too when it differs, and an unassessed goal as such", () => {
    const t = suggestionStructure();
    const goal = t.programs[0].areas[0].goals[0];
    goal.status = null;
    goal.trend = "down";
    const [issue] = suggestionIssues(t, "sv");
    expect(issue.message.sv).toMatch(
      /^Nyckeltalen föreslår status Gul och trend Uppåt; målet har status Ej bedömd och trend Nedåt\. Utsläpp: 80 kt år 2025/,
    );
    expect(issue.value).toBe("");
  });

  it("gives the pane's line: the official's against the suggestion, and the figures", () => {
    const line = suggestionLine(structureSuggestions(s)[1], "sv");
    expect(line).toEqual({
      goalId: "EKO-2",
      differs: true,
      official: "Grön, Oförändrad",
      suggested: "Röd, Oförändrad",
      figures: [
        "Andel förnybar energi: 45 % år 2025, målet 60 % år 2030, framsteg 25 %",
        "Utsläpp från energi: 110 kt år 2025, målet 50 kt år 2030, framsteg -20 %",
      ],
    });
  });
});

describe("the CLI", () => {
  let tmp: string;
  let file: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-suggest-"));
    file = path.join(tmp, "s.json");
    fs.writeFileSync(file, JSON.stringify(suggestionStructure()));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("summary --format json prints the suggestions and the indicator trend counts", async () => {
    const io = bufferIo();
    // EKO-4 unassessed is a warning, the suggestion information: no error, exit 0.
    expect(await main(["summary", file, "--format", "json"], io)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(out.suggestions).toEqual([
      {
        goalId: "EKO-1",
        programId: "EKO",
        areaId: "KLI",
        status: "yellow",
        trend: "up",
        official: { status: "yellow", trend: "up" },
        differs: false,
        indicators: [
          {
            id: "utslapp",
            name: "Utsläpp",
            unit: "kt",
            latest: { year: 2025, value: 80 },
            baseline: { year: 2020, value: 100 },
            target: { year: 2030, value: 50 },
            progress: 0.4,
            expected: 0.5,
            status: "yellow",
            trend: "up",
          },
        ],
      },
      expect.objectContaining({ goalId: "EKO-2", status: "red", trend: "flat", differs: true }),
    ]);
    expect(out.suggestions[1].indicators.map((i: { progress: number }) => i.progress)).toEqual([0.25, -0.2]);
    expect(out.programs[0].areas.map((a: { indicatorTrends: unknown }) => a.indicatorTrends)).toEqual([
      { up: 2, flat: 0, down: 1, missing: 0 },
      { up: 0, flat: 0, down: 0, missing: 1 },
    ]);
    expect(out.programs[0].indicatorTrends).toEqual({ up: 2, flat: 0, down: 1, missing: 1 });
    const info = out.issues.find((i: { code: string }) => i.code === "differs-from-suggestion");
    expect(info).toMatchObject({ where: "$.programs[0].areas[0].goals[1].status", severity: "info" });
    expect(out.errors).toBe(0);
  });

  it("the bundled example has no indicators: an empty list and zero counts", async () => {
    const io = bufferIo();
    await main(["summary", "--format", "json"], io);
    const out = JSON.parse(io.stdout);
    expect(out.suggestions).toEqual([]);
    expect(out.programs[0].areas[0].indicatorTrends).toEqual({ up: 0, flat: 0, down: 0, missing: 0 });
  });

  it("validate reports the information with its JSON path; information alone leaves exit 0", async () => {
    const only = suggestionStructure();
    only.programs[0].areas[1].goals.pop(); // EKO-4's missing status is a warning: away with it.
    const onlyFile = path.join(tmp, "only.json");
    fs.writeFileSync(onlyFile, JSON.stringify(only));
    const io = bufferIo();
    expect(await main(["validate", onlyFile, "--lang", "sv"], io)).toBe(0);
    const lines = io.stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "$.programs[0].areas[0].goals[1].status: info · EKO-2 · Status: Nyckeltalen föreslår status Röd; " +
        "målet har status Grön. Andel förnybar energi: 45 % år 2025, målet 60 % år 2030, framsteg 25 %; " +
        "Utsläpp från energi: 110 kt år 2025, målet 50 kt år 2030, framsteg -20 %.",
    );
    expect(lines).toHaveLength(2);
    // With the warning as well, the exit code is what it always was.
    const io2 = bufferIo();
    expect(await main(["validate", file, "--lang", "en"], io2)).toBe(1);
    expect(io2.stdout).toMatch(/info · EKO-2 · Status: The indicators suggest status Red/);
  });
});

describe("the pane's suggestion strings (i18n/suggestPane.ts)", () => {
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("have the same keys and placeholders in both languages, none shadowing a shared key", async () => {
    const pane = await import("../../src/i18n/suggestPane");
    const { strings } = await import("../../src/i18n");
    expect(Object.keys(pane.en).sort()).toEqual(Object.keys(pane.sv).sort());
    for (const key of Object.keys(pane.sv) as (keyof typeof pane.sv)[]) {
      expect(placeholders(pane.en[key])).toEqual(placeholders(pane.sv[key]));
      expect(pane.sv[key]).not.toBe("");
      expect(key in strings.sv).toBe(false);
    }
  });
});
