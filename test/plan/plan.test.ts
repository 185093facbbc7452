import {
  LANGS,
  STATUSES,
  TRENDS,
  bundledStructure,
  programReportText,
  share,
  statusLabel,
  statusLabels,
  structureToRows,
  summarize,
  trendLabel,
  trendLabels,
  type Counts,
  type GoalStructure,
  type Lang,
} from "../../src/domain";
import {
  GOAL_TABLE,
  HEADER_SWATCH,
  STATUS_SWATCH,
  SHEET_BACKGROUND,
  TREND_SWATCH,
  buildWorkbook,
  buildWorkbookPlan,
  columnIndex,
  columnLetter,
  contrastRatio,
  countifs,
  equalsCriterion,
  isFormula,
  parseRange,
  relativeLuminance,
  type CellFormat,
  type PlanValue,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/plan";
import { ownedNamePrefix } from "../../src/plan/ownership";
import { t as translate } from "../../src/i18n";
import { withIndicators } from "../indicators/fixtures";

/** The number format a cell ends up with: column format, then range formats in order. */
function effectiveFormat(sheet: SheetPlan, row: number, col: number): CellFormat {
  const out: CellFormat = {};
  const c = sheet.columns.find((x) => columnIndex(x.column) === col);
  if (c?.format) Object.assign(out, c.format);
  for (const f of sheet.formats) {
    const r = parseRange(f.range);
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) Object.assign(out, f.format);
  }
  return out;
}

/** Every value of a sheet with its position (blocks and table headers/bodies). */
function* cellsOf(sheet: SheetPlan): Generator<{ row: number; col: number; value: PlanValue }> {
  for (const b of sheet.blocks) {
    const r = parseRange(b.range);
    for (let i = 0; i < b.values.length; i++) {
      for (let j = 0; j < b.values[i].length; j++)
        yield { row: r.top + i, col: r.left + j, value: b.values[i][j] };
    }
  }
  for (const tb of sheet.tables) {
    const r = parseRange(tb.range);
    for (let j = 0; j < tb.columns.length; j++) yield { row: r.top, col: r.left + j, value: tb.columns[j] };
    for (let i = 0; i < tb.rows.length; i++) {
      for (let j = 0; j < tb.rows[i].length; j++)
        yield { row: r.top + 1 + i, col: r.left + j, value: tb.rows[i][j] };
    }
  }
}

function cellValue(sheet: SheetPlan, address: string): PlanValue | undefined {
  const { top, left } = parseRange(address);
  for (const c of cellsOf(sheet)) if (c.row === top && c.col === left) return c.value;
  return undefined;
}

const plans: Record<Lang, WorkbookPlan> = {
  sv: buildWorkbookPlan(bundledStructure(), "sv"),
  en: buildWorkbookPlan(bundledStructure(), "en"),
};

function sheetOf(plan: WorkbookPlan, role: SheetPlan["role"]): SheetPlan {
  const s = plan.sheets.find((x) => x.role === role);
  if (!s) throw new Error(`no ${role} sheet`);
  return s;
}

