// Validation of the goal table: one pass over the rows, one Issue per problem cell (issues.ts).
// The same pass builds the structure in rows.ts (rowsToStructure), so what validation reports and
// what the summary counts can never disagree. Which columns are checked, and how, follows the
// column descriptor (columns.ts).
//
// Rows mostly repeat a few programme, area, status and trend texts: each distinct text is looked
// up or parsed once per run (Maps keyed by the cell text), and messages that repeat are shared.
import { idKey, isSdgNumber, parseSdgs } from "./cells";
import {
  areaIssue,
  checkId,
  checkLength,
  checkDoneCell,
  checkDoneWithoutStatus,
  checkStatusCell,
  checkText,
  checkTrendCell,
  checkUnassessed,
  programIssue,
  sdgIssue,
  unknownValueIssue,
  type GoalAt,
} from "./checks";
import {
  GOAL_COLUMNS,
  goalColumn,
  goalField,
  type GoalColumn,
  type GoalColumns,
  type GoalRow,
} from "./columns";
import { newIssueSink, type Issue, type IssueSink } from "./issues";
import { memoised } from "./memo";
import type { Area, Goal, GoalStructure, Lang, Program, Status, Trend } from "./types";
import { STATUSES, TRENDS } from "./types";
import { normaliseWord, parseDone, parseStatus, parseTrend, type DoneMark, type Parsed } from "./vocabulary";

/** Where a row's goal sits: the programme and area its cells name. */
export interface Place {
  program: Program;
  area: Area;
}

/**
 * Receives each row that validation could place, with its trimmed goal id ("" when it has none)
 * and its parsed status and trend (null when not recognised). The parts come as arguments, not
 * as one record per row: such a record is garbage for every row of a large table (skipping it
 * took 5–9 % off the benchmark's core work in a trial; the whole change, within its noise).
 */
export type OnPlaced = (
  row: GoalRow,
  id: string,
  place: Place,
  status: Status | null,
  trend: Trend | null,
) => void;

/** Program and area lookup by name or id, case- and space-insensitive, memoised per cell text. */
interface ReferenceIndex {
  programList: readonly Program[];
  programs: Map<string, Program>;
  areas: Map<Program, Map<string, Area>>;
  programMemo: Map<string, Program | null>;
  areaMemo: Map<Program, Map<string, Area | null>>;
}

/** First one wins: a programme's or area's name is entered before any id, so a name wins over an id. */
function addFirst<T>(map: Map<string, T>, word: string, value: T): void {
  const key = normaliseWord(word);
  if (!map.has(key)) map.set(key, value);
}

function newReferenceIndex(reference: GoalStructure): ReferenceIndex {
  const programs = new Map<string, Program>();
  const areas = new Map<Program, Map<string, Area>>();
  const areaMemo = new Map<Program, Map<string, Area | null>>();
  for (const p of reference.programs) {
    addFirst(programs, p.name, p);
    const byWord = new Map<string, Area>();
    for (const a of p.areas) addFirst(byWord, a.name, a);
    for (const a of p.areas) addFirst(byWord, a.id, a);
    areas.set(p, byWord);
    areaMemo.set(p, new Map());
  }
  for (const p of reference.programs) addFirst(programs, p.id, p);
  return { programList: reference.programs, programs, areas, programMemo: new Map(), areaMemo };
}

function findProgram(index: ReferenceIndex, cell: string): Program | null {
  let hit = index.programMemo.get(cell);
  if (hit === undefined) {
    hit = index.programs.get(normaliseWord(cell)) ?? null;
    index.programMemo.set(cell, hit);
  }
  return hit;
}

function findArea(index: ReferenceIndex, program: Program, cell: string): Area | null {
  const memo = index.areaMemo.get(program);
  if (memo === undefined) return null;
  let hit = memo.get(cell);
  if (hit === undefined) {
    hit = index.areas.get(program)?.get(normaliseWord(cell)) ?? null;
    memo.set(cell, hit);
  }
  return hit;
}

/** One validation run over table rows: its issues, lookups and memos. */
interface RowRun {
  sink: IssueSink;
  index: ReferenceIndex;
  idColumn: GoalColumn;
  /** Columns of free text, in column order. */
  texts: GoalColumn[];
  sdgColumns: GoalColumn[];
  status: (cell: string) => Parsed<Status>;
  trend: (cell: string) => Parsed<Trend>;
  done: (cell: string) => Parsed<DoneMark>;
  sdgs: (cell: string) => number[] | null;
  /** The last row placed, by its programme and area cells. */
  lastPlace: { programCell: string; areaCell: string; place: Place } | null;
  onPlaced: OnPlaced | undefined;
}

