/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these rules are for Office.js proxies; here the cells are ExcelJS objects held in memory. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
// JSZip ships with ExcelJS (its zip library); the tests open the package parts with it.
import JSZip from "jszip";
import {
  bundledStructure,
  rowsToStructure,
  structureToRows,
  summarize,
  type Goal,
  type GoalStructure,
} from "../../src/domain";
import { buildWorkbookPlan, isFormula, parseRange, type WorkbookPlan } from "../../src/plan";
import { cellText, loadWorkbook, readGoalRowsFromXlsx } from "../../src/xlsx/read";
import { CellTextTooLongError, writeWorkbookBuffer, writeWorkbookFile } from "../../src/xlsx/write";
import { main } from "../../src/cli/main";
import { packageProblems } from "./package";

/** The smallest structure that exercises one goal: one programme, one area. */
function oneGoal(goal: Goal): GoalStructure {
  return {
    organisation: "Testkommun",
    year: 2024,
    programs: [{ id: "p", name: "P", areas: [{ id: "a", name: "A", sdgs: [], goals: [goal] }] }],
  };
}

async function sheetXml(buffer: Buffer, index: number): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file(`xl/worksheets/sheet${index}.xml`)!.async("string");
}

const structure = bundledStructure();
let planSv: WorkbookPlan;
let bufferSv: Buffer;
let dir: string;

