// `maluppfoljning rollover` through the compiled CLI: a workbook rolled over twice (2024 → 2025
// → 2026, with an official's edits in between) keeps both closed years, its own column and
// every text as text; the refusals; and what ExcelJS would lose on the way (formula names,
// validations, the add-in's web extension), compared part by part between FILE and OUT.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { summarize, type GoalStructure } from "../../src/domain";
import { t } from "../../src/i18n";
import { GOAL_TABLE, HISTORY_TABLE } from "../../src/plan";
import { compileCli, runCli } from "../hardening/cli";
import { applyXlsxEdit } from "../hardening/xlsx-edits";
import { formulaNamesOf, packageProblems } from "../xlsx/package";
import { exampleStructure } from "./example";
import { addWebExtension, all, editXlsx, goalCells, packageParts, withoutResult } from "./workbooks";

let tmp: string;
const at = (name: string): string => path.join(tmp, name);
const USER_COLUMN = "Egen notering";
const userValue = (row: number): string => `notering ${row + 1}`;
const FORMULA_TEXT = "=SUM(A1)";
const TWO_LINES = "Rad ett\nrad två";

/** The example (year 2024) with a comment that looks like a formula and one with a line break. */
function start(): GoalStructure {
  const s = exampleStructure();
  s.programs[2].areas[0].goals[0].comment = FORMULA_TEXT;
  s.programs[1].areas[0].goals[0].comment = TWO_LINES;
  return s;
}

/** The 2025 assessments typed in between the rollovers: [goal, status, trend, comment]. */
const EDITS_2025: [string, string, string, string][] = [
  ["L1", "Röd", "Nedåt", FORMULA_TEXT],
  ["L2", "Grön", "Uppåt", ""],
  ["V2", "Gul", "Oförändrad", TWO_LINES],
  ["S2", "Grön", "", ""],
];

interface JsonCounts {
  year: number;
  total: number;
  status: Record<string, number>;
  trend: Record<string, number>;
}
interface JsonSummary {
  year: number;
  programs: {
    id: string;
    total: number;
    status: Record<string, number>;
    history: JsonCounts[];
    comparison: (JsonCounts & { improved: number; worsened: number; unchanged: number }) | null;
  }[];
}

