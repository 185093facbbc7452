// `summary` with done marks and responsible bodies: the JSON shape scripts rely on, and the
// table text and Markdown show, in process (main() with a buffer for stdout).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/common";
import { bundledStructure, type GoalStructure } from "../../src/domain";

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

let tmp: string;
let file: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "maluppfoljning-resp-"));
  const s: GoalStructure = bundledStructure();
  const goals = s.programs[0].areas.flatMap((a) => a.goals);
  goals.forEach((g, i) => {
    g.responsible = i % 2 === 0 ? "Tekniska nämnden" : "Kommunstyrelsen";
    if (i < 5) g.done = true;
  });
  file = path.join(tmp, "s.json");
  fs.writeFileSync(file, JSON.stringify(s));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Body {
  name: string;
  total: number;
  status: Record<string, number>;
  trend: Record<string, number>;
  done: number;
}

it("prints the roll-up per responsible body and the done counts as JSON", async () => {
  const io = bufferIo();
  expect(await main(["summary", file, "--format", "json"], io)).toBe(0);
  const out = JSON.parse(io.stdout) as {
    responsible: Body[];
    total: { total: number; done: number };
    programs: { done: number; text: string; areas: { done: number }[] }[];
  };
  expect(out.responsible.map((b) => [b.name, b.total, b.done])).toEqual([
    ["Tekniska nämnden", 21, 3],
    // The example's action plan names Kommunstyrelsen for its six goals.
    ["Kommunstyrelsen", 27, 2],
    ["Ingen ansvarig", 24, 0],
  ]);
  expect(Object.keys(out.responsible[0])).toEqual(["name", "total", "status", "trend", "done"]);
  expect(Object.keys(out.responsible[0].status)).toEqual(["red", "yellow", "green", "missing"]);
  expect(Object.keys(out.responsible[0].trend)).toEqual(["up", "flat", "down", "missing"]);
  for (const b of out.responsible) {
    expect(b.status.red + b.status.yellow + b.status.green + b.status.missing).toBe(b.total);
    expect(b.trend.up + b.trend.flat + b.trend.down + b.trend.missing).toBe(b.total);
  }
  expect(out.responsible.reduce((n, b) => n + b.total, 0)).toBe(out.total.total);
  expect([
    out.total.done,
    out.programs[0].done,
    out.programs[0].areas.reduce((n, a) => n + a.done, 0),
  ]).toEqual([5, 5, 5]);
  expect(out.programs[0].text).toMatch(/ 5 av 42 mål är klarmarkerade\.$/);
});

it("shows the same table in text and Markdown, in English too", async () => {
  const text = bufferIo();
  await main(["summary", file, "--lang", "en"], text);
  expect(text.stdout).toContain("By responsible body\n  Tekniska nämnden: 21 goals – ");
  expect(text.stdout).toMatch(/No responsible body: 24 goals – .*; Done: 0\n/);
  const md = bufferIo();
  await main(["summary", file, "--format", "markdown"], md);
  expect(md.stdout).toContain(
    "## Per ansvarig\n\n| Ansvarig | Antal | Röd | Gul | Grön | Ej bedömd | Uppåt | Oförändrad | Nedåt | Trend saknas | Klar |",
  );
  expect(md.stdout).toMatch(/\| Tekniska nämnden \| 21 \|( \d+ \|){8} 3 \|/);
});

it("counts the done marks per programme and per area in text and Markdown, as the sheet's Klar column", async () => {
  // The five goals marked done are the first five of the programme: all in its first area (16 goals).
  const text = bufferIo();
  await main(["summary", file], text);
  expect(text.stdout).toContain("  Klarmarkerade: 5 av 42\n");
  const areaLines = text.stdout.split("\n").filter((l) => / mål – .*; Klar \d+$/.test(l));
  expect(areaLines.slice(0, 3).map((l) => l.replace(/^.*; Klar /, ""))).toEqual(["5", "0", "0"]);
  expect(areaLines[0]).toMatch(/^ {4}Samhällsplanering och infrastruktur: 16 mål – /);
  const en = bufferIo();
  await main(["summary", file, "--lang", "en"], en);
  expect(en.stdout).toContain("  Marked done: 5 of 42\n");
  const md = bufferIo();
  await main(["summary", file, "--format", "markdown"], md);
  expect(md.stdout).toContain(
    "| Målområde | Antal | Röd | Gul | Grön | Ej bedömd | Uppåt | Oförändrad | Nedåt | Trend saknas | Klar |",
  );
  expect(md.stdout).toMatch(/\| Samhällsplanering och infrastruktur \| 16 \|( \d+ \|){8} 5 \|\n/);
  expect(md.stdout).toMatch(/\| \*\*Totalt\*\* \| \*\*42\*\* \|( \*\*\d+\*\* \|){8} \*\*5\*\* \|\n/);
});
