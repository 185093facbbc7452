// Reading the indicator table (src/plan/indicatorSheet.ts) back from its cell text: each row an
// indicator of the goal its goal ID names, each year column's number a value. Pure, so every
// reader of a workbook (ExcelJS in the CLI, xlsxlite and Office.js in the pane) reads it the same
// way. Columns are found by header in either language; a year column is any header of four
// digits, so a column an official adds for a new year ("2027") is read too. A cell that cannot be
// read is an issue at its cell, never an exception: a bad number is left out (the row is still
// read), a row whose definition cannot be read (no ID, no baseline, an unknown goal, an ID twice)
// is left out whole.
import {
  LANGS,
  addIssue,
  idKey,
  joinOr,
  newIssueSink,
  type Bilingual,
  type Indicator,
  type IndicatorDirection,
  type IndicatorSource,
  type Issue,
  type IssueCode,
  type KoladaGender,
  type Lang,
  type MeasuredValue,
} from "../domain";
import { t, type Params, type StringKey } from "../i18n";
import { parseCell, qualifiedAddress } from "./a1";
import {
  INDICATOR_FIELDS,
  directionLabel,
  indicatorFieldHeader,
  sourceLabel,
  type IndicatorField,
} from "./indicatorSheet";
import { normaliseHeader } from "./layout";

/** A table as cell text (read.ts's TableData, which imports this reader). */
interface TableData {
  sheet: string;
  topLeft: string;
  header: string[];
  body: string[][];
}

/** One body row: the cells of the fields found and of every year column, as text. */
export interface IndicatorRow {
  /** 0-based position in the table body. */
  index: number;
  cells: Partial<Record<IndicatorField, string>>;
  years: { year: number; text: string }[];
}

/** The indicator table as read: its rows and where each cell is. */
export interface IndicatorTableRead {
  rows: IndicatorRow[];
  /** Position (0-based) of each field's column, and of each year's. */
  positions: Partial<Record<IndicatorField, number>>;
  yearPositions: Map<number, number>;
  /** "Indikatorer!M7" for a body row and column position. */
  address(row: number, column: number): string;
}

/** The indicators read, by goal (idKey of the goal ID), and the problems found. */
export interface IndicatorsRead {
  byGoal: Map<string, Indicator[]>;
  issues: Issue[];
}

const YEAR = /^\d{4}$/;

function fieldByHeader(): Map<string, IndicatorField> {
  const out = new Map<string, IndicatorField>();
  for (const f of INDICATOR_FIELDS) {
    for (const lang of LANGS) out.set(normaliseHeader(indicatorFieldHeader(f, lang)), f);
    out.set(normaliseHeader(f), f);
  }
  return out;
}

/** The table's columns and rows as text; null when it has no goal ID or indicator ID column. */
export function readIndicatorTable(table: TableData): IndicatorTableRead | null {
  const byName = fieldByHeader();
  const positions: Partial<Record<IndicatorField, number>> = {};
  const yearPositions = new Map<number, number>();
  table.header.forEach((h, i) => {
    const trimmed = h.trim();
    if (YEAR.test(trimmed)) {
      if (!yearPositions.has(Number(trimmed))) yearPositions.set(Number(trimmed), i);
      return;
    }
    const f = byName.get(normaliseHeader(h));
    if (f !== undefined && positions[f] === undefined) positions[f] = i;
  });
  if (positions.goalId === undefined || positions.id === undefined) return null;
  const years = [...yearPositions.entries()].sort((a, b) => a[0] - b[0]);
  const rows: IndicatorRow[] = table.body.map((row, index) => {
    const cells: IndicatorRow["cells"] = {};
    for (const f of INDICATOR_FIELDS) {
      const i = positions[f];
      if (i !== undefined) cells[f] = row[i] ?? "";
    }
    return { index, cells, years: years.map(([year, i]) => ({ year, text: row[i] ?? "" })) };
  });
  const top = parseCell(table.topLeft);
  const address = (row: number, column: number): string =>
    qualifiedAddress(table.sheet, top.row + 1 + row, top.col + column);
  return { rows, positions, yearPositions, address };
}

/**
 * A number as a cell holds it: the cell's own number ("12.5"), or one typed as text with a
 * decimal comma, spaces between thousands or a minus sign ("1 234,5", "−3"). Null otherwise.
 */
export function parseIndicatorNumber(text: string): number | null {
  let s = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/\u2212/g, "-");
  if (!s.includes(".") && /^[-+]?\d*,\d+$/.test(s)) s = s.replace(",", ".");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** The years (and fetch date) the attribution names as Kolada's, in either language. */
