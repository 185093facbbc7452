// The reader of a file exported from Kolada's web interface (src/kolada/exportFile.ts, csv.ts,
// exportRead.ts). The fixtures are built from our understanding of the export, not downloaded
// (see exportFixtures/README.md).
import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import {
  decodeCsv,
  exportNumber,
  parseCsv,
  readExportBytes,
  readKoladaExport,
  type ExportValue,
  type KoladaExport,
} from "../../src/kolada";
import { readSheetGrid } from "../../src/xlsxlite/sheet";
import type { XmlParser } from "../../src/xlsxlite/xml";

const { DOMParser: JsdomParser } = new JSDOM("").window;
const parse: XmlParser = (text) => new JsdomParser().parseFromString(text, "application/xml");
const sheetGrid = async (bytes: Uint8Array): Promise<string[][]> => {
  const grid = await readSheetGrid(bytes, null, parse);
  if (grid === null) throw new Error("no sheet");
  return grid;
};

const fixture = (name: string): Uint8Array => readFileSync(path.join(__dirname, "exportFixtures", name));

function read(text: string): KoladaExport {
  const r = readKoladaExport(parseCsv(text));
  if (!r.ok) throw new Error(r.reason.en);
  return r.file;
}

/** "kpi municipality year gender = value", sorted, for compact expectations. */
const lines = (values: readonly ExportValue[]): string[] =>
  values
    .map(
      (v) =>
        `${v.kpi ?? v.kpiTitle} ${v.municipalityId ?? v.municipalityName} ${v.year} ${v.gender} = ${v.value}`,
    )
    .sort();

it("reads a Swedish export with years as columns: BOM, title rows, ';', decimal comma, '..'", async () => {
  const r = await readExportBytes("export.csv", fixture("years-as-columns-sv.csv"), sheetGrid);
  if (!r.ok) throw new Error(r.reason.en);
  expect(r.file.layout).toBe("columns");
  expect(r.file.unreadable).toEqual([]);
  expect(lines(r.file.values)).toEqual(
    [
      "N00401 Västerås 2019 T = 38.5",
      "N00401 Västerås 2020 T = 40",
      "N00401 Västerås 2021 T = 41.75",
      "N00401 Västerås 2019 K = 39.1",
      "N00401 Västerås 2020 K = 40.2",
      "N00401 Västerås 2021 K = 42",
      "N00401 Västerås 2019 M = 37.9",
      "N00401 Västerås 2020 M = 39.8",
      "N00401 Västerås 2021 M = 41.5",
      "N00402 Västerås 2019 T = 1101.5",
      "N00402 Västerås 2020 T = 100",
      "N00402 Västerås 2021 T = 95.25",
      "N00401 Eskilstuna 2019 T = 30",
      "N00401 Eskilstuna 2020 T = 31",
      "N00401 Eskilstuna 2021 T = 32",
      "N00401 Eskilstuna 2022 T = 33",
    ].sort(),
  );
  expect(r.file.values[0].kpiTitle).toBe("Andel förnybar energi, %");
});

it("reads an English export with a period column: ',', decimal point, ids with a leading zero", async () => {
  const r = await readExportBytes("export.csv", fixture("periods-as-rows-en.csv"), sheetGrid);
  if (!r.ok) throw new Error(r.reason.en);
  expect(r.file.layout).toBe("rows");
  expect(lines(r.file.values)).toContain("N00401 0180 2021 T = 50");
  expect(lines(r.file.values)).toContain("N00401 1980 2021 K = 42");
  expect(lines(r.file.values)).toContain("N00402 1980 2019 T = 1101.5");
  // 2022 is empty: no value, not zero.
  expect(r.file.values.some((v) => v.year === 2022)).toBe(false);
  expect(r.file.values).toHaveLength(8);
});

