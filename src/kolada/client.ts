// A client for Kolada's API v3, in the domain's terms: values per KPI, municipality, year and
// gender. Every request goes through the injected transport, has a timeout, and is retried a
// bounded number of times on HTTP 429 and 5xx (honouring Retry-After) and on timeouts and network
// failures. Pages are followed through `next_url` until it is null. Failures are KoladaErrors
// with a plain reason in Swedish and English.
//
// The v3 data answer, as documented: { "values": [row…], "count": n, "next_url": string | null },
// each row { kpi, municipality, period, values: [{ gender, count, status, value, isdeleted }] }.
import type { Params } from "../i18n";
import { t, type KoladaStringKey } from "../i18n/koladaStrings";
import type { Bilingual, KoladaGender } from "../domain";
import type { Transport, TransportResponse } from "./transport";

export const KOLADA_BASE_URL = "https://api.kolada.se/v3";

/** Kolada accepts at most this many ids in one path parameter. */
export const KOLADA_MAX_IDS = 25;

export type KoladaErrorKind = "http" | "timeout" | "network" | "json" | "shape" | "paging";

export class KoladaError extends Error {
  constructor(
    readonly kind: KoladaErrorKind,
    readonly url: string,
    readonly reason: Bilingual,
    readonly status?: number,
  ) {
    super(reason.en);
    this.name = "KoladaError";
  }
}

function koladaError(
  kind: KoladaErrorKind,
  url: string,
  key: KoladaStringKey,
  params: Params,
  status?: number,
) {
  const all = { ...params, url };
  return new KoladaError(kind, url, { sv: t("sv", key, all), en: t("en", key, all) }, status);
}

export interface KoladaClientOptions {
  transport: Transport;
  /** Default https://api.kolada.se/v3. */
  baseUrl?: string;
  /** Per request, default 30 s. */
  timeoutMs?: number;
  /** Retries after the first attempt, default 3. */
  retries?: number;
  /** The first retry's wait when the server gives no Retry-After; doubles each time. Default 1 s. */
  backoffMs?: number;
  /** The longest single wait, Retry-After included. Default 60 s. */
  maxDelayMs?: number;
  /** Pages followed per request at most, default 1000. */
  maxPages?: number;
  /** How to wait; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch, for Retry-After dates. */
  now?: () => number;
  /** Called before every attempt, e.g. to count or log requests. */
  onRequest?: (url: string, attempt: number) => void;
}

export interface KoladaValue {
  kpi: string;
  municipality: string;
  year: number;
  gender: KoladaGender;
  value: number;
}

export interface KoladaClient {
  readonly baseUrl: string;
  /** The ids among `kpis` that Kolada knows (GET /kpi/{ids}). */
  knownKpis(kpis: readonly string[]): Promise<Set<string>>;
  /** Every value (all genders) of `kpis` for `municipality` in `years`, deleted and null ones left out. */
  values(kpis: readonly string[], municipality: string, years: readonly number[]): Promise<KoladaValue[]>;
}

type Row = Record<string, unknown>;

