// A file exported from Kolada's web interface (its Excel or CSV export), read from a grid of cell
// text into values per KPI, municipality, year and gender. We have no specification of that
// export, only Kolada's own descriptions (tables exported per table "till Excel", gender shown as
// Totalt / Kvinnor / Män), so the reader is tolerant: title rows above the header; Swedish and
// English header names; the KPI as its id (N00401) and/or its title; the municipality as its id
// (leading zeros restored: 0180) and/or its name; years as a period column with a value column or
// as one column per year; gender as a column (Totalt/Kvinnor/Män, T/K/M) or in a year header
// ("2023 Kvinnor"), total by default; decimal comma, thousands spaces, "%"; "..", "-" and empty
// cells are "no value". A layout it does not know gets a reason naming the columns it expected.
// Cell content is only ever compared and parsed as a number, never evaluated.
import type { Bilingual, KoladaGender } from "../domain";
import type { Params } from "../i18n";
import { t, type KoladaStringKey } from "../i18n/koladaStrings";

export interface ExportValue {
  /** "N00401"; null when the file gives only the title. */
  kpi: string | null;
  kpiTitle: string | null;
  /** Four digits, "0180"; null when the file gives only the name. */
  municipalityId: string | null;
  municipalityName: string | null;
  year: number;
  gender: KoladaGender;
  value: number;
}

export interface KoladaExport {
  values: ExportValue[];
  /** "rows": a period column; "columns": one column per year. */
  layout: "rows" | "columns";
  /** The file names no municipality: its values are taken as the workbook's municipality's. */
  noMunicipality: boolean;
  /** Cells that are neither a number nor a "no value" mark, left out ("C7: abc"). */
  unreadable: string[];
}

export type ExportRead = { ok: true; file: KoladaExport } | { ok: false; reason: Bilingual };

type Role = "kpi" | "kpiTitle" | "municipalityId" | "municipality" | "gender" | "period" | "value";

/** Header names, compared after normalise(): lower case, "_" and "-" as spaces, no trailing ":". */
const HEADERS: Record<Role, readonly string[]> = {
  kpi: ["kpi", "kpi id", "kpiid", "nyckeltals id", "nyckeltalsid", "nyckeltal id", "kpi kod", "kpi code"],
  kpiTitle: [
    "nyckeltal",
    "nyckeltalsnamn",
    "nyckeltalets namn",
    "titel",
    "title",
    "kpi title",
    "kpi titel",
    "kpi name",
    "kpi namn",
    "key figure",
    "key performance indicator",
    "indicator",
  ],
  municipalityId: [
    "kommun id",
    "kommunid",
    "kommunkod",
    "kommunnummer",
    "kommun nr",
    "municipality id",
    "municipality code",
    "municipalityid",
    "region id",
  ],
  municipality: [
    "kommun",
    "kommunnamn",
    "kommun/region",
    "kommun eller region",
    "municipality",
    "municipality name",
    "region",
    "område",
    "organisation",
  ],
  gender: ["kön", "kon", "gender", "sex"],
  period: ["år", "ar", "årtal", "period", "tidsperiod", "year"],
  value: ["värde", "varde", "value", "utfall"],
};

const GENDERS: Record<string, KoladaGender> = {
  "": "T",
  t: "T",
  totalt: "T",
  total: "T",
  alla: "T",
  samtliga: "T",
  "båda könen": "T",
  "both sexes": "T",
  k: "K",
  kvinnor: "K",
  kvinna: "K",
  flickor: "K",
  women: "K",
  woman: "K",
  female: "K",
  f: "K",
  girls: "K",
  m: "M",
  män: "M",
  man: "M",
  pojkar: "M",
  men: "M",
  male: "M",
  boys: "M",
};

/** What Kolada and Excel show for "no value". */
const NO_VALUE = new Set(["", ".", "..", "...", "…", "-", "–", "—", "x"]);

const KPI_ID = /\b([A-Z]\d{5})\b/;
const YEAR = /^(\d{4})$/;
const YEAR_HEADER = /^(\d{4})(?:\s*[,(-]?\s*([\p{L} ]+?)\)?)?$/u;

