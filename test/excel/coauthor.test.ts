// Co-authoring: a co-author who sorts the goal table or inserts rows between a command's read and
// its write must not get the command's values in the wrong rows. The emulator lands the edit right
// before the write's request (Faults.beforeSync); the command then puts back what it wrote, says
// so, and a retry, which reads again, completes. Without a co-author the write costs no extra sync.
import { createGoalViewPort } from "../../src/excel/goalView";
import { HISTORY_TABLE, INFO_TABLE, columnLetter, parseRange } from "../../src/plan";
import { collectStructure, sampleReturns } from "../collect/returns";
import { goalsIn, withHistory } from "../history/fixtures";
import { col, goalTable, scaledStructure, setup, type Setup, refusal } from "./helpers";

let s: Setup;
beforeEach(() => {
  s = setup();
});
afterEach(() => s.restore());

const ID = "Mål-ID";
const STATUS = "Status";

function body(): { sheet: string; address: string; top: number; left: number } {
  const t = goalTable(s.emu);
  const r = parseRange(t.range);
  const address = `${columnLetter(r.left)}${r.top + 1}:${columnLetter(r.right)}${r.bottom}`;
  return { sheet: t.sheet, address, top: r.top + 1, left: r.left };
}

function statusOf(id: string): unknown {
  const t = goalTable(s.emu);
  return t.body.find((r) => r[col(s.emu, ID)] === id)?.[col(s.emu, STATUS)];
}

/** Pastes " grön"-style statuses (which Fix all corrects) into every third goal row; returns their IDs. */
function pasteSloppy(): string[] {
  const b = body();
  const t = goalTable(s.emu);
  const st = col(s.emu, STATUS);
  const ids: string[] = [];
  t.body.forEach((r, i) => {
    if (i % 3 !== 0 || r[st] === "") return;
    s.emu.workbook.typeValues(b.sheet, `${columnLetter(b.left + st)}${b.top + i}`, [
      [` ${String(r[st]).toLowerCase()}`],
    ]);
    ids.push(String(r[col(s.emu, ID)]));
  });
  return ids;
}

/** The co-author sorts the goal table by ID, descending, right before the n-th sync from now. */
function sortBefore(n: number, snapshot: { rows?: unknown[][] }): void {
  s.emu.faults.beforeSync(n, () => {
    const b = body();
    s.emu.workbook.sortRows(b.sheet, b.address, col(s.emu, ID), true);
    snapshot.rows = goalTable(s.emu).body;
  });
}

