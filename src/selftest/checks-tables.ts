// Checks of tables: creation with headers, growing by a row written below (how officials add
// goals), COUNTIFS over structured references with the add-in's escaped criteria (the summary's
// counts), and a filter the add-in must notice.
import { WriteBatch } from "../excel/batch";
import { addGrid, addTableBody, formatGrid } from "../excel/render";
import { splitAddress } from "../excel/transport";
import { countifs } from "../plan/formula";
import { parseRange } from "../plan/a1";
import { SMALL_GRID_BUDGET, all, expectEqual, guarded, queueBatch } from "./common";
import type { Check } from "./types";

/**
 * Queues a table as the add-in draws one: "@" cells, then the header and rows, then the table
 * over them. `range` is sheet-local, e.g. "A10:C12".
 */
function queueTable(
  context: Excel.RequestContext,
  sheet: string,
  range: string,
  name: string,
  rows: string[][],
): Excel.Table {
  const r = parseRange(range);
  const width = rows[0]?.length ?? 0;
  const batch = new WriteBatch();
  addGrid(
    batch,
    sheet,
    r.top,
    r.left,
    formatGrid(rows.length, width, "@"),
    "numberFormat",
    SMALL_GRID_BUDGET,
  );
  addGrid(batch, sheet, r.top, r.left, rows, "values", SMALL_GRID_BUDGET);
  queueBatch(context, batch);
  const table = context.workbook.worksheets.getItem(sheet).tables.add(range, true);
  table.name = name;
  return table;
}

const HEADERS = ["Mål-ID", "Status", "Kommentar"];
const ROWS = [
  ["1.10", "Grön", "=inte en formel"],
  ["2.1", "Röd", ""],
];

const createCheck: Check = {
  id: "table-create",
  description: { key: "st.check.tableCreate" },
  approximation: null,
  needsSheet: true,
  run: (host, { sheet, prefix }) =>
    guarded(() =>
      host.run(async (context) => {
        const table = queueTable(context, sheet, "A10:C12", `${prefix}Create`, [HEADERS, ...ROWS]);
        const header = table.getHeaderRowRange();
        header.load("values");
        const body = table.getDataBodyRange();
        body.load("values");
        table.load("name");
        await context.sync();
        return all(
          expectEqual(`${prefix}Create`, table.name),
          expectEqual([HEADERS], header.values),
          expectEqual(ROWS, body.values),
        );
      }),
    ),
};

const expandCheck: Check = {
  id: "table-expand",
  description: { key: "st.check.tableExpand" },
  approximation: "st.approx.tableExpand",
  needsSheet: true,
  run: (host, { sheet, prefix }) =>
    guarded(() =>
      host.run(async (context) => {
        const table = queueTable(context, sheet, "F10:G11", `${prefix}Expand`, [
          ["Mål", "Status"],
          ["Ett", "Gul"],
        ]);
        await context.sync();
        // As an official types a new goal under the table: the row lands below it.
        const below = context.workbook.worksheets.getItem(sheet).getRange("F12:G12");
        below.numberFormat = [["@", "@"]];
        below.values = [["Två", "Grön"]];
        await context.sync();
        const whole = table.getRange();
        whole.load("address");
        const rows = table.rows;
        rows.load("count");
        await context.sync();
        const address = whole.address;
        return all(expectEqual("F10:G12", splitAddress(address).address), expectEqual(2, rows.count));
      }),
    ),
};

/** Names chosen so that an unescaped criterion would count more: ? and * are wildcards, "=x" an operator. */
const COUNT_ROWS = ["Hälsa?", "Hälsan", "=x", "x", "X", "a*b", "ab", "~a", "a"];
const COUNTS: readonly (readonly [string, number])[] = [
  ["Hälsa?", 1],
  ["=x", 1],
  ["x", 2],
  ["a*b", 1],
  ["~a", 1],
];

