// A structure's own suggestion rules survive the workbook: `workbook` keeps them in the
// structure sheet's "Förslagsregler (JSON)" cell, and `summary FILE.xlsx` then suggests what
// `summary FILE.json` suggests. Hand-checked on the suggestion fixture (follow-up 2025, e = 0.5):
// - top statusRule yellow 0.9: EKO-1's p = 0.4 < 0.9 × 0.5, so red (yellow by the defaults);
// - programme EKO's trendRule flatBand 0.2: EKO-1's −11 % and EKO-2 utslapp's +10 % are within
//   ±20 %, so flat (up and down by the defaults);
// - EKO-2's indicator "fornybar" statusRule green 0.4: p = 0.25 ≥ 0.4 × 0.5, so green (the
//   top layer alone would make it red).
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/common";
import type { GoalStructure } from "../../src/domain";
import { parseRulesCell, rulesCellText, rulesPieces } from "../../src/plan/rulesCell";
import { suggestionStructure } from "./suggestionFixture";

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

function withRules(): GoalStructure {
  const s = suggestionStructure();
  s.statusRule = { yellow: 0.9 };
  s.programs[0].trendRule = { flatBand: 0.2 };
  const eko2 = s.programs[0].areas[0].goals[1];
  eko2.indicators![0].statusRule = { green: 0.4, yellow: 0.1 };
  return s;
}

interface Suggestion {
  goalId: string;
  status: string | null;
  trend: string | null;
  indicators: { id: string; status: string | null; trend: string | null }[];
}

async function suggestions(file: string): Promise<Suggestion[]> {
  const io = bufferIo();
  await main(["summary", file, "--format", "json"], io);
  return (JSON.parse(io.stdout) as { suggestions: Suggestion[] }).suggestions;
}

const brief = (list: Suggestion[]): unknown[] =>
  list.map((s) => [s.goalId, s.status, s.trend, s.indicators.map((i) => [i.id, i.status, i.trend])]);

let tmp: string;
let json: string;
let xlsx: string;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-rules-"));
  json = path.join(tmp, "s.json");
  fs.writeFileSync(json, JSON.stringify(withRules()));
  xlsx = path.join(tmp, "s.xlsx");
  expect(await main(["workbook", json, "--out", xlsx, "--lang", "sv"], bufferIo())).toBe(0);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("the structure's rules give the hand-checked suggestions from the JSON", async () => {
  expect(brief(await suggestions(json))).toEqual([
    ["EKO-1", "red", "flat", [["utslapp", "red", "flat"]]],
    [
      "EKO-2",
      "red",
      "flat",
      [
        ["fornybar", "green", "flat"],
        ["utslapp", "red", "flat"],
      ],
    ],
  ]);
});

test("summary FILE.xlsx suggests exactly what summary FILE.json does, rules included", async () => {
  expect(await suggestions(xlsx)).toEqual(await suggestions(json));
});

async function rulesCell(wb: ExcelJS.Workbook): Promise<ExcelJS.Cell> {
  const ws = wb.getWorksheet("Struktur")!;
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === "Förslagsregler (JSON)") found = row.getCell(2);
  });
  if (!found) throw new Error("no rules row on Struktur");
  return found;
}

test("the rules cell is text on the structure sheet, and a structure without rules has no such row", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const cell = await rulesCell(wb);
  expect(JSON.parse(String(cell.value))).toEqual({
    statusRule: { yellow: 0.9 },
    programs: { EKO: { trendRule: { flatBand: 0.2 } } },
    indicators: { "EKO-2": { fornybar: { statusRule: { green: 0.4, yellow: 0.1 } } } },
  });
  expect(rulesCellText(suggestionStructure())).toBeNull();
});

