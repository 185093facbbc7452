/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these rules are for Office.js proxies; here the cells are ExcelJS objects held in memory. */
// The task pane's reader of our workbooks (src/xlsxlite/, JSZip + DOMParser) against the CLI's
// (workbookTables in src/xlsx/read.ts, ExcelJS): for workbooks written by the CLI's writer, and
// for the same workbooks after an official typed numbers, dates, formulas and rich text into
// them, both must give the same tables, cell for cell. The DOM is jsdom's, as in the pane's tests.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { JSDOM } from "jsdom";
import { bundledStructure, type GoalStructure, type Lang } from "../../src/domain";
import { GOAL_TABLE, HISTORY_TABLE, buildWorkbookPlan, readWorkbookTables } from "../../src/plan";
import { tableStructure } from "../../src/plan/goalTable";
import { loadWorkbook, workbookTables } from "../../src/xlsx/read";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { NotWorkbookError, readXlsxTables } from "../../src/xlsxlite/read";
import type { XmlParser } from "../../src/xlsxlite/xml";
import { AWKWARD_COMMENTS, goalsIn, withHistory } from "../history/fixtures";
import { withIndicators } from "../indicators/fixtures";

const { DOMParser: JsdomParser } = new JSDOM("").window;
const parse: XmlParser = (text) => new JsdomParser().parseFromString(text, "application/xml");

/** Comments nobody should lose: formulas, line breaks, non-ASCII, a long one. */
const CURRENT_COMMENTS = [
  "=SUM(A1)",
  "Första raden\r\nandra raden\nтретья строка",
  "Åäö ÅÄÖ é ß ø 中文 👩‍👩‍👧 \u00a0nbsp",
  // ExcelJS writes this verbatim and both readers (and Excel) then read a CR: kept for parity only.
  "_x000D_ looks like an escape",
  "<tag attr=\"x\"> & 'quotes'",
  "ö".repeat(5_000),
  ...AWKWARD_COMMENTS,
];

function awkward(): GoalStructure {
  const s = withHistory();
  goalsIn(s).forEach((g, i) => {
    if (i < CURRENT_COMMENTS.length) g.comment = CURRENT_COMMENTS[i];
  });
  return s;
}

async function written(structure: GoalStructure, lang: Lang): Promise<Buffer> {
  return writeWorkbookBuffer(buildWorkbookPlan(structure, lang));
}

async function edited(bytes: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await loadWorkbook(bytes);
  edit(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function bothReaders(bytes: Buffer): Promise<{ cli: unknown; lite: unknown }> {
  const cli = workbookTables(await loadWorkbook(bytes));
  const lite = await readXlsxTables(new Uint8Array(bytes), { parse });
  return { cli, lite };
}

interface LoadedTable {
  table?: { name?: string; tableRef?: string; ref?: string };
}

/** The sheet and top-left cell of the table `name`. */
function tableAt(wb: ExcelJS.Workbook, name: string): { ws: ExcelJS.Worksheet; row: number; col: number } {
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as LoadedTable[]) {
      if (t.table?.name !== name) continue;
      const ref = (t.table.tableRef ?? t.table.ref ?? "").split(":")[0];
      const cell = ws.getCell(ref);
      return { ws, row: Number(cell.row), col: Number(cell.col) };
    }
  }
  throw new Error(`no table ${name}`);
}

