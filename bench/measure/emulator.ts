// syncs and maxRequestBytes: every user command of the adapter service (src/excel) against the
// in-memory Excel emulator (test/emulator), which counts each context.sync() and serialises each
// request as Office.js would, refusing any above Excel on the web's 5 MB. One workbook per size,
// used the way an official would: load the structure, then someone pastes statuses the table's
// drop-down would not have allowed (every 20th row, e.g. " grön" for "Grön"), then validate, fix,
// format and refresh the summary; load the same structure again (a merge); import the follow-up
// of the year before (every goal gains a history entry); close the year (rollover); then, with
// two years of history, validate and refresh the summary again (validate2, summary2).
import { GOAL_TABLE } from "../../src/plan";
import type { GoalWorkbookService } from "../../src/excel";
import type { Emulator } from "../../test/emulator";
// The adapter tests' own set-up (emulator + service, and whatever the emulator still lacks shimmed
// there), so the figures come from the same workbook the adapter is tested against.
import { setup } from "../../test/excel/helpers";
import { lastYearUnevaluated } from "../../test/excel/lastYearUnevaluated";
import { log, runMeasurement } from "../child";
import { goalCount, scaledStructure } from "../scale";
import { round } from "../timing";

export interface EmulatorArgs {
  goals: number;
}

export interface CommandFigures {
  syncs: number;
  /** Requests that carried commands (an empty sync sends nothing). */
  requests: number;
  maxRequestBytes: number;
  /** Bytes of every request, in order. */
  requestBytes: number[];
  maxResponseBytes: number;
  /** Largest response Excel delivered (a refused one can be larger: see `refused`). */
  maxAcceptedResponseBytes: number;
  /** Wall time of the call: the add-in's JavaScript plus the emulator's, no network. */
  ms: number;
  /** Set when the command failed (e.g. a request or response over the 5 MB limit). */
  error?: string;
  /** Requests the emulated Excel refused, with its error code. */
  refused?: { bytes: number; responseBytes: number; code: string }[];
  result?: unknown;
}

async function command(emu: Emulator, name: string, call: () => Promise<unknown>): Promise<CommandFigures> {
  emu.resetStats();
  const start = process.hrtime.bigint();
  let error: string | undefined;
  let result: unknown;
  try {
    result = await call();
  } catch (e) {
    const err = e as { code?: string; message?: string; messages?: { en?: string } };
    error = `${err.code ?? "error"}: ${err.messages?.en ?? err.message ?? String(e)}`;
  }
  const ms = round(Number(process.hrtime.bigint() - start) / 1e6);
  const s = emu.stats;
  const refused = s.requests
    .filter((r) => r.failed !== undefined)
    .map((r) => ({ bytes: r.bytes, responseBytes: r.responseBytes, code: r.failed as string }));
  // The adapter's message is for users; the emulator's error code says which limit it was.
  if (error && refused.length > 0) error += ` [Excel: ${refused.map((r) => r.code).join(", ")}]`;
  const figures: CommandFigures = {
    syncs: s.syncs,
    requests: s.requests.length,
    maxRequestBytes: s.maxRequestBytes,
    requestBytes: s.requests.map((r) => r.bytes),
    maxResponseBytes: s.maxResponseBytes,
    maxAcceptedResponseBytes: Math.max(
      0,
      ...s.requests.filter((r) => r.failed === undefined).map((r) => r.responseBytes),
    ),
    ms,
    ...(error ? { error } : {}),
    ...(refused.length > 0 ? { refused } : {}),
    ...(result !== undefined ? { result } : {}),
  };
  log(
    `${name.padEnd(8)} ${String(s.syncs).padStart(2)} syncs, largest request ${s.maxRequestBytes.toLocaleString("en")} B, ` +
      `largest response ${s.maxResponseBytes.toLocaleString("en")} B, ` +
      `${ms.toFixed(0)} ms${error ? `, FAILED ${error}` : ""}`,
  );
  return figures;
}

function notRun(name: string): CommandFigures {
  log(`${name.padEnd(8)} not run: load failed`);
  return {
    syncs: 0,
    requests: 0,
    maxRequestBytes: 0,
    requestBytes: [],
    maxResponseBytes: 0,
    maxAcceptedResponseBytes: 0,
    ms: 0,
    error: "not run: load failed",
  };
}