it("takes the gender from T/K/M cells and from year headers, total by default", () => {
  const f = read(
    "KPI;Kommun-ID;Kön;År;Värde\nN00401;1980;K;2021;1\nN00401;1980;M;2021;2\nN00401;1980;T;2021;3\n",
  );
  expect(lines(f.values)).toEqual([
    "N00401 1980 2021 K = 1",
    "N00401 1980 2021 M = 2",
    "N00401 1980 2021 T = 3",
  ]);
  const wide = read("Kommun;Nyckeltal;2021 Kvinnor;2021 Män;2021\nVästerås;N00401;1;2;3\n");
  expect(lines(wide.values)).toEqual([
    "N00401 Västerås 2021 K = 1",
    "N00401 Västerås 2021 M = 2",
    "N00401 Västerås 2021 T = 3",
  ]);
  const noGender = read("Kommun;KPI;År;Värde\n1980;N00401;2021;7\n");
  expect(noGender.values[0].gender).toBe("T");
});

it("reads numbers as Kolada and Swedish Excel write them, and nothing else", () => {
  expect(exportNumber("12,5")).toBe(12.5);
  expect(exportNumber("1 234,5")).toBe(1234.5);
  expect(exportNumber("1\u00a0234")).toBe(1234);
  expect(exportNumber("\u22123,2")).toBe(-3.2);
  expect(exportNumber("45 %")).toBe(45);
  expect(exportNumber("..")).toBeNull();
  expect(exportNumber("")).toBeNull();
  expect(exportNumber("-")).toBeNull();
  expect(exportNumber("=1+2")).toBeUndefined();
  expect(exportNumber("1e999")).toBeUndefined();
  expect(exportNumber("abc")).toBeUndefined();
});

it("keeps formula-looking text as text and never takes it for a value", () => {
  const f = read(
    'Nyckeltal;Kommun;2020;2021\n"=HYPERLINK(""http://x"")";Västerås;=1+2;5\nN00401 @SUM(A1);Västerås;+4;-1\n',
  );
  expect(f.values.find((v) => v.year === 2020 && v.kpi === null)).toBeUndefined();
  expect(f.values.find((v) => v.year === 2021 && v.kpi === null)?.kpiTitle).toBe('=HYPERLINK("http://x")');
  expect(f.unreadable).toEqual(["C2: =1+2"]);
  // "+4" is a number (a sign), which is all a value cell can become.
  expect(lines(f.values.filter((v) => v.kpi === "N00401"))).toEqual([
    "N00401 Västerås 2020 T = 4",
    "N00401 Västerås 2021 T = -1",
  ]);
  expect(f.values.find((v) => v.kpi === "N00401")?.kpiTitle).toBe("@SUM(A1)");
});

it("refuses an unknown layout naming the columns it expected, in Swedish and English", () => {
  const r = readKoladaExport(parseCsv("Namn;Belopp\nAnna;12\n"));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.reason.sv).toMatch(/Nyckeltal eller KPI.*Kommun eller Kommun-ID.*År .*Värde.*en kolumn per år/);
  expect(r.reason.sv).toContain("Namn | Belopp");
  expect(r.reason.en).toMatch(/Nyckeltal or KPI.*Kommun or Kommun-ID.*År .*Värde.*one column per year/);
  const noKpi = readKoladaExport(parseCsv("Kommun;År;Värde\nVästerås;2021;3\n"));
  expect(noKpi.ok).toBe(false);
  if (!noKpi.ok) expect(noKpi.reason.en).toContain("no column Nyckeltal or KPI");
});

it("takes the KPI from the title rows when the table has no KPI column", () => {
  const f = read("N00401 Andel förnybar energi\n\nKommun;2020;2021\nVästerås;40;41\n");
  expect(lines(f.values)).toEqual(["N00401 Västerås 2020 T = 40", "N00401 Västerås 2021 T = 41"]);
});

