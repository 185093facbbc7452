// The history sheet: planned from each goal's history, written by the CLI, read back into the
// goals, and every row that cannot be read reported at its cell.
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { bundledStructure, statusLabel, trendLabel, type GoalStructure, type Lang } from "../../src/domain";
import { HISTORY_TABLE, buildWorkbookPlan, isFormula, parseRange, type SheetPlan } from "../../src/plan";
import { main } from "../../src/cli/main";
import { readXlsxGoals } from "../../src/cli/xlsx-input";
import { issueAddress } from "../../src/plan/goalTable";
import { writeWorkbookFile } from "../../src/xlsx/write";
import { packageProblems } from "../xlsx/package";
import { AWKWARD_COMMENTS, goalsIn, historyById, withHistory } from "./fixtures";

function historySheet(s: GoalStructure, lang: Lang): SheetPlan {
  const sheet = buildWorkbookPlan(s, lang).sheets.find((x) => x.role === "history");
  if (!sheet) throw new Error("no history sheet");
  return sheet;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "history-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): { io: { out: (s: string) => number; err: (s: string) => number }; out: string[] } {
  const out: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => out.push(s) }, out };
}

describe("the history sheet in the plan", () => {
  it("sits after the summary and before the structure sheet, in both languages", () => {
    expect(buildWorkbookPlan(withHistory(), "sv").sheets.map((x) => x.name)).toEqual([
      "Mål",
      "Sammanfattning",
      "Historik",
      "Struktur",
    ]);
    const en = buildWorkbookPlan(withHistory(), "en").sheets.map((x) => [x.role, x.name]);
    expect(en[2]).toEqual(["history", "Goal history"]);
  });

  it("holds one row per goal and year, by year then goal order, with the language's labels", () => {
    const s = withHistory();
    for (const lang of ["sv", "en"] as const) {
      const table = historySheet(s, lang).tables[0];
      expect(table.name).toBe(HISTORY_TABLE);
      const expected = goalsIn(s)
        .flatMap((g, order) => (g.history ?? []).map((e) => ({ e, order, id: g.id })))
        .sort((a, b) => a.e.year - b.e.year || a.order - b.order)
        .map(({ e, id }) => [
          e.year,
          id,
          e.status === null ? null : statusLabel(e.status, lang),
          e.trend === null ? null : trendLabel(e.trend, lang),
          e.comment ?? null,
        ]);
      expect(expected.length).toBe(8);
      expect(table.rows).toEqual(expected);
    }
    expect(historySheet(s, "en").tables[0].columns).toEqual([
      "Year",
      "Goal ID",
      "Status",
      "Trend",
      "Comment and analysis",
    ]);
  });

  it("makes every text cell text and the year a number with a numeric format", () => {
    const sheet = historySheet(withHistory(), "sv");
    const table = sheet.tables[0];
    const top = parseRange(table.range).top;
    const formatOf = (row: number, col: number): string | undefined => {
      let f: string | undefined = sheet.columns[col - 1]?.format?.numberFormat;
      for (const rf of sheet.formats) {
        const r = parseRange(rf.range);
        if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right && rf.format.numberFormat)
          f = rf.format.numberFormat;
      }
      return f;
    };
    table.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === "string") expect(formatOf(top + 1 + i, j + 1)).toBe("@");
        if (typeof v === "number") expect(formatOf(top + 1 + i, j + 1)).toBe("0");
        expect(v === null || !isFormula(v)).toBe(true);
        expect(v).not.toBe("");
      }),
    );
  });

  it("is written also without any history: one empty body row, no empty strings", () => {
    const sheet = historySheet(bundledStructure(), "sv");
    expect(sheet.tables[0].rows).toEqual([[null, null, null, null, null]]);
    expect(sheet.blocks.map((b) => b.values[0][0])).toEqual([
      "Historik: tidigare års bedömningar",
      expect.stringContaining("ändrar det aldrig"),
    ]);
  });
});

