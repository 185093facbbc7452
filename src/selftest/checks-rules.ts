// Checks of the goal table's rules and the summary's names: the list validation with the source
// the plan builds, the colour rules anchored at their range's top-left cell, and workbook-scoped
// defined names holding formulas. The rules come from the plan itself (goalColumnRules) and are
// drawn by the renderer's own functions, so a check fails where the add-in's own rules would.
import { WriteBatch } from "../excel/batch";
import { addConditionalFormats, addGrid, addValidation, formatGrid } from "../excel/render";
import { splitAddress } from "../excel/transport";
import { goalColumnRules } from "../plan/goals";
import { SMALL_GRID_BUDGET, all, expectEqual, guarded, queueBatch } from "./common";
import type { Check } from "./types";

/** The status column of the checks' small goal table: K (validation) or M (colour rules), rows 2–5. */
const FIRST_BODY = 2;

const validationCheck: Check = {
  id: "list-validation",
  description: { key: "st.check.validation" },
  approximation: "st.approx.validation",
  needsSheet: true,
  run: (host, { sheet }) =>
    guarded(() =>
      host.run(async (context) => {
        // The Swedish workbook's status list, the one a Swedish-language Excel must split at ",".
        const rules = goalColumnRules("sv", FIRST_BODY, FIRST_BODY + 3, { status: 11, trend: 12 });
        const status = rules.validations[0];
        const labels = status.labels;
        const cells = [...labels, labels.join(",")].map((text) => [text]);
        const batch = new WriteBatch();
        addGrid(
          batch,
          sheet,
          FIRST_BODY,
          11,
          formatGrid(cells.length, 1, "@"),
          "numberFormat",
          SMALL_GRID_BUDGET,
        );
        addGrid(batch, sheet, FIRST_BODY, 11, cells, "values", SMALL_GRID_BUDGET);
        addValidation(batch, sheet, { ...status, range: `K${FIRST_BODY}:K${FIRST_BODY + cells.length - 1}` });
        queueBatch(context, batch);
        const validationAt = (row: number): Excel.DataValidation =>
          context.workbook.worksheets.getItem(sheet).getRange(`K${row}`).dataValidation;
        const rule = validationAt(FIRST_BODY);
        rule.load("rule, type");
        const each = cells.map((_, i) => {
          const dv = validationAt(FIRST_BODY + i);
          dv.load("valid");
          return dv;
        });
        await context.sync();
        return all(
          expectEqual("List", rule.type),
          expectEqual(labels.join(","), rule.rule.list?.source),
          // Each label is an entry of its own; the whole source is none (it would be, were the
          // commas not read as separators).
          expectEqual(
            [...labels.map(() => true), false],
            each.map((dv) => dv.valid),
          ),
        );
      }),
    ),
};

const conditionalCheck: Check = {
  id: "conditional-format",
  description: { key: "st.check.conditional" },
  approximation: "st.approx.conditional",
  needsSheet: true,
  run: (host, { sheet }) =>
    guarded(() =>
      host.run(async (context) => {
        const last = FIRST_BODY + 3;
        const rules = goalColumnRules("sv", FIRST_BODY, last, { status: 13, trend: 14 });
        const status = rules.conditionalFormats.filter((cf) => cf.marks.column === "status");
        const batch = new WriteBatch();
        addConditionalFormats(batch, sheet, status);
        queueBatch(context, batch);
        const formats = context.workbook.worksheets
          .getItem(sheet)
          .getRange(`M${FIRST_BODY}:M${last}`).conditionalFormats;
        formats.load("items/type, items/priority");
        await context.sync();
        const items = [...formats.items].sort((a, b) => a.priority - b.priority);
        const read = items.map((item) => {
          const rule = item.custom.rule;
          rule.load("formula");
          const range = item.getRange();
          range.load("address");
          return { item, rule, range };
        });
        await context.sync();
        return all(
          expectEqual(
            status.map(() => "Custom"),
            read.map((r) => r.item.type),
          ),
          expectEqual(
            status.map((cf) => `=${cf.formula}`),
            read.map((r) => r.rule.formula),
          ),
          expectEqual(
            status.map((cf) => cf.range),
            read.map((r) => splitAddress(r.range.address).address),
          ),
        );
      }),
    ),
};

/** The sheet name as a formula refers to it: always quoted, quotes doubled. */
function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

const namesCheck: Check = {
  id: "defined-names",
  description: { key: "st.check.names" },
  approximation: "st.approx.names",
  needsSheet: true,
  run: (host, { sheet, prefix }) =>
    guarded(() =>
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("O1:O2").values = [[2], [3]];
        const ref = `${prefix}Ref`;
        const sum = `${prefix}Sum`;
        const sumFormula = `=SUM(${ref})*2`;
        // Workbook-scoped, as the summary's live counts and the sheet markers are.
        context.workbook.names.add(ref, `=${quoted(sheet)}!$O$1:$O$2`);
        context.workbook.names.add(sum, sumFormula);
        const cell = ws.getRange("O3");
        cell.numberFormat = [["General"]];
        cell.formulas = [[`=${sum}`]];
        cell.load("values");
        const item = context.workbook.names.getItem(sum);
        item.load("formula");
        await context.sync();
        return all(expectEqual(sumFormula, item.formula), expectEqual([[10]], cell.values));
      }),
    ),
};

export const RULE_CHECKS: readonly Check[] = [validationCheck, conditionalCheck, namesCheck];
