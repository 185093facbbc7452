// The summary sheet ("Sammanfattning" / "Summary"). It belongs to the add-in: refreshing it
// rewrites it whole. A title, an intro and the quality table (what the goal table holds besides
// labels, which the counts test), then per programme the tables of the units beside this
// file, each one row apart: the area table, the published figures and the difference (when the
// source published any), the status × trend table, the comparison with the comparison year
// (when the programme has one and the goal table the "last year" columns, comparison.ts), the
// counts per year (when its goals have history, yearTable.ts), and the report text with the
// comparison sentence; last, the table per responsible body over every
// programme (responsibleTable.ts).
//
// The tables are plain ranges with header formatting, not Excel tables: tables would need a
// unique name each, filter buttons would clutter a sheet meant to be pasted into a report, and
// a refresh would have to delete and recreate them; plain ranges have none of these problems.
import type { GoalStructure, Lang, ProgramSummary, Summary } from "../../domain";
import { t } from "../../i18n";
import { columnLetter } from "../a1";
import { fitWidth, numericFormats } from "../layout";
import type { ColumnPlan, GoalTableLayout, SheetPlan } from "../types";
import { SHARE_COLUMNS, areaTable, placeAreaTable, shareLabel } from "./areaTable";
import { placeContext, programPlace } from "./context";
import { placeQualityTable } from "./quality";
import { liveNames } from "./live";
import { SheetCursor } from "./cursor";
import { COUNT_COLUMNS, sheetWording, type SummaryTable } from "./model";
import { placePublished, publishedTable } from "./published";
import { placeReportText, reportText } from "./reportText";
import { placeUnknown } from "./unknown";
import { placeStatusTrend, statusTrendTable } from "./statusTrend";
import { programCharts, yearChart } from "./charts";
import { yearTable } from "./yearTable";
import { placeYearTable, type PlacedYears } from "./yearPlace";
import { placeResponsibleTable, responsibleKeys, responsibleTable } from "./responsibleTable";
import { STATUS_KEYS, summarizeHistory, type Comparison } from "../../domain";
import {
  comparisonUnit,
  hasPreviousColumns,
  placeComparison,
  type ComparisonUnit,
  type PlacedComparison,
} from "./comparison";

/** Columns of the sheet: the labels in A, then one per count column of the area table. */
export const SUMMARY_COLUMNS = 1 + COUNT_COLUMNS.length;

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
  /** Where the comparison's tables are (comparison.ts); null without them. */
  comparison: Omit<PlacedComparison, "cell"> | null;
  reportRow: number;
  /** The comparison sentence under the report text; null when the programme has no comparison. */
  comparisonRow: number | null;
}

export interface SummarySheetResult {
  sheet: SheetPlan;
  blocks: SummaryBlockLayout[];
  /** Header row of the per-responsible table; null when the sheet has none. */
  responsibleHeaderRow: number | null;
}

/** A programme's tables, built before anything is placed: the column widths depend on them all. */
interface ProgramTables {
  program: ProgramSummary;
  areas: SummaryTable;
  published: SummaryTable | null;
  statusTrend: SummaryTable;
  /** The counts per year, when the programme's goals have an earlier year (yearTable.ts). */
  years: SummaryTable | null;
  /** The programme's comparison, when it has one. */
  compared: Comparison | null;
  /** Its tables, when the goal table has the "last year" columns to count them from. */
  comparison: ComparisonUnit | null;
}

/**
 * Column widths from every table's texts: the labels, the count columns (which the merged text
 * rows span), then the share columns of the area tables.
 */
function sheetColumns(tables: SummaryTable[], shareHeaders: string[], done: string): ColumnPlan[] {
  const labels = tables.flatMap((tb) => [tb.corner, ...tb.rows.map((r) => r.label)]);
  const headers = tables.flatMap((tb) => tb.columns.map((c) => c.label));
  const numberColumn = (i: number): ColumnPlan => ({
    column: columnLetter(i + 2),
    // Wide enough for the longest header on one line ("Trend saknas", "Trend missing"):
    // LibreOffice does not grow a header row that wraps.
    width: fitWidth(headers, 11, 16),
    format: { numberFormat: "@", vertical: "top" },
  });
  return [
    {
      column: "A",
      width: fitWidth(labels, 24, 40),
      format: { numberFormat: "@", vertical: "top", wrap: true },
    },
    ...Array.from({ length: SUMMARY_COLUMNS - 1 }, (_x, i) => numberColumn(i)),
    ...SHARE_COLUMNS.map((_id, i) => ({
      column: columnLetter(SUMMARY_COLUMNS + 1 + i),
      width: fitWidth(shareHeaders, 11, 20),
      format: { numberFormat: "@", vertical: "top" } as const,
    })),
    // The area tables' done count, right of their shares.
    {
      column: columnLetter(SUMMARY_COLUMNS + 1 + SHARE_COLUMNS.length),
      width: fitWidth([done], 8, 16),
      format: { numberFormat: "@", vertical: "top" },
    },
  ];
}