export function parseAttribution(text: string): Map<number, string | undefined> {
  const out = new Map<number, string | undefined>();
  for (const part of text.split(";")) {
    if (!/kolada/i.test(part)) continue;
    const date = /\d{4}-\d{2}-\d{2}/.exec(part)?.[0];
    const years = /\(([^)]*)\)/.exec(part)?.[1] ?? "";
    for (const run of years.split(",")) {
      const m = /^\s*(\d{4})\s*(?:[–-]\s*(\d{4}))?\s*$/.exec(run);
      if (!m) continue;
      const from = Number(m[1]);
      const to = m[2] === undefined ? from : Number(m[2]);
      for (let y = from; y <= to && y - from < 200; y++) out.set(y, date);
    }
  }
  return out;
}

function labelParser<T extends string>(values: readonly T[], label: (v: T, lang: Lang) => string) {
  const map = new Map<string, T>();
  for (const v of values) {
    map.set(normaliseHeader(v), v);
    for (const lang of LANGS) map.set(normaliseHeader(label(v, lang)), v);
  }
  return (text: string): T | undefined => map.get(normaliseHeader(text));
}

const DIRECTIONS: readonly IndicatorDirection[] = ["increase", "decrease"];
const GENDERS: readonly KoladaGender[] = ["T", "K", "M"];
const parseDirection = labelParser(DIRECTIONS, directionLabel);
const parseSource = labelParser(["manual", "kolada"] as const, sourceLabel);

function bilingual(key: StringKey, params: (lang: Lang) => Params): Bilingual {
  return { sv: t("sv", key, params("sv")), en: t("en", key, params("en")) };
}

/**
 * The indicators of the rows, placed by goal ID among `goalIds` (the goal table's), with an issue
 * at the cell of every problem (messages in both languages, naming the labels of both).
 */
