import { createEmulator, type Emulator } from "./index";

function rows(n: number, text = "Minska utsläppen av växthusgaser"): string[][] {
  return Array.from({ length: n }, (_, i) => [`M${i + 1}`, `${text} ${i + 1}`, "Gul"]);
}

async function writeRows(emu: Emulator, data: string[][]): Promise<void> {
  await emu.Excel.run(async (context) => {
    const last = String.fromCharCode(64 + data[0].length);
    context.workbook.worksheets.getItem("Mål").getRange(`A1:${last}${data.length}`).values = data;
    await context.sync();
  });
}

describe("stats", () => {
  test("counts syncs, requests and commands; an empty sync sends nothing", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("A1").values = [[1]];
      ws.getRange("A2").values = [[2]];
      ws.getRange("A1:A2").load("values");
      await context.sync();
      await context.sync();
    });
    expect(emu.stats.syncs).toBe(2);
    expect(emu.stats.requests).toHaveLength(1);
    expect(emu.stats.requests[0].commands).toBe(3);
    expect(emu.stats.requests[0].responseBytes).toBeGreaterThan(0);
    emu.resetStats();
    expect(emu.stats).toEqual({
      syncs: 0,
      requests: [],
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      totalRequestBytes: 0,
    });
  });

  test("request bytes grow with the values sent, in UTF-8", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await writeRows(emu, rows(10));
    await writeRows(emu, rows(1000));
    const [small, large] = emu.stats.requests.map((r) => r.bytes);
    expect(large).toBeGreaterThan(small * 50);
    // The values themselves are in the request: at least their JSON size.
    expect(large).toBeGreaterThan(Buffer.byteLength(JSON.stringify(rows(1000)), "utf8"));
    expect(emu.stats.maxRequestBytes).toBe(large);
    emu.resetStats();
    await writeRows(emu, [["ö".repeat(1000)]]);
    const accented = emu.stats.requests[0].bytes;
    emu.resetStats();
    await writeRows(emu, [["o".repeat(1000)]]);
    expect(accented - emu.stats.requests[0].bytes).toBe(1000); // "ö" is two bytes in UTF-8
  });

  test("a request over the limit is refused whole with RequestPayloadSizeLimitExceeded", async () => {
    const emu = createEmulator({ sheets: ["Mål"], maxRequestBytes: 50_000 });
    await expect(
      emu.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Mål");
        ws.getRange("E1").values = [["small first"]];
        ws.getRange("A1:C1000").values = rows(1000);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(emu.workbook.usedRange("Mål")).toBeNull();
    expect(emu.stats.requests[0]).toMatchObject({ failed: "RequestPayloadSizeLimitExceeded" });
    // Chunked below the limit, the same data goes through.
    emu.resetStats();
    for (let start = 0; start < 1000; start += 250) {
      await emu.Excel.run(async (context) => {
        const chunk = rows(1000).slice(start, start + 250);
        context.workbook.worksheets.getItem("Mål").getRange(`A${start + 1}:C${start + 250}`).values = chunk;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk is the point here
        await context.sync();
      });
    }
    expect(emu.workbook.values("Mål", "A1000:A1000")).toEqual([["M1000"]]);
    expect(emu.stats.maxRequestBytes).toBeLessThan(50_000);
  });

  test("the default limit is Excel on the web's 5 MB", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    const big = Array.from({ length: 20_000 }, (_, i) => [`M${i}`, "x".repeat(250)]);
    await expect(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("A1:B20000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(emu.stats.requests[0].bytes).toBeGreaterThan(5_000_000);
  });

  test("a response over the limit fails after the commands were applied", async () => {
    const emu = createEmulator({ sheets: ["Mål"], maxResponseBytes: 10_000 });
    await writeRows(emu, rows(500));
    await expect(
      emu.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Mål");
        ws.getRange("E1").values = [["written"]];
        ws.getRange("A1:C500").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(emu.workbook.values("Mål", "E1")).toEqual([["written"]]);
  });
});

describe("faults", () => {
  async function threeWrites(emu: Emulator): Promise<unknown> {
    return emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("A1").values = [["ett"]];
      ws.getRange("A2").values = [["två"]];
      ws.getRange("A3").values = [["tre"]];
      await context.sync();
    });
  }
  const column = (emu: Emulator) => emu.workbook.values("Mål", "A1:A3").map((r) => r[0]);

  test("applied: none — the workbook is as it was", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    const before = emu.workbook.dump();
    emu.faults.failNextSync({ code: "GeneralException", message: "boom", applied: "none" });
    await expect(threeWrites(emu)).rejects.toMatchObject({ code: "GeneralException", message: "boom" });
    expect(emu.workbook.dump()).toEqual(before);
    expect(emu.faults.pending()).toEqual([]);
    await threeWrites(emu); // a retry works
    expect(column(emu)).toEqual(["ett", "två", "tre"]);
  });

  test("applied: k — the first k commands are applied, the rest not", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    emu.faults.failNextSync({ applied: 2 });
    await expect(threeWrites(emu)).rejects.toMatchObject({ code: "GeneralException" });
    expect(column(emu)).toEqual(["ett", "två", ""]);
  });

  test("applied: all — everything applied but the answer is lost (connection dropped)", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    emu.faults.connectionLost("all");
    await expect(threeWrites(emu)).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(column(emu)).toEqual(["ett", "två", "tre"]);
  });

  test("loads in a failed sync deliver nothing", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    emu.faults.failNextSync({ applied: "all" });
    await emu.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Mål").getRange("A1").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("failOnSync(n) fails the n-th sync from now and counts empty syncs too", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    emu.faults.failOnSync(3, { code: "ConnectionFailure", applied: "none" });
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      ws.getRange("A1").values = [[1]];
      await context.sync(); // 1
      await context.sync(); // 2 (empty)
      ws.getRange("A2").values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ConnectionFailure" }); // 3
      ws.getRange("A3").values = [[3]];
      await context.sync(); // 4
    });
    expect(column(emu)).toEqual([1, "", 3]);
  });

  test("a natural error mid-batch leaves the earlier commands applied, as Excel does", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    emu.workbook.typeValues("Mål", "A1", [["skyddad"]]);
    await expect(
      emu.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Mål");
        ws.getRange("B1").values = [["före"]];
        ws.protection.protect();
        ws.getRange("A1").values = [["efter"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied", debugInfo: { commandIndex: 2 } });
    expect(emu.workbook.values("Mål", "A1:B1")).toEqual([["skyddad", "före"]]);
  });

  test("faults can be cleared, and bad specs are refused", () => {
    const emu = createEmulator();
    emu.faults.failOnSync(2);
    expect(emu.faults.pending()).toHaveLength(1);
    emu.faults.clear();
    expect(emu.faults.pending()).toEqual([]);
    expect(() => emu.faults.failOnSync(0)).toThrow(RangeError);
    expect(() => emu.faults.failNextSync({ applied: -1 })).toThrow(RangeError);
  });

  test("reset gives a fresh workbook and clears stats and faults", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    await writeRows(emu, rows(2));
    emu.faults.failNextSync();
    emu.reset();
    expect(emu.workbook.usedRange("Mål")).toBeNull();
    expect(emu.stats.syncs).toBe(0);
    expect(emu.faults.pending()).toEqual([]);
  });
});

describe("performance envelope", () => {
  test("10,000 goal rows in four chunks stay fast and under 4 MB per request", async () => {
    const emu = createEmulator({ sheets: ["Mål"] });
    const data = rows(10_000);
    const started = Date.now();
    await emu.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Mål");
      for (let i = 0; i < 4; i++)
        ws.getRange(`A${i * 2500 + 1}:C${(i + 1) * 2500}`).values = data.slice(i * 2500, (i + 1) * 2500);
      ws.tables.add("A1:C10000", true);
      await context.sync();
    });
    expect(emu.stats.syncs).toBe(1);
    expect(emu.stats.maxRequestBytes).toBeLessThan(4_000_000);
    expect(emu.workbook.table("Table1")!.rows).toHaveLength(9_999);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