beforeAll(async () => {
  planSv = buildWorkbookPlan(structure, "sv");
  bufferSv = await writeWorkbookBuffer(planSv);
  dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-xlsx-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("the ExcelJS rendering", () => {
  it("is a package Excel opens without repair", async () => {
    expect(await packageProblems(bufferSv)).toEqual([]);
    expect(await packageProblems(await writeWorkbookBuffer(buildWorkbookPlan(structure, "en")))).toEqual([]);
  });

  it("writes every formula with its cached result and every value of the plan", async () => {
    const wb = await loadWorkbook(bufferSv);
    let formulas = 0;
    for (const [index, sheet] of planSv.sheets.entries()) {
      const ws = wb.getWorksheet(sheet.name);
      expect(ws).toBeDefined();
      // The cached results are checked in the XML: ExcelJS's reader drops a cached 0.
      const xml = await sheetXml(bufferSv, index + 1);
      const cached = new Map(
        [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>([^<]*)<\/f><v>([^<]*)<\/v><\/c>/g)].map((m) => [
          m[1],
          m[3],
        ]),
      );
      for (const b of sheet.blocks) {
        const r = parseRange(b.range);
        b.values.forEach((row, i) =>
          row.forEach((v, j) => {
            const cell = ws!.getCell(r.top + i, r.left + j);
            if (v !== null && isFormula(v)) {
              formulas++;
              expect(cell.formula).toBe(v.formula);
              expect({ cell: cell.address, cached: cached.get(cell.address) }).toEqual({
                cell: cell.address,
                cached: String(v.result),
              });
            } else if (v !== null) {
              expect(cell.value).toEqual(v);
            }
          }),
        );
      }
    }
    expect(formulas).toBeGreaterThan(100);
  });

  it("writes validations and rules once per range, and only expression rules", async () => {
    const xml = await sheetXml(bufferSv, 1);
    const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(sqrefs.sort()).toEqual(planSv.sheets[0].validations.map((v) => v.range).sort());
    const cf = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(cf.sort()).toEqual([...new Set(planSv.sheets[0].conditionalFormats.map((c) => c.range))].sort());
    const types = [...xml.matchAll(/<cfRule type="([^"]+)"/g)].map((m) => m[1]);
    // Three statuses, three trends, and the repeated programme and area names.
    expect(types).toHaveLength(8);
    expect(types).toHaveLength(planSv.sheets[0].conditionalFormats.length);
    expect(new Set(types)).toEqual(new Set(["expression"]));
    expect(xml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
  });

  it("writes the rules that grey repeated programme and area names with the plan's formulas and colours", async () => {
    const xml = await sheetXml(bufferSv, 1);
    const styles = await (await JSZip.loadAsync(bufferSv)).file("xl/styles.xml")!.async("string");
    const dxfs = [
      ...(/<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? "").matchAll(/<dxf>([\s\S]*?)<\/dxf>/g),
    ].map((m) => m[1]);
    const repeats = planSv.sheets[0].conditionalFormats.filter((c) => c.marks.value === "repeat");
    expect(repeats.map((c) => c.marks.column)).toEqual(["program", "area"]);
    for (const cf of repeats) {
      const at = new RegExp(
        `<conditionalFormatting sqref="${cf.range}"><cfRule type="expression" dxfId="(\\d+)" priority="\\d+"><formula>([^<]*)</formula>`,
      ).exec(xml);
      expect(at).not.toBeNull();
      expect(at![2].replace(/&gt;/g, ">")).toBe(cf.formula);
      const dxf = dxfs[Number(at![1])];
      expect(dxf).toContain(`<color rgb="FF${cf.format.fontColor.slice(1)}"/>`);
      expect(dxf).toContain(`<bgColor rgb="FF${cf.format.fill.slice(1)}"/>`);
      expect(dxf).not.toContain("<b/>");
    }
  });

  it("keeps text that looks like a formula as a string, never as a formula", async () => {
    const s = oneGoal({ id: "G1", text: "=1+1", status: "red", trend: null, comment: "+46 70 000 00 00" });
    const buffer = await writeWorkbookBuffer(buildWorkbookPlan(s, "sv"));
    const xml = await sheetXml(buffer, 1);
    // The goal sheet has no formula at all; its cells are shared strings.
    expect(xml).not.toContain("<f>");
    const wb = await loadWorkbook(buffer);
    const ws = wb.getWorksheet("Mål")!;
    const values = ws.getRow(3).values as ExcelJS.CellValue[];
    expect(values).toContain("=1+1");
    expect(values).toContain("+46 70 000 00 00");
  });

  it("refuses a text longer than an Excel cell holds instead of writing a file Excel repairs", async () => {
    const s = oneGoal({ id: "G", text: "x".repeat(40000), status: null, trend: null });
    await expect(writeWorkbookBuffer(buildWorkbookPlan(s, "sv"))).rejects.toBeInstanceOf(
      CellTextTooLongError,
    );
  });

  it("replaces an existing file and leaves no temporary file behind, also when writing fails", async () => {
    const file = path.join(dir, "out.xlsx");
    writeFileSync(file, "old");
    await writeWorkbookFile(planSv, file);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    await expect(writeWorkbookFile(planSv, path.join(dir, "missing-dir", "x.xlsx"))).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("reading an .xlsx back", () => {
  it("gives the rows and reference the workbook was made from", async () => {
    const result = await readGoalRowsFromXlsx(bufferSv);
    if (!result.ok) throw new Error("not read");
    expect(result.value.rows).toEqual(structureToRows(structure, "sv"));
    const back = rowsToStructure(result.value.rows, result.value.reference, result.value.lang);
    expect(back.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(summarize(back.structure)).toEqual(summarize(structure));
  });

  it("follows a table an official rearranged: moved columns, an added column, more rows", async () => {
    const wb = await loadWorkbook(bufferSv);
    const ws = wb.getWorksheet("Mål")!;
    // Swap the Status (G) and Mål-ID (A) columns, header and body, and add a user column K.
    const last = ws.rowCount;
    for (let r = 3; r <= last; r++) {
      const a = ws.getCell(r, 1).value;
      ws.getCell(r, 1).value = ws.getCell(r, 7).value;
      ws.getCell(r, 7).value = a;
    }
    // Append a goal by extending the table's range by one row.
    const table = (ws.getTables() as unknown as { table: { tableRef: string } }[])[0].table;
    table.tableRef = `A3:J${last + 1}`;
    const values = [
      "Röd",
      "Program för social hållbarhet",
      "Hälsa",
      "Nytt mål",
      "",
      "",
      "NY-1",
      "Uppåt",
      "",
      "",
    ];
    values.forEach((v, j) => (ws.getCell(last + 1, j + 1).value = v));
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const result = await readGoalRowsFromXlsx(edited);
    if (!result.ok) throw new Error("not read");
    const v = result.value;
    expect(v.columns.status).toBe(0);
    expect(v.columns.id).toBe(6);
    const added = v.rows[v.rows.length - 1];
    expect(added.cells).toMatchObject({ id: "NY-1", status: "Röd", trend: "Uppåt", area: "Hälsa" });
    expect(v.address(added.index, "id")).toBe(`Mål!G${last + 1}`);
    const s = summarize(rowsToStructure(v.rows, v.reference, v.lang).structure);
    expect(s.total.total).toBe(summarize(structure).total.total + 1);
  });

  it("reads the text of every kind of cell value", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(" röd")).toBe(" röd");
    expect(cellText(3)).toBe("3");
    expect(cellText({ richText: [{ text: "Gr" }, { text: "ön" }] })).toBe("Grön");
    expect(cellText({ formula: "A1", result: "Gul" } as ExcelJS.CellValue)).toBe("Gul");
    expect(cellText(new Date("2024-02-01T00:00:00Z"))).toBe("2024-02-01");
  });
});

describe("the CLI with workbooks", () => {
  function io() {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
  }

  it("writes the bundled workbook and reads it back with summary and validate", async () => {
    const file = path.join(dir, "cli.xlsx");
    const w = io();
    expect(await main(["workbook", "--out", file, "--lang", "en"], w.io)).toBe(0);
    expect(w.out.join("")).toContain("72 goals");
    expect(existsSync(file)).toBe(true);

    const fromJson = io();
    const fromXlsx = io();
    await main(["summary", "--format", "json"], fromJson.io);
    await main(["summary", file, "--format", "json"], fromXlsx.io);
    const a = JSON.parse(fromJson.out.join(""));
    const b = JSON.parse(fromXlsx.out.join(""));
    // Same counts, reconciliation, text and findings; only the input's name differs.
    expect({ ...b, input: null, issues: null }).toEqual({ ...a, input: null, issues: null });
    expect(b.issues.map((i: { code: string; row: number }) => [i.code, i.row])).toEqual(
      a.issues.map((i: { code: string; row: number }) => [i.code, i.row]),
    );

    const v = io();
    // The bundled example has unassessed action-plan goals: warnings, so exit code 1.
    expect(await main(["validate", file], v.io)).toBe(1);
    expect(v.out.join("")).toMatch(/^Goals!G70: warning · HP-D1 · Status: /m);
  });

  it("locates an edited cell by its address and exits 1; 0 for a clean file; 2 for an unreadable one", async () => {
    const clean = oneGoal({ id: "G1", text: "Mål", status: "red", trend: "up" });
    const json = path.join(dir, "clean.json");
    writeFileSync(json, JSON.stringify(clean));
    const xlsx = path.join(dir, "clean.xlsx");
    expect(await main(["workbook", json, "--out", xlsx], io().io)).toBe(0);
    const ok = io();
    expect(await main(["validate", xlsx], ok.io)).toBe(0);
    expect(await main(["validate", json], io().io)).toBe(0);

    const wb = await loadWorkbook(xlsx);
    wb.getWorksheet("Mål")!.getCell("G3").value = "Blå";
    wb.getWorksheet("Mål")!.getCell("H3").value = " uppåt";
    const edited = path.join(dir, "edited.xlsx");
    await wb.xlsx.writeFile(edited);
    const bad = io();
    expect(await main(["validate", edited], bad.io)).toBe(1);
    const text = bad.out.join("");
    expect(text).toMatch(/^Mål!G3: fel · G1 · Status: .*Blå/m);
    expect(text).toMatch(/^Mål!H3: info · G1 · Trend: .*förslag: ”Uppåt”/m);

    const badJson = path.join(dir, "bad.json");
    writeFileSync(
      badJson,
      JSON.stringify({
        ...clean,
        programs: [
          {
            ...clean.programs[0],
            areas: [
              { ...clean.programs[0].areas[0], goals: [{ id: "G1", text: "", status: null, trend: "up" }] },
            ],
          },
        ],
      }),
    );
    const bj = io();
    expect(await main(["validate", badJson], bj.io)).toBe(1);
    expect(bj.out.join("")).toContain("$.programs[0].areas[0].goals[0].text: ");

    const schema = path.join(dir, "schema.json");
    writeFileSync(
      schema,
      JSON.stringify({
        ...clean,
        programs: [
          {
            id: "p",
            name: "P",
            areas: [
              { id: "a", name: "A", sdgs: [], goals: [{ id: "G1", text: "x", status: "blå", trend: null }] },
            ],
          },
        ],
      }),
    );
    const sj = io();
    expect(await main(["validate", schema], sj.io)).toBe(1);
    expect(sj.out.join("")).toContain("$.programs[0].areas[0].goals[0].status");

    const notXlsx = path.join(dir, "not.xlsx");
    writeFileSync(notXlsx, "hello");
    expect(await main(["validate", notXlsx], io().io)).toBe(2);
    expect(await main(["validate", path.join(dir, "nope.xlsx")], io().io)).toBe(2);
    const syntax = path.join(dir, "syntax.json");
    writeFileSync(syntax, "{ not json");
    expect(await main(["validate", syntax], io().io)).toBe(2);
    const noOut = io();
    expect(await main(["workbook"], noOut.io)).toBe(2);
    expect(noOut.err.join("")).toContain("--out");
  });
});
