import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { LibreOffice } from "./libreoffice/soffice";

const N = Number(process.env.N ?? 2000);
const VARIANTS: Record<string, (r: number) => string> = {
  concat: (r) =>
    `IFERROR(LOOKUP(2,1/(((H[Y]&"")="2023")*(H[I]=$A${r})),MID("Ej bedömd"&H[S],1+9*(LEN(H[S])>0),32767)),"")`,
  numeric2: (r) => {
    const m = `1/(((H[Y]=2023)+(H[Y]="2023"))*(H[I]=$A${r}))`;
    return `IFERROR(IF(LEN(LOOKUP(2,${m},H[S]))=0,"Ej bedömd",LOOKUP(2,${m},H[S])&""),"")`;
  },
  numeric1: (r) => `IFERROR(LOOKUP(2,1/(((H[Y]=2023)+(H[Y]="2023"))*(H[I]=$A${r})),H[S])&"","")`,
  match: (r) => `IFERROR(INDEX(H[S],MATCH($A${r},H[I],0))&"","")`,
  countifs: (r) => `COUNTIFS(H[I],$A${r},H[Y],2023)`,
};

it("variants", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "perfexp-"));
  const lo = LibreOffice.create();
  for (const [name, f] of Object.entries(VARIANTS)) {
    if (process.env.ONLY && !process.env.ONLY.split(",").includes(name)) continue;
    const wb = new ExcelJS.Workbook();
    const hs = wb.addWorksheet("Hist");
    const rows: (string | number)[][] = [];
    for (let y = 2022; y <= 2023; y++) for (let i = 0; i < N; i++) rows.push([y, `G${i}`, ["Röd", "Gul", "Grön", ""][i % 4]]);
    hs.addTable({ name: "H", ref: "A1", columns: [{ name: "Y" }, { name: "I" }, { name: "S" }], rows });
    const gs = wb.addWorksheet("Goals");
    for (let i = 0; i < N; i++) {
      gs.getCell(`A${i + 2}`).value = `G${i}`;
      gs.getCell(`B${i + 2}`).value = { formula: f(i + 2), result: "x" } as never;
    }
    const file = path.join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    const t0 = Date.now();
    await lo.convert([file], "ods", { timeoutMs: 1_200_000 });
    console.log(`${name} N=${N}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  lo.dispose();
}, 1_800_000);
