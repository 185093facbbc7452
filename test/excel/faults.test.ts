// A sync that fails midway: the user is told whether the workbook is unchanged, partly changed,
// or (when only the answer was lost) the command simply succeeds; and trying again always ends
// in the same workbook as a run without the fault.
import { bundledStructure, type GoalStructure } from "../../src/domain";
import { AddinError } from "../../src/excel";
import { GOAL_TABLE, columnLetter, parseRange } from "../../src/plan";
import type { ReturnedWorkbook } from "../../src/plan/collect";
import { collectStructure, sampleReturns } from "../collect/returns";
import type { WorkbookDump } from "../emulator";
import { col, edit, goalTable, goalsOf, setup, type Setup } from "./helpers";

interface Scenario {
  name: string;
  prepare(s: Setup): Promise<void>;
  run(s: Setup): Promise<unknown>;
  /**
   * What completes the formatting after a run whose data landed (default: the same command). A
   * rollover that succeeded is not run again: the summary's refresh puts its sheet's look back.
   */
  complete?(s: Setup): Promise<unknown>;
}

function type(s: Setup, row: number, header: string, value: string): void {
  const t = goalTable(s.emu);
  const r = parseRange(t.range);
  s.emu.workbook.typeValues(t.sheet, `${columnLetter(r.left + col(s.emu, header))}${r.top + 1 + row}`, [
    [value],
  ]);
}

async function loadedAndEdited(s: Setup): Promise<void> {
  await s.service.applyLoad(bundledStructure(), "sv");
  type(s, 0, "Status", " grön");
  type(s, 1, "Trend", "upp");
  type(s, 2, "Kommentar och analys", "Officials' analysis");
  await edit(s.emu, (context) => {
    const width = goalTable(s.emu).header.length;
    context.workbook.tables.getItem(GOAL_TABLE).rows.add(undefined, [Array<string>(width).fill("")]);
  });
}

function revised(): GoalStructure {
  const s = bundledStructure();
  goalsOf(s).forEach(({ goal }, i) => {
    if (i % 7 === 0) goal.text = `${goal.text} (ny lydelse)`;
  });
  for (let i = 0; i < 5; i++)
    s.programs[1].areas[1].goals.push({ id: `NY-${i}`, text: `Nytt ${i}`, status: "yellow", trend: null });
  return s;
}

/** The bundled example's follow-up of the year before, assessed otherwise for some goals. */
function earlierYear(): GoalStructure {
  const s = bundledStructure();
  s.year -= 1;
  goalsOf(s).forEach(({ goal }, i) => {
    if (i % 5 === 0) goal.status = "red";
    if (i % 4 === 0) goal.comment = `=SUM(A${i + 1})`;
  });
  return s;
}

/** The returns, read once (they do not depend on the workbook). */
let returns: Promise<ReturnedWorkbook[]> | null = null;

/** Collect as the pane runs it: a preview, then Apply with its stamp. */
async function collect(s: Setup): Promise<unknown> {
  const back = await (returns ??= sampleReturns());
  const preview = await s.service.previewCollect(back);
  return s.service.applyCollect(back, preview.stamp);
}

const SCENARIOS: Scenario[] = [
  {
    name: "load into a new workbook",
    prepare: async () => undefined,
    run: (s) => s.service.applyLoad(bundledStructure(), "sv"),
  },
  { name: "load as a merge", prepare: loadedAndEdited, run: (s) => s.service.applyLoad(revised(), "sv") },
  { name: "fix all", prepare: loadedAndEdited, run: (s) => s.service.fixAll() },
  { name: "apply formatting", prepare: loadedAndEdited, run: (s) => s.service.applyFormatting() },
  { name: "refresh summary", prepare: loadedAndEdited, run: (s) => s.service.refreshSummary("sv") },
  {
    name: "rollover",
    prepare: loadedAndEdited,
    run: (s) => s.service.rollover(bundledStructure().year + 1, false, "sv"),
    complete: (s) => s.service.refreshSummary("sv"),
  },
  { name: "history import", prepare: loadedAndEdited, run: (s) => s.service.importHistory(earlierYear()) },
  {
    name: "collect",
    prepare: async (s) => void (await s.service.applyLoad(collectStructure(), "sv")),
    run: collect,
  },
];

