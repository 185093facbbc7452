// The comparison with earlier years as tables, in the summary table model the CLI renders: the
// earlier years' own counts (historyTable, in src/plan/summary/yearTable.ts, which the summary
// sheet's table per year is built from too), and where this year's statuses came from
// (transitionTable, there too, as the summary sheet's comparison places it).
export { historyTable, transitionTable } from "../plan/summary/yearTable";
