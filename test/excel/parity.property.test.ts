// One truth, as a property: for random workbook states, the three shells that count goals agree,
// count by count and sentence by sentence. Each state starts from the add-in's own load (the
// Office.js path, in the emulator); an official then types or pastes statuses and trends (labels
// in any case, other accepted spellings with stray spaces, symbols and invisible characters,
// values the parser rejects, blanks), adds goals to the table (their programme and area spelled
// in other case or spacing, by id, or naming no area of the programme) and deletes one. The
// workbook is saved as it stands (its summary sheet still holds the figures of the load, now
// stale), and then:
//   - LibreOffice recalculates that file: the summary sheet's live counts and report text;
//   - `maluppfoljning summary FILE.xlsx --format json` reads the same file;
//   - the pane's Summary job runs on the same emulated workbook.
// All states go to LibreOffice in one run. The seed is fixed, so a failure names its state.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import fc from "fast-check";
import {
  STATUSES,
  TRENDS,
  bundledStructure,
  statusLabel,
  trendLabel,
  type Counts,
  type Lang,
} from "../../src/domain";
import { GOAL_TABLE, buildWorkbook, columnLetter, parseRange, type SummaryBlockLayout } from "../../src/plan";
import { COUNT_COLUMNS, countOf } from "../../src/plan/summary";
import { saveXlsx } from "../emulator/save";
import { ensureCompiledCli, runCli } from "../libreoffice/cli";
import { readFods, type FodsSheet } from "../libreoffice/fods";
import { LibreOffice, describeWithSoffice } from "../libreoffice/soffice";
import { cellTextArb } from "../plan/vocabularyCells";
import { col, edit, goalTable, setup } from "./helpers";

const LANG: Lang = "sv";
const STATES = 10;
const SEED = 20261202;

/** Cell texts an official types: every label in random case, rejected words, blanks. */
function spellings(labels: readonly string[], rejected: readonly string[]): fc.Arbitrary<string> {
  const cased = fc
    .tuple(fc.constantFrom(...labels), fc.constantFrom("as is", "lower", "upper"))
    .map(([label, how]) =>
      how === "lower" ? label.toLowerCase() : how === "upper" ? label.toUpperCase() : label,
    );
  return fc.oneof(
    { weight: 6, arbitrary: cased },
    { weight: 2, arbitrary: fc.constantFrom(...rejected) },
    { weight: 2, arbitrary: fc.constant("") },
  );
}

// LibreOffice's .xlsx import changes a tab in a text that also holds a line break (see
// test/libreoffice/vocabulary.test.ts): the file would then hold another text than LibreOffice
// counts, so such texts are left out.
const LO_IMPORT_CHANGES = /\t[^]*[\r\n]|[\r\n][^]*\t/;
/** Whatever else an official pastes: other spellings, spaces, symbols, invisible characters, junk. */
const pasted = cellTextArb.filter((text) => !LO_IMPORT_CHANGES.test(text));

const statusText = fc.oneof(
  spellings(
    STATUSES.map((s) => statusLabel(s, LANG)),
    ["Blå", "x", "Grön?", "G", "ej bedömd", "*", "~"],
  ),
  pasted,
);
const trendText = fc.oneof(
  spellings(
    TRENDS.map((t) => trendLabel(t, LANG)),
    ["Sidled", "?", "–", "n/a"],
  ),
  pasted,
);

/** How an official writes a programme or area in an added row: the parser matches all but "unknown". */
type PlaceSpelling = "as is" | "lower" | "upper" | "spaced" | "dotted" | "id" | "unknown";
const placeSpelling = fc.constantFrom<PlaceSpelling>(
  "as is",
  "as is",
  "lower",
  "upper",
  "spaced",
  "dotted",
  "id",
  "unknown",
);

function spell(name: string, id: string, how: PlaceSpelling): string {
  switch (how) {
    case "as is":
      return name;
    case "lower":
      return name.toLowerCase();
    case "upper":
      return name.toUpperCase();
    case "spaced":
      return ` ${name.replace(/ /g, "  ")}\u00A0`;
    case "dotted":
      return `${name}.`;
    case "id":
      return id;
    case "unknown":
      return `${name} (gammal)`;
  }
}

interface State {
  /** Row (0-based in the table body) → new status and trend. */
  edits: { row: number; status: string; trend: string }[];
  /** Goals added at the end of the table: which area (index into the flat area list) and cells. */
  added: { area: number; program: PlaceSpelling; areaName: PlaceSpelling; status: string; trend: string }[];
  /** The body row deleted after the edits, if any. */
  deleted: number | null;
}

const GOALS = bundledStructure().programs.reduce(
  (n, p) => n + p.areas.reduce((m, a) => m + a.goals.length, 0),
  0,
);
const AREAS = bundledStructure().programs.flatMap((p) =>
  p.areas.map((a) => ({ program: p.name, programId: p.id, area: a.name, areaId: a.id })),
);

const stateArbitrary: fc.Arbitrary<State> = fc.record({
  edits: fc.array(
    fc.record({ row: fc.integer({ min: 0, max: GOALS - 1 }), status: statusText, trend: trendText }),
    { minLength: 5, maxLength: 40 },
  ),
  added: fc.array(
    fc.record({
      area: fc.integer({ min: 0, max: AREAS.length - 1 }),
      program: placeSpelling,
      areaName: placeSpelling,
      status: statusText,
      trend: trendText,
    }),
    { maxLength: 6 },
  ),
  deleted: fc.option(fc.integer({ min: 0, max: GOALS - 1 }), { nil: null }),
});

/** The nine counts of a summary row, in the sheet's column order B…J. */
function nine(c: Counts): number[] {
  return COUNT_COLUMNS.map((id) => countOf(c, id));
}

