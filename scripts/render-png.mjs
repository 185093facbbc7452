#!/usr/bin/env node
// Renders the workbook's sheets to PNG images for a person to look at:
//   npm run render:png                 the bundled example, Swedish and English
//   npm run render:png -- FILE.xlsx    any workbook
// Output goes to build/render/ (not committed; RENDER_PNG_OUT=<folder> for another, e.g. in a test):
// one PNG per printed page, in sheet order. The PNG and PDF files already there are removed first,
// so the folder (and the list printed at the end) holds only this run's pages.
//
// Path: .xlsx → LibreOffice (recalculating profile) → .ods → PDF → pdftoppm → PNG. The .ods step
// is there because LibreOffice fits the height of rows with wrapped text when it saves or shows
// a file, but not when it converts an .xlsx headlessly straight to PDF; Excel fits them on open.
// The price: LibreOffice's headless .xlsx → .ods export writes every chart of a row of charts into
// adjacent cells at x = 0, so in these PNGs a programme's charts are drawn on top of one another.
// The workbook's anchors are right: Excel, LibreOffice opening the .xlsx, its straight PDF and
// its own .xlsx re-save place them side by side (test/libreoffice/charts.test.ts checks the PDF).
// Needs soffice (Debian: libreoffice-calc-nogui) and pdftoppm (poppler-utils); when one is
// missing this fails under CI=true and otherwise says so loudly and stops.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = process.env.RENDER_PNG_OUT
  ? path.resolve(process.env.RENDER_PNG_OUT)
  : path.join(root, "build", "render");

function find(candidates) {
  return candidates.find((p) => existsSync(p)) ?? null;
}

const soffice = find(
  [process.env.SOFFICE, "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].filter(Boolean),
);
const pdftoppm = find(["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"]);
if (!soffice || !pdftoppm) {
  const missing = [!soffice && "soffice (libreoffice-calc-nogui)", !pdftoppm && "pdftoppm (poppler-utils)"]
    .filter(Boolean)
    .join(" and ");
  console.error(`\n*** render:png needs ${missing}, which is not installed. ***\n`);
  process.exit(process.env.CI === "true" ? 1 : 0);
}

// Same settings as test/libreoffice/soffice.ts: always recalculate on load.
const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const work = mkdtempSync(path.join(tmpdir(), "maluppfoljning-render-"));
const profile = path.join(work, "profile");
mkdirSync(path.join(profile, "user"), { recursive: true });
writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), XCU);

function convert(inputs, format, dir) {
  mkdirSync(dir, { recursive: true });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nologo",
      "--convert-to",
      format,
      "--outdir",
      dir,
      ...inputs,
    ],
    { stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 },
  );
  return inputs.map((i) => path.join(dir, `${path.basename(i, path.extname(i))}.${format}`));
}

/** Removes the pages of earlier runs (only PNG and PDF files: an input may live in the folder). */
function cleanOutDir() {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) {
    if (/\.(png|pdf)$/i.test(name)) rmSync(path.join(outDir, name), { force: true });
  }
}

try {
  cleanOutDir();
  let inputs = process.argv.slice(2).map((f) => path.resolve(f));
  if (inputs.length === 0) {
    // The bundled example in both languages, written by the CLI as a user would.
    execFileSync(
      process.execPath,
      [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: root,
        stdio: "inherit",
      },
    );
    inputs = ["sv", "en"].map((lang) => {
      const file = path.join(outDir, `uppfoljning-${lang}.xlsx`);
      execFileSync(
        process.execPath,
        [path.join(root, "bin", "maluppfoljning.js"), "workbook", "--out", file, "--lang", lang],
        {
          cwd: root,
          stdio: "inherit",
        },
      );
      return file;
    });
  }
  const ods = convert(inputs, "ods", path.join(work, "ods"));
  const pdfs = convert(ods, "pdf", outDir);
  for (const pdf of pdfs) {
    const base = path.join(outDir, path.basename(pdf, ".pdf"));
    execFileSync(pdftoppm, ["-png", "-r", "110", pdf, base]);
  }
  const pngs = readdirSync(outDir)
    .filter((f) => f.endsWith(".png"))
    .sort();
  console.log(
    `Rendered ${pngs.length} page(s) into ${path.relative(root, outDir) || "."}/:\n  ${pngs.join("\n  ")}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