describe("a co-author's edit between the read and the write", () => {
  test("Fix all: no extra sync without a co-author", async () => {
    await s.service.applyLoad(scaledStructure(60), "sv");
    const ids = pasteSloppy();
    s.emu.resetStats();
    const r = await s.service.fixAll();
    expect(s.emu.stats.syncs).toBe(3);
    expect(r.fixed).toBeGreaterThanOrEqual(ids.length);
  });

  test("Fix all: a sort ends with no row changed, the command says so, a retry fixes each goal's own row", async () => {
    await s.service.applyLoad(scaledStructure(60), "sv");
    const ids = pasteSloppy();
    const sloppy = new Map(ids.map((id) => [id, statusOf(id)]));
    const sorted: { rows?: unknown[][] } = {};
    sortBefore(3, sorted); // probe, read, then the write
    const e = await refusal(s.service.fixAll());
    expect(e.code).toBe("table-changed");
    expect(e.state).toBe("unchanged");
    expect(e.messages.sv).toContain("ingen rad har fått fel värden");
    expect([e.messages.sv, e.messages.en]).toEqual([
      expect.stringContaining("Tabellen på bladet Mål ändrades"),
      expect.stringContaining("The table on the sheet Mål changed"),
    ]);
    // Exactly as the co-author left it: every row, every cell.
    expect(sorted.rows).toBeDefined();
    expect(goalTable(s.emu).body).toEqual(sorted.rows);
    for (const [id, v] of sloppy) expect(statusOf(id)).toBe(v);

    await s.service.fixAll();
    for (const [id, v] of sloppy)
      expect(statusOf(id)).toBe(
        String(v)
          .trim()
          .replace(/^./, (c) => c.toUpperCase()),
      );
  });

  test("Fix all: a row inserted inside the table ends with no row changed", async () => {
    await s.service.applyLoad(scaledStructure(60), "sv");
    pasteSloppy();
    const after: { rows?: unknown[][] } = {};
    s.emu.faults.beforeSync(3, () => {
      const b = body();
      const r = parseRange(b.address);
      const row = b.top + 1;
      s.emu.workbook.insertRows(b.sheet, `${columnLetter(r.left)}${row}:${columnLetter(r.right)}${row}`);
      after.rows = goalTable(s.emu).body;
    });
    const e = await refusal(s.service.fixAll());
    expect(e.code).toBe("table-changed");
    expect(goalTable(s.emu).body).toEqual(after.rows);
    expect(goalTable(s.emu).body).toHaveLength(61);
  });

  test("Fix all cut into chunks: the rows written before the sort stay right, the rest is put back", async () => {
    const small = setup({}, { requestBudget: 4_000 });
    try {
      s.restore();
      s = small;
      await s.service.applyLoad(scaledStructure(60), "sv");
      const ids = pasteSloppy();
      const before = new Map(ids.map((id) => [id, statusOf(id)]));
      const sorted: { rows?: unknown[][] } = {};
      sortBefore(4, sorted); // probe, read, first write chunk, then the co-author
      const e = await refusal(s.service.fixAll());
      expect(e.code).toBe("table-changed");
      expect(e.state).toBe("unknown");
      expect(e.applied).toBe("partial");
      // Every goal holds either its own fixed status or the one it had: none holds another's.
      for (const [id, v] of before) {
        const now = statusOf(id);
        expect([
          v,
          String(v)
            .trim()
            .replace(/^./, (c) => c.toUpperCase()),
        ]).toContain(now);
      }
      await s.service.fixAll();
      for (const [id, v] of before)
        expect(statusOf(id)).toBe(
          String(v)
            .trim()
            .replace(/^./, (c) => c.toUpperCase()),
        );
    } finally {
      small.restore();
    }
  });

  test("rollover: a sort ends with the goal cells and the year as they were; a retry completes it", async () => {
    const first = withHistory();
    await s.service.applyLoad(first, "sv");
    const goals = goalsIn(first);
    const year = () => s.emu.workbook.table(INFO_TABLE)?.rows.find((r) => r[0] === "År")?.[1];
    const y = year();
    const statuses = new Map(goals.map((g) => [g.id, statusOf(g.id)]));
    const sorted: { rows?: unknown[][] } = {};
    sortBefore(3, sorted);
    const e = await refusal(s.service.rollover(first.year + 1, false, "sv"));
    expect(e.code).toBe("table-changed");
    expect(goalTable(s.emu).body).toEqual(sorted.rows);
    expect(year()).toBe(y);

    await s.service.rollover(first.year + 1, false, "sv");
    expect(year()).toBe(first.year + 1);
    const history = s.emu.workbook.table(HISTORY_TABLE)?.rows ?? [];
    for (const g of goals) {
      const closed = history.filter((r) => r[0] === first.year && r[1] === g.id);
      expect(closed).toHaveLength(1);
      expect(closed[0][2]).toBe(statuses.get(g.id));
      expect(statusOf(g.id)).toBe("");
    }
  });

  test("a merge: a sort ends with no row changed; a retry writes each goal's own row", async () => {
    const first = scaledStructure(40);
    await s.service.applyLoad(first, "sv");
    const changed = JSON.parse(JSON.stringify(first)) as typeof first;
    const goals = changed.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
    goals.forEach((g, i) => {
      if (i % 4 === 0) g.text = `Ny text ${g.id}`;
    });
    const sorted: { rows?: unknown[][] } = {};
    sortBefore(3, sorted);
    const e = await refusal(s.service.applyLoad(changed, "sv"));
    expect(e.code).toBe("table-changed");
    expect(goalTable(s.emu).body).toEqual(sorted.rows);

    await s.service.applyLoad(changed, "sv");
    const t = goalTable(s.emu);
    const text = t.header.indexOf("Mål");
    for (const g of goals) expect(t.body.find((r) => r[col(s.emu, ID)] === g.id)?.[text]).toBe(g.text);
  });

  test("a merge adding goals below the table: a co-author's row appended in between is kept", async () => {
    const first = scaledStructure(30);
    await s.service.applyLoad(first, "sv");
    const more = scaledStructure(34);
    const theirs: { rows?: unknown[][] } = {};
    s.emu.faults.beforeSync(3, () => {
      // The co-author types a goal of their own right below the table, which grows over it.
      const t = goalTable(s.emu);
      const r = parseRange(t.range);
      const row = Array<string>(t.header.length).fill("");
      row[col(s.emu, ID)] = "EGET-1";
      row[t.header.indexOf("Mål")] = "Vårt eget mål";
      s.emu.workbook.typeValues(
        t.sheet,
        `${columnLetter(r.left)}${r.bottom + 1}:${columnLetter(r.right)}${r.bottom + 1}`,
        [row],
      );
      theirs.rows = s.emu.workbook.values(
        t.sheet,
        `${columnLetter(r.left)}${r.bottom + 1}:${columnLetter(r.right)}${r.bottom + 4}`,
      );
    });
    const before = goalTable(s.emu);
    const r = parseRange(before.range);
    const e = await refusal(s.service.applyLoad(more, "sv"));
    expect(e.code).toBe("table-changed");
    const below = `${columnLetter(r.left)}${r.bottom + 1}:${columnLetter(r.right)}${r.bottom + 4}`;
    expect(s.emu.workbook.values(before.sheet, below)).toEqual(theirs.rows);
    expect(goalTable(s.emu).body.map((x) => x[col(s.emu, ID)])).toContain("EGET-1");
  });

  test("Samla in svar: a sort between Apply's read and its write ends with no row changed", async () => {
    await s.service.applyLoad(collectStructure(), "sv");
    const back = await sampleReturns();
    const preview = await s.service.previewCollect(back);
    const sorted: { rows?: unknown[][] } = {};
    sortBefore(3, sorted);
    const e = await refusal(s.service.applyCollect(back, preview.stamp));
    expect(e.code).toBe("table-changed");
    expect(goalTable(s.emu).body).toEqual(sorted.rows);
    // Applying again reads again: the rows moved, so the user is shown the new preview first.
    const again = await s.service.applyCollect(back, preview.stamp);
    if (again.applied) throw new Error("applied from a preview of other rows");
    expect(await s.service.applyCollect(back, again.preview.stamp)).toMatchObject({ applied: true });
    expect(statusOf("L1")).toBe("Röd");
  });

  test("goal view: a sort between the save's read and its write leaves the rows alone", async () => {
    await s.service.applyLoad(withHistory(), "sv");
    const port = createGoalViewPort(s.emu.Excel.run as never);
    const b = body();
    s.emu.workbook.select(b.sheet, `B${b.top}`);
    const view = await port.read();
    if (view.kind !== "goal") throw new Error(view.kind);
    const sorted: { rows?: unknown[][] } = {};
    sortBefore(2, sorted); // the save's read, then its write
    const outcome = await port.save(view.goal, { comment: "Skrivet i målvyn" });
    expect(outcome.kind).toBe("moved");
    expect(goalTable(s.emu).body).toEqual(sorted.rows);
  });
});

