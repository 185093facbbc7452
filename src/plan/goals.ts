// The goal sheet ("Mål" / "Goals"): a title, the data note, and one Excel table with a row per
// goal. The table belongs to the officials; the plan only decides how it starts out.
import {
  GOAL_COLUMNS,
  doneLabel,
  goalColumnsFor,
  STATUSES,
  TRENDS,
  statusLabel,
  statusLabels,
  trendLabel,
  trendLabels,
} from "../domain";
import type { ColumnKey, GoalColumns, GoalRow, GoalStructure, Lang } from "../domain";
import { t } from "../i18n";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { DERIVED_SWATCH, NOTE_FONT, REPEAT_SWATCH, STATUS_SWATCH, TREND_SWATCH } from "./colors";
import { previousCells } from "./previous";
import { stringLiteral } from "./formula";
import { GOAL_TABLE, block, fitWidth, goalHeader, headerRowFormat, wrappedHeight } from "./layout";
import { NARROW_SIDE_MARGIN, fitColumnsToPage, printSetup, rowHeightRuns, type HeightColumn } from "./print";
import type {
  CellBlock,
  ColumnPlan,
  ConditionalFormatPlan,
  GoalTableLayout,
  ListValidationPlan,
  PlanValue,
  RangeFormat,
  RowHeight,
  SheetPlan,
} from "./types";

/** The text shown under the title: the structure's own note, else a generic one for examples. */
export function dataNote(structure: GoalStructure, lang: Lang): string | null {
  if (structure.note && structure.note.trim() !== "") return structure.note.trim();
  const hasExamples = structure.programs.some((p) =>
    p.areas.some((a) => a.goals.some((g) => g.example === true)),
  );
  return hasExamples ? t(lang, "wb.goals.exampleNote") : null;
}

export interface GoalSheetResult {
  sheet: SheetPlan;
  layout: GoalTableLayout;
}

/**
 * The goal sheet's columns for `rows`: widths from the header and the data, bounded per column,
 * then narrowed where needed to print one page wide at a readable size (src/plan/print.ts).
 */
export function goalColumnPlans(
  rows: readonly GoalRow[],
  headers: readonly string[],
  columns: GoalColumns = GOAL_COLUMNS,
): ColumnPlan[] {
  const columnPlans: ColumnPlan[] = columns.map((spec, i) => {
    const texts = function* (): Iterable<string> {
      yield headers[i];
      for (const r of rows) yield r.cells[spec.key] ?? "";
    };
    return {
      column: columnLetter(i + 1),
      width: fitWidth(texts(), spec.width.min, spec.width.max),
      // Every goal column holds text ("@"): "=…" text never becomes a formula, "2030" never a
      // number, also in rows typed below the table later.
      // The formula columns are General, which a new sheet's cells already are: no format to
      // send for every row of them (the Office.js renderer writes a column's format per cell).
      format: {
        ...(spec.numberFormat === "General" ? {} : { numberFormat: spec.numberFormat }),
        vertical: "top",
        wrap: spec.wrap,
      },
    };
  });
  // Narrower where needed to print one page wide at a readable size (src/plan/print.ts).
  const fitted = fitColumnsToPage(
    columns.map((spec, i) => ({
      width: columnPlans[i].width,
      min: spec.width.min,
      wrap: spec.wrap,
      texts: [headers[i], ...rows.map((r) => r.cells[spec.key] ?? "")],
    })),
    "landscape",
    NARROW_SIDE_MARGIN,
  );
  columnPlans.forEach((c, i) => (c.width = fitted[i]));
  return columnPlans;
}

/**
 * The goal sheet's frozen header rows and print setup, for a table whose header is on row
 * `headerRow`. A load writes them with the sheet; a merge puts them back (a host may have
 * refused them, or a fault cut the load that made the sheet short before them).
 */
