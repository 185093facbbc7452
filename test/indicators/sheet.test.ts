// The indicator sheet: drawn from the plan whenever the structure has indicators, read back into
// goal.indicators by every reader (the CLI's ExcelJS reader here, Office.js through the emulator),
// with the Kolada attribution on the sheet, and every cell an official can get wrong reported at
// that cell instead of failing.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { bundledStructure, type GoalStructure, type Indicator, type Lang } from "../../src/domain";
import { buildWorkbookPlan, INDICATOR_TABLE } from "../../src/plan";
import { tableStructure, validation } from "../../src/plan/goalTable";
import { attributionText, yearRuns } from "../../src/plan/indicatorSheet";
import { parseAttribution, parseIndicatorNumber } from "../../src/plan/indicatorRead";
import { loadWorkbook, readGoalRowsFromXlsx } from "../../src/xlsx/read";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { setup } from "../excel/helpers";
import { goalsIn } from "../history/fixtures";
import { FETCHED, withIndicators } from "./fixtures";

/** What reading gives for an indicator as written: manual is the default, T Kolada's. */
function normalised(ind: Indicator): Indicator {
  const out: Indicator = { ...ind };
  if (!out.source || out.source.kind === "manual") delete out.source;
  else out.source = { kind: "kolada", kpi: out.source.kpi, gender: out.source.gender ?? "T" };
  if (out.unit === "") delete out.unit;
  if (!out.values || out.values.length === 0) delete out.values;
  else out.values = [...out.values].sort((a, b) => a.year - b.year);
  return out;
}

function indicatorsOf(s: GoalStructure): [string, Indicator[]][] {
  return goalsIn(s)
    .filter((g) => (g.indicators ?? []).length > 0)
    .map((g) => [g.id, (g.indicators ?? []).map(normalised)]);
}

async function readBack(bytes: Buffer): Promise<ReturnType<typeof tableStructure> & { bytes: Buffer }> {
  const read = await readGoalRowsFromXlsx(bytes);
  if (!read.ok) throw new Error("goal table not read");
  return { ...tableStructure(read.value), bytes };
}

async function validated(bytes: Buffer): Promise<ReturnType<typeof validation>> {
  const read = await readGoalRowsFromXlsx(bytes);
  if (!read.ok) throw new Error("goal table not read");
  return validation(read.value);
}