/** Pastes a near-miss status (lower case, stray space) into every 20th goal row; returns how many. */
function pasteSloppyStatuses(emu: Emulator): number {
  const table = emu.workbook.table(GOAL_TABLE);
  if (!table) throw new Error(`no ${GOAL_TABLE} table after load`);
  const col = table.headers.findIndex((h) => h.trim().toLowerCase() === "status");
  if (col < 0) throw new Error(`no Status column in ${table.headers.join(", ")}`);
  const m = /([A-Z]+)(\d+):[A-Z]+\d+$/.exec(table.address);
  if (!m) throw new Error(`unexpected table address ${table.address}`);
  const headerRow = Number(m[2]);
  const letters = (n: number): string => {
    let s = "";
    for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
    return s;
  };
  const firstCol = m[1].split("").reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const column = letters(firstCol + col);
  let pasted = 0;
  table.rows.forEach((row, i) => {
    const v = row[col];
    if (i % 20 !== 0 || typeof v !== "string" || v === "") return;
    emu.workbook.typeValues(table.sheet, `${column}${headerRow + 1 + i}`, [[` ${v.toLowerCase()}`]]);
    pasted++;
  });
  return pasted;
}

runMeasurement(async ({ goals }: EmulatorArgs) => {
  const structure = scaledStructure(goals);
  if (goalCount(structure) !== goals) throw new Error("scaled structure has the wrong size");
  // The last-year columns the import adds are not evaluated (test/excel/lastYearUnevaluated.ts).
  const { emu, service, restore } = setup({ formulaValue: lastYearUnevaluated }) as {
    emu: Emulator;
    service: GoalWorkbookService;
    restore(): void;
  };
  try {
    log(`emulator: ${goals.toLocaleString("en")} goals`);
    const load = await command(emu, "load", () => service.applyLoad(structure, "sv"));
    // Without a loaded table every other command can only say "load first": not a figure.
    const after = (name: string, call: () => Promise<unknown>): Promise<CommandFigures> =>
      load.error ? Promise.resolve(notRun(name)) : command(emu, name, call);
    const pasted = load.error ? 0 : pasteSloppyStatuses(emu);
    const validate = await after("validate", () => service.validate());
    const fix = await after("fix", () => service.fixAll());
    const format = await after("format", () => service.applyFormatting());
    const summary = await after("summary", () => service.refreshSummary("sv"));
    const reload = await after("reload", () => service.applyLoad(structure, "sv"));
    const earlier = { ...structure, year: structure.year - 1 };
    const imported = await after("import", () => service.importHistory(earlier));
    const rollover = await after("rollover", () => service.rollover(structure.year + 1, true, "sv"));
    // A year on: every goal has two years of history.
    const validate2 = await after("validate2", () => service.validate());
    const summary2 = await after("summary2", () => service.refreshSummary("sv"));
    const added = (imported.result as { added?: number } | undefined)?.added;
    const closed = (rollover.result as { goals?: number } | undefined)?.goals;

    // Results are summarised: the issue lists of 50,000 goals are not worth storing.
    const fixed = (fix.result as { fixed?: number } | undefined)?.fixed;
    const counts = (validate.result as { counts?: unknown } | undefined)?.counts;
    for (const c of [load, validate, fix, format, summary, reload, imported, rollover, validate2, summary2])
      delete c.result;
    if (!imported.error && added !== goals)
      throw new Error(`import added ${added} entries for ${goals} goals`);
    if (!rollover.error && closed !== goals) throw new Error(`rollover closed ${closed} goals of ${goals}`);
    if (fixed !== undefined && fixed !== pasted) {
      throw new Error(`fix changed ${fixed} cells, but ${pasted} sloppy statuses were pasted`);
    }
    const supports = (set: string, version: string): boolean =>
      emu.Office.context.requirements.isSetSupported(set, version);
    return {
      goals,
      // What the emulated host offers the adapter (print setup, ExcelApi 1.9, is not emulated).
      printSetupSupported: supports("ExcelApi", "1.9"),
      pastedSloppyStatuses: pasted,
      fixed: fixed ?? null,
      validationCounts: counts ?? null,
      commands: { load, validate, fix, format, summary, import: imported, rollover, validate2, summary2 },
      reload,
      heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    };
  } finally {
    restore();
  }
});
