/* eslint-disable office-addins/load-object-before-read --
   the rule is for Office.js proxies; the cells edited here are ExcelJS objects in memory. */
// The workbook in an independent spreadsheet engine. LibreOffice (with a profile that always
// recalculates) opens what `maluppfoljning workbook` wrote, computes every COUNTIFS over the
// goal table itself, and exports .fods (values, validations, rules) and .html (cells as they
// look after conditional formatting). Two soffice runs serve every assertion below.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { addFormulaNames } from "../../src/xlsx/write";
import { formulaNamesOf } from "../xlsx/package";
import {
  STATUSES,
  TRENDS,
  bundledStructure,
  programReportText,
  rowsToStructure,
  statusLabel,
  summarize,
  trendLabel,
  type Counts,
  type Lang,
  type Status,
  type Summary,
  type Trend,
} from "../../src/domain";
import {
  GOAL_TABLE,
  REPEAT_SWATCH,
  STATUS_SWATCH,
  TREND_SWATCH,
  buildWorkbook,
  columnLetter,
  isFormula,
  parseRange,
  type SheetPlan,
  type SummaryBlockLayout,
  type WorkbookPlan,
} from "../../src/plan";
import { readGoalRowsFromXlsx } from "../../src/xlsx/read";
import { packageProblems } from "../xlsx/package";
import { ensureCompiledCli, runCli } from "./cli";
import { readFods, splitOdfRange, validationRanges, type FodsDocument, type FodsSheet } from "./fods";
import { readLibreOfficeHtml, type HtmlSheet } from "./html";
import { describeWithSoffice, LibreOffice } from "./soffice";

/** The counts of one summary row, in the sheet's column order B…J. */
function rowCounts(c: Counts): number[] {
  return [
    c.total,
    ...STATUSES.map((s) => c.status[s]),
    c.status.missing,
    ...TRENDS.map((t) => c.trend[t]),
    c.trend.missing,
  ];
}

/** Status rows (red, yellow, green, missing) × trend columns (up, flat, down, missing, total). */
function crossCounts(c: Counts): number[][] {
  return (["red", "yellow", "green", "missing"] as const).map((s) => [
    ...(["up", "flat", "down", "missing"] as const).map((t) => c.cross[s][t]),
    c.status[s],
  ]);
}

function numbers(sheet: FodsSheet, row: number, fromCol: number, count: number): (number | string | null)[] {
  return Array.from(
    { length: count },
    (_, j) => sheet.cells.get(`${columnLetter(fromCol + j)}${row}`)?.value ?? null,
  );
}

/** What LibreOffice computed on the summary sheet, in the domain's shape, block by block. */
function lookOnSummary(sheet: FodsSheet, blocks: SummaryBlockLayout[]) {
  return blocks.map((b) => ({
    areas: b.areaRows.map((a) => numbers(sheet, a.row, 2, 9)),
    total: numbers(sheet, b.totalRow, 2, 9),
    cross: [0, 1, 2, 3].map((i) => numbers(sheet, b.crossHeaderRow + 1 + i, 2, 5)),
  }));
}

function expectedOnSummary(summary: Summary) {
  return summary.programs.map((p) => ({
    areas: p.areas.map(rowCounts),
    total: rowCounts(p),
    cross: crossCounts(p),
  }));
}

/** Changes statuses and trends of the goal table by goal id, the way an official would type them. */
async function editGoals(
  input: string,
  output: string,
  edits: Record<string, { status?: string; trend?: string }>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  addFormulaNames(wb, await formulaNamesOf(readFileSync(input)));
  const ws = wb.getWorksheet("Mål")!;
  const header = ws.getRow(3);
  const col = (name: string): number => {
    for (let c = 1; c <= 12; c++) if (header.getCell(c).value === name) return c;
    throw new Error(`no column ${name}`);
  };
  const [idCol, statusCol, trendCol] = [col("Mål-ID"), col("Status"), col("Trend")];
  const done = new Set<string>();
  for (let r = 4; r <= ws.rowCount; r++) {
    const id = String(ws.getRow(r).getCell(idCol).value ?? "");
    const e = edits[id];
    if (!e) continue;
    if (e.status !== undefined) ws.getRow(r).getCell(statusCol).value = e.status === "" ? null : e.status;
    if (e.trend !== undefined) ws.getRow(r).getCell(trendCol).value = e.trend === "" ? null : e.trend;
    done.add(id);
  }
  expect([...done].sort()).toEqual(Object.keys(edits).sort());
  // The summary's cached results stay as they were, now stale: only recalculation can be right.
  await wb.xlsx.writeFile(output);
}

