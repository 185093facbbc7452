// Returned workbooks for the pane's collect tests, made as `split` makes them (one workbook per
// responsible body with its record of what it was sent with), edited with ExcelJS as an official
// would, and read with the pane's own reader (src/taskpane/collectReturns.ts) on jsdom's DOM.
import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import type { GoalStructure, Lang } from "../../src/domain";
import { splitByResponsible } from "../../src/domain/split";
import { buildWorkbookPlan } from "../../src/plan";
import type { ReturnedWorkbook } from "../../src/plan/collect";
import { sentGoals, sentIndicators } from "../../src/plan/sent";
import { readReturn } from "../../src/taskpane/collectReturns";
import type { XmlParser } from "../../src/xlsxlite/xml";
import { addSentSheet } from "../../src/xlsx/sent";
import { renderWorkbook } from "../../src/xlsx/write";
import { exampleStructure } from "../history/example";
import { goalCells } from "../history/workbooks";

const { DOMParser: JsdomParser } = new JSDOM("").window;
export const parse: XmlParser = (text) => new JsdomParser().parseFromString(text, "application/xml");

export const BODIES = ["Kommunstyrelsen", "Tekniska nämnden"];

/** The example (11 goals), each with a comment, the bodies taking turns. */
export function collectStructure(): GoalStructure {
  const s = exampleStructure();
  let i = 0;
  for (const p of s.programs)
    for (const a of p.areas)
      for (const g of a.goals) {
        g.responsible = BODIES[i % BODIES.length];
        g.comment = `Kommentar ${g.id}`;
        i++;
      }
  return s;
}

/**
 * The file `split` writes for each body of `structure`, by body; `older`: with the record an older
 * split wrote (no indicator values).
 */
export async function splitFiles(
  structure: GoalStructure,
  lang: Lang = "sv",
  older = false,
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const part of splitByResponsible(structure)) {
    const plan = buildWorkbookPlan(part.structure, lang);
    const wb = renderWorkbook(plan);
    addSentSheet(wb, {
      split: "test-split",
      organisation: structure.organisation,
      year: structure.year,
      main: "main.xlsx",
      responsible: part.responsible,
      goals: sentGoals(plan),
      ...(older ? {} : { indicators: sentIndicators(plan) }),
    });
    out.set(part.responsible, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  }
  return out;
}

/** `bytes` with cells set by (goal ID, header): an official's edits, saved again. */
export async function edited(bytes: Buffer, cells: [string, string, string | null][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const g = goalCells(wb);
  for (const [id, header, value] of cells) g.cell(id, header).value = value;
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A File-like for the pane's reader. */
export function fileOf(
  name: string,
  bytes: Buffer,
): { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> } {
  const copy = new Uint8Array(bytes);
  return { name, size: copy.byteLength, arrayBuffer: async () => copy.buffer };
}

/** The file as the pane reads it. */
export function returned(name: string, bytes: Buffer, lang: Lang = "sv"): Promise<ReturnedWorkbook> {
  return readReturn(fileOf(name, bytes), lang, { parse });
}

/**
 * Both bodies' returns of collectStructure(), edited: Kommunstyrelsen (L1, L3, V1, V3, S1, K1)
 * sets L1's status and V1's comment to a formula-like text, Tekniska nämnden (L2, L4, V2, V4, S2)
 * L2's trend and V4's comment.
 */
export async function sampleReturns(): Promise<ReturnedWorkbook[]> {
  const split = await splitFiles(collectStructure());
  const ks = await edited(split.get("Kommunstyrelsen") as Buffer, [
    ["L1", "Status", "Röd"],
    ["V1", "Kommentar och analys", "=SUM(A1)"],
  ]);
  const tn = await edited(split.get("Tekniska nämnden") as Buffer, [
    ["L2", "Trend", "Uppåt"],
    ["V4", "Kommentar och analys", "Nämndens text"],
  ]);
  return [await returned("Kommunstyrelsen.xlsx", ks), await returned("Tekniska nämnden.xlsx", tn)];
}
