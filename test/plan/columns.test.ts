// One goal-column descriptor: a column added to GOAL_COLUMNS, here in a test fixture and with no
// other edit, flows through the plan, both renderers (ExcelJS and Office.js on the emulator), the
// reader, validation and the merge.
import {
  EXCEL_CELL_LIMIT,
  GOAL_COLUMNS,
  bundledStructure,
  checkGoalColumns,
  rowsToStructure,
  structureToRows,
  validateRows,
  validateStructure,
  type ColumnKey,
  type Goal,
  type GoalColumn,
  type GoalColumns,
  type GoalStructure,
} from "../../src/domain";
import { WriteBatch } from "../../src/excel/batch";
import { syncChunks } from "../../src/excel/transport";
import { addSheetPlan } from "../../src/excel/render";
import { t } from "../../src/i18n";
import {
  GOAL_TABLE,
  buildWorkbook,
  charsToPoints,
  columnIndex,
  goalHeader,
  parseRange,
  planMerge,
  readWorkbookTables,
  type SheetPlan,
  type TableData,
  type WorkbookPlan,
} from "../../src/plan";
import { loadWorkbook, readGoalRowsFromXlsx } from "../../src/xlsx/read";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { createEmulator } from "../emulator";

// Two columns the source does not have. Their keys are not ColumnKeys of the source's set (an
// entry in GOAL_COLUMNS would make them so), and their headers borrow existing strings, as a
// test cannot add strings to src/i18n: "Diarienummer" / "Reference number" and "Anmärkning" / "Note".
const REFERENCE: GoalColumn = {
  key: "reference" as ColumnKey,
  header: "wb.structure.reference",
  name: "wb.structure.reference",
  width: { min: 14, max: 20 },
  wrap: false,
  numberFormat: "@",
  required: false,
  owner: "structural",
  field: "reference",
  maxLength: 40,
  kind: "text",
};
const NOTE: GoalColumn = {
  key: "note" as ColumnKey,
  header: "wb.structure.note",
  name: "wb.structure.note",
  width: { min: 20, max: 30 },
  wrap: true,
  numberFormat: "@",
  required: false,
  owner: "official",
  field: "note",
  maxLength: EXCEL_CELL_LIMIT,
  kind: "text",
};
/** The reference column after the goal text, moving every later column one to the right; the note last. */
const COLUMNS: GoalColumns = [...GOAL_COLUMNS.slice(0, 4), REFERENCE, ...GOAL_COLUMNS.slice(4), NOTE];
const REF = REFERENCE.key;
const NOTE_KEY = NOTE.key;

/** A goal with the added fields, as the goal-structure JSON would hold them. */
type ExtendedGoal = Goal & { reference?: string; note?: string };

function goals(s: GoalStructure): ExtendedGoal[] {
  return s.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
}

/** The bundled example with a reference number on every goal and a note on the first two. */
function extendedStructure(): GoalStructure {
  const s = bundledStructure();
  goals(s).forEach((g, i) => {
    g.reference = `KS 2023/${100 + i}`;
    if (i < 2) g.note = `Anmärkning ${i + 1}`;
  });
  return s;
}

const structure = extendedStructure();
const plan: WorkbookPlan = buildWorkbook(structure, "sv", { columns: COLUMNS }).plan;
const goalSheet = plan.sheets.find((s) => s.role === "goals") as SheetPlan;
const headers = COLUMNS.map((c) => goalHeader(c.key, "sv", COLUMNS));

/** Body cells as text, the way both readers hand them to src/plan/read.ts. */
const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

