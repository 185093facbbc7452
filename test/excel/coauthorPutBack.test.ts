// What a refused write leaves when a co-author moved the rows between the read and the write
// (src/excel/putBack.ts): exactly what was there before, per cell, also for rows written below a
// table that grew over them, rows without a goal ID and rows a failed attempt may have written;
// and where the add-in cannot vouch for a row, the refusal names it for the user to check.
import { rowsText } from "../../src/excel/guard";
import { GOAL_TABLE, HISTORY_TABLE, INFO_TABLE, columnLetter, parseRange } from "../../src/plan";
import type { ServiceOptions } from "../../src/excel";
import type { EmulatorOptions } from "../emulator";
import { goalsIn, withHistory } from "../history/fixtures";
import { col, edit, goalTable, scaledStructure, setup, type Setup, refusal } from "./helpers";

let s: Setup;
afterEach(() => s.restore());
const start = (options: EmulatorOptions = {}, service: ServiceOptions = {}): void => {
  s = setup(options, service);
};

const ID = "Mål-ID";
const STATUS = "Status";
const COMMENT = "Kommentar och analys";

function rect(table: string): ReturnType<typeof parseRange> & { sheet: string } {
  const t = s.emu.workbook.table(table);
  if (!t) throw new Error(`no table ${table}`);
  return { ...parseRange(t.address.replace(/^.*!/, "")), sheet: t.sheet };
}

/** Values and number formats of the rows [top, bottom] across the table's columns, as Excel reports them. */
async function cells(table: string, top: number, bottom: number): Promise<unknown[]> {
  const r = rect(table);
  let out: unknown[] = [];
  await s.emu.Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(r.sheet)
      .getRange(`${columnLetter(r.left)}${top}:${columnLetter(r.right)}${bottom}`)
      .load("values,numberFormat");
    await context.sync();
    out = [range.values, range.numberFormat];
  });
  return out;
}

/** The goal table's body range (sheet and address). */
function body(): { sheet: string; address: string; top: number; left: number } {
  const r = rect(GOAL_TABLE);
  return {
    sheet: r.sheet,
    address: `${columnLetter(r.left)}${r.top + 1}:${columnLetter(r.right)}${r.bottom}`,
    top: r.top + 1,
    left: r.left,
  };
}

/** The co-author sorts the goal table by ID right before the n-th sync from now. */
function sortBefore(n: number, descending = true, after?: (rows: unknown[][]) => void): void {
  s.emu.faults.beforeSync(n, () => {
    const b = body();
    s.emu.workbook.sortRows(b.sheet, b.address, col(s.emu, ID), descending);
    after?.(goalTable(s.emu).body);
  });
}

const byId = (rows: unknown[][], at: number): Map<string, unknown> =>
  new Map(rows.map((r) => [String(r[col(s.emu, ID)]), r[at]]));

describe("rows written below a table leave it again when the write is refused", () => {
  async function mergeWithNewGoals(): Promise<{
    r0: ReturnType<typeof rect>;
    table: unknown;
    below: unknown[];
    sorted: unknown[][];
  }> {
    const first = scaledStructure(30);
    await s.service.applyLoad(first, "sv");
    const r0 = rect(GOAL_TABLE);
    const next = scaledStructure(34);
    // Changed texts too: their rows are checked in the same request as the rows below the table.
    next.programs.forEach((p) => p.areas.forEach((a) => a.goals.forEach((g) => (g.text = `${g.text} (ny)`))));
    const r = rect(GOAL_TABLE);
    const table = s.emu.workbook.table(GOAL_TABLE)?.address;
    const below = await cells(GOAL_TABLE, r.bottom + 1, r.bottom + 8);
    const sorted: { rows: unknown[][] } = { rows: [] };
    sortBefore(3, true, (rows) => (sorted.rows = rows));
    const e = await refusal(s.service.applyLoad(next, "sv"));
    expect(e.code).toBe("table-changed");
    return { r0, table, below, sorted: sorted.rows };
  }

  test("a merge's new goals: the table shrinks back and the cells below are as before", async () => {
    start();
    const { r0, table, below, sorted } = await mergeWithNewGoals();
    expect(s.emu.workbook.table(GOAL_TABLE)?.address).toBe(table);
    expect(await cells(GOAL_TABLE, r0.bottom + 1, r0.bottom + 8)).toEqual(below);
    expect(goalTable(s.emu).body).toEqual(sorted);
    // A retry reads again and adds them.
    await s.service.applyLoad(scaledStructure(34), "sv");
    expect(goalTable(s.emu).body).toHaveLength(34);
  });

  test("without Table.resize (ExcelApi 1.12) the rows it grew by are deleted", async () => {
    start({ apiVersion: "1.12" });
    const { r0, table, sorted } = await mergeWithNewGoals();
    expect(s.emu.workbook.table(GOAL_TABLE)?.address).toBe(table);
    expect(goalTable(s.emu).body).toEqual(sorted);
    expect(
      s.emu.workbook
        .values(r0.sheet, `A${r0.bottom + 1}:A${r0.bottom + 8}`)
        .flat()
        .filter((v) => v !== "" && v !== null),
    ).toEqual([]);
  });

  test("a rollover's history rows: the history table and the cells below it are as before", async () => {
    start();
    const first = withHistory();
    await s.service.applyLoad(first, "sv");
    const h = rect(HISTORY_TABLE);
    const history = s.emu.workbook.table(HISTORY_TABLE);
    const below = await cells(HISTORY_TABLE, h.bottom + 1, h.bottom + goalsIn(first).length + 2);
    sortBefore(3);
    const e = await refusal(s.service.rollover(first.year + 1, false, "sv"));
    expect(e.code).toBe("table-changed");
    expect(e.state).toBe("unchanged");
    expect(s.emu.workbook.table(HISTORY_TABLE)?.address).toBe(history?.address);
    expect(s.emu.workbook.table(HISTORY_TABLE)?.rows).toEqual(history?.rows);
    expect(await cells(HISTORY_TABLE, h.bottom + 1, h.bottom + goalsIn(first).length + 2)).toEqual(below);
  });

  test("without a co-author the rows stay and no sync is added", async () => {
    start();
    await s.service.applyLoad(scaledStructure(30), "sv");
    const r0 = rect(GOAL_TABLE);
    s.emu.resetStats();
    await s.service.applyLoad(scaledStructure(34), "sv");
    expect(s.emu.stats.syncs).toBe(3);
    expect(rect(GOAL_TABLE).bottom).toBe(r0.bottom + 4);
  });
});

