// A reusable LibreOffice (soffice, headless) harness for tests and scripts.
//
// LibreOffice keeps the cached formula results of an .xlsx unless its profile says to always
// recalculate, so every run uses its own profile directory (-env:UserInstallation) whose
// registrymodifications.xcu sets Calc's OOXMLRecalcMode and ODFRecalcMode to 0 ("always").
// A profile also keeps concurrent runs (other tests, other helpers) from locking each other.
//
// Each soffice start costs seconds on this 2-core machine: convert many files in one call
// (`convert([a, b, c], "fods")`) and share the results between assertions.
import { execFile } from "child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { pathToFileURL } from "url";

const SEARCH = [
  "/usr/bin/soffice",
  "/usr/local/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
];

/** The soffice binary: $SOFFICE, else the usual install places; null when there is none. */
export function findSoffice(): string | null {
  const env = process.env.SOFFICE;
  if (env && existsSync(env)) return env;
  return SEARCH.find((p) => existsSync(p)) ?? null;
}

export function findPdftoppm(): string | null {
  return ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].find((p) => existsSync(p)) ?? null;
}

/**
 * `describe` when soffice exists. When it does not: under CI=true a failing test (a CI machine
 * must have it), otherwise a loud warning and a skipped suite (never counted as passed).
 */
export function describeWithSoffice(name: string, fn: () => void): void {
  if (findSoffice()) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("needs LibreOffice (soffice), which is missing on this CI machine", () => {
        throw new Error("soffice not found: install the Debian package libreoffice-calc-nogui");
      });
    });
    return;
  }
  console.warn(
    `\n*** SKIPPING "${name}": LibreOffice (soffice) is not installed. ` +
      `Install libreoffice-calc-nogui to run these tests. ***\n`,
  );
  describe.skip(name, fn);
}

export const RECALC_PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** Output directory (created); default: a directory inside the harness's work dir. */
  outDir?: string;
  /** Milliseconds before the run is killed. */
  timeoutMs?: number;
}

export class LibreOffice {
  private constructor(
    readonly binary: string,
    /** Holds the profile and default output directories; removed by dispose(). */
    readonly workDir: string,
    readonly recalc: boolean,
  ) {}

  /**
   * A harness with its own profile. `recalc` (default true) writes the always-recalculate
   * settings; false leaves LibreOffice's defaults (keeps cached results), for control tests.
   */
  static create(options: { recalc?: boolean; workDir?: string } = {}): LibreOffice {
    const binary = findSoffice();
    if (!binary) throw new Error("soffice not found: install the Debian package libreoffice-calc-nogui");
    const workDir = options.workDir ?? mkdtempSync(path.join(tmpdir(), "maluppfoljning-lo-"));
    const recalc = options.recalc !== false;
    const user = path.join(workDir, "profile", "user");
    mkdirSync(user, { recursive: true });
    if (recalc) writeFileSync(path.join(user, "registrymodifications.xcu"), RECALC_PROFILE_XCU);
    return new LibreOffice(binary, workDir, recalc);
  }

  get profileUrl(): string {
    return pathToFileURL(path.join(this.workDir, "profile")).href;
  }

  /**
   * Converts every input in one soffice run. `format` is what --convert-to takes: "fods",
   * "html", "pdf", "xlsx", "ods", "csv", or with a filter ('csv:"Text - txt - csv (StarCalc)":…').
   * Returns the output paths in input order; throws when soffice fails or an output is missing.
   */
  async convert(inputs: string[], format: string, options: ConvertOptions = {}): Promise<string[]> {
    const outDir = options.outDir ?? path.join(this.workDir, "out", format.split(":")[0]);
    mkdirSync(outDir, { recursive: true });
    const ext = format.split(":")[0];
    const args = [
      `-env:UserInstallation=${this.profileUrl}`,
      "--headless",
      "--invisible",
      "--nologo",
      "--norestore",
      "--nodefault",
      "--nolockcheck",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...inputs,
    ];
    const { stdout, stderr } = await run(this.binary, args, options.timeoutMs ?? 180_000);
    const outputs = inputs.map((i) => path.join(outDir, `${path.basename(i, path.extname(i))}.${ext}`));
    const missing = outputs.filter((o) => !existsSync(o));
    if (missing.length > 0) {
      throw new Error(`soffice did not produce ${missing.join(", ")}\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
    if (/Error:|failed/i.test(stdout) && !/javaldx/.test(stdout)) {
      throw new Error(`soffice reported a problem converting to ${format}:\n${stdout}\n${stderr}`);
    }
    return outputs;
  }

  dispose(): void {
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, SAL_USE_VCLPLUGIN: "svp" } },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${cmd} failed: ${err.message}\nstdout: ${stdout}\nstderr: ${stderr}`));
        else resolve({ stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}
