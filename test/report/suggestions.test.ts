// The indicators' suggestions in the report to the executive board: per programme with any, a
// table of each goal's assessment beside the suggestion, whether they differ (in words), and the
// figures behind it, as `summary --format json` has them. The structure is the hand-checked one of
// test/indicators/suggestionFixture.ts: EKO-1's emissions 100 → 80 toward 50 (progress 40 %
// against 50 % expected) suggest yellow and, falling toward the target, up; EKO-2's two
// indicators (progress 25 % and −20 %) give the lower middle, red, and flat.
import { reportDocx, reportInputOf, reportModel } from "../../src/report";
import { bundledStructure } from "../../src/domain";
import { suggestionStructure } from "../indicators/suggestionFixture";
import { readDocx } from "./docx";

it("lists the goals with a suggestion beside their assessment, with the figures, in Swedish", async () => {
  const model = reportModel(reportInputOf(suggestionStructure()), "sv");
  const i = model.blocks.findIndex((b) => b.kind === "heading" && b.text === "Förslag från indikatorerna");
  expect(i).toBeGreaterThan(0);
  const block = model.blocks.find((b) => b.kind === "table" && b.caption.includes("indikatorernas förslag"));
  if (block?.kind !== "table") throw new Error("no suggestion table");
  expect(block.caption).toBe(
    "Tabell 3. Ekologisk hållbarhet: bedömning och indikatorernas förslag per mål (2025)",
  );
  expect(block.table.header).toEqual(["Mål-ID", "Bedömning", "Förslag", "Skiljer sig", "Nyckeltal"]);
  expect(block.table.rows.map((r) => r.cells.slice(0, 4))).toEqual([
    ["EKO-1", "Gul, Uppåt", "Gul, Uppåt", "Nej"],
    ["EKO-2", "Grön, Oförändrad", "Röd, Oförändrad", "Ja"],
  ]);
  expect(block.table.rows[0].cells[4]).toBe("Utsläpp: 80 kt år 2025, målet 50 kt år 2030, framsteg 40 %");
  expect(block.table.rows[1].cells[4]).toContain(
    "Andel förnybar energi: 45 % år 2025, målet 60 % år 2030, framsteg 25 %",
  );
  // The Word document holds the same table.
  const doc = await readDocx(await reportDocx(model));
  expect(
    doc.tables.some((tb) => tb.rows.some((r) => r.cells.join("|") === block.table.rows[1].cells.join("|"))),
  ).toBe(true);
});

it("says the same in English, and a structure without indicators gets no such table", () => {
  const en = reportModel(reportInputOf(suggestionStructure()), "en");
  const block = en.blocks.find((b) => b.kind === "table" && b.caption.includes("suggestion"));
  if (block?.kind !== "table") throw new Error("no suggestion table");
  expect(block.table.rows[1].cells.slice(0, 4)).toEqual(["EKO-2", "Green, Flat", "Red, Flat", "Yes"]);
  const plain = reportModel(reportInputOf(bundledStructure()), "sv");
  expect(plain.blocks.some((b) => b.kind === "heading" && b.text === "Förslag från indikatorerna")).toBe(
    false,
  );
});