describe("WCAG contrast", () => {
  it("computes relative luminance and contrast as WCAG defines them", () => {
    expect(relativeLuminance("#FFFFFF")).toBeCloseTo(1, 6);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 6);
    // A published reference pair: #767676 on white is 4.54:1.
    expect(contrastRatio("#767676", "#FFFFFF")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#FFFFFF")).toBeLessThan(4.5);
  });

  it.each(LANGS)(
    "every conditional format and header of the %s workbook has text at 4.5:1 or more",
    (lang) => {
      for (const sheet of plans[lang].sheets) {
        for (const cf of sheet.conditionalFormats) {
          expect(contrastRatio(cf.format.fontColor, cf.format.fill)).toBeGreaterThanOrEqual(4.5);
        }
        for (const f of sheet.formats) {
          if (f.format.fill || f.format.fontColor) {
            const ratio = contrastRatio(f.format.fontColor ?? "#000000", f.format.fill ?? SHEET_BACKGROUND);
            expect({ range: f.range, ratio }).toEqual({ range: f.range, ratio: expect.any(Number) });
            expect(ratio).toBeGreaterThanOrEqual(4.5);
          }
        }
      }
      expect(contrastRatio(HEADER_SWATCH.fontColor, HEADER_SWATCH.fill)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("gives the three statuses and the three trends formats that differ from each other", () => {
    const statusFills = new Set(STATUSES.map((s) => STATUS_SWATCH[s].fill));
    expect(statusFills.size).toBe(3);
    const trendLooks = new Set(TRENDS.map((t) => JSON.stringify(TREND_SWATCH[t])));
    expect(trendLooks.size).toBe(3);
    // Status fills are recognisably red, yellow and green: the dominant channel is right.
    const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
    const [rr, rg] = rgb(STATUS_SWATCH.red.fill);
    expect(rr).toBeGreaterThan(rg + 60);
    const [yr, yg, yb] = rgb(STATUS_SWATCH.yellow.fill);
    expect(Math.min(yr, yg)).toBeGreaterThan(yb + 60);
    const [gr, gg] = rgb(STATUS_SWATCH.green.fill);
    expect(gg).toBeGreaterThan(gr + 30);
  });
});

describe.each(LANGS)("the %s workbook plan", (lang) => {
  const plan = plans[lang];
  const goals = sheetOf(plan, "goals");
  const summarySheet = sheetOf(plan, "summary");
  const structure = bundledStructure();

  it("writes every string as text and every number or formula as a number", () => {
    for (const sheet of plan.sheets) {
      for (const { row, col, value } of cellsOf(sheet)) {
        if (value === null) continue;
        const nf = effectiveFormat(sheet, row, col).numberFormat;
        const where = `${sheet.name}!${columnLetter(col)}${row}`;
        if (typeof value === "string") expect({ where, nf }).toEqual({ where, nf: "@" });
        // A formula that evaluates to text (the report sentences) needs a non-text format too.
        else if (isFormula(value) && typeof value.result === "string")
          expect({ where, nf }).toEqual({ where, nf: "General" });
        // Shares of the goals: a count over the row's goals, in percent.
        else if (isFormula(value) && /^IF\([A-Z]+\d+=0,0,[A-Z]+\d+\/[A-Z]+\d+\)$/.test(value.formula))
          expect({ where, nf }).toEqual({ where, nf: "0%" });
        else expect({ where, nf }).toEqual({ where, nf: "0" });
      }
    }
  });

  it("formats every goal column as text, also below the table", () => {
    expect(goals.columns).toHaveLength(11);
    for (const c of goals.columns) expect(c.format?.numberFormat).toBe("@");
  });

  it("has one goal table with unique headers, one row per goal, frozen down to its header", () => {
    expect(goals.tables).toHaveLength(1);
    const table = goals.tables[0];
    expect(table.name).toBe(GOAL_TABLE);
    expect(new Set(table.columns.map((c) => c.toLowerCase())).size).toBe(table.columns.length);
    const rows = structureToRows(structure, lang);
    expect(table.rows).toHaveLength(rows.length);
    const r = parseRange(table.range);
    expect(r.bottom - r.top).toBe(rows.length);
    expect(goals.freezeRows).toBe(r.top);
    expect(plan.goalTable.headerRow).toBe(r.top);
    // Status and trend hold the localized labels.
    const statusIdx = plan.goalTable.columns.findIndex((c) => c.key === "status");
    const first = structure.programs[0].areas[0].goals[0];
    expect(table.rows[0][statusIdx]).toBe(first.status ? statusLabel(first.status, lang) : null);
  });

  it("shows the note that goal texts are example data above the table", () => {
    const texts = [...cellsOf(goals)].map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(structure.note).toBeTruthy();
    expect(texts).toContain(structure.note);
    // And the example goals themselves say so in their text.
    const textIdx = plan.goalTable.columns.findIndex((c) => c.key === "text");
    const exampleRows = goals.tables[0].rows.filter((r) => String(r[textIdx]).startsWith("Exempelmål"));
    expect(exampleRows.length).toBe(66);
  });

  it("has list validations on exactly the status, trend and done body ranges, within Excel's limits", () => {
    const table = parseRange(goals.tables[0].range);
    const colOf = (key: string) => columnIndex(plan.goalTable.columns.find((c) => c.key === key)!.column);
    expect(goals.validations.map((v) => [v.column, v.range])).toEqual([
      [
        "status",
        `${columnLetter(colOf("status"))}${table.top + 1}:${columnLetter(colOf("status"))}${table.bottom}`,
      ],
      [
        "trend",
        `${columnLetter(colOf("trend"))}${table.top + 1}:${columnLetter(colOf("trend"))}${table.bottom}`,
      ],
      [
        "done",
        `${columnLetter(colOf("done"))}${table.top + 1}:${columnLetter(colOf("done"))}${table.bottom}`,
      ],
    ]);
    const [status, trend, done] = goals.validations;
    expect(status.labels).toEqual(statusLabels(lang));
    expect(trend.labels).toEqual(trendLabels(lang));
    expect(done.labels).toEqual([lang === "sv" ? "Ja" : "Yes"]);
    for (const v of goals.validations) {
      expect(v.allowBlank).toBe(true);
      expect(v.inputMessage.title.length).toBeLessThanOrEqual(32);
      expect(v.errorMessage.title.length).toBeLessThanOrEqual(32);
      expect(v.inputMessage.text.length).toBeLessThanOrEqual(255);
      expect(v.errorMessage.text.length).toBeLessThanOrEqual(225);
      expect(v.labels.join(",").length).toBeLessThanOrEqual(255);
      for (const l of v.labels) {
        expect(l).not.toContain(",");
        expect(v.inputMessage.text).toContain(l);
        expect(v.errorMessage.text).toContain(l);
      }
    }
  });

  it("colours statuses and trends with one expression rule per label over the validated ranges", () => {
    const byColumn = (col: "status" | "trend") =>
      goals.conditionalFormats.filter((c) => c.marks.column === col);
    const statusRange = goals.validations[0].range;
    const trendRange = goals.validations[1].range;
    expect(byColumn("status").map((c) => c.marks.value)).toEqual([...STATUSES]);
    expect(byColumn("trend").map((c) => c.marks.value)).toEqual([...TRENDS]);
    for (const cf of goals.conditionalFormats) {
      if (cf.marks.column !== "status" && cf.marks.column !== "trend") continue;
      expect(cf.kind).toBe("expression");
      const range = cf.marks.column === "status" ? statusRange : trendRange;
      expect(cf.range).toBe(range);
      const label =
        cf.marks.column === "status" ? statusLabel(cf.marks.value, lang) : trendLabel(cf.marks.value, lang);
      // Relative to the range's top-left cell, comparing with the label.
      expect(cf.formula).toBe(`${range.split(":")[0]}="${label}"`);
    }
  });

  it("greys programme and area names that repeat the row above, over their body ranges, after the colour rules", () => {
    const table = parseRange(goals.tables[0].range);
    const letter = (key: string) => plan.goalTable.columns.find((c) => c.key === key)!.column;
    const repeats = goals.conditionalFormats.filter((c) => c.marks.value === "repeat");
    expect(repeats.map((c) => [c.marks.column, c.range])).toEqual([
      ["program", `${letter("program")}${table.top + 1}:${letter("program")}${table.bottom}`],
      ["area", `${letter("area")}${table.top + 1}:${letter("area")}${table.bottom}`],
    ]);
    expect(goals.conditionalFormats.slice(0, 6).map((c) => c.marks.column)).toEqual([
      ...STATUSES.map(() => "status"),
      ...TRENDS.map(() => "trend"),
    ]);
    // The names stay in every row: the rule is the only thing that tells a repeat apart.
    const col = (key: string) => plan.goalTable.columns.findIndex((c) => c.key === key);
    for (const row of goals.tables[0].rows) {
      expect(row[col("program")]).toEqual(expect.any(String));
      expect(row[col("area")]).toEqual(expect.any(String));
    }
  });

  it("has the summary columns in the order the issue asks for", () => {
    const expected =
      lang === "sv"
        ? [
            "Målområde",
            "Antal mål",
            "Röd",
            "Gul",
            "Grön",
            "Ej bedömd",
            "Uppåt",
            "Oförändrad",
            "Nedåt",
            "Trend saknas",
          ]
        : [
            "Target area",
            "Goals",
            "Red",
            "Yellow",
            "Green",
            "Not assessed",
            "Up",
            "Flat",
            "Down",
            "Trend missing",
          ];
    const { summaryBlocks } = buildWorkbook(structure, lang);
    for (const b of summaryBlocks) {
      const header = expected.map((_h, j) => cellValue(summarySheet, `${columnLetter(j + 1)}${b.headerRow}`));
      expect(header).toEqual(expected);
    }
  });

  it("counts the goal table through the summary's names and caches the domain's summary in every formula cell", () => {
    const summary = summarize(structure);
    const { summaryBlocks } = buildWorkbook(structure, lang);
    expect(summaryBlocks.map((b) => b.programId)).toEqual(summary.programs.map((p) => p.id));
    const T = GOAL_TABLE;
    const h = (key: string) => plan.goalTable.columns.find((c) => c.key === key)!.header;
    // The names read the goal table's columns by their headers in the workbook's language.
    const LIVE = ownedNamePrefix("summary");
    const named = new Map(summarySheet.names.map((n) => [n.name, n.formula]));
    expect(named.get(`${LIVE}StatusText`)).toContain(`${T}[${h("status")}]`);
    expect(named.get(`${LIVE}TrendText`)).toContain(`${T}[${h("trend")}]`);
    expect(named.get(`${LIVE}ProgramText`)).toContain(`${T}[${h("program")}]`);
    expect(named.get(`${LIVE}AreaText`)).toContain(`${T}[${h("area")}]`);
    expect(named.get(`${LIVE}Area${summary.programs.length}`)).toBeDefined();
    // The cells the counts test: per column, how many cells "=" would not read as the domain does.
    expect(cellValue(summarySheet, "A5")).toBe(translate(lang, "wb.summary.nonLabel"));
    for (const [cell, keys] of [
      ["B5", ["status"]],
      ["C5", ["trend"]],
      ["D5", ["program", "area"]],
    ] as const) {
      const check = cellValue(summarySheet, cell);
      expect(check !== null && check !== undefined && isFormula(check) && check.result === 0).toBe(true);
      if (check && isFormula(check)) {
        for (const key of keys) expect(check.formula).toContain(`${T}[${h(key)}],"=`);
        expect(check.formula).not.toContain(LIVE);
      }
    }
    summaryBlocks.forEach((b, i) => {
      const p = summary.programs[i];
      const area = `${LIVE}Area${i + 1}`;
      const rows = [
        ...p.areas.map((a, k) => ({ counts: a, row: b.areaRows[k].row, where: `(${area}=${k + 1})` })),
        { counts: p, row: b.totalRow, where: `(${area}>0)` },
      ];
      for (const { counts, row, where } of rows) {
        const values = [
          counts.total,
          ...STATUSES.map((s) => counts.status[s]),
          counts.status.missing,
          ...TRENDS.map((t) => counts.trend[t]),
          counts.trend.missing,
        ];
        values.forEach((expected, j) => {
          const v = cellValue(summarySheet, `${columnLetter(j + 2)}${row}`);
          expect(v !== null && v !== undefined && isFormula(v)).toBe(true);
          if (v && isFormula(v)) expect(v.result).toBe(expected);
        });
        const goalsCell = cellValue(summarySheet, `B${row}`);
        if (goalsCell && isFormula(goalsCell)) {
          // COUNTIFS while every cell holds a label, the names otherwise.
          expect(goalsCell.formula).toMatch(/^IF\(\$D\$5=0,COUNTIFS\(/);
          expect(goalsCell.formula).toContain(`COUNTIFS(${T}[${h("program")}],"=${p.name}"`);
          expect(goalsCell.formula).toContain(`,SUMPRODUCT(1*${where}))`);
        }
        const red = cellValue(summarySheet, `C${row}`);
        if (red && isFormula(red)) {
          expect(red.formula).toContain(`${T}[${h("status")}],"=${statusLabel("red", lang)}"`);
          expect(red.formula).toContain(`,SUMPRODUCT(${where}*(${LIVE}StatusCode=1)))`);
        }
        const notAssessed = cellValue(summarySheet, `F${row}`);
        if (notAssessed && isFormula(notAssessed))
          expect(notAssessed.formula).toBe(`B${row}-C${row}-D${row}-E${row}`);
        const trendMissing = cellValue(summarySheet, `J${row}`);
        if (trendMissing && isFormula(trendMissing))
          expect(trendMissing.formula).toBe(`B${row}-G${row}-H${row}-I${row}`);
      }
      // Cross-table: status rows × trend columns, cached from the domain's cross counts.
      const keys = [...STATUSES, "missing"] as const;
      keys.forEach((s, si) => {
        const row = b.crossHeaderRow + 1 + si;
        [...TRENDS, "missing" as const].forEach((t, ti) => {
          const v = cellValue(summarySheet, `${columnLetter(2 + ti)}${row}`);
          expect(v && isFormula(v) ? v.result : undefined).toBe(p.cross[s][t]);
        });
      });
      // Shares right of the counts (K…R): each count of the row over its goals, cached as share().
      for (const { row, c } of [
        ...b.areaRows.map((a, i) => ({ row: a.row, c: p.areas[i] as Counts })),
        { row: b.totalRow, c: p as Counts },
      ]) {
        [
          "status.red",
          "status.yellow",
          "status.green",
          "status.missing",
          "trend.up",
          "trend.flat",
          "trend.down",
          "trend.missing",
        ].forEach((id, k) => {
          const v = cellValue(summarySheet, `${columnLetter(11 + k)}${row}`);
          const countCol = columnLetter(3 + k);
          expect(v && isFormula(v) ? v.formula : v).toBe(`IF(B${row}=0,0,${countCol}${row}/B${row})`);
          const [group, key] = id.split(".") as ["status" | "trend", string];
          const count = (c[group] as Record<string, number>)[key];
          expect(v && isFormula(v) ? v.result : v).toBe(share(count, c.total));
        });
      }
      // The report text is a formula over the total row, cached as the domain's text.
      const report = cellValue(summarySheet, `A${b.reportRow}`);
      expect(report && isFormula(report) ? report.result : report).toBe(programReportText(p, lang));
      expect(report && isFormula(report) ? report.formula : "").toContain(`B${b.totalRow}`);
    });
  });

  it("puts blocks and tables where they do not overlap and where their values fit their range", () => {
    for (const sheet of plan.sheets) {
      const seen = new Set<string>();
      for (const { row, col } of cellsOf(sheet)) {
        const key = `${row}:${col}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      for (const b of sheet.blocks) {
        const r = parseRange(b.range);
        expect(b.values).toHaveLength(r.bottom - r.top + 1);
        for (const row of b.values) expect(row).toHaveLength(r.right - r.left + 1);
      }
      for (const tb of sheet.tables) {
        const r = parseRange(tb.range);
        expect(tb.columns).toHaveLength(r.right - r.left + 1);
        expect(tb.rows).toHaveLength(r.bottom - r.top);
        expect(tb.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      }
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[:\\/?*[\]]/);
    }
    const tableNames = plan.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
    expect(new Set(tableNames).size).toBe(tableNames.length);
  });
});

describe("COUNTIFS criteria", () => {
  it("escapes wildcards and the escape character, and never reads text as an operator", () => {
    expect(equalsCriterion("Hälsa")).toBe("=Hälsa");
    expect(equalsCriterion("Hälsa? *~")).toBe("=Hälsa~? ~*~~");
    expect(equalsCriterion("<5")).toBe("=<5");
    expect(equalsCriterion("=x")).toBe("==x");
  });

  it("keeps criteria within Excel's 255 characters with a prefix match", () => {
    const long = "Å".repeat(300);
    const c = equalsCriterion(long);
    expect(c.length).toBeLessThanOrEqual(255);
    expect(c.endsWith("*")).toBe(true);
    expect(long.startsWith(c.slice(1, -1))).toBe(true);
    // A cut must not leave a lone "~" that would escape the final "*".
    const tildes = equalsCriterion("~".repeat(300));
    expect(/(^|[^~])(~~)*\*$/.test(tildes)).toBe(true);
  });

  it("doubles quotes and escapes structured-reference specials", () => {
    expect(countifs("T", [["Col'#", 'a"b']])).toBe(`COUNTIFS(T[Col'''#],"=a""b")`);
  });
});

describe("edge structures", () => {
  const empty: GoalStructure = {
    organisation: "Testkommun",
    year: 2024,
    programs: [{ id: "p", name: "P", areas: [{ id: "a", name: "A", sdgs: [], goals: [] }] }],
  };

  it("gives an empty goal table one empty row (Excel tables need a body) and zero counts", () => {
    const plan = buildWorkbookPlan(empty, "sv");
    const goals = sheetOf(plan, "goals");
    expect(goals.tables[0].rows).toEqual([Array(11).fill(null)]);
    const summary = sheetOf(plan, "summary");
    const formulas = [...cellsOf(summary)].map((c) => c.value).filter(isFormulaValue);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas)
      // Text results: the report sentence, and the line of unknown values (empty: none).
      expect(f.result).toBe(
        typeof f.result !== "string" ? 0 : f.formula.startsWith("IF(B") ? "Det finns inga mål för P." : "",
      );
    // No example data and no note: no note row, the header is row 2.
    expect(plan.goalTable.headerRow).toBe(2);
  });

  it("keeps text that looks like a formula as text", () => {
    const s: GoalStructure = {
      ...empty,
      programs: [
        {
          id: "p",
          name: '=HYPERLINK("x")',
          areas: [
            {
              id: "a",
              name: "+46 area",
              sdgs: [],
              goals: [{ id: "G1", text: "=1+1", status: "red", trend: null, comment: "@SUM(A1)" }],
            },
          ],
        },
      ],
    };
    const plan = buildWorkbookPlan(s, "sv");
    const goals = sheetOf(plan, "goals");
    const row = goals.tables[0].rows[0];
    expect(row).toContain("=1+1");
    expect(row).toContain("@SUM(A1)");
    for (const sheet of plan.sheets) {
      for (const { row: r, col, value } of cellsOf(sheet)) {
        if (typeof value === "string") expect(effectiveFormat(sheet, r, col).numberFormat).toBe("@");
      }
    }
    // The programme name reaches the formulas as a quoted literal (normalised, as the parser
    // compares it), never as formula text.
    const summary = sheetOf(plan, "summary");
    const programCode = summary.names.find((n) => n.name === `${ownedNamePrefix("summary")}ProgramCode`);
    expect(programCode?.formula).toContain('{"=hyperlink(""x"")"');
  });
});

function isFormulaValue(v: PlanValue): v is Extract<PlanValue, { formula: string }> {
  return v !== null && isFormula(v);
}

describe.each(LANGS)("the %s indicator sheet", (lang) => {
  const sheet = sheetOf(buildWorkbookPlan(withIndicators(), lang), "indicators");

  it("writes every string as text (also a name like a formula) and every number as a General number", () => {
    let strings = 0;
    let numbers = 0;
    for (const { row, col, value } of cellsOf(sheet)) {
      if (value === null) continue;
      const nf = effectiveFormat(sheet, row, col).numberFormat;
      const where = `${sheet.name}!${columnLetter(col)}${row}`;
      if (typeof value === "string") {
        strings++;
        expect({ where, nf }).toEqual({ where, nf: "@" });
      } else {
        numbers++;
        expect({ where, value, nf }).toEqual({ where, value: expect.any(Number), nf: "General" });
      }
    }
    expect(strings).toBeGreaterThan(30);
    expect(numbers).toBeGreaterThan(15);
    // A row typed below the table keeps the same formats: the columns carry them.
    const body = sheet.columns.map((c) => c.format?.numberFormat);
    expect(body.filter((f) => f === "General")).toHaveLength(4 + 5);
    expect(body.filter((f) => f === "@")).toHaveLength(sheet.columns.length - 9);
  });
});