export function goalSheetView(
  rows: readonly GoalRow[],
  lang: Lang,
  headerRow: number,
  columns: GoalColumns = GOAL_COLUMNS,
): Pick<SheetPlan, "freezeRows" | "print"> {
  const headers = columns.map((c) => goalHeader(c.key, lang, columns));
  const widths = goalColumnPlans(rows, headers, columns).map((c) => c.width);
  return {
    freezeRows: headerRow,
    print: printSetup(widths, "landscape", `${headerRow}:${headerRow}`, NARROW_SIDE_MARGIN),
  };
}

/** `columns`: the goal columns, in table order (default goalColumnsFor(structure)). */
export function buildGoalSheet(
  structure: GoalStructure,
  rows: GoalRow[],
  lang: Lang,
  columns: GoalColumns = goalColumnsFor(structure),
): GoalSheetResult {
  const sheetName = t(lang, "wb.sheet.goals");
  const keys = columns.map((c) => c.key);
  const lastCol = keys.length;
  const headers = keys.map((k) => goalHeader(k, lang, columns));

  const columnPlans = goalColumnPlans(rows, headers, columns);
  const totalWidth = columnPlans.reduce((sum, c) => sum + c.width, 0);

  const blocks: CellBlock[] = [];
  const formats: RangeFormat[] = [];
  const merges: string[] = [];
  const rowHeights: RowHeight[] = [];

  const title = t(lang, "wb.goals.title", { organisation: structure.organisation, year: structure.year });
  blocks.push(block(1, 1, [[title]]));
  formats.push({ range: "A1", format: { bold: true, fontSize: 14, wrap: false } });

  const note = dataNote(structure, lang);
  let headerRow = 2;
  if (note !== null) {
    blocks.push(block(2, 1, [[note]]));
    const range = rangeAddress(2, 1, 2, lastCol);
    merges.push(range);
    formats.push({ range, format: { italic: true, wrap: true, fontColor: NOTE_FONT, vertical: "top" } });
    rowHeights.push({ row: 2, height: wrappedHeight(note, totalWidth) });
    headerRow = 3;
  }

  const bodyRows: PlanValue[][] = rows.map((r) => keys.map((k) => emptyToNull(r.cells[k])));
  // Excel tables need at least one body row.
  if (bodyRows.length === 0) bodyRows.push(keys.map(() => null));
  const firstBody = headerRow + 1;
  const lastBody = headerRow + bodyRows.length;
  // The "last year" columns: one formula down each (src/plan/previous.ts), on the empty row too.
  const ids = bodyRows.map((_r, i) => rows[i]?.cells.id ?? "");
  columns.forEach((c, j) => {
    if (c.kind !== "previous") return;
    const field = c.key === "previousTrend" ? "trend" : "status";
    const cells = previousCells(structure, GOAL_TABLE, headers[keys.indexOf("id")], field, ids, lang);
    cells.forEach((cell, i) => (bodyRows[i][j] = cell));
    // The header is text in a column of formulas.
    formats.push({ range: cellAddress(headerRow, j + 1), format: { numberFormat: "@" } });
    formats.push({
      range: rangeAddress(firstBody, j + 1, lastBody, j + 1),
      format: { ...pickFormat(DERIVED_SWATCH) },
    });
  });

  formats.push(headerRowFormat(rangeAddress(headerRow, 1, headerRow, lastCol)));
  const heightColumns = columns.map((spec, i) => ({ width: columnPlans[i].width, wrap: spec.wrap }));
  rowHeights.push(...rowHeightRuns(headerRow, [headers], heightColumns, true));
  rowHeights.push(...bodyRowHeights(firstBody, rows, keys, heightColumns));

  const rules = goalColumnRules(lang, firstBody, lastBody, {
    status: keys.indexOf("status") + 1,
    trend: keys.indexOf("trend") + 1,
    done: keys.indexOf("done") + 1,
    suggestedStatus: keys.indexOf("suggestedStatus") + 1,
    suggestedTrend: keys.indexOf("suggestedTrend") + 1,
  });
  const validations = rules.validations;
  const conditionalFormats = [
    ...rules.conditionalFormats,
    ...repeatedNameRules(firstBody, lastBody, {
      program: keys.indexOf("program") + 1,
      area: keys.indexOf("area") + 1,
    }),
  ];

  const sheet: SheetPlan = {
    name: sheetName,
    role: "goals",
    columns: columnPlans,
    blocks,
    tables: [
      {
        name: GOAL_TABLE,
        range: rangeAddress(headerRow, 1, lastBody, lastCol),
        columns: headers,
        rows: bodyRows,
        style: "TableStyleLight1",
        showRowStripes: true,
      },
    ],
    formats,
    validations,
    conditionalFormats,
    merges,
    rowHeights,
    autoRowHeights: true,
    names: [],
    freezeRows: headerRow,
    print: printSetup(
      columnPlans.map((c) => c.width),
      "landscape",
      `${headerRow}:${headerRow}`,
      NARROW_SIDE_MARGIN,
    ),
  };
  const layout: GoalTableLayout = {
    sheet: sheetName,
    table: GOAL_TABLE,
    headerRow,
    columns: keys.map((key, i) => ({ key, header: headers[i], column: columnLetter(i + 1) })),
  };
  return { sheet, layout };
}

