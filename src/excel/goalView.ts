// The goal view's Excel access: read the goal table's row at the selection, move the selection,
// save one row's official cells, hear selection changes. Every decision (which row, what is
// shown, whether the row still holds the goal, which cells change) is src/plan/goalView.ts's;
// this file moves cell text in and out. One read is one Excel.run of three syncs: which tables
// exist (a command on a missing table would fail the whole request), their frames, then the
// selected row, the ID and status columns, the history and the indicator table whole. Where
// those two would make too large an answer (src/plan/goalViewSides.ts: 50,000 goals with
// history), the third sync reads their goal ID columns and a fourth only the goal's rows.
import { GOAL_TABLE, HISTORY_TABLE, INDICATOR_TABLE, INFO_TABLE, PROGRAM_TABLE } from "../plan/layout";
import {
  goalViewOf,
  keyPositions,
  locateSelection,
  planSave,
  type GoalShown,
  type GoalTableFrame,
  type GoalViewState,
} from "../plan/goalView";
import { goalIdColumn, readSidesWhole, rowsOfGoal, type SideTable } from "../plan/goalViewSides";
import type { TableData } from "../plan/read";
import type { ColumnKey } from "../domain";
import { cellText, valuesText } from "./slices";
import type { ExcelRun } from "./transport";

export type SaveOutcome =
  | { kind: "saved"; cells: number; view: GoalViewState }
  | { kind: "unchanged" }
  /** Nothing was written: the row no longer held the goal. `found`: the goal was found elsewhere. */
  | { kind: "moved"; found: boolean; view: GoalViewState };

export interface GoalViewPort {
  /** The view at the current selection. */
  read(): Promise<GoalViewState>;
  /** Selects body row `index` of the goal table in Excel and reads it. */
  go(index: number): Promise<GoalViewState>;
  /** Writes the draft's changed official cells of the goal's row, if the row still holds it. */
  save(shown: GoalShown, draft: Partial<Record<ColumnKey, string>>): Promise<SaveOutcome>;
  /** Calls `onChange` after each selection change; resolves to a function that stops it. */
  watch(onChange: () => void): Promise<() => Promise<void>>;
}

const column = (values: unknown[][]): string[] => values.map((r) => cellText(r[0]));

const SIDES: readonly SideTable[] = ["history", "indicators"];

const sideFrame = (side: { header: Excel.Range; body: Excel.Range }): { rows: number; columns: number } => ({
  rows: side.body.rowCount,
  columns: (side.header.values[0] ?? []).length,
});

/** "Mål!A3:J40" → its sheet-local top-left cell and rows (header row included). */
function topLeftOf(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(":")[0].replace(/\$/g, "");
}

