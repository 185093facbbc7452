// `npm run render:png`: the output folder holds, and the script lists, only this run's pages,
// not those an earlier run left behind. Runs the script as a user does, into a temporary folder
// (RENDER_PNG_OUT), on a workbook the CLI writes into that same folder (an input there survives).
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { findPdftoppm, findSoffice } from "../libreoffice/soffice";

const ROOT = path.resolve(__dirname, "..", "..");
const NAME = "render:png cleans its output folder first";
const tools = findSoffice() !== null && findPdftoppm() !== null;

function renderTests(): void {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), "maluppfoljning-render-test-"));
  });

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it("lists only this run's pages and removes an earlier run's PNG and PDF files", async () => {
    const input = path.join(out, "uppfoljning.xlsx");
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(["workbook", "--out", input], quiet)).toBe(0);
    // What an earlier run on another workbook left, and a file that is not the script's.
    for (const stale of ["earlier-1.png", "earlier-2.png", "earlier.pdf"])
      writeFileSync(path.join(out, stale), "");
    writeFileSync(path.join(out, "notes.txt"), "mine");

    const printed = execFileSync(process.execPath, [path.join(ROOT, "scripts", "render-png.mjs"), input], {
      cwd: ROOT,
      env: { ...process.env, RENDER_PNG_OUT: out },
      encoding: "utf8",
      timeout: 300_000,
    });

    const pngs = readdirSync(out)
      .filter((f) => f.endsWith(".png"))
      .sort();
    expect(pngs.length).toBeGreaterThan(0);
    expect(pngs.every((f) => /^uppfoljning-\d+\.png$/.test(f))).toBe(true);
    const listed = printed
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.endsWith(".png"));
    expect(listed).toEqual(pngs);
    expect(printed).toContain(`Rendered ${pngs.length} page(s)`);
    expect(existsSync(path.join(out, "earlier.pdf"))).toBe(false);
    // The input and other files in the folder are left alone.
    expect(existsSync(input)).toBe(true);
    expect(existsSync(path.join(out, "notes.txt"))).toBe(true);
  }, 320_000);
}

if (tools) {
  describe(NAME, renderTests);
} else if (process.env.CI === "true") {
  describe(NAME, () => {
    it("needs soffice and pdftoppm, which are missing on this CI machine", () => {
      throw new Error("install the Debian packages libreoffice-calc-nogui and poppler-utils");
    });
  });
} else {
  console.warn(
    `\n*** SKIPPING "${NAME}": soffice (libreoffice-calc-nogui) or pdftoppm (poppler-utils) ` +
      "is not installed. ***\n",
  );
  describe.skip(NAME, renderTests);
}