it("decodes Windows-1252 (Swedish Excel's CSV) and UTF-16 with a BOM", () => {
  const cp1252 = Uint8Array.from([
    ...Buffer.from("KPI;Kommun;K", "latin1"),
    0xf6,
    ...Buffer.from("n;", "latin1"),
    0xc5,
    ...Buffer.from("r;V", "latin1"),
    0xe4,
    ...Buffer.from("rde\nN00401;V", "latin1"),
    0xe4,
    ...Buffer.from("ster", "latin1"),
    0xe5,
    ...Buffer.from("s;Kvinnor;2021;3,5\n", "latin1"),
  ]);
  expect(decodeCsv(cp1252).split("\n")[0]).toBe("KPI;Kommun;Kön;År;Värde");
  const f = read(decodeCsv(cp1252));
  expect(lines(f.values)).toEqual(["N00401 Västerås 2021 K = 3.5"]);
  const utf16 = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from("KPI\tKommun\tÅr\tVärde\nN00401\t1980\t2021\t3\n", "utf16le"),
  ]);
  expect(lines(read(decodeCsv(utf16)).values)).toEqual(["N00401 1980 2021 T = 3"]);
});

it("parses quoted fields with delimiters, quotes and line breaks, and 'sep=' lines", () => {
  expect(parseCsv('sep=,\na,"b,c","d ""e""\nf"\r\n1,2,3')).toEqual([
    ["a", "b,c", 'd "e"\nf'],
    ["1", "2", "3"],
  ]);
});

it("finds ';' in a Swedish file whose unquoted titles and decimal commas outnumber the semicolons", () => {
  // As a Swedish Excel saves "CSV (semikolonavgränsad)": nothing quoted, so a title's commas and
  // the decimal commas stand bare. 8 rows: the commas (7 a row) outnumber the semicolons (6).
  const title = "N00401 Elever i åk 9, hemkommun, andel (%)";
  const rows = Array.from({ length: 8 }, (_, i) => `${title};Västerås;77,${i};78,1;79,2;80,0;81,5`);
  const text = ["Nyckeltal;Kommun;2019;2020;2021;2022;2023", ...rows].join("\r\n");
  const grid = parseCsv(text);
  expect(grid.map((r) => r.length)).toEqual(Array(9).fill(7));
  expect(grid[1]).toEqual([title, "Västerås", "77,0", "78,1", "79,2", "80,0", "81,5"]);
  // And a plain comma file is still read on its commas.
  expect(parseCsv("KPI,Kommun,År,Värde\nN00401,1980,2021,3.5\n")).toEqual([
    ["KPI", "Kommun", "År", "Värde"],
    ["N00401", "1980", "2021", "3.5"],
  ]);
});

it("reads an .xlsx export's first sheet through the pane's reader, numbers and ids as the file holds them", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kolada");
  ws.addRow(["Nyckeltal från Kolada"]);
  ws.addRow(["Nyckeltal", "Kommun-ID", "Kommun", "Kön", 2020, 2021]);
  ws.addRow(["N00401 Andel förnybar energi", 180, "Stockholm", "Totalt", 40.5, ".."]);
  ws.addRow([
    "N00401 Andel förnybar energi",
    "1980",
    "Västerås",
    "Kvinnor",
    41,
    { formula: "1+1", result: 2 },
  ]);
  wb.addWorksheet("Om").addRow(["Källa: Kolada"]);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const r = await readExportBytes("export.csv", bytes, sheetGrid);
  if (!r.ok) throw new Error(r.reason.en);
  // A formula's cached result is read as the cell shows it; the formula is never evaluated.
  expect(lines(r.file.values)).toEqual([
    "N00401 0180 2020 T = 40.5",
    "N00401 1980 2020 K = 41",
    "N00401 1980 2021 K = 2",
  ]);
  const broken = await readExportBytes("trasig.xlsx", Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]), sheetGrid);
  expect(broken.ok).toBe(false);
  if (!broken.ok)
    expect(broken.reason.sv).toBe("filen kunde inte läsas som en Excel-fil (.xlsx) eller CSV-fil");
});
