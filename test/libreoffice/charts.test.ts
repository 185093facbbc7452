// The summary's charts as LibreOffice prints them: the CLI's workbook converted straight to PDF
// carries each chart's title, and below a title the page is drawn (the bars), not left white.
// A rollover of that workbook keeps the charts (drawn again, not refused, not doubled).
import { execFileSync } from "child_process";
import { readFileSync, rmSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { bundledStructure, summarize } from "../../src/domain";
import { ensureCompiledCli, runCli } from "./cli";
import { describeWithSoffice, findPdftoppm, LibreOffice } from "./soffice";

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The words of each page with their boxes (points). */
function pageWords(pdf: string): Word[][] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((p) =>
    [
      ...p[1].matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({ text: w[5], x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4] })),
  );
}

/** Share of pixels darker than near-white in a rectangle of the page (points), drawn at 288 dpi. */
function inkShare(pdf: string, page: number, x: number, y: number, w: number, h: number): number {
  const pgm = execFileSync(findPdftoppm() ?? "pdftoppm", [
    "-f",
    String(page),
    "-l",
    String(page),
    "-r",
    "288",
    "-gray",
    "-x",
    String(Math.round(4 * x)),
    "-y",
    String(Math.round(4 * y)),
    "-W",
    String(Math.round(4 * w)),
    "-H",
    String(Math.round(4 * h)),
    pdf,
  ]);
  // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("pdftoppm gave no PGM");
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const p of pixels) if (p < 230) ink++;
  return ink / pixels.length;
}

const CHART_TITLES = ["Status per målområde", "Trend per målområde"];

describeWithSoffice("the summary's charts in LibreOffice", () => {
  let lo: LibreOffice;
  beforeAll(() => {
    ensureCompiledCli();
    lo = LibreOffice.create();
  });
  afterAll(() => lo?.dispose());

  it("prints every chart's title, with bars drawn below it", async () => {
    const xlsx = path.join(lo.workDir, "charts.xlsx");
    expect(runCli(["workbook", "--out", xlsx]).status).toBe(0);
    const [pdf] = await lo.convert([xlsx], "pdf");
    const pages = pageWords(pdf);
    const programs = summarize(bundledStructure()).programs.length;
    // A title is "Status per målområde: …". pdftotext may cut a word where the font kerns
    // ("må lområde:"), so the words from each one on are compared without spaces.
    const squeeze = (s: string): string => s.replace(/\s+/g, "");
    const titles = pages.flatMap((words, page) =>
      words.flatMap((w, i) => {
        const line = squeeze(
          words
            .slice(i, i + 4)
            .map((x) => x.text)
            .join(""),
        );
        const title = CHART_TITLES.find((t) => line.startsWith(squeeze(t)));
        return title ? [{ page: page + 1, word: w, title }] : [];
      }),
    );
    for (const t of CHART_TITLES) expect(titles.filter((x) => x.title === t)).toHaveLength(programs);
    for (const { page, word } of titles) {
      // Below the title (two lines of it at most): the plot with its bars. The page is the sheet
      // fitted to its width, so the chart is small: its title some 2 pt high.
      const height = word.y1 - word.y0;
      const share = inkShare(pdf, page, word.x0, word.y1 + 3 * height, 20 * height, 12 * height);
      expect(share).toBeGreaterThan(0.03);
      // The same rectangle far below the last table and chart is white: the ink is the chart's.
      expect(inkShare(pdf, page, word.x0, 780, 20 * height, 12 * height)).toBeLessThan(0.005);
    }
    // The page with the charts, for a look by eye.
    execFileSync(findPdftoppm() ?? "pdftoppm", [
      "-f",
      String(titles[0].page),
      "-l",
      String(titles[0].page),
      "-r",
      "110",
      "-png",
      "-singlefile",
      pdf,
      path.join(lo.workDir, "charts-page"),
    ]);
    expect(readFileSync(path.join(lo.workDir, "charts-page.png")).length).toBeGreaterThan(1000);
  }, 120_000);

  it("keeps the charts through a rollover: drawn again, and with the closed year a chart per year", async () => {
    const xlsx = path.join(lo.workDir, "before.xlsx");
    const out = path.join(lo.workDir, "after.xlsx");
    expect(runCli(["workbook", "--out", xlsx]).status).toBe(0);
    const r = runCli(["rollover", xlsx, "--year", "2024", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const charts = async (file: string): Promise<string[]> =>
      Object.keys((await JSZip.loadAsync(readFileSync(file))).files).filter((n) =>
        /^xl\/charts\/chart\d+\.xml$/.test(n),
      );
    // Every programme now has an earlier year (the one closed): its status per year joins its two.
    const programs = 3;
    expect((await charts(out)).length).toBe((await charts(xlsx)).length + programs);
    const [pdf] = await lo.convert([out], "pdf");
    const text = pageWords(pdf)
      .flat()
      .map((w) => w.text)
      .join(" ");
    for (const t of [...CHART_TITLES, "Status per år"]) expect(text).toContain(t);
    // Side by side, not on top of one another: on every row of charts the three titles (their
    // first words, "Status" / "Trend" / "Status", at one height) stand a chart's width apart.
    // (LibreOffice's own .xlsx → .ods export stacks them, at x = 0 in adjacent cells; the
    // workbook's anchors, which Excel and LibreOffice's .xlsx import use, do not.)
    const words = pageWords(pdf).flat();
    const firsts = words.filter((w, i) => {
      const next = words[i + 1]?.text ?? "";
      return (w.text === "Status" || w.text === "Trend") && next === "per";
    });
    const rows = new Map<number, Word[]>();
    for (const w of firsts) {
      const key = Math.round(w.y0);
      rows.set(key, [...(rows.get(key) ?? []), w]);
    }
    const chartRows = [...rows.values()].filter((r) => r.length === 3);
    expect(chartRows).toHaveLength(programs);
    for (const r of chartRows) {
      const xs = r.map((w) => w.x0).sort((a, b) => a - b);
      const height = r[0].y1 - r[0].y0;
      expect(xs[1] - xs[0]).toBeGreaterThan(15 * height);
      expect(xs[2] - xs[1]).toBeGreaterThan(15 * height);
    }
    rmSync(out, { force: true });
  }, 120_000);
});