const ORIGIN = /^https?:\/\/[^/?#]+/i;

/** Splits a list into pieces of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | null {
  if (value === undefined || value.trim() === "") return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function isObject(v: unknown): v is Row {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function createKoladaClient(options: KoladaClientOptions): KoladaClient {
  const baseUrl = (options.baseUrl ?? KOLADA_BASE_URL).replace(/\/+$/, "");
  const origin = ORIGIN.exec(baseUrl)?.[0] ?? "";
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const maxPages = options.maxPages ?? 1000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? (() => Date.now());

  type Attempt = { response: TransportResponse } | { failure: "timeout" | "network"; detail: string };

  async function attempt(url: string): Promise<Attempt> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The race bounds the wait even for a transport that ignores the signal.
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve("timeout");
      }, timeoutMs);
    });
    try {
      const result = await Promise.race([options.transport(url, { signal: controller.signal }), timeout]);
      if (result === "timeout") return { failure: "timeout", detail: "" };
      return { response: result };
    } catch (e) {
      if (controller.signal.aborted) return { failure: "timeout", detail: "" };
      return { failure: "network", detail: e instanceof Error ? e.message : String(e) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** One GET with retries; resolves to the parsed JSON body of a 2xx answer. */
  async function getJson(url: string): Promise<unknown> {
    for (let n = 0; ; n++) {
      options.onRequest?.(url, n + 1);
      const result = await attempt(url);
      const last = n >= retries;
      let wait = Math.min(maxDelayMs, backoffMs * 2 ** n);
      if ("failure" in result) {
        if (last) {
          return result.failure === "timeout"
            ? Promise.reject(
                koladaError("timeout", url, "ind.kolada.timeout", {
                  seconds: Number((timeoutMs / 1000).toFixed(3)),
                  attempts: n + 1,
                }),
              )
            : Promise.reject(
                koladaError("network", url, "ind.kolada.network", { attempts: n + 1, detail: result.detail }),
              );
        }
      } else {
        const { status, headers, text } = result.response;
        if (status >= 200 && status < 300) return parseJson(url, text);
        const transient = status === 429 || status >= 500;
        if (!transient)
          return Promise.reject(koladaError("http", url, "ind.kolada.http", { status }, status));
        if (last) {
          return Promise.reject(
            koladaError("http", url, "ind.kolada.httpRetried", { status, attempts: n + 1 }, status),
          );
        }
        const after = retryAfterMs(headers["retry-after"], now());
        if (after !== null) wait = Math.min(maxDelayMs, after);
      }
      await sleep(wait);
    }
  }

  function parseJson(url: string, text: string): unknown {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw koladaError("json", url, "ind.kolada.json", {
        detail: e instanceof Error ? e.message : String(e),
      });
    }
  }

  function shapeError(url: string, path: string): KoladaError {
    return koladaError("shape", url, "ind.kolada.shape", { detail: path });
  }

  /** All rows of a listing, following next_url. */
  async function getAll(first: string): Promise<{ url: string; rows: unknown[] }[]> {
    const pages: { url: string; rows: unknown[] }[] = [];
    const seen = new Set<string>();
    let url: string | null = first;
    while (url !== null) {
      if (seen.has(url) || pages.length >= maxPages) {
        throw koladaError("paging", first, "ind.kolada.tooManyPages", { limit: maxPages });
      }
      seen.add(url);
      const body = await getJson(url);
      if (!isObject(body) || !Array.isArray(body.values)) throw shapeError(url, "$.values");
      pages.push({ url, rows: body.values });
      const next = body.next_url;
      if (next === null || next === undefined || next === "") url = null;
      else if (typeof next !== "string") throw shapeError(url, "$.next_url");
      else url = nextUrl(url, next);
    }
    return pages;
  }

  function nextUrl(current: string, next: string): string {
    // Never follow a page to another server than the one asked.
    const resolved = next.startsWith("/") ? origin + next : next;
    if (ORIGIN.exec(resolved)?.[0].toLowerCase() !== origin.toLowerCase()) {
      throw koladaError("paging", current, "ind.kolada.foreignNext", { base: origin, next });
    }
    return resolved;
  }

  const ids = (list: readonly (string | number)[]) =>
    list.map((x) => encodeURIComponent(String(x))).join(",");

  async function knownKpis(kpis: readonly string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (const part of chunks([...new Set(kpis)], KOLADA_MAX_IDS)) {
      for (const page of await getAll(`${baseUrl}/kpi/${ids(part)}`)) {
        page.rows.forEach((row, i) => {
          if (!isObject(row) || typeof row.id !== "string") throw shapeError(page.url, `$.values[${i}].id`);
          known.add(row.id);
        });
      }
    }
    return known;
  }

  function readRow(url: string, row: unknown, i: number, out: KoladaValue[]): void {
    const at = `$.values[${i}]`;
    if (!isObject(row)) throw shapeError(url, at);
    const { kpi, municipality, period, values } = row;
    if (typeof kpi !== "string") throw shapeError(url, `${at}.kpi`);
    if (typeof municipality !== "string") throw shapeError(url, `${at}.municipality`);
    if (typeof period !== "number" || !Number.isInteger(period)) throw shapeError(url, `${at}.period`);
    if (!Array.isArray(values)) throw shapeError(url, `${at}.values`);
    values.forEach((v: unknown, j) => {
      const vat = `${at}.values[${j}]`;
      if (!isObject(v)) throw shapeError(url, vat);
      if (v.gender !== "T" && v.gender !== "K" && v.gender !== "M") throw shapeError(url, `${vat}.gender`);
      if (v.isdeleted === true || v.value === null || v.value === undefined) return;
      if (typeof v.value !== "number" || !Number.isFinite(v.value)) throw shapeError(url, `${vat}.value`);
      out.push({ kpi, municipality, year: period, gender: v.gender, value: v.value });
    });
  }

  async function values(
    kpis: readonly string[],
    municipality: string,
    years: readonly number[],
  ): Promise<KoladaValue[]> {
    const out: KoladaValue[] = [];
    const yearList = [...new Set(years)].sort((a, b) => a - b);
    for (const kpiPart of chunks([...new Set(kpis)], KOLADA_MAX_IDS)) {
      for (const yearPart of chunks(yearList, KOLADA_MAX_IDS)) {
        const url = `${baseUrl}/data/kpi/${ids(kpiPart)}/municipality/${ids([municipality])}/year/${ids(yearPart)}`;
        for (const page of await getAll(url)) page.rows.forEach((row, i) => readRow(page.url, row, i, out));
      }
    }
    return out.filter((v) => v.municipality === municipality);
  }

  return { baseUrl, knownKpis, values };
}