function sheetOf(address: string): string {
  const bang = address.lastIndexOf("!");
  const raw = bang < 0 ? "" : address.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

export function createGoalViewPort(run: ExcelRun): GoalViewPort {
  const read = (): Promise<GoalViewState> =>
    run(async (context) => {
      const wb = context.workbook;
      const selection = wb.getSelectedRange();
      selection.load("address,rowIndex,columnIndex");
      const tables = {
        goals: wb.tables.getItemOrNullObject(GOAL_TABLE),
        info: wb.tables.getItemOrNullObject(INFO_TABLE),
        // For the programmes' suggestion rules (src/plan/rulesCell.ts): a few rows.
        programs: wb.tables.getItemOrNullObject(PROGRAM_TABLE),
        history: wb.tables.getItemOrNullObject(HISTORY_TABLE),
        indicators: wb.tables.getItemOrNullObject(INDICATOR_TABLE),
      };
      for (const tb of Object.values(tables)) tb.load("name");
      await context.sync();
      if (tables.goals.isNullObject) return { kind: "no-table" };

      const goals = tables.goals;
      const header = goals.getHeaderRowRange().load("address,values");
      const body = goals.getDataBodyRange().load("rowCount");
      const side = (tb: Excel.Table, whole: boolean) => {
        if (tb.isNullObject) return null;
        return {
          header: tb.getHeaderRowRange().load("address,values"),
          body: tb.getDataBodyRange().load(whole ? "values" : "rowCount"),
        };
      };
      const info = side(tables.info, true);
      const programs = side(tables.programs, true);
      const historyFrame = side(tables.history, false);
      const indicatorFrame = side(tables.indicators, false);
      await context.sync();

      const frame: GoalTableFrame = {
        sheet: sheetOf(header.address),
        topLeft: topLeftOf(header.address),
        header: valuesText(header.values)[0] ?? [],
        bodyRows: body.rowCount,
      };
      const at = locateSelection(frame, {
        sheet: sheetOf(selection.address),
        row: selection.rowIndex,
        col: selection.columnIndex,
      });
      if (at.kind !== "row") return { kind: "outside", sheet: frame.sheet };

      const keys = keyPositions(frame.header);
      const row = body.getRow(at.index).load("values");
      const ids = keys.id === undefined ? null : body.getColumn(keys.id).load("values");
      const statuses = keys.status === undefined ? null : body.getColumn(keys.status).load("values");
      const sides = { history: historyFrame, indicators: indicatorFrame };
      const whole = readSidesWhole(body.rowCount, {
        ...(historyFrame && { history: sideFrame(historyFrame) }),
        ...(indicatorFrame && { indicators: sideFrame(indicatorFrame) }),
      });
      // Whole with the row, or (too large for one answer) their goal ID columns first.
      const sideIds: Partial<Record<SideTable, { col: number; range: Excel.Range }>> = {};
      const sideBodies: Partial<Record<SideTable, Excel.Range>> = {};
      for (const role of SIDES) {
        const side = sides[role];
        if (side === null) continue;
        if (whole) {
          sideBodies[role] = side.body.load("values");
          continue;
        }
        const col = goalIdColumn(role, valuesText(side.header.values)[0] ?? []);
        if (col !== undefined && side.body.rowCount > 0)
          sideIds[role] = { col, range: side.body.getColumn(col).load("values") };
      }
      await context.sync();

      const rowText = valuesText(row.values)[0] ?? [];
      const sideValues: Partial<Record<SideTable, unknown[][]>> = {};
      if (whole) {
        for (const role of SIDES) {
          const b = sideBodies[role];
          if (b) sideValues[role] = b.values;
        }
      } else {
        const goalId = keys.id === undefined ? "" : (rowText[keys.id] ?? "");
        const picked: Partial<Record<SideTable, Excel.Range[]>> = {};
        for (const role of SIDES) {
          const side = sides[role];
          const found = sideIds[role];
          if (side === null) continue;
          const rows = found && goalId.trim() !== "" ? rowsOfGoal(column(found.range.values), goalId) : [];
          picked[role] = rows.map((i) => side.body.getRow(i).load("values"));
        }
        if (Object.values(picked).some((r) => r.length > 0)) await context.sync();
        for (const role of SIDES) {
          const ranges = picked[role];
          if (ranges) sideValues[role] = ranges.map((r) => r.values[0] ?? []);
        }
      }

      const tableData = (
        h: { header: Excel.Range; body: Excel.Range } | null,
        values: unknown[][] | undefined,
      ): TableData | null =>
        h === null || values === undefined
          ? null
          : {
              sheet: sheetOf(h.header.address),
              topLeft: topLeftOf(h.header.address),
              header: valuesText(h.header.values)[0] ?? [],
              body: valuesText(values),
            };
      return goalViewOf({
        frame,
        index: at.index,
        row: rowText,
        ids: ids ? column(ids.values) : [],
        statuses: statuses ? column(statuses.values) : [],
        info: tableData(info, info?.body.values),
        programs: tableData(programs, programs?.body.values),
        history: tableData(historyFrame, sideValues.history),
        indicators: tableData(indicatorFrame, sideValues.indicators),
      });
    });

  const go = async (index: number): Promise<GoalViewState> => {
    await run(async (context) => {
      context.workbook.tables.getItem(GOAL_TABLE).getDataBodyRange().getRow(index).select();
      await context.sync();
    });
    return read();
  };

  return {
    read,
    go,

    async save(shown, draft) {
      const plan = await run(async (context) => {
        const table = context.workbook.tables.getItem(GOAL_TABLE);
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange();
        const ids = body.getColumn(shown.positions.id ?? 0).load("values");
        await context.sync();
        const decided = planSave(shown, draft, {
          header: valuesText(header.values)[0] ?? [],
          ids: column(ids.values),
        });
        if (decided.kind !== "write") return decided;
        // One request: each cell made text ("@") before its value, so nothing typed in the view
        // can become a formula or a number (docs/ARCHITECTURE.md, "Known Excel traps"). The same
        // request loads the row's ID and what the cells held first: a co-author who sorted the
        // table since the check gets the cells back as they were (src/excel/guard.ts).
        const idCell = body.getCell(shown.index, shown.positions.id ?? 0).load("values");
        const before = decided.writes.map((w) => body.getCell(w.row, w.col).load("formulas,numberFormat"));
        for (const w of decided.writes) {
          const cell = body.getCell(w.row, w.col);
          cell.numberFormat = [["@"]];
          cell.values = [[w.value]];
        }
        await context.sync();
        const same = (v: unknown): boolean =>
          cellText(v).trim().toLocaleLowerCase() === shown.id.trim().toLocaleLowerCase();
        if (same(idCell.values[0]?.[0])) return decided;
        decided.writes.forEach((w, i) => {
          const cell = body.getCell(w.row, w.col);
          const nf = cellText(before[i].numberFormat[0]?.[0]);
          const content: unknown = before[i].formulas[0]?.[0] ?? "";
          cell.numberFormat = [[nf]];
          if (nf === "@") cell.values = [[content]] as Excel.Range["values"];
          else cell.formulas = [[content]] as Excel.Range["formulas"];
        });
        const now = body.getColumn(shown.positions.id ?? 0).load("values");
        await context.sync();
        const at = now.values.findIndex((r) => same(r[0]));
        return { kind: "moved" as const, index: at < 0 ? null : at };
      });
      if (plan.kind === "unchanged") return plan;
      if (plan.kind === "moved") {
        const view = plan.index === null ? await read() : await go(plan.index);
        return { kind: "moved", found: plan.index !== null, view };
      }
      return { kind: "saved", cells: plan.writes.length, view: await read() };
    },

    async watch(onChange) {
      const handler = await run(async (context) => {
        const h = context.workbook.onSelectionChanged.add(async () => {
          onChange();
          return Promise.resolve();
        });
        await context.sync();
        return h;
      });
      return async () => {
        handler.remove();
        await handler.context.sync().catch(() => undefined);
      };
    },
  };
}
