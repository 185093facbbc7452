// The workbook half of the hardening corpus through the compiled CLI: the .xlsx `workbook` writes
// for the base structure, edited with ExcelJS as an official would, then read by `validate` and
// `summary`. The CLI only reads a workbook, so "no change to a cell the user owns" means the file
// is byte for byte what it was.
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Lang } from "../../src/domain";
import { WORKBOOK_CASES, type WorkbookCase } from "../corpus/cases";
import { baseStructure, jsonText } from "../corpus/base";
import { compileCli, runCli, type CliRun } from "./cli";
import { crashSigns, missingFragments, terminalUnsafe } from "./invariants";
import { applyXlsxEdit } from "./xlsx-edits";

let dir: string;
const base: Partial<Record<Lang, string>> = {};

async function baseWorkbook(lang: Lang, structureJson: string, name: string): Promise<string> {
  const json = path.join(dir, `${name}.json`);
  const xlsx = path.join(dir, `${name}.xlsx`);
  writeFileSync(json, structureJson);
  const r = await runCli(["workbook", json, "--out", xlsx, "--lang", lang]);
  if (r.code !== 0) throw new Error(`workbook failed: ${r.stderr}`);
  return xlsx;
}

beforeAll(async () => {
  compileCli();
  dir = mkdtempSync(path.join(tmpdir(), "maluppfoljning-corpus-xlsx-"));
  for (const lang of ["sv", "en"] as const)
    base[lang] = await baseWorkbook(lang, jsonText(baseStructure()), `base-${lang}`);
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

function expectSane(run: CliRun): void {
  const where = `maluppfoljning ${run.args.join(" ")}`;
  expect({ where, signal: run.signal, crash: crashSigns(run.stderr) ?? crashSigns(run.stdout) }).toEqual({
    where,
    signal: null,
    crash: null,
  });
  expect({ where, stdout: terminalUnsafe(run.stdout), stderr: terminalUnsafe(run.stderr) }).toEqual({
    where,
    stdout: null,
    stderr: null,
  });
}

async function runCase(c: WorkbookCase): Promise<void> {
  const lang = c.input.lang ?? "sv";
  const source = c.input.structure
    ? await baseWorkbook(lang, jsonText(c.input.structure()), `${c.id}-base`)
    : (base[lang] as string);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  for (const edit of c.input.edits) await applyXlsxEdit(wb, edit, lang);
  const file = path.join(dir, `${c.id}.xlsx`);
  await wb.xlsx.writeFile(file);
  const hash = sha(file);

  const expected = c.expect.cli;
  if ("notApplicable" in expected) return;
  const [validate, summary] = await Promise.all([
    runCli(["validate", file, "--lang", "en"], 300_000),
    runCli(["summary", file, "--lang", "en", "--format", "json"], 300_000),
  ]);
  expectSane(validate);
  expect({ crash: crashSigns(summary.stderr), signal: summary.signal }).toEqual({
    crash: null,
    signal: null,
  });
  expect(sha(file)).toBe(hash);

  expect({ validateExit: validate.code }).toEqual({ validateExit: expected.exit });
  if (expected.exit === 2) {
    expect({ summaryExit: summary.code }).toEqual({ summaryExit: 2 });
    const line = validate.stderr.trim();
    expect(line).toMatch(/^fel\/error: /);
    expect(line.split("\n")).toHaveLength(1);
    const [sv, en] = line.split(" / ");
    expect({ missing: missingFragments(sv ?? "", expected.messages?.sv ?? []) }).toEqual({ missing: [] });
    expect({ missing: missingFragments(en ?? "", expected.messages?.en ?? []) }).toEqual({ missing: [] });
    return;
  }
  const report = JSON.parse(summary.stdout) as {
    issues: { code: string; message: { sv: string; en: string } }[];
  };
  const codes = report.issues.map((i) => i.code).sort();
  expect({ issues: codes }).toEqual({ issues: [...(expected.issues ?? [])].sort() });
  expect({ missing: missingFragments(validate.stdout, expected.messages?.en ?? []) }).toEqual({
    missing: [],
  });
  expect({
    missing: missingFragments(report.issues.map((i) => i.message.sv).join("\n"), expected.messages?.sv ?? []),
  }).toEqual({ missing: [] });
}

describe("the workbook corpus through the CLI (.xlsx edited with ExcelJS)", () => {
  it.each(WORKBOOK_CASES.map((c) => [c.id, c] as const))(
    "%s",
    async (_id, c) => {
      await runCase(c);
    },
    600_000,
  );
});