/** Rows above the header that may be titles; beyond them a file is not an export. */
const HEADER_SEARCH_ROWS = 30;

export function normalise(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[_\u2010-\u2013-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*:$/, "");
}

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2200;
}

/** The number in a cell; null for "no value"; undefined when it is neither. */
export function exportNumber(raw: string): number | null | undefined {
  let s = raw.trim();
  if (NO_VALUE.has(s.toLowerCase())) return null;
  s = s
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/%$/, "")
    .replace(/^\u2212/, "-");
  // A decimal comma (Kolada's and Swedish Excel's); a comma is never a thousands separator here.
  if (/^[+-]?\d+,\d+$/.test(s)) s = s.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

interface Column {
  index: number;
  role: Role;
}

interface YearColumn {
  index: number;
  year: number;
  gender: KoladaGender | null;
}

interface Header {
  row: number;
  columns: Column[];
  years: YearColumn[];
}

function roleOf(header: string): Role | null {
  const h = normalise(header);
  for (const role of Object.keys(HEADERS) as Role[]) if (HEADERS[role].includes(h)) return role;
  return null;
}

function yearColumn(header: string, index: number): YearColumn | null {
  const m = YEAR_HEADER.exec(normalise(header));
  if (!m || !validYear(Number(m[1]))) return null;
  const gender = m[2] === undefined ? null : GENDERS[m[2].trim()];
  if (gender === undefined) return null;
  return { index, year: Number(m[1]), gender };
}

function readHeader(cells: readonly string[], row: number): Header {
  const columns: Column[] = [];
  const years: YearColumn[] = [];
  const taken = new Set<Role>();
  cells.forEach((cell, index) => {
    const role = roleOf(cell);
    if (role !== null && !taken.has(role)) {
      taken.add(role);
      columns.push({ index, role });
      return;
    }
    const year = yearColumn(cell, index);
    if (year !== null) years.push(year);
  });
  return { row, columns, years };
}

const has = (h: Header, role: Role): boolean => h.columns.some((c) => c.role === role);

/** A row holds the values: a period and a value column, or year columns. */
function holdsValues(h: Header): boolean {
  return (has(h, "period") && has(h, "value")) || h.years.length > 0;
}

function reason(key: KoladaStringKey, params: Params = {}): Bilingual {
  return { sv: t("sv", key, params), en: t("en", key, params) };
}

function address(row: number, col: number): string {
  let c = col + 1;
  let letters = "";
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** "N00401" in any kpi cell; the title is the text beside it ("N00401 Andel …") or the cell. */
function kpiOf(cell: string, role: "kpi" | "kpiTitle"): { id: string | null; title: string | null } {
  const text = cell.trim();
  const m = KPI_ID.exec(text);
  if (m === null) return { id: null, title: text === "" ? null : text };
  const rest = text
    .replace(m[1], "")
    .replace(/^[\s:–-]+/, "")
    .trim();
  return { id: m[1], title: role === "kpiTitle" && rest !== "" ? rest : null };
}

/** "1980", "180" (Excel drops the zero: 0180), "1980 Västerås"; else a name. */
function municipalityOf(cell: string): { id: string | null; name: string | null } {
  const text = cell.trim();
  if (text === "") return { id: null, name: null };
  if (/^\d{1,4}$/.test(text)) return { id: text.padStart(4, "0"), name: null };
  const m = /^(\d{4})\s+[-–]?\s*(.+)$/.exec(text);
  if (m) return { id: m[1], name: m[2].trim() };
  return { id: null, name: text };
}

function findHeader(grid: readonly (readonly string[])[]): Header | null {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const h = readHeader(grid[r], r);
    const named = h.columns.some((c) => c.role !== "period" && c.role !== "value");
    if (holdsValues(h) && (named || h.years.length > 0)) return h;
  }
  return null;
}

/** The one KPI id the title rows above the header name, if exactly one. */
function preambleKpi(grid: readonly (readonly string[])[], header: number): string | null {
  const ids = new Set<string>();
  for (let r = 0; r < header; r++)
    for (const cell of grid[r]) for (const m of cell.matchAll(/\b([A-Z]\d{5})\b/g)) ids.add(m[1]);
  return ids.size === 1 ? [...ids][0] : null;
}