describe("the task pane's workbook reader and the CLI's read the same tables", () => {
  it.each(["sv", "en"] as const)(
    "for the bundled example with history and awkward comments, written in %s",
    async (lang) => {
      const bytes = await written(awkward(), lang);
      const { cli, lite } = await bothReaders(bytes);
      expect(cli).not.toBeNull();
      expect(lite).toEqual(cli);
      // Not vacuous: the comments arrive as written, the history with them.
      const read = readWorkbookTables(lite as NonNullable<Awaited<ReturnType<typeof readXlsxTables>>>);
      if (!read.ok) throw new Error("goal table not read");
      const comments = goalsIn(tableStructure(read.value).structure).map((g) => g.comment ?? "");
      for (const c of [0, 1, 2, 4, 5].map((i) => CURRENT_COMMENTS[i]))
        expect(comments).toContain(c.replace(/\r\n/g, "\n"));
      expect(read.value.history?.rows.length).toBeGreaterThan(5);
    },
  );

  it.each(["sv", "en"] as const)("for a workbook with indicators, written in %s", async (lang) => {
    const structure = withIndicators();
    const { cli, lite } = await bothReaders(await written(structure, lang));
    expect(lite).toEqual(cli);
    const read = readWorkbookTables(lite as NonNullable<Awaited<ReturnType<typeof readXlsxTables>>>);
    if (!read.ok) throw new Error("goal table not read");
    // Not vacuous: the pane's read holds the indicators and their values, decimals and all.
    const back = goalsIn(tableStructure(read.value).structure);
    expect(back[0].indicators?.[0].values).toEqual(goalsIn(structure)[0].indicators?.[0].values);
    expect(back[1].indicators?.map((i) => i.name)).toEqual(["=Utsläpp (ton CO2e)", "Cykelresor"]);
  });

  it("after cells were typed over: numbers, dates, booleans, formulas, errors, rich text, links", async () => {
    const bytes = await edited(await written(bundledStructure(), "sv"), (wb) => {
      const { ws, row, col } = tableAt(wb, GOAL_TABLE);
      const cell = (r: number, c: number): ExcelJS.Cell => ws.getCell(row + r, col + c);
      // A style of its own: ExcelJS shares one style object among the cells it loaded with it.
      const format = (c: ExcelJS.Cell, numFmt: string): void => {
        c.style = { ...c.style, numFmt };
      };
      cell(1, 0).value = 12;
      cell(2, 0).value = 0.1 + 0.2;
      cell(3, 0).value = 1e21;
      cell(4, 0).value = -1.5e-7;
      cell(5, 1).value = true;
      cell(6, 1).value = false;
      cell(7, 2).value = new Date(Date.UTC(2024, 2, 15));
      format(cell(7, 2), "yyyy-mm-dd");
      cell(8, 2).value = 45000;
      format(cell(8, 2), "d mmm yyyy");
      cell(9, 2).value = 45000.75;
      format(cell(9, 2), "0.00");
      cell(10, 3).value = { formula: "1+1", result: 2 };
      cell(11, 3).value = { formula: 'UPPER("grön")', result: "GRÖN" };
      cell(12, 3).value = { formula: "1/0", result: { error: "#DIV/0!" } };
      cell(13, 3).value = { error: "#N/A" };
      cell(14, 3).value = {
        richText: [{ text: "Röd " }, { font: { bold: true }, text: "men" }, { text: " på väg" }],
      };
      cell(15, 3).value = { text: "en länk", hyperlink: "https://example.com/" };
      cell(16, 3).value = "  spaces kept  ";
      cell(17, 3).value = "";
      cell(18, 3).value = null;
      cell(19, 3).value = { formula: "TODAY()", result: 45000 };
      format(cell(19, 3), "yyyy-mm-dd");
    });
    const { cli, lite } = await bothReaders(bytes);
    expect(lite).toEqual(cli);
    const goals = (lite as { goals: { body: string[][] } }).goals.body;
    expect(goals[0][0]).toBe("12");
    expect(goals[6][2]).toBe("2024-03-15");
    expect(goals[13][3]).toBe("Röd men på väg");
  });

  it("finds a renamed goal table by its columns, and gives null for a workbook without one", async () => {
    const renamed = await edited(await written(bundledStructure(), "en"), (wb) => {
      const { ws } = tableAt(wb, GOAL_TABLE);
      const table = ws.getTable(GOAL_TABLE) as unknown as { name: string; table: { name: string } };
      table.table.name = "MyGoals";
    });
    const found = await bothReaders(renamed);
    expect(found.lite).toEqual(found.cli);
    expect((found.lite as { goals: { header: string[] } }).goals.header).toContain("Goal ID");

    const none = new ExcelJS.Workbook();
    none.addWorksheet("Blad1").getCell("A1").value = "hej";
    const empty = await bothReaders(Buffer.from((await none.xlsx.writeBuffer()) as ArrayBuffer));
    expect(empty.cli).toBeNull();
    expect(empty.lite).toBeNull();
  });
});

