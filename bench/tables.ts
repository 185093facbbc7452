// The tables of a workbook plan as the grids of cell text that reading them back from Excel gives
// (Range.values, turned into text the way the readers do): what the add-in's validate and summary
// commands start from.
import {
  AREA_TABLE,
  GOAL_TABLE,
  INFO_TABLE,
  PROGRAM_TABLE,
  isFormula,
  parseRange,
  cellAddress,
  type PlanValue,
  type TablePlan,
  type WorkbookPlan,
  type WorkbookTables,
  type TableData,
} from "../src/plan";

function text(v: PlanValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  return isFormula(v) ? String(v.result) : "";
}

function tableData(sheet: string, t: TablePlan): TableData {
  const r = parseRange(t.range);
  return {
    sheet,
    topLeft: cellAddress(r.top, r.left),
    header: [...t.columns],
    body: t.rows.map((row) => row.map(text)),
  };
}

export function planTables(plan: WorkbookPlan): WorkbookTables {
  const found = new Map<string, TableData>();
  for (const sheet of plan.sheets) for (const t of sheet.tables) found.set(t.name, tableData(sheet.name, t));
  const goals = found.get(GOAL_TABLE);
  if (!goals) throw new Error(`the plan has no ${GOAL_TABLE} table`);
  return {
    goals,
    info: found.get(INFO_TABLE) ?? null,
    programs: found.get(PROGRAM_TABLE) ?? null,
    areas: found.get(AREA_TABLE) ?? null,
  };
}