beforeAll(async () => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-rollover-"));
  fs.writeFileSync(at("start.json"), JSON.stringify(start(), null, 2));
  const made = await runCli(["workbook", at("start.json"), "--out", at("y2024.xlsx")]);
  expect(made.code).toBe(0);
  await editXlsx(
    at("y2024.xlsx"),
    (wb) => applyXlsxEdit(wb, { op: "addUserColumn", header: USER_COLUMN, values: userValue }, "sv"),
    [{ name: "Egen_Andel", formula: `COUNTA(${GOAL_TABLE}[Status])/ROWS(${GOAL_TABLE}[Status])` }],
  );
  await addWebExtension(at("y2024.xlsx"), { "maluppfoljning.year": 2024, "maluppfoljning.lang": "sv" });
}, 180000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("rollover twice", () => {
  let first: Awaited<ReturnType<typeof runCli>>;
  let second: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    first = await runCli(["rollover", at("y2024.xlsx"), "--year", "2025", "--out", at("y2025.xlsx")]);
    fs.copyFileSync(at("y2025.xlsx"), at("y2025-edited.xlsx"));
    await editXlsx(at("y2025-edited.xlsx"), (wb) => {
      const g = goalCells(wb);
      for (const [id, status, trend, comment] of EDITS_2025) {
        g.cell(id, "Status").value = status || null;
        g.cell(id, "Trend").value = trend || null;
        g.cell(id, "Kommentar och analys").value = comment || null;
      }
    });
    second = await runCli(["rollover", at("y2025-edited.xlsx"), "--year", "2026", "--out", at("y2026.xlsx")]);
  }, 180000);

  it("says what it did", () => {
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Avslutade 2024 och öppnade 2025: 11 mål flyttade till historiken");
    expect(first.stdout).toContain(`Skrev ${at("y2025.xlsx")}.`);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Avslutade 2025 och öppnade 2026: 11 mål flyttade till historiken");
  });

  it("keeps both closed years: summary shows them in the history and compares with the last", async () => {
    const r = await runCli(["summary", at("y2026.xlsx"), "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonSummary;
    expect(out.year).toBe(2026);
    const original = summarize(start());
    const miljo = out.programs[0];
    const years = miljo.history.map((h) => h.year);
    expect(years).toEqual([2022, 2023, 2024, 2025]);
    // 2024 is what the JSON held; 2025 what was typed in between.
    const y2024 = miljo.history[2];
    expect(y2024.total).toBe(original.programs[0].total);
    expect(y2024.status).toEqual(original.programs[0].status);
    expect(y2024.trend).toEqual(original.programs[0].trend);
    const y2025 = miljo.history[3];
    expect(y2025.total).toBe(8);
    expect(y2025.status).toEqual({ red: 1, yellow: 1, green: 1, missing: 5 });
    expect(miljo.comparison?.year).toBe(2025);
    // This year nothing is assessed yet.
    expect(miljo.status).toEqual({ red: 0, yellow: 0, green: 0, missing: 8 });
    const skola = out.programs[1];
    expect(skola.history.map((h) => [h.year, h.status.green, h.status.red])).toEqual([
      [2021, 0, 1],
      [2024, 1, 1],
      [2025, 1, 0],
    ]);
  });

  it("keeps the user's column and its values, empties only the year's cells", async () => {
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(at("y2024.xlsx"));
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(at("y2026.xlsx"));
    const b = goalCells(before);
    const a = goalCells(after);
    expect(a.header).toEqual(b.header);
    expect(a.ids).toEqual(b.ids);
    const emptied = ["Status", "Trend", "Kommentar och analys"];
    for (const id of b.ids)
      for (const h of b.header) {
        const value = a.cell(id, h).value;
        if (emptied.includes(h)) expect(value).toBeNull();
        else expect(withoutResult(value)).toEqual(withoutResult(b.cell(id, h).value));
      }
    expect(b.ids.map((id) => a.cell(id, USER_COLUMN).value)).toEqual(b.ids.map((_, i) => userValue(i)));
  });

  it("moves the comments into the history as text: a formula's look and a line break stay", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("y2026.xlsx"));
    const ws = wb.getWorksheet("Historik") as ExcelJS.Worksheet;
    const rows: (string | number | null)[][] = [];
    ws.eachRow((row, n) => {
      if (n > 4) rows.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value as string | number | null));
    });
    const comment = (year: number, id: string): unknown =>
      rows.find((r) => r[0] === year && r[1] === id)?.[4];
    expect(comment(2024, "K1")).toBe(FORMULA_TEXT);
    expect(comment(2024, "S1")).toBe(TWO_LINES);
    expect(comment(2025, "L1")).toBe(FORMULA_TEXT);
    expect(comment(2025, "V2")).toBe(TWO_LINES);
    // Excel's own history rows stay where they were, in the order the workbook command wrote them.
    expect(rows.slice(0, 10).map((r) => r[0])).toEqual([
      2021, 2022, 2023, 2023, 2023, 2023, 2023, 2023, 2023, 2024,
    ]);
    const { sheets } = await packageParts(at("y2026.xlsx"));
    const xml = sheets.get("Historik") ?? "";
    expect(xml).not.toContain("<f>");
    for (const r of [...(ws.getRows(5, rows.length) ?? [])])
      for (const c of [2, 3, 4, 5])
        if (typeof r.getCell(c).value === "string") expect(r.getCell(c).numFmt).toBe("@");
  });

  it("moves the year on in the structure sheet, the titles and the document settings", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("y2025.xlsx"));
    expect(goalCells(wb).ws.getCell("A1").value).toBe(
      t("sv", "wb.goals.title", { organisation: "Exempelkommun", year: 2025 }),
    );
    expect(String(wb.getWorksheet("Sammanfattning")?.getCell("A1").value)).toContain("2025");
    const { parts } = await packageParts(at("y2025.xlsx"));
    const ext = parts.get("xl/webextensions/webextension1.xml") ?? "";
    expect(ext).toContain('<we:property name="maluppfoljning.year" value="2025"/>');
    expect(ext).toContain('<we:property name="maluppfoljning.lang" value="&quot;sv&quot;"/>');
    expect(parts.get("_rels/.rels")).toContain('Target="xl/webextensions/taskpanes.xml"');
    expect(parts.get("[Content_Types].xml")).toContain('PartName="/xl/webextensions/webextension1.xml"');
    expect(parts.get("xl/webextensions/_rels/taskpanes.xml.rels")).toContain('Target="webextension1.xml"');
  });
});

