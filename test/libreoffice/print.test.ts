// The goal sheet on paper. LibreOffice converts the CLI's workbook straight to PDF, which is
// where it does not fit row heights to wrapped text by itself: a wrapped cell in a row too low
// for it prints over the row below. pdftotext -bbox gives every printed word with its box; on
// the goal sheet's pages no two words may overlap, none may print below 8 pt, and every page
// is A4 landscape. A workbook with long programme and area names shows each name once per run
// of rows: whole on the run's first row, cut to the row's height on the rows that repeat it.
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { bundledStructure, structureToRows, type GoalStructure } from "../../src/domain";
import { buildGoalSheet } from "../../src/plan/goals";
import { ensureCompiledCli, runCli } from "./cli";
import { describeWithSoffice, LibreOffice } from "./soffice";

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Page {
  width: number;
  height: number;
  words: Word[];
}

function findPdftotext(): string {
  const found = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].find((p) => existsSync(p));
  if (!found) throw new Error("pdftotext not found: install the Debian package poppler-utils");
  return found;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function readPages(pdf: string): Page[] {
  const html = execFileSync(findPdftotext(), ["-bbox", pdf, "-"], { encoding: "utf8" });
  const pages: Page[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of m[3].matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({ text: unescape(w[5]), x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4] });
    }
    pages.push({ width: +m[1], height: +m[2], words });
  }
  return pages;
}

/** Pairs of words whose boxes share more than a sliver (boxes of adjacent lines may touch). */
function overlaps(words: Word[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const minHeight = Math.min(a.y1 - a.y0, b.y1 - b.y0);
      if (w > 1 && h > 0.25 * minHeight) out.push(`"${a.text}" / "${b.text}" at y ${a.y0.toFixed(1)}`);
    }
  }
  return out;
}

const goalIds = (): string[] =>
  bundledStructure().programs.flatMap((p) => p.areas.flatMap((a) => a.goals.map((g) => g.id)));

const LANGS = ["sv", "en"] as const;
/** The first column's header, which starts every goal page after the first. */
const FIRST_HEADER = { sv: "Mål-ID", en: "Goal ID" } as const;

/** The goal sheet's pages of a PDF: the first, and those after it that start with the header row. */
function goalSheetPages(pdf: string, lang: (typeof LANGS)[number]): Page[] {
  const pages = readPages(pdf);
  const header = FIRST_HEADER[lang].split(" ")[0];
  return [pages[0], ...pages.slice(1).filter((p) => p.words[0]?.text === header)];
}

/**
 * Two programmes, two areas each, six short goals each: only the names wrap, onto two lines, so
 * what a row cuts off is one line that starts in it (in the PDF's text it runs into the next row).
 */
function longNames(): GoalStructure {
  const goals = (prefix: string) =>
    [1, 2, 3, 4, 5, 6].map((i) => ({
      id: `${prefix}-${i}`,
      text: `Kort mål ${i}`,
      status: "green" as const,
      trend: "up" as const,
    }));
  const area = (id: string, name: string, prefix: string) => ({ id, name, sdgs: [], goals: goals(prefix) });
  return {
    organisation: "Testkommun",
    year: 2024,
    programs: [
      {
        id: "p1",
        name: "Program för ekologisk och social hållbarhet",
        areas: [
          area("a1", "Samhällsplanering och infrastruktur", "A"),
          area("a2", "Natur, vatten och biologisk mångfald", "B"),
        ],
      },
      {
        id: "p2",
        name: "Handlingsplan för trygghet och delaktighet",
        areas: [
          area("a3", "Demokrati, delaktighet och medskapande", "C"),
          area("a4", "Trygghet och levande kommundelar", "D"),
        ],
      },
    ],
  };
}

