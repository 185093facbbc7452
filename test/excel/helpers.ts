// Shared set-up for the adapter's tests: an emulated workbook, the service on top of it, and goal
// structures of any size made by repeating the bundled example.
import { bundledStructure, type Goal, type GoalStructure, type ProgramSummary } from "../../src/domain";
import { AddinError, createService, type GoalWorkbookService, type ServiceOptions } from "../../src/excel";
import { GOAL_TABLE } from "../../src/plan";
import { createEmulator, installGlobals, type Emulator, type EmulatorOptions } from "../emulator";

export interface Setup {
  emu: Emulator;
  service: GoalWorkbookService;
  restore(): void;
}

/**
 * A fresh workbook with one sheet ("Blad1", as Swedish Excel names it) and the service, asking
 * the emulator's Office.context.requirements which sets are there.
 */
export function setup(options: EmulatorOptions = {}, service: ServiceOptions = {}): Setup {
  const emu = createEmulator({ sheets: ["Blad1"], ...options });
  const restore = installGlobals(emu);
  const isSetSupported = (set: string, version: string): boolean =>
    emu.Office.context.requirements.isSetSupported(set, version);
  return {
    emu,
    service: createService(emu.Excel.run as never, { isSetSupported, ...service }),
    restore,
  };
}

/** Every goal of a structure, with where it sits. */
export function goalsOf(s: GoalStructure): { goal: Goal; program: number; area: number }[] {
  return s.programs.flatMap((p, pi) =>
    p.areas.flatMap((a, ai) => a.goals.map((goal) => ({ goal, program: pi, area: ai }))),
  );
}

/**
 * The bundled example grown (or cut) to `n` goals: its goals repeated in order, each copy with a
 * new ID, in the same programme and målområde as the original, so every size has the same shape
 * of texts, statuses and trends. Published figures are dropped above the original size (they
 * would no longer reconcile, which is not what these tests are about).
 */
export function scaledStructure(n: number): GoalStructure {
  const base = bundledStructure();
  const all = goalsOf(base);
  const out: GoalStructure = JSON.parse(JSON.stringify(base)) as GoalStructure;
  for (const p of out.programs) for (const a of p.areas) a.goals = [];
  for (let i = 0; i < n; i++) {
    const src = all[i % all.length];
    const round = Math.floor(i / all.length);
    const goal: Goal = { ...src.goal, id: round === 0 ? src.goal.id : `${src.goal.id}-${round}` };
    out.programs[src.program].areas[src.area].goals.push(goal);
  }
  if (n !== all.length) for (const p of out.programs) delete p.reported;
  return out;
}

/** The goal table's header and body as the workbook holds them now. */
export function goalTable(emu: Emulator): {
  sheet: string;
  header: string[];
  body: unknown[][];
  range: string;
} {
  const info = emu.workbook.table(GOAL_TABLE);
  if (!info) throw new Error("no goal table");
  return { sheet: info.sheet, header: info.headers, body: info.rows, range: info.address };
}

/** Column index (0-based) of a header in the goal table. */
export function col(emu: Emulator, header: string): number {
  const i = goalTable(emu).header.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
}

/** Runs a batch against the emulator directly, as an official's edits would reach Excel. */
export async function edit(emu: Emulator, fn: (context: Excel.RequestContext) => void): Promise<void> {
  await emu.Excel.run(async (context) => {
    fn(context as unknown as Excel.RequestContext);
    await context.sync();
  });
}

/** Stats of the commands run since the last reset. */
export function measure(emu: Emulator): { syncs: number; maxRequest: number; maxResponse: number } {
  return {
    syncs: emu.stats.syncs,
    maxRequest: emu.stats.maxRequestBytes,
    maxResponse: emu.stats.maxResponseBytes,
  };
}

/** A programme's summary-sheet rows as the domain computes them: one per area, then "Totalt". */
export function domainSummaryRows(p: ProgramSummary): { label: string; counts: unknown[] }[] {
  const c = (x: ProgramSummary | ProgramSummary["areas"][number]): number[] => [
    x.total,
    x.status.red,
    x.status.yellow,
    x.status.green,
    x.status.missing,
    x.trend.up,
    x.trend.flat,
    x.trend.down,
    x.trend.missing,
  ];
  return [...p.areas.map((a) => ({ label: a.name, counts: c(a) })), { label: "Totalt", counts: c(p) }];
}

/** The AddinError a command was refused with; fails when it was not refused. */
export async function refusal(p: Promise<unknown>): Promise<AddinError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AddinError) return e;
    throw e;
  }
  throw new Error("not refused");
}
