// The goal view's indicators on plain cell text: found by goal ID (case and spaces aside), the
// domain's suggestion at the follow-up year, and why there is none.
import { readIndicatorTable } from "../../src/plan/indicatorRead";
import { goalIndicators } from "../../src/plan/goalIndicators";
import type { GoalStructure } from "../../src/domain";

const header = [
  "Mål-ID",
  "Indikator-ID",
  "Indikator",
  "Enhet",
  "Riktning",
  "Basår",
  "Basvärde",
  "Målår",
  "Målvärde",
  "2024",
  "2025",
  "2026",
];
const row = (goal: string, id: string, direction: string, values: string[]) => [
  goal,
  id,
  `Namn ${id}`,
  "st",
  direction,
  "2020",
  "100",
  "2030",
  direction === "Minska" ? "50" : "150",
  ...values,
];
const reference: GoalStructure = { organisation: "", year: 2025, programs: [] };
const table = (body: string[][]) => readIndicatorTable({ sheet: "Indikatorer", topLeft: "A5", header, body });
const goal = { id: "EKO-1", text: "", status: null, trend: null };

test("the goal's rows, by ID whatever its case; values after the follow-up year left out", () => {
  const read = table([
    row(" eko-1 ", "a", "Minska", ["95", "80", "10"]),
    row("EKO-2", "b", "Öka", ["120", "", ""]),
  ]);
  const found = goalIndicators(read, reference, goal, "");
  expect(found).toMatchObject({
    kind: "suggested",
    year: 2025,
    // p = (80 − 100) / (50 − 100) = 0.4 against e = 0.5: yellow (≥ 0.25); 95 → 80 falls: up.
    status: "yellow",
    trend: "up",
    indicators: [{ id: "a", direction: "decrease", latest: { year: 2025, value: 80 }, status: "yellow" }],
  });
});

test("only a value after the follow-up year: no values yet; no row: none; no ID columns: no sheet", () => {
  expect(
    goalIndicators(table([row("EKO-1", "a", "Öka", ["", "", "130"])]), reference, goal, ""),
  ).toMatchObject({
    kind: "no-values",
    indicators: [{ id: "a", latest: null }],
  });
  expect(goalIndicators(table([row("EKO-2", "b", "Öka", ["120", "", ""])]), reference, goal, "")).toEqual({
    kind: "none",
  });
  const noIds = readIndicatorTable({
    sheet: "X",
    topLeft: "A1",
    header: ["Indikator", "2025"],
    body: [["x", "1"]],
  });
  expect(goalIndicators(noIds, reference, goal, "")).toEqual({ kind: "no-sheet" });
  expect(goalIndicators(null, reference, goal, "")).toEqual({ kind: "no-sheet" });
});