function newRowRun(
  reference: GoalStructure,
  lang: Lang,
  columns: GoalColumns,
  onPlaced: OnPlaced | undefined,
): RowRun {
  return {
    sink: newIssueSink(),
    index: newReferenceIndex(reference),
    idColumn: goalColumn("id", columns),
    texts: columns.filter((c) => c.kind === "text" || c.kind === "activities"),
    sdgColumns: columns.filter((c) => c.kind === "sdgs"),
    status: memoised((cell) => parseStatus(cell, lang)),
    trend: memoised((cell) => parseTrend(cell, lang)),
    done: memoised((cell) => parseDone(cell, lang)),
    sdgs: memoised(parseSdgs),
    lastPlace: null,
    onPlaced,
  };
}

/**
 * Where each repeated goal id (compared by idKey; "" never counts) was used first: position of
 * the repeating entry to the position of the first. Empty for most tables, which a Set of the
 * keys tells at once; only a table with a repeat is gone over again with a Map, for the first
 * uses its messages name. The ids are checked in a loop of their own, apart from the rows' other
 * cells: a large table's id keys are all new and each misses the processor's caches, and
 * checked row by row between the other checks they cost about a third of the validation.
 */
function repeatedIds(ids: readonly string[]): Map<number, number> {
  const repeats = new Map<number, number>();
  const keys = new Set<string>();
  let count = 0;
  for (let position = 0; position < ids.length; position++) {
    const id = ids[position];
    if (id === "") continue;
    keys.add(idKey(id));
    count++;
  }
  if (keys.size === count) return repeats;
  const firstUses = new Map<string, number>();
  ids.forEach((id, position) => {
    if (id === "") return;
    const key = idKey(id);
    const first = firstUses.get(key);
    if (first === undefined) firstUses.set(key, position);
    else repeats.set(position, first);
  });
  return repeats;
}

function isBlankRow(row: GoalRow): boolean {
  return Object.values(row.cells).every((v) => v === undefined || v.trim() === "");
}

/** The row's programme and area, each reported when unknown (the area only for a known programme). */
function placeOf(run: RowRun, at: GoalAt, row: GoalRow): Place | null {
  const programCell = row.cells.program ?? "";
  const areaCell = row.cells.area ?? "";
  // Rows come in runs of one programme and area: the previous row's place, when its cells match.
  const last = run.lastPlace;
  if (last !== null && last.programCell === programCell && last.areaCell === areaCell) return last.place;
  const place = findPlace(run, at, programCell, areaCell);
  if (place !== null) run.lastPlace = { programCell, areaCell, place };
  return place;
}

function findPlace(run: RowRun, at: GoalAt, programCell: string, areaCell: string): Place | null {
  const program = findProgram(run.index, programCell);
  if (program === null) {
    programIssue(run.sink, at, programCell, run.index.programList);
    return null;
  }
  const area = findArea(run.index, program, areaCell);
  if (area === null) {
    areaIssue(run.sink, at, areaCell, program);
    return null;
  }
  return { program, area };
}

/**
 * Checks one non-blank row (`id`: its trimmed id; `firstRow`: the row that used the id first,
 * when it is a repeat); hands it to onPlaced when its programme and area are known.
 */
function checkRow(run: RowRun, row: GoalRow, id: string, firstRow: number | undefined): void {
  const { cells } = row;
  const rawId = cells.id ?? "";
  const at: GoalAt = { row: row.index, goalId: id };
  const { sink } = run;
  checkId(sink, at, firstRow);
  checkLength(sink, at, run.idColumn, rawId);
  const place = placeOf(run, at, row);
  // Indexed loops in the code run per row: until the JIT has optimised it, for-of goes through the
  // iterator protocol (a call and a result object per step).
  const { texts, sdgColumns } = run;
  for (let c = 0; c < texts.length; c++) {
    const column = texts[c];
    const cell = cells[column.key];
    if (column.mustHaveText === true) checkText(sink, at, column, cell ?? "");
    else if (cell !== undefined) checkLength(sink, at, column, cell);
  }
  for (let c = 0; c < sdgColumns.length; c++) {
    const column = sdgColumns[c];
    const cell = cells[column.key];
    if (cell !== undefined && cell !== "" && run.sdgs(cell) === null) sdgIssue(sink, at, column, cell);
  }
  const status = run.status(cells.status ?? "");
  checkStatusCell(sink, at, status);
  const trend = run.trend(cells.trend ?? "");
  checkTrendCell(sink, at, trend);
  // Only a blank status cell is "not assessed"; an unrecognised one already has its error.
  if (status.ok && status.value === null) checkUnassessed(sink, at, trend.value);
  const doneCell = cells.done;
  if (doneCell !== undefined && doneCell !== "") {
    const done = run.done(doneCell);
    checkDoneCell(sink, at, done);
    if (done.value === "done" && status.ok && status.value === null) checkDoneWithoutStatus(sink, at);
  }
  if (place !== null && run.onPlaced !== undefined) run.onPlaced(row, id, place, status.value, trend.value);
}

