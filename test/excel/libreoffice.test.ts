// The add-in's workbook, checked by an independent spreadsheet engine: the emulator's workbook
// after load, an official's edits and a summary refresh is saved as .xlsx and recalculated by
// LibreOffice; its summary sheet must show the domain's summary, cell for cell.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { bundledStructure, type GoalStructure, type ProgramSummary } from "../../src/domain";
import { GOAL_TABLE, columnLetter, parseRange } from "../../src/plan";
import { MARKER } from "../../src/excel";
import { saveXlsx } from "../emulator/save";
import { readFods, type FodsDocument, type FodsSheet } from "../libreoffice/fods";
import { LibreOffice, describeWithSoffice } from "../libreoffice/soffice";
import { col, domainSummaryRows, edit, goalTable, goalsOf, setup, type Setup } from "./helpers";

function type(s: Setup, row: number, header: string, value: string): void {
  const t = goalTable(s.emu);
  const r = parseRange(t.range);
  s.emu.workbook.typeValues(t.sheet, `${columnLetter(r.left + col(s.emu, header))}${r.top + 1 + row}`, [
    [value],
  ]);
}

function cellValue(sheet: FodsSheet, address: string): number | string | null {
  return sheet.cells.get(address)?.value ?? null;
}

/** Rows of a programme's area table as LibreOffice computed them. */
function recalculated(sheet: FodsSheet, p: ProgramSummary): { label: string; counts: unknown[] }[] {
  let heading = 0;
  for (let row = 1; row < 500 && heading === 0; row++)
    if (cellValue(sheet, `A${row}`) === p.name) heading = row;
  expect(heading).toBeGreaterThan(0);
  return Array.from({ length: p.areas.length + 1 }, (_, i) => {
    const row = heading + 2 + i;
    return {
      label: String(cellValue(sheet, `A${row}`)),
      counts: Array.from({ length: 9 }, (_, j) => cellValue(sheet, `${columnLetter(2 + j)}${row}`)),
    };
  });
}

describeWithSoffice("the add-in's workbook in LibreOffice", () => {
  let dir: string;
  let lo: LibreOffice;
  let doc: FodsDocument;
  let programs: ProgramSummary[];
  let structure: GoalStructure;
  const nasty = '=HYPERLINK("http://example.com","x")';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "mu-excel-lo-"));
    lo = LibreOffice.create();
    const s = setup();
    try {
      structure = bundledStructure();
      goalsOf(structure)[5].goal.text = nasty;
      await s.service.applyLoad(structure, "sv");
      // An official's edits: statuses in several spellings, a trend, a cleared status, a new goal.
      type(s, 0, "Status", "Grön");
      type(s, 1, "Status", "röd");
      type(s, 2, "Status", "");
      type(s, 3, "Trend", "Nedåt");
      type(s, 4, "Status", "GUL");
      const area = structure.programs[1].areas[0];
      await edit(s.emu, (context) => {
        const width = goalTable(s.emu).header.length;
        const row = Array<string>(width).fill("");
        row[col(s.emu, "Mål-ID")] = "EGET-1";
        row[col(s.emu, "Program")] = structure.programs[1].name;
        row[col(s.emu, "Målområde")] = area.name;
        row[col(s.emu, "Mål")] = "Ett mål som förvaltningen lade till";
        row[col(s.emu, "Status")] = "Röd";
        row[col(s.emu, "Trend")] = "Uppåt";
        context.workbook.tables.getItem(GOAL_TABLE).rows.add(undefined, [row]);
      });
      const result = await s.service.refreshSummary("sv");
      programs = result.summary.programs;
      const file = path.join(dir, "uppfoljning.xlsx");
      await saveXlsx(s.emu, file);
      const [fods] = await lo.convert([file], "fods", { outDir: dir });
      doc = readFods(fods);
    } finally {
      s.restore();
    }
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the recalculated summary equals the domain summary, including the official's edits", () => {
    const sheet = doc.sheets.find((x) => x.name === "Sammanfattning") as FodsSheet;
    expect(sheet).toBeDefined();
    // The edits are in there: the social programme has the official's extra goal.
    expect(programs[1].total).toBe((structure.programs[1].reported?.total ?? 0) + 1);
    for (const p of programs) expect(recalculated(sheet, p)).toEqual(domainSummaryRows(p));
  });

  test("the counts are formulas LibreOffice evaluated, not values written by the add-in", () => {
    const sheet = doc.sheets.find((x) => x.name === "Sammanfattning") as FodsSheet;
    const formulas = [...sheet.cells.values()].filter((c) => c.formula !== null);
    expect(formulas.length).toBeGreaterThan(50);
    // Counted through the summary's names, which LibreOffice read from the file.
    const counts = formulas.filter((c) => /SUMPRODUCT/.test(c.formula ?? ""));
    expect(counts.some((c) => c.formula?.includes(`${MARKER.summary}_Area1`))).toBe(true);
  });

  test("a goal text that looks like a formula is text in LibreOffice too", () => {
    const sheet = doc.sheets.find((x) => x.name === "Mål") as FodsSheet;
    const cell = [...sheet.cells.values()].find((c) => c.text === nasty);
    expect(cell).toBeDefined();
    expect(cell?.formula).toBeNull();
    expect(cell?.type).toBe("string");
  });

  test("status and trend keep their list validations and colour rules", () => {
    const sheet = doc.sheets.find((x) => x.name === "Mål") as FodsSheet;
    expect(sheet.conditionalFormats.length).toBeGreaterThanOrEqual(2);
    const conditions = sheet.conditionalFormats.flatMap((cf) => cf.conditions.map((c) => c.value));
    expect(conditions.some((c) => c.includes('"Röd"'))).toBe(true);
    expect(conditions.some((c) => c.includes('"Uppåt"'))).toBe(true);
    const lists = [...doc.validations.values()].map((v) => v.condition);
    expect(lists.some((c) => c.includes("Röd") && c.includes("Grön"))).toBe(true);
  });
});