describe("a write refused for its size is sent again in halves", () => {
  async function fixAt(limits: Parameters<Setup["emu"]["setLimits"]>[0]): Promise<unknown[][]> {
    const x = setup();
    try {
      s.restore();
      s = x;
      await s.service.applyLoad(scaledStructure(2_000), "sv");
      s.emu.setLimits(limits);
      const b = body();
      const st = col(s.emu, STATUS);
      // Every other row: a run per cell, so the write is one large request of many small ops.
      const t = goalTable(s.emu);
      t.body.forEach((r, i) => {
        if (i % 2 === 0 && r[st] !== "")
          s.emu.workbook.typeValues(b.sheet, `${columnLetter(b.left + st)}${b.top + i}`, [
            [` ${String(r[st])}`],
          ]);
      });
      s.emu.resetStats();
      await s.service.fixAll();
      return goalTable(s.emu).body;
    } finally {
      x.restore();
    }
  }

  test("payload too large, and GeneralException at a large size, end as the write that fit", async () => {
    const plain = await fixAt({});
    expect(s.emu.stats.syncs).toBe(3);
    const written = Math.max(...s.emu.stats.requests.map((r) => r.bytes));
    expect(written).toBeGreaterThan(500_000);

    const refused = await fixAt({ maxRequestBytes: 300_000 });
    expect(refused).toEqual(plain);
    expect(
      s.emu.stats.requests.filter((r) => r.failed === "RequestPayloadSizeLimitExceeded").length,
    ).toBeGreaterThan(0);
    expect(s.emu.stats.syncs).toBeGreaterThan(3);

    const failing = await fixAt({ generalExceptionAboveBytes: 300_000 });
    expect(failing).toEqual(plain);
    expect(s.emu.stats.requests.filter((r) => r.failed === "GeneralException").length).toBeGreaterThan(0);
  });

  test("a sort between the two halves: the first half stays on the right rows, the second is put back", async () => {
    await s.service.applyLoad(scaledStructure(2_000), "sv");
    const b = body();
    const st = col(s.emu, STATUS);
    const before = new Map<string, unknown>();
    goalTable(s.emu).body.forEach((r, i) => {
      if (i % 2 !== 0 || r[st] === "") return;
      s.emu.workbook.typeValues(b.sheet, `${columnLetter(b.left + st)}${b.top + i}`, [[` ${String(r[st])}`]]);
      before.set(String(r[col(s.emu, ID)]), r[st]);
    });
    s.emu.setLimits({ maxRequestBytes: 500_000 });
    const sorted: { rows?: unknown[][] } = {};
    // Probe, read, the refused write (about 940 KB), its first half; the co-author sorts before the second half.
    s.emu.resetStats();
    sortBefore(5, sorted);
    const e = await refusal(s.service.fixAll());
    expect(e.code).toBe("table-changed");
    expect(e.applied).toBe("partial");
    expect(s.emu.stats.requests.some((r) => r.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    let fixed = 0;
    const t = goalTable(s.emu);
    const now = new Map(t.body.map((r) => [String(r[col(s.emu, ID)]), r[st]]));
    for (const [id, v] of before) {
      const status = now.get(id);
      expect([` ${String(v)}`, v]).toContain(status);
      if (status === v) fixed += 1;
    }
    expect(fixed).toBeGreaterThan(0);
    expect(fixed).toBeLessThan(before.size);
  });

  test("a GeneralException at a small size is not taken for a size refusal", async () => {
    await s.service.applyLoad(scaledStructure(30), "sv");
    pasteSloppy();
    s.emu.faults.failOnSync(3, { code: "GeneralException" });
    const e = await refusal(s.service.fixAll());
    expect(e.code).toBe("sync-failed-nothing-applied");
  });
});
