// What a newcomer hits first with the CLI: a file that only pretends to be an .xlsx, an output
// folder that does not exist, --lang before or after the command, schema errors that name their
// path once. Every error is one "fel/error: <svenska> / <english>" line, whatever --lang says.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/common";
import { t } from "../../src/i18n/cliStrings";

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-newcomer-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function writeTmp(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[]): Promise<Run> {
  const r = { code: -1, stdout: "", stderr: "" };
  const io: Io = {
    out: (text) => {
      r.stdout += text;
    },
    err: (text) => {
      r.stderr += text;
    },
  };
  r.code = await main(args, io);
  return r;
}

/** The one error line, split into its Swedish and English halves. */
function errorHalves(stderr: string): { sv: string; en: string } {
  const lines = stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  const m = /^fel\/error: (.+) \/ (.+)$/.exec(lines[0]);
  if (m === null) throw new Error(`not a two-language error line: ${lines[0]}`);
  return { sv: m[1], en: m[2] };
}

describe("an .xlsx that is not a workbook", () => {
  const cases: [string, string | Buffer, RegExp, RegExp][] = [
    ["text.xlsx", "hello, not a workbook\n", /är ingen Excel-arbetsbok/, /is not an Excel workbook/],
    ["json.xlsx", '{"programs": []}', /är ingen Excel-arbetsbok/, /is not an Excel workbook/],
    ["empty.xlsx", "", /är tom \(0 byte\)/, /is empty \(0 bytes\)/],
    // A zip signature, then nothing a zip reader can use: a truncated download.
    ["cut.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /är skadad/, /is damaged/],
  ];

  it.each(cases)(
    "%s: one plain line in both languages, no zip-library internals",
    async (name, content, sv, en) => {
      const file = writeTmp(name, content);
      for (const command of ["summary", "validate"]) {
        const r = await run([command, file]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe("");
        const halves = errorHalves(r.stderr);
        expect(halves.sv).toMatch(sv);
        expect(halves.en).toMatch(en);
        expect(r.stderr).not.toMatch(/jszip|zip file \?|central directory|https?:\/\/|Corrupted/i);
      }
    },
  );
});

describe("workbook --out where the file cannot be written", () => {
  it("says that the folder does not exist, not ENOENT, and writes nothing", async () => {
    const dir = path.join(tmp, "no", "such", "dir");
    const out = path.join(dir, "x.xlsx");
    const r = await run(["workbook", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const halves = errorHalves(r.stderr);
    expect(halves.sv).toContain(`mappen ${dir} finns inte`);
    expect(halves.en).toContain(`the folder ${dir} does not exist`);
    expect(r.stderr).not.toContain("ENOENT");
    expect(fs.existsSync(path.join(tmp, "no"))).toBe(false);
  });

  it("says that a file is in the way of the folder (ENOTDIR)", async () => {
    const notDir = writeTmp("plain-file", "x");
    const r = await run(["workbook", "--out", path.join(notDir, "x.xlsx")]);
    expect(r.code).toBe(2);
    const halves = errorHalves(r.stderr);
    expect(halves.sv).toContain(`${notDir} är ingen mapp`);
    expect(halves.en).toContain(`${notDir} is not a folder`);
    expect(r.stderr).not.toContain("ENOTDIR");
  });

  it("says that the output is a folder (EISDIR), and leaves no temporary file", async () => {
    const out = path.join(tmp, "folder.xlsx");
    fs.mkdirSync(out);
    const r = await run(["workbook", "--out", out]);
    expect(r.code).toBe(2);
    const halves = errorHalves(r.stderr);
    expect(halves.sv).toContain(`${out} är en mapp`);
    expect(halves.en).toContain(`${out} is a folder`);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("every error line has both languages, whatever --lang says", () => {
  const broken = (): string => writeTmp("broken.json", '{"programs": [');
  const cases: [string, () => string[]][] = [
    ["validate on broken JSON", () => ["validate", broken()]],
    ["summary on broken JSON", () => ["summary", broken()]],
    ["validate on a missing file", () => ["validate", path.join(tmp, "missing.json")]],
    ["summary on a missing .xlsx", () => ["summary", path.join(tmp, "missing.xlsx")]],
    ["workbook with an output that is not .xlsx", () => ["workbook", "--out", path.join(tmp, "x.txt")]],
    ["workbook without --out", () => ["workbook"]],
    ["validate without a file", () => ["validate"]],
    ["an unknown option", () => ["summary", "--fromat", "json"]],
    ["an unknown command", () => ["frobnicate"]],
    ["two files", () => ["validate", "a.json", "b.json"]],
  ];

  it.each(cases)("%s", async (_name, args) => {
    const lines: string[] = [];
    for (const lang of ["sv", "en"]) {
      const r = await run([...args(), "--lang", lang]);
      expect(r.code).toBe(2);
      const first = r.stderr.split("\n")[0];
      // Swedish first, English beside it, and the two differ (not one language twice).
      const m = /^fel\/error: (.+) \/ (.+)$/.exec(first);
      expect(m).not.toBeNull();
      expect(m?.[1]).not.toBe(m?.[2]);
      lines.push(first);
    }
    expect(lines[0]).toBe(lines[1]);
  });

  it("validate on broken JSON names the problem in Swedish and English", async () => {
    const r = await run(["validate", broken(), "--lang", "en"]);
    const halves = errorHalves(r.stderr);
    expect(halves.sv).toContain("den tar slut mitt i ett värde");
    expect(halves.en).toContain("it ends in the middle of a value");
  });
});

describe("--lang before or after the command", () => {
  const summaryHelpEn = `${t("en", "cli.summary.usage")}\n`;

  it.each([
    [["--lang", "en", "summary", "--help"]],
    [["--lang=en", "summary", "--help"]],
    [["summary", "--help", "--lang", "en"]],
    [["summary", "--lang", "en", "--help"]],
  ])("%j prints the English summary help", async (args) => {
    expect(await run(args)).toEqual({ code: 0, stdout: summaryHelpEn, stderr: "" });
  });

  it("applies a leading --lang to the command's output", async () => {
    const r = await run(["--lang", "en", "summary", "--format", "json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { lang: string }).lang).toBe("en");
    // One given after the command name wins, as the help says it can be given there.
    const after = await run(["--lang", "en", "summary", "--format", "json", "--lang", "sv"]);
    expect((JSON.parse(after.stdout) as { lang: string }).lang).toBe("sv");
  });

  it("prints the general help in English with --lang en --help", async () => {
    const r = await run(["--lang", "en", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: maluppfoljning <command>/);
    expect(r.stdout).toContain("--lang sv|en");
  });

  it.each([
    [["--lang", "fr", "summary"], "ogiltigt värde ”fr” för --lang"],
    [["--lang"], "alternativet --lang behöver ett värde"],
    [["--lang", "summary"], "ogiltigt värde ”summary” för --lang"],
  ])("%j is a usage error", async (args, sv) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toContain(sv);
    expect(r.stderr).toContain("maluppfoljning <kommando>");
  });

  it("summary --help says FILE may be an .xlsx workbook or JSON, in both languages", async () => {
    for (const [lang, text] of [
      ["sv", "FIL är en arbetsbok (.xlsx) med måltabellen eller en målstruktur i JSON"],
      ["en", "FILE is a workbook (.xlsx) with the goal table or a goal structure in JSON"],
    ]) {
      const r = await run(["summary", "--help", "--lang", lang]);
      expect(r.stdout).toContain(text);
      expect(r.stdout.split("\n")[0]).toMatch(/summary \[FIL(E)?\.xlsx\|FIL(E)?\.json\]/);
    }
  });
});

describe("validate on a file that breaks the goal-structure schema", () => {
  it("names each error's JSON path once per line", async () => {
    const file = writeTmp(
      "schema.json",
      JSON.stringify({
        organisation: "X",
        year: 2023,
        programs: [{ name: "P", areas: [{ name: "A", goals: [{ id: "G1", text: "t", status: "bad" }] }] }],
      }),
    );
    const r = await run(["validate", file]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("$"));
    expect(lines).toContain("$.programs[0].id: fel · det obligatoriska fältet ”id” saknas.");
    expect(lines).toContain(
      '$.programs[0].areas[0].goals[0].status: fel · "bad" är inte tillåtet. Tillåtna värden: "red" (Röd), "yellow" (Gul), "green" (Grön) eller null (Ej bedömd).',
    );
    for (const line of lines) {
      const p = line.slice(0, line.indexOf(": "));
      expect(line.split(p).length - 1).toBe(1);
    }
  });
});
