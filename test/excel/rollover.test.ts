// Rollover ("Nytt uppföljningsår") and history import in Excel (the emulator): what moves into
// the history table, what the goal table keeps, where the year moves on, what is refused, and
// that each is one read and one write (probe, read, write: three syncs) at any size.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { GOAL_TABLE, HISTORY_TABLE, INFO_TABLE, columnLetter, parseRange } from "../../src/plan";
import { goalsIn, withHistory } from "../history/fixtures";
import { col, edit, goalTable, scaledStructure, setup, type Setup, refusal } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

const clone = (x: GoalStructure): GoalStructure => JSON.parse(JSON.stringify(x)) as GoalStructure;

function addressOf(row: number, column: number): string {
  const r = parseRange(goalTable(s.emu).range);
  return `${columnLetter(r.left + column)}${r.top + 1 + row}`;
}

function rowOf(id: string): number {
  const i = goalTable(s.emu).body.findIndex((r) => r[col(s.emu, "Mål-ID")] === id);
  if (i < 0) throw new Error(`no row for ${id}`);
  return i;
}

function historyRows(): unknown[][] {
  const table = s.emu.workbook.table(HISTORY_TABLE);
  if (!table) throw new Error("no history table");
  return table.rows;
}

function infoYear(): unknown {
  const info = s.emu.workbook.table(INFO_TABLE);
  return info?.rows.find((r) => r[0] === "År")?.[1];
}