/** The workbook as a user sees it; internal ids of rules and tables are not part of that. */
function state(s: Setup): WorkbookDump {
  const d = s.emu.workbook.dump();
  for (const sheet of d.sheets) {
    for (const cf of sheet.conditionalFormats) cf.id = "";
    for (const t of sheet.tables) t.id = "";
  }
  return d;
}

/** The workbook without how its sheets look (frozen rows, page layout): its content. */
function content(d: WorkbookDump): unknown {
  // Frozen rows, print setup and the summary's charts are sent after the "finished" mark (optional
  // ops): missing, they make the command report formattingIncomplete, and a retry completes them.
  return d.sheets.map(({ freeze: _freeze, pageLayout: _layout, charts: _charts, ...rest }) => rest);
}

async function fresh(scenario: Scenario): Promise<Setup> {
  const s = setup();
  await scenario.prepare(s);
  s.emu.resetStats();
  return s;
}

describe.each(SCENARIOS)("$name, with the connection lost at every sync", (scenario) => {
  let expected: WorkbookDump;
  let syncs: number;
  let writeCommands: number;

  beforeAll(async () => {
    const s = await fresh(scenario);
    try {
      await scenario.run(s);
      expected = state(s);
      syncs = s.emu.stats.syncs;
      writeCommands = s.emu.stats.requests[s.emu.stats.requests.length - 1].commands;
    } finally {
      s.restore();
    }
  });

  test("says what became of the workbook, and a retry completes it", async () => {
    for (let at = 1; at <= syncs; at++) {
      const isWrite = at === syncs;
      const amounts: ("none" | "all" | number)[] = isWrite
        ? [
            "none",
            1,
            Math.floor(writeCommands / 3),
            Math.floor((2 * writeCommands) / 3),
            writeCommands - 1,
            "all",
          ]
        : ["none", "all"];
      for (const applied of amounts) {
        const s = await fresh(scenario);
        const what = `${scenario.name}: sync ${at} of ${syncs}, applied ${String(applied)}`;
        try {
          const before = state(s);
          s.emu.faults.connectionLost(applied, at);
          let error: unknown = null;
          let result: unknown = null;
          try {
            result = await scenario.run(s);
          } catch (e) {
            error = e;
          }
          if (error === null && isWrite && applied !== "all") {
            // The write's data and its "finished" mark landed, only frozen rows or print setup
            // (sent after the mark) did not: the command succeeds and says so; a retry completes it.
            expect({
              what,
              incomplete: (result as { formattingIncomplete?: boolean }).formattingIncomplete,
            }).toEqual({
              what,
              incomplete: true,
            });
            expect({ what, content: content(state(s)) }).toEqual({ what, content: content(expected) });
            await (scenario.complete ?? scenario.run)(s);
            expect({ what, state: state(s) }).toEqual({ what, state: expected });
          } else if (isWrite && applied === "all") {
            // Only the answer was lost: the check finds the operation finished, so it succeeded.
            expect({ what, error }).toEqual({ what, error: null });
            expect(state(s)).toEqual(expected);
          } else {
            expect({ what, isAddinError: error instanceof AddinError }).toEqual({ what, isAddinError: true });
            const e = error as AddinError;
            const nothing = !isWrite || applied === "none" || applied === 0;
            expect({ what, state: e.state, applied: e.applied }).toEqual({
              what,
              state: nothing ? "unchanged" : "unknown",
              applied: nothing ? "none" : "partial",
            });
            expect(e.messages.sv).toContain(
              nothing ? "Inget hann ändras" : "En del av ändringarna är gjorda",
            );
            if (nothing) expect({ what, same: state(s) }).toEqual({ what, same: before });
            // Trying again is safe and ends where a run without the fault ends.
            await scenario.run(s);
            expect({ what, state: state(s) }).toEqual({ what, state: expected });
          }
        } finally {
          s.restore();
        }
      }
    }
  });

  test("when the check after the fault fails as well, the state is reported unknown", async () => {
    const s = await fresh(scenario);
    try {
      s.emu.faults.connectionLost(1, syncs);
      s.emu.faults.connectionLost("none", syncs + 1);
      const e = await scenario.run(s).then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(AddinError);
      expect((e as AddinError).applied).toBe("unknown");
      expect((e as AddinError).state).toBe("unknown");
      await scenario.run(s);
      expect(state(s)).toEqual(expected);
    } finally {
      s.restore();
    }
  });
});
