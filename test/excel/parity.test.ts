// One plan, two renderers: the workbook the Office.js adapter draws (in the emulator, saved with
// its ExcelJS saver) and the one src/xlsx writes must agree cell by cell — values, formulas,
// number formats, merges, tables, list validations and conditional-format rules. A difference
// is a bug in one of the renderers (docs/ARCHITECTURE.md).
import ExcelJS from "exceljs";
import { bundledStructure, hasIndicators, type GoalStructure } from "../../src/domain";
import { buildWorkbookPlan, type WorkbookPlan } from "../../src/plan";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { saveXlsx } from "../emulator/save";
import { withHistory } from "../history/fixtures";
import { withIndicators } from "../indicators/fixtures";
import { suggestionStructure } from "../indicators/suggestionFixture";
import { goalsOf, scaledStructure, setup } from "./helpers";

interface CellView {
  value: unknown;
  formula: string | null;
  numFmt: string | null;
}

interface SheetView {
  cells: Record<string, CellView>;
  merges: string[];
  tables: { name: string; ref: string; columns: string[] }[];
  validations: Record<string, unknown>;
  rules: { ref: string; rules: unknown[] }[];
}

function valueOf(v: ExcelJS.CellValue): { value: unknown; formula: string | null } {
  if (v !== null && typeof v === "object" && "formula" in v)
    return { value: null, formula: String((v as ExcelJS.CellFormulaValue).formula).replace(/^=/, "") };
  if (v !== null && typeof v === "object" && "richText" in v)
    return { value: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join(""), formula: null };
  return { value: v ?? null, formula: null };
}