/**
 * Heights of the body rows. A name the rule greys as a repeat (repeatedNameRules) does not count:
 * it shows what fits in the row the other cells need, and the first row of its run holds it whole.
 */
function bodyRowHeights(
  firstBody: number,
  rows: readonly GoalRow[],
  keys: readonly ColumnKey[],
  columns: readonly HeightColumn[],
): RowHeight[] {
  const texts = rows.map((r) => keys.map((k) => r.cells[k]));
  const program = keys.indexOf("program");
  const area = keys.indexOf("area");
  const same = (i: number, j: number): boolean => i > 0 && repeatsName(texts[i][j], texts[i - 1][j]);
  const repeated = (i: number, j: number): boolean =>
    (j === program && same(i, program)) || (j === area && same(i, area) && same(i, program));
  return rowHeightRuns(firstBody, texts, columns, false, repeated);
}

function emptyToNull(v: string | undefined): string | null {
  return v === undefined || v === "" ? null : v;
}

function pickFormat(s: { fill: string; fontColor: string; bold: boolean; italic: boolean }) {
  return { fill: s.fill, fontColor: s.fontColor, bold: s.bold, italic: s.italic };
}

function listValidation(
  column: "status" | "trend" | "done",
  range: string,
  labels: string[],
  lang: Lang,
): ListValidationPlan {
  const list = labels.join(", ");
  return {
    range,
    labels: [...labels],
    allowBlank: true,
    errorStyle: "stop",
    inputMessage: {
      title: t(lang, `wb.col.${column}`),
      text: t(lang, `wb.dv.${column}.prompt`, { labels: list }),
    },
    errorMessage: {
      title: t(lang, `wb.dv.${column}.errorTitle`),
      text: t(lang, `wb.dv.${column}.error`, { labels: list }),
    },
    column,
  };
}

export interface GoalColumnRules {
  validations: ListValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
}

/** 1-based sheet positions of the goal columns with rules; 0 or absent for a column the table lacks. */
export interface RuleColumns {
  status: number;
  trend: number;
  done?: number;
  suggestedStatus?: number;
  suggestedTrend?: number;
}

/**
 * The drop-downs and colour rules of the status and trend columns over body rows
 * firstBody..lastBody, the done column's drop-down, and the suggestion columns' colour rules (the
 * status's and trend's, so a suggestion reads like the assessment it suggests; no drop-down, the
 * add-in writes them). The add-in puts them on a goal table wherever its columns are now, so they
 * are built apart from the sheet.
 */
