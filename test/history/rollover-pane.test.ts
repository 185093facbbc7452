// `rollover` on a workbook the task pane made (the adapter on the emulator, saved to .xlsx): its
// sheets are marked with defined names, the summary sheet is found by its marker and drawn again
// in its place, and the markers and the pane's table survive.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { t } from "../../src/i18n";
import { MARKER } from "../../src/plan/ownership";
import { saveXlsx } from "../emulator/save";
import { setup, type Setup } from "../excel/helpers";
import { compileCli, runCli } from "../hardening/cli";
import { exampleStructure } from "./example";
import { packageParts } from "./workbooks";

let tmp: string;
let s: Setup;
const at = (name: string): string => path.join(tmp, name);

beforeAll(async () => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-rollover-pane-"));
  s = setup();
  await s.service.applyLoad(exampleStructure(), "sv");
  await s.service.refreshSummary("sv");
  await saveXlsx(s.emu, at("pane.xlsx"));
}, 180000);

afterAll(() => {
  s?.restore();
  fs.rmSync(tmp, { recursive: true, force: true });
});

it("rolls a workbook made in the pane over, keeping its markers and sheet order", async () => {
  const r = await runCli(["rollover", at("pane.xlsx"), "--year", "2025", "--out", at("out.xlsx")]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Avslutade 2024 och öppnade 2025: 11 mål");
  const before = await packageParts(at("pane.xlsx"));
  const after = await packageParts(at("out.xlsx"));
  expect([...after.sheets.keys()]).toEqual([...before.sheets.keys()]);
  const markers = (xml: string): string[] =>
    [...xml.matchAll(/<definedName name="(Maluppfoljning_Blad_[A-Za-z]+)">([^<]*)</g)].map(
      (m) => `${m[1]}=${m[2]}`,
    );
  const was = markers(before.parts.get("xl/workbook.xml") ?? "");
  // Every sheet the pane made is marked; the example has no indicators, so no indicator sheet.
  const made = Object.values(MARKER).filter((m) => m !== MARKER.indicators);
  expect(was.map((m) => m.split("=")[0]).sort()).toEqual(made.sort());
  expect(markers(after.parts.get("xl/workbook.xml") ?? "")).toEqual(was);

  const summary = await runCli(["summary", at("out.xlsx"), "--format", "json"]);
  const out = JSON.parse(summary.stdout) as { year: number; programs: { history: { year: number }[] }[] };
  expect(out.year).toBe(2025);
  expect(out.programs[0].history.map((h) => h.year)).toEqual([2022, 2023, 2024]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(at("out.xlsx"));
  expect(wb.getWorksheet("Sammanfattning")?.getCell("A1").value).toBe(
    t("sv", "wb.summary.title", { organisation: "Exempelkommun", year: 2025 }),
  );
  const validate = await runCli(["validate", at("out.xlsx")]);
  expect(validate.stdout).not.toMatch(/: fel · /);
});
