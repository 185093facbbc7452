// The pane's Kolada transport (src/taskpane/koladaTransport.ts) against the local v3 stand-in
// (test/kolada/server.ts), with Node's fetch in the window's place: the same client the pane
// uses follows next_url across pages after a 429 with Retry-After, sends accept:
// application/json, and a refused connection is a network failure, as the pane reports it.
import { createServer } from "http";
import type { AddressInfo } from "net";
import { createKoladaClient, KoladaError, type KoladaClientOptions } from "../../src/kolada";
import { browserTransport } from "../../src/taskpane/koladaTransport";
import { fixtureKpis, startKoladaStub, type KoladaStub } from "./server";

let stub: KoladaStub;
let waits: number[];

function client(base: string, extra: Partial<KoladaClientOptions> = {}) {
  return createKoladaClient({
    transport: browserTransport(fetch),
    baseUrl: base,
    backoffMs: 1,
    timeoutMs: 2000,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
}

beforeEach(async () => {
  waits = [];
  stub = await startKoladaStub({ kpis: fixtureKpis(), pageSize: 4 });
});
afterEach(async () => {
  await stub.close();
});

describe("the pane's Kolada transport (fetch)", () => {
  it("reads two pages after a 429 with Retry-After, deleted and null values left out", async () => {
    stub.queue.push({ match: "/data/", kind: "status", status: 429, headers: { "retry-after": "2" } });
    const values = await client(stub.base).values(["N00401", "N00402"], "1980", [2020, 2021, 2022, 2023]);
    expect(waits).toEqual([2000]);
    const data = stub.requests.filter((r) => r.includes("/data/"));
    expect(data).toHaveLength(3);
    expect(data[2]).toContain("page=2");
    const t = values.filter((v) => v.gender === "T").map((v) => [v.kpi, v.year, v.value]);
    expect(t).toEqual(
      expect.arrayContaining([
        ["N00401", 2020, 40],
        ["N00401", 2023, 47],
        ["N00402", 2020, 100],
      ]),
    );
    expect(t.some(([kpi, year]) => kpi === "N00402" && (year === 2022 || year === 2023))).toBe(false);
    expect([...(await client(stub.base).knownKpis(["N00401", "X99999"]))]).toEqual(["N00401"]);
  });

  it("asks for JSON and sends no credentials", async () => {
    const seen: { accept?: string; cookie?: string }[] = [];
    const server = createServer((req, res) => {
      seen.push({ accept: req.headers.accept, cookie: req.headers.cookie });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ values: [{ id: "N00401" }], count: 1, next_url: null }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await client(`http://127.0.0.1:${port}/v3`).knownKpis(["N00401"]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(seen).toEqual([{ accept: "application/json", cookie: undefined }]);
  });

  it("a host that cannot be reached is a network failure after the retries", async () => {
    const base = stub.base;
    await stub.close();
    const error = await client(base, { retries: 1 })
      .knownKpis(["N00401"])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KoladaError);
    expect((error as KoladaError).kind).toBe("network");
    expect(waits).toEqual([1]);
    // Closed twice is harmless for the afterEach.
    stub.close = async () => undefined;
  });
});