export function buildSummarySheet(
  structure: GoalStructure,
  summary: Summary,
  goalTable: GoalTableLayout,
  lang: Lang,
): SummarySheetResult {
  const wording = sheetWording(lang);
  const histories = summarizeHistory(structure);
  const live = hasPreviousColumns(goalTable);
  const programs: ProgramTables[] = summary.programs.map((p, i) => {
    const reported = structure.programs.find((sp) => sp.id === p.id)?.reported ?? null;
    const h = histories[i];
    const compared = h?.comparison ?? null;
    return {
      compared,
      comparison:
        compared === null || !live
          ? null
          : comparisonUnit(
              p,
              compared,
              h.areas.map((a) => a.comparison),
              structure.year,
              wording,
              lang,
            ),
      program: p,
      areas: areaTable(p, wording),
      published: reported ? publishedTable(p, reported, wording) : null,
      statusTrend: statusTrendTable(p, wording),
      years: yearTable(p, histories[i]?.history ?? [], structure.year, wording, lang),
    };
  });
  const columns = sheetColumns(
    programs.flatMap((pt) => [
      pt.areas,
      ...(pt.published ? [pt.published] : []),
      pt.statusTrend,
      ...(pt.comparison ? [pt.comparison.byArea, pt.comparison.transitions] : []),
      ...(pt.years ? [pt.years] : []),
    ]),
    SHARE_COLUMNS.map((id) => shareLabel(id, wording, lang)),
    wording.done,
  );
  const cursor = new SheetCursor(
    SUMMARY_COLUMNS,
    columns.slice(0, SUMMARY_COLUMNS).reduce((s, c) => s + c.width, 0),
  );
  const names = liveNames(structure, goalTable, lang, responsibleKeys(summary));

  cursor.heading(
    t(lang, "wb.summary.title", { organisation: structure.organisation, year: structure.year }),
    {
      bold: true,
      fontSize: 14,
    },
  );
  cursor.mergedText(t(lang, "wb.summary.intro", { sheet: goalTable.sheet }), true);
  cursor.skip();
  const places = programs.map((pt) => programPlace(structure, pt.program.id));
  const quality = placeQualityTable(places, names, goalTable, cursor, lang);
  const ctx = placeContext(cursor, names, quality, goalTable, lang);
  cursor.skip();

  const years: (PlacedYears | null)[] = [];
  const blocks = programs.map((pt, i): SummaryBlockLayout => {
    const place = places[i];
    const areas = placeAreaTable(pt.areas, place, wording, ctx);
    placeUnknown(place, ctx);
    let published: { reportedRow: number; differenceRow: number } | null = null;
    if (pt.published) {
      cursor.skip();
      published = placePublished(pt.published, areas, ctx);
    }
    cursor.skip();
    const cross = placeStatusTrend(pt.statusTrend, place, areas, ctx);
    cursor.skip();
    const compared = pt.comparison ? placeComparison(pt.comparison, place, areas, ctx, goalTable) : null;
    if (compared !== null) cursor.skip();
    if (pt.years) {
      const counts =
        compared === null || pt.compared === null
          ? null
          : {
              year: pt.compared.year,
              counts: { totalRow: compared.yearTotalRow, cell: compared.cell },
            };
      years.push(placeYearTable(pt.years, areas, ctx, counts));
      cursor.skip();
    } else years.push(null);
    const sentence = pt.compared === null ? null : { comparison: pt.compared, refs: compared?.cells ?? null };
    const report = placeReportText(reportText(pt.program, lang), areas, ctx, sentence);
    cursor.skip(2);
    return {
      programId: pt.program.id,
      headerRow: areas.headerRow,
      areaRows: areas.areaRows,
      totalRow: areas.totalRow,
      reportedRow: published?.reportedRow ?? null,
      differenceRow: published?.differenceRow ?? null,
      crossHeaderRow: cross.headerRow,
      comparison:
        compared === null
          ? null
          : {
              cells: compared.cells,
              areaRows: compared.areaRows,
              yearTotalRow: compared.yearTotalRow,
              transitionRow: compared.transitionRow,
              outcomeRow: compared.outcomeRow,
            },
      reportRow: report.row,
      comparisonRow: report.comparisonRow,
    };
  });
  const responsibleHeaderRow = placeResponsibleTable(responsibleTable(summary, wording), ctx);
  // The charts go right of the widest table: the area table's counts, shares and done count.
  const chartColumn = SUMMARY_COLUMNS + SHARE_COLUMNS.length + 2;
  const charts = programs.flatMap((pt, i) => {
    const b = blocks[i];
    const block = {
      headingRow: b.headerRow - 1,
      headerRow: b.headerRow,
      areaRows: b.areaRows,
      lastRow: b.crossHeaderRow + STATUS_KEYS.length + 1,
    };
    const placed = years[i];
    return [
      ...programCharts(pt.areas, block, i, chartColumn, wording, lang),
      ...(pt.years && placed
        ? [yearChart(pt.years, placed, pt.program.name, block, i, chartColumn, wording, lang)]
        : []),
    ];
  });
  // Numbers and formulas must not sit in "@" cells (a formula written into a text cell stays text).
  const formats = [...cursor.formats, ...numericFormats(cursor.blocks, []), ...cursor.lateFormats];

  return {
    sheet: {
      name: t(lang, "wb.sheet.summary"),
      role: "summary",
      columns,
      blocks: cursor.blocks,
      tables: [],
      formats,
      validations: [],
      conditionalFormats: [],
      merges: cursor.merges,
      rowHeights: cursor.rowHeights,
      autoRowHeights: true,
      freezeRows: 0,
      names: names.names,
      print: { orientation: "portrait", fitToWidth: true, titleRows: null },
      charts,
    },
    blocks,
    responsibleHeaderRow,
  };
}
