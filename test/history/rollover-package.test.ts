// What `rollover` must not lose of the package beyond the cells: the user's defined names as the
// file had them (whole columns and rows, relative references, a sheet's own names, hidden names,
// names of several areas), and the parts ExcelJS does not write (refused rather than dropped).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { GOAL_TABLE, HISTORY_TABLE } from "../../src/plan";
import { openBook } from "../../src/cli/edit";
import { writeHistory } from "../../src/xlsx/goalbook";
import { compileCli, runCli } from "../hardening/cli";
import { packageProblems } from "../xlsx/package";
import { exampleStructure } from "./example";
import { addWebExtension, editXlsx, goalCells, withoutResult } from "./workbooks";

let tmp: string;
const at = (name: string): string => path.join(tmp, name);

/** Rewrites parts of the package at `file`. */
async function patchZip(file: string, patch: (zip: JSZip) => Promise<void>): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  await patch(zip);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

async function part(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return (await zip.file(name)?.async("string")) ?? "";
}

const definedNames = (xml: string): string[] =>
  [...xml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);

beforeAll(async () => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-rollover-package-"));
  fs.writeFileSync(at("start.json"), JSON.stringify(exampleStructure(), null, 2));
  const made = await runCli(["workbook", at("start.json"), "--out", at("y2024.xlsx")]);
  expect(made.code).toBe(0);
  // An earlier follow-up for import-history, without the history the example holds.
  const earlier = exampleStructure();
  earlier.year = 2023;
  for (const p of earlier.programs) for (const a of p.areas) for (const g of a.goals) delete g.history;
  fs.writeFileSync(at("history.json"), JSON.stringify(earlier));
}, 180000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the user's defined names", () => {
  // The workbook from before the history sheet: the rollover adds it before Struktur, so the
  // structure sheet's own name must follow it to the next index.
  const USER_NAMES = [
    `<definedName name="Hela_Status">'Mål'!$G:$G</definedName>`,
    `<definedName name="Rubrikrad">'Mål'!$2:$2</definedName>`,
    `<definedName name="Relativ">'Mål'!G3</definedName>`,
    `<definedName name="Dold" hidden="1">'Mål'!$A$1</definedName>`,
    `<definedName name="Flera" comment="två delar">'Mål'!$A$1,'Mål'!$C$3:$C$5</definedName>`,
    `<definedName name="Egen" localSheetId="0">'Mål'!$B$3</definedName>`,
  ];
  const STRUCTURE_OWN = (id: number): string =>
    `<definedName name="Egen" localSheetId="${id}" hidden="1">Struktur!$A$1:$B$2</definedName>`;

  it("keeps every one as the file had it, a sheet's name at its sheet's new index", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("names.xlsx"));
    await editXlsx(at("names.xlsx"), (wb) => {
      wb.removeWorksheet((wb.getWorksheet("Historik") as ExcelJS.Worksheet).id);
    });
    await patchZip(at("names.xlsx"), async (zip) => {
      const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
      expect(xml).toMatch(/<sheet\b[^>]*name="Struktur"[^>]*\/><\/sheets>/);
      const added = [...USER_NAMES, STRUCTURE_OWN(2)].join("");
      zip.file(
        "xl/workbook.xml",
        /<definedNames>/.test(xml)
          ? xml.replace("<definedNames>", `<definedNames>${added}`)
          : xml.replace("</sheets>", `</sheets><definedNames>${added}</definedNames>`),
      );
    });
    const r = await runCli(["rollover", at("names.xlsx"), "--year", "2025", "--out", at("names-out.xlsx")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const xml = await part(at("names-out.xlsx"), "xl/workbook.xml");
    expect(xml).toMatch(/name="Historik"[^>]*\/><sheet\b[^>]*name="Struktur"/);
    const names = definedNames(xml);
    for (const n of [...USER_NAMES, STRUCTURE_OWN(3)]) expect(names).toContain(n);
    expect(
      names.filter((n) => /name="(Egen|Flera|Hela_Status|Rubrikrad|Relativ|Dold)"/.test(n)),
    ).toHaveLength(7);
    expect(await packageProblems(fs.readFileSync(at("names-out.xlsx")))).toEqual([]);
  });
});