describeWithSoffice("the workbook in LibreOffice", () => {
  const structure = bundledStructure();
  let dir: string;
  let lo: LibreOffice;
  const files: Record<"sv" | "en" | "edited", string> = { sv: "", en: "", edited: "" };
  const built: Record<Lang, { plan: WorkbookPlan; summaryBlocks: SummaryBlockLayout[] }> = {
    sv: buildWorkbook(structure, "sv"),
    en: buildWorkbook(structure, "en"),
  };
  let fods: Record<"sv" | "en" | "edited", FodsDocument>;
  let html: Record<"sv" | "edited", HtmlSheet[]>;
  let edits: Record<string, { status?: string; trend?: string }>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-wb-"));
    ensureCompiledCli();
    files.sv = path.join(dir, "uppfoljning.xlsx");
    files.en = path.join(dir, "followup-en.xlsx");
    files.edited = path.join(dir, "edited.xlsx");
    // As a user does it: the compiled CLI with the bundled example.
    for (const [file, lang] of [
      [files.sv, "sv"],
      [files.en, "en"],
    ] as const) {
      const r = runCli(["workbook", "--out", file, "--lang", lang]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    }

    // An official's edits: labels in any case, a cleared status, an assessed action-plan goal,
    // a typo. Chosen from the data so that every status and trend count changes.
    const goals = structure.programs.flatMap((p) => p.areas.flatMap((a) => a.goals));
    const pick = (status: Status | null, n: number, skip: Set<string>) =>
      goals.filter((g) => g.status === status && !skip.has(g.id)).slice(0, n);
    const used = new Set<string>();
    edits = {};
    const set = (ids: { id: string }[], e: { status?: string; trend?: string }) =>
      ids.forEach((g) => {
        edits[g.id] = { ...edits[g.id], ...e };
        used.add(g.id);
      });
    set(pick("red", 3, used), { status: "grön" });
    set(pick("yellow", 2, used), { status: "RÖD", trend: "nedåt" });
    set(pick("yellow", 1, used), { status: "" });
    set(pick("green", 1, used), { status: "Blå" });
    set(pick(null, 1, used), { status: "gul", trend: "UPPÅT" });
    set(goals.filter((g) => g.trend === "flat" && !used.has(g.id)).slice(0, 3), { trend: "Uppåt" });
    await editGoals(files.sv, files.edited, edits);

    lo = LibreOffice.create({ workDir: path.join(dir, "lo") });
    const [fSv, fEn, fEdited] = await lo.convert([files.sv, files.en, files.edited], "fods");
    const [hSv, hEdited] = await lo.convert([files.sv, files.edited], "html");
    fods = { sv: readFods(fSv), en: readFods(fEn), edited: readFods(fEdited) };
    html = { sv: readLibreOfficeHtml(hSv), edited: readLibreOfficeHtml(hEdited) };
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(["sv", "en"] as const)(
    "recalculates the %s summary to the domain's summary, cell by cell, with the published 2023 figures",
    (lang) => {
      const { plan, summaryBlocks } = built[lang];
      const summarySheet = plan.sheets.find((s) => s.role === "summary")!;
      const sheet = fods[lang].sheet(summarySheet.name);
      // Every formula cell of the plan is a formula in LibreOffice and has the planned value.
      let checked = 0;
      for (const b of summarySheet.blocks) {
        const r = parseRange(b.range);
        b.values.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null || !isFormula(v)) return;
            const addr = `${columnLetter(r.left + j)}${r.top + i}`;
            const cell = sheet.cells.get(addr);
            expect({ addr, formula: cell?.formula?.startsWith("of:=") }).toEqual({ addr, formula: true });
            // Shares: LibreOffice stores 15 significant digits.
            if (typeof v.result === "number" && !Number.isInteger(v.result))
              expect({ addr, value: Math.abs(Number(cell?.value) - v.result) < 1e-12 }).toEqual({
                addr,
                value: true,
              });
            else expect({ addr, value: cell?.value }).toEqual({ addr, value: v.result });
            checked++;
          }),
        );
      }
      expect(checked).toBeGreaterThan(200);
      expect(lookOnSummary(sheet, summaryBlocks)).toEqual(expectedOnSummary(summarize(structure)));
      // The published figures (Hållbarhetsuppföljning 2023): ecological 42 = 9 red, 29 yellow,
      // 4 green; up 17, flat 24, down 1. Social 24 = 7, 16, 1; 5, 17, 2.
      const [eco, social] = summaryBlocks;
      expect(numbers(sheet, eco.totalRow, 2, 9)).toEqual([42, 9, 29, 4, 0, 17, 24, 1, 0]);
      expect(numbers(sheet, social.totalRow, 2, 9)).toEqual([24, 7, 16, 1, 0, 5, 17, 2, 0]);
      expect(numbers(sheet, eco.differenceRow!, 2, 9)).toEqual([0, 0, 0, 0, null, 0, 0, 0, null]);
    },
  );

  it("follows edited statuses and trends after recalculation, and summary on the file agrees", async () => {
    const { summaryBlocks } = built.sv;
    // What the domain reads from the edited cells.
    const read = await readGoalRowsFromXlsx(files.edited);
    if (!read.ok) throw new Error("edited workbook not readable");
    const expected = summarize(
      rowsToStructure(read.value.rows, read.value.reference, read.value.lang).structure,
    );
    const before = summarize(structure);
    // The edits moved every status and trend count of the ecological programme.
    expect(rowCounts(expected.programs[0])).not.toEqual(rowCounts(before.programs[0]));

    const looked = lookOnSummary(fods.edited.sheet("Sammanfattning"), summaryBlocks);
    expect(looked).toEqual(expectedOnSummary(expected));

    // The compiled CLI, reading the same file, prints the same counts.
    const r = runCli(["summary", files.edited, "--format", "json"]);
    expect(r.status).toBe(1); // the typo "Blå" is an error
    const json = JSON.parse(r.stdout) as {
      programs: (Counts & { areas: Counts[] })[];
    };
    const fromCli = json.programs.map((p) => ({
      areas: p.areas.map(rowCounts),
      total: rowCounts(p),
      cross: crossCounts(p),
    }));
    expect(looked).toEqual(fromCli);
    // And the "Blå" cell is counted as not assessed by both.
    const blue = Object.entries(edits).find(([, e]) => e.status === "Blå")![0];
    expect(r.stdout).toContain(blue);

    // The report text on the sheet follows the edits and reads as summary's text; the line under
    // each area table counts the cell it cannot read ("Blå") and only that one.
    const sheet = fods.edited.sheet("Sammanfattning");
    const blueProgram = structure.programs.findIndex((p) =>
      p.areas.some((a) => a.goals.some((g) => g.id === blue)),
    );
    // The quality table: "Blå" is the one cell not written as a label (the others differ in case
    // only, which COUNTIFS reads as the domain does), and it is unreadable, in its programme only.
    const labels = STATUSES.map((st) => statusLabel(st, "sv").toLowerCase());
    const notLabels = Object.values(edits).filter(
      (e) => e.status !== undefined && e.status !== "" && !labels.includes(e.status.toLowerCase()),
    );
    expect(notLabels.map((e) => e.status)).toEqual(["Blå"]);
    expect(["B5", "C5", "D5"].map((a) => sheet.cells.get(a)?.value)).toEqual([1, 0, 0]);
    structure.programs.forEach((_p, i) =>
      expect([`B${6 + i}`, `C${6 + i}`].map((a) => sheet.cells.get(a)?.value)).toEqual([
        i === blueProgram ? 1 : 0,
        0,
      ]),
    );
    summaryBlocks.forEach((b, i) => {
      expect(sheet.cells.get(`A${b.reportRow}`)?.value).toBe(programReportText(expected.programs[i], "sv"));
      expect(sheet.cells.get(`A${b.totalRow + 1}`)?.value).toBe(
        i === blueProgram ? "1 cell har en okänd status: kör Validera." : "",
      );
    });
  });

  it("keeps the list validations on the status and trend cells with the plan's messages", () => {
    const goals = built.sv.plan.sheets[0];
    const sheet = fods.sv.sheet(goals.name);
    for (const v of goals.validations) {
      const names = new Set(
        [...sheet.cells.entries()]
          .filter(([addr]) => addr.startsWith(v.range.replace(/\d.*$/, "")))
          .map(([, c]) => c.validation)
          .filter((n): n is string => n !== null),
      );
      expect(names.size).toBe(1);
      const name = [...names][0];
      expect(validationRanges(sheet, name)).toEqual([v.range]);
      const dv = fods.sv.validations.get(name)!;
      expect(dv.condition).toBe(`of:cell-content-is-in-list(${v.labels.map((l) => `"${l}"`).join(";")})`);
      expect(dv.allowEmpty).toBe(true);
      expect(dv.help).toEqual({ title: v.inputMessage.title, text: v.inputMessage.text, display: true });
      expect(dv.error).toEqual({
        title: v.errorMessage.title,
        text: v.errorMessage.text,
        display: true,
        type: "stop",
      });
    }
    // LibreOffice also sees the goal table as a named range over the planned cells.
    const table = goals.tables[0];
    expect(splitOdfRange(fods.sv.databaseRanges.get(GOAL_TABLE) ?? "")).toEqual({
      sheet: goals.name,
      range: table.range,
    });
  });

  it("keeps the conditional-format rules on the planned ranges with the planned colours", () => {
    const goals = built.sv.plan.sheets[0];
    const sheet = fods.sv.sheet(goals.name);
    const targets = sheet.conditionalFormats.map((cf) => splitOdfRange(cf.target).range).sort();
    expect(targets).toEqual([...new Set(goals.conditionalFormats.map((c) => c.range))].sort());
    for (const cf of sheet.conditionalFormats) {
      const range = splitOdfRange(cf.target).range;
      const planned = goals.conditionalFormats.filter((c) => c.range === range);
      expect(cf.conditions).toHaveLength(planned.length);
      cf.conditions.forEach((cond, i) => {
        const p = planned[i];
        const top = range.split(":")[0];
        if (p.marks.column === "program" || p.marks.column === "area") {
          // LibreOffice reads the repeat rule as written, in its own notation.
          const odf = p.formula.replace(/[A-Z]+\$?\d+/g, "[.$&]").replace(/,/g, ";");
          expect(p.formula).toMatch(/^AND\(/);
          expect(cond.value).toBe(`formula-is(${odf})`);
        } else {
          const label =
            p.marks.column === "status" || p.marks.column === "suggestedStatus"
              ? statusLabel(p.marks.value, "sv")
              : trendLabel(p.marks.value, "sv");
          expect(cond.value).toBe(`formula-is([.${top}]="${label}")`);
        }
        const style = fods.sv.styles.get(cond.style)!;
        expect(style.background).toBe(p.format.fill);
        expect(style.color).toBe(p.format.fontColor);
        expect(style.bold).toBe(p.format.bold);
      });
    }
  });

  /** The evaluated look of the status and trend cells of every goal row in the HTML export. */
  function lookOfGoalCells(sheets: HtmlSheet[], plan: WorkbookPlan) {
    const goals: SheetPlan = plan.sheets[0];
    const sheet = sheets.find((s) => s.name === goals.name)!;
    const col = (key: string) => plan.goalTable.columns.find((c) => c.key === key)!.column;
    const { top, bottom } = parseRange(goals.tables[0].range);
    expect(sheet.cells.get(`${col("status")}${top}`)?.text).toBe("Status");
    const out: {
      row: number;
      status: string;
      statusFill: string | null;
      trend: string;
      trendFill: string | null;
    }[] = [];
    for (let row = top + 1; row <= bottom; row++) {
      const s = sheet.cells.get(`${col("status")}${row}`);
      const t = sheet.cells.get(`${col("trend")}${row}`);
      out.push({
        row,
        status: s?.text ?? "",
        statusFill: s?.background ?? null,
        trend: t?.text ?? "",
        trendFill: t?.background ?? null,
      });
    }
    return out;
  }

  function plannedFill(text: string, kind: "status" | "trend"): string | null {
    // The rules compare case-insensitively, so "grön" is green; " grön" or "Blå" are not coloured.
    const norm = text.toLocaleLowerCase("sv");
    if (kind === "status") {
      const s = STATUSES.find((x) => statusLabel(x, "sv").toLocaleLowerCase("sv") === norm);
      return s ? STATUS_SWATCH[s].fill : null;
    }
    const t = TRENDS.find((x: Trend) => trendLabel(x, "sv").toLocaleLowerCase("sv") === norm);
    return t ? TREND_SWATCH[t].fill : null;
  }

  it.each(["sv", "edited"] as const)(
    "shows the planned fills on the status and trend cells (%s)",
    (which) => {
      const cells = lookOfGoalCells(html[which], built.sv.plan);
      expect(cells).toHaveLength(72);
      for (const c of cells) {
        expect({ row: c.row, text: c.status, fill: c.statusFill }).toEqual({
          row: c.row,
          text: c.status,
          fill: plannedFill(c.status, "status"),
        });
        expect({ row: c.row, text: c.trend, fill: c.trendFill }).toEqual({
          row: c.row,
          text: c.trend,
          fill: plannedFill(c.trend, "trend"),
        });
      }
      const filled = new Set(cells.map((c) => c.statusFill).filter((f) => f !== null));
      expect(filled).toEqual(new Set(STATUSES.map((s) => STATUS_SWATCH[s].fill)));
      if (which === "edited") {
        // The lower-case edits are there and coloured.
        expect(cells.some((c) => c.status === "grön" && c.statusFill === STATUS_SWATCH.green.fill)).toBe(
          true,
        );
        expect(cells.some((c) => c.status === "RÖD" && c.statusFill === STATUS_SWATCH.red.fill)).toBe(true);
      }
    },
  );

  it.each(["sv", "edited"] as const)(
    "greys a programme or area name that repeats the row above, and only that (%s)",
    (which) => {
      const goals = built.sv.plan.sheets[0];
      const sheet = html[which].find((s) => s.name === goals.name)!;
      const col = (key: string) => built.sv.plan.goalTable.columns.find((c) => c.key === key)!.column;
      const { top, bottom } = parseRange(goals.tables[0].range);
      const name = (key: string, row: number) => sheet.cells.get(`${col(key)}${row}`)?.text ?? "";
      const looks: { cell: string; grey: boolean }[] = [];
      const expected: { cell: string; grey: boolean }[] = [];
      for (let row = top + 1; row <= bottom; row++) {
        const sameProgram = row > top + 1 && name("program", row) === name("program", row - 1);
        for (const key of ["program", "area"] as const) {
          const cell = sheet.cells.get(`${col(key)}${row}`);
          expect(cell?.text).toBeTruthy();
          looks.push({
            cell: `${col(key)}${row}`,
            grey: cell?.color === REPEAT_SWATCH.fontColor && cell?.background === REPEAT_SWATCH.fill,
          });
          const repeat = sameProgram && (key === "program" || name("area", row) === name("area", row - 1));
          expected.push({ cell: `${col(key)}${row}`, grey: repeat });
        }
      }
      expect(looks).toEqual(expected);
      // The example's 72 goals sit in 3 programmes and 11 areas: the rest are repeats.
      expect(looks.filter((l) => l.grey)).toHaveLength(72 - 3 + (72 - 11));
    },
  );

  it("opens without repair: a clean package, and LibreOffice converted every file", async () => {
    for (const file of [files.sv, files.en, files.edited]) {
      expect(await packageProblems(readFileSync(file))).toEqual([]);
    }
    expect(fods.sv.sheets.map((s) => s.name)).toEqual(["Mål", "Sammanfattning", "Historik", "Struktur"]);
    expect(fods.en.sheets.map((s) => s.name)).toEqual(["Goals", "Summary", "Goal history", "Structure"]);
  });
});
