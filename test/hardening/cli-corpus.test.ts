// The JSON half of the hardening corpus through the compiled CLI: `summary` (text and JSON),
// `validate` and `workbook`, each checked for its exit code, its messages in both languages, the
// absence of crashes and terminal control characters, and, for `workbook`, the cells read back
// from the .xlsx with ExcelJS: text stays text, exactly.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { JSON_CASES, type JsonCase } from "../corpus/cases";
import { compileCli, materialise, runCli, type CliRun } from "./cli";
import { crashSigns, missingFragments, showText, terminalUnsafe } from "./invariants";
import { foreignFormulas, formulasOnSheet, goalCell, goalTable, loadXlsx } from "./xlsx-cells";

let dir: string;

beforeAll(() => {
  compileCli();
  dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-corpus-cli-"));
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** What every run must satisfy, whatever the input. */
function expectSane(run: CliRun): void {
  const where = `maluppfoljning ${run.args.join(" ")}`;
  expect({ where, signal: run.signal, code: [0, 1, 2].includes(run.code ?? -1) }).toEqual({
    where,
    signal: null,
    code: true,
  });
  expect({ where, crash: crashSigns(run.stderr) ?? crashSigns(run.stdout) }).toEqual({ where, crash: null });
  // JSON output escapes control characters itself; text output must not carry them raw.
  expect({ where, stdout: terminalUnsafe(run.stdout), stderr: terminalUnsafe(run.stderr) }).toEqual({
    where,
    stdout: null,
    stderr: null,
  });
}

/** stderr is exactly one "fel/error: …" line. */
function expectOneErrorLine(run: CliRun): string {
  const lines = run.stderr.split("\n").filter((l) => l !== "");
  expect({ args: run.args.join(" "), lines: lines.length }).toEqual({ args: run.args.join(" "), lines: 1 });
  expect(lines[0]).toMatch(/^fel\/error: /);
  return lines[0];
}

function expectFragments(text: string, fragments: readonly string[] | undefined, label: string): void {
  expect({ label, missing: missingFragments(text, fragments ?? []) }).toEqual({ label, missing: [] });
}

async function runCase(c: JsonCase): Promise<void> {
  const file = materialise(c, dir);
  const xlsx = path.join(dir, `${c.id}.xlsx`);
  const [sv, enJson, validate, workbook] = await Promise.all([
    runCli(["summary", file, "--lang", "sv"]),
    runCli(["summary", file, "--lang", "en", "--format", "json"]),
    runCli(["validate", file, "--lang", "en"]),
    runCli(["workbook", file, "--out", xlsx, "--lang", "sv"]),
  ]);
  for (const run of [sv, validate, workbook]) expectSane(run);
  expect({ signal: enJson.signal, crash: crashSigns(enJson.stderr) }).toEqual({ signal: null, crash: null });

  const e = c.expect;
  expect({ summaryExit: sv.code }).toEqual({ summaryExit: e.exit });
  expect({ jsonExit: enJson.code }).toEqual({ jsonExit: e.exit });

  if (e.outcome === "rejected") {
    // One bilingual line names the problem; nothing else is printed for text output.
    const line = expectOneErrorLine(sv);
    expect(sv.stdout).toBe("");
    expectFragments(line, e.messages?.sv, "summary stderr (sv)");
    expectFragments(line, e.messages?.en, "summary stderr (en)");
    expectFragments(line, e.cliMessages?.sv, "summary stderr, CLI only (sv)");
    expectFragments(line, e.cliMessages?.en, "summary stderr, CLI only (en)");
    // validate: 2 when the bytes are not JSON at all, 1 with every schema error listed.
    expect([1, 2]).toContain(validate.code);
    // validate leads each schema error with its path and severity ("$.year: error · should be …"),
    // where the domain's message reads "$.year: should be …": compared in the message's form.
    const validateText = (validate.stdout + validate.stderr).replace(/^(\S+): (?:fel|error) · /gm, "$1: ");
    expectFragments(validateText, e.messages?.en, "validate output (en)");
    expectFragments(validate.stdout + validate.stderr, e.validateMessages?.en, "validate output, count (en)");
    // workbook writes nothing at all, not even a temporary file.
    expect({ workbookExit: workbook.code, written: existsSync(xlsx) }).toEqual({
      workbookExit: 2,
      written: false,
    });
    expectOneErrorLine(workbook);
    expect(readdirSync(dir).filter((f) => f.startsWith(`.${c.id}.xlsx`))).toEqual([]);
    return;
  }

  // Accepted: the issues, by code, in both the JSON output and the exit code.
  const report = JSON.parse(enJson.stdout) as { issues: { code: string; message: { en: string } }[] };
  const codes = report.issues.map((i) => i.code).sort();
  expect({ issues: codes }).toEqual({ issues: [...(e.issues ?? [])].sort() });
  expectFragments(sv.stdout, e.messages?.sv, "summary stdout (sv)");
  expectFragments(
    report.issues.map((i) => i.message.en).join("\n"),
    e.messages?.en,
    "summary JSON messages (en)",
  );
  expect({ validateExit: validate.code }).toEqual({ validateExit: codes.length > 0 ? 1 : 0 });

  if (e.writeRefused) {
    expect({ workbookExit: workbook.code, written: existsSync(xlsx) }).toEqual({
      workbookExit: 2,
      written: false,
    });
    const line = expectOneErrorLine(workbook);
    const [svPart, enPart] = line.split(" / ");
    expectFragments(svPart ?? "", e.writeRefused.sv, "workbook refusal (sv)");
    expectFragments(enPart ?? "", e.writeRefused.en, "workbook refusal (en)");
    expect(readdirSync(dir).filter((f) => f.startsWith(`.${c.id}.xlsx`))).toEqual([]);
    return;
  }

  expect({ workbookExit: workbook.code, stderr: workbook.stderr }).toEqual({ workbookExit: 0, stderr: "" });
  const wb = await loadXlsx(readFileSync(xlsx));
  const table = goalTable(wb, "sv");
  expect(table).not.toBeNull();
  if (!table) return;
  const cliCells = new Map((e.cliCells ?? []).map((x) => [`${x.goal}|${x.column}`, x]));
  for (const listed of e.cells ?? []) {
    const want = cliCells.get(`${listed.goal}|${listed.column}`) ?? listed;
    const cell = goalCell(table, want.goal, want.column);
    // A plain string cell holding exactly the text: not a formula, not rich text, not a number.
    expect({
      goal: want.goal,
      column: want.column,
      cell: cell && { type: cell.type, value: showText(cell.value), formula: cell.formula },
    }).toEqual({
      goal: want.goal,
      column: want.column,
      cell: { type: "String", value: showText(want.text), formula: undefined },
    });
  }
  expect(formulasOnSheet(table.ws)).toEqual([]);
  expect(foreignFormulas(wb)).toEqual([]);
}

describe("the JSON corpus through the CLI", () => {
  it("has at least 40 cases with unique ids", () => {
    const ids = JSON_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(40);
  });

  it.each(JSON_CASES.map((c) => [c.id, c] as const))(
    "%s",
    async (_id, c) => {
      await runCase(c);
    },
    600_000,
  );
});
