// What the report's LibreOffice test needs beyond Calc: Writer (to open a .docx) and pdftotext
// (to read the PDF back). Same rule as describeWithSoffice: missing under CI=true is a failing
// test, elsewhere a loud warning and a skipped suite (never counted as passed).
import { execFile } from "child_process";
import { existsSync, realpathSync } from "fs";
import * as path from "path";
import { findSoffice } from "./soffice";

export function findPdftotext(): string | null {
  return ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].find((p) => existsSync(p)) ?? null;
}

/** Whether the soffice found has its Writer module (Debian: libreoffice-writer-nogui). */
export function hasWriter(): boolean {
  const soffice = findSoffice();
  if (soffice === null) return false;
  const program = path.dirname(realpathSync(soffice));
  return existsSync(path.join(program, "libswlo.so")) || existsSync(path.join(program, "libswlo.dylib"));
}

export function describeWithWriter(name: string, fn: () => void): void {
  const missing = [
    ...(hasWriter() ? [] : ["LibreOffice Writer (Debian: libreoffice-writer-nogui)"]),
    ...(findPdftotext() ? [] : ["pdftotext (Debian: poppler-utils)"]),
  ];
  if (missing.length === 0) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it(`needs ${missing.join(" and ")}, missing on this CI machine`, () => {
        throw new Error(`missing: ${missing.join(", ")}`);
      });
    });
    return;
  }
  console.warn(`\n*** SKIPPING "${name}": ${missing.join(" and ")} not installed. ***\n`);
  describe.skip(name, fn);
}

/** The PDF's text as pdftotext reads it (`-layout` keeps a table row on one line). */
export function pdfText(pdf: string, layout: boolean): Promise<string> {
  const args = [...(layout ? ["-layout"] : []), "-enc", "UTF-8", pdf, "-"];
  return new Promise((resolve, reject) => {
    execFile(findPdftotext() ?? "pdftotext", args, { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(String(stdout)),
    );
  });
}