/** A minimal package with the given parts, as another writer (Excel, LibreOffice) might make it. */
async function packageOf(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

async function deflated(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** `bytes` with the uncompressed size of `name` rewritten in its local and central headers. */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  const nameAt = (at: number): boolean => encoded.every((b, i) => out[at + i] === b);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint16(i + 26, true) === encoded.length && nameAt(i + 30)) {
      view.setUint32(i + 22, size, true);
      patched += 1;
    } else if (
      signature === 0x02014b50 &&
      view.getUint16(i + 28, true) === encoded.length &&
      nameAt(i + 46)
    ) {
      view.setUint32(i + 24, size, true);
      patched += 1;
    }
  }
  expect(patched).toBe(2);
  return out;
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function handMade(sheetXml: string, sharedXml: string): Record<string, string> {
  return {
    "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<x:workbook xmlns:x="${NS}" xmlns:r="${REL}"><x:sheets><x:sheet name="Mål" sheetId="1" r:id="s1"/></x:sheets></x:workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="s1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="ss" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/worksheets/_rels/sheet1.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="t1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
    "xl/tables/table1.xml": `<table xmlns="${NS}" id="1" name="${GOAL_TABLE}" displayName="${GOAL_TABLE}" ref="A1:C3"/>`,
    "xl/worksheets/sheet1.xml": sheetXml,
    "xl/sharedStrings.xml": sharedXml,
  };
}

