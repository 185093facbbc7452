// A workbook the pane's split writes (src/xlsxlite/write.ts, no ExcelJS) in LibreOffice: it opens,
// the summary recalculates (always-recalculate profile) to exactly what the CLI's file for the same
// body recalculates to, the lists and the colour rules are there as in the CLI's file, and the
// record of what it was sent with survives LibreOffice saving the file as .xlsx again (kept out of
// sight) so that `collect` still takes an official's edit made before the round trip.
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { GoalStructure } from "../../src/domain";
import { SENT_SHEET } from "../../src/plan/sent";
import { splitBooks, type SplitBook } from "../../src/plan/split";
import { loadWorkbook } from "../../src/xlsx/read";
import { addSentSheet, readSentSheet } from "../../src/xlsx/sent";
import { renderWorkbook } from "../../src/xlsx/write";
import { sentSheet, writeXlsx } from "../../src/xlsxlite/write";
import { exampleStructure } from "../history/example";
import { editXlsx, goalCells } from "../history/workbooks";
import { ensureCompiledCli, runCli } from "./cli";
import { readFods, type FodsDocument } from "./fods";
import { describeWithSoffice, LibreOffice } from "./soffice";

function structure(): GoalStructure {
  const s = exampleStructure();
  for (const p of s.programs)
    for (const a of p.areas)
      for (const g of a.goals) g.responsible = p.id === "miljo" ? "Miljönämnden" : "Kommunstyrelsen";
  const l1 = s.programs[0].areas[0].goals[0];
  l1.comment = "=SUM(A1)";
  l1.text = "2030";
  s.programs[0].areas[0].goals[1].comment = "Rad ett\nrad två";
  return s;
}

let dir: string;
let book: SplitBook;
const at = (...name: string[]): string => path.join(dir, ...name);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-pane-split-"));
  ensureCompiledCli();
  writeFileSync(at("s.json"), JSON.stringify(structure()));
  const r = runCli(["workbook", at("s.json"), "--out", at("main.xlsx")]);
  if (r.status !== 0) throw new Error(r.stderr);
  const goals = structure();
  book = splitBooks(
    { structure: goals, lang: "sv" },
    { split: "lo-split", main: "main.xlsx", noResponsible: "Utan ansvarig" },
  ).find((b) => b.responsible === "Miljönämnden") as SplitBook;
  writeFileSync(at("pane.xlsx"), await writeXlsx(book.plan, [sentSheet(book.record)]));
  const wb = renderWorkbook(book.plan);
  addSentSheet(wb, book.record);
  writeFileSync(at("cli.xlsx"), Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}, 180000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every cell of a sheet as [address, value], sorted. */
function cells(doc: FodsDocument, sheet: string): [string, unknown][] {
  return [...doc.sheet(sheet).cells].map(([k, c]) => [k, c.value] as [string, unknown]).sort();
}

describeWithSoffice("a pane-written split file in LibreOffice", () => {
  let lo: LibreOffice;
  beforeAll(() => {
    lo = LibreOffice.create();
  });
  afterAll(() => lo?.dispose());

  it("opens, recalculates the summary as the CLI's file, and keeps the lists and colour rules", async () => {
    const [pane, cli] = await lo.convert([at("pane.xlsx"), at("cli.xlsx")], "fods", { outDir: at("fods") });
    const [p, c] = [readFods(pane), readFods(cli)];
    for (const sheet of ["Mål", "Sammanfattning", "Historik", "Struktur"])
      expect(cells(p, sheet)).toEqual(cells(c, sheet));
    const summary = p.sheet("Sammanfattning");
    // Recalculated, not merely cached: the formulas are there and evaluate.
    expect([...summary.cells.values()].filter((x) => x.formula !== null).length).toBeGreaterThan(20);
    expect([...p.validations.values()].map((v) => v.condition).sort()).toEqual(
      [...c.validations.values()].map((v) => v.condition).sort(),
    );
    // The rules and what they look like (the pane shares one style between rules that look alike).
    const rules = (doc: FodsDocument): unknown[] =>
      doc.sheet("Mål").conditionalFormats.map((f) => ({
        target: f.target,
        conditions: f.conditions.map((x) => ({ value: x.value, look: doc.styles.get(x.style) })),
      }));
    expect(rules(p)).toEqual(rules(c));
    const looks = p
      .sheet("Mål")
      .conditionalFormats.flatMap((f) => f.conditions.map((x) => p.styles.get(x.style)));
    expect(looks.length).toBe(8);
    expect(looks.filter((l) => l?.background === "#E06666")).toHaveLength(1);
    expect([...p.databaseRanges.values()].sort()).toEqual([...c.databaseRanges.values()].sort());
  }, 240000);

  it("keeps the record through a LibreOffice round trip, and collect takes the edit", async () => {
    // An official's edit (made with ExcelJS, as other tools do), then LibreOffice saving it again.
    const edited = at("edited.xlsx");
    writeFileSync(edited, await writeXlsx(book.plan, [sentSheet(book.record)]));
    await editXlsx(edited, (wb) => {
      goalCells(wb).cell("L3", "Status").value = "Röd";
    });
    const [plain, roundTrip] = await lo.convert([at("pane.xlsx"), edited], "xlsx", { outDir: at("lo") });
    for (const file of [plain, roundTrip]) {
      const wb = await loadWorkbook(file);
      expect(readSentSheet(wb)).toEqual(book.record);
      // LibreOffice keeps the sheet out of sight (it may write it as hidden rather than very hidden).
      expect(["hidden", "veryHidden"]).toContain(wb.worksheets.find((w) => w.name === SENT_SHEET)?.state);
    }
    const r = runCli(["collect", at("main.xlsx"), roundTrip, "--out", at("m.xlsx"), "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).taken).toEqual([
      { file: roundTrip, goalId: "L3", column: "status", from: "Gul", to: "Röd" },
    ]);
  }, 240000);
});
