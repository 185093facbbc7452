// The CLI's .xlsx holds the summary's charts as DrawingML parts ExcelJS cannot write: read back
// with a real XML parser, every chart is a 100 % stacked bar chart whose series refer to the
// summary sheet's count cells, in the plan's fills, with data labels, and its drawing carries the
// name, title and alternative text; content types and relationships tie the parts together.
import JSZip from "jszip";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { bundledStructure } from "../../src/domain";
import { buildWorkbookPlan, type ChartPlan, type SheetPlan } from "../../src/plan";
import { columnLetter } from "../../src/plan/a1";
import { absoluteRef } from "../../src/xlsx/charts";
import { escapeXml } from "../../src/xlsxlite/chartParts";
import { writeWorkbookBuffer } from "../../src/xlsx/write";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, "text/xml");
const all = (d: Document | Element, ns: string, name: string): Element[] =>
  Array.from(d.getElementsByTagNameNS(ns, name));
const one = (d: Document | Element, ns: string, name: string): Element => {
  const found = all(d, ns, name)[0];
  if (!found) throw new Error(`no ${name}`);
  return found;
};
const val = (d: Document | Element, ns: string, name: string): string | null =>
  one(d, ns, name).getAttribute("val");

describe.each(["sv", "en"] as const)("the CLI's chart parts (%s)", (lang) => {
  const plan = buildWorkbookPlan(bundledStructure(), lang);
  const summary = plan.sheets.find((s) => s.role === "summary") as SheetPlan;
  const planned = summary.charts ?? [];
  let zip: JSZip;
  const text = async (p: string): Promise<string> => {
    const f = zip.file(p);
    if (!f) throw new Error(`no part ${p}`);
    return f.async("string");
  };

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await writeWorkbookBuffer(plan));
  });

  it("relates one drawing to the summary sheet, and the drawing to one chart part per planned chart", async () => {
    const sheetIndex = plan.sheets.indexOf(summary) + 1;
    const sheetXml = parse(await text(`xl/worksheets/sheet${sheetIndex}.xml`));
    const drawings = Array.from(sheetXml.getElementsByTagName("drawing"));
    expect(drawings).toHaveLength(1);
    const rels = parse(await text(`xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`));
    const rel = Array.from(rels.getElementsByTagName("Relationship")).find(
      (r) =>
        r.getAttribute("Id") ===
        drawings[0].getAttributeNS(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "id",
        ),
    );
    expect(rel?.getAttribute("Target")).toBe("../drawings/drawing1.xml");
    // No other sheet has a drawing.
    for (let i = 1; i <= plan.sheets.length; i++)
      if (i !== sheetIndex) expect(await text(`xl/worksheets/sheet${i}.xml`)).not.toContain("<drawing");
    const drawingRels = parse(await text("xl/drawings/_rels/drawing1.xml.rels"));
    expect(drawingRels.getElementsByTagName("Relationship")).toHaveLength(planned.length);
    const types = await text("[Content_Types].xml");
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    for (let i = 1; i <= planned.length; i++) expect(types).toContain(`PartName="/xl/charts/chart${i}.xml"`);
  });

  it("anchors each chart with its name, title and alternative text", async () => {
    const d = parse(await text("xl/drawings/drawing1.xml"));
    const anchors = all(d, XDR, "twoCellAnchor");
    expect(anchors).toHaveLength(planned.length);
    anchors.forEach((anchor, i) => {
      const p: ChartPlan = planned[i];
      const nv = one(anchor, XDR, "cNvPr");
      expect(nv.getAttribute("name")).toBe(p.name);
      expect(nv.getAttribute("title")).toBe(p.altTitle);
      expect(nv.getAttribute("descr")).toBe(p.altDescription);
      const from = one(anchor, XDR, "from");
      const col = Number(one(from, XDR, "col").textContent);
      const row = Number(one(from, XDR, "row").textContent);
      const [topLeft] = p.anchor.split(":");
      expect(`${columnLetter(col + 1)}${row + 1}`).toBe(topLeft);
    });
  });

  it("draws 100 % stacked bars over the summary's cells, in the plan's fills, with the counts as labels", async () => {
    for (let i = 0; i < planned.length; i++) {
      const p = planned[i];
      const d = parse(await text(`xl/charts/chart${i + 1}.xml`));
      expect(val(d, C, "barDir")).toBe("bar");
      expect(val(d, C, "grouping")).toBe("percentStacked");
      expect(val(d, C, "overlap")).toBe("100");
      expect(
        all(one(d, C, "title"), A, "t")
          .map((t) => t.textContent)
          .join(""),
      ).toBe(p.title);
      const series = all(d, C, "ser");
      expect(series).toHaveLength(p.series.length);
      series.forEach((ser, j) => {
        const s = p.series[j];
        const f = (part: string): string | null => one(one(ser, C, part), C, "f").textContent;
        expect(f("tx")).toBe(absoluteRef(summary.name, s.nameCell));
        expect(f("cat")).toBe(absoluteRef(summary.name, p.categories));
        expect(f("val")).toBe(absoluteRef(summary.name, s.values));
        expect(one(one(ser, C, "val"), C, "numRef")).toBeTruthy();
        const fill = one(one(one(ser, C, "spPr"), A, "solidFill"), A, "srgbClr").getAttribute("val");
        expect(`#${fill}`).toBe(s.fill);
        expect(val(one(ser, C, "dLbls"), C, "showVal")).toBe("1");
        const cached = all(one(ser, C, "numCache"), C, "v").map((v) => Number(v.textContent));
        expect(cached).toEqual(s.cached);
      });
    }
  });
});

test("chart text leaves out the characters XML cannot hold, so a name with one keeps the part readable", () => {
  const text = escapeXml("Mål\u0001område <A & B>\u000b\ttab\nrad");
  expect(text).toBe("Målområde &lt;A &amp; B&gt;\ttab\nrad");
  expect(parse(`<t>${text}</t>`).documentElement?.textContent).toBe("Målområde <A & B>\ttab\nrad");
});
