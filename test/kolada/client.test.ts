// The Kolada v3 client against a local server in the documented shape (test/kolada/server.ts),
// through the CLI's real Node transport: paging, retries on 429 (Retry-After) and 5xx, timeouts,
// malformed JSON, unknown KPIs, and the 25-ids-per-parameter limit. Waits are recorded, not slept.
import { nodeTransport } from "../../src/cli/transport";
import { createKoladaClient, KoladaError, retryAfterMs, type KoladaClientOptions } from "../../src/kolada";
import { fixtureKpis, startKoladaStub, type KoladaStub } from "./server";

let stub: KoladaStub;
let waits: number[];

function client(extra: Partial<KoladaClientOptions> = {}) {
  return createKoladaClient({
    transport: nodeTransport,
    baseUrl: stub.base,
    backoffMs: 1,
    timeoutMs: 2000,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
}

async function failure(p: Promise<unknown>): Promise<KoladaError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof KoladaError) return e;
    throw e;
  }
  throw new Error("expected a KoladaError");
}

beforeEach(async () => {
  waits = [];
  // The fixture has 7 rows for both KPIs in 2020–2023: two pages of at most 4.
  stub = await startKoladaStub({ kpis: fixtureKpis(), pageSize: 4 });
});

afterEach(async () => {
  await stub.close();
});