describe("a rollover's put-back of the emptied cells", () => {
  /** A row of the official's own at the table's end, without a goal ID, with a status and a comment. */
  async function withNote(): Promise<{ note: unknown[] }> {
    const first = withHistory();
    await s.service.applyLoad(first, "sv");
    const width = goalTable(s.emu).header.length;
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).rows.add(undefined, [Array<string>(width).fill("")]);
    });
    const r = rect(GOAL_TABLE);
    const at = (h: string): string => `${columnLetter(r.left + col(s.emu, h))}${r.bottom}`;
    s.emu.workbook.typeValues(r.sheet, at("Mål"), [["Egen anteckning"]]);
    s.emu.workbook.typeValues(r.sheet, at(STATUS), [["Gul"]]);
    s.emu.workbook.typeValues(r.sheet, at(COMMENT), [["Vår egen kommentar"]]);
    const note = goalTable(s.emu).body[goalTable(s.emu).body.length - 1];
    return { note };
  }

  const noteRow = (): unknown[] | undefined => goalTable(s.emu).body.find((r) => r[col(s.emu, ID)] === "");

  test("a row without an ID that a sort moved into the emptied range gets its cells back", async () => {
    start();
    const { note } = await withNote();
    const year = s.emu.workbook.table(INFO_TABLE)?.rows.find((r) => r[0] === "År")?.[1];
    const sorted: { rows: unknown[][] } = { rows: [] };
    // Ascending: the row without an ID goes first, into the first goal's emptied cells.
    sortBefore(3, false, (rows) => (sorted.rows = rows));
    const e = await refusal(s.service.rollover(withHistory().year + 1, true, "sv"));
    expect(e.code).toBe("table-changed");
    expect(goalTable(s.emu).body[0][col(s.emu, ID)]).toBe("");
    expect(noteRow()).toEqual(note);
    expect(goalTable(s.emu).body).toEqual(sorted.rows);
    expect(s.emu.workbook.table(INFO_TABLE)?.rows.find((r) => r[0] === "År")?.[1]).toBe(year);
  });

  test("too many cells to load back: each goal's own cells from the read, the row without an ID named", async () => {
    start({}, { loadBackBytes: 0 });
    const { note } = await withNote();
    const before = goalTable(s.emu).body;
    sortBefore(3, false);
    const e = await refusal(s.service.rollover(withHistory().year + 1, true, "sv"));
    expect(e.code).toBe("table-changed");
    expect(e.state).toBe("unknown");
    const sheet = body().sheet;
    const top = body().top;
    // The note went first: its row is named (the read cannot vouch for a row without an ID).
    expect(e.messages.sv).toContain(`Kontrollera raderna ${sheet}!${top}:${top}`);
    expect(e.messages.en).toContain(`Check the rows ${sheet}!${top}:${top}`);
    for (const h of [STATUS, COMMENT]) {
      const was = byId(
        before.filter((r) => r[col(s.emu, ID)] !== ""),
        col(s.emu, h),
      );
      const now = byId(
        goalTable(s.emu).body.filter((r) => r[col(s.emu, ID)] !== ""),
        col(s.emu, h),
      );
      expect(now).toEqual(was);
    }
    // Never another goal's values in it: left as the write left it.
    expect(noteRow()?.[col(s.emu, STATUS)]).toBe("");
    expect(noteRow()?.[col(s.emu, "Mål")]).toBe(note[col(s.emu, "Mål")]);
  });

  test("too many cells to load back, rows without an ID empty there: nothing to check", async () => {
    start({}, { loadBackBytes: 0 });
    await s.service.applyLoad(withHistory(), "sv");
    const width = goalTable(s.emu).header.length;
    await edit(s.emu, (context) => {
      const row = Array<string>(width).fill("");
      row[1] = "Anteckning utan bedömning";
      context.workbook.tables.getItem(GOAL_TABLE).rows.add(undefined, [row]);
    });
    const sorted: { rows: unknown[][] } = { rows: [] };
    sortBefore(3, false, (rows) => (sorted.rows = rows));
    const e = await refusal(s.service.rollover(withHistory().year + 1, true, "sv"));
    expect(e.code).toBe("table-changed");
    expect(e.messages.sv).toContain("ingen rad har fått fel värden");
    expect(goalTable(s.emu).body).toEqual(sorted.rows);
  });
});