test("an unreadable rules cell is a warning at its cell, and the defaults apply", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const cell = await rulesCell(wb);
  const address = `Struktur!${cell.address}`;
  cell.value = '{"statusRule":{"yellow":"hög"}}';
  const broken = path.join(tmp, "broken.xlsx");
  await wb.xlsx.writeFile(broken);

  const io = bufferIo();
  await main(["validate", broken], io);
  expect(io.stdout).toContain(
    `${address}: varning · Förslagsreglerna går inte att läsa (statusRule.yellow); förslagen följer standardreglerna.`,
  );
  // EKO-1 by the default rules: yellow and up.
  expect(brief(await suggestions(broken))[0]).toEqual([
    "EKO-1",
    "yellow",
    "up",
    [["utslapp", "yellow", "up"]],
  ]);
});

test("parseRulesCell refuses what the schema's rule definitions refuse, naming the path", () => {
  const reason = (text: string): string | null => {
    const r = parseRulesCell(text);
    return r.ok ? null : r.reason;
  };
  expect(reason('{"statusRule":{"green":1,"yellow":0.5}}')).toBeNull();
  expect(reason("{nope")).toBe("JSON");
  expect(reason('{"statusRule":{"green":0.4,"yellow":0.6}}')).toBe("statusRule.yellow > statusRule.green");
  expect(reason('{"trendRule":{"window":0}}')).toBe("trendRule.window");
  expect(reason('{"trendRule":{"method":"guess"}}')).toBe("trendRule.method");
  expect(reason('{"colour":"red"}')).toBe("colour");
  expect(reason('{"programs":{"EKO":{"statusRule":{"green":-1}}}}')).toBe("programs.EKO.statusRule.green");
  expect(reason('{"indicators":{"EKO-2":{"x":{"trendRule":[]}}}}')).toBe("indicators.EKO-2.x.trendRule: {…}");
  expect(reason("[1]")).toBe("$: {…}");
});

test("rules longer than a cell holds are kept in rows of pieces, and read back whole", async () => {
  // 900 rule-carrying indicators on EKO-1 come first in the JSON, so EKO-2's own rule, which makes
  // "fornybar" green, lies beyond the first piece: read from that piece alone it would be lost.
  const s = withRules();
  const eko1 = s.programs[0].areas[0].goals[0];
  for (let i = 0; i < 900; i++) {
    eko1.indicators!.push({
      id: `extra-${String(i).padStart(4, "0")}`,
      name: `Extra ${i}`,
      direction: "increase",
      baseline: { year: 2020, value: 1 },
      target: { year: 2030, value: 2 },
      statusRule: { green: 0.5, yellow: 0.25 },
    });
  }
  const text = rulesCellText(s);
  expect(text!.length).toBeGreaterThan(32_767);
  const long = path.join(tmp, "long.json");
  fs.writeFileSync(long, JSON.stringify(s));
  const out = path.join(tmp, "long.xlsx");
  const wio = bufferIo();
  const code = await main(["workbook", long, "--out", out, "--lang", "sv"], wio);
  expect(wio.stderr).toBe("");
  expect(code).toBe(0);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const pieces: string[] = [];
  wb.getWorksheet("Struktur")!.eachRow((row) => {
    if (row.getCell(1).value === "Förslagsregler (JSON)") pieces.push(String(row.getCell(2).value));
  });
  expect(pieces.length).toBe(Math.ceil(text!.length / 32_000));
  for (const p of pieces) expect(p.length).toBeLessThanOrEqual(32_767);
  expect(pieces.join("")).toBe(text);
  expect(await suggestions(out)).toEqual(await suggestions(long));
  const eko2 = (await suggestions(out)).find((x) => x.goalId === "EKO-2");
  expect(eko2?.indicators.find((i) => i.id === "fornybar")?.status).toBe("green");
});

test("a piece never splits a surrogate pair", () => {
  const text = `ab😀cd`;
  expect(rulesPieces(text, 3)).toEqual(["ab", "😀c", "d"]);
  expect(rulesPieces(text, 3).join("")).toBe(text);
  expect(rulesPieces("", 3)).toEqual([]);
});
