// The `maluppfoljning` CLI: the compiled program run for real (as `npm ci` builds it into lib/),
// plus in-process runs of main() for the many smaller cases.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../src/cli/main";
import type { Io } from "../src/cli/common";
import { loadJsonFile, loaderFor, registerInputLoader, xlsxNotSupported } from "../src/cli/summary";
import { bundledStructure } from "../src/domain";
import packageJson from "../package.json";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "maluppfoljning.js");
let tmp: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], command = process.execPath, prefix: string[] = [bin]): Run {
  const r = spawnSync(command, [...prefix, ...args], { cwd: root, encoding: "utf8", timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writeTmp(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

/** stderr is exactly one "fel/error: …" line, without a stack trace. */
function expectOneLineReason(stderr: string): void {
  const lines = stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^fel\/error: /);
  expect(stderr).not.toMatch(/^\s+at /m);
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-cli-"));
  // Build the CLI as `npm ci` does (the prepare script). Other parts of src/ compiled by the same
  // config may be work in progress; only errors in the CLI's own sources fail this test.
  const tsc = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (tsc.status !== 0) {
    const ours = tsc.stdout.split("\n").filter((l) => /^src\/(cli|domain|i18n)\//.test(l));
    if (ours.length > 0) throw new Error(`tsc -p tsconfig.cli.json:\n${ours.join("\n")}`);
  }
  expect(fs.existsSync(path.join(root, "lib", "cli", "main.js"))).toBe(true);
}, 180000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface JsonSummary {
  programs: {
    id: string;
    total: number;
    status: Record<string, number>;
    trend: Record<string, number>;
    areas: {
      id: string;
      name: string;
      total: number;
      status: Record<string, number>;
      trend: Record<string, number>;
    }[];
    reconciliation: { matches: boolean } | null;
    text: string;
  }[];
  issues: { code: string; severity: string; goalId?: string; message: { sv: string; en: string } }[];
}

describe("the compiled CLI", () => {
  it("prints the bundled example's figures and texts as JSON (exit 0)", () => {
    const r = runCli(["summary", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as JsonSummary;
    const eco = out.programs.find((p) => p.id === "ekologisk");
    const soc = out.programs.find((p) => p.id === "social");
    expect(eco && [eco.total, eco.status.red, eco.status.yellow, eco.status.green]).toEqual([42, 9, 29, 4]);
    expect(eco && [eco.trend.up, eco.trend.flat, eco.trend.down]).toEqual([17, 24, 1]);
    expect(soc && [soc.total, soc.status.red, soc.status.yellow, soc.status.green]).toEqual([24, 7, 16, 1]);
    expect(soc && [soc.trend.up, soc.trend.flat, soc.trend.down]).toEqual([5, 17, 2]);
    expect(eco?.reconciliation?.matches).toBe(true);
    expect(eco?.areas).toHaveLength(3);
    expect(Object.keys(eco?.areas[0] ?? {})).toEqual(
      expect.arrayContaining(["id", "name", "total", "status", "trend"]),
    );
    expect(eco?.text).toContain("Av de 42 mål som gäller för");
    expect(eco?.text).toContain("9 som är röda, 29 gula och 4 gröna");
    expect(soc?.text).toContain("7 som är röda, 16 gula och 1 grönt");
    // The action plan's delmål are not assessed: warnings, not errors.
    expect(out.issues.map((i) => [i.code, i.severity])).toEqual(Array(6).fill(["missing-status", "warning"]));
  });

  it("still prints the summary and the issues when validation finds errors (exit 1)", () => {
    const s = bundledStructure();
    s.programs[0].areas[0].goals[0].text = " ";
    const file = writeTmp("with-errors.json", JSON.stringify(s));
    const r = runCli(["summary", file, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as JsonSummary;
    expect(out.programs[0].total).toBe(42);
    expect(out.issues).toContainEqual(
      expect.objectContaining({ code: "missing-text", severity: "error", goalId: "EKO-1.01" }),
    );
  });

  it("rejects a file that is not JSON with one line and exit 2", () => {
    const file = writeTmp("notes.json", "Det här är inte JSON.\n");
    const r = runCli(["summary", file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLineReason(r.stderr);
    expect(r.stderr).toContain("rad 1, kolumn 1");
    expect(r.stderr).toContain("line 1, column 1");
    // With --format json, scripts also get the errors on stdout; stderr stays one line.
    const json = runCli(["summary", file, "--format", "json"]);
    expect(json.status).toBe(2);
    expectOneLineReason(json.stderr);
    expect(JSON.parse(json.stdout)).toMatchObject({ errors: [{ path: "$" }] });
  });

  it("rejects a zip/Excel file given as JSON with one line and exit 2", () => {
    const file = writeTmp("renamed.json", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const r = runCli(["summary", file]);
    expect(r.status).toBe(2);
    expectOneLineReason(r.stderr);
  });

  it("rejects a schema-breaking file whole, naming the JSON path, with exit 2", () => {
    const s = bundledStructure() as unknown as { programs: { areas: { goals: { status: unknown }[] }[] }[] };
    s.programs[0].areas[0].goals[0].status = "Röd";
    const file = writeTmp("schema.json", JSON.stringify(s));
    const r = runCli(["summary", file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLineReason(r.stderr);
    expect(r.stderr).toContain("$.programs[0].areas[0].goals[0].status");
  });

  it("exits 2 with one line for a missing file", () => {
    const r = runCli(["summary", path.join(tmp, "nope.json")]);
    expect(r.status).toBe(2);
    expectOneLineReason(r.stderr);
    expect(r.stderr).toContain("filen finns inte");
  });

  it.each([[["summary", "--fromat", "json"]], [["frobnicate"]], [["summary", "--format", "yaml"]], [[]]])(
    "exits 2 with the reason and the usage for %j",
    (args) => {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stderr.split("\n")[0]).toMatch(/^fel\/error: /);
      expect(r.stderr).toContain("Användning: maluppfoljning");
      expect(r.stderr).not.toMatch(/^\s+at /m);
    },
  );

  it("prints the version and the help", () => {
    expect(runCli(["--version"])).toEqual({ status: 0, stdout: `${packageJson.version}\n`, stderr: "" });
    const help = runCli(["summary", "--help", "--lang", "en"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: maluppfoljning summary [FILE.xlsx|FILE.json]");
  });

  it("runs as `npx maluppfoljning` from the repository root (the package's own bin)", () => {
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const r = runCli(["--no-install", "maluppfoljning", "summary", "--format", "json"], npx, []);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as JsonSummary;
    expect(out.programs.map((p) => p.total)).toEqual([42, 24, 6]);
  });
});

function bufferIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

describe("main() in process", () => {
  it("writes a text summary in Swedish by default, with the example-data note", async () => {
    const io = bufferIo();
    expect(await main(["summary"], io)).toBe(0);
    expect(io.stdout).toContain("Västerås stad – måluppföljning 2023");
    expect(io.stdout).toContain("Obs! Exempeldata");
    expect(io.stdout).toContain(
      "Status: Röd 9 (21\u00a0%), Gul 29 (69\u00a0%), Grön 4 (10\u00a0%), Ej bedömd 0 (0\u00a0%)",
    );
    expect(io.stdout).toContain("Avstämning: stämmer med de publicerade siffrorna.");
    // Located by JSON path, as `validate` locates it: not by a row counted from the data start.
    expect(io.stdout).toContain(
      "  $.programs[2].areas[0].goals[0].status: varning · HP-D1 · Status: Målet är inte bedömt: status saknas.",
    );
    expect(io.stdout).not.toMatch(/\brad \d/);
  });

  it("writes Markdown tables in English with --format=markdown --lang=en", async () => {
    const io = bufferIo();
    expect(await main(["summary", "--format=markdown", "--lang=en"], io)).toBe(0);
    expect(io.stdout).toContain("## Program för ekologisk hållbarhet");
    expect(io.stdout).toContain(
      "| Goal area | Goals | Red | Yellow | Green | Not assessed | Up | Flat | Down | Trend missing |",
    );
    expect(io.stdout).toContain(
      "| **Total** | **42** | **9** | **29** | **4** | **0** | **17** | **24** | **1** | **0** |",
    );
    expect(io.stdout).toContain("| Red | 2 | 6 | 1 | 0 | 9 |");
    expect(io.stdout).toContain(
      "Of the 42 goals for Program för ekologisk hållbarhet, 9 are red, 29 are yellow and 4 are green.",
    );
  });

  it("shows differences from the published figures", async () => {
    const s = bundledStructure();
    s.programs[1].areas[0].goals[0].status = "green";
    const file = writeTmp("differs.json", JSON.stringify(s));
    const io = bufferIo();
    expect(await main(["summary", file], io)).toBe(0);
    expect(io.stdout).toContain(
      "Avstämning: skiljer sig från de publicerade siffrorna: Röd publicerat 7, räknat 6 (-1); Grön publicerat 1, räknat 2 (+1).",
    );
  });

  it("gives scripts every structure error as JSON on stdout with --format json", async () => {
    const file = writeTmp(
      "two-errors.json",
      JSON.stringify({ organisation: "x", year: "2023", programs: [], x: 1 }),
    );
    const io = bufferIo();
    expect(await main(["summary", file, "--format", "json"], io)).toBe(2);
    const out = JSON.parse(io.stdout) as { errors: { path: string }[] };
    expect(out.errors.map((e) => e.path).sort()).toEqual(["$.x", "$.year"]);
    expect(io.stderr).toContain("(och 1 fel till)");
  });

  it("counts all structure errors in the one-line reason, not just the listed ones", async () => {
    const s = bundledStructure() as unknown as { programs: { areas: { goals: { status: unknown }[] }[] }[] };
    for (const g of s.programs[0].areas[0].goals) g.status = "lila";
    const file = writeTmp("many.json", JSON.stringify(s));
    const io = bufferIo();
    expect(await main(["summary", file], io)).toBe(2);
    expect(io.stderr).toContain("(och 15 fel till)");
    expect(io.stderr).toContain("(and 15 more errors)");
  });

  it("never writes control characters from a file raw to the terminal", async () => {
    const s = bundledStructure();
    s.note = "Obs\u001b[2J\u009b";
    s.programs[0].name = "Program\u0007 med\u007f klocka";
    const file = writeTmp("controls.json", JSON.stringify(s));
    // C0 except tab and line feed, DEL and C1 (U+009B is a one-character CSI)
    const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/; // eslint-disable-line no-control-regex
    for (const format of ["text", "markdown", "json"]) {
      const io = bufferIo();
      expect(await main(["summary", file, "--format", format], io)).toBe(0);
      expect(io.stdout).not.toMatch(unsafe);
      if (format === "text") expect(io.stdout).toContain("Obs\u241b[2J");
      if (format === "json") expect((JSON.parse(io.stdout) as { note: string }).note).toBe(s.note);
    }
    const io = bufferIo();
    expect(await main(["summary", path.join(tmp, "no\u001b]0;x\u0007.json")], io)).toBe(2);
    expect(io.stderr).not.toMatch(unsafe);
  });

  it("refuses more than one file", async () => {
    const io = bufferIo();
    expect(await main(["summary", "a.json", "b.json"], io)).toBe(2);
    expect(io.stderr).toContain("högst en fil");
  });

  it("has a placeholder .xlsx reader that says 'not supported yet' (replaced when the workbook reader is plugged in)", async () => {
    await expect(xlsxNotSupported("mål.xlsx", "sv")).rejects.toMatchObject({
      exitCode: 2,
      reason: { en: expect.stringContaining("cannot read Excel files (.xlsx) yet") },
    });
  });

  it("chooses the reader by extension, case-insensitively, and JSON for unknown extensions", () => {
    expect(loaderFor("goals.JSON")).toBe(loadJsonFile);
    expect(loaderFor("goals.txt")).toBe(loadJsonFile);
    expect(loaderFor("Mål.XLSX")).toBe(loaderFor("mål.xlsx"));
  });

  it("uses a reader registered for an extension", async () => {
    registerInputLoader(".fake", async () => ({
      structure: bundledStructure(),
      issues: [],
      label: { sv: "falsk", en: "fake" },
      locate: (issue) => `Blad!A${issue.row + 2}`,
    }));
    const io = bufferIo();
    expect(await main(["summary", "input.fake", "--format", "json"], io)).toBe(0);
    expect((JSON.parse(io.stdout) as { input: string }).input).toBe("falsk");
  });
});
