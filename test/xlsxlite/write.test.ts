// The pane's .xlsx writer (src/xlsxlite/write.ts, JSZip only) against the CLI's (ExcelJS): for a
// split of a workbook with five responsible bodies, each pane-written file, read back by the CLI's
// reader (ExcelJS) and by the pane's (xlsxlite), gives the same goals, tables, list validations,
// colour rules, column widths, frozen rows, defined names and sent record as the file the CLI's
// split writes for the same body; the record's sheet is very hidden; text that looks like a formula
// stays text; nothing in a pane-written file is a formula except the summary's.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { JSDOM } from "jsdom";
import { readWorkbookTables } from "../../src/plan";
import { tableStructure } from "../../src/plan/goalTable";
import { SENT_SHEET } from "../../src/plan/sent";
import { splitBooks, type SplitBook } from "../../src/plan/split";
import { loadWorkbook, workbookTables } from "../../src/xlsx/read";
import { addSentSheet, readSentSheet } from "../../src/xlsx/sent";
import { renderWorkbook, writeWorkbookBuffer } from "../../src/xlsx/write";
import { readXlsxReturn } from "../../src/xlsxlite/read";
import { TextTooLongError, sentSheet, writeXlsx } from "../../src/xlsxlite/write";
import type { XmlParser } from "../../src/xlsxlite/xml";
import { exampleStructure } from "../history/example";
import { FIVE_BODIES, fiveBodies } from "./fiveBodies";

const { DOMParser: JsdomParser } = new JSDOM("").window;
const parse: XmlParser = (text) => new JsdomParser().parseFromString(text, "application/xml");

const OPTIONS = { split: "test-split", main: "main.xlsx", noResponsible: "Utan ansvarig" };

async function cliBytes(book: SplitBook): Promise<Buffer> {
  const wb = renderWorkbook(book.plan);
  addSentSheet(wb, book.record);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const paneBytes = (book: SplitBook): Promise<Uint8Array> => writeXlsx(book.plan, [sentSheet(book.record)]);

/** What each written cell looks like: number format, font, fill, alignment, borders. */
function cellFormats(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      const fill = c.fill as { fgColor?: { argb?: string } } | undefined;
      out[c.address] = {
        numFmt: c.numFmt,
        bold: c.font?.bold === true,
        italic: c.font?.italic === true,
        size: c.font?.size ?? 11,
        color: c.font?.color?.argb,
        fill: fill?.fgColor?.argb,
        wrap: c.alignment?.wrapText === true,
        horizontal: c.alignment?.horizontal,
        vertical: c.alignment?.vertical,
        top: c.border?.top?.style,
        bottom: c.border?.bottom?.style,
      };
    }),
  );
  return out;
}

/** What the CLI's reader finds in the file: goal structure, tables, record, sheet states. */
async function cliView(bytes: Uint8Array) {
  const wb = await loadWorkbook(Buffer.from(bytes));
  const tables = workbookTables(wb);
  if (tables === null) throw new Error("no goal table");
  const read = readWorkbookTables(tables);
  if (!read.ok) throw new Error("goal table unreadable");
  const sheets = wb.worksheets.map((ws) => {
    const model = ws as unknown as {
      dataValidations: { model: Record<string, unknown> };
      conditionalFormattings: unknown[];
    };
    return {
      name: ws.name,
      state: ws.state,
      validations: model.dataValidations.model,
      conditional: model.conditionalFormattings,
      widths: ws.columns?.map((c) => c.width) ?? [],
      views: (ws.views ?? []).map((v) => ({ state: v.state, ySplit: (v as { ySplit?: number }).ySplit })),
      tables: (
        ws.getTables() as unknown as { table: { name: string; tableRef: string; style: unknown } }[]
      ).map((t) => ({ name: t.table.name, ref: t.table.tableRef })),
      merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
      formats: cellFormats(ws),
      heights: (() => {
        const h: [number, number | undefined][] = [];
        ws.eachRow((row, n) => {
          if (row.height !== undefined) h.push([n, row.height]);
        });
        return h;
      })(),
    };
  });
  return { structure: tableStructure(read.value).structure, tables, record: readSentSheet(wb), sheets };
}

const paneView = (bytes: Uint8Array) => readXlsxReturn(bytes, { parse });

/** The <definedName> elements of workbook.xml, sorted. */
async function definedNames(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g)]
    .map((m) => `${/name="([^"]*)"/.exec(m[0])?.[1]}=${m[1]}`)
    .sort();
}

let books: SplitBook[];
let cli: Buffer[];
let pane: Uint8Array[];
beforeAll(async () => {
  books = splitBooks({ structure: fiveBodies(), lang: "sv" }, OPTIONS);
  cli = await Promise.all(books.map(cliBytes));
  pane = await Promise.all(books.map(paneBytes));
}, 60000);

it("splits the five bodies into five files, each with only its goals", () => {
  expect(books.map((b) => b.responsible)).toEqual(FIVE_BODIES);
  expect(books.map((b) => b.fileName)).toEqual([
    "Kommunstyrelsen",
    "Tekniska nämnden",
    "Miljö- och konsumentnämnden",
    "Barn-ungdom- nämnd-",
    "Kultur, idrott & fritid",
  ]);
  expect(books.map((b) => b.goals)).toEqual([3, 2, 2, 2, 2]);
});