/**
 * The one validation pass over table rows. `onPlaced` (optional) receives every row whose
 * programme and area are known, in row order. Blank rows (every cell empty) are skipped: tables
 * often end with one.
 */
export function analyseRows(
  rows: readonly GoalRow[],
  reference: GoalStructure,
  lang: Lang,
  onPlaced?: OnPlaced,
  columns: GoalColumns = GOAL_COLUMNS,
): Issue[] {
  const ids = rows.map((row) => (row.cells.id ?? "").trim());
  const repeats = repeatedIds(ids);
  const run = newRowRun(reference, lang, columns, onPlaced);
  for (let position = 0; position < rows.length; position++) {
    const row = rows[position];
    const id = ids[position];
    if (id === "" && isBlankRow(row)) continue;
    const first = repeats.get(position);
    checkRow(run, row, id, first === undefined ? undefined : rows[first].index);
  }
  return run.sink.issues;
}

/** Validates the goal table's rows against the structure they belong to. */
export function validateRows(
  rows: readonly GoalRow[],
  reference: GoalStructure,
  lang: Lang,
  columns: GoalColumns = GOAL_COLUMNS,
): Issue[] {
  return analyseRows(rows, reference, lang, undefined, columns);
}

/**
 * Validates a structure with the rules of the goal table: the issues equal those of
 * validateRows(structureToRows(s, lang), s, lang) (row = the goal's position in that table),
 * found without building the rows.
 */
export function validateStructure(
  s: GoalStructure,
  lang: Lang,
  columns: GoalColumns = GOAL_COLUMNS,
): Issue[] {
  // Messages are bilingual and a structure holds no labels to parse: `lang` is not needed here.
  void lang;
  const goals = s.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
  const ids = goals.map((g) => goalIdOf(g).trim());
  const repeats = repeatedIds(ids);
  const run: StructureRun = { sink: newIssueSink(), columns, idColumn: goalColumn("id", columns) };
  for (let row = 0; row < goals.length; row++) checkGoal(run, row, goals[row], ids[row], repeats.get(row));
  return run.sink.issues;
}

interface StructureRun {
  sink: IssueSink;
  columns: GoalColumns;
  idColumn: GoalColumn;
}

/** A structure's goal id as text: a structure from outside may hold anything there. */
function goalIdOf(g: Goal): string {
  return typeof g.id === "string" ? g.id : "";
}

/** `id`: the goal's trimmed id; `firstRow`: the row that used it first, when it is a repeat. */
function checkGoal(run: StructureRun, row: number, g: Goal, id: string, firstRow: number | undefined): void {
  const { sink } = run;
  const rawId = goalIdOf(g);
  const at: GoalAt = { row, goalId: id };
  checkId(sink, at, firstRow);
  checkLength(sink, at, run.idColumn, rawId);
  for (const column of run.columns) {
    const value = goalField(g, column);
    if (column.kind === "text") {
      checkText(sink, at, column, typeof value === "string" ? value : "");
    } else if (column.kind === "activities" && Array.isArray(value)) {
      checkLength(sink, at, column, value.join("\n"));
    }
  }
  for (const column of run.columns) {
    const value = goalField(g, column);
    if (column.kind === "sdgs" && Array.isArray(value) && !value.every(isSdgNumber))
      sdgIssue(sink, at, column, value.join(", "));
  }
  const status: Status | null = g.status ?? null;
  if (status !== null && !STATUSES.includes(status)) unknownValueIssue(sink, at, "status", String(status));
  const trend: Trend | null = g.trend ?? null;
  const knownTrend = trend !== null && TRENDS.includes(trend) ? trend : null;
  if (trend !== null && knownTrend === null) unknownValueIssue(sink, at, "trend", String(trend));
  if (status === null) checkUnassessed(sink, at, knownTrend);
  if (status === null && g.done === true) checkDoneWithoutStatus(sink, at);
}