describe("the history read back from the CLI's workbook", () => {
  it("gives each goal the history it was written with, comments byte for byte", async () => {
    const s = withHistory();
    for (const lang of ["sv", "en"] as const) {
      const json = path.join(dir, `h-${lang}.json`);
      const xlsx = path.join(dir, `h-${lang}.xlsx`);
      writeFileSync(json, JSON.stringify(s));
      expect(await main(["workbook", json, "--out", xlsx, "--lang", lang], io().io)).toBe(0);
      const read = await readXlsxGoals(xlsx);
      expect(historyById(read.structure)).toEqual(historyById(s));
      expect(read.issues.filter((i) => i.code.startsWith("history-"))).toEqual([]);
    }
    // A CR is the one thing an .xlsx does not keep: XML readers read it as a line feed
    // (CONTROL_NORMALISATION in test/corpus/cases.ts); the add-in keeps it.
    const crlf = withHistory();
    (goalsIn(crlf)[0].history ?? [])[0].comment = "ett\r\ntvå";
    const crlfJson = path.join(dir, "crlf.json");
    writeFileSync(crlfJson, JSON.stringify(crlf));
    expect(await main(["workbook", crlfJson, "--out", path.join(dir, "crlf.xlsx")], io().io)).toBe(0);
    const back = await readXlsxGoals(path.join(dir, "crlf.xlsx"));
    expect(goalsIn(back.structure)[0].history?.[0].comment).toBe("ett\ntvå");
    // The awkward comments really are in the comparison, whole.
    const long = goalsIn(s)[5].history?.[0].comment ?? "";
    expect(long.length).toBe(5_000);
    expect(AWKWARD_COMMENTS.every((c) => JSON.stringify(historyById(s)).includes(JSON.stringify(c)))).toBe(
      true,
    );
  });

  it("reads a workbook without history as goals without history, and an empty sheet as none", async () => {
    const xlsx = path.join(dir, "none.xlsx");
    await writeWorkbookFile(buildWorkbookPlan(bundledStructure(), "sv"), xlsx);
    const read = await readXlsxGoals(xlsx);
    expect(read.history?.rows).toHaveLength(1);
    expect(historyById(read.structure)).toEqual({});
    expect(read.issues.filter((i) => i.code.startsWith("history-"))).toEqual([]);
  });

  it("writes a package Excel opens without repair", async () => {
    const xlsx = path.join(dir, "package.xlsx");
    await writeWorkbookFile(buildWorkbookPlan(withHistory(), "en"), xlsx);
    const { readFileSync } = await import("fs");
    expect(await packageProblems(readFileSync(xlsx))).toEqual([]);
  });
});

describe("a history edited by hand", () => {
  /** The CLI's workbook of withHistory(), its history table then edited cell by cell. */
  async function edited(edit: (ws: ExcelJS.Worksheet, top: number) => void): Promise<string> {
    const file = path.join(dir, `edit-${Math.random().toString(36).slice(2)}.xlsx`);
    await writeWorkbookFile(buildWorkbookPlan(withHistory(), "sv"), file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Historik") as ExcelJS.Worksheet;
    edit(ws, 4);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("reads headers in either language and in any order, by name", async () => {
    const file = await edited((ws) => {
      ws.getCell("A4").value = "year";
      ws.getCell("B4").value = "goal id";
    });
    const read = await readXlsxGoals(file);
    expect(historyById(read.structure)).toEqual(historyById(withHistory()));
  });

  it("reports each unreadable row at its cell and never invents an entry", async () => {
    const s = withHistory();
    const [g0, g1] = goalsIn(s);
    const y = s.year;
    // Rows 5–12 hold the eight entries: the y-2 ones of goals 0, 2, 3, then the y-1 ones of 0, 1, 3, 4, 5.
    const file = await edited((ws) => {
      ws.getCell("C5").value = "lila"; // g0, y-2: status unreadable
      ws.getCell("D5").value = "snett"; // and its trend
      ws.getCell("A6").value = "2022,5"; // goal 2's only entry: no whole year
      ws.getCell("B7").value = "FINNS-INTE"; // goal 3, y-2: no such goal
      ws.getCell("A9").value = y - 1; // goal 1's y-1 entry...
      ws.getCell("B9").value = g0.id; // ...now a second row for g0 and y-1 (row 8 is the first)
      ws.getCell("A10").value = y; // goal 3, y-1: not before the follow-up year
      ws.getCell("C11").value = "ej bedömd"; // goal 4: a word for "not assessed", read as null
    });
    const read = await readXlsxGoals(file);
    const found = read.issues
      .filter((i) => i.history)
      .map((i) => [issueAddress(read, i), i.code, i.severity, i.value]);
    expect(found).toEqual([
      ["Historik!C5", "history-unknown-status", "error", "lila"],
      ["Historik!D5", "history-unknown-trend", "error", "snett"],
      ["Historik!A6", "history-bad-year", "error", "2022,5"],
      ["Historik!B7", "history-unknown-goal", "warning", "FINNS-INTE"],
      ["Historik!A9", "history-duplicate", "error", String(y - 1)],
      ["Historik!A10", "history-bad-year", "error", String(y)],
    ]);
    const history = historyById(read.structure);
    // The unreadable cells are read as null; the year and comment stay.
    expect(history[g0.id]).toEqual([
      { year: y - 2, status: null, trend: null, comment: AWKWARD_COMMENTS[0] },
      { year: y - 1, status: "yellow", trend: "up", comment: AWKWARD_COMMENTS[1] },
    ]);
    // The rows not read give no entry: goals 1, 2 and 3 had only such rows.
    expect(history[g1.id]).toBeUndefined();
    expect(history[goalsIn(s)[2].id]).toBeUndefined();
    expect(history[goalsIn(s)[3].id]).toBeUndefined();
    expect(history[goalsIn(s)[4].id]).toEqual([{ ...goalsIn(s)[4].history?.[0], status: null }]);
    expect(history[goalsIn(s)[5].id]).toEqual(goalsIn(s)[5].history);
    expect(read.issues.some((i) => i.history && i.history.row === 6)).toBe(false);

    const v = io();
    expect(await main(["validate", file], v.io)).toBe(1);
    expect(v.out.join("")).toContain("Historik!C5");
  });
});