function firstRow(grid: readonly (readonly string[])[]): string {
  const row = grid.find((r) => r.some((c) => c.trim() !== "")) ?? [];
  return row
    .map((c) => c.trim())
    .filter((c) => c !== "")
    .slice(0, 8)
    .join(" | ");
}

/** The values of a Kolada export given as rows of cell text (a CSV's or a sheet's). */
export function readKoladaExport(grid: readonly (readonly string[])[]): ExportRead {
  const header = findHeader(grid);
  if (header === null) {
    return { ok: false, reason: reason("ind.file.unknownLayout", { first: firstRow(grid) || "–" }) };
  }
  const layout = has(header, "period") && has(header, "value") ? "rows" : "columns";
  // The first column of a year table often has no header: the KPI, or else the municipality.
  const first = grid[header.row][0] ?? "";
  if (layout === "columns" && first.trim() === "" && !header.columns.some((c) => c.index === 0)) {
    const role: Role | null = !(has(header, "kpi") || has(header, "kpiTitle"))
      ? "kpiTitle"
      : !(has(header, "municipality") || has(header, "municipalityId"))
        ? "municipality"
        : null;
    if (role !== null) header.columns.push({ index: 0, role });
  }
  const fixedKpi = has(header, "kpi") || has(header, "kpiTitle") ? null : preambleKpi(grid, header.row);
  if (!has(header, "kpi") && !has(header, "kpiTitle") && fixedKpi === null) {
    return {
      ok: false,
      reason: reason("ind.file.noKpiColumn", { row: header.row + 1, first: firstRow([grid[header.row]]) }),
    };
  }
  const col = (role: Role): number | null => header.columns.find((c) => c.role === role)?.index ?? null;
  const at = {
    kpi: col("kpi"),
    kpiTitle: col("kpiTitle"),
    municipalityId: col("municipalityId"),
    municipality: col("municipality"),
    gender: col("gender"),
    period: col("period"),
    value: col("value"),
  };
  const values: ExportValue[] = [];
  const unreadable: string[] = [];
  const cellAt = (row: readonly string[], i: number | null): string => (i === null ? "" : (row[i] ?? ""));
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r];
    if (row.every((c) => c.trim() === "")) continue;
    const fromId = kpiOf(cellAt(row, at.kpi), "kpi");
    const fromTitle = kpiOf(cellAt(row, at.kpiTitle), "kpiTitle");
    const kpi = fromId.id ?? fromTitle.id ?? fixedKpi;
    const kpiTitle = fromTitle.title ?? (fromId.id === null ? fromId.title : null);
    if (kpi === null && kpiTitle === null) continue;
    const byId = municipalityOf(cellAt(row, at.municipalityId));
    const byName = municipalityOf(cellAt(row, at.municipality));
    const municipalityId = byId.id ?? byName.id;
    const municipalityName = byName.name ?? byId.name;
    let rowGender: KoladaGender = "T";
    if (at.gender !== null) {
      const g = GENDERS[normalise(cellAt(row, at.gender))];
      if (g === undefined) {
        unreadable.push(`${address(r, at.gender)}: ${cellAt(row, at.gender).trim()}`);
        continue;
      }
      rowGender = g;
    }
    const push = (year: number, gender: KoladaGender, index: number): void => {
      const raw = cellAt(row, index);
      const value = exportNumber(raw);
      if (value === undefined) unreadable.push(`${address(r, index)}: ${raw.trim()}`);
      else if (value !== null)
        values.push({ kpi, kpiTitle, municipalityId, municipalityName, year, gender, value });
    };
    if (layout === "rows" && at.period !== null && at.value !== null) {
      const p = cellAt(row, at.period).trim();
      const m = YEAR.exec(p);
      if (m === null || !validYear(Number(m[1]))) {
        if (p !== "") unreadable.push(`${address(r, at.period)}: ${p}`);
        continue;
      }
      push(Number(m[1]), rowGender, at.value);
    } else {
      for (const y of header.years) push(y.year, y.gender ?? rowGender, y.index);
    }
  }
  const noMunicipality = at.municipality === null && at.municipalityId === null;
  return { ok: true, file: { values, layout, noMunicipality, unreadable } };
}
