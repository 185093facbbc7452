// The report document as Word reads it: heading styles, real tables with repeating header rows,
// captions, the document language and title, and the very sentences and figures `summary` prints
// for the same input (its Markdown tables, row for row).
import {
  bundledStructure,
  comparisonText,
  programReportText,
  summarizeHistory,
  type Lang,
} from "../../src/domain";
import { t as cliT } from "../../src/i18n/cliStrings";
import { reportDocx, reportInputOf, reportModel } from "../../src/report";
import { loadBundled, summaryMarkdown, type LoadedInput } from "../../src/cli/summary";
import { summarize, validateStructure } from "../../src/domain";
import { exampleStructure } from "../history/example";
import { readDocx, type DocxContent } from "./docx";

/** The rows of every Markdown table `summary --format markdown` prints, as cell texts. */
function markdownRows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))
    .map((l) =>
      l
        .slice(2, -2)
        .split(" | ")
        .map((c) => c.replace(/^\*\*(.*)\*\*$/, "$1").replace(/\\([|\\])/g, "$1")),
    );
}

async function build(input: LoadedInput, lang: Lang): Promise<DocxContent> {
  return readDocx(await reportDocx(reportModel(reportInputOf(input.structure), lang)));
}

const bundled = (lang: Lang): LoadedInput => loadBundled(lang);
const withHistory = (lang: Lang): LoadedInput => {
  const structure = exampleStructure();
  return { structure, issues: validateStructure(structure, lang), label: { sv: "x", en: "x" } };
};

describe.each(["sv", "en"] as const)("the report document (%s)", (lang) => {
  let doc: DocxContent;
  let hist: DocxContent;
  const input = bundled(lang);
  const summary = summarize(input.structure);

  beforeAll(async () => {
    doc = await build(input, lang);
    hist = await build(withHistory(lang), lang);
  });

  it("is a Word package with its title in the core properties and its language set", () => {
    expect(doc.parts).toEqual(
      expect.arrayContaining(["word/document.xml", "word/styles.xml", "docProps/core.xml"]),
    );
    const title = reportModel(reportInputOf(input.structure), lang).title;
    expect(title).toContain("Västerås stad");
    expect(title).toContain("2023");
    expect(doc.coreXml).toContain(`<dc:title>${title}</dc:title>`);
    const tag = lang === "sv" ? "sv-SE" : "en-US";
    expect(doc.stylesXml).toMatch(
      new RegExp(`<w:rPrDefault>.*<w:lang w:val="${tag}"/>.*</w:rPrDefault>`, "s"),
    );
    // The first paragraph is the title, in Word's Title style.
    expect(doc.paragraphs[0]).toEqual({ style: "Title", text: title });
  });

  it("gives every programme a Heading 1 with its name, followed by summary's report text", () => {
    const h1 = doc.paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    // Then the roll-up per responsible body, after the programmes.
    expect(h1).toEqual([
      ...summary.programs.map((p) => p.name),
      lang === "sv" ? "Per ansvarig" : "By responsible body",
    ]);
    for (const p of summary.programs) {
      const i = doc.paragraphs.findIndex((x) => x.style === "Heading1" && x.text === p.name);
      expect(doc.paragraphs[i + 1]).toEqual({ style: null, text: programReportText(p, lang) });
    }
  });

  it("has real tables: each with a caption above it and its header row, only that, marked to repeat", () => {
    // Two per programme, then the table per responsible body.
    expect(doc.tables).toHaveLength(summary.programs.length * 2 + 1);
    expect(doc.tables[doc.tables.length - 1].rows.slice(1).map((r) => r.cells[0])).toEqual(
      summary.responsible.map((r) => r.name ?? (lang === "sv" ? "Ingen ansvarig" : "No responsible body")),
    );
    doc.tables.forEach((table, i) => {
      expect(table.rows[0].header).toBe(true);
      expect(table.rows.slice(1).every((r) => !r.header)).toBe(true);
      expect(table.before?.style).toBe("Caption");
      expect(table.before?.text).toMatch(new RegExp(`^${lang === "sv" ? "Tabell" : "Table"} ${i + 1}\\. `));
    });
    const captions = doc.paragraphs.filter((p) => p.style === "Caption");
    expect(captions).toHaveLength(doc.tables.length);
    // Each programme's two captions name it.
    summary.programs.forEach((p, i) => {
      expect(captions[2 * i].text).toContain(p.name);
      expect(captions[2 * i + 1].text).toContain(p.name);
    });
  });

  it("holds every row of summary's Markdown tables, figure for figure", () => {
    const share = cliT(lang, "cli.md.share");
    const docRows = doc.tables.flatMap((tb) => tb.rows.map((r) => r.cells));
    const rows = markdownRows(summaryMarkdown(input, summary, lang));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      // The share row is labelled in the document's own words; its figures are summary's.
      const match =
        row[0] === share
          ? docRows.find((r) => r.slice(1).join("|") === row.slice(1).join("|"))
          : docRows.find((r) => r.join("|") === row.join("|"));
      expect({ row, found: match !== undefined }).toEqual({ row, found: true });
    }
  });

  it("names the source and the year under every programme", () => {
    const source = input.structure.source ?? "";
    const lines = doc.paragraphs.filter((p) => p.text.includes(source) && p.text.includes("2023"));
    expect(lines).toHaveLength(summary.programs.length);
  });

  it("carries no meaning by colour: no shading or coloured text in the body, statuses written out", () => {
    expect(doc.documentXml).not.toMatch(/<w:shd |<w:color |<w:highlight /);
    const statusRows = doc.tables[1].rows.slice(1).map((r) => r.cells[0]);
    expect(statusRows.slice(0, 3)).toEqual(
      lang === "sv" ? ["Röd", "Gul", "Grön"] : ["Red", "Yellow", "Green"],
    );
  });

  it("adds the comparison with earlier years where the goals have history, as summary has it", () => {
    const structure = exampleStructure();
    const history = summarizeHistory(structure);
    const s = summarize(structure);
    const h2 = hist.paragraphs.filter((p) => p.style === "Heading2");
    const compared = history.filter((h) => h.comparison !== null);
    expect(compared.length).toBeGreaterThan(0);
    expect(h2).toHaveLength(compared.length);
    for (const h of compared) expect(hist.text).toContain(comparisonText(h.comparison!, lang));
    // Four tables per compared programme, two for the others, and the one per responsible body.
    expect(s.responsible.length).toBeGreaterThan(0);
    expect(hist.tables).toHaveLength(s.programs.length * 2 + compared.length * 2 + 1);
    const docRows = hist.tables.flatMap((tb) => tb.rows.map((r) => r.cells));
    const share = cliT(lang, "cli.md.share");
    for (const row of markdownRows(summaryMarkdown(withHistory(lang), s, lang))) {
      const match =
        row[0] === share
          ? docRows.find((r) => r.slice(1).join("|") === row.slice(1).join("|"))
          : docRows.find((r) => r.join("|") === row.join("|"));
      expect({ row, found: match !== undefined }).toEqual({ row, found: true });
    }
  });
});

it("can fail: a different input gives a different document", async () => {
  const a = await build(bundled("sv"), "sv");
  const b = await build(withHistory("sv"), "sv");
  expect(a.text).not.toEqual(b.text);
  const structure = bundledStructure();
  expect(a.text).toContain(programReportText(summarize(structure).programs[0], "sv"));
  expect(b.text).not.toContain(programReportText(summarize(structure).programs[0], "sv"));
});