export function goalColumnRules(
  lang: Lang,
  firstBody: number,
  lastBody: number,
  columns: RuleColumns,
): GoalColumnRules {
  const statusCol = columns.status;
  const trendCol = columns.trend;
  const statusRange = rangeAddress(firstBody, statusCol, lastBody, statusCol);
  const trendRange = rangeAddress(firstBody, trendCol, lastBody, trendCol);

  const validations: ListValidationPlan[] = [
    listValidation("status", statusRange, statusLabels(lang), lang),
    listValidation("trend", trendRange, trendLabels(lang), lang),
  ];
  const doneCol = columns.done ?? 0;
  if (doneCol > 0)
    validations.push(
      listValidation("done", rangeAddress(firstBody, doneCol, lastBody, doneCol), [doneLabel(lang)], lang),
    );

  // One rule per label over the whole column range, relative to its top cell. "=" compares
  // text case-insensitively: a cell holding the label in any case is coloured. Other accepted
  // spellings are counted by the summary sheet but coloured only once Fix all writes the label
  // (a rule per cell cannot afford the parser's formulas; docs/ARCHITECTURE.md).
  const statusRules = (column: "status" | "suggestedStatus", col: number): ConditionalFormatPlan[] =>
    STATUSES.map((s) => ({
      range: rangeAddress(firstBody, col, lastBody, col),
      kind: "expression",
      formula: `${cellAddress(firstBody, col)}=${stringLiteral(statusLabel(s, lang))}`,
      format: { ...pickFormat(STATUS_SWATCH[s]) },
      // One arm per member of the marks union, so each narrows.
      marks: column === "status" ? { column, value: s } : { column, value: s },
    }));
  const trendRules = (column: "trend" | "suggestedTrend", col: number): ConditionalFormatPlan[] =>
    TRENDS.map((tr) => ({
      range: rangeAddress(firstBody, col, lastBody, col),
      kind: "expression",
      formula: `${cellAddress(firstBody, col)}=${stringLiteral(trendLabel(tr, lang))}`,
      format: { ...pickFormat(TREND_SWATCH[tr]) },
      marks: column === "trend" ? { column, value: tr } : { column, value: tr },
    }));
  const conditionalFormats: ConditionalFormatPlan[] = [
    ...statusRules("status", statusCol),
    ...trendRules("trend", trendCol),
  ];
  if ((columns.suggestedStatus ?? 0) > 0)
    conditionalFormats.push(...statusRules("suggestedStatus", columns.suggestedStatus as number));
  if ((columns.suggestedTrend ?? 0) > 0)
    conditionalFormats.push(...trendRules("suggestedTrend", columns.suggestedTrend as number));
  return { validations, conditionalFormats };
}

/**
 * Whether `text` is shown as a repeat of `above`, as the rule decides it: Excel's "=" compares
 * text ignoring case, the way the summary's COUNTIFS groups the rows.
 */
export function repeatsName(text: string | null | undefined, above: string | null | undefined): boolean {
  if (!text || !above) return false;
  return text.toLocaleLowerCase("sv") === above.toLocaleLowerCase("sv");
}

/**
 * The rules that grey a programme name equal to the one in the row above, and an area name
 * equal to the one above within the same programme, over body rows firstBody..lastBody;
 * `columns` are the two columns' 1-based sheet positions. Every cell keeps its name (filters,
 * sorting, the summary and the add-in's reader use it): the rule only changes how a repeat
 * looks, and the first row of each run shows the name in full, so the sheet reads the same
 * without colour. Formulas relative to the range's top-left cell, so they follow sorting and
 * edits; not on the first body row (the row above is the header, B$3), and not below a row a
 * filter hides (SUBTOTAL 103 counts a visible cell only), where a reader would see the repeat
 * without the name it repeats.
 */
export function repeatedNameRules(
  firstBody: number,
  lastBody: number,
  columns: { program: number; area: number },
): ConditionalFormatPlan[] {
  const same = (col: number): string => `${cellAddress(firstBody, col)}=${cellAddress(firstBody - 1, col)}`;
  return (["program", "area"] as const).map((key): ConditionalFormatPlan => {
    const col = columns[key];
    const above = cellAddress(firstBody - 1, col);
    const header = `${columnLetter(col)}$${firstBody - 1}`;
    const tests = [
      same(col),
      ...(key === "area" ? [same(columns.program)] : []),
      `ROW(${above})>ROW(${header})`,
      `SUBTOTAL(103,${above})=1`,
    ];
    return {
      range: rangeAddress(firstBody, col, lastBody, col),
      kind: "expression",
      formula: `AND(${tests.join(",")})`,
      format: { ...pickFormat(REPEAT_SWATCH) },
      marks: { column: key, value: "repeat" },
    };
  });
}