describe("what ExcelJS would lose: FILE and OUT compared", () => {
  let before: Awaited<ReturnType<typeof packageParts>>;
  let after: Awaited<ReturnType<typeof packageParts>>;

  beforeAll(async () => {
    const r = await runCli(["rollover", at("y2024.xlsx"), "--year", "2025", "--out", at("cmp.xlsx")]);
    expect(r.code).toBe(0);
    before = await packageParts(at("y2024.xlsx"));
    after = await packageParts(at("cmp.xlsx"));
  }, 180000);

  it("keeps every defined name that holds a formula, the user's own too", async () => {
    const names = async (f: string): Promise<string[]> =>
      (await formulaNamesOf(fs.readFileSync(f))).map((n) => n.name).sort();
    const was = await names(at("y2024.xlsx"));
    expect(was.length).toBeGreaterThan(5);
    expect(was).toContain("Egen_Andel");
    expect(await names(at("cmp.xlsx"))).toEqual(was);
  });

  it("keeps the tables, the history table grown by one row per goal", () => {
    const ref = (xml: string | undefined): string =>
      /<table\b[^>]*\bref="([^"]+)"/.exec(xml ?? "")?.[1] ?? "";
    const columns = (xml: string | undefined): string[] =>
      all(xml ?? "", /<tableColumn\b[^>]*name="([^"]+)"/g);
    expect([...after.tables.keys()].sort()).toEqual([...before.tables.keys()].sort());
    for (const [name, xml] of before.tables) {
      expect(columns(after.tables.get(name))).toEqual(columns(xml));
      if (name !== HISTORY_TABLE) expect(ref(after.tables.get(name))).toBe(ref(xml));
    }
    const bottom = (xml: string | undefined): number => Number(/:[A-Z]+(\d+)$/.exec(ref(xml))?.[1]);
    expect(bottom(after.tables.get(HISTORY_TABLE)) - bottom(before.tables.get(HISTORY_TABLE))).toBe(11);
  });

  it("keeps the drop-downs and colour rules, without overlapping ranges", () => {
    for (const sheet of ["Mål", "Historik", "Struktur"]) {
      const validations = (xml: string): string[] =>
        all(xml, /(<dataValidation\b[^>]*>[\s\S]*?<\/dataValidation>)/g).sort();
      const rules = (xml: string): string[] =>
        all(xml, /(<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>)/g);
      const was = before.sheets.get(sheet) ?? "";
      const now = after.sheets.get(sheet) ?? "";
      expect(validations(now)).toEqual(validations(was));
      expect(rules(now).length).toBe(rules(was).length);
      expect(rules(now).map((r) => all(r, /<formula>([^<]*)<\/formula>/g))).toEqual(
        rules(was).map((r) => all(r, /<formula>([^<]*)<\/formula>/g)),
      );
    }
    expect(all(after.sheets.get("Mål") ?? "", /<dataValidation\b[^>]*sqref="([^"]+)"/g).sort()).toEqual([
      "G3:G13",
      "H3:H13",
      // Klar, after the two last-year columns (I, J) and the comment.
      "L3:L13",
    ]);
  });

  it("keeps frozen panes, column widths and the text format", () => {
    for (const sheet of ["Mål", "Sammanfattning", "Historik", "Struktur"]) {
      const was = before.sheets.get(sheet) ?? "";
      const now = after.sheets.get(sheet) ?? "";
      expect(all(now, /(<pane\b[^>]*\/>)/g)).toEqual(all(was, /(<pane\b[^>]*\/>)/g));
      expect(all(now, /(<col\b[^>]*\/>)/g)).toEqual(all(was, /(<col\b[^>]*\/>)/g));
    }
    const textStyles = (styles: string): number => {
      const id = /<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="@"/.exec(styles)?.[1] ?? "49";
      return all(styles.slice(styles.indexOf("<cellXfs")), /<xf\b[^>]*numFmtId="(\d+)"/g).filter(
        (n) => n === id,
      ).length;
    };
    expect(textStyles(after.parts.get("xl/styles.xml") ?? "")).toBeGreaterThan(0);
  });

  it("keeps every other cell of the goal, history and structure sheets, value and format", async () => {
    const cells = async (file: string, sheet: string): Promise<Map<string, string>> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const out = new Map<string, string>();
      (wb.getWorksheet(sheet) as ExcelJS.Worksheet).eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          const { numFmt, font, fill, alignment, border } = c.style;
          out.set(
            c.address,
            JSON.stringify({ v: withoutResult(c.value), numFmt, font, fill, alignment, border }),
          );
        }),
      );
      return out;
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("y2024.xlsx"));
    const g = goalCells(wb);
    const emptied = new Set(
      g.ids.flatMap((id) => ["Status", "Trend", "Kommentar och analys"].map((h) => g.cell(id, h).address)),
    );
    const changed: Record<string, string[]> = {};
    for (const sheet of ["Mål", "Historik", "Struktur"]) {
      const [was, now] = [await cells(at("y2024.xlsx"), sheet), await cells(at("cmp.xlsx"), sheet)];
      changed[sheet] = [...was.keys()].filter((a) => now.get(a) !== was.get(a) && !emptied.has(a));
      for (const a of emptied) if (sheet === "Mål") expect(JSON.parse(now.get(a) ?? "{}").v).toBeNull();
    }
    // The title moves on, and so does the year in the structure sheet; the history's one empty
    // row is its first filled one.
    expect(changed).toEqual({ Mål: ["A1"], Historik: [], Struktur: ["B6"] });
  });

  it("writes a package Excel opens without repairs", async () => {
    expect(await packageProblems(fs.readFileSync(at("cmp.xlsx")))).toEqual([]);
  });
});