/** What a reader of the file sees on one sheet, in a form two files can be compared in. */
function view(ws: ExcelJS.Worksheet): SheetView {
  const cells: Record<string, CellView> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const { value, formula } = valueOf(cell.value);
      if (value === null && formula === null) return;
      cells[cell.address] = { value, formula, numFmt: cell.numFmt ?? null };
    });
  });
  const model = ws.model as unknown as { merges?: string[] };
  const tables = Object.values(
    (ws as unknown as { tables: Record<string, { table: ExcelJS.TableProperties }> }).tables ?? {},
  )
    .map((t) => ({
      name: t.table.name,
      ref: (t.table as unknown as { tableRef?: string; ref: string }).tableRef ?? t.table.ref,
      columns: t.table.columns.map((c) => c.name),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const dvModel = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  const validations: Record<string, unknown> = {};
  for (const [address, dv] of Object.entries(dvModel)) {
    validations[address] = {
      type: dv.type,
      allowBlank: Boolean(dv.allowBlank),
      formulae: dv.formulae,
      showInputMessage: Boolean(dv.showInputMessage),
      promptTitle: dv.promptTitle,
      prompt: dv.prompt,
      showErrorMessage: Boolean(dv.showErrorMessage),
      errorStyle: dv.errorStyle ?? "stop",
      errorTitle: dv.errorTitle,
      error: dv.error,
    };
  }
  const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const rules = cf
    .flatMap((c) =>
      c.rules.map((r) => {
        const rule = r as ExcelJS.ExpressionRuleType;
        const fill = rule.style?.fill as ExcelJS.FillPattern | undefined;
        return {
          ref: c.ref,
          rules: [
            {
              type: rule.type,
              formulae: (rule.formulae ?? []).map((f) => String(f).replace(/^=/, "")),
              bold: Boolean(rule.style?.font?.bold),
              italic: Boolean(rule.style?.font?.italic),
              fontColor: rule.style?.font?.color?.argb ?? null,
              fill: fill?.bgColor?.argb ?? fill?.fgColor?.argb ?? null,
            },
          ],
        };
      }),
    )
    .sort(
      (a, b) => a.ref.localeCompare(b.ref) || JSON.stringify(a.rules).localeCompare(JSON.stringify(b.rules)),
    );
  return { cells, merges: [...(model.merges ?? [])].sort(), tables, validations, rules };
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

async function renderings(
  structure: GoalStructure,
): Promise<{ plan: WorkbookPlan; office: ExcelJS.Workbook; file: ExcelJS.Workbook }> {
  const plan = buildWorkbookPlan(structure, "sv");
  const s = setup();
  try {
    await s.service.applyLoad(structure, "sv");
    const office = await load(await saveXlsx(s.emu));
    const file = await load(await writeWorkbookBuffer(plan));
    return { plan, office, file };
  } finally {
    s.restore();
  }
}

describe.each([
  ["the bundled example", () => bundledStructure()],
  [
    "texts that look like formulas",
    () => {
      const s = bundledStructure();
      const texts = ['=HYPERLINK("http://example.com","x")', "+1", "-x", "@x", "2030"];
      goalsOf(s).forEach(({ goal }, i) => {
        if (i < texts.length) goal.text = texts[i];
      });
      return s;
    },
  ],
  ["goals with a history (awkward comments, empty cells)", () => withHistory()],
  ["goals with indicators (Kolada values, decimals, a formula-like name)", () => withIndicators()],
  ["1,000 goals", () => scaledStructure(1_000)],
  ["goals with indicators (the suggestion columns)", () => suggestionStructure()],
])("Office.js and ExcelJS renderings of %s", (_name, make) => {
  let plan: WorkbookPlan;
  let office: ExcelJS.Workbook;
  let file: ExcelJS.Workbook;
  let structure: GoalStructure;
  beforeAll(async () => {
    structure = make();
    ({ plan, office, file } = await renderings(structure));
  });

  test("hold the plan's sheets, with something to compare on each", () => {
    for (const sheet of plan.sheets) {
      expect(office.getWorksheet(sheet.name)).toBeDefined();
      expect(file.getWorksheet(sheet.name)).toBeDefined();
    }
    // The comparison below is only as good as what it sees: the goal sheet's table, its three
    // validated columns (status, trend, done) and eight rules (statuses, trends, repeated names;
    // six more, the statuses and trends again, on the suggestion columns of a structure with
    // indicators), and formulas on the summary.
    const goals = plan.sheets.find((x) => x.role === "goals");
    const g = view(office.getWorksheet(goals?.name) as ExcelJS.Worksheet);
    const rows = (goals?.tables[0].rows.length ?? 0) as number;
    expect(Object.keys(g.cells).length).toBeGreaterThan(rows * 4);
    expect(Object.keys(g.validations)).toHaveLength(3 * rows);
    expect(g.rules).toHaveLength(hasIndicators(structure) ? 14 : 8);
    expect(g.tables).toHaveLength(1);
    const summary = plan.sheets.find((x) => x.role === "summary");
    const sv = view(office.getWorksheet(summary?.name) as ExcelJS.Worksheet);
    expect(Object.values(sv.cells).filter((c) => c.formula !== null).length).toBeGreaterThan(30);
    expect(sv.merges.length).toBeGreaterThan(0);
    // The history sheet, with its rows when the structure has any.
    const history = plan.sheets.find((x) => x.role === "history");
    const hv = view(office.getWorksheet(history?.name) as ExcelJS.Worksheet);
    expect(hv.tables.map((t) => t.name)).toEqual(["Maluppfoljning_Historik"]);
    const entries = plan.sheets
      .find((x) => x.role === "history")
      ?.tables[0].rows.flat()
      .filter((v) => v !== null).length;
    expect(Object.keys(hv.cells).length).toBe(2 + 5 + (entries ?? 0));
    // The indicator sheet, only when the structure has indicators: every value of its table drawn.
    const indicators = plan.sheets.find((x) => x.role === "indicators");
    if (indicators) {
      const iv = view(office.getWorksheet(indicators.name) as ExcelJS.Worksheet);
      expect(iv.tables.map((t) => t.name)).toEqual(["Maluppfoljning_Indikatorer"]);
      const table = indicators.tables[0];
      const filled = table.rows.flat().filter((v) => v !== null).length;
      expect(Object.keys(iv.cells).length).toBe(3 + table.columns.length + filled);
    }
  });

  test.each(["cells", "merges", "tables", "validations", "rules"] as const)(
    "agree on %s, sheet by sheet",
    (part) => {
      for (const sheet of plan.sheets) {
        const a = view(office.getWorksheet(sheet.name) as ExcelJS.Worksheet)[part];
        const b = view(file.getWorksheet(sheet.name) as ExcelJS.Worksheet)[part];
        expect({ sheet: sheet.name, [part]: a }).toEqual({ sheet: sheet.name, [part]: b });
      }
    },
  );
});
