// What the summary sheet's counts read: the goal table as the domain reads it, by defined names.
//
// The domain places a goal row in the area whose name or id its programme and area cells give
// (normaliseWord: any case, stray spaces, trailing dots), and reads its status and trend with the
// vocabulary parser; everything else counts as not placed, not assessed or trend missing. The
// names below are the same rules as formulas over the goal table's columns (src/plan/
// vocabularyFormula.ts), one n×1 array per question, so that every count on the sheet is a short
// SUMPRODUCT over them:
//   …StatusText, …TrendText, …ProgramText, …AreaText  the column's text, normalised;
//   …StatusCode, …TrendCode                           the value's code (0: blank or rejected);
//   …ProgramCode                                      the programme's position (0: unknown);
//   …Area1, …Area2, …                                 per programme, the area's position in it
//                                                     (0: not a goal of an area of that programme);
//   …DoneText, …DoneCode                              the done mark (1: done), when the table has Klar;
//   …ResponsibleText, …ResponsibleCode                the responsible body's position in the
//                                                     summary's list (0: none or a new one).
// Names rather than formulas inlined into every cell: one count would otherwise be about 5,000
// characters, and the sheet's request several times Excel's payload budget. Every name starts
// with the summary sheet's marker, so a refresh knows which ones are its own to replace.
import {
  STATUSES,
  TRENDS,
  acceptedDoneWords,
  normaliseWord,
  statusLabel,
  trendLabel,
  type GoalStructure,
  type Lang,
  type Status,
  type Trend,
} from "../../domain";
import { MAX_FORMULA_LENGTH } from "../textformula";
import { columnRef, countifs, equalsCriterion } from "../formula";
import { ownedNamePrefix } from "../ownership";
import type { GoalTableLayout, NamePlan } from "../types";
import {
  columnCodeFormula,
  normalisedTextFormula,
  valueCode,
  vocabularyCodes,
  type CodedWord,
} from "../vocabularyFormula";

const PREFIX = ownedNamePrefix("summary");

/** The names the counts use, and the comparisons built on them. */
export interface LiveNames {
  names: NamePlan[];
  /**
   * Formulas counting the goal table's cells that COUNTIFS and "=" would not read as the domain
   * does: non-empty status (trend) cells that hold no label of the workbook's language (any case),
   * and rows with a programme or area that hold the names of none of the structure's areas (any
   * case). While a count is 0, the summary compares that column with "=" instead of reading it
   * through the names, which costs far less (docs/ARCHITECTURE.md). `place` is null when some name
   * is too long for a COUNTIFS criterion or the formula for Excel: placement then always takes
   * the names.
   */
  nonLabel: Record<"status" | "trend", string> & { place: string | null };
  /** "(…Area2=3)": rows of area 3 of programme 2 (positions from 1, in structure order). */
  inArea(program: number, area: number): string;
  /** "(…Area2>0)": rows placed in any area of programme 2. */
  inProgram(program: number): string;
  status(s: Status): string;
  trend(tr: Trend): string;
  /** Rows whose status (trend) cell is not blank but no value the parser accepts. */
  unknown(kind: "status" | "trend"): string;
  /** "(…DoneCode=1)": rows marked done; null when the goal table has no done column. */
  done: string | null;
  /** "((…Area1>0)+(…Area2>0))": rows placed in an area of their programme. */
  placed: string;
  /**
   * Rows of the responsible body at position `n` (from 1) of `responsibleKeys`, or with no body
   * (`null`); null when the goal table has no responsible column.
   */
  responsible: ((n: number | null) => string) | null;
  /**
   * Rows whose responsible cell holds a body that none of `responsibleKeys` reads as (typed in
   * after the sheet was drawn); null when the goal table has no responsible column.
   */
  responsibleUnlisted: string | null;
}

/** Words in order, each kept only the first time its normalised form comes: the parser's maps do the same. */
function firstWins(words: readonly string[]): CodedWord[] {
  const seen = new Set<string>();
  const out: CodedWord[] = [];
  words.forEach((raw, i) => {
    const word = normaliseWord(raw);
    if (word === "" || seen.has(word)) return;
    seen.add(word);
    out.push({ word, code: i + 1 });
  });
  return out;
}

/** Names first, then ids, coded by position: a name wins over an id, as in src/domain/validate.ts. */
function placeWords<T extends { name: string; id: string }>(items: readonly T[]): CodedWord[] {
  const n = items.length;
  return firstWins([...items.map((x) => x.name), ...items.map((x) => x.id)]).map((w) => ({
    word: w.word,
    code: ((w.code - 1) % n) + 1,
  }));
}

/** The goal table's header of a column. */
export function goalHeader(goalTable: GoalTableLayout, key: "program" | "area" | "status" | "trend"): string {
  const c = goalTable.columns.find((col) => col.key === key);
  if (!c) throw new Error(`goal table has no ${key} column`);
  return c.header;
}

/** `SUMPRODUCT(1*(LEN(a)+LEN(b)…>0))`: the rows where any of the columns holds something. */
function nonEmptyRows(refs: readonly string[]): string {
  return `SUMPRODUCT(1*((${refs.map((r) => `LEN(${r})`).join("+")})>0))`;
}