it("the CLI's reader sees the same workbook in the pane's file as in the CLI's", async () => {
  for (let i = 0; i < books.length; i++) {
    const [fromCli, fromPane] = [await cliView(cli[i]), await cliView(pane[i])];
    expect(fromPane.structure).toEqual(fromCli.structure);
    expect(fromPane.tables).toEqual(fromCli.tables);
    expect(fromPane.record).toEqual(books[i].record);
    expect(fromPane.record).toEqual(fromCli.record);
    expect(fromPane.sheets).toEqual(fromCli.sheets);
    // Not vacuous: the goal table's header is white on dark blue, the summary has fitted rows.
    expect(fromPane.sheets[0].formats.A2).toMatchObject({ bold: true, fill: "FF1F4E79", color: "FFFFFFFF" });
    expect(fromPane.sheets[1].heights.length).toBeGreaterThan(0);
    expect(Object.keys(fromPane.sheets[0].validations).length).toBeGreaterThan(0);
    expect(fromPane.sheets.map((s) => s.state)).toEqual([
      "visible",
      "visible",
      "visible",
      "visible",
      "veryHidden",
    ]);
    const goals = fromPane.structure.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
    expect(goals.map((g) => g.responsible)).toEqual(goals.map(() => books[i].responsible));
  }
});

it("the pane's reader sees the same tables and record in both files", async () => {
  for (let i = 0; i < books.length; i++) {
    const [fromCli, fromPane] = [await paneView(cli[i]), await paneView(pane[i])];
    expect(fromPane).toEqual(fromCli);
    expect(fromPane.sent).not.toBeNull();
  }
});

it("keeps the summary's defined names and the print titles", async () => {
  for (let i = 0; i < books.length; i++) {
    const names = await definedNames(pane[i]);
    expect(names).toEqual(await definedNames(cli[i]));
    expect(names.length).toBeGreaterThan(books[i].plan.sheets.flatMap((s) => s.names).length);
  }
});

it("writes text as text: no cell outside the summary and the last-year columns holds a formula", async () => {
  const zip = await JSZip.loadAsync(pane[0]);
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const withFormulas: string[] = [];
  for (const name of sheets)
    if (/<f>/.test((await zip.file(name)?.async("string")) ?? "")) withFormulas.push(name);
  // The summary is the second sheet; its formulas are the plan's. On the goal sheet, only the
  // last-year columns' lookups in the history table (the structure has history).
  expect(withFormulas).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
  const goalXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  const goalFormulas = [...goalXml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
  expect(goalFormulas.length).toBeGreaterThan(0);
  expect(goalFormulas.every((f) => f.includes("Maluppfoljning_Historik["))).toBe(true);
  const wb = await loadWorkbook(Buffer.from(pane[0]));
  const goals = wb.worksheets[0];
  const formulaLike: unknown[] = [];
  goals.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === "string" && /^[=+\-@]/.test(c.value)) formulaLike.push(c.numFmt);
    }),
  );
  expect(formulaLike.length).toBeGreaterThan(0);
  expect(new Set(formulaLike)).toEqual(new Set(["@"]));
});

it("draws the summary's charts as the CLI's workbook does", async () => {
  const parts = async (bytes: Uint8Array): Promise<string[]> => {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n));
    return Promise.all(names.sort().map(async (n) => `${n}\n${await zip.file(n)?.async("string")}`));
  };
  const pane0 = await parts(pane[0]);
  const summary = books[0].plan.sheets.find((s) => s.role === "summary");
  expect(pane0.filter((p) => p.startsWith("xl/charts/"))).toHaveLength(summary?.charts?.length ?? -1);
  expect(pane0.length).toBeGreaterThan(1);
  // The same chart and drawing parts as the CLI's `workbook` writes for the same plan.
  expect(pane0).toEqual(await parts(await writeWorkbookBuffer(books[0].plan)));
});

it("keeps every character of a text exactly, in the goal table and in the record", async () => {
  const s = exampleStructure();
  const texts = [
    "_x000D_ looks like an escape",
    "CR\r\nLF",
    "bell\u0007 and tab\tinside",
    "ø👩‍👩‍👧".repeat(3000),
  ];
  const goals = s.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
  texts.forEach((text, i) => (goals[i].comment = text));
  const [book] = splitBooks({ structure: s, lang: "sv" }, OPTIONS);
  const bytes = await paneBytes(book);
  const view = await cliView(bytes);
  const read = view.structure.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
  expect(read.slice(0, texts.length).map((g) => g.comment)).toEqual(texts);
  expect(view.record?.goals.slice(0, texts.length).map((g) => g.cells.comment)).toEqual(texts);
  const lite = await paneView(bytes);
  expect(
    lite.sent?.slice(8, 8 + texts.length).map((r) => r[lite.sent?.[7].indexOf("comment") ?? -1]),
  ).toEqual(texts);
});

it("refuses a text longer than a cell holds", async () => {
  const s = exampleStructure();
  s.programs[0].areas[0].goals[0].comment = "x".repeat(32768);
  const [book] = splitBooks({ structure: s, lang: "sv" }, OPTIONS);
  await expect(paneBytes(book)).rejects.toBeInstanceOf(TextTooLongError);
});

it("a sheet of a plan is visible, the record's very hidden, in the workbook part", async () => {
  const xml = (await (await JSZip.loadAsync(pane[0])).file("xl/workbook.xml")?.async("string")) ?? "";
  expect(xml).toContain(`<sheet name="${SENT_SHEET}" sheetId="5" state="veryHidden"`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(pane[0] as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.state)).toEqual([
    "visible",
    "visible",
    "visible",
    "visible",
    "veryHidden",
  ]);
});