interface Shown {
  /** Per programme: each area's nine counts, then the total row's. */
  counts: number[][][];
  texts: string[];
}

function shownByDomain(programs: readonly (Counts & { areas: Counts[] })[], texts: string[]): Shown {
  return { counts: programs.map((p) => [...p.areas.map(nine), nine(p)]), texts };
}

function shownOnSheet(sheet: FodsSheet, blocks: readonly SummaryBlockLayout[]): Shown {
  const at = (address: string): number | string | null => sheet.cells.get(address)?.value ?? null;
  const row = (r: number): number[] =>
    Array.from({ length: 9 }, (_, j) => Number(at(`${columnLetter(2 + j)}${r}`)));
  return {
    counts: blocks.map((b) => [...b.areaRows.map((a) => row(a.row)), row(b.totalRow)]),
    texts: blocks.map((b) => String(at(`A${b.reportRow}`) ?? "")),
  };
}

async function applyState(s: ReturnType<typeof setup>, state: State): Promise<void> {
  const table = goalTable(s.emu);
  const r = parseRange(table.range);
  const cell = (row: number, header: string): string =>
    `${columnLetter(r.left + col(s.emu, header))}${r.top + 1 + row}`;
  // Typed or pasted: data validation does not stop either.
  for (const e of state.edits) {
    s.emu.workbook.typeValues(table.sheet, cell(e.row, "Status"), [[e.status]]);
    s.emu.workbook.typeValues(table.sheet, cell(e.row, "Trend"), [[e.trend]]);
  }
  if (state.added.length > 0) {
    const width = table.header.length;
    const rows = state.added.map((a, i) => {
      const row = Array<string>(width).fill("");
      row[col(s.emu, "Mål-ID")] = `NYTT-${i + 1}`;
      const place = AREAS[a.area];
      row[col(s.emu, "Program")] = spell(place.program, place.programId, a.program);
      row[col(s.emu, "Målområde")] = spell(place.area, place.areaId, a.areaName);
      row[col(s.emu, "Mål")] = "Ett mål som förvaltningen lade till";
      row[col(s.emu, "Status")] = a.status;
      row[col(s.emu, "Trend")] = a.trend;
      return row;
    });
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).rows.add(undefined, rows);
    });
  }
  if (state.deleted !== null) {
    const index = state.deleted;
    await edit(s.emu, (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).rows.getItemAt(index).delete();
    });
  }
}

describeWithSoffice("one truth: LibreOffice's live sheet, `summary FILE.xlsx` and the pane", () => {
  const states = fc.sample(stateArbitrary, { seed: SEED, numRuns: STATES });
  const { summaryBlocks } = buildWorkbook(bundledStructure(), LANG);
  let dir: string;
  let lo: LibreOffice;
  const results: { state: State; sheet: Shown; cli: Shown; cliStatus: number; pane: Shown }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "mu-parity-"));
    ensureCompiledCli();
    const files: string[] = [];
    const panes: Shown[] = [];
    for (const [i, state] of states.entries()) {
      const s = setup();
      try {
        await s.service.applyLoad(bundledStructure(), LANG);
        await applyState(s, state);
        const file = path.join(dir, `state-${i + 1}.xlsx`);
        // Saved before the pane refreshes anything: the sheet's counts must come from its formulas.
        await saveXlsx(s.emu, file);
        files.push(file);
        const result = await s.service.refreshSummary(LANG);
        panes.push(shownByDomain(result.summary.programs, result.reportText.split("\n\n")));
      } finally {
        s.restore();
      }
    }
    lo = LibreOffice.create({ workDir: path.join(dir, "lo") });
    const converted = await lo.convert(files, "fods");
    converted.forEach((fods, i) => {
      const sheet = readFods(fods).sheet("Sammanfattning");
      const run = runCli(["summary", files[i], "--format", "json", "--lang", LANG]);
      const json = JSON.parse(run.stdout) as { programs: (Counts & { areas: Counts[]; text: string })[] };
      results.push({
        state: states[i],
        sheet: shownOnSheet(sheet, summaryBlocks),
        cli: shownByDomain(
          json.programs,
          json.programs.map((p) => p.text),
        ),
        cliStatus: run.status,
        pane: panes[i],
      });
    });
  }, 600_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`checks ${STATES} random states, each with edits, and some with added and deleted goals`, () => {
    expect(results).toHaveLength(STATES);
    expect(results.some((r) => r.state.added.length > 0)).toBe(true);
    expect(results.some((r) => r.state.deleted !== null)).toBe(true);
    // Some added goals are spelled otherwise than the structure, and some name no area it has.
    const added = results.flatMap((r) => r.state.added);
    expect(added.some((a) => a.program !== "as is" && a.program !== "unknown")).toBe(true);
    expect(added.some((a) => a.areaName === "unknown" && a.program !== "unknown")).toBe(true);
  });

  it.each(Array.from({ length: STATES }, (_, i) => i))(
    "state %i: the recalculated sheet, the CLI and the pane give the same counts and report text",
    (i) => {
      const r = results[i];
      // The CLI ran to the end (0: no errors, 1: the rejected values are errors).
      expect([0, 1]).toContain(r.cliStatus);
      expect({ state: i, sheet: r.sheet }).toEqual({ state: i, sheet: r.cli });
      expect({ state: i, pane: r.pane }).toEqual({ state: i, pane: r.cli });
    },
  );

  it("sees the edits: the states do not all count the same as the unedited example", () => {
    const distinct = new Set(results.map((r) => JSON.stringify(r.cli.counts)));
    expect(distinct.size).toBeGreaterThan(1);
  });
});