async function edited(bytes: Buffer, edit: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = await loadWorkbook(bytes);
  edit((wb.getWorksheet("Indikatorer") ?? wb.getWorksheet("Indicators")) as ExcelJS.Worksheet);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("the indicator sheet in the workbook", () => {
  it("is there only when the structure has indicators", () => {
    const plain = buildWorkbookPlan(bundledStructure(), "sv");
    expect(plain.sheets.map((s) => s.role)).not.toContain("indicators");
    const plan = buildWorkbookPlan(withIndicators(), "en");
    const sheet = plan.sheets.find((s) => s.role === "indicators");
    expect(sheet?.name).toBe("Indicators");
    expect(plan.sheets.map((s) => s.role)).toEqual([
      "goals",
      "summary",
      "history",
      "indicators",
      "structure",
    ]);
  });

  it("lays out one row per indicator, numbers as numbers, one column per year to the follow-up year", () => {
    const s = withIndicators();
    const y = s.year;
    const sheet = buildWorkbookPlan(s, "sv").sheets.find((x) => x.role === "indicators");
    const table = sheet?.tables[0];
    expect(table?.name).toBe(INDICATOR_TABLE);
    const years = [y - 4, y - 3, y - 2, y - 1, y].map(String);
    expect(table?.columns).toEqual([
      "Mål-ID",
      "Indikator-ID",
      "Indikator",
      "Enhet",
      "Riktning",
      "Basår",
      "Basvärde",
      "Målår",
      "Målvärde",
      "Källa",
      "Kolada-KPI",
      "Kön",
      ...years,
      "Värdenas källa",
    ]);
    const id = goalsIn(s)[0].id;
    expect(table?.rows[0]).toEqual([
      id,
      "fornybar",
      "Andel förnybar energi",
      "%",
      "Öka",
      y - 4,
      40,
      2030,
      60,
      "Kolada",
      "N00401",
      "T",
      null,
      41.5,
      44,
      45.25,
      null,
      `Källa: Kolada, hämtad ${FETCHED} (${y - 3}–${y - 2})`,
    ]);
    expect(table?.rows[1].slice(4, 6)).toEqual(["Minska", y - 3]);
    expect(table?.rows[2][9]).toBe("Kolada");
    // The note above the table attributes the values to Kolada and our suggestions to us.
    const texts = sheet?.blocks.flatMap((b) => b.values.flat()) ?? [];
    expect(texts.join(" ")).toMatch(/Källa: Kolada.*vår egen bearbetning, inte Koladas/);
  });

  it("writes the attribution per fetch date, as runs of years, and reads it back in either language", () => {
    expect(yearRuns([2023, 2019, 2020, 2021])).toBe("2019–2021, 2023");
    const values = [
      { year: 2019, value: 1, source: "kolada" as const, fetched: "2026-01-02" },
      { year: 2020, value: 1, source: "kolada" as const, fetched: "2026-01-02" },
      { year: 2022, value: 1, source: "kolada" as const, fetched: "2026-03-04" },
      { year: 2021, value: 1 },
    ];
    const sv = attributionText(values, "sv");
    expect(sv).toBe("Källa: Kolada, hämtad 2026-01-02 (2019–2020); Källa: Kolada, hämtad 2026-03-04 (2022)");
    expect(attributionText([{ year: 2019, value: 1 }], "sv")).toBeNull();
    for (const lang of ["sv", "en"] as Lang[]) {
      const text = attributionText(values, lang) as string;
      expect([...parseAttribution(text).entries()]).toEqual([
        [2019, "2026-01-02"],
        [2020, "2026-01-02"],
        [2022, "2026-03-04"],
      ]);
    }
  });

  it("reads numbers typed as text the way an official writes them", () => {
    expect(parseIndicatorNumber("12,5")).toBe(12.5);
    expect(parseIndicatorNumber(" 1 234,5 ")).toBe(1234.5);
    expect(parseIndicatorNumber("\u22123")).toBe(-3);
    expect(parseIndicatorNumber("45.25")).toBe(45.25);
    expect(parseIndicatorNumber("n/a")).toBeNull();
    expect(parseIndicatorNumber("1,2,3")).toBeNull();
    expect(parseIndicatorNumber("")).toBeNull();
  });
});

describe("reading the sheet back", () => {
  it.each(["sv", "en"] as Lang[])("gives the indicators as written (%s), through ExcelJS", async (lang) => {
    const s = withIndicators();
    const { structure, issues } = await readBack(await writeWorkbookBuffer(buildWorkbookPlan(s, lang)));
    expect(indicatorsOf(structure)).toEqual(indicatorsOf(s));
    expect(structure.municipality).toEqual({ id: "1980", name: "Västerås" });
    expect(issues.filter((i) => i.code.startsWith("indicator"))).toEqual([]);
  });

  it("round-trips any indicators (property)", async () => {
    const base = bundledStructure();
    const y = base.year;
    // Figures as officials and Kolada have them: at most six decimals. A cell holds no negative
    // zero and no subnormal number (Excel keeps 15 significant digits), so none is generated;
    // "+ 0" turns a rounded -0 into 0.
    const value = fc
      .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
      .map((v) => Math.round(v * 1e6) / 1e6 + 0);
    const indicator = fc
      .record({
        id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
        name: fc.string({ minLength: 1, maxLength: 30 }).filter((n) => n.trim() === n && n !== ""),
        unit: fc.option(fc.constantFrom("%", "kr", "ton", "=x"), { nil: undefined }),
        direction: fc.constantFrom("increase" as const, "decrease" as const),
        baselineYear: fc.integer({ min: y - 6, max: y - 1 }),
        baseline: value,
        target: value,
        kolada: fc.option(
          fc.record({ kpi: fc.stringMatching(/^N\d{5}$/), gender: fc.constantFrom("T", "K", "M") }),
        ),
        values: fc.array(
          fc.record({ year: fc.integer({ min: y - 6, max: y }), value, fetched: fc.boolean() }),
          {
            maxLength: 6,
          },
        ),
      })
      .filter((r) => (r.direction === "increase" ? r.target > r.baseline : r.target < r.baseline))
      .map((r): Indicator => {
        const years = new Set<number>();
        const values = r.values
          .filter((v) => (years.has(v.year) ? false : (years.add(v.year), true)))
          .map((v) =>
            r.kolada && v.fetched
              ? { year: v.year, value: v.value, source: "kolada" as const, fetched: FETCHED }
              : { year: v.year, value: v.value },
          );
        return {
          id: r.id,
          name: r.name,
          ...(r.unit === undefined ? {} : { unit: r.unit }),
          direction: r.direction,
          baseline: { year: r.baselineYear, value: r.baseline },
          target: { year: 2035, value: r.target },
          values,
          ...(r.kolada
            ? { source: { kind: "kolada" as const, kpi: r.kolada.kpi, gender: r.kolada.gender as "T" } }
            : {}),
        };
      });
    const perGoal = fc.uniqueArray(indicator, { maxLength: 3, selector: (i) => i.id.toLowerCase() });
    await fc.assert(
      fc.asyncProperty(
        fc.array(perGoal, { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Lang>("sv", "en"),
        async (lists, lang) => {
          const s = bundledStructure();
          goalsIn(s).forEach((g, i) => {
            if (i < lists.length) g.indicators = lists[i];
          });
          const { structure, issues } = await readBack(await writeWorkbookBuffer(buildWorkbookPlan(s, lang)));
          expect(issues.filter((i) => i.code.startsWith("indicator"))).toEqual([]);
          expect(indicatorsOf(structure)).toEqual(indicatorsOf(s));
        },
      ),
      { numRuns: 15 },
    );
  });

  it("reports bad cells at their cells, in both languages, and reads the rest", async () => {
    const s = withIndicators();
    const y = s.year;
    const bytes = await edited(await writeWorkbookBuffer(buildWorkbookPlan(s, "sv")), (ws) => {
      ws.getCell("N6").value = "ej känt"; // text in a year column (y - 3)
      ws.getCell("P6").value = "46,5"; // a decimal comma typed as text: read
      ws.getCell("B8").value = "utslapp"; // the id of the row above, for the same goal
    });
    const { issues } = await validated(bytes);
    const found = issues
      .filter((i) => i.code.startsWith("indicator"))
      .map((i) => [i.code, i.address, i.severity]);
    expect(found).toEqual([
      ["indicator-bad-value", "Indikatorer!N6", "error"],
      ["indicator-duplicate", "Indikatorer!B8", "error"],
    ]);
    const dup = issues.find((i) => i.code === "indicator-duplicate");
    expect(dup?.message.sv).toMatch(/utslapp finns redan .*Indikatorer!B7/);
    expect(dup?.message.en).toMatch(/utslapp is already given .*Indikatorer!B7/);
    const { structure } = await readBack(bytes);
    const first = goalsIn(structure)[0].indicators?.[0];
    expect(first?.values?.map((v) => [v.year, v.value])).toEqual([
      [y - 2, 44],
      [y - 1, 46.5],
    ]);
    // The goal's second row (the duplicate) is left out; the first "utslapp" stays.
    expect(goalsIn(structure)[1].indicators?.map((i) => i.id)).toEqual(["utslapp"]);
  });

  it("reports an unknown goal ID and an unreadable definition without reading the row", async () => {
    const s = withIndicators();
    const bytes = await edited(await writeWorkbookBuffer(buildWorkbookPlan(s, "en")), (ws) => {
      ws.getCell("A7").value = "NO-SUCH-GOAL";
      ws.getCell("F8").value = "last year";
      ws.getCell("E6").value = "sideways";
    });
    const { issues } = await validated(bytes);
    const found = issues.filter((i) => i.code.startsWith("indicator")).map((i) => [i.code, i.address]);
    expect(found).toEqual([
      ["indicator-bad-row", "Indicators!E6"],
      ["indicator-unknown-goal", "Indicators!A7"],
      ["indicator-bad-row", "Indicators!F8"],
    ]);
    const direction = issues.find((i) => i.address === "Indicators!E6");
    expect(direction?.message.en).toContain("Increase or Decrease");
    expect(direction?.message.sv).toContain("Öka eller Minska");
    const { structure } = await readBack(bytes);
    expect(indicatorsOf(structure)).toEqual([]);
  });
});

describe("the indicator sheet in Excel (Office.js, emulated)", () => {
  it("is drawn by a load and read back by validate and summary, bad cells at their cells", async () => {
    const s = setup();
    try {
      await s.service.applyLoad(withIndicators(), "sv");
      let result = await s.service.validate();
      expect(result.issues.filter((i) => i.code.startsWith("indicator"))).toEqual([]);
      s.emu.workbook.typeValues("Indikatorer", "O7", [["saknas"]]);
      result = await s.service.validate();
      expect(result.issues.filter((i) => i.code.startsWith("indicator")).map((i) => i.address)).toEqual([
        "Indikatorer!O7",
      ]);
      const summary = await s.service.refreshSummary("sv");
      expect(summary.issues.map((i) => i.address)).toContain("Indikatorer!O7");
    } finally {
      s.restore();
    }
  });

  it("is among the sheets a load creates only when the structure has indicators", async () => {
    const s = setup();
    try {
      expect((await s.service.previewLoad(bundledStructure(), "sv")).sheetsToCreate).not.toContain(
        "Indikatorer",
      );
      expect((await s.service.previewLoad(withIndicators(), "sv")).sheetsToCreate).toContain("Indikatorer");
      await s.service.applyLoad(bundledStructure(), "sv");
      // A workbook made without indicators gets the sheet when a structure with them is merged in.
      expect((await s.service.previewLoad(withIndicators(), "sv")).sheetsToCreate).toEqual(["Indikatorer"]);
      await s.service.applyLoad(withIndicators(), "sv");
      expect(s.emu.workbook.table(INDICATOR_TABLE)?.rows).toHaveLength(3);
      expect((await s.service.previewLoad(withIndicators(), "sv")).sheetsToCreate).toEqual([]);
    } finally {
      s.restore();
    }
  });

  it("a second load keeps the values officials typed", async () => {
    const s = setup();
    try {
      await s.service.applyLoad(withIndicators(), "sv");
      s.emu.workbook.typeValues("Indikatorer", "Q6", [[47]]);
      await s.service.applyLoad(withIndicators(), "sv");
      const table = s.emu.workbook.table(INDICATOR_TABLE);
      expect(table?.rows[0][16]).toBe(47);
      const read = await s.service.validate();
      expect(read.issues.filter((i) => i.code.startsWith("indicator"))).toEqual([]);
    } finally {
      s.restore();
    }
  });
});
