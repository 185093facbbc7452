// The pane's split, end to end without a browser: the goals read from the open workbook by the real
// service on the emulator (readSplitSource, the pane's input) equal what the CLI's split reads from
// the same workbook saved as a file; the pane's .zip holds one file per body; a pane-written file,
// edited as an official would (ExcelJS) and returned, is merged by the CLI's `collect` and by the
// pane's "Samla in svar" (its reader and the service's preview): the owner's change is taken, a
// two-sided change is a conflict, every comment kept.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsxGoals } from "../../src/cli/xlsx-input";
import type { GoalStructure } from "../../src/domain";
import type { SplitSource } from "../../src/plan/split";
import { splitZip } from "../../src/taskpane/splitFiles";
import { writeWorkbookFile } from "../../src/xlsx/write";
import { buildWorkbookPlan } from "../../src/plan";
import { goalTable, setup, type Setup } from "../excel/helpers";
import { compileCli, runCli } from "../hardening/cli";
import { goalCells } from "../history/workbooks";
import { FIVE_BODIES, fiveBodies } from "../xlsxlite/fiveBodies";
import { returned } from "./returns";

let s: Setup;
let tmp: string;
let source: SplitSource;
let files: Map<string, Buffer>;
const at = (...name: string[]): string => path.join(tmp, ...name);

/**
 * The five bodies' goals, comments trimmed: split (CLI and pane alike) sends the goals as the domain
 * reads them, so a comment the main holds with spaces around it is sent without, and a return that
 * changes it meets a main that differs from what was sent: a conflict, not the edit this test makes.
 */
function bodies(): GoalStructure {
  const st = fiveBodies();
  for (const p of st.programs)
    for (const a of p.areas) for (const g of a.goals) g.comment = g.comment?.trim();
  return st;
}

beforeAll(async () => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-pane-split-"));
  s = setup();
  await s.service.applyLoad(bodies(), "sv");
  source = await s.service.readSplitSource();
  const zip = await splitZip(source, { split: "pane-split", main: "main.xlsx" });
  const archive = await JSZip.loadAsync(zip.bytes);
  files = new Map();
  for (const name of Object.keys(archive.files).sort())
    files.set(name, Buffer.from(await (archive.file(name) as JSZip.JSZipObject).async("uint8array")));
  // The main workbook as a file, for the CLI: the same structure drawn by the CLI's writer.
  await writeWorkbookFile(buildWorkbookPlan(bodies(), "sv"), at("main.xlsx"));
}, 180000);

afterAll(() => {
  s?.restore();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

it("reads from the open workbook the goals the CLI's split reads from the file", async () => {
  const cli = await readXlsxGoals(at("main.xlsx"));
  expect(source.structure).toEqual(cli.structure);
  expect(source.lang).toBe("sv");
  expect(source.errors).toBe(0);
});

it("zips one workbook per body, named after it", () => {
  expect([...files.keys()]).toEqual(
    [
      "Barn-ungdom- nämnd-.xlsx",
      "Kommunstyrelsen.xlsx",
      "Kultur, idrott & fritid.xlsx",
      "Miljö- och konsumentnämnden.xlsx",
      "Tekniska nämnden.xlsx",
    ].sort(),
  );
  expect(FIVE_BODIES).toHaveLength(5);
});

/** The pane's file for Kommunstyrelsen with L1's status set and one goal's comment edited, saved by ExcelJS. */
async function editedReturn(): Promise<{ file: string; bytes: Buffer; ids: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(files.get("Kommunstyrelsen.xlsx") as unknown as ArrayBuffer);
  const g = goalCells(wb);
  const ids = g.ids;
  g.cell(ids[0], "Status").value = "Röd";
  g.cell(ids[1], "Kommentar och analys").value = "=SUM(A1) är nämndens text";
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  fs.writeFileSync(at("ks.xlsx"), bytes);
  return { file: at("ks.xlsx"), bytes, ids };
}

it("the CLI's collect merges an edited pane-written return", async () => {
  const { file, ids } = await editedReturn();
  const r = await runCli(["collect", at("main.xlsx"), file, "--out", at("out.xlsx"), "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(JSON.parse(r.stdout)).toMatchObject({ conflicts: [], rejected: [] });
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as { taken: { goalId: string; column: string; to: string }[] };
  expect(json.taken.map((x) => [x.goalId, x.column, x.to])).toEqual([
    [ids[0], "status", "Röd"],
    [ids[1], "comment", "=SUM(A1) är nämndens text"],
  ]);
}, 120000);

it("the pane's collect merges it too, and lists a two-sided change as a conflict", async () => {
  const { bytes, ids } = await editedReturn();
  // The analyst changed the second goal's comment in the main workbook since the split.
  const t = goalTable(s.emu);
  const row = t.body.findIndex((r) => r[0] === ids[1]);
  const col = t.header.indexOf("Kommentar och analys");
  const top = Number(/(\d+):/.exec(t.range)?.[1]);
  s.emu.workbook.typeValues(t.sheet, `${String.fromCharCode(65 + col)}${top + 1 + row}`, [
    ["Analytikerns text"],
  ]);
  const preview = await s.service.previewCollect([await returned("Kommunstyrelsen.xlsx", bytes)]);
  expect(preview.result.taken.map((x) => [x.goalId, x.column, x.to])).toEqual([[ids[0], "status", "Röd"]]);
  expect(preview.result.conflicts.map((c) => [c.goalId, c.column, c.main, c.returned])).toEqual([
    [ids[1], "comment", "Analytikerns text", "=SUM(A1) är nämndens text"],
  ]);
  expect(preview.result.rejected).toEqual([]);
});

it("a text too long for a cell stops the split at its file, naming the cell (nothing to download)", async () => {
  const long = bodies();
  long.programs[0].areas[0].goals[0].comment = "x".repeat(32768);
  const made: string[] = [];
  await expect(
    splitZip({ ...source, structure: long }, { split: "pane-split", main: "main.xlsx" }, (_, __, file) =>
      made.push(file),
    ),
  ).rejects.toMatchObject({
    messages: {
      // The comment column is K: the structure has history, so last year's two columns follow Trend.
      sv: expect.stringMatching(/^Texten i Mål!K3 har 32768 tecken, fler än de 32767/),
      en: expect.any(String),
    },
    state: "unchanged",
  });
  expect(made).toEqual(["Kommunstyrelsen.xlsx"]);
});