const SHEET_METADATA = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
const DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Adds `part` with a relationship from `from` and its content type. */
async function addPart(
  zip: JSZip,
  from: string,
  rel: { id: string; type: string; target: string },
  part: { name: string; type: string; xml: string },
): Promise<void> {
  const slash = from.lastIndexOf("/");
  const relsName = `${from.slice(0, slash + 1)}_rels/${from.slice(slash + 1)}.rels`;
  const rels =
    (await zip.file(relsName)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  zip.file(
    relsName,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target}"/></Relationships>`,
    ),
  );
  zip.file(part.name, part.xml);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/${part.name}" ContentType="${part.type}"/></Types>`),
  );
}

describe("parts ExcelJS would not write", () => {
  it("refuses, naming them, and writes nothing: dynamic-array metadata and a chart", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("parts.xlsx"));
    await patchZip(at("parts.xlsx"), async (zip) => {
      await addPart(
        zip,
        "xl/workbook.xml",
        { id: "rIdMeta", type: SHEET_METADATA, target: "metadata.xml" },
        {
          name: "xl/metadata.xml",
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
          xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000"/></metadataTypes></metadata>`,
        },
      );
      const sheet = "xl/worksheets/sheet4.xml";
      const xml = (await zip.file(sheet)?.async("string")) ?? "";
      zip.file(sheet, xml.replace(/(<tableParts\b|<\/worksheet>)/, `<drawing r:id="rIdDraw"/>$1`));
      await addPart(
        zip,
        sheet,
        { id: "rIdDraw", type: DRAWING, target: "../drawings/drawing1.xml" },
        {
          name: "xl/drawings/drawing1.xml",
          type: "application/vnd.openxmlformats-officedocument.drawing+xml",
          xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>`,
        },
      );
      await addPart(
        zip,
        "xl/drawings/drawing1.xml",
        { id: "rId1", type: CHART, target: "../charts/chart1.xml" },
        {
          name: "xl/charts/chart1.xml",
          type: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
          xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`,
        },
      );
    });
    for (const [lang, words] of [
      ["sv", "Ingenting skrevs"],
      ["en", "Nothing was written"],
    ] as const) {
      const r = await runCli([
        "rollover",
        at("parts.xlsx"),
        "--year",
        "2025",
        "--out",
        at("parts-out.xlsx"),
        "--lang",
        lang,
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(words);
      expect(r.stderr).toContain("xl/metadata.xml");
      expect(r.stderr).toContain("xl/charts/chart1.xml");
      expect(fs.existsSync(at("parts-out.xlsx"))).toBe(false);
    }
    const imported = await runCli([
      "import-history",
      at("parts.xlsx"),
      "--from",
      at("history.json"),
      "--out",
      at("parts-out.xlsx"),
    ]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain("xl/metadata.xml");
    expect(fs.existsSync(at("parts-out.xlsx"))).toBe(false);
  });

  it("refuses a table's calculated column, whose formula ExcelJS drops", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("calc.xlsx"));
    let column = "";
    await patchZip(at("calc.xlsx"), async (zip) => {
      for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/tables/"))) {
        const xml = (await zip.file(name)?.async("string")) ?? "";
        if (!/name="Maluppfoljning_Mal"/.test(xml)) continue;
        const m = /<tableColumn\b[^>]*name="([^"]+)"[^>]*?\/>/.exec(xml);
        if (!m) throw new Error("no plain column");
        column = m[1];
        const opened = m[0].replace(
          /\/>$/,
          "><calculatedColumnFormula>1+1</calculatedColumnFormula></tableColumn>",
        );
        zip.file(name, xml.replace(m[0], opened));
      }
    });
    expect(column).not.toBe("");
    const r = await runCli(["rollover", at("calc.xlsx"), "--year", "2025", "--out", at("calc-out.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Maluppfoljning_Mal[${column}]`);
    expect(fs.existsSync(at("calc-out.xlsx"))).toBe(false);
  });
});

