// `validate` and `summary` (text, Markdown, JSON; Swedish and English) name the same place for
// the same issue: the cell of a workbook ("Mål!G70"), the JSON path of a JSON file. An official
// who reads "rad 67" looks in the wrong row of Excel; a cell address is where Excel goes.
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { bundledStructure } from "../../src/domain";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/common";
import { goalHeader } from "../../src/plan";
import { loadWorkbook } from "../../src/xlsx/read";

function bufferIo(): Io & { stdout: string } {
  const io = {
    stdout: "",
    out(text: string) {
      io.stdout += text;
    },
    err() {},
  };
  return io;
}

async function run(args: string[]): Promise<{ code: number; stdout: string }> {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, stdout: io.stdout };
}

/** The lines of every output that mention `goalId`, per command, format and language. */
async function linesFor(file: string, goalId: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const lang of ["sv", "en"]) {
    const runs: Record<string, string[]> = {
      validate: ["validate", file, "--lang", lang],
      text: ["summary", file, "--lang", lang],
      markdown: ["summary", file, "--lang", lang, "--format", "markdown"],
    };
    for (const [name, args] of Object.entries(runs)) {
      const r = await run(args);
      expect(r.code).toBe(1);
      out[`${name}.${lang}`] = r.stdout.split("\n").filter((l) => l.includes(` · ${goalId} · `));
    }
  }
  return out;
}

interface JsonIssue {
  where: string;
  code: string;
  goalId?: string;
}

async function jsonIssues(file: string, lang: string): Promise<JsonIssue[]> {
  const r = await run(["summary", file, "--lang", lang, "--format", "json"]);
  expect(r.code).toBe(1);
  return (JSON.parse(r.stdout) as { issues: JsonIssue[] }).issues;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "same-cell-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("one issue, one place, in every output", () => {
  it("names the status cell of Excel row 70 as Mål!<col>70 in validate and summary, sv and en", async () => {
    const json = path.join(dir, "bundled.json");
    writeFileSync(json, JSON.stringify(bundledStructure()));
    const xlsx = path.join(dir, "bundled.xlsx");
    expect((await run(["workbook", json, "--out", xlsx])).code).toBe(0);

    const wb = await loadWorkbook(xlsx);
    const ws = wb.getWorksheet("Mål");
    if (!ws) throw new Error("no goal sheet");
    // The header row and columns found by their headers, as an official sees them.
    const find = (header: string): { row: number; col: number } => {
      for (let row = 1; row <= 10; row += 1)
        for (let col = 1; col <= 30; col += 1)
          if (String(ws.getRow(row).getCell(col).value) === header) return { row, col };
      throw new Error(`no header ${header}`);
    };
    const statusCol = find(goalHeader("status", "sv")).col;
    const idCol = find(goalHeader("id", "sv")).col;
    const goalId = String(ws.getRow(70).getCell(idCol).value);
    expect(goalId).toMatch(/\S/);
    ws.getRow(70).getCell(statusCol).value = "Blå";
    const edited = path.join(dir, "edited.xlsx");
    await wb.xlsx.writeFile(edited);

    const cell = `Mål!${ws.getColumn(statusCol).letter}70`;
    const lines = await linesFor(edited, goalId);
    for (const [output, found] of Object.entries(lines)) {
      expect({ output, found: found.length }).toEqual({ output, found: 1 });
      expect({ output, line: found[0] }).toEqual({
        output,
        line: expect.stringMatching(
          new RegExp(`^(?:\\s*- |\\s*)${cell}: (?:fel|error) · ${goalId} · Status: `),
        ),
      });
      // Never the row counted from the data start.
      expect(found[0]).not.toMatch(/\b(?:rad|row) \d/);
    }
    for (const lang of ["sv", "en"]) {
      const issue = (await jsonIssues(edited, lang)).find((i) => i.goalId === goalId);
      expect(issue).toMatchObject({ where: cell, code: "unknown-status" });
    }
  });

  it("names the JSON path of a JSON file's issue in validate and summary, sv and en", async () => {
    const s = bundledStructure();
    const goal = s.programs[0].areas[1].goals[3];
    goal.text = " ";
    const file = path.join(dir, "blank-text.json");
    writeFileSync(file, JSON.stringify(s));
    const where = "$.programs[0].areas[1].goals[3].text";

    const lines = await linesFor(file, goal.id);
    for (const [output, found] of Object.entries(lines)) {
      expect({ output, found: found.length }).toEqual({ output, found: 1 });
      expect({ output, line: found[0] }).toEqual({
        output,
        line: expect.stringMatching(
          new RegExp(
            `^(?:\\s*- |\\s*)\\$\\.programs\\[0\\]\\.areas\\[1\\]\\.goals\\[3\\]\\.text: (?:fel|error) · `,
          ),
        ),
      });
    }
    for (const lang of ["sv", "en"]) {
      const issue = (await jsonIssues(file, lang)).find((i) => i.goalId === goal.id);
      expect(issue).toMatchObject({ where, code: "missing-text" });
    }
  });
});