describe("Kolada client", () => {
  it("follows next_url through two pages after a 429 with Retry-After, skipping deleted and null values", async () => {
    stub.queue.push({ match: "/data/", kind: "status", status: 429, headers: { "retry-after": "2" } });
    const values = await client().values(["N00401", "N00402"], "1980", [2021, 2022, 2023, 2020]);
    const data = stub.requests.filter((r) => r.includes("/data/"));
    expect(data).toEqual([
      "/v3/data/kpi/N00401,N00402/municipality/1980/year/2020,2021,2022,2023",
      "/v3/data/kpi/N00401,N00402/municipality/1980/year/2020,2021,2022,2023",
      "/v3/data/kpi/N00401,N00402/municipality/1980/year/2020,2021,2022,2023?page=2&per_page=4",
    ]);
    // Retry-After: 2 is two seconds.
    expect(waits).toEqual([2000]);
    const totals = values.filter((v) => v.gender === "T").map((v) => [v.kpi, v.year, v.value]);
    expect(totals).toEqual([
      ["N00401", 2020, 40],
      ["N00401", 2021, 42],
      ["N00401", 2022, 45.5],
      ["N00401", 2023, 47],
      ["N00402", 2020, 100],
    ]);
    expect(values.filter((v) => v.kpi === "N00402" && v.year === 2020).map((v) => v.gender)).toEqual([
      "T",
      "K",
      "M",
    ]);
  });

  it("retries a 500 with growing backoff and then gives up, saying so plainly", async () => {
    stub.always.push({ match: "/data/", kind: "status", status: 500 });
    const e = await failure(client({ retries: 2 }).values(["N00401"], "1980", [2023]));
    expect(e.kind).toBe("http");
    expect(e.status).toBe(500);
    expect(waits).toEqual([1, 2]);
    expect(stub.requests.filter((r) => r.includes("/data/"))).toHaveLength(3);
    expect(e.reason.sv).toBe(
      `${stub.base}/data/kpi/N00401/municipality/1980/year/2023: Kolada svarade med HTTP 500, även efter 3 försök.`,
    );
    expect(e.reason.en).toContain("Kolada answered HTTP 500, even after 3 attempts.");
  });

  it("recovers when a 5xx passes", async () => {
    stub.queue.push({ match: "/data/", kind: "status", status: 503 });
    const values = await client().values(["N00401"], "1980", [2023]);
    expect(values.find((v) => v.gender === "T")?.value).toBe(47);
    expect(waits).toEqual([1]);
  });

  it("does not retry other client errors", async () => {
    stub.always.push({ match: "/data/", kind: "status", status: 404, body: '{"error":"not found"}' });
    const e = await failure(client().values(["N00401"], "1980", [2023]));
    expect(e.kind).toBe("http");
    expect(e.status).toBe(404);
    expect(waits).toEqual([]);
  });

  it("times out a request that is never answered, retrying a bounded number of times", async () => {
    stub.always.push({ match: "/data/", kind: "hang" });
    // Long enough that the stub's other answers come in time on a loaded machine (100 ms did not,
    // once), short enough for two attempts to stay a second and a half.
    const e = await failure(client({ timeoutMs: 750, retries: 1 }).values(["N00401"], "1980", [2023]));
    expect(e.kind).toBe("timeout");
    expect(stub.requests.filter((r) => r.includes("/data/"))).toHaveLength(2);
    expect(e.reason.sv).toContain("inget svar från Kolada inom 0,75 s, efter 2 försök");
    expect(e.reason.en).toContain("no answer from Kolada within 0.75 s, after 2 attempts");
  });

  it("reports malformed JSON plainly, without retrying", async () => {
    stub.always.push({ match: "/data/", kind: "malformed" });
    const e = await failure(client().values(["N00401"], "1980", [2023]));
    expect(e.kind).toBe("json");
    expect(e.reason.sv).toContain(": svaret är inte giltig JSON (");
    expect(e.reason.en).toContain(": the answer is not valid JSON (");
    expect(waits).toEqual([]);
  });

  it("reports an answer of the wrong shape by its JSON path", async () => {
    stub.always.push({
      match: "/data/",
      kind: "body",
      body: JSON.stringify({ values: [{ kpi: "N00401", municipality: "1980", period: "2023", values: [] }] }),
    });
    const e = await failure(client().values(["N00401"], "1980", [2023]));
    expect(e.kind).toBe("shape");
    expect(e.reason.en).toContain("does not have the shape Kolada v3 documents: $.values[0].period.");
  });

  it("tells known KPIs from unknown ones", async () => {
    const known = await client().knownKpis(["N00401", "N99999"]);
    expect([...known]).toEqual(["N00401"]);
  });

  it("splits more than 25 KPIs or years into several requests", async () => {
    const kpis = Array.from({ length: 26 }, (_, i) => `N${String(10000 + i)}`);
    const years = Array.from({ length: 30 }, (_, i) => 1990 + i);
    await client().values(kpis, "1980", years);
    const data = stub.requests.filter((r) => r.includes("/data/"));
    expect(data).toHaveLength(4);
    for (const r of data) {
      const [, , , , kpiList, , , , yearList] = r.split("/");
      expect(kpiList.split(",").length).toBeLessThanOrEqual(25);
      expect(yearList.split(",").length).toBeLessThanOrEqual(25);
    }
    await client().knownKpis(kpis);
    expect(stub.requests.filter((r) => r.startsWith("/v3/kpi/"))).toHaveLength(2);
  });

  it("never follows next_url to another server", async () => {
    stub.always.push({
      match: "/data/",
      kind: "body",
      body: JSON.stringify({ values: [], count: 0, next_url: "https://example.invalid/v3/data/x" }),
    });
    const e = await failure(client().values(["N00401"], "1980", [2023]));
    expect(e.kind).toBe("paging");
    expect(e.reason.en).toContain("points outside http://127.0.0.1:");
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    expect(retryAfterMs("3", now)).toBe(3000);
    expect(retryAfterMs("Tue, 01 Dec 2026 12:00:05 GMT", now)).toBe(5000);
    expect(retryAfterMs("Tue, 01 Dec 2026 11:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });

  it("caps a long Retry-After at maxDelayMs", async () => {
    stub.queue.push({ match: "/data/", kind: "status", status: 429, headers: { "retry-after": "3600" } });
    await client({ maxDelayMs: 50 }).values(["N00401"], "1980", [2023]);
    expect(waits).toEqual([50]);
  });
});
