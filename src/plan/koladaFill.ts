// The pane's "Hämta från Kolada", decided from one read: the structure the workbook holds (its
// goals with the indicators of the indicator sheet) and what to ask Kolada for, refused before any
// request when there is nothing to ask; then, from the filled structure, the cells to write on the
// indicator sheet as it is (indicatorWrites: fetched values and attribution only). Pure: the
// network is the caller's (src/kolada, with the pane's transport).
import type { GoalStructure, Lang } from "../domain";
import { cellAddress, parseCell } from "./a1";
import { readGoalTable, tableStructure } from "./goalTable";
import type { IndicatorTableRead } from "./indicatorRead";
import { indicatorWrites } from "./indicatorWrites";
import { INDICATOR_TABLE } from "./layout";
import { refusal, type Decision, type Refusal, type TableRead, type WorkbookRead } from "./ownership";
import { fill, type Params } from "../i18n";
import * as words from "../i18n/koladaRefusals";

export interface KoladaFillPlan {
  /** The workbook's structure with its indicators, as fillFromKolada takes it. */
  structure: GoalStructure;
  /** The indicator table as read, where the values go. */
  indicators: TableRead;
  table: IndicatorTableRead;
  /** Kolada-sourced indicators to fill. */
  count: number;
  /** The workbook's language, which the attribution is written in. */
  lang: Lang;
}

/** One cell of the indicator sheet: a fetched number (General) or the attribution (text). */
export interface KoladaCellSet {
  sheet: string;
  /** Sheet-local, "M7". */
  cell: string;
  value: number | string;
  format: "General" | "@";
  /**
   * The row's goal ID and indicator ID as read, by sheet column: the write is checked against
   * them in its own request (src/excel/guard.ts), so a co-author's sort of the indicator table
   * cannot send a value to another indicator's row.
   */
  rowIds?: { col: number; text: string }[];
}

/** The key cells of the indicator table's body row `row` as read (KoladaCellSet.rowIds). */
export function indicatorRowIds(
  table: IndicatorTableRead,
  topLeft: string,
  row: number,
): KoladaCellSet["rowIds"] {
  const left = parseCell(topLeft).col;
  const cells = table.rows[row]?.cells ?? {};
  return (["goalId", "id"] as const).flatMap((f) => {
    const at = table.positions[f];
    return at === undefined ? [] : [{ col: left + at, text: cells[f] ?? "" }];
  });
}

export interface KoladaCellWrites {
  cells: KoladaCellSet[];
  /** Fetched years the table has no column for (nothing written for them). */
  missingYears: number[];
}

const refused = (r: Refusal): Decision<never> => ({ ok: false, refusal: r });

/** A refusal in the words of koladaRefusals.ts. */
function koladaRefusal(code: Refusal["code"], key: keyof typeof words.sv, params: Params): Refusal {
  return { code, messages: { sv: fill(words.sv[key], params, "sv"), en: fill(words.en[key], params, "en") } };
}

/**
 * Writes into a filtered table have landed in the wrong rows (office-js issue 224), as for the
 * goal table (writableGoalTable): refused, the user's filter left as it is. Kolada's fill and
 * collect's indicator values both write there.
 */
export function filteredIndicatorTable(sheet: string): Refusal {
  return koladaRefusal("filtered-table", "ind.pane.filtered", { sheet });
}

function koladaIndicators(s: GoalStructure): number {
  let n = 0;
  for (const p of s.programs)
    for (const a of p.areas)
      for (const g of a.goals) for (const i of g.indicators ?? []) if (i.source?.kind === "kolada") n++;
  return n;
}

/**
 * What the workbook asks of Kolada, or why nothing can be asked: no indicator sheet (or one
 * without its ID columns), a protected or filtered one, no Kolada-sourced indicator, no
 * municipality.
 */
export function planKoladaFill(read: WorkbookRead): Decision<KoladaFillPlan> {
  const found = readGoalTable(read);
  if (!found.ok) return found;
  const indicators = read.indicators ?? null;
  if (indicators === null)
    return refused(koladaRefusal("table-missing", "ind.pane.noSheet", { table: INDICATOR_TABLE }));
  const table = found.value.indicators ?? null;
  if (table === null)
    return refused(koladaRefusal("header-missing", "ind.pane.noColumns", { sheet: indicators.sheet }));
  if (indicators.sheetProtected)
    return refused(refusal("protected-sheet", "xl.error.protectedSheet", { sheet: indicators.sheet }));
  if (indicators.filtered === true) return refused(filteredIndicatorTable(indicators.sheet));
  const { structure } = tableStructure(found.value);
  const count = koladaIndicators(structure);
  if (count === 0)
    return refused(koladaRefusal("invalid-input", "ind.pane.noKolada", { sheet: indicators.sheet }));
  if (structure.municipality === undefined || structure.municipality.id === "")
    return refused(koladaRefusal("invalid-input", "ind.pane.noMunicipality", { count }));
  return { ok: true, value: { structure, indicators, table, count, lang: found.value.lang } };
}

/** The absolute cells that put `filled` (fillFromKolada's) into the indicator table as read. */
export function koladaCellWrites(plan: KoladaFillPlan, filled: GoalStructure): KoladaCellWrites {
  const { writes, missingYears } = indicatorWrites(plan.table, filled, plan.lang);
  const top = parseCell(plan.indicators.topLeft);
  const cells = writes.map((w): KoladaCellSet => ({
    sheet: plan.indicators.sheet,
    cell: cellAddress(top.row + 1 + w.row, top.col + w.col),
    value: w.value,
    format: w.numberFormat,
    rowIds: indicatorRowIds(plan.table, plan.indicators.topLeft, w.row),
  }));
  return { cells, missingYears };
}
