// The goal view's decisions without Office: which body row a selection is in, where previous /
// next go, what a save writes, and that it refuses when the row or the columns moved.
import { GOAL_COLUMNS, type GoalColumn } from "../../src/domain";
import { goalHeader } from "../../src/plan";
import {
  changedKeys,
  editableColumns,
  goalViewOf,
  locateSelection,
  navigation,
  planSave,
  type GoalShown,
  type GoalTableFrame,
} from "../../src/plan/goalView";

const header = GOAL_COLUMNS.map((c) => goalHeader(c.key, "sv"));
const at = (key: string): number => GOAL_COLUMNS.findIndex((c) => c.key === key);
function row(id: string, status = "", comment = ""): string[] {
  const r = header.map(() => "");
  r[at("id")] = id;
  r[at("program")] = "P";
  r[at("area")] = "A";
  r[at("text")] = `Mål ${id}`;
  r[at("status")] = status;
  r[at("comment")] = comment;
  return r;
}
const body = [row("G1", "Grön"), row("G2"), row(""), row("G4", "Röd", "Förra"), row("G5")];
const frame: GoalTableFrame = { sheet: "Mål", topLeft: "B3", header, bodyRows: body.length };

function shownAt(index: number): GoalShown {
  const v = goalViewOf({
    frame,
    index,
    row: body[index],
    ids: body.map((r) => r[at("id")]),
    statuses: body.map((r) => r[at("status")]),
    info: null,
    history: {
      sheet: "Historik",
      topLeft: "A4",
      header: ["År", "Mål-ID", "Status", "Trend", "Kommentar och analys"],
      body: [
        ["2021", "G4", "Grön", "Uppåt", "Äldst"],
        ["2022", "g4", "gul", "→", "Senast"],
      ],
    },
  });
  if (v.kind !== "goal") throw new Error(v.kind);
  return v.goal;
}

describe("locateSelection", () => {
  test("a body row of the table, by the selection's top-left cell (0-based sheet row)", () => {
    // Header on Excel row 3 (0-based 2): body row 0 is 0-based row 3.
    expect(locateSelection(frame, { sheet: "Mål", row: 3, col: 1 })).toEqual({ kind: "row", index: 0 });
    expect(locateSelection(frame, { sheet: "mål", row: 7, col: 10 })).toEqual({ kind: "row", index: 4 });
  });
  test("the header, below the table, left or right of it, another sheet: outside", () => {
    for (const sel of [
      { sheet: "Mål", row: 2, col: 1 },
      { sheet: "Mål", row: 8, col: 1 },
      { sheet: "Mål", row: 4, col: 0 },
      { sheet: "Mål", row: 4, col: 1 + header.length },
      { sheet: "Blad1", row: 4, col: 1 },
    ])
      expect(locateSelection(frame, sel)).toEqual({ kind: "outside" });
    expect(locateSelection(null, { sheet: "Mål", row: 4, col: 1 })).toEqual({ kind: "no-table" });
  });
});

describe("goalViewOf", () => {
  test("the goal, its official fields in table order, last year's assessment by ID in any case", () => {
    const g = shownAt(3);
    expect(g).toMatchObject({ id: "G4", excelRow: 7, sheet: "Mål", lang: "sv", hasHistory: true });
    expect(g.fields.map((f) => f.key)).toEqual(["status", "trend", "comment", "done"]);
    expect(g.last).toEqual({
      year: 2022,
      status: "yellow",
      trend: "flat",
      statusText: "gul",
      trendText: "→",
      comment: "Senast",
    });
  });
  test("a row without a goal ID is a blank row", () => {
    const v = goalViewOf({ frame, index: 2, row: body[2], ids: [], statuses: [], info: null, history: null });
    expect(v).toEqual({ kind: "blank-row", sheet: "Mål", excelRow: 6 });
  });
  test("a table without a required column cannot be shown", () => {
    const h = header.filter((_, i) => i !== at("status"));
    const v = goalViewOf({
      frame: { ...frame, header: h },
      index: 0,
      row: body[0],
      ids: [],
      statuses: [],
      info: null,
      history: null,
    });
    expect(v).toEqual({ kind: "no-columns", sheet: "Mål" });
  });
});

describe("navigation", () => {
  const ids = body.map((r) => r[at("id")]);
  const statuses = body.map((r) => r[at("status")]);
  test("previous and next skip rows without a goal ID", () => {
    expect(navigation(ids, statuses, 1, "sv")).toMatchObject({ previous: 0, next: 3, count: 4, position: 2 });
    expect(navigation(ids, statuses, 3, "sv")).toMatchObject({ previous: 1, next: 4 });
    expect(navigation(ids, statuses, 4, "sv")).toMatchObject({ next: null });
  });
  test("next without status goes on after this row and wraps round; null when all are assessed", () => {
    expect(navigation(ids, statuses, 1, "sv").nextWithoutStatus).toBe(4);
    expect(navigation(ids, statuses, 4, "sv").nextWithoutStatus).toBe(1);
    expect(navigation(ids, ["Grön", "gul", "", "röd", "Green"], 0, "sv").nextWithoutStatus).toBeNull();
    // An unreadable status is no status.
    expect(navigation(ids, ["Grön", "kanske", "", "Röd", "Gul"], 0, "sv").nextWithoutStatus).toBe(1);
  });
});

describe("planSave", () => {
  const ids = body.map((r) => r[at("id")]);
  test("writes only the changed official cells of the goal's row", () => {
    const g = shownAt(3);
    const plan = planSave(g, { status: "Röd", trend: "Uppåt", comment: "Ny" }, { header, ids });
    expect(plan).toEqual({
      kind: "write",
      writes: [
        { row: 3, col: at("trend"), value: "Uppåt" },
        { row: 3, col: at("comment"), value: "Ny" },
      ],
    });
    expect(changedKeys(g, { status: "Röd", comment: "Ny" })).toEqual(["comment"]);
    expect(planSave(g, { status: "Röd" }, { header, ids })).toEqual({ kind: "unchanged" });
  });
  test("rows sorted: nothing written, the goal's row now; gone: null", () => {
    const g = shownAt(3);
    const sorted = ["G4", "G1", "G2", "", "G5"];
    expect(planSave(g, { comment: "Ny" }, { header, ids: sorted })).toEqual({ kind: "moved", index: 0 });
    expect(planSave(g, { comment: "Ny" }, { header, ids: ["G1", "G2", "", "G3", "G5"] })).toEqual({
      kind: "moved",
      index: null,
    });
  });
  test("columns moved (a co-author inserted one): nothing written", () => {
    const g = shownAt(3);
    expect(planSave(g, { comment: "Ny" }, { header: ["Extra", ...header], ids: ["", ...ids] })).toEqual({
      kind: "moved",
      index: null,
    });
  });
});

test("every official-owned column is a field, whatever its kind", () => {
  const extra: GoalColumn = { ...GOAL_COLUMNS[at("comment")], key: "comment", kind: "activities" };
  expect(
    editableColumns([...GOAL_COLUMNS.filter((c) => c.key !== "comment"), extra]).map((c) => c.kind),
  ).toEqual(["status", "trend", "done", "activities"]);
});