describe("rollover", () => {
  test("twice: both years in the history, user columns and other cells intact, the year moved on", async () => {
    const first = withHistory();
    const y = first.year;
    await s.service.applyLoad(first, "sv");
    const sheet = goalTable(s.emu).sheet;
    const before = historyRows().length;
    const rows = goalTable(s.emu).body.length;
    await edit(s.emu, (context) => {
      const values = [["Egen bedömning"], ...Array.from({ length: rows }, (_, i) => [`egen ${i + 1}`])];
      context.workbook.tables.getItem(GOAL_TABLE).columns.add(3, values);
    });
    const goals = goalsIn(first);
    const cm = col(s.emu, "Kommentar och analys");
    s.emu.workbook.typeValues(sheet, addressOf(rowOf(goals[0].id), cm), [["=SUM(A1)"]]);
    const st = col(s.emu, "Status");
    const tr = col(s.emu, "Trend");
    // The last-year columns follow the history (checked below), everything else stays.
    const [ps, pt] = [col(s.emu, "Status förra året"), col(s.emu, "Trend förra året")];
    const kept = (body: unknown[][]): unknown[][] =>
      body.map((r) => r.filter((_, j) => ![st, tr, cm, ps, pt].includes(j)));
    const other = kept(goalTable(s.emu).body);

    s.emu.resetStats();
    const r = await s.service.rollover(y + 1, false, "sv");
    expect(s.emu.stats.syncs).toBe(3);
    expect(r).toMatchObject({ closing: y, year: y + 1, goals: goals.length, overriddenErrors: 0 });
    expect(r.summarySheet).toBe("Sammanfattning");

    const history = historyRows();
    expect(history).toHaveLength(before + goals.length);
    // One row per goal for the closing year, in goal order, with that year's status and comment.
    const closed = history.slice(before);
    expect(closed.map((row) => row[1])).toEqual(goals.map((g) => g.id));
    expect(closed.every((row) => row[0] === y)).toBe(true);
    expect(closed[0][4]).toBe("=SUM(A1)");
    expect(s.emu.workbook.cell("Historik", `E${5 + before}`).formula ?? null).toBeNull();
    expect(closed[1][2]).toBe(
      goals[1].status === null ? "" : { red: "Röd", yellow: "Gul", green: "Grön" }[goals[1].status],
    );

    const body = goalTable(s.emu).body;
    expect(body.every((row) => row[st] === "" && row[tr] === "" && row[cm] === "")).toBe(true);
    expect(kept(body)).toEqual(other);
    // With nothing written in them, the last-year columns now show the closed year.
    expect(body.map((row) => row[ps])).toEqual(closed.map((row) => (row[2] === "" ? "Ej bedömd" : row[2])));
    expect(body.map((row) => row[pt])).toEqual(closed.map((row) => row[3]));
    expect(body[0][3]).toBe("egen 1");
    expect(infoYear()).toBe(y + 1);
    expect(s.emu.workbook.values(sheet, "A1")[0][0]).toContain(String(y + 1));

    // A year later: the new year's assessments close too, and the first year's rows stay.
    s.emu.workbook.typeValues(sheet, addressOf(rowOf(goals[2].id), st), [["Grön"]]);
    const r2 = await s.service.rollover(y + 2, false, "sv");
    expect(r2).toMatchObject({ closing: y + 1, year: y + 2 });
    const twice = historyRows();
    expect(twice.slice(0, before + goals.length)).toEqual(history);
    expect(twice).toHaveLength(before + 2 * goals.length);
    expect(twice.find((row) => row[0] === y + 1 && row[1] === goals[2].id)?.[2]).toBe("Grön");
    expect(twice.filter((row) => row[0] === y)).toHaveLength(goals.length);
    // Validation reads both years back without an issue.
    const checked = await s.service.validate();
    expect(checked.issues.filter((i) => i.code.startsWith("history-"))).toEqual([]);
  });

  test("a row of an official's own without a goal ID keeps its cells, the goals' rows on both sides are emptied", async () => {
    const first = bundledStructure();
    await s.service.applyLoad(first, "sv");
    const width = goalTable(s.emu).header.length;
    const cm = col(s.emu, "Kommentar och analys");
    const st = col(s.emu, "Status");
    const note = Array<string>(width).fill("");
    note[cm] = "Anteckning utan mål-ID";
    note[st] = "Grön";
    const middle = 10;
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).rows.add(middle, [note]);
    });
    const r = await s.service.rollover(first.year + 1, true, "sv");
    expect(r.goals).toBe(goalsIn(first).length);
    const body = goalTable(s.emu).body;
    expect(body[middle][cm]).toBe("Anteckning utan mål-ID");
    expect(body[middle][st]).toBe("Grön");
    expect(body.filter((_, i) => i !== middle).every((row) => row[st] === "" && row[cm] === "")).toBe(true);
  });

  test("a goal row without an ID keeps its cells and gets no history row; goals sharing an ID are refused", async () => {
    const first = bundledStructure();
    await s.service.applyLoad(first, "sv");
    const sheet = goalTable(s.emu).sheet;
    const [a, b] = goalsIn(first);
    const row = rowOf(b.id);
    s.emu.workbook.typeValues(sheet, addressOf(row, col(s.emu, "Mål-ID")), [[""]]);
    s.emu.workbook.typeValues(sheet, addressOf(row, col(s.emu, "Status")), [["Grön"]]);
    s.emu.workbook.typeValues(sheet, addressOf(row, col(s.emu, "Kommentar och analys")), [
      ["Min anteckning"],
    ]);
    const r = await s.service.rollover(first.year + 1, true, "sv");
    expect(r.goals).toBe(goalsIn(first).length - 1);
    expect(historyRows().filter((h) => h[0] === first.year)).toHaveLength(goalsIn(first).length - 1);
    expect(historyRows().some((h) => h[1] === "")).toBe(false);
    expect(goalTable(s.emu).body[row][col(s.emu, "Status")]).toBe("Grön");
    expect(goalTable(s.emu).body[row][col(s.emu, "Kommentar och analys")]).toBe("Min anteckning");

    s.emu.workbook.typeValues(sheet, addressOf(row, col(s.emu, "Mål-ID")), [[a.id]]);
    const history = historyRows();
    const e = await refusal(s.service.rollover(first.year + 2, true, "en"));
    expect(e.messages.en).toContain(a.id);
    expect(e.messages.sv).toContain("samma mål-ID");
    expect(historyRows()).toEqual(history);
    expect(infoYear()).toBe(first.year + 1);
  });

  test("refuses when the history table has lost a column the year's assessments need", async () => {
    const first = bundledStructure();
    await s.service.applyLoad(first, "sv");
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(HISTORY_TABLE).columns.getItem("Kommentar och analys").delete();
    });
    const comments = goalTable(s.emu).body.map((r) => r[col(s.emu, "Kommentar och analys")]);
    const e = await refusal(s.service.rollover(first.year + 1, true, "sv"));
    expect(e.messages.sv).toContain("Kommentar och analys");
    expect(goalTable(s.emu).body.map((r) => r[col(s.emu, "Kommentar och analys")])).toEqual(comments);
    expect(infoYear()).toBe(first.year);
  });

  test("the summary it draws is the one a refresh of the new year draws", async () => {
    await s.service.applyLoad(withHistory(), "sv");
    await s.service.rollover(withHistory().year + 1, false, "sv");
    const drawn = s.emu.workbook.dump().sheets.find((sh) => sh.name === "Sammanfattning")?.cells;
    await s.service.refreshSummary("sv");
    const refreshed = s.emu.workbook.dump().sheets.find((sh) => sh.name === "Sammanfattning")?.cells;
    expect(drawn).toEqual(refreshed);
  });

  test("refuses a year not later than the workbook's, naming both, and writes nothing", async () => {
    const first = bundledStructure();
    await s.service.applyLoad(first, "sv");
    const history = historyRows();
    s.emu.resetStats();
    const e = await refusal(s.service.rollover(first.year, false, "en"));
    expect(s.emu.stats.syncs).toBe(2);
    expect(e.state).toBe("unchanged");
    expect(e.messages.sv).toContain(String(first.year));
    expect(e.messages.en).toMatch(new RegExp(`\\(${first.year}\\).*\\(${first.year}\\)`));
    expect(historyRows()).toEqual(history);
    expect(infoYear()).toBe(first.year);
  });

  test("refuses a workbook with validation errors until confirmed, then keeps the unread cells' text in the history", async () => {
    const first = bundledStructure();
    await s.service.applyLoad(first, "sv");
    const sheet = goalTable(s.emu).sheet;
    const id = goalsIn(first)[0].id;
    const cell = addressOf(rowOf(id), col(s.emu, "Status"));
    s.emu.workbook.typeValues(sheet, cell, [["lila"]]);
    const before = historyRows();
    const e = await refusal(s.service.rollover(first.year + 1, false, "sv"));
    expect(e.code).toBe("validation-errors");
    expect(e.messages.sv).toContain("(1 st)");
    expect(e.messages.sv).toContain(`${sheet}!${cell}`);
    expect(e.messages.en).toContain("confirm");
    expect(historyRows()).toEqual(before);

    s.emu.workbook.typeValues(sheet, addressOf(rowOf(id), col(s.emu, "Trend")), [["=x"]]);
    const r = await s.service.rollover(first.year + 1, true, "sv");
    expect(r.overriddenErrors).toBe(2);
    // Nothing typed is lost: the text the parser rejected is the history row's, as text, and the
    // validation points at it there, to be corrected.
    const row = historyRows().find((h) => h[0] === first.year && h[1] === id);
    expect(row?.slice(2, 4)).toEqual(["lila", "=x"]);
    const history = s.emu.workbook.table(HISTORY_TABLE);
    if (!history) throw new Error("no history table");
    const body = parseRange(history.address);
    const at = history.rows.findIndex((h) => h[0] === first.year && h[1] === id);
    const trendCell = `${columnLetter(body.left + 3)}${body.top + 1 + at}`;
    expect(s.emu.workbook.cell(history.sheet, trendCell)).toMatchObject({ value: "=x", numberFormat: "@" });
    expect(s.emu.workbook.cell(history.sheet, trendCell).formula).toBeUndefined();
    const v = await s.service.validate();
    expect(
      v.issues
        .filter((i) => i.severity === "error")
        .map((i) => i.code)
        .sort(),
    ).toEqual(["history-unknown-status", "history-unknown-trend"]);
  });

  test("three syncs at 10, 1,000 and 10,000 goals", async () => {
    for (const n of [10, 1_000, 10_000]) {
      const t = setup();
      try {
        await t.service.applyLoad(scaledStructure(n), "sv");
        t.emu.resetStats();
        const r = await t.service.rollover(bundledStructure().year + 1, false, "sv");
        expect(r.goals).toBe(n);
        expect(t.emu.stats.syncs).toBe(3);
        expect(t.emu.workbook.table(HISTORY_TABLE)?.rows).toHaveLength(n);
      } finally {
        t.restore();
      }
    }
  });
});