describe("parts reached from the package's root", () => {
  const THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail";
  const CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
  const CUSTOM_UI = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility";
  const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Diarienummer"><vt:lpwstr>KS 2024/17</vt:lpwstr></property></Properties>`;

  it("restores the custom properties and the thumbnail as they were", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("root.xlsx"));
    await patchZip(at("root.xlsx"), async (zip) => {
      await addPart(
        zip,
        "",
        { id: "rIdCustom", type: CUSTOM, target: "docProps/custom.xml" },
        {
          name: "docProps/custom.xml",
          type: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
          xml: CUSTOM_XML,
        },
      );
      await addPart(
        zip,
        "",
        { id: "rIdThumb", type: THUMBNAIL, target: "docProps/thumbnail.jpeg" },
        { name: "docProps/thumbnail.jpeg", type: "image/jpeg", xml: "not really a jpeg" },
      );
    });
    const r = await runCli(["rollover", at("root.xlsx"), "--year", "2025", "--out", at("root-out.xlsx")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(await part(at("root-out.xlsx"), "docProps/custom.xml")).toBe(CUSTOM_XML);
    expect(await part(at("root-out.xlsx"), "docProps/thumbnail.jpeg")).toBe("not really a jpeg");
    const rels = await part(at("root-out.xlsx"), "_rels/.rels");
    expect(rels).toContain(`Type="${CUSTOM}" Target="docProps/custom.xml"`);
    expect(rels).toContain(`Type="${THUMBNAIL}" Target="docProps/thumbnail.jpeg"`);
    expect(await packageProblems(fs.readFileSync(at("root-out.xlsx")))).toEqual([]);
  });

  it("refuses a root part of another kind rather than copying it blindly", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("ui.xlsx"));
    await patchZip(at("ui.xlsx"), async (zip) => {
      await addPart(
        zip,
        "",
        { id: "rIdUi", type: CUSTOM_UI, target: "customUI/customUI14.xml" },
        {
          name: "customUI/customUI14.xml",
          type: "application/xml",
          xml: `<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui"/>`,
        },
      );
    });
    const r = await runCli(["rollover", at("ui.xlsx"), "--year", "2025", "--out", at("ui-out.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("customUI/customUI14.xml");
    expect(fs.existsSync(at("ui-out.xlsx"))).toBe(false);
  });

  it("never writes a restored part over one ExcelJS wrote", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("clash.xlsx"));
    await addWebExtension(at("clash.xlsx"), { "maluppfoljning.year": 2024 });
    // The task pane's relationships reach a part ExcelJS writes itself.
    await patchZip(at("clash.xlsx"), async (zip) => {
      const name = "xl/webextensions/_rels/taskpanes.xml.rels";
      const rels = (await zip.file(name)?.async("string")) ?? "";
      zip.file(
        name,
        rels.replace(
          "</Relationships>",
          `<Relationship Id="rId9" Type="${CUSTOM}" Target="../styles.xml"/></Relationships>`,
        ),
      );
    });
    const r = await runCli(["rollover", at("clash.xlsx"), "--year", "2025", "--out", at("clash-out.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("xl/webextensions/taskpanes.xml");
    expect(fs.existsSync(at("clash-out.xlsx"))).toBe(false);
  });
});

describe("a table with a totals row", () => {
  it("is refused for the goal table and the history table, by both edits", async () => {
    for (const table of [GOAL_TABLE, HISTORY_TABLE]) {
      const file = at(`totals-${table}.xlsx`);
      fs.copyFileSync(at("y2024.xlsx"), file);
      await patchZip(file, async (zip) => {
        for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/tables/"))) {
          const xml = (await zip.file(name)?.async("string")) ?? "";
          if (!xml.includes(`name="${table}"`)) continue;
          zip.file(
            name,
            xml.replace(/\stotalsRowShown="1"/, "").replace("<table ", '<table totalsRowCount="1" '),
          );
        }
      });
      const sheet = table === GOAL_TABLE ? "Mål" : "Historik";
      for (const args of [
        ["rollover", file, "--year", "2025", "--out", at("totals-out.xlsx")],
        [
          "import-history",
          file,
          "--from",
          at("history.json"),
          "--out",
          at("totals-out.xlsx"),
          "--lang",
          "en",
        ],
      ]) {
        const r = await runCli(args);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`tabellen ${table} på bladet ${sheet}`);
        expect(r.stderr).toContain("ta bort summaraden först");
        expect(r.stderr).toContain("remove the totals row first");
        expect(fs.existsSync(at("totals-out.xlsx"))).toBe(false);
      }
    }
  });
});