describeWithSoffice("the goal sheet printed to PDF by LibreOffice", () => {
  let dir: string;
  let office: LibreOffice;
  const goalPages = new Map<string, Page[]>();
  let longPages: Page[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-print-"));
    ensureCompiledCli();
    const files = LANGS.map((lang) => {
      const file = path.join(dir, `mal-${lang}.xlsx`);
      const r = runCli(["workbook", "--out", file, "--lang", lang]);
      if (r.status !== 0) throw new Error(r.stderr);
      return file;
    });
    const json = path.join(dir, "long-names.json");
    writeFileSync(json, JSON.stringify(longNames()));
    const long = path.join(dir, "long-names.xlsx");
    const r = runCli(["workbook", json, "--out", long, "--lang", "sv"]);
    if (r.status !== 0) throw new Error(r.stderr);
    office = LibreOffice.create();
    // One soffice run for all three.
    const pdfs = await office.convert([...files, long], "pdf");
    LANGS.forEach((lang, i) => goalPages.set(lang, goalSheetPages(pdfs[i], lang)));
    longPages = goalSheetPages(pdfs[LANGS.length], "sv");
  }, 240_000);

  afterAll(() => {
    office?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  describe.each(LANGS)("%s", (lang) => {
    const pages = (): Page[] => goalPages.get(lang) ?? [];

    it("prints on A4 landscape pages, with the header row on every one", () => {
      expect(pages().length).toBeGreaterThan(1);
      for (const p of pages()) {
        expect({ width: Math.round(p.width), height: Math.round(p.height) }).toEqual({
          width: 842,
          height: 595,
        });
      }
      for (const p of pages().slice(1)) expect(p.words[0].text).toBe(FIRST_HEADER[lang].split(" ")[0]);
    });

    it("prints no word over another", () => {
      const found = pages().map((p, i) => ({ page: i + 1, overlaps: overlaps(p.words).slice(0, 5) }));
      expect(found.filter((f) => f.overlaps.length > 0)).toEqual([]);
    });

    it("prints every word at 8 pt or more", () => {
      // A word's box is as tall as its font size (DejaVu Sans, which LibreOffice shows for
      // Calibri, gives 0.98 × the size): below 7.8 points means below 8 pt.
      const small = pages()
        .flatMap((p) => p.words.filter((w) => w.y1 - w.y0 < 7.8))
        .map((w) => w.text);
      expect(small.slice(0, 10)).toEqual([]);
    });

    it("prints every goal id once", () => {
      const printed = pages().flatMap((p) => p.words.map((w) => w.text));
      for (const id of goalIds())
        expect({ id, times: printed.filter((t) => t === id).length }).toEqual({ id, times: 1 });
    });
  });

  describe("a workbook with long programme and area names", () => {
    const structure = longNames();
    const rows = structureToRows(structure, "sv");
    const { sheet, layout } = buildGoalSheet(structure, rows, "sv");
    const plannedHeight = (i: number): number => {
      const row = layout.headerRow + 1 + i;
      // Runs apply in order, a later one winning.
      const runs = sheet.rowHeights.filter((h) => row >= h.row && row < h.row + (h.count ?? 1));
      return runs.length > 0 ? runs[runs.length - 1].height : 15;
    };
    /** Whether the rules grey row i's name in `key`: the same as the row above, within the programme. */
    const repeats = (i: number, key: "program" | "area"): boolean =>
      i > 0 &&
      rows[i].cells.program === rows[i - 1].cells.program &&
      (key === "program" || rows[i].cells.area === rows[i - 1].cells.area);

    type NameKey = "program" | "area";
    interface PrintedRow {
      index: number;
      /** The words of each name column that print inside the row. */
      shown: Record<NameKey, Word[]>;
      /** Words that start in the row and end below it, with the name column they are in (if any). */
      cut: { word: Word; column: NameKey | null }[];
    }

    /**
     * The goal rows as printed: a row runs from its goal id down to the next one (the last row as
     * far as its planned height at the page's scale); a name column runs from its header word to
     * the next column's. A word inside its row prints; one that starts in the row and ends below
     * it is cut off by the cell (LibreOffice keeps it in the PDF's text, under the row below).
     */
    function printedRows(): PrintedRow[] {
      const page = longPages[0];
      const headerY = page.words.find((w) => w.text === "Program")!.y0;
      const headerX = (text: string) =>
        page.words.find((w) => w.text === text && Math.abs(w.y0 - headerY) < 2)!.x0 - 2;
      const [program, area, goal] = [headerX("Program"), headerX("Målområde"), headerX("Mål")];
      const columnOf = (w: Word): NameKey | null =>
        w.x0 >= program && w.x0 < area ? "program" : w.x0 >= area && w.x0 < goal ? "area" : null;
      const ids = rows.map((r) => page.words.find((w) => w.text === r.cells.id)!);
      const scale = (ids[1].y0 - ids[0].y0) / plannedHeight(0);
      return rows.map((_r, i) => {
        // Every cell is aligned to the top: its first line starts where the goal id does.
        const top = ids[i].y0 - 0.5;
        const bottom = i + 1 < ids.length ? ids[i + 1].y0 - 0.5 : top + plannedHeight(i) * scale;
        const inRow = page.words.filter((w) => w.y0 >= top && w.y0 < bottom);
        const inside = inRow.filter((w) => w.y1 <= bottom + 1);
        return {
          index: i,
          shown: {
            program: inside.filter((w) => columnOf(w) === "program"),
            area: inside.filter((w) => columnOf(w) === "area"),
          },
          cut: inRow.filter((w) => w.y1 > bottom + 1).map((word) => ({ word, column: columnOf(word) })),
        };
      });
    }
    const text = (words: Word[]): string =>
      [...words]
        .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)
        .map((w) => w.text)
        .join(" ");
    const id = (p: PrintedRow): string | undefined => rows[p.index].cells.id;

    it("fits the goal sheet on one page, every goal id printed once", () => {
      expect(longPages).toHaveLength(1);
      const printed = longPages[0].words.map((w) => w.text);
      for (const r of rows)
        expect({ id: r.cells.id, times: printed.filter((t) => t === r.cells.id).length }).toEqual({
          id: r.cells.id,
          times: 1,
        });
    });

    it("prints each name whole on the first row of its run", () => {
      for (const p of printedRows()) {
        for (const key of ["program", "area"] as const) {
          if (repeats(p.index, key)) continue;
          expect({ row: id(p), [key]: text(p.shown[key]) }).toEqual({
            row: id(p),
            [key]: rows[p.index].cells[key],
          });
        }
      }
    });

    it("prints a whole programme name on far fewer rows than there are, a repeat showing the name's start", () => {
      const printed = printedRows();
      const whole = printed.filter((p) => text(p.shown.program) === rows[p.index].cells.program);
      // Where a row is high anyway: the first row of a programme's or an area's run.
      expect(whole.map(id)).toEqual(printed.filter((p) => !repeats(p.index, "area")).map(id));
      expect(whole.length).toBeLessThan(rows.length / 4);
      for (const p of printed.filter((x) => repeats(x.index, "area"))) {
        expect(text(p.shown.program).length).toBeGreaterThan(0);
        expect(rows[p.index].cells.program?.startsWith(text(p.shown.program))).toBe(true);
      }
    });

    it("cuts nothing but a repeated name, and prints no word over another inside the rows", () => {
      const printed = printedRows();
      const cut = printed.flatMap((p) =>
        p.cut.map((c) => ({
          row: id(p),
          word: c.word.text,
          repeat: c.column !== null && repeats(p.index, c.column),
        })),
      );
      expect(cut.length).toBeGreaterThan(0);
      expect(cut.filter((c) => !c.repeat)).toEqual([]);
      const cutWords = new Set(printed.flatMap((p) => p.cut.map((c) => c.word)));
      expect(overlaps(longPages[0].words.filter((w) => !cutWords.has(w)))).toEqual([]);
    });
  });
});