describe("history import", () => {
  /** The workbook's own structure a year earlier, assessed differently for some goals. */
  function earlier(): GoalStructure {
    const e = clone(withHistory());
    e.year -= 1;
    for (const g of goalsIn(e)) g.history = (g.history ?? []).filter((h) => h.year < e.year);
    e.programs[0].areas[0].goals.push({
      id: "GAMMAL-1",
      text: "Ett mål som inte finns kvar",
      status: "red",
      trend: null,
    });
    return e;
  }

  test("appends new entries, replaces differing ones in place, and names goals that no longer exist", async () => {
    const target = withHistory();
    await s.service.applyLoad(target, "sv");
    const before = historyRows();
    const source = earlier();
    const goals = goalsIn(source);
    // Goal 0 had y-1 as yellow/up: the import says green, a replacement; goal 1 the same as held.
    const y1 = target.year - 1;
    goals[0].status = "green";
    goals[0].trend = "up";
    goals[0].comment = "=SUM(A1)";
    Object.assign(goals[1], { status: "green", trend: "flat", comment: "-minus" });
    s.emu.resetStats();
    const r = await s.service.importHistory(source);
    expect(s.emu.stats.syncs).toBe(3);
    expect(r.unknownGoals).toEqual(["GAMMAL-1"]);
    expect(r.years).toEqual([target.year - 2, y1]);
    expect(r.replaced).toBeGreaterThanOrEqual(1);
    expect(r.unchanged).toBeGreaterThanOrEqual(1);
    const after = historyRows();
    expect(after).toHaveLength(before.length + r.added);
    // The replaced row stays where it was, with the imported assessment, as text.
    const i = before.findIndex((row) => row[0] === y1 && row[1] === goals[0].id);
    expect(after[i]).toEqual([y1, goals[0].id, "Grön", "Uppåt", "=SUM(A1)"]);
    expect(s.emu.workbook.cell("Historik", `E${5 + i}`).formula ?? null).toBeNull();
    const checked = await s.service.validate();
    expect(checked.issues.filter((x) => x.code.startsWith("history-"))).toEqual([]);
    // Importing the same again changes nothing.
    const again = await s.service.importHistory(source);
    expect(again).toMatchObject({ added: 0, replaced: 0 });
    expect(historyRows()).toEqual(after);
  });

  test("a co-author swapping one goal's two history rows is caught: nothing lands on the other year's row", async () => {
    const target = withHistory();
    await s.service.applyLoad(target, "sv");
    const source = earlier();
    const goal = goalsIn(source)[0];
    Object.assign(goal, { status: "green", trend: "up", comment: "ny" });
    const table = s.emu.workbook.table(HISTORY_TABLE);
    if (!table) throw new Error("no history table");
    const rows = historyRows()
      .map((r, i) => [r, i] as const)
      .filter(([r]) => r[1] === goal.id)
      .map(([, i]) => i);
    expect(rows).toHaveLength(2);
    // A co-author moves goal 0's two rows into each other's places (cut and paste): the ID column
    // reads the same as before, only the year tells the rows apart.
    const t = parseRange(table.address.replace(/^.*!/, ""));
    const rowAddress = (i: number): string =>
      `${columnLetter(t.left)}${t.top + 1 + i}:${columnLetter(t.right)}${t.top + 1 + i}`;
    let sorted: unknown[][] = [];
    s.emu.faults.beforeSync(3, () => {
      const [a, b] = rows.map((i) => historyRows()[i].map((v) => (v === null ? "" : v)));
      s.emu.workbook.typeValues(table.sheet, rowAddress(rows[0]), [b]);
      s.emu.workbook.typeValues(table.sheet, rowAddress(rows[1]), [a]);
      sorted = historyRows();
    });
    const e = await refusal(s.service.importHistory(source));
    expect(e.code).toBe("table-changed");
    expect(e.messages.sv).toContain("bladet Historik");
    // The two rows as the co-author left them: the import's y − 1 assessment is on neither.
    // (Rows the import appended below the table are new rows, not put back; a retry finds them.)
    expect(rows.map((i) => historyRows()[i])).toEqual(rows.map((i) => sorted[i]));
    expect(historyRows().filter((r) => r[4] === "ny")).toEqual([]);
    // A retry reads again and replaces the y − 1 row, wherever it now is.
    await s.service.importHistory(source);
    expect(historyRows().find((r) => r[0] === target.year - 1 && r[1] === goal.id)).toEqual([
      target.year - 1,
      goal.id,
      "Grön",
      "Uppåt",
      "ny",
    ]);
  });

  test("refuses a follow-up that is not of an earlier year", async () => {
    const target = bundledStructure();
    await s.service.applyLoad(target, "sv");
    const e = await refusal(s.service.importHistory(target));
    expect(e.messages.sv).toContain(String(target.year));
    expect(e.state).toBe("unchanged");
  });
});