describe("a goal column added to the descriptor", () => {
  it("is laid out by the plan: header, position, width, text format and cell text", () => {
    const table = goalSheet.tables[0];
    expect(table.columns).toEqual(headers);
    expect(headers[4]).toBe("Diarienummer");
    expect(headers[headers.length - 1]).toBe("Anmärkning");
    expect(plan.goalTable.columns.map((c) => [c.key, c.column])).toEqual(
      COLUMNS.map((c, i) => [c.key, String.fromCharCode(65 + i)]),
    );
    // Status moved from G to H (and done, after the descriptor's two last-year columns, to M): their
    // validations and rules follow.
    expect(goalSheet.validations.map((v) => v.range.replace(/\d+/g, ""))).toEqual(["H:H", "I:I", "M:M"]);
    const e = goalSheet.columns[4];
    expect(e.format).toMatchObject({ numberFormat: "@", wrap: false });
    expect(e.width).toBeGreaterThanOrEqual(14);
    expect(e.width).toBeLessThanOrEqual(20);
    expect(goalSheet.columns[COLUMNS.length - 1].format?.wrap).toBe(true);
    expect(table.rows[0][4]).toBe("KS 2023/100");
    expect(table.rows[1][COLUMNS.length - 1]).toBe("Anmärkning 2");
    expect(table.rows[2][COLUMNS.length - 1]).toBeNull();
  });

  it("is written by the ExcelJS renderer and read back from the .xlsx file into the structure", async () => {
    const buffer = await writeWorkbookBuffer(plan);
    const ws = (await loadWorkbook(buffer)).getWorksheet(goalSheet.name);
    expect(ws?.getColumn(5).numFmt).toBe("@");
    expect(ws?.getColumn(5).width).toBe(goalSheet.columns[4].width);

    const read = await readGoalRowsFromXlsx(buffer, COLUMNS);
    if (!read.ok) throw new Error("not read");
    expect(read.value.columns[REF]).toBe(4);
    expect(read.value.columns.status).toBe(7);
    expect(read.value.rows).toEqual(structureToRows(structure, "sv", COLUMNS));
    const back = rowsToStructure(read.value.rows, structure, "sv", COLUMNS);
    expect(back.issues).toEqual(validateStructure(structure, "sv", COLUMNS));
    expect(back.structure).toEqual(structure);

    // Read with the source's own columns, the added ones are a user's columns: left alone.
    const plain = await readGoalRowsFromXlsx(buffer);
    if (!plain.ok) throw new Error("not read");
    expect(plain.value.rows[0].cells).not.toHaveProperty(REF);
    expect(plain.value.rows).toEqual(
      read.value.rows.map((r) => {
        const { [REF]: _ref, [NOTE_KEY]: _note, ...cells } = r.cells;
        return { ...r, cells };
      }),
    );
  });

  it("is drawn by the Office.js renderer and read back from the workbook", async () => {
    const emu = createEmulator({ sheets: plan.sheets.map((s) => s.name) });
    const batch = new WriteBatch();
    for (const sheet of plan.sheets) addSheetPlan(batch, sheet.name, sheet, { print: false });
    await emu.Excel.run(async (context) => {
      await syncChunks(context as unknown as Excel.RequestContext, batch.chunks());
    });

    const info = emu.workbook.table(GOAL_TABLE);
    if (!info) throw new Error("no goal table");
    expect(info.headers).toEqual(headers);
    const top = parseRange(info.address);
    const firstBody = top.top + 1;
    const e = `E${firstBody}:E${firstBody + 2}`;
    expect(emu.workbook.numberFormats(info.sheet, e)).toEqual([["@"], ["@"], ["@"]]);
    expect(emu.workbook.values(info.sheet, e)).toEqual([["KS 2023/100"], ["KS 2023/101"], ["KS 2023/102"]]);
    const dump = emu.workbook.dump().sheets.find((s) => s.name === info.sheet);
    expect(dump?.columnWidths.E).toBeCloseTo(charsToPoints(goalSheet.columns[4].width), 1);

    const goalsTable: TableData = {
      sheet: info.sheet,
      topLeft: info.address.split(":")[0],
      header: info.headers,
      body: info.rows.map((r) => r.map(text)),
    };
    const read = readWorkbookTables({ goals: goalsTable }, COLUMNS);
    if (!read.ok) throw new Error("not read");
    expect(read.value.rows).toEqual(structureToRows(structure, "sv", COLUMNS));
    expect(read.value.address(0, REF)).toBe(`${info.sheet}!E${firstBody}`);
    expect(columnIndex("E") - 1).toBe(read.value.columns[REF]);
  });

  it("has its length checked, in the table and in the structure, under its own name", () => {
    const long = extendedStructure();
    goals(long)[3].reference = "x".repeat(41);
    const rows = structureToRows(long, "sv", COLUMNS);
    const issues = validateRows(rows, long, "sv", COLUMNS);
    expect(issues.filter((i) => i.code === "text-too-long")).toEqual([
      expect.objectContaining({ row: 3, column: REF, goalId: goals(long)[3].id, value: "x".repeat(41) }),
    ]);
    const tooLong = issues.find((i) => i.code === "text-too-long");
    expect(tooLong?.message.sv).toContain(t("sv", "wb.structure.reference"));
    expect(tooLong?.message.sv).toContain("40");
    expect(validateStructure(long, "sv", COLUMNS)).toEqual(issues);
    // Without the descriptor entry there is no such limit.
    expect(validateRows(rows, long, "sv").some((i) => i.code === "text-too-long")).toBe(false);
  });

  it("is merged by its owner: structural cells are updated, official cells never overwritten", () => {
    const table = goalSheet.tables[0];
    const body = table.rows.map((r) => r.map(text));
    // An official's note on the third goal, and a reference number they typed over on the first.
    body[2][COLUMNS.length - 1] = "Officials' own note";
    body[0][4] = "KS 2023/999";

    const next = extendedStructure();
    const [g0, g1] = goals(next);
    g0.reference = "KS 2024/1";
    g1.note = "The structure's new note";
    g1.text = `${g1.text} (reviderat)`;
    const added: ExtendedGoal = { id: "NY-1", text: "Ett nytt mål", status: null, trend: null };
    added.reference = "KS 2024/2";
    added.note = "Ny anmärkning";
    next.programs[0].areas[0].goals.push(added);

    const merge = planMerge(table.columns, body, structureToRows(next, "sv", COLUMNS), {
      goalColumns: COLUMNS,
    });
    expect(merge.updates).toEqual(
      expect.arrayContaining([
        { row: 0, col: 4, value: "KS 2024/1" },
        { row: 1, col: 3, value: g1.text },
      ]),
    );
    expect(merge.updates.filter((u) => u.col === COLUMNS.length - 1)).toEqual([]);
    expect(merge.counts.updatedCells).toEqual({ text: 1, [REF]: 1 });
    expect(merge.counts.userColumns).toEqual([]);
    const appended = merge.appends[0];
    expect(appended[0]).toBe("NY-1");
    expect(appended[4]).toBe("KS 2024/2");
    expect(appended[COLUMNS.length - 1]).toBe("Ny anmärkning");
    expect(merge.body[2][COLUMNS.length - 1]).toBe("Officials' own note");

    // With the source's columns, both are a user's columns: the merge writes neither.
    const plain = planMerge(table.columns, body, structureToRows(next, "sv"));
    expect(plain.counts.userColumns).toEqual(["Diarienummer", "Anmärkning"]);
    expect(plain.updates.every((u) => u.col !== 4 && u.col !== COLUMNS.length - 1)).toBe(true);
  });

  it("is checked: a key given twice, or a second column of a kind that has one, is refused", () => {
    expect(() => checkGoalColumns(COLUMNS)).not.toThrow();
    expect(() => checkGoalColumns([...COLUMNS, { ...NOTE, key: "status" as ColumnKey }])).toThrow(/twice/);
    expect(() =>
      checkGoalColumns([...COLUMNS, { ...NOTE, key: "rating" as ColumnKey, kind: "status" }]),
    ).toThrow(/kind "status"/);
  });
});