export function readIndicators(table: IndicatorTableRead, goalIds: readonly string[]): IndicatorsRead {
  const known = new Map<string, string>();
  for (const raw of goalIds) {
    const id = raw.trim();
    if (id !== "" && !known.has(idKey(id))) known.set(idKey(id), id);
  }
  const sink = newIssueSink();
  const byGoal = new Map<string, Indicator[]>();
  const seen = new Map<string, number>();
  const header = (f: IndicatorField, l: Lang): string => indicatorFieldHeader(f, l);

  for (const row of table.rows) {
    const cell = (f: IndicatorField): string => (row.cells[f] ?? "").trim();
    if (INDICATOR_FIELDS.every((f) => cell(f) === "") && row.years.every((y) => y.text.trim() === ""))
      continue;
    const goalText = cell("goalId");
    const id = cell("id");
    const issue = (
      code: IssueCode,
      column: number | undefined,
      value: string,
      key: StringKey,
      params: (l: Lang) => Params,
    ): void => {
      const added = addIssue(sink, { row: -1, goalId: goalText }, { code, column: null, value }, { key });
      added.message = bilingual(key, params);
      added.indicator = { row: row.index, column: column ?? table.positions.id ?? 0 };
    };
    const at = (f: IndicatorField): number | undefined => table.positions[f];
    const where = (f: IndicatorField): string => table.address(row.index, at(f) ?? table.positions.id ?? 0);
    const missing = (f: IndicatorField): void =>
      issue("indicator-bad-row", at(f), "", "ind.sheet.missingField", (l) => ({
        id: id || "?",
        column: header(f, l),
      }));
    const badField = (f: IndicatorField, allowed: (l: Lang) => string[]): void =>
      issue("indicator-bad-row", at(f), cell(f), "ind.sheet.badField", (l) => ({
        value: cell(f),
        column: header(f, l),
        allowed: joinOr(allowed(l), l),
      }));

    const goal = known.get(idKey(goalText));
    if (goal === undefined) {
      issue("indicator-unknown-goal", at("goalId"), goalText, "ind.sheet.unknownGoal", () => ({
        value: goalText,
      }));
      continue;
    }
    if (id === "") {
      missing("id");
      continue;
    }
    const key = `${idKey(goal)}\u0000${id.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const other = table.address(first, table.positions.id ?? 0);
      issue("indicator-duplicate", at("id"), id, "ind.sheet.duplicate", () => ({ id, goal, other }));
      continue;
    }
    seen.set(key, row.index);

    let ok = true;
    const required = (f: IndicatorField): string | null => {
      if (cell(f) !== "") return cell(f);
      missing(f);
      ok = false;
      return null;
    };
    const name = required("name");
    const directionText = required("direction");
    const direction = directionText === null ? undefined : parseDirection(directionText);
    if (directionText !== null && direction === undefined) {
      badField("direction", (l) => DIRECTIONS.map((d) => directionLabel(d, l)));
      ok = false;
    }
    const year = (f: IndicatorField): number | null => {
      const text = required(f);
      if (text === null) return null;
      if (YEAR.test(text)) return Number(text);
      issue("indicator-bad-row", at(f), text, "ind.sheet.badNumber", (l) => ({
        value: text,
        column: header(f, l),
      }));
      ok = false;
      return null;
    };
    const number = (f: IndicatorField): number | null => {
      const text = required(f);
      if (text === null) return null;
      const n = parseIndicatorNumber(text);
      if (n !== null) return n;
      issue("indicator-bad-row", at(f), text, "ind.sheet.badNumber", (l) => ({
        value: text,
        column: header(f, l),
      }));
      ok = false;
      return null;
    };
    const baseline = { year: year("baselineYear"), value: number("baselineValue") };
    const target = { year: year("targetYear"), value: number("targetValue") };

    let source: IndicatorSource | undefined;
    const kind = cell("source") === "" ? "manual" : parseSource(cell("source"));
    if (kind === undefined) {
      badField("source", (l) => [sourceLabel("manual", l), sourceLabel("kolada", l)]);
      ok = false;
    } else if (kind === "kolada") {
      const kpi = required("kpi");
      const genderText = cell("gender").toUpperCase();
      const gender = genderText === "" ? "T" : GENDERS.find((g) => g === genderText);
      if (gender === undefined) {
        badField("gender", () => [...GENDERS]);
        ok = false;
      }
      // The schema's pattern for a KPI id: a letter and five digits or more ("N00945").
      if (kpi !== null && !/^[A-Z][0-9]{5,}$/.test(kpi)) {
        badField("kpi", () => ["N00945"]);
        ok = false;
      } else if (kpi !== null && gender !== undefined) source = { kind: "kolada", kpi, gender };
    }

    if (baseline.year !== null && target.year !== null && target.year <= baseline.year) {
      const path = where("targetYear");
      issue("indicator-bad-row", at("targetYear"), cell("targetYear"), "ind.sheet.badDefinition", (l) => ({
        id,
        reason: t(l, "ind.format.targetYearNotAfter", {
          path,
          target: target.year ?? 0,
          baseline: baseline.year ?? 0,
        }),
      }));
      ok = false;
    }
    if (baseline.value !== null && target.value !== null && baseline.value === target.value) {
      const path = where("targetValue");
      issue("indicator-bad-row", at("targetValue"), cell("targetValue"), "ind.sheet.badDefinition", (l) => ({
        id,
        reason: t(l, "ind.format.targetEqualsBaseline", { path, value: String(target.value) }),
      }));
      ok = false;
    }

    const wrongWay =
      direction === "increase"
        ? (target.value ?? 0) < (baseline.value ?? 0)
        : direction === "decrease" && (target.value ?? 0) > (baseline.value ?? 0);
    if (baseline.value !== null && target.value !== null && wrongWay) {
      const path = where("targetValue");
      const key = direction === "increase" ? "ind.format.directionIncrease" : "ind.format.directionDecrease";
      issue("indicator-bad-row", at("targetValue"), cell("targetValue"), "ind.sheet.badDefinition", (l) => ({
        id,
        reason: t(l, key, { path, target: String(target.value), baseline: String(baseline.value) }),
      }));
      ok = false;
    }

    // The values are read whatever the definition: each bad cell is an issue of its own.
    const kolada = parseAttribution(cell("attribution"));
    const values: MeasuredValue[] = [];
    for (const y of row.years) {
      const text = y.text.trim();
      if (text === "") continue;
      const value = parseIndicatorNumber(text);
      if (value === null) {
        issue("indicator-bad-value", table.yearPositions.get(y.year), text, "ind.sheet.badNumber", () => ({
          value: text,
          column: String(y.year),
        }));
        continue;
      }
      const v: MeasuredValue = { year: y.year, value };
      if (kolada.has(y.year)) {
        v.source = "kolada";
        const fetched = kolada.get(y.year);
        if (fetched !== undefined) v.fetched = fetched;
      }
      values.push(v);
    }
    if (!ok || name === null || direction === undefined) continue;
    const indicator: Indicator = {
      id,
      name,
      direction,
      baseline: { year: baseline.year as number, value: baseline.value as number },
      target: { year: target.year as number, value: target.value as number },
    };
    if (source !== undefined) indicator.source = source;
    if (cell("unit") !== "") indicator.unit = cell("unit");
    if (values.length > 0) indicator.values = values;
    const list = byGoal.get(idKey(goal)) ?? [];
    list.push(indicator);
    byGoal.set(idKey(goal), list);
  }
  return { byGoal, issues: sink.issues };
}