const countifsCheck: Check = {
  id: "countifs-escaped",
  description: { key: "st.check.countifs" },
  approximation: "st.approx.countifs",
  needsSheet: true,
  run: (host, { sheet, prefix }) =>
    guarded(() =>
      host.run(async (context) => {
        const name = `${prefix}Count`;
        queueTable(context, sheet, `A20:A${20 + COUNT_ROWS.length}`, name, [
          ["Program"],
          ...COUNT_ROWS.map((v) => [v]),
        ]);
        const cells = context.workbook.worksheets.getItem(sheet).getRange(`D20:D${19 + COUNTS.length}`);
        cells.numberFormat = COUNTS.map(() => ["General"]);
        cells.formulas = COUNTS.map(([text]) => [`=${countifs(name, [["Program", text]])}`]);
        cells.load("values");
        await context.sync();
        return expectEqual(
          COUNTS.map(([, n]) => [n]),
          cells.values,
        );
      }),
    ),
};

const filterCheck: Check = {
  id: "filtered-table",
  description: { key: "st.check.filter" },
  approximation: "st.approx.filter",
  needsSheet: true,
  run: (host, { sheet, prefix }) =>
    guarded(() =>
      host.run(async (context) => {
        const table = queueTable(context, sheet, "H20:I23", `${prefix}Filter`, [
          ["Mål", "Status"],
          ["Ett", "Röd"],
          ["Två", "Grön"],
          ["Tre", "Röd"],
        ]);
        await context.sync();
        table.columns.getItem("Status").filter.applyValuesFilter(["Röd"]);
        const filtered = table.autoFilter;
        filtered.load("isDataFiltered");
        await context.sync();
        const whileFiltered = filtered.isDataFiltered;
        table.clearFilters();
        const cleared = table.autoFilter;
        cleared.load("isDataFiltered");
        await context.sync();
        return all(expectEqual(true, whileFiltered), expectEqual(false, cleared.isDataFiltered));
      }),
    ),
};

const FILL_IDS = ["a", "b", "c", "d", "e"];

/**
 * The renderer's fill (src/excel/render.ts addTableBody): a table column of one formula with a
 * this-row reference, as the goal table's "last year" columns are, written into the first cell
 * and filled down by Range.autoFill. Every row must hold the formula and compute its own row.
 */
const fillCheck: Check = {
  id: "formula-fill",
  description: { key: "st.check.fill" },
  approximation: null,
  needsSheet: true,
  run: (host, { sheet, prefix }) =>
    guarded(async () => {
      if (!host.isSetSupported("ExcelApi", "1.9"))
        return { ok: false, skipped: true, detail: { key: "st.detail.fillUnavailable" } };
      return host.run(async (context) => {
        const name = `${prefix}Fill`;
        queueTable(context, sheet, `K30:L${30 + FILL_IDS.length}`, name, [
          ["ID", "Look"],
          ...FILL_IDS.map((id) => [id, ""]),
        ]);
        const ref = `${name}[[#This Row],[ID]]`;
        const formula = `IF(${ref}="b","B!",${ref}&"?")`;
        const body = context.workbook.worksheets.getItem(sheet).getRange(`L31:L${30 + FILL_IDS.length}`);
        body.numberFormat = FILL_IDS.map(() => ["General"]);
        const batch = new WriteBatch();
        addTableBody(
          batch,
          sheet,
          31,
          11,
          FILL_IDS.map((id) => [id, { formula, result: "" }]),
          { print: false, fill: true, gridBudget: SMALL_GRID_BUDGET },
          true,
        );
        queueBatch(context, batch);
        body.load("values, formulas");
        await context.sync();
        const formulas = new Set(body.formulas.map((r) => String(r[0])));
        return all(
          expectEqual(
            FILL_IDS.map((id) => [id === "b" ? "B!" : `${id}?`]),
            body.values,
          ),
          expectEqual(1, formulas.size),
          expectEqual(true, [...formulas][0].startsWith("=IF(")),
        );
      });
    }),
};

export const TABLE_CHECKS: readonly Check[] = [
  createCheck,
  expandCheck,
  countifsCheck,
  filterCheck,
  fillCheck,
];
