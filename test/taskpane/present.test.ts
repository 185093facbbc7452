// The words the CLI, the task pane and the ribbon share (src/present).
import type { Issue } from "../../src/domain";
import {
  countLabel,
  differenceFieldName,
  issueLine,
  issueLocation,
  severityCounts,
  validationOutcome,
  validationSentence,
} from "../../src/present";

const issue: Issue = {
  code: "unknown-status",
  severity: "error",
  row: 4,
  column: "status",
  goalId: "EKO-1.02",
  value: "röd",
  suggestion: "Röd",
  message: { sv: "Okänd status.", en: "Unknown status." },
};

describe("shared presentation", () => {
  it("counts with the noun in the right number", () => {
    expect(countLabel("sv", "tp.n.goals", 1)).toBe("1 mål");
    expect(countLabel("sv", "tp.n.warnings", 2)).toBe("2 varningar");
    expect(countLabel("en", "tp.n.goals", 1)).toBe("1 goal");
  });

  it("names a difference's field the same everywhere", () => {
    expect(differenceFieldName("status.yellow", "sv")).toBe("Gul");
    expect(differenceFieldName("status.missing", "sv")).toBe("Ej bedömd");
    expect(differenceFieldName("trend.up", "en")).toBe("Up");
    expect(differenceFieldName("total", "sv")).toBe("antal mål");
  });

  it("writes one issue per line, with its place in front or its row after the severity", () => {
    expect(issueLine(issue, "sv", { where: "Mål!G6" })).toBe(
      "Mål!G6: fel · EKO-1.02 · Status: Okänd status. (förslag: ”Röd”)",
    );
    expect(issueLine({ ...issue, suggestion: "" }, "en", { row: "row 5" })).toBe(
      "error · row 5 · EKO-1.02 · Status: Unknown status. (fix: empty the cell)",
    );
    expect(issueLocation("", "sv")).toBe("(hela tabellen)");
  });

  it("counts a validation's findings in one sentence for the pane and one for the ribbon", () => {
    const counts = severityCounts([{ severity: "error" }, { severity: "warning" }, { severity: "warning" }]);
    expect(counts).toEqual({ error: 1, warning: 2, info: 0 });
    const r = { goals: 66, issues: [1, 2, 3], counts };
    expect(validationSentence("sv", r)).toBe("Validerat: 66 mål. 1 fel, 2 varningar, 0 att rätta till.");
    expect(validationSentence("en", { ...r, issues: [] })).toBe("No problems in 66 goals.");
    expect(validationOutcome("en", r)).toMatch(
      /^Validation done for 66 goals: 1 error, 2 warnings, 0 to tidy up\. /,
    );
    expect(validationOutcome("en", { ...r, issues: [] })).toBe(
      "Validation done for 66 goals: 1 error, 2 warnings, 0 to tidy up.",
    );
  });
});
