// A local stand-in for Kolada's API v3 on 127.0.0.1 (node:http, port 0), so no test reaches the
// internet. FIXTURE: built from the documentation of the v3 API, not recorded from the live
// service: GET /v3/kpi/{ids} lists known KPIs, GET /v3/data/kpi/{kpis}/municipality/{id}/year/{years}
// answers { values: [{ kpi, municipality, period, values: [{ gender, count, status, value,
// isdeleted }] }], count, next_url }, with next_url an absolute URL or null. Faults (429 with
// Retry-After, 500, a request never answered, malformed JSON) are queued or permanent per test.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "http";
import type { AddressInfo } from "net";

export const FIXTURE_NOTE = "Built from the Kolada API v3 documentation; not data from the live service.";

/** Per KPI, per year: the values by gender; `null` is a value Kolada lists without a number. */
export type KpiData = Record<number, Partial<Record<"T" | "K" | "M", number | null>> & { deleted?: boolean }>;

export interface Fault {
  /** Applies to requests whose path contains this. */
  match: string;
  kind: "status" | "hang" | "malformed" | "body";
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface KoladaStub {
  base: string;
  /** Every request's path and query, in order. */
  requests: string[];
  /** Served once each, in order, before normal answers. */
  queue: Fault[];
  /** Served on every matching request. */
  always: Fault[];
  close(): Promise<void>;
}

export interface StubOptions {
  kpis: Record<string, { title: string; data: KpiData }>;
  municipality?: string;
  /** Rows per page of a data answer (default: all on one page). */
  pageSize?: number;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(body);
}

function dataRows(options: StubOptions, kpis: string[], municipality: string, years: number[]): unknown[] {
  const rows: unknown[] = [];
  if (municipality !== (options.municipality ?? "1980")) return rows;
  for (const kpi of kpis) {
    const data = options.kpis[kpi]?.data;
    if (!data) continue;
    for (const year of years) {
      const entry = data[year];
      if (!entry) continue;
      const values = (["T", "K", "M"] as const)
        .filter((g) => g in entry)
        .map((gender) => ({
          gender,
          count: 1,
          status: "",
          value: entry[gender] ?? null,
          isdeleted: entry.deleted === true,
        }));
      rows.push({ kpi, municipality, period: year, values });
    }
  }
  return rows;
}

export async function startKoladaStub(options: StubOptions): Promise<KoladaStub> {
  const stub: KoladaStub = {
    base: "",
    requests: [],
    queue: [],
    always: [],
    close: async () => undefined,
  };
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", stub.base);
    const where = `${url.pathname}${url.search}`;
    stub.requests.push(where);
    const queued = stub.queue.findIndex((f) => where.includes(f.match));
    const fault =
      queued >= 0 ? stub.queue.splice(queued, 1)[0] : stub.always.find((f) => where.includes(f.match));
    if (fault) {
      if (fault.kind === "hang") {
        hanging.add(res);
        return;
      }
      if (fault.kind === "malformed") return send(res, 200, '{"values": [{"kpi": "N0', fault.headers);
      return send(res, fault.status ?? 200, fault.body ?? "{}", fault.headers);
    }
    const parts = url.pathname.split("/").filter((p) => p !== "");
    // ["v3", "kpi", ids] or ["v3", "data", "kpi", kpis, "municipality", id, "year", years]
    if (parts[0] !== "v3") return send(res, 404, '{"error": "not found"}');
    if (parts[1] === "kpi" && parts.length === 3) {
      const values = parts[2]
        .split(",")
        .filter((id) => id in options.kpis)
        .map((id) => ({ id, title: options.kpis[id].title, is_divided_by_gender: true }));
      return send(res, 200, JSON.stringify({ values, count: values.length, next_url: null }));
    }
    if (parts[1] === "data" && parts[2] === "kpi" && parts[4] === "municipality" && parts[6] === "year") {
      const kpis = decodeURIComponent(parts[3]).split(",");
      const years = decodeURIComponent(parts[7]).split(",").map(Number);
      const rows = dataRows(options, kpis, parts[5], years);
      const size = options.pageSize ?? Math.max(1, rows.length);
      const page = Number(url.searchParams.get("page") ?? "1");
      const slice = rows.slice((page - 1) * size, page * size);
      const more = page * size < rows.length;
      const next = more ? `${stub.base}${url.pathname.slice(3)}?page=${page + 1}&per_page=${size}` : null;
      return send(res, 200, JSON.stringify({ values: slice, count: slice.length, next_url: next }));
    }
    return send(res, 404, '{"error": "not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  stub.base = `http://127.0.0.1:${port}/v3`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}

/** The fixture most tests use: two KPIs for Västerås (1980), one with a gap, deleted and null values. */
export function fixtureKpis(): StubOptions["kpis"] {
  return {
    // Andel förnybar energi (example figures).
    N00401: {
      title: "Exempelnyckeltal A",
      data: {
        2020: { T: 40, K: 41, M: 39 },
        2021: { T: 42, K: 43, M: 41 },
        2022: { T: 45.5, K: 46, M: 45 },
        2023: { T: 47, K: 48, M: 46 },
      },
    },
    // Utsläpp (example figures): 2021 is missing, 2022 is deleted, 2023 has no number.
    N00402: {
      title: "Exempelnyckeltal B",
      data: {
        2020: { T: 100, K: 90, M: 110 },
        2022: { T: 80, deleted: true },
        2023: { T: null },
      },
    },
  };
}
