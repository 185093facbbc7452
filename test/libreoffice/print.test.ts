// The goal sheet on paper. LibreOffice converts the CLI's workbook straight to PDF, which is
// where it does not fit row heights to wrapped text by itself: a wrapped cell in a row too low
// for it prints over the row below. pdftotext -bbox gives every printed word with its box; on
// the goal sheet's pages no two words may overlap, none may print below 8 pt, and every page
// is A4 landscape.
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { bundledStructure } from "../../src/domain";
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

describeWithSoffice("the goal sheet printed to PDF by LibreOffice", () => {
  let dir: string;
  let office: LibreOffice;
  const goalPages = new Map<string, Page[]>();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-print-"));
    ensureCompiledCli();
    const files = LANGS.map((lang) => {
      const file = path.join(dir, `mal-${lang}.xlsx`);
      const r = runCli(["workbook", "--out", file, "--lang", lang]);
      if (r.status !== 0) throw new Error(r.stderr);
      return file;
    });
    office = LibreOffice.create();
    const pdfs = await office.convert(files, "pdf");
    LANGS.forEach((lang, i) => {
      const pages = readPages(pdfs[i]);
      // The goal sheet comes first; each of its pages after the first starts with the repeated
      // header row.
      const header = FIRST_HEADER[lang].split(" ")[0];
      goalPages.set(lang, [pages[0], ...pages.slice(1).filter((p) => p.words[0]?.text === header)]);
    });
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
});
