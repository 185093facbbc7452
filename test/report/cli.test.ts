// `maluppfoljning report` through the compiled CLI, as a user runs it: the document it writes,
// its help, its errors (one line in both languages, exit 2, nothing written), the input never
// touched, and exit 1 (the document still written) when validation finds errors.
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bundledStructure, programReportText, summarize } from "../../src/domain";
import { compileCli, runCli } from "../hardening/cli";
import { exampleStructure } from "../history/example";
import { readDocx } from "./docx";
import { editGoals } from "./edit";

let tmp: string;
const at = (name: string): string => path.join(tmp, name);
const hash = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

beforeAll(() => {
  compileCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-report-"));
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("maluppfoljning report", () => {
  it("writes the bundled example's report in Swedish by default, and says so", async () => {
    const r = await runCli(["report", "--out", at("rapport.docx")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Skrev ${at("rapport.docx")}: rapport för 3 program med 72 mål, på svenska.\n`);
    const doc = await readDocx(fs.readFileSync(at("rapport.docx")));
    expect(doc.stylesXml).toContain('<w:lang w:val="sv-SE"/>');
    expect(doc.text).toContain(programReportText(summarize(bundledStructure()).programs[0], "sv"));
    // No temporary file is left beside it.
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes a JSON file's report in English with --lang en, never changing the input", async () => {
    const input = at("history.json");
    fs.writeFileSync(input, JSON.stringify(exampleStructure(), null, 2));
    const before = hash(input);
    const r = await runCli(["report", input, "--out", at("report-en.docx"), "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(hash(input)).toBe(before);
    const doc = await readDocx(fs.readFileSync(at("report-en.docx")));
    expect(doc.stylesXml).toContain('<w:lang w:val="en-US"/>');
    expect(doc.coreXml).toContain("<dc:title>Report: Exempelkommun – goal follow-up 2024</dc:title>");
    expect(doc.paragraphs.filter((p) => p.style === "Heading2").map((p) => p.text)).toContain(
      "Comparison with earlier years",
    );
  });

  it("replaces an existing report only with a complete one", async () => {
    const out = at("again.docx");
    fs.writeFileSync(out, "old");
    const r = await runCli(["report", "--out", out]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("prints its help in both languages", async () => {
    const sv = await runCli(["report", "--help"]);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain("Användning: maluppfoljning report [FIL.xlsx|FIL.json] --out RAPPORT.docx");
    const en = await runCli(["--lang", "en", "report", "--help"]);
    expect(en.stdout).toContain("Usage: maluppfoljning report [FILE.xlsx|FILE.json] --out REPORT.docx");
    const list = await runCli(["--help"]);
    expect(list.stdout).toMatch(/\n {2}report +skriv rapporten till kommunstyrelsen/);
  });

  it.each([
    [["report"], "ange var rapporten ska sparas med --out RAPPORT.docx"],
    [["report", "--out", "x.pdf"], "rapportfilen måste sluta på .docx: x.pdf"],
    [["report", "saknas.json", "--out", "y.docx"], "filen finns inte: saknas.json"],
    [["report", "a.json", "b.json", "--out", "y.docx"], "högst en fil kan anges, men 2 angavs"],
    [["report", "--out", "y.docx", "--lang", "de"], "ogiltigt värde ”de” för --lang"],
  ])("refuses %j with one line and exit 2, writing nothing", async (args, message) => {
    const files = fs.readdirSync(tmp).sort();
    const r = await runCli(args.map((a) => (a.endsWith(".docx") || a.endsWith(".pdf") ? at(a) : a)));
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatch(/^fel\/error: /);
    expect(r.stderr).toContain(message.replace(/x\.pdf|y\.docx/, (m) => at(m)));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(tmp).sort()).toEqual(files);
  });

  it("never writes over its input, even through another name for the same file", async () => {
    const input = at("same.docx");
    fs.writeFileSync(input, JSON.stringify(exampleStructure()));
    const link = at("link.docx");
    fs.linkSync(input, link);
    const before = hash(input);
    for (const out of [input, link]) {
      const r = await runCli(["report", input, "--out", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--out får inte vara");
    }
    expect(hash(input)).toBe(before);
  });

  it("still writes the report when validation finds errors, but exits 1 and says how many", async () => {
    const book = at("book.xlsx");
    expect((await runCli(["workbook", "--out", book])).code).toBe(0);
    const first = bundledStructure().programs[0].areas[0].goals[0].id;
    await editGoals(book, at("typo.xlsx"), { [first]: { status: "Blå" } });
    const r = await runCli(["report", at("typo.xlsx"), "--out", at("errors.docx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Obs! Valideringen hittade 1 fel; rapporten skrevs ändå. Se dem med: maluppfoljning validate ${at("typo.xlsx")}\n`,
    );
    expect(fs.existsSync(at("errors.docx"))).toBe(true);
    // summary gives the same exit code for the same file.
    expect((await runCli(["summary", at("typo.xlsx")])).code).toBe(1);
  });
});