describe("a put-back that cannot trust what it loaded", () => {
  /** 2,000 goals, every other status pasted sloppy: Fix all is one request over 500 KB. */
  async function sloppy(): Promise<Map<string, unknown>> {
    await s.service.applyLoad(scaledStructure(2_000), "sv");
    const b = body();
    const st = col(s.emu, STATUS);
    goalTable(s.emu).body.forEach((r, i) => {
      if (i % 2 === 0 && r[st] !== "")
        s.emu.workbook.typeValues(b.sheet, `${columnLetter(b.left + st)}${b.top + i}`, [
          [` ${String(r[st])}`],
        ]);
    });
    return byId(goalTable(s.emu).body, st);
  }

  test("after a GeneralException that ran in part, no goal keeps a value sent to its row by mistake", async () => {
    start();
    const before = await sloppy();
    // The sort lands before the write, which then fails after part of it ran, at its size: sent
    // again in halves, whose guard sees the rows moved.
    sortBefore(3);
    s.emu.faults.failOnSync(3, { code: "GeneralException", applied: 1_500 });
    const e = await refusal(s.service.fixAll());
    expect(e.code).toBe("table-changed");
    expect(s.emu.stats.requests.some((r) => r.failed === "GeneralException")).toBe(true);
    const now = byId(goalTable(s.emu).body, col(s.emu, STATUS));
    const wrong = [...before].filter(([id, v]) => ![v, String(v).trim()].includes(now.get(id)));
    expect(wrong).toEqual([]);
    // Part of the failed attempt may stay, on the right rows: not "unchanged".
    expect(e.state).toBe("unknown");
  });

  test("a put-back that fails: the refusal names every moved row instead of saying none is wrong", async () => {
    start();
    await s.service.applyLoad(scaledStructure(60), "sv");
    const b = body();
    const st = col(s.emu, STATUS);
    s.emu.workbook.typeValues(b.sheet, `${columnLetter(b.left + st)}${b.top}`, [[" grön"]]);
    sortBefore(3);
    s.emu.faults.failOnSync(4, { code: "GeneralException" }); // the put-back's request
    const e = await refusal(s.service.fixAll());
    expect(e.code).toBe("table-changed");
    expect(e.state).toBe("unknown");
    expect(e.messages.sv).not.toContain("ingen rad har fått fel värden");
    expect(e.messages.sv).toContain(`Kontrollera raderna ${b.sheet}!`);
  });

  test("rows moved again before the put-back landed: the refusal names them", async () => {
    start();
    await s.service.applyLoad(scaledStructure(60), "sv");
    const b = body();
    const st = col(s.emu, STATUS);
    goalTable(s.emu).body.forEach((r, i) => {
      if (i % 3 === 0 && r[st] !== "")
        s.emu.workbook.typeValues(b.sheet, `${columnLetter(b.left + st)}${b.top + i}`, [
          [` ${String(r[st]).toLowerCase()}`],
        ]);
    });
    sortBefore(3); // before the write
    sortBefore(4, false); // and again before its put-back
    const e = await refusal(s.service.fixAll());
    expect(e.code).toBe("table-changed");
    expect(e.state).toBe("unknown");
    expect(e.messages.sv).toContain(`Kontrollera raderna ${b.sheet}!`);
    expect(e.messages.en).toContain("Name Box");
  });
});

describe("the rows named for the user", () => {
  test("as addresses for the Name Box: runs of rows, quoted sheet names, at most ten", () => {
    s = setup();
    expect(
      rowsText([
        { sheet: "Mål", row: 5 },
        { sheet: "Mål", row: 6 },
        { sheet: "Mål", row: 9 },
        { sheet: "Mål 2", row: 3 },
        { sheet: "O'Brien", row: 4 },
      ]),
    ).toBe("Mål!5:6, Mål!9:9, 'Mål 2'!3:3, 'O''Brien'!4:4");
    const many = Array.from({ length: 12 }, (_, i) => ({ sheet: "Mål", row: 2 * i + 1 }));
    expect(rowsText(many)).toBe(
      `${many
        .slice(0, 10)
        .map((r) => `Mål!${r.row}:${r.row}`)
        .join(", ")}, …`,
    );
  });
});
