// The summary sheet ("Sammanfattning" / "Summary"). It belongs to the add-in: refreshing it
// rewrites it whole. Per programme:
//   1. the area table: Målområde | Antal mål | Röd | Gul | Grön | Ej bedömd | Uppåt |
//      Oförändrad | Nedåt | Trend saknas, a row per area and a total row;
//   2. when the source published figures: a published row and a difference row;
//   3. the status × trend cross-table;
//   4. the report text, as values.
//
// Every count is a COUNTIFS over the goal table's structured references, so it follows an
// official's edit at once, and carries the domain's value as its cached result.
// "Ej bedömd" is Antal mål − Röd − Gul − Grön, not a count of blanks: a status that is neither
// a label nor empty (a typo, another spelling) is then still counted somewhere, and every row
// adds up to Antal mål. "Trend saknas" likewise. The domain's summarize() counts unrecognised
// values as missing too, so the two agree.
// The total row counts by programme only (not the sum of the area rows): a goal whose area
// cell matches no area of the programme is then visible as total ≠ sum of the rows.
//
// The blocks are plain ranges with header formatting, not Excel tables: tables would need a
// unique name each, filter buttons would clutter a sheet meant to be pasted into a report, and
// a refresh would have to delete and recreate them; plain ranges have none of these problems.
import {
  STATUSES,
  TRENDS,
  programReportText,
  statusLabel,
  trendLabel,
  type GoalStructure,
  type Lang,
  type ProgramSummary,
  type ReportedFigures,
  type Summary,
} from "../domain";
import { t } from "../i18n";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { NOTE_FONT, STATUS_SWATCH, TOTAL_FILL } from "./colors";
import { countifs } from "./formula";
import { block, fitWidth, headerRowFormat, numericFormats, wrappedHeight } from "./layout";
import type {
  CellBlock,
  ColumnPlan,
  FormulaValue,
  GoalTableLayout,
  PlanValue,
  RangeFormat,
  SheetPlan,
} from "./types";

/** Columns of the area table: A = area, B = goals, C–E = statuses, F = not assessed, G–I = trends, J = trend missing. */
export const SUMMARY_COLUMNS = 10;

/** Where each programme's parts landed, for tests and for the adapter's diagnostics. */
export interface SummaryBlockLayout {
  programId: string;
  /** Header row of the area table. */
  headerRow: number;
  /** One row per area, in structure order. */
  areaRows: { areaId: string; row: number }[];
  totalRow: number;
  reportedRow: number | null;
  differenceRow: number | null;
  /** Header row of the cross-table; the status rows follow (red, yellow, green, missing, total). */
  crossHeaderRow: number;
  reportRow: number;
}

export interface SummarySheetResult {
  sheet: SheetPlan;
  blocks: SummaryBlockLayout[];
}

