// A formula hook for runs at tens of thousands of goals (test/excel/historyScale.test.ts, the
// bench's emulator runs): the last-year columns' LOOKUPs (src/plan/previous.ts), which a rollover
// or an import adds to a table without them, cost the emulator's evaluator a pass over the history
// per goal and column on every read (minutes at 10,000 goals). It answers them with a placeholder
// instead, not empty, so the repair of unfilled columns (src/plan/previousColumns.ts) does not
// take them for columns a fault left without their formula. Every other formula is evaluated.
import type { FormulaValueHook } from "../emulator/cells";

export const LAST_YEAR_PLACEHOLDER = "–";

export const lastYearUnevaluated: FormulaValueHook = ({ formula }) =>
  formula.includes("LOOKUP(2,1/((Maluppfoljning_Historik[") ? LAST_YEAR_PLACEHOLDER : undefined;