/** The formulas of `nonLabel` (see there). */
function nonLabelFormulas(
  structure: GoalStructure,
  goalTable: GoalTableLayout,
  lang: Lang,
): LiveNames["nonLabel"] {
  const table = goalTable.table;
  const [program, area, status, trend] = (["program", "area", "status", "trend"] as const).map((k) =>
    goalHeader(goalTable, k),
  );
  const unlabelled = (header: string, labels: readonly string[]): string =>
    `${nonEmptyRows([columnRef(table, header)])}-${labels.map((l) => countifs(table, [[header, l]])).join("-")}`;
  const pairs = structure.programs.flatMap((p) => p.areas.map((a) => [p.name, a.name] as const));
  const cut = pairs.some(([p, a]) => equalsCriterion(p).endsWith("*") || equalsCriterion(a).endsWith("*"));
  const place = [
    nonEmptyRows([columnRef(table, program), columnRef(table, area)]),
    ...pairs.map(([p, a]) =>
      countifs(table, [
        [program, p],
        [area, a],
      ]),
    ),
  ].join("-");
  return {
    status: unlabelled(
      status,
      STATUSES.map((s) => statusLabel(s, lang)),
    ),
    trend: unlabelled(
      trend,
      TRENDS.map((tr) => trendLabel(tr, lang)),
    ),
    // Excel counts the "=" the Office.js renderer puts in front.
    place: cut || place.length + 1 > MAX_FORMULA_LENGTH ? null : place,
  };
}

/** The goal table's header of an optional column, or null when the table has none. */
function optionalHeader(goalTable: GoalTableLayout, key: "done" | "responsible"): string | null {
  return goalTable.columns.find((col) => col.key === key)?.header ?? null;
}

/**
 * `responsibleKeys`: the normalised names of the summary's responsible bodies (its entries'
 * `key`, "" left out), in table order; each is coded by its position.
 */
export function liveNames(
  structure: GoalStructure,
  goalTable: GoalTableLayout,
  lang: Lang,
  responsibleKeys: readonly string[] = [],
): LiveNames {
  const header = (key: "program" | "area" | "status" | "trend"): string =>
    columnRef(goalTable.table, goalHeader(goalTable, key));
  const name = (suffix: string): string => `${PREFIX}${suffix}`;
  const text = (key: "program" | "area" | "status" | "trend", suffix: string): NamePlan => ({
    name: name(suffix),
    formula: normalisedTextFormula(header(key)),
  });
  const names: NamePlan[] = [
    text("status", "StatusText"),
    { name: name("StatusCode"), formula: columnCodeFormula(name("StatusText"), vocabularyCodes("status")) },
    text("trend", "TrendText"),
    { name: name("TrendCode"), formula: columnCodeFormula(name("TrendText"), vocabularyCodes("trend")) },
    text("program", "ProgramText"),
    {
      name: name("ProgramCode"),
      formula: columnCodeFormula(name("ProgramText"), placeWords(structure.programs)),
    },
    text("area", "AreaText"),
    ...structure.programs.map((p, i) => ({
      name: name(`Area${i + 1}`),
      formula: `(${name("ProgramCode")}=${i + 1})*${columnCodeFormula(name("AreaText"), placeWords(p.areas))}`,
    })),
  ];
  const doneHeader = optionalHeader(goalTable, "done");
  if (doneHeader !== null) {
    names.push(
      { name: name("DoneText"), formula: normalisedTextFormula(columnRef(goalTable.table, doneHeader)) },
      {
        name: name("DoneCode"),
        formula: columnCodeFormula(name("DoneText"), doneCodes()),
      },
    );
  }
  const responsibleHeader = optionalHeader(goalTable, "responsible");
  const keys = responsibleKeys.filter((k) => k !== "");
  if (responsibleHeader !== null) {
    names.push(
      {
        name: name("ResponsibleText"),
        formula: normalisedTextFormula(columnRef(goalTable.table, responsibleHeader)),
      },
      {
        name: name("ResponsibleCode"),
        formula: columnCodeFormula(
          name("ResponsibleText"),
          keys.map((word, i) => ({ word, code: i + 1 })),
        ),
      },
    );
  }
  const placed = structure.programs.map((_p, i) => `(${name(`Area${i + 1}`)}>0)`);
  return {
    names,
    nonLabel: nonLabelFormulas(structure, goalTable, lang),
    inArea: (program, area) => `(${name(`Area${program}`)}=${area})`,
    inProgram: (program) => `(${name(`Area${program}`)}>0)`,
    status: (s) => `(${name("StatusCode")}=${valueCode("status", s)})`,
    trend: (tr) => `(${name("TrendCode")}=${valueCode("trend", tr)})`,
    unknown: (kind) =>
      kind === "status"
        ? `(${name("StatusText")}<>"")*(${name("StatusCode")}=0)`
        : `(${name("TrendText")}<>"")*(${name("TrendCode")}=0)`,
    done: doneHeader === null ? null : `(${name("DoneCode")}=1)`,
    placed: placed.length === 1 ? placed[0] : `(${placed.join("+")})`,
    responsible:
      responsibleHeader === null
        ? null
        : (n) => (n === null ? `(${name("ResponsibleText")}="")` : `(${name("ResponsibleCode")}=${n})`),
    responsibleUnlisted:
      responsibleHeader === null ? null : `(${name("ResponsibleText")}<>"")*(${name("ResponsibleCode")}=0)`,
  };
}

/** The done mark's words, each coded 1. */
function doneCodes(): CodedWord[] {
  return firstWins(acceptedDoneWords().done).map((w) => ({ word: w.word, code: 1 }));
}

/** SUMPRODUCT of the conditions (at least one), a count of the rows meeting them all. */
export function countWhere(conditions: readonly string[]): string {
  return conditions.length === 1 ? `SUMPRODUCT(1*${conditions[0]})` : `SUMPRODUCT(${conditions.join("*")})`;
}
