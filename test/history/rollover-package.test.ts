// What `rollover` must not lose of the package beyond the cells: the user's defined names as the
// file had them (whole columns and rows, relative references, a sheet's own names, hidden names,
// names of several areas), and the parts ExcelJS does not write (refused rather than dropped).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { compileCli, runCli } from "../hardening/cli";
import { packageProblems } from "../xlsx/package";
import { exampleStructure } from "./example";
import { editXlsx } from "./workbooks";

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
