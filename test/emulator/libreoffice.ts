/**
 * LibreOffice headless, the independent spreadsheet engine (Node only). Each conversion runs with
 * its own throw-away profile whose settings make Calc recalculate every formula on load
 * (OOXMLRecalcMode = 0), so results never come from cached values.
 */
import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";

/** Path of soffice/libreoffice on PATH, or null. */
export function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of ["soffice", "libreoffice"])
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  return null;
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts `input` with `soffice --headless --convert-to <format>` into `outDir` and returns the
 * output path. `format` is what --convert-to takes, e.g. "xlsx", "csv", "fods", "html", "pdf".
 */
export async function convertWithLibreOffice(
  input: string,
  format: string,
  outDir: string,
  timeoutMs = 120_000,
): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "lo-profile-"));
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--norestore",
          "--nolockcheck",
          "--convert-to",
          format,
          "--outdir",
          outDir,
          input,
        ],
        { timeout: timeoutMs },
        (err, stdout, stderr) =>
          err ? reject(new Error(`soffice failed: ${err.message}\n${stdout}\n${stderr}`)) : resolve(),
      );
    });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  const ext = format.split(":")[0];
  const out = path.join(outDir, `${path.basename(input, path.extname(input))}.${ext}`);
  if (!existsSync(out)) throw new Error(`soffice produced no ${ext} file for ${input}`);
  return out;
}