export function buildSummarySheet(
  structure: GoalStructure,
  summary: Summary,
  goalTable: GoalTableLayout,
  lang: Lang,
): SummarySheetResult {
  const header = (key: "program" | "area" | "status" | "trend"): string => {
    const c = goalTable.columns.find((col) => col.key === key);
    if (!c) throw new Error(`goal table has no ${key} column`);
    return c.header;
  };
  const T = goalTable.table;
  const progH = header("program");
  const areaH = header("area");
  const statusH = header("status");
  const trendH = header("trend");

  const f = (formula: string, result: number): FormulaValue => ({ formula, result });
  const statusLabelsL = STATUSES.map((s) => statusLabel(s, lang));
  const trendLabelsL = TRENDS.map((tr) => trendLabel(tr, lang));
  const areaHeader: string[] = [
    t(lang, "wb.col.area"),
    t(lang, "wb.summary.goals"),
    ...statusLabelsL,
    t(lang, "domain.notAssessed"),
    ...trendLabelsL,
    t(lang, "domain.missingTrend"),
  ];

  // Column widths first: the merged text rows need the total width for their height.
  const labelTexts: string[] = [
    ...areaHeader.slice(0, 1),
    t(lang, "wb.summary.total"),
    t(lang, "wb.summary.reported"),
    t(lang, "wb.summary.difference"),
    t(lang, "wb.summary.crossCorner"),
    t(lang, "domain.notAssessed"),
    ...summary.programs.flatMap((p) => p.areas.map((a) => a.name)),
  ];
  const numberHeaders = areaHeader.slice(1);
  const columns: ColumnPlan[] = [
    {
      column: "A",
      width: fitWidth(labelTexts, 24, 40),
      format: { numberFormat: "@", vertical: "top", wrap: true },
    },
    ...numberHeaders.map((_h, i): ColumnPlan => ({
      column: columnLetter(i + 2),
      // Wide enough for the longest header on one line ("Trend saknas", "Trend missing"):
      // LibreOffice does not grow a header row that wraps.
      width: fitWidth(numberHeaders, 11, 16),
      format: { numberFormat: "@", vertical: "top" },
    })),
  ];
  const totalWidth = columns.reduce((s, c) => s + c.width, 0);

  const blocks: CellBlock[] = [];
  const formats: RangeFormat[] = [];
  const merges: string[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const layouts: SummaryBlockLayout[] = [];

  const mergedText = (row: number, text: string, italic: boolean): void => {
    blocks.push(block(row, 1, [[text]]));
    const range = rangeAddress(row, 1, row, SUMMARY_COLUMNS);
    merges.push(range);
    formats.push({
      range,
      format: { wrap: true, vertical: "top", italic, ...(italic ? { fontColor: NOTE_FONT } : {}) },
    });
    rowHeights.push({ row, height: wrappedHeight(text, totalWidth) });
  };
  const headerFormat = (row: number, lastCol: number): void => {
    formats.push(headerRowFormat(rangeAddress(row, 1, row, lastCol), { numberFormat: "@" }));
    formats.push({ range: rangeAddress(row, 2, row, lastCol), format: { horizontal: "center" } });
  };
  const totalFormat = (row: number, lastCol: number): void => {
    formats.push({
      range: rangeAddress(row, 1, row, lastCol),
      format: { bold: true, fill: TOTAL_FILL, borderTop: true },
    });
  };

  blocks.push(
    block(1, 1, [
      [t(lang, "wb.summary.title", { organisation: structure.organisation, year: structure.year })],
    ]),
  );
  formats.push({ range: "A1", format: { bold: true, fontSize: 14, wrap: false } });
  mergedText(2, t(lang, "wb.summary.intro", { sheet: goalTable.sheet }), true);

  let row = 4;

  const programBlock = (p: ProgramSummary, reported: ReportedFigures | null): SummaryBlockLayout => {
    // Programme heading.
    blocks.push(block(row, 1, [[p.name]]));
    formats.push({ range: cellAddress(row, 1), format: { bold: true, fontSize: 13, wrap: false } });
    row += 1;

    // Area table.
    const headerRow = row;
    blocks.push(block(row, 1, [areaHeader]));
    headerFormat(row, SUMMARY_COLUMNS);
    STATUSES.forEach((s, i) => {
      formats.push({
        range: cellAddress(row, 3 + i),
        format: { fill: STATUS_SWATCH[s].fill, fontColor: STATUS_SWATCH[s].fontColor },
      });
    });
    row += 1;

    const countRow = (
      r: number,
      label: string,
      criteria: Array<[string, string]>,
      counts: ProgramSummary | ProgramSummary["areas"][number],
    ): PlanValue[] => [
      label,
      f(countifs(T, criteria), counts.total),
      ...STATUSES.map((s, i) => f(countifs(T, [...criteria, [statusH, statusLabelsL[i]]]), counts.status[s])),
      f(`B${r}-C${r}-D${r}-E${r}`, counts.status.missing),
      ...TRENDS.map((tr, i) => f(countifs(T, [...criteria, [trendH, trendLabelsL[i]]]), counts.trend[tr])),
      f(`B${r}-G${r}-H${r}-I${r}`, counts.trend.missing),
    ];

    const areaRows: { areaId: string; row: number }[] = [];
    const areaValues: PlanValue[][] = [];
    for (const a of p.areas) {
      areaRows.push({ areaId: a.id, row });
      areaValues.push(
        countRow(
          row,
          a.name,
          [
            [progH, p.name],
            [areaH, a.name],
          ],
          a,
        ),
      );
      row += 1;
    }
    const totalRow = row;
    areaValues.push(countRow(row, t(lang, "wb.summary.total"), [[progH, p.name]], p));
    blocks.push(block(headerRow + 1, 1, areaValues));
    totalFormat(totalRow, SUMMARY_COLUMNS);
    row += 1;

    // Published figures and the difference, when the source published any.
    let reportedRow: number | null = null;
    let differenceRow: number | null = null;
    if (reported) {
      row += 1;
      reportedRow = row;
      differenceRow = row + 1;
      const rep: PlanValue[] = [
        t(lang, "wb.summary.reported"),
        reported.total,
        ...STATUSES.map((s) => reported.status[s]),
        null,
        ...TRENDS.map((tr) => reported.trend[tr]),
        null,
      ];
      const diffCell = (col: string, actual: number, rep: number): FormulaValue =>
        f(`${col}${totalRow}-${col}${reportedRow}`, actual - rep);
      const diff: PlanValue[] = [
        t(lang, "wb.summary.difference"),
        diffCell("B", p.total, reported.total),
        ...STATUSES.map((s, i) => diffCell(columnLetter(3 + i), p.status[s], reported.status[s])),
        null,
        ...TRENDS.map((tr, i) => diffCell(columnLetter(7 + i), p.trend[tr], reported.trend[tr])),
        null,
      ];
      blocks.push(block(row, 1, [rep, diff]));
      formats.push({ range: rangeAddress(row, 1, row + 1, SUMMARY_COLUMNS), format: { italic: true } });
      formats.push({
        range: rangeAddress(row + 1, 1, row + 1, SUMMARY_COLUMNS),
        format: { borderTop: true },
      });
      row += 2;
    }

    // Status × trend.
    row += 1;
    blocks.push(block(row, 1, [[t(lang, "wb.summary.crossTitle", { program: p.name })]]));
    formats.push({ range: cellAddress(row, 1), format: { bold: true, wrap: false } });
    row += 1;
    const crossHeaderRow = row;
    const crossHeader: PlanValue[] = [
      t(lang, "wb.summary.crossCorner"),
      ...trendLabelsL,
      t(lang, "domain.missingTrend"),
      t(lang, "wb.summary.total"),
    ];
    blocks.push(block(row, 1, [crossHeader]));
    headerFormat(row, 6);
    row += 1;

    const first = row; // red
    const statusTotalCol = (i: number): string => columnLetter(3 + i); // C, D, E on the total row
    const trendTotalCol = (j: number): string => columnLetter(7 + j); // G, H, I on the total row
    const crossValues: PlanValue[][] = [];
    STATUSES.forEach((s, i) => {
      const r = first + i;
      const crit: Array<[string, string]> = [
        [progH, p.name],
        [statusH, statusLabelsL[i]],
      ];
      crossValues.push([
        statusLabelsL[i],
        ...TRENDS.map((tr, j) => f(countifs(T, [...crit, [trendH, trendLabelsL[j]]]), p.cross[s][tr])),
        f(`${statusTotalCol(i)}${totalRow}-B${r}-C${r}-D${r}`, p.cross[s].missing),
        f(`${statusTotalCol(i)}${totalRow}`, p.status[s]),
      ]);
    });
    const missingRow = first + STATUSES.length;
    crossValues.push([
      t(lang, "domain.notAssessed"),
      ...TRENDS.map((tr, j) => {
        const col = columnLetter(2 + j);
        return f(
          `${trendTotalCol(j)}${totalRow}-${col}${first}-${col}${first + 1}-${col}${first + 2}`,
          p.cross.missing[tr],
        );
      }),
      f(`F${totalRow}-B${missingRow}-C${missingRow}-D${missingRow}`, p.cross.missing.missing),
      f(`F${totalRow}`, p.status.missing),
    ]);
    const crossTotalRow = missingRow + 1;
    crossValues.push([
      t(lang, "wb.summary.total"),
      ...TRENDS.map((tr, j) => f(`${trendTotalCol(j)}${totalRow}`, p.trend[tr])),
      f(`J${totalRow}`, p.trend.missing),
      f(`B${totalRow}`, p.total),
    ]);
    blocks.push(block(first, 1, crossValues));
    STATUSES.forEach((s, i) => {
      formats.push({
        range: cellAddress(first + i, 1),
        format: { fill: STATUS_SWATCH[s].fill, fontColor: STATUS_SWATCH[s].fontColor, bold: true },
      });
    });
    totalFormat(crossTotalRow, 6);
    row = crossTotalRow + 2;

    // Report text, as values.
    blocks.push(block(row, 1, [[t(lang, "wb.summary.reportTitle")]]));
    formats.push({ range: cellAddress(row, 1), format: { bold: true, wrap: false } });
    row += 1;
    const reportRow = row;
    mergedText(row, programReportText(p, lang), false);
    row += 1;
    mergedText(row, t(lang, "wb.summary.reportNote"), true);
    row += 3;

    return {
      programId: p.id,
      headerRow,
      areaRows,
      totalRow,
      reportedRow,
      differenceRow,
      crossHeaderRow,
      reportRow,
    };
  };

  for (const p of summary.programs) {
    const program = structure.programs.find((sp) => sp.id === p.id);
    layouts.push(programBlock(p, program?.reported ?? null));
  }
  // Numbers and formulas must not sit in "@" cells (a formula written into a text cell stays text).
  formats.push(...numericFormats(blocks, []));

  return {
    sheet: {
      name: t(lang, "wb.sheet.summary"),
      role: "summary",
      columns,
      blocks,
      tables: [],
      formats,
      validations: [],
      conditionalFormats: [],
      merges,
      rowHeights,
      autoRowHeights: true,
      freezeRows: 0,
      print: { orientation: "portrait", fitToWidth: true, titleRows: null },
    },
    blocks: layouts,
  };
}
