// When one request or one answer would be too large, the adapter cuts it up: writes into chunks
// under the request budget, reads of a huge goal table into slices of rows. Extra syncs appear
// only then, and the workbook ends up exactly as with one large request.
import { DEFAULT_REQUEST_BUDGET, WriteBatch, jsonBytes, sliceRows, utf8Length } from "../../src/excel/batch";
import type { WorkbookDump } from "../emulator";
import { scaledStructure, setup, type Setup } from "./helpers";

const N = 10_000;

function state(s: Setup): WorkbookDump {
  const d = s.emu.workbook.dump();
  for (const sheet of d.sheets) {
    for (const cf of sheet.conditionalFormats) cf.id = "";
    for (const t of sheet.tables) t.id = "";
  }
  return d;
}

describe("writes larger than the request budget", () => {
  test("are sent in chunks, each under the budget, with the same result as one request", async () => {
    const structure = scaledStructure(N);
    const whole = setup();
    const budget = 400_000;
    const cut = setup({}, { requestBudget: budget });
    try {
      await whole.service.applyLoad(structure, "sv");
      expect(whole.emu.stats.syncs).toBe(2);
      await cut.service.applyLoad(structure, "sv");
      // The measured requests stay under the estimated budget: the estimate runs high.
      expect(cut.emu.stats.maxRequestBytes).toBeLessThanOrEqual(budget);
      expect(cut.emu.stats.syncs).toBeGreaterThan(4);
      expect(state(cut)).toEqual(state(whole));
    } finally {
      whole.restore();
      cut.restore();
    }
  });
});

describe("many small writes (a merge rewording every tenth goal)", () => {
  test("are estimated high enough that no chunk passes the budget", async () => {
    const structure = scaledStructure(2_000);
    const budget = 60_000;
    const s = setup({}, { requestBudget: budget });
    try {
      await s.service.applyLoad(structure, "sv");
      const revised = JSON.parse(JSON.stringify(structure)) as typeof structure;
      let i = 0;
      for (const p of revised.programs)
        for (const a of p.areas) for (const g of a.goals) if (i++ % 10 === 0) g.text = `${g.text} (ny)`;
      s.emu.resetStats();
      const r = await s.service.applyLoad(revised, "sv");
      expect(r.updatedCells?.text).toBe(200);
      expect(s.emu.stats.syncs).toBeGreaterThan(4);
      expect(s.emu.stats.maxRequestBytes).toBeLessThanOrEqual(budget);
    } finally {
      s.restore();
    }
  });
});

describe("goal tables too large for one answer", () => {
  test("are read in slices of rows; validate, fix and summary give the same results", async () => {
    const structure = scaledStructure(N);
    const whole = setup();
    // Excel on the web answers up to 5 MB; a tenth of that makes 10,000 goals "too large".
    const sliced = setup({ maxResponseBytes: 500_000 });
    try {
      for (const s of [whole, sliced]) await s.service.applyLoad(structure, "sv");
      for (const s of [whole, sliced]) s.emu.workbook.typeValues("Mål", "G5", [[" röd"]]);

      whole.emu.resetStats();
      sliced.emu.resetStats();
      const a = await whole.service.validate();
      const b = await sliced.service.validate();
      expect(b).toEqual(a);
      expect(whole.emu.stats.syncs).toBe(2);
      expect(sliced.emu.stats.syncs).toBeGreaterThan(3);
      // Refused answers are retried smaller; every answer that arrived fits the limit.
      const answered = sliced.emu.stats.requests.filter((r) => r.failed === undefined);
      expect(Math.max(...answered.map((r) => r.responseBytes))).toBeLessThanOrEqual(500_000);

      expect(await sliced.service.fixAll()).toEqual(await whole.service.fixAll());
      expect(await sliced.service.refreshSummary("sv")).toEqual(await whole.service.refreshSummary("sv"));
      expect(state(sliced)).toEqual(state(whole));
    } finally {
      whole.restore();
      sliced.restore();
    }
  });

  test("above the first read's 10,000 rows, the rest comes in slices and Excel refuses no request", async () => {
    const structure = scaledStructure(25_000);
    const s = setup();
    try {
      await s.service.applyLoad(structure, "sv");
      s.emu.workbook.typeValues("Mål", "G24000", [["GRÖN"]]);
      s.emu.resetStats();
      const v = await s.service.validate();
      expect(v.goals).toBe(25_000);
      // The normalisable cell far past the first read is found, at its own cell.
      expect(v.issues.filter((i) => i.code === "normalisable-status").map((i) => i.address)).toEqual([
        "Mål!G24000",
      ]);
      // Probe, the read with the first 10,000 rows, then the remaining 15,000 rows in slices.
      expect(s.emu.stats.syncs).toBeGreaterThan(2);
      expect(s.emu.stats.syncs).toBeLessThanOrEqual(5);
      expect(s.emu.stats.requests.filter((r) => r.failed !== undefined)).toEqual([]);
    } finally {
      s.restore();
    }
  });
});

describe("the size arithmetic", () => {
  test("UTF-8 length counts å, ä, ö as two bytes and emoji as four", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("Mål")).toBe(4);
    expect(utf8Length("€")).toBe(3);
    expect(utf8Length("🌍")).toBe(4);
    expect(jsonBytes([["Grön"]])).toBe(Buffer.byteLength(JSON.stringify([["Grön"]]), "utf8"));
  });

  test("row slices cover the grid in order, each within the budget unless a single row is larger", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`rad ${i}`, "å".repeat(i % 50)]);
    const slices = sliceRows(rows, 5_000);
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.flatMap((sl) => sl.rows)).toEqual(rows);
    let offset = 0;
    for (const sl of slices) {
      expect(sl.offset).toBe(offset);
      offset += sl.rows.length;
      expect(jsonBytes(sl.rows)).toBeLessThanOrEqual(5_000);
    }
    expect(sliceRows(rows, 10_000_000)).toHaveLength(1);
  });

  test("a batch is one chunk up to the budget and keeps its order when cut", () => {
    const batch = new WriteBatch();
    for (let i = 0; i < 10; i++) batch.add(`op ${i}`, 1, "x".repeat(1_000), () => undefined);
    expect(batch.chunks(DEFAULT_REQUEST_BUDGET)).toHaveLength(1);
    const chunks = batch.chunks(3_000);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.flat().map((op) => op.label)).toEqual(batch.ops.map((op) => op.label));
    for (const c of chunks) expect(c.reduce((n, op) => n + op.bytes, 0)).toBeLessThanOrEqual(3_000);
  });
});