describe("refusals", () => {
  it("refuses a year that is not later, naming both", async () => {
    for (const year of ["2024", "2023"]) {
      const r = await runCli(["rollover", at("y2024.xlsx"), "--year", year, "--out", at("no.xlsx")]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`det nya året ${year} är inte senare än arbetsbokens uppföljningsår 2024`);
      expect(r.stderr).toContain("Användning: maluppfoljning rollover");
      expect(fs.existsSync(at("no.xlsx"))).toBe(false);
    }
  });

  it("refuses goals sharing an ID even with --force, as the pane does", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("twice.xlsx"));
    await editXlsx(at("twice.xlsx"), (wb) => {
      goalCells(wb).cell("L3", "Mål-ID").value = "V1";
    });
    const r = await runCli([
      "rollover",
      at("twice.xlsx"),
      "--year",
      "2025",
      "--out",
      at("twice-out.xlsx"),
      "--force",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Flera mål har samma mål-ID (V1)");
    expect(r.stderr).toContain("Several goals have the same goal ID (V1)");
    expect(fs.existsSync(at("twice-out.xlsx"))).toBe(false);
  });

  it("refuses to write over its input", async () => {
    const r = await runCli(["rollover", at("y2024.xlsx"), "--year", "2025", "--out", at("./y2024.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out får inte vara");
  });

  it("refuses a workbook with validation errors unless --force, listing them", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("bad.xlsx"));
    await editXlsx(at("bad.xlsx"), (wb) => {
      const g = goalCells(wb);
      g.cell("L3", "Status").value = "Lila";
      // A row the reader cannot place, and a history row for a goal that no longer exists.
      g.cell("V1", "Program").value = "Okänt program";
      (wb.getWorksheet("Historik") as ExcelJS.Worksheet).getCell("B5").value = "X9";
    });
    const refused = await runCli(["rollover", at("bad.xlsx"), "--year", "2025", "--out", at("bad-out.xlsx")]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^Mål!G5: fel · L3 · Status/m);
    expect(refused.stdout).toMatch(/^Mål!B7: fel · V1 · /m);
    expect(refused.stderr).toContain("--force");
    expect(fs.existsSync(at("bad-out.xlsx"))).toBe(false);

    const forced = await runCli([
      "rollover",
      at("bad.xlsx"),
      "--year",
      "2025",
      "--out",
      at("bad-out.xlsx"),
      "--force",
    ]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/Obs! \d+ fel i .*ignorerades \(--force\)/);
    expect(forced.stdout).toContain("Avslutade 2024 och öppnade 2025");
    const r = await runCli(["summary", at("bad-out.xlsx"), "--format", "json"]);
    expect((JSON.parse(r.stdout) as JsonSummary).year).toBe(2025);

    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(at("bad.xlsx"));
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(at("bad-out.xlsx"));
    const [b, a] = [goalCells(before), goalCells(after)];
    // The unplaced row got no history row, so it keeps every cell, and the message says so.
    expect(b.cell("V1", "Status").value).not.toBeNull();
    for (const h of b.header)
      expect([h, withoutResult(a.cell("V1", h).value)]).toEqual([h, withoutResult(b.cell("V1", h).value)]);
    expect(forced.stderr).toContain("Obs! 1 rader i måltabellen behöll sin status, trend och kommentar");
    expect(forced.stdout).toContain("10 mål flyttade till historiken");
    // The unreadable status goes into the history as the cell's text, where validation flags it.
    const ws = after.getWorksheet("Historik") as ExcelJS.Worksheet;
    const l3: unknown[][] = [];
    ws.eachRow((row) => {
      if (row.getCell(1).value === 2024 && row.getCell(2).value === "L3")
        l3.push([3, 4].map((c) => row.getCell(c).value));
    });
    expect(l3).toEqual([["Lila", b.cell("L3", "Trend").value]]);
    expect(a.cell("L3", "Status").value).toBeNull();
    const v = await runCli(["validate", at("bad-out.xlsx")]);
    expect(v.stdout).toMatch(/^Historik!C\d+: fel · L3 · /m);
    // The history rows the reader warns about stay as they were.
    const history = (wb: ExcelJS.Workbook, r: number): unknown[] =>
      [1, 2, 3, 4, 5].map((c) => (wb.getWorksheet("Historik") as ExcelJS.Worksheet).getCell(r, c).value);
    for (let r = 5; r <= 13; r++) expect(history(after, r)).toEqual(history(before, r));
    expect(history(after, 5)[1]).toBe("X9");
  });

  it("refuses a workbook without a follow-up year or without its structure sheet", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("noyear.xlsx"));
    await editXlsx(at("noyear.xlsx"), (wb) => {
      const ws = wb.getWorksheet("Struktur") as ExcelJS.Worksheet;
      ws.eachRow((row) => {
        if (row.getCell(1).value === "År") row.getCell(2).value = null;
      });
    });
    const r = await runCli(["rollover", at("noyear.xlsx"), "--year", "2025", "--out", at("no.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("har inget uppföljningsår");
    fs.copyFileSync(at("y2024.xlsx"), at("nostructure.xlsx"));
    await editXlsx(at("nostructure.xlsx"), (wb) => {
      wb.removeWorksheet((wb.getWorksheet("Struktur") as ExcelJS.Worksheet).id);
    });
    const s = await runCli(["rollover", at("nostructure.xlsx"), "--year", "2025", "--out", at("no.xlsx")]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain("har ingen tabell Maluppfoljning_Info");
    expect(fs.existsSync(at("no.xlsx"))).toBe(false);
  });

  it("refuses what it cannot write: rows below the history, a protected sheet, a missing folder", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("below.xlsx"));
    await editXlsx(at("below.xlsx"), (wb) => {
      (wb.getWorksheet("Historik") as ExcelJS.Worksheet).getCell("C20").value = "någons anteckning";
    });
    const below = await runCli(["rollover", at("below.xlsx"), "--year", "2025", "--out", at("no.xlsx")]);
    expect(below.code).toBe(2);
    expect(below.stderr).toContain("historiktabellen på bladet Historik kan inte växa");

    fs.copyFileSync(at("y2024.xlsx"), at("protected.xlsx"));
    await editXlsx(at("protected.xlsx"), async (wb) => {
      await goalCells(wb).ws.protect("", {});
    });
    const locked = await runCli(["rollover", at("protected.xlsx"), "--year", "2025", "--out", at("no.xlsx")]);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toContain("Bladet Mål är skyddat");
    expect(fs.existsSync(at("no.xlsx"))).toBe(false);

    const nowhere = await runCli([
      "rollover",
      at("y2024.xlsx"),
      "--year",
      "2025",
      "--out",
      at("saknas/ut.xlsx"),
    ]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain("finns inte");
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("answers --help and a missing --year as the other commands do", async () => {
    const help = await runCli(["rollover", "--help", "--lang", "en"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: maluppfoljning rollover FILE.xlsx --year YEAR --out OUT.xlsx");
    const missing = await runCli(["rollover", at("y2024.xlsx"), "--out", at("no.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--year");
  });
});

describe("a workbook from before the history sheet", () => {
  it("gets the history sheet, after the summary, with the closed year", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("old.xlsx"));
    await editXlsx(at("old.xlsx"), (wb) => {
      wb.removeWorksheet((wb.getWorksheet("Historik") as ExcelJS.Worksheet).id);
    });
    const r = await runCli(["rollover", at("old.xlsx"), "--year", "2025", "--out", at("old-out.xlsx")]);
    expect(r.code).toBe(0);
    const { sheets } = await packageParts(at("old-out.xlsx"));
    expect([...sheets.keys()]).toEqual(["Mål", "Sammanfattning", "Historik", "Struktur"]);
    const s = await runCli(["summary", at("old-out.xlsx"), "--format", "json"]);
    const out = JSON.parse(s.stdout) as JsonSummary;
    // Only the closed year: the earlier ones were on the sheet that was removed.
    expect(out.programs.map((p) => p.history.map((h) => h.year))).toEqual([[2024], [2024], [2024]]);
  });

  it("with --force, draws an unreadable status into the new history as the cell's text", async () => {
    fs.copyFileSync(at("y2024.xlsx"), at("old-lila.xlsx"));
    await editXlsx(at("old-lila.xlsx"), (wb) => {
      wb.removeWorksheet((wb.getWorksheet("Historik") as ExcelJS.Worksheet).id);
      goalCells(wb).cell("S2", "Status").value = "Lila";
    });
    const r = await runCli([
      "rollover",
      at("old-lila.xlsx"),
      "--year",
      "2025",
      "--out",
      at("old-lila-out.xlsx"),
      "--force",
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("old-lila-out.xlsx"));
    const rows: unknown[][] = [];
    (wb.getWorksheet("Historik") as ExcelJS.Worksheet).eachRow((row) => {
      if (row.getCell(2).value === "S2") rows.push([1, 3].map((c) => row.getCell(c).value));
    });
    expect(rows).toEqual([[2024, "Lila"]]);
  });
});