describe("the task pane's workbook reader on files of other writers", () => {
  it("reads prefixed names, inline and rich strings, escapes, phonetic runs and cells without references", async () => {
    const shared = `<x:sst xmlns:x="${NS}"><x:si><x:t>Mål-ID</x:t></x:si><x:si><x:r><x:t>Mål</x:t></x:r><x:r><x:t xml:space="preserve">text </x:t></x:r><x:rPh><x:t>ふりがな</x:t></x:rPh></x:si><x:si><x:t>Rad_x000D_
två</x:t></x:si></x:sst>`;
    const sheet = `<x:worksheet xmlns:x="${NS}"><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Status</x:t></x:is></x:c></x:row>
      <x:row><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="C2" t="str"><x:f>"grön"</x:f><x:v>grön</x:v></x:c></x:row>
      <x:row r="3"><x:c r="B3" t="b"><x:v>1</x:v></x:c><x:c r="C3" t="e"><x:v>#REF!</x:v></x:c></x:row>
      <x:row r="4"><x:c r="A4"><x:v>outside the table</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    const tables = await readXlsxTables(await packageOf(handMade(sheet, shared)), { parse });
    expect(tables?.goals).toEqual({
      sheet: "Mål",
      topLeft: "A1",
      header: ["Mål-ID", "Måltext ", "Status"],
      body: [
        ["Rad\r\ntvå", "", "grön"],
        ["", "TRUE", "#REF!"],
      ],
    });
  });

  it("says what is wrong with bytes that are no workbook", async () => {
    const kind = async (bytes: Uint8Array): Promise<string> => {
      try {
        await readXlsxTables(bytes, { parse });
        return "read";
      } catch (e) {
        if (e instanceof NotWorkbookError) return e.kind;
        throw e;
      }
    };
    expect(await kind(new Uint8Array(0))).toBe("empty");
    expect(await kind(new TextEncoder().encode('{"year": 2023}'))).toBe("not-zip");
    expect(await kind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe("damaged");
    expect(await kind(await packageOf({ "word/document.xml": "<w:document/>" }))).toBe("not-workbook");
    const parts = handMade("<worksheet", "<sst/>");
    expect(await kind(await packageOf(parts))).toBe("damaged");
    const huge = handMade(`<worksheet xmlns="${NS}"/>`, `<sst xmlns="${NS}"/>`);
    huge["xl/tables/table1.xml"] = `<table xmlns="${NS}" name="${GOAL_TABLE}" ref="A1:Z1048576"/>`;
    expect(await kind(await packageOf(huge))).toBe("too-large");
    // A part with a document type could expand entities in the host's parser: never parsed.
    const entities = handMade(`<worksheet xmlns="${NS}"/>`, `<sst xmlns="${NS}"/>`);
    entities["xl/sharedStrings.xml"] =
      `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]><sst xmlns="${NS}"><si><t>&a;</t></si></sst>`;
    expect(await kind(await packageOf(entities))).toBe("damaged");
  });

  it("reads the body above a totals row a user switched on, not the row itself", async () => {
    const plain = await written(awkward(), "sv");
    let summaAt = "";
    const typed = await edited(plain, (wb) => {
      const { ws } = tableAt(wb, GOAL_TABLE);
      for (const t of ws.getTables() as unknown as LoadedTable[]) {
        if (t.table?.name !== GOAL_TABLE) continue;
        const [from, to] = (t.table.tableRef ?? t.table.ref ?? "").split(":");
        const bottom = Number(ws.getCell(to).row);
        summaAt = `${from.replace(/\d+$/, "")}${bottom + 1}`;
        ws.getCell(summaAt).value = "Summa";
      }
    });
    const zip = await JSZip.loadAsync(typed);
    let patched = 0;
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/tables/"))) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      if (!xml.includes(`name="${GOAL_TABLE}"`)) continue;
      const withTotals = xml
        .replace(/\stotalsRowShown="\d"/, "")
        .replace(
          / ref="([A-Z]+\d+):([A-Z]+)(\d+)"/,
          (_m, a: string, col: string, row: string) => ` ref="${a}:${col}${Number(row) + 1}"`,
        )
        .replace("<table ", '<table totalsRowCount="1" ');
      zip.file(name, withTotals);
      patched += 1;
    }
    expect(patched).toBe(1);
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    // Against the same file before the switch: "Summa" is below the table there.
    const before = await bothReaders(typed);
    const after = await bothReaders(bytes);
    const bodyOf = (t: unknown): string[][] => (t as { goals: { body: string[][] } }).goals.body;
    expect(summaAt).not.toBe("");
    expect(bodyOf(after.cli)).toEqual(bodyOf(before.cli));
    expect(bodyOf(after.lite)).toEqual(bodyOf(before.lite));
    expect(bodyOf(after.cli).flat()).not.toContain("Summa");
  });

  it("refuses an archive that declares small parts and inflates past the budget", async () => {
    const budget = 1024 * 1024;
    const kind = async (bytes: Uint8Array): Promise<string> => {
      try {
        await readXlsxTables(bytes, { parse, maxInflatedBytes: budget });
        return "read";
      } catch (e) {
        if (e instanceof NotWorkbookError) return e.kind;
        throw e;
      }
    };
    // 4 MB of rows that compress to a few kilobytes, honestly declared: refused from the directory.
    const parts = handMade(
      `<worksheet xmlns="${NS}"><sheetData>${"<row/>".repeat(700_000)}</sheetData></worksheet>`,
      `<sst xmlns="${NS}"/>`,
    );
    const honest = await deflated(parts);
    expect(await kind(honest)).toBe("too-large");
    // The same archive claiming the sheet inflates to 100 bytes: refused while inflating.
    expect(await kind(declareSize(honest, "xl/worksheets/sheet1.xml", 100))).toBe("too-large");
    // Under the budget the same claim changes nothing: a small workbook still reads.
    const small = handMade(`<worksheet xmlns="${NS}"><sheetData/></worksheet>`, `<sst xmlns="${NS}"/>`);
    expect(await kind(await deflated(small))).toBe("read");
  });

  it("finds the history table next to the goal table in a workbook of ours", async () => {
    const tables = await readXlsxTables(new Uint8Array(await written(withHistory(), "sv")), { parse });
    expect(tables?.history?.header.length).toBeGreaterThan(3);
    expect(tables?.history?.sheet).not.toBe(tables?.goals.sheet);
    expect(HISTORY_TABLE).toMatch(/Historik/);
  });
});