describe("small things", () => {
  it("answers --help even when an option before or after it lacks its value", async () => {
    for (const [args, text] of [
      [["rollover", "x.xlsx", "--help", "--year"], "Användning: maluppfoljning rollover"],
      [["rollover", "--out", "--help", "--lang", "en"], "Usage: maluppfoljning rollover"],
      [["import-history", "--lang", "en", "-h", "--out"], "Usage: maluppfoljning import-history"],
    ] as const) {
      const r = await runCli([...args]);
      expect([args, r.code]).toEqual([args, 0]);
      expect(r.stdout).toContain(text);
    }
  });

  it("gives a goal without an ID no history row and keeps its cells, saying so", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("noid.xlsx"));
    let row = 0;
    await editXlsx(at("noid.xlsx"), (wb) => {
      const g = goalCells(wb);
      row = Number(g.cell("L1", "Status").row);
      g.cell("L1", "Mål-ID").value = null;
    });
    const r = await runCli([
      "rollover",
      at("noid.xlsx"),
      "--year",
      "2025",
      "--out",
      at("noid-out.xlsx"),
      "--force",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Obs! 1 mål utan mål-ID fick ingen rad i historiken");
    expect(r.stdout).toContain("10 mål flyttade till historiken");
    const [before, after] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await before.xlsx.readFile(at("noid.xlsx"));
    await after.xlsx.readFile(at("noid-out.xlsx"));
    const goals = (wb: ExcelJS.Workbook): ExcelJS.Worksheet => goalCells(wb).ws;
    expect(goals(before).getCell(row, 7).value).not.toBeNull();
    const values = (wb: ExcelJS.Workbook): unknown[] =>
      (goals(wb).getRow(row).values as unknown[]).map(withoutResult);
    expect(values(after)).toEqual(values(before));
    const blank: unknown[] = [];
    (after.getWorksheet("Historik") as ExcelJS.Worksheet).eachRow((r2, n) => {
      if (n > 4 && r2.getCell(1).value === 2024 && !r2.getCell(2).value) blank.push(n);
    });
    expect(blank).toEqual([]);
  });

  it("reuses a trailing history row only when all of it is empty, a formula being something", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("trailing.xlsx"));
    let last = 0;
    await editXlsx(at("trailing.xlsx"), (wb) => {
      const ws = wb.getWorksheet("Historik") as ExcelJS.Worksheet;
      const tb = (
        ws.getTables() as unknown as { table: { tableRef?: string; ref?: string; autoFilterRef?: string } }[]
      )[0].table;
      const ref = (tb.tableRef ?? tb.ref) as string;
      last = Number(/(\d+)$/.exec(ref)?.[1]) + 1;
      tb.tableRef = ref.replace(/\d+$/, String(last));
      if (tb.autoFilterRef !== undefined) tb.autoFilterRef = tb.tableRef;
      ws.getCell(last, 5).value = { formula: '""', result: "" } as ExcelJS.CellFormulaValue;
    });
    const r = await runCli([
      "rollover",
      at("trailing.xlsx"),
      "--year",
      "2025",
      "--out",
      at("trailing-out.xlsx"),
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("trailing-out.xlsx"));
    const ws = wb.getWorksheet("Historik") as ExcelJS.Worksheet;
    expect(ws.getCell(last, 5).formula).toBe('""');
    expect(ws.getCell(last, 1).value).toBeNull();
    expect([ws.getCell(last + 1, 1).value, ws.getCell(last + 11, 1).value]).toEqual([2024, 2024]);
  });

  it("puts a new summary and a new history sheet in their places", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("bare.xlsx"));
    await editXlsx(at("bare.xlsx"), (wb) => {
      for (const name of ["Historik", "Sammanfattning"])
        wb.removeWorksheet((wb.getWorksheet(name) as ExcelJS.Worksheet).id);
    });
    const r = await runCli(["rollover", at("bare.xlsx"), "--year", "2025", "--out", at("bare-out.xlsx")]);
    expect(r.code).toBe(0);
    const xml = await part(at("bare-out.xlsx"), "xl/workbook.xml");
    expect([...xml.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "Mål",
      "Sammanfattning",
      "Historik",
      "Struktur",
    ]);
  });

  it("treats a replaced entry whose history row is not there as a bug, not as replaced", async () => {
    const book = await openBook(at("y2024.xlsx"));
    const entry = { year: 1999, status: "red" as const, trend: null };
    expect(() =>
      writeHistory(book, { added: [], replaced: [{ id: "L1", entry }] }, book.goals.structure),
    ).toThrow("no history row to replace for L1 1999");
  });
});
