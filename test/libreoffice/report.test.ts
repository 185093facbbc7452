// The report document in an independent word processor: a workbook written by `workbook`, edited
// as an official would (statuses and trends typed in, in several spellings), then `report` on it;
// LibreOffice Writer converts the .docx to PDF and pdftotext reads it back. What it reads must be
// `summary`'s sentences and figures for the same edited workbook, and the title, captions and
// repeated header rows must be there too.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { bundledStructure, type Status } from "../../src/domain";
import { editGoals, type Edits } from "../report/edit";
import { ensureCompiledCli, runCli } from "./cli";
import { LibreOffice } from "./soffice";
import { describeWithWriter, pdfText } from "./writer";

interface JsonCounts {
  total: number;
  status: Record<"red" | "yellow" | "green" | "missing", number>;
  trend: Record<"up" | "flat" | "down" | "missing", number>;
  cross: Record<string, Record<string, number>>;
  done: number;
}
interface JsonSummary {
  programs: (JsonCounts & { name: string; text: string; areas: (JsonCounts & { name: string })[] })[];
}

const ROW = (c: JsonCounts): number[] => [
  c.total,
  c.status.red,
  c.status.yellow,
  c.status.green,
  c.status.missing,
  c.trend.up,
  c.trend.flat,
  c.trend.down,
  c.trend.missing,
  c.done,
];

/** Whitespace (line breaks, the no-break space of "21 %") as single spaces. */
const flat = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();

describeWithWriter("the report document in LibreOffice Writer", () => {
  let dir: string;
  let lo: LibreOffice;
  let summary: JsonSummary;
  let before: JsonSummary;
  let text: string;
  let layout: string;
  let reportRun: ReturnType<typeof runCli>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-report-"));
    ensureCompiledCli();
    const book = path.join(dir, "uppfoljning.xlsx");
    const edited = path.join(dir, "redigerad.xlsx");
    expect(runCli(["workbook", "--out", book]).status).toBe(0);

    // An official's edits, in spellings the parser accepts: every count of the first programme moves.
    const goals = bundledStructure().programs[0].areas.flatMap((a) => a.goals);
    const pick = (status: Status | null, n: number): string[] =>
      goals
        .filter((g) => g.status === status)
        .map((g) => g.id)
        .slice(0, n);
    const edits: Edits = {};
    for (const id of pick("red", 3)) edits[id] = { status: "grön", trend: "UPPÅT" };
    for (const id of pick("yellow", 2)) edits[id] = { status: " RÖD ", trend: "nedåt" };
    for (const id of pick("green", 1)) edits[id] = { status: "", trend: "" };
    await editGoals(book, edited, edits);

    const r = runCli(["summary", edited, "--format", "json"]);
    expect(r.status).toBe(0);
    summary = JSON.parse(r.stdout) as JsonSummary;
    before = JSON.parse(runCli(["summary", book, "--format", "json"]).stdout) as JsonSummary;

    const docx = path.join(dir, "rapport.docx");
    reportRun = runCli(["report", edited, "--out", docx]);
    lo = LibreOffice.create({ workDir: path.join(dir, "lo"), recalc: false });
    const [pdf] = await lo.convert([docx], "pdf");
    text = flat(await pdfText(pdf, false));
    layout = await pdfText(pdf, true);
  }, 300_000);

  afterAll(() => {
    lo?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("reads an edited workbook: the edits moved the first programme's counts", () => {
    expect(reportRun.stderr).toBe("");
    expect(reportRun.status).toBe(0);
    expect(ROW(summary.programs[0])).not.toEqual(ROW(before.programs[0]));
    expect(summary.programs[0].text).not.toEqual(before.programs[0].text);
  });

  it("carries summary's report text, sentence for sentence, for every programme", () => {
    expect(summary.programs.length).toBe(3);
    for (const p of summary.programs) {
      expect(text).toContain(flat(p.name));
      expect(text).toContain(flat(p.text));
    }
    // And not the text of the workbook before the edits.
    expect(text).not.toContain(flat(before.programs[0].text));
  });

  it("carries summary's figures: every area's row, the total row and the status × trend rows", () => {
    // A table row as pdftotext -layout gives it: the label and the figures on one line, a label
    // too long for its column continued on the lines below (which hold no figures).
    const lines = layout.split("\n");
    const rows: string[] = [];
    lines.forEach((line, i) => {
      const m = /^\s*(\S.*?)((?:\s+\d+)+)\s*$/.exec(line);
      if (m === null) return;
      let label = m[1];
      // A continuation stays within the label's column (a header row repeated on a new page does not).
      const column = line.indexOf(m[1]) + m[1].length;
      const continues = (l: string | undefined): boolean =>
        l !== undefined && /^\s+\S/.test(l) && !/\d/.test(l) && l.trimEnd().length <= column;
      for (let j = i + 1; continues(lines[j]); j++) label += ` ${lines[j]}`;
      rows.push(flat(`${label} ${m[2]}`));
    });
    const has = (label: string, figures: number[]): boolean =>
      rows.includes(flat(`${label} ${figures.join(" ")}`));
    for (const p of summary.programs) {
      for (const a of p.areas)
        expect({ area: a.name, found: has(a.name, ROW(a)) }).toEqual({ area: a.name, found: true });
      expect({ program: p.name, total: has("Totalt", ROW(p)) }).toEqual({ program: p.name, total: true });
      const cross = (["red", "yellow", "green", "missing"] as const).map((s) => [
        ...(["up", "flat", "down", "missing"] as const).map((t) => p.cross[s][t]),
        p.status[s],
      ]);
      const labels = ["Röd", "Gul", "Grön", "Ej bedömd"];
      cross.forEach((row, i) =>
        expect({ status: labels[i], found: has(labels[i], row) }).toEqual({ status: labels[i], found: true }),
      );
    }
  });

  it("has the title, a caption per table, the source and year, and header rows repeated on the next page", () => {
    expect(text).toContain("Rapport: Västerås stad – måluppföljning 2023");
    const captions = text.match(/Tabell \d+\. /g) ?? [];
    // Two per programme, then the table per responsible body.
    expect(captions).toHaveLength(summary.programs.length * 2 + 1);
    expect(text).toContain("Antal mål per ansvarig, status, trend och klarmarkering (2023)");
    expect((text.match(/Uppföljningsår: 2023\./g) ?? []).length).toBe(summary.programs.length);
    // Six tables do not fit a landscape page or two: a table that runs onto a new page repeats its
    // header row there, so the header line occurs more often than there are area tables.
    const headers = layout.split("\n").filter((l) => /^\s*Målområde\s+Antal\s+Röd\s+Gul\s+Grön/.test(l));
    expect(headers.length).toBeGreaterThan(summary.programs.length);
  });
});
